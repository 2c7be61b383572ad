import { describe, expect, it } from 'vitest';
import { cbmMark, cbmMessage, cbmOutcome, grade } from '../../../src/grading/index.ts';
import { hotspot, match, multi, order, rank, sct, single, text, twoTier } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

const withConfidence = <T extends object>(item: T) => ({ ...item, confidence: true });
/** The sample without its `confidence` field at all. */
const withoutConfidence = <T extends { confidence?: boolean | undefined }>({ confidence: _, ...item }: T) => item;

describe('certainty-based marking', () => {
  it('marks right at certainty 1/2/3 as 1/2/3 and wrong as 0/-2/-6', () => {
    expect([1, 2, 3].map((c) => cbmMark(true, c as 1 | 2 | 3))).toEqual([1, 2, 3]);
    expect([1, 2, 3].map((c) => cbmMark(false, c as 1 | 2 | 3))).toEqual([0, -2, -6]);
    expect([1, 2, 3].map((c) => cbmMark(1, c as 1 | 2 | 3))).toEqual([1, 2, 3]);
    expect([1, 2, 3].map((c) => cbmMark(0, c as 1 | 2 | 3))).toEqual([0, -2, -6]);
  });

  it('scales the right mark by the fraction right (Moodle), to two decimals', () => {
    expect([1, 2, 3].map((c) => cbmMark(0.5, c as 1 | 2 | 3))).toEqual([0.5, 1, 1.5]);
    expect([1, 2, 3].map((c) => cbmMark(2 / 3, c as 1 | 2 | 3))).toEqual([0.67, 1.33, 2]);
    expect([1, 2, 3].map((c) => cbmMark(1 / 3, c as 1 | 2 | 3))).toEqual([0.33, 0.67, 1]);
    expect(cbmMark(0.05, 3)).toBe(0.15);
    // Any credit at all is right, scaled: only no credit costs the wrong mark.
    expect(cbmMark(0.001, 3)).toBe(0);
    expect(Object.is(cbmMark(0.001, 3), 0)).toBe(true);
    expect(cbmMark(4e-8, 3)).toBe(-6);
  });

  it('marks "no idea" (certainty 0) as 0 whatever the score', () => {
    expect([0, 0.5, 1].map((score) => cbmMark(score, 0))).toEqual([0, 0, 0]);
  });

  it('marks partial-credit items at every level, from the grader', () => {
    const twoOfThree = { p1: 'poh', p2: 'fop', p3: 'poh' };
    const oneOfThree = { p1: 'poh', p2: 'poh', p3: 'poh' };
    const noneRight = { p1: 'fop', p2: 'poh', p3: 'poh' };
    expect([1, 2, 3].map((c) => grade(match(), { pairs: twoOfThree, confidence: c as 1 | 2 | 3 }).cbm)).toEqual([0.67, 1.33, 2]);
    expect([1, 2, 3].map((c) => grade(match(), { pairs: oneOfThree, confidence: c as 1 | 2 | 3 }).cbm)).toEqual([0.33, 0.67, 1]);
    expect([1, 2, 3].map((c) => grade(match(), { pairs: noneRight, confidence: c as 1 | 2 | 3 }).cbm)).toEqual([0, -2, -6]);
    // multi: two of three right options chosen (score 2/3); order one swap (5/6); sct -1 (4/9).
    expect(grade(multi(), { choices: ['a', 'c'], confidence: 3 }).cbm).toBe(2);
    expect(grade(order(), { order: ['s1', 's2', 's4', 's3'], confidence: 2 }).cbm).toBe(1.67);
    expect(grade(sct(), { value: -1, confidence: 3 }).cbm).toBe(1.33);
    expect(grade(sct(), { value: 1, confidence: 2 }).cbm).toBe(-2);
    expect(grade(rank(), { ranked: ['aho', 'poh', 'oc'], confidence: 1 }).cbm).toBe(0.84);
  });

  it('grades a "no idea" answer for feedback and marks it 0', () => {
    const right = grade(single(), { choice: 'b', confidence: 0 });
    expect(right).toMatchObject({ score: 1, verdict: 'correct', cbm: 0 });
    expect(right.feedback.some((f) => f.kind === 'option' && f.target === 'b')).toBe(true);
    const wrong = grade(single(), { choice: 'a', confidence: 0 });
    expect(wrong).toMatchObject({ score: 0, verdict: 'incorrect', cbm: 0 });
    const partly = grade(match(), { pairs: { p1: 'poh', p2: 'fop', p3: 'poh' }, confidence: 0 });
    expect(partly).toMatchObject({ verdict: 'partial', cbm: 0 });
    expect(partly.feedback.find((f) => f.kind === 'certainty')!.message).toMatch(/^No idea: 0, whatever the answer/);
  });

  it('explains a scaled mark with its sum', () => {
    expect(cbmMessage(2 / 3, 3)).toBe(
      'Certainty 3 (very sure) and 67% right: +3 × 67% = +2. A partly right answer never costs marks; a wholly wrong one does.',
    );
    expect(cbmMessage(0.5, 1)).toBe('Certainty 1 (not sure) and 50% right: +1 × 50% = +0.5.');
  });

  it('recovers right/wrong and certainty from each of the six whole marks, and nothing from a scaled one', () => {
    expect(cbmOutcome(1.33)).toBeUndefined();
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

  it('works on the types that are right or wrong as a whole', () => {
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
    expect('cbm' in grade({ ...single(), confidence: false }, { choice: 'b', confidence: 3 })).toBe(false);
    expect('cbm' in grade({ ...multi(), confidence: false }, { choices: ['a'], confidence: 3 })).toBe(false);
  });

  it('asks for certainty by default: an item without a confidence field is marked', () => {
    expect(grade(withoutConfidence(single()), { choice: 'b', confidence: 2 }).cbm).toBe(2);
    expect(grade(multi(), { choices: ['a', 'c', 'e'], confidence: 3 }).cbm).toBe(3);
    expect(grade(sct(), { value: -2, confidence: 3 }).cbm).toBe(3);
  });

  it('throws out-of-range for a certainty other than 1, 2, 3 or 0', () => {
    expectGradingError(
      () => grade(withConfidence(single()), bad({ choice: 'b', confidence: 4 })),
      'out-of-range',
      'confidence must be 1, 2, 3 or 0 (no idea), not 4',
    );
    expectGradingError(() => grade(single(), bad({ choice: 'b', confidence: -1 })), 'out-of-range');
    expectGradingError(() => grade(single(), bad({ choice: 'b', confidence: '3' })), 'out-of-range');
  });
});
