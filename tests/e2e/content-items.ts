// Every question item of the module as its author wrote it (content/questions/<lesson>.yaml, read
// with the same YAML parser as the build), each with the lesson its file is named after: what the
// browser tests answer, look up and count.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ItemInput, ItemType } from '../../src/schemas/items/index.ts';

export type ContentItem = ItemInput & { lesson: string };
export type ContentItemOf<T extends ItemType> = Extract<ContentItem, { type: T }>;

const questionsDir = path.resolve(import.meta.dirname, '../../content/questions');

/** In file order, then in each file's order. */
export const contentItems: ContentItem[] = readdirSync(questionsDir)
  .filter((name) => name.endsWith('.yaml'))
  .flatMap((name) => (parse(readFileSync(path.join(questionsDir, name), 'utf8')) as ItemInput[]).map((item) => ({ ...item, lesson: name.replace(/\.yaml$/, '') })));

/** A filter for the items of one type: `contentItems.filter(ofType('single'))`. */
export const ofType =
  <T extends ItemType>(type: T) =>
  (item: ContentItem): item is ContentItemOf<T> =>
    item.type === type;

/** Every item asks for certainty unless its YAML says `confidence: false`. */
export const asksCertainty = (item: Pick<ContentItem, 'confidence'>) => item.confidence !== false;
