/**
 * Quiz.astro must name each item island statically (Astro cannot hydrate a dynamic tag), so
 * it is the one per-type list the compiler cannot check. This test reads it instead: one
 * island import and one branch per type of the catalogue, each branch hydrating its own island.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemTypes } from '../../../src/schemas/items/catalogue.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const quizFile = path.join(root, 'src/components/lesson/Quiz.astro');
const source = readFileSync(quizFile, 'utf8');

/** The island of a type, by the house's naming: twoTier → TwoTierItem. */
const islandOf = (type: string) => `${type[0]!.toUpperCase()}${type.slice(1)}Item`;

const imports = [...source.matchAll(/^import (\w+Item) from '(?:\.\.\/)+islands\/(\w+)\.tsx';$/gm)].map(([, name, file]) => ({ name: name!, file: file! }));
const branches = [...source.matchAll(/\{type === '(\w+)' && (.*)\}$/gm)].map(([, type, body]) => ({
  type: type!,
  hydrated: [...body!.matchAll(/<(\w+) client:engage\b/g)].map((m) => m[1]!),
}));

describe('Quiz.astro and the item-type catalogue', () => {
  it('imports one island per item type, each from its own file', () => {
    expect(imports.map((i) => i.name).sort()).toEqual(itemTypes.map(islandOf).sort());
    for (const { name, file } of imports) {
      expect(file, name).toBe(name);
      expect(existsSync(path.join(root, 'src/islands', `${file}.tsx`)), `src/islands/${file}.tsx`).toBe(true);
    }
  });

  it('has one branch per item type, in the catalogue order, each hydrating its own island', () => {
    expect(branches.map((b) => b.type)).toEqual([...itemTypes]);
    for (const { type, hydrated } of branches) expect(hydrated, type).toEqual([islandOf(type)]);
  });

});
