/**
 * Build-time help for the quiz islands: resolve an item by id, render its markdown, inline
 * a hotspot figure, and name the section to review. Runs in Astro only; none of it ships.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { headingsOf, maskCode } from '../content-validation/lesson-files.ts';
import { viewBoxOf } from '../content-validation/cross-references.ts';
import type { Item } from '../schemas/items/index.ts';
import type { InlineFigure, QuizProps } from '../islands/quiz-types.ts';
import { lessonUrl } from './paths.ts';
import { renderItemText } from './markdown.ts';

export type QuestionEntry = CollectionEntry<'questions'>;

/** The item with this id, or an Error naming it. */
export async function loadQuestion(id: string): Promise<QuestionEntry> {
  const entry = await getEntry('questions', id);
  if (!entry) throw new Error(`<Quiz id="${id}">: no item with id "${id}" in content/questions/*.yaml`);
  return entry;
}

const figures = import.meta.glob<string>('../figures/*.svg', { query: '?raw', import: 'default', eager: true });

/**
 * A figure for a hotspot item, inlined: ids prefixed (the same figure may also be on the
 * page) and the SVG named from its own <title>.
 */
export function hotspotFigure(name: string, prefix: string): InlineFigure {
  const svg = figures[`../figures/${name}.svg`];
  if (!svg) throw new Error(`hotspot figure "${name}": no file src/figures/${name}.svg`);
  const viewBox = viewBoxOf(svg);
  if (!viewBox) throw new Error(`hotspot figure "${name}": src/figures/${name}.svg has no viewBox`);
  const prefixed = svg
    .replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/\b(href|aria-labelledby|aria-describedby)="#?([^"]+)"/g, (_, attr: string, value: string) =>
      attr === 'href' ? `href="#${prefix}-${value}"` : `${attr}="${value.split(/\s+/).map((v) => `${prefix}-${v}`).join(' ')}"`,
    )
    .replace(/<svg\b(?![^>]*\brole=)/, '<svg role="img" focusable="false"');
  return { svg: prefixed, viewBox };
}

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
  if (item.type === 'hotspot') props.figure = hotspotFigure(item.figure, `${idBase ?? item.id}-figure`);
  return props;
}

/** Every item, with its lesson, in lesson order then file order. */
export async function allQuestions(): Promise<QuestionEntry[]> {
  const [entries, lessons] = await Promise.all([getCollection('questions'), getCollection('lessons')]);
  const order = new Map(lessons.map((l) => [l.id, l.data.order]));
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (order.get(a.entry.data.lesson) ?? 99) - (order.get(b.entry.data.lesson) ?? 99) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** Item types in the learner's words. */
export const itemTypeLabels: Record<Item['type'], string> = {
  single: 'Best answer',
  multi: 'Select all that apply',
  order: 'Sequence',
  match: 'Matching',
  twoTier: 'Answer and reason',
  sct: 'Script concordance',
  rank: 'Ranking a differential',
  text: 'Short answer',
  hotspot: 'Point on a figure',
};

/**
 * A fixed self-assessment set: `size` items taken in turn from each lesson, each time the
 * item whose type the set has least of (file order breaks ties), so lessons and types spread.
 */
export function selfAssessmentSet(entries: readonly QuestionEntry[], size = 12): QuestionEntry[] {
  const byLesson = new Map<string, QuestionEntry[]>();
  for (const entry of entries) byLesson.set(entry.data.lesson, [...(byLesson.get(entry.data.lesson) ?? []), entry]);
  const typeCount = new Map<string, number>();
  const chosen: QuestionEntry[] = [];
  while (chosen.length < size && [...byLesson.values()].some((list) => list.length > 0)) {
    for (const list of byLesson.values()) {
      if (chosen.length >= size || list.length === 0) continue;
      let best = 0;
      list.forEach((entry, i) => {
        if ((typeCount.get(entry.data.item.type) ?? 0) < (typeCount.get(list[best]!.data.item.type) ?? 0)) best = i;
      });
      const [entry] = list.splice(best, 1);
      chosen.push(entry!);
      typeCount.set(entry!.data.item.type, (typeCount.get(entry!.data.item.type) ?? 0) + 1);
    }
  }
  return chosen;
}
