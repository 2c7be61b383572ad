/**
 * Cuts the item data out of the built pages: an island's props that equal an item's
 * `item-data/<lesson>/<id>.js` (the data the browser loads on demand, src/islands/item-data.ts) are
 * replaced by a reference, `{"$item": [0, "lesson/id"]}` (an `idBase` is kept beside it). The
 * server-rendered form stays as it is; the client:engage directive puts the props back from the
 * data before the island hydrates. So a page's HTML carries what a first view shows, and the
 * answer key, feedback and explanations travel only when the learner engages.
 *
 * Runs at astro:build:done before the service worker's precache is listed (keep it before
 * serviceWorker() in astro.config.mjs). Only an exact match is cut: props that differ from the
 * data in anything but idBase stay in the page.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { decodeEntities } from '../text/entities.ts';
import { ITEM_DATA_GLOBAL } from '../islands/item-data.ts';

type Tuple = [number, unknown];
type IslandObject = Record<string, Tuple>;
type Plain = Record<string, unknown>;

/** The data of every item by lesson and id, read back from the built `item-data/<lesson>/<id>.js` files. */
export function readItemData(outDir: string): Map<string, Record<string, Plain>> {
  const dir = path.join(outDir, 'item-data');
  const data = new Map<string, Record<string, Plain>>();
  const prefix = new RegExp(`^\\(self\\.${ITEM_DATA_GLOBAL}\\?\\?=\\{\\}\\)\\[("[^"]+")\\]=`);
  for (const lesson of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const items: Record<string, Plain> = {};
    for (const name of readdirSync(path.join(dir, lesson.name)).filter((n) => n.endsWith('.js'))) {
      const id = name.slice(0, -'.js'.length);
      const file = `item-data/${lesson.name}/${name}`;
      const text = readFileSync(path.join(outDir, file), 'utf8');
      const match = prefix.exec(text);
      if (!match) throw new Error(`item-data: ${file} is not an item-data script.`);
      // The loader reads the item under its reference: a file that defines another would not be found.
      if (JSON.parse(match[1]!) !== `${lesson.name}/${id}`) throw new Error(`item-data: ${file} defines ${match[1]}, not "${lesson.name}/${id}".`);
      items[id] = JSON.parse(text.slice(match[0].length).replace(/;\s*$/, '')) as Plain;
    }
    data.set(lesson.name, items);
  }
  return data;
}

/** A plain value from an island's serialised one; undefined when it holds a kind we do not cut (Date, Map, ...). */
function revive(tuple: Tuple): unknown {
  const [kind, value] = tuple;
  if (kind === 1) return (value as Tuple[]).map(revive);
  if (kind !== 0) throw new Error('not plain');
  if (typeof value === 'object' && value !== null) return reviveObject(value as IslandObject);
  return value;
}
const reviveObject = (object: IslandObject): Plain => Object.fromEntries(Object.entries(object).map(([k, t]) => [k, revive(t)]));

/** JSON with sorted keys, to compare two values. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** The island object with every item that equals the data replaced by its reference; counts the cuts. */
export function cutItems(object: IslandObject, data: Map<string, Record<string, Plain>>, cuts: { count: number }): IslandObject {
  let plain: Plain | undefined;
  try {
    plain = reviveObject(object);
  } catch {
    plain = undefined;
  }
  const item = plain?.item as { id?: unknown } | undefined;
  if (plain && typeof plain.lesson === 'string' && typeof item?.id === 'string') {
    const known = data.get(plain.lesson)?.[item.id];
    const { idBase: _ignored, ...rest } = plain;
    if (known && canonical(rest) === canonical(known)) {
      cuts.count++;
      return { $item: [0, `${plain.lesson}/${item.id}`], ...(object.idBase ? { idBase: object.idBase } : {}) };
    }
  }
  const walk = (tuple: Tuple): Tuple => {
    const [kind, value] = tuple;
    if (kind === 1) return [1, (value as Tuple[]).map(walk)];
    if (kind === 0 && typeof value === 'object' && value !== null) return [0, cutItems(value as IslandObject, data, cuts)];
    return tuple;
  };
  return Object.fromEntries(Object.entries(object).map(([key, tuple]) => [key, walk(tuple)]));
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** One page's HTML with the item data cut out of its islands' props. */
export function cutPage(html: string, data: Map<string, Record<string, Plain>>, cuts: { count: number }): string {
  return html.replace(/(<astro-island\b[^>]*?\sprops=")([^"]*)"/g, (whole, lead: string, value: string) => {
    const object = JSON.parse(decodeEntities(value)) as IslandObject;
    const before = cuts.count;
    const cut = cutItems(object, data, cuts);
    return cuts.count === before ? whole : `${lead}${escapeAttribute(JSON.stringify(cut))}"`;
  });
}

export default function itemData(): AstroIntegration {
  return {
    name: 'item-data',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const data = readItemData(outDir);
        const cuts = { count: 0 };
        let saved = 0;
        for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = path.join(entry.parentPath, entry.name);
          const html = readFileSync(file, 'utf8');
          const cut = cutPage(html, data, cuts);
          if (cut !== html) {
            saved += html.length - cut.length;
            writeFileSync(file, cut);
          }
        }
        logger.info(`${cuts.count} items' props moved to item-data/<lesson>/<id>.js (${(saved / 1024).toFixed(0)} KiB less HTML)`);
      },
    },
  };
}
