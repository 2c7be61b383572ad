/**
 * Checks across files: every id an author writes in one place names something that exists in
 * another (lessons and their headings, items, glossary terms, references, figures).
 */
import { damerauLevenshtein } from '../text/normalise.ts';
import { viewBoxOf } from '../text/svg.ts';
import type { HotspotRegion } from '../schemas/items/index.ts';
import type { DataEntry } from './data-files.ts';
import type { LessonCheck } from './lesson-files.ts';
import { lessonOfQuestionFile, type QuestionEntry } from './question-files.ts';
import { duplicateIds } from './yaml-list.ts';
import { formatPath } from './zod-issues.ts';

export const paths = {
  lessons: 'content/lessons',
  questions: 'content/questions',
  disorders: 'content/disorders.yaml',
  glossary: 'content/glossary.yaml',
  references: 'content/references.yaml',
  figures: 'src/figures',
} as const;

export const figureFile = (name: string) => `${paths.figures}/${name}.svg`;
export const lessonFile = (slug: string) => `${paths.lessons}/${slug}.mdx`;

/** ` (did you mean "x"?)` when one candidate is a likely typo of `value`. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = damerauLevenshtein(value, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const close = bestDistance <= Math.max(1, Math.min(3, Math.floor(value.length / 3)));
  return best !== undefined && close ? ` (did you mean "${best}"?)` : '';
}

/** A suggestion if one is close, else the whole (short) list. */
function suggestOrList(value: string, candidates: readonly string[], listName: string): string {
  return didYouMean(value, candidates) || ` (${listName}: ${candidates.join(', ') || 'none'})`;
}

export interface ContentModel {
  lessons: LessonCheck[];
  questionFiles: string[];
  questions: QuestionEntry[];
  disorders: DataEntry<unknown>[];
  glossary: DataEntry<unknown>[];
  references: DataEntry<unknown>[];
  /** Figure name → SVG source. */
  figures: ReadonlyMap<string, string>;
}

const ids = (entries: readonly { id: string | undefined }[]) =>
  new Set(entries.flatMap((entry) => (entry.id === undefined ? [] : [entry.id])));

const field = (raw: unknown, name: string): unknown =>
  raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined;

