/**
 * The items' data, loaded on demand: everything an item island needs beyond its server-rendered
 * form (the answer key, the feedback, the explanation, the rendered text) is written at build time
 * into one small classic script per item, `item-data/<lesson>/<id>.js`
 * (src/pages/item-data/[lesson]/[id].js.ts), so a page loads the data of the items it shows and no
 * more: the one item engaged in a lesson, the self-assessment's set, the review queue's items due.
 * The pages carry a reference instead (src/integrations/item-data.ts cuts the props out of the
 * HTML). The review queue draws hotspot items, whose figure its page does not carry, from
 * `item-data/figure-<name>.js` (lesson pages and the self-assessment carry their figures already).
 *
 * A classic <script src> and not fetch() or import(): it loads from a web host, from the service
 * worker's precache (every .js is precached) and from the portable copy under file://, where
 * Chromium refuses fetch() of local files and module scripts.
 */
import type { QuizProps } from './quiz-types.ts';

declare global {
  interface Window {
    /** Item props by reference ("lesson/id"), as the item scripts assign them. */
    __wfbbItemData?: Record<string, QuizProps>;
    /** Hidden SVG sprites of the hotspot figures by name, as the figure scripts assign them. */
    __wfbbFigureSprites?: Record<string, string>;
    __wfbbPortable?: { root: string };
  }
}

/** The global the item scripts assign to: window.__wfbbItemData["lesson/id"]. */
export const ITEM_DATA_GLOBAL = '__wfbbItemData';
/** The global the figure scripts assign to: window.__wfbbFigureSprites[name]. */
export const FIGURE_SPRITES_GLOBAL = '__wfbbFigureSprites';

/** The lesson and id of a reference "lesson/id". */
function splitRef(ref: string): [lesson: string, id: string] {
  const cut = ref.indexOf('/');
  if (cut <= 0 || cut === ref.length - 1) throw new Error(`"${ref}" is not an item reference (lesson/id).`);
  return [ref.slice(0, cut), ref.slice(cut + 1)];
}

/** `item-data/<lesson>/<id>.js`, relative to the site root, for the reference "lesson/id". */
export const itemDataPath = (ref: string): string => `item-data/${splitRef(ref).join('/')}.js`;
/** `item-data/figure-<name>.js`, relative to the site root. */
const figureDataPath = (name: string): string => `item-data/figure-${name}.js`;

/** The scripts being loaded, by file: two islands that ask at once share one request. */
const loading = new Map<string, Promise<unknown>>();

/**
 * Loads a data script and gives what it defined (`read`); what a script defined before is there
 * at once. `base` is the site's base path ("/" or "/teach/poh/"): passed in, because the
 * client:engage directive that calls this is built without Vite's import.meta.env
 * (src/lib/paths.ts cannot be imported here).
 */
function loadScript<T>(file: string, base: string, read: () => T | undefined, what: string): Promise<T> {
  const have = read();
  if (have !== undefined) return Promise.resolve(have);
  let promise = loading.get(file) as Promise<T> | undefined;
  if (!promise) {
    promise = new Promise<T>((resolve, reject) => {
      const script = document.createElement('script');
      // The portable copy says where its root is (its links are relative); a web copy uses the base path.
      script.src = (window.__wfbbPortable?.root ?? base) + file;
      script.onload = () => {
        const data = read();
        if (data !== undefined) resolve(data);
        else reject(new Error(`${file} did not define ${what}.`));
      };
      // A later try may succeed (the network came back): nothing is kept of a failure.
      script.onerror = () => reject(new Error(`The question data ${file} could not be loaded.`));
      document.head.append(script);
    }).finally(() => loading.delete(file));
    loading.set(file, promise);
  }
  return promise;
}

/** The props of one item by reference ("lesson/id"), from `item-data/<lesson>/<id>.js`. */
const itemData = (ref: string, base: string): Promise<QuizProps> =>
  loadScript(itemDataPath(ref), base, () => window.__wfbbItemData?.[ref], `the item "${ref}"`);

/** The props of items by reference ("lesson/id"), each from its own script (loaded in parallel). */
export const itemsByRef = (refs: readonly string[], base: string): Promise<QuizProps[]> => Promise.all(refs.map((ref) => itemData(ref, base)));

/**
 * Puts the figures these items draw on the page, once each (the review queue's page carries none):
 * a hotspot item draws its figure with <use> from a sprite, `item-data/figure-<name>.js`.
 */
export async function placeFigures(items: readonly QuizProps[], base: string): Promise<void> {
  const names = [...new Set(items.flatMap(({ item }) => (item.type === 'hotspot' ? [item.figure] : [])))];
  const sprites = await Promise.all(
    names.map((name) => loadScript(figureDataPath(name), base, () => window.__wfbbFigureSprites?.[name], `the figure "${name}"`)),
  );
  for (const sprite of sprites) {
    const holder = document.createElement('div');
    holder.innerHTML = sprite;
    for (const svg of [...holder.children]) {
      const symbol = svg.querySelector('symbol[id]');
      if (symbol && document.getElementById(symbol.id)) continue;
      document.body.append(svg);
    }
  }
}

/** The base path of a page, from an island's component-url ("/teach/poh/_astro/X.js" → "/teach/poh/"). */
export function baseOfIsland(island: Element): string {
  const url = island.getAttribute('component-url') ?? '';
  const cut = url.indexOf('_astro/');
  return cut >= 0 ? url.slice(0, cut) : '/';
}

/** A plain value in the form an <astro-island> reads from its `props` attribute ([0, value] / [1, array]). */
export function toIslandValue(value: unknown): unknown {
  if (Array.isArray(value)) return [1, value.map(toIslandValue)];
  if (typeof value === 'object' && value !== null) return [0, toIslandObject(value as Record<string, unknown>)];
  return [0, value];
}

/** A plain object as the top level of an island's `props` attribute. */
export function toIslandObject(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).flatMap(([key, v]) => (v === undefined ? [] : [[key, toIslandValue(v)]])));
}

/** Marks a reference in a cut island's props: `{"$item": [0, "lesson/id"], ...kept}`. */
export const REF_KEY = '$item';

/**
 * An island's props attribute with every reference put back from the data: the object
 * `{"$item": [0, "lesson/id"], "idBase": ...}` becomes that item's props (idBase kept). Loads the
 * scripts of the items referred to, and only those.
 */
export async function restoreProps(attribute: string, base: string): Promise<string> {
  const refs = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (typeof node === 'object' && node !== null) {
      const ref = (node as Record<string, unknown>)[REF_KEY];
      if (Array.isArray(ref) && typeof ref[1] === 'string') refs.add(ref[1]);
      Object.values(node).forEach(collect);
    }
  };
  const tree: unknown = JSON.parse(attribute);
  collect(tree);
  if (refs.size === 0) return attribute;
  const items = await itemsByRef([...refs], base);
  const byRef = new Map([...refs].map((ref, i) => [ref, items[i]!]));
  const put = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(put);
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Record<string, unknown>;
    const ref = record[REF_KEY];
    if (Array.isArray(ref) && typeof ref[1] === 'string') {
      const { [REF_KEY]: _ref, ...kept } = record;
      return { ...toIslandObject(byRef.get(ref[1]) as unknown as Record<string, unknown>), ...kept };
    }
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, put(value)]));
  };
  return JSON.stringify(put(tree));
}
