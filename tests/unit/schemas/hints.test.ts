// `hints` on any item: a list of one to three markdown texts; anything else is rejected at the field.
import { describe, expect, it } from 'vitest';
import { itemSchema, itemTypes } from '../../../src/schemas/items/index.ts';
import { samples } from '../../fixtures/sample-items.ts';

const issuesOf = (value: unknown) => {
  const result = itemSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
};

describe('item schemas: hints', () => {
  it.each(itemTypes)('a %s item may carry one or more hints, kept in order', (type) => {
    const hints = ['Where does the bone *start*?', 'Which way does it spread?'];
    const parsed = itemSchema.parse({ ...samples[type](), hints });
    expect(parsed.hints).toEqual(hints);
  });

  it('leaves hints out when the author does', () => {
    expect(itemSchema.parse(samples.single()).hints).toBeUndefined();
  });

  it('rejects hints that are not a list, naming the field', () => {
    expect(issuesOf({ ...samples.single(), hints: 'Think about the toes.' })).toEqual([
      { path: 'hints', message: 'hints must be a list of markdown texts, one "- " line per hint' },
    ]);
  });

  it('rejects an empty hint, naming its place in the list', () => {
    expect(issuesOf({ ...samples.multi(), hints: ['Fine.', '   '] })).toEqual([{ path: 'hints.1', message: 'hint must not be empty' }]);
    expect(issuesOf({ ...samples.multi(), hints: ['Fine.', 3] })).toMatchObject([{ path: 'hints.1' }]);
  });

  it('rejects an empty list and more than three hints', () => {
    expect(issuesOf({ ...samples.text(), hints: [] })).toEqual([
      { path: 'hints', message: 'hints must hold at least one hint (or leave the field out)' },
    ]);
    expect(issuesOf({ ...samples.text(), hints: ['a', 'b', 'c', 'd'] })).toEqual([
      { path: 'hints', message: 'hints may hold at most 3 hints (one per extra try)' },
    ]);
  });
});
