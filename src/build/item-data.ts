/**
 * The item data of one lesson, as the classic script `item-data/<lesson>.js` that the browser
 * loads on demand (src/islands/item-data.ts): every question of the lesson with the props its
 * island takes (src/build/quiz-props.ts), and the sprite of the hotspot figures they draw.
 */
import { allQuestions } from './question-sets.ts';
import { quizProps } from './quiz-props.ts';
import { hotspotFigures, spritesFor } from './figure-sprite.ts';
import { ITEM_DATA_GLOBAL, type LessonData } from '../islands/item-data.ts';

/** The data of every question of `lesson`, in the order of the questions collection. */
export async function lessonItemData(lesson: string): Promise<LessonData> {
  const questions = (await allQuestions()).filter((q) => q.data.lesson === lesson);
  const props = await Promise.all(questions.map((q) => quizProps(q.id)));
  const sprites = spritesFor(hotspotFigures(props.map((p) => p.item)), {});
  return { items: Object.fromEntries(props.map((p) => [p.item.id, p])), sprites };
}

/** The classic script that assigns a lesson's data to window.__wfbbItemData[lesson]. */
export function itemDataScript(lesson: string, data: LessonData): string {
  // JSON in a script: "</script>" cannot end anything here (the file is not inline), and U+2028/9 are valid in ES2019 strings.
  return `(self.${ITEM_DATA_GLOBAL}??={})[${JSON.stringify(lesson)}]=${JSON.stringify(data)};\n`;
}
