/**
 * The items' data, loaded on demand: everything an item island needs beyond its server-rendered
 * form (the answer key, the feedback, the explanation, the rendered text) is written at build time
 * into one classic script per lesson, `item-data/<lesson>.js` (src/pages/item-data/[lesson].js.ts).
 * The pages carry a reference instead (src/integrations/item-data.ts cuts the props out of the HTML),
 * and the review queue renders its items from the same data.
 *
 * A classic <script src> and not fetch() or import(): it loads from a web host, from the service
 * worker's precache (every .js is precached) and from the portable copy under file://, where
 * Chromium refuses fetch() of local files and module scripts.
 */
import type { QuizProps } from './quiz-types.ts';

/** One lesson's items by id, as `item-data/<lesson>.js` assigns them. */
export type LessonItems = Record<string, QuizProps>;
/** What `item-data/<lesson>.js` assigns: items by id, and the sprite of its hotspot figures. */
export interface LessonData {
  items: LessonItems;
  /** Hidden SVG sprite(s) of the hotspot figures these items draw with <use> (empty when none). */
  sprites: string;
}

declare global {
  interface Window {
    __wfbbItemData?: Record<string, LessonData>;
    __wfbbPortable?: { root: string };
  }
}

/** The global the data scripts assign to: window.__wfbbItemData[lesson]. */
export const ITEM_DATA_GLOBAL = '__wfbbItemData';

/** `item-data/<lesson>.js`, relative to the site root. */
export const itemDataPath = (lesson: string): string => `item-data/${lesson}.js`;

const loading = new Map<string, Promise<LessonData>>();

/**
 * Loads one lesson's item data (once per page). `base` is the site's base path ("/" or
 * "/teach/poh/"): passed in, because the client:engage directive that calls this is built
 * without Vite's import.meta.env (src/lib/paths.ts cannot be imported here).
 */
export function lessonData(lesson: string, base: string): Promise<LessonData> {
  let promise = loading.get(lesson);
  if (!promise) {
    promise = new Promise<LessonData>((resolve, reject) => {
      const have = window.__wfbbItemData?.[lesson];
      if (have) return resolve(have);
      const script = document.createElement('script');
      // The portable copy says where its root is (its links are relative); a web copy uses the base path.
      script.src = (window.__wfbbPortable?.root ?? base) + itemDataPath(lesson);
      script.onload = () => {
        const data = window.__wfbbItemData?.[lesson];
        if (data) resolve(data);
        else reject(new Error(`${itemDataPath(lesson)} did not define the items of "${lesson}".`));
      };
      script.onerror = () => {
        loading.delete(lesson); // a later try may succeed (the network came back)
        reject(new Error(`The question data ${itemDataPath(lesson)} could not be loaded.`));
      };
      document.head.append(script);
    });
    loading.set(lesson, promise);
  }
  return promise;
}

/** The props of items by reference ("lesson/id"). */
export async function itemsByRef(refs: readonly string[], base: string): Promise<QuizProps[]> {
  const lessons = [...new Set(refs.map((ref) => ref.split('/')[0]!))];
  const data = new Map(await Promise.all(lessons.map(async (lesson) => [lesson, await lessonData(lesson, base)] as const)));
  return refs.map((ref) => {
    const [lesson, id] = ref.split('/') as [string, string];
    const props = data.get(lesson)?.items[id];
    if (!props) throw new Error(`No item "${id}" in ${itemDataPath(lesson)}.`);
    return props;
  });
}

/** Puts a lesson's figure sprites on the page once (the review queue draws hotspot items from them). */
export function placeSprites(data: LessonData): void {
  if (!data.sprites) return;
  const holder = document.createElement('div');
  holder.innerHTML = data.sprites;
  for (const svg of [...holder.children]) {
    const symbol = svg.querySelector('symbol[id]');
    if (symbol && document.getElementById(symbol.id)) continue;
    document.body.append(svg);
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
 * `{"$item": [0, "lesson/id"], "idBase": ...}` becomes that item's props (idBase kept).
 */
export async function restoreProps(attribute: string, base: string): Promise<string> {
  const refs: string[] = [];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (typeof node === 'object' && node !== null) {
      const ref = (node as Record<string, unknown>)[REF_KEY];
      if (Array.isArray(ref) && typeof ref[1] === 'string') refs.push(ref[1]);
      Object.values(node).forEach(collect);
    }
  };
  const tree: unknown = JSON.parse(attribute);
  collect(tree);
  if (refs.length === 0) return attribute;
  const items = await itemsByRef(refs, base);
  const byRef = new Map(refs.map((ref, i) => [ref, items[i]!]));
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