const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function checkCrossReferences(model: ContentModel): string[] {
  const problems: string[] = [];
  const lessonsBySlug = new Map(model.lessons.map((lesson) => [lesson.slug, lesson]));
  const itemIds = ids(model.questions);
  const glossaryIds = ids(model.glossary);
  const referenceIds = ids(model.references);

  // Lessons: order unique; components name things that exist.
  const orders = new Map<number, string>();
  for (const lesson of model.lessons) {
    const order = lesson.lesson?.order;
    if (order === undefined) continue;
    const earlier = orders.get(order);
    if (earlier) problems.push(`${lesson.file}: frontmatter: order ${order} is also used by ${earlier}`);
    else orders.set(order, lesson.file);
  }
  for (const lesson of model.lessons) {
    const quizLines = new Map<string, number>();
    for (const use of lesson.uses) {
      const where = `${lesson.file}:${use.line}`;
      const id = use.attributes.id;
      const name = use.attributes.name;
      if (use.name === 'Quiz' && id !== undefined) {
        if (!itemIds.has(id)) {
          problems.push(`${where}: <Quiz id="${id}"> names no item in ${paths.questions}${didYouMean(id, itemIds)}`);
        } else if (quizLines.has(id)) {
          problems.push(`${where}: <Quiz id="${id}"> is already embedded at line ${quizLines.get(id)} (once per lesson)`);
        }
        quizLines.set(id, quizLines.get(id) ?? use.line);
      }
      if (use.name === 'Term' && id !== undefined && !glossaryIds.has(id)) {
        problems.push(`${where}: <Term id="${id}"> names no entry in ${paths.glossary}${didYouMean(id, glossaryIds)}`);
      }
      if (use.name === 'Cite' && id !== undefined && !referenceIds.has(id)) {
        problems.push(
          `${where}: <Cite id="${id}"> names no reference in ${paths.references}${didYouMean(id, referenceIds)}`,
        );
      }
      if (use.name === 'Figure' && name !== undefined && !model.figures.has(name)) {
        problems.push(`${where}: <Figure name="${name}"> names no file ${figureFile(name)}`);
      }
    }
  }

  // Questions: one file per lesson; ids unique in the module; teaches, refs, figures exist.
  for (const file of model.questionFiles) {
    const slug = lessonOfQuestionFile(file);
    if (!lessonsBySlug.has(slug)) {
      problems.push(`${file}: names no lesson (expected ${lessonFile(slug)}; question files are named after their lesson)`);
    }
  }
  problems.push(...duplicateIds(model.questions, 'item'));
  for (const entry of model.questions) {
    const at = `${entry.file}: ${entry.label}`;
    const teaches = field(entry.raw, 'teaches');
    if (typeof teaches === 'string' && /^[^#]+#[^#]+$/.test(teaches)) {
      const [slug, anchor] = teaches.split('#') as [string, string];
      const lesson = lessonsBySlug.get(slug);
      if (!lesson) {
        problems.push(`${at}: teaches "${teaches}" names no lesson${suggestOrList(slug, [...lessonsBySlug.keys()], 'lessons')}`);
      } else {
        const anchors = lesson.headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.slug);
        if (!anchors.includes(anchor)) {
          problems.push(
            `${at}: teaches "${teaches}" names no ## or ### heading in ${lesson.file}${suggestOrList(anchor, anchors, 'anchors')}`,
          );
        }
      }
    }
    for (const ref of stringsOf(field(entry.raw, 'refs'))) {
      if (!referenceIds.has(ref)) {
        problems.push(`${at}: refs "${ref}" names no reference in ${paths.references}${didYouMean(ref, referenceIds)}`);
      }
    }
    const figure = field(entry.raw, 'figure');
    if (field(entry.raw, 'type') === 'hotspot' && typeof figure === 'string') {
      const svg = model.figures.get(figure);
      if (svg === undefined) {
        problems.push(`${at}: figure "${figure}" names no file ${figureFile(figure)}${didYouMean(figure, model.figures.keys())}`);
      } else if (entry.item?.type === 'hotspot') {
        problems.push(...checkRegionsInFigure(at, figure, svg, entry.item.regions));
      }
    }
  }

  // Data files: disorders cite references; glossary entries point to other entries.
  for (const disorder of model.disorders) {
    for (const ref of stringsOf(field(disorder.raw, 'refs'))) {
      if (!referenceIds.has(ref)) {
        problems.push(
          `${disorder.file}: ${disorder.label}: refs "${ref}" names no reference in ${paths.references}${didYouMean(ref, referenceIds)}`,
        );
      }
    }
  }
  for (const term of model.glossary) {
    for (const see of stringsOf(field(term.raw, 'see'))) {
      if (!glossaryIds.has(see)) {
        problems.push(`${term.file}: ${term.label}: see "${see}" names no glossary entry${didYouMean(see, glossaryIds)}`);
      }
    }
  }
  return problems;
}

/** Every hotspot region lies inside the figure's viewBox (the coords are in its units). */
export function checkRegionsInFigure(
  at: string,
  figure: string,
  svg: string,
  regions: readonly HotspotRegion[],
): string[] {
  const box = viewBoxOf(svg);
  if (!box) return [`${at}: figure "${figure}": ${figureFile(figure)} has no viewBox, so regions cannot be placed on it`];
  const [minX, minY, width, height] = box;
  const problems: string[] = [];
  regions.forEach((region, index) => {
    const c = region.coords;
    const [left, top, right, bottom] =
      region.shape === 'circle'
        ? [c[0]! - c[2]!, c[1]! - c[2]!, c[0]! + c[2]!, c[1]! + c[2]!]
        : region.shape === 'rect'
          ? [c[0]!, c[1]!, c[0]! + c[2]!, c[1]! + c[3]!]
          : [
              Math.min(...c.filter((_, i) => i % 2 === 0)),
              Math.min(...c.filter((_, i) => i % 2 === 1)),
              Math.max(...c.filter((_, i) => i % 2 === 0)),
              Math.max(...c.filter((_, i) => i % 2 === 1)),
            ];
    if (left < minX || top < minY || right > minX + width || bottom > minY + height) {
      problems.push(
        `${at}: ${formatPath(['regions', index])} ("${region.id}") lies outside the viewBox of ${figureFile(figure)} (${box.join(' ')})`,
      );
    }
  });
  return problems;
}
