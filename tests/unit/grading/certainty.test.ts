import { describe, expect, it } from 'vitest';
import { cbmMark, cbmOutcome, grade } from '../../../src/grading/index.ts';
import { hotspot, multi, rank, sct, single, text, twoTier } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

const withConfidence = <T extends object>(item: T) => ({ ...item, confidence: true });
/** The sample without its `confidence` field at all. */
const withoutConfidence = <T extends { confidence?: boolean | undefined }>({ confidence: _, ...item }: T) => item;

describe('certainty-based marking', () => {
  it('marks right at certainty 1/2/3 as 1/2/3 and wrong as 0/-2/-6', () => {
    expect([1, 2, 3].map((c) => cbmMark(true, c as 1 | 2 | 3))).toEqual([1, 2, 3]);
    expect([1, 2, 3].map((c) => cbmMark(false, c as 1 | 2 | 3))).toEqual([0, -2, -6]);
  });

  it('recovers right/wrong and certainty from each of the six marks', () => {
    expect(cbmOutcome(3)).toEqual({ right: true, certainty: 3 });
    expect(cbmOutcome(0)).toEqual({ right: false, certainty: 1 });
    expect(cbmOutcome(-6)).toEqual({ right: false, certainty: 3 });
    expect(cbmOutcome(5)).toBeUndefined();
  });

  it('returns cbm when the item has confidence: true and the response a certainty', () => {
    const item = withConfidence(single());
    expect(grade(item, { choice: 'b', confidence: 3 }).cbm).toBe(3);
    expect(grade(item, { choice: 'b', confidence: 1 }).cbm).toBe(1);
    expect(grade(item, { choice: 'a', confidence: 2 }).cbm).toBe(-2);
    expect(grade(item, { choice: 'a', confidence: 3 }).cbm).toBe(-6);
    expect(grade(item, { choice: 'a', confidence: 1 }).cbm).toBe(0);
  });

  it('works on every binary type', () => {
    expect(grade(withConfidence(twoTier()), { choice: 'a', reason: 'r2', confidence: 3 }).cbm).toBe(-6);
    expect(grade(withConfidence(text()), { text: 'gnas', confidence: 2 }).cbm).toBe(2);
    expect(grade(withConfidence(hotspot()), { region: 'rim', confidence: 3 }).cbm).toBe(3);
  });

  it('explains the mark in the feedback, before the explanation', () => {
    const g = grade(withConfidence(single()), { choice: 'a', confidence: 3 });
    expect(g.feedback.at(-2)).toEqual({
      kind: 'certainty',
      correct: false,
      message: 'Certainty 3 (very sure) and wrong: -6. When in doubt, a lower certainty costs less.',
    });
    expect(g.feedback.at(-1)!.kind).toBe('explanation');
  });

  it('returns no cbm when the response carries no certainty', () => {
    expect('cbm' in grade(withConfidence(single()), { choice: 'b' })).toBe(false);
  });

  it('returns no cbm when the item does not ask for certainty', () => {
    expect('cbm' in grade(withoutConfidence(single()), { choice: 'b', confidence: 3 })).toBe(false);
    expect('cbm' in grade({ ...single(), confidence: false }, { choice: 'b', confidence: 3 })).toBe(false);
  });

  it('returns no cbm for non-binary items, even with a certainty', () => {
    expect('cbm' in grade(multi(), { choices: ['a', 'c', 'e'], confidence: 3 })).toBe(false);
    expect('cbm' in grade(sct(), { value: -2, confidence: 3 })).toBe(false);
    expect('cbm' in grade(rank(), { ranked: ['poh'], confidence: 3 })).toBe(false);
  });

  it('throws out-of-range for a certainty other than 1, 2 or 3', () => {
    expectGradingError(
      () => grade(withConfidence(single()), bad({ choice: 'b', confidence: 4 })),
      'out-of-range',
      'confidence must be 1, 2 or 3, not 4',
    );
    expectGradingError(() => grade(single(), bad({ choice: 'b', confidence: '3' })), 'out-of-range');
  });
});
