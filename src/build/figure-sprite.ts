/**
 * Figures as page sprites: each SVG in src/figures/ compacted (compactSvg, then svgo), made
 * unique on the page, and put in a hidden <symbol> that every <Figure> and hotspot item draws
 * with <use>, so a page carries a figure once however often it shows it. Build time only.
 */
import { optimize, type Config } from 'svgo';
import type { Item } from '../schemas/items/index.ts';
import type { InlineFigure } from '../islands/quiz-types.ts';
import { htmlToText } from '../text/entities.ts';
import { viewBoxOf } from '../text/svg.ts';
import { compactSvg, stylesToClasses } from './compact-svg.ts';
import { loadQuestion } from './question-sets.ts';

const figures = import.meta.glob<string>('../figures/*.svg', { query: '?raw', import: 'default', eager: true });

/**
 * svgo after compactSvg (which joins shapes svgo's mergePaths cannot: non-adjacent ones), then
 * every id and class made unique on the page with `prefix`. Kept: the ids (the <desc> is
 * pointed at, patterns and markers are referred to), `role`, the <title> and <desc>, and the
 * <rect>s and <line>s as they are (as paths their edges anti-alias differently: most of the
 * pixels svgo would change, for about 0.3 KB gz).
 */
const svgoConfig = (prefix: string): Config => ({
  // One pass: multipass saves under 40 bytes gz over all figures and takes three times as long.
  plugins: [
    {
      name: 'preset-default',
      params: {
        overrides: {
          cleanupIds: false,
          removeUnknownsAndDefaults: { keepRoleAttr: true },
          removeDesc: false,
          convertShapeToPath: false,
        },
      },
    },
    // Ids and what refers to them (url(#..), href), class names in class attributes and in the
    // figure's own <style>, whose rules apply to the whole page: two copies never restyle or
    // re-point each other.
    { name: 'prefixIds', params: { prefix, delim: '-' } },
  ],
});

/** prefixIds leaves IDREF lists alone: aria-labelledby and aria-describedby get the prefix here. */
export const prefixAriaRefs = (svg: string, prefix: string): string =>
  svg.replace(/\b(aria-labelledby|aria-describedby)="([^"]+)"/g, (_, attr: string, ids: string) =>
    `${attr}="${ids.trim().split(/\s+/).map((id) => `${prefix}-${id}`).join(' ')}"`,
  );

/** A figure's SVG, compacted, optimised and made unique on the page with `prefix`, and its viewBox. */
function figureSource(name: string, prefix: string): { svg: string; viewBox: [number, number, number, number] } {
  const svg = figures[`../figures/${name}.svg`];
  if (!svg) throw new Error(`hotspot figure "${name}": no file src/figures/${name}.svg`);
  const viewBox = viewBoxOf(svg);
  if (!viewBox) throw new Error(`hotspot figure "${name}": src/figures/${name}.svg has no viewBox`);
  return { svg: prefixAriaRefs(optimize(compactSvg(svg), svgoConfig(prefix)).data, prefix), viewBox };
}

const figureOrder = Object.keys(figures).sort();

/** A short class prefix unique to the figure on any page ("f0", "f1"...: its place among src/figures/). */
const styleClassPrefix = (name: string): string => `f${figureOrder.indexOf(`../figures/${name}.svg`).toString(36)}-`;

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
  const symbol = figureSymbolId(name);
  const { svg, viewBox } = figureSource(name, symbol);
  const open = /<svg\b([^>]*)>/.exec(svg);
  const close = svg.lastIndexOf('</svg>');
  if (!open || close < open.index) throw new Error(`hotspot figure "${name}": src/figures/${name}.svg is not one <svg> element`);
  // Presentation attributes of the root (font-family...) would be lost on a <symbol>'s
  // clone in some browsers, so they go on a <g> around the content.
  const inherited = [...open[1]!.matchAll(/([\w:-]+)\s*=\s*("[^"]*"|'[^']*')/g)]
    .filter(([, attr]) => !rootOnly.test(attr!))
    .map(([, attr, value]) => ` ${attr}=${value}`)
    .join('');
  let content = stylesToClasses(svg.slice(open.index + open[0].length, close), styleClassPrefix(name));
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
    title: htmlToText(title[1]!),
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

/**
 * The sprites of these figures that the page does not carry yet, as one HTML string (empty
 * when it has them all). Every place that puts figures on a page goes through here.
 */
export function spritesFor(names: Iterable<string>, locals: object): string {
  return [...names].map((name) => spriteOnce(locals, name) ?? '').join('');
}

/** The figures of the hotspot items among these, each once, in order of first use. */
export function hotspotFigures(items: Iterable<Item>): string[] {
  return [...new Set([...items].flatMap((item) => (item.type === 'hotspot' ? [item.figure] : [])))];
}

/** The figures a lesson's MDX draws: its <Figure>s and the figures of its hotspot items. */
export async function lessonFigureNames(body: string): Promise<string[]> {
  const names = new Set([...body.matchAll(/<Figure\s+name="([^"]+)"/g)].map((match) => match[1]!));
  const items = await Promise.all([...body.matchAll(/<Quiz\s+id="([^"]+)"/g)].map(async ([, id]) => (await loadQuestion(id!)).data.item));
  for (const name of hotspotFigures(items)) names.add(name);
  return [...names].sort();
}
