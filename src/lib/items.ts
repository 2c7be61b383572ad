/**
 * Build-time help for the quiz islands: resolve an item by id, render its markdown, inline
 * a hotspot figure (whole, or as a page's sprite drawn with <use>), and name the section to
 * review. Runs in Astro only; none of it ships.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { headingsOf, maskCode } from '../content-validation/lesson-files.ts';
import { viewBoxOf } from '../content-validation/cross-references.ts';
import type { Item } from '../schemas/items/index.ts';
import type { InlineFigure, QuizProps } from '../islands/quiz-types.ts';
import { lessonUrl } from './paths.ts';
import { renderItemText } from './markdown.ts';
import { compactSvg } from './compact-svg.ts';

export type QuestionEntry = CollectionEntry<'questions'>;

/** The item with this id, or an Error naming it. */
export async function loadQuestion(id: string): Promise<QuestionEntry> {
  const entry = await getEntry('questions', id);
  if (!entry) throw new Error(`<Quiz id="${id}">: no item with id "${id}" in content/questions/*.yaml`);
  return entry;
}

const figures = import.meta.glob<string>('../figures/*.svg', { query: '?raw', import: 'default', eager: true });

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (entities[name.toLowerCase()] ?? whole),
  );

function figureSource(name: string): { svg: string; viewBox: [number, number, number, number] } {
  const svg = figures[`../figures/${name}.svg`];
  if (!svg) throw new Error(`hotspot figure "${name}": no file src/figures/${name}.svg`);
  const viewBox = viewBoxOf(svg);
  if (!viewBox) throw new Error(`hotspot figure "${name}": src/figures/${name}.svg has no viewBox`);
  return { svg: compactSvg(svg), viewBox };
}

/**
 * Figure markup made unique on a page that may hold the figure more than once: ids (and
 * what refers to them: url(#..), href, aria-labelledby/-describedby) and class names (in
 * class attributes and in the selectors of the figure's own <style>, whose rules apply to
 * the whole page) get the prefix, so two copies never restyle or re-point each other.
 */
function prefixFigure(svg: string, prefix: string): string {
  return svg
    .replace(/<style\b([^>]*)>([\s\S]*?)<\/style>/g, (_, attrs: string, css: string) => {
      const scoped = css.replace(/([^{}]+)\{([^{}]*)\}/g, (__, selector: string, body: string) =>
        `${selector.replace(/\.(-?[_a-zA-Z][\w-]*)/g, `.${prefix}-$1`)}{${body}}`,
      );
      return `<style${attrs}>${scoped}</style>`;
    })
    .replace(/\bclass="([^"]*)"/g, (_, names: string) =>
      `class="${names.split(/\s+/).filter(Boolean).map((n) => `${prefix}-${n}`).join(' ')}"`,
    )
    .replace(/\bid="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/\b(href|aria-labelledby|aria-describedby)="#?([^"]+)"/g, (_, attr: string, value: string) =>
      attr === 'href' ? `href="#${prefix}-${value}"` : `${attr}="${value.split(/\s+/).map((v) => `${prefix}-${v}`).join(' ')}"`,
    );
}

/** The id of a figure's <symbol> in the page's sprite (also the prefix of every id inside it). */
export const figureSymbolId = (name: string): string => `hotspot-figure-${name}`;

/** Attributes of a figure's root <svg> that belong to the picture itself, not to the <symbol>'s content. */
const rootOnly = /^(xmlns(:\w+)?|viewBox|role|width|height|id|class|focusable|aria-[\w-]+|preserveAspectRatio)$/;

interface SpriteFigure {
  sprite: string;
  use: InlineFigure;
}
const spriteCache = new Map<string, SpriteFigure>();

function spriteFigure(name: string): SpriteFigure {
  const cached = spriteCache.get(name);
  if (cached) return cached;
  const { svg, viewBox } = figureSource(name);
  const symbol = figureSymbolId(name);
  const open = /<svg\b([^>]*)>/.exec(svg);
  const close = svg.lastIndexOf('</svg>');
  if (!open || close < open.index) throw new Error(`hotspot figure "${name}": src/figures/${name}.svg is not one <svg> element`);
  // Presentation attributes of the root (font-family...) would be lost on a <symbol>'s
  // clone in some browsers, so they go on a <g> around the content.
  const inherited = [...open[1]!.matchAll(/([\w:-]+)\s*=\s*("[^"]*"|'[^']*')/g)]
    .filter(([, attr]) => !rootOnly.test(attr!))
    .map(([, attr, value]) => ` ${attr}=${value}`)
    .join('');
  let content = prefixFigure(svg.slice(open.index + open[0].length, close), symbol);
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/.exec(content);
  if (!title) throw new Error(`hotspot figure "${name}": src/figures/${name}.svg has no <title>`);
  // The <desc> needs an id: the picture points at it with aria-describedby.
  let descId: string | undefined;
  content = content.replace(/<desc\b([^>]*)>/, (tag, attrs: string) => {
    const id = /\bid="([^"]+)"/.exec(attrs);
    descId = id ? id[1]! : `${symbol}-desc`;
    return id ? tag : `<desc id="${descId}"${attrs}>`;
  });
  // Off the layout but not display:none: Chromium drops the gradients, patterns and markers of an SVG that is not rendered.
  const sprite =
    `<svg class="figure-sprite" aria-hidden="true" focusable="false" width="0" height="0" style="position:absolute;width:0;height:0;overflow:hidden">` +
    `<symbol id="${symbol}" viewBox="${viewBox.join(' ')}">${inherited ? `<g${inherited}>${content}</g>` : content}</symbol></svg>`;
  const use: InlineFigure = {
    viewBox,
    symbol,
    title: decodeEntities(title[1]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim(),
    ...(descId ? { describedBy: descId } : {}),
  };
  const result = { sprite, use };
  spriteCache.set(name, result);
  return result;
}

/**
 * A figure as a page's hidden sprite: one <svg> holding a <symbol> with the figure's
 * content (ids and classes prefixed with the symbol's id). Quiz.astro emits it before the
 * first hotspot item that shows the figure on a page; every item then draws it with <use>.
 */
export const figureSprite = (name: string): string => spriteFigure(name).sprite;

/** A hotspot item's figure as drawn from the page's sprite: viewBox, symbol id, title and description id. */
export const figureUse = (name: string): InlineFigure => ({ ...spriteFigure(name).use });

/**
 * The sprite of figure `name` if this page has not had it yet (and notes that it now has), so
 * a page carries each figure once however many <Figure>s and hotspot items draw it.
 */
export function spriteOnce(locals: object, name: string): string | undefined {
  const seen = locals as Record<string, unknown>;
  const key = `wfbbFigureSprite:${name}`;
  if (seen[key]) return undefined;
  seen[key] = true;
  return figureSprite(name);
}

/** The figures a lesson's MDX draws: its <Figure>s and the figures of its hotspot items. */
export async function lessonFigureNames(body: string): Promise<string[]> {
  const names = new Set([...body.matchAll(/<Figure\s+name="([^"]+)"/g)].map((match) => match[1]!));
  for (const [, id] of body.matchAll(/<Quiz\s+id="([^"]+)"/g)) {
    const { data } = await loadQuestion(id!);
    if (data.item.type === 'hotspot') names.add(data.item.figure);
  }
  return [...names].sort();
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
  // Drawn from the page's sprite: Quiz.astro (or the page) emits it once with spriteOnce.
  if (item.type === 'hotspot') props.figure = figureUse(item.figure);
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
