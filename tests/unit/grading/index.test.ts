import { describe, expect, it } from 'vitest';
import { grade, graders, type GradableItem } from '../../../src/grading/index.ts';
import { itemTypes } from '../../../src/schemas/items/catalogue.ts';
import { sampleKeys, samples } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

describe('grade()', () => {
  it.each(itemTypes)('hands a %s item to its own grader', (type) => {
    const item: GradableItem = samples[type]();
    const response = sampleKeys[type];
    expect(grade(item, response)).toEqual(graders[type](bad(item), bad(response)));
    expect(grade(item, response)).toMatchObject({ score: 1, verdict: 'correct' });
  });

  it('has a grader for every type of the catalogue, and no other', () => {
    expect(Object.keys(graders).sort()).toEqual([...itemTypes].sort());
  });

  it("names the catalogue's types when an item's type is unknown", () => {
    const error = expectGradingError(
      () => grade(bad<GradableItem>({ ...samples.single(), type: 'essay' }), { choice: 'b' }),
      'unknown-type',
      'cannot grade an item of type "essay" (types: single, multi, order, match, twoTier, sct, rank, text, hotspot)',
    );
    expect(error.itemId).toBe('poh-gene');
    expect(error.field).toBe('type');
  });

  it('does not take a type inherited from Object for a known one', () => {
    expectGradingError(() => grade(bad<GradableItem>({ ...samples.single(), type: 'constructor' }), { choice: 'b' }), 'unknown-type');
  });

  it('refuses an item that is not an object', () => {
    expectGradingError(() => grade(bad<GradableItem>(null), { choice: 'b' }), 'broken-item', 'the item to grade must be an object');
  });
});
