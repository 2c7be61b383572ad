/**
 * The item data as classic scripts that the browser loads on demand (src/islands/item-data.ts):
 * `item-data/<lesson>/<id>.js` with the props one question's island takes (src/build/quiz-props.ts),
 * and `item-data/figure-<name>.js` with the sprite of a figure that hotspot items draw.
 */
import { allQuestions } from './question-sets.ts';
import { figureSprite, hotspotFigures } from './figure-sprite.ts';
import { FIGURE_SPRITES_GLOBAL, ITEM_DATA_GLOBAL } from '../islands/item-data.ts';
import type { QuizProps } from '../islands/quiz-types.ts';

/** The figures the hotspot items draw, each once. */
export const hotspotFigureNames = async (): Promise<string[]> => hotspotFigures((await allQuestions()).map((q) => q.data.item));

// JSON in a script: "</script>" cannot end anything here (the file is not inline), and U+2028/9 are valid in ES2019 strings.
/** The classic script that assigns one item's props to window.__wfbbItemData["lesson/id"]. */
export const itemDataScript = (props: QuizProps): string =>
  `(self.${ITEM_DATA_GLOBAL}??={})[${JSON.stringify(`${props.lesson}/${props.item.id}`)}]=${JSON.stringify(props)};\n`;

/** The classic script that assigns a figure's sprite to window.__wfbbFigureSprites[name]. */
export const figureDataScript = (name: string): string =>
  `(self.${FIGURE_SPRITES_GLOBAL}??={})[${JSON.stringify(name)}]=${JSON.stringify(figureSprite(name))};\n`;
