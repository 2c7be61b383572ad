/**
 * The props of an item island, prepared at build time: the item, its markdown rendered, the
 * section to review, and (for a hotspot item) the figure it draws from the page's sprite.
 */
import { getEntry } from 'astro:content';
import type { Item } from '../schemas/items/index.ts';
import type { QuizProps } from '../islands/quiz-types.ts';
import { lessonUrl } from '../lib/paths.ts';
import { renderItemText } from '../lib/markdown.ts';
import { headingsOf, maskCode } from '../text/lesson-source.ts';
import { figureUse } from './figure-sprite.ts';
import { loadQuestion } from './question-sets.ts';

const sectionCache = new Map<string, Promise<{ title: string; headings: Map<string, string> }>>();

function lessonSections(slug: string) {
  let cached = sectionCache.get(slug);
  if (!cached) {
    cached = (async () => {
      const lesson = await getEntry('lessons', slug);
      if (!lesson) throw new Error(`no lesson "${slug}"`);
      const headings = headingsOf(maskCode(lesson.body ?? ''));
      return { title: lesson.data.title, headings: new Map(headings.map((h) => [h.slug, h.text])) };
    })();
    sectionCache.set(slug, cached);
  }
  return cached;
}

/** Everything an item island needs, prepared at build time. */
export async function quizProps(id: string, idBase?: string): Promise<QuizProps> {
  const entry = await loadQuestion(id);
  const item = entry.data.item as Item;
  const [slug, anchor] = item.teaches.split('#') as [string, string];
  const sections = await lessonSections(slug);
  const section = sections.headings.get(anchor);
  const props: QuizProps = {
    item,
    lesson: entry.data.lesson,
    text: renderItemText(item),
    reviewUrl: lessonUrl(slug, anchor),
    reviewLabel: section ? `${sections.title}, “${section}”` : sections.title,
    ...(idBase ? { idBase } : {}),
  };
  // Drawn from the page's sprite: Quiz.astro (or the page) emits it once with spritesFor.
  if (item.type === 'hotspot') props.figure = figureUse(item.figure);
  return props;
}
