import { describe, expect, it } from 'vitest';
import { discordantPairs, gradeOrder } from '../../../src/grading/index.ts';
import { order } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

describe('order', () => {
  it('scores the key order 1', () => {
    expect(gradeOrder(order(), { order: ['s1', 's2', 's3', 's4'] })).toMatchObject({
      score: 1,
      verdict: 'correct',
    });
  });

  it('scores the reversed order 0', () => {
    expect(gradeOrder(order(), { order: ['s4', 's3', 's2', 's1'] })).toMatchObject({
      score: 0,
      verdict: 'incorrect',
    });
  });

  it('scores 1 - discordant pairs / (n(n-1)/2)', () => {
    // One adjacent swap: 1 discordant pair of 6.
    expect(gradeOrder(order(), { order: ['s2', 's1', 's3', 's4'] }).score).toBeCloseTo(1 - 1 / 6, 12);
    // s3 moved to the front: pairs (s3,s1) and (s3,s2) discordant.
    expect(gradeOrder(order(), { order: ['s3', 's1', 's2', 's4'] }).score).toBeCloseTo(1 - 2 / 6, 12);
    expect(gradeOrder(order(), { order: ['s3', 's1', 's2', 's4'] }).verdict).toBe('partial');
  });

  it('counts discordant pairs (Kendall tau distance)', () => {
    expect(discordantPairs([0, 1, 2, 3])).toBe(0);
    expect(discordantPairs([3, 2, 1, 0])).toBe(6);
    expect(discordantPairs([1, 0, 3, 2])).toBe(2);
  });

  it('flags only the step that is out of place, with where it belongs', () => {
    const g = gradeOrder(order(), { order: ['s4', 's1', 's2', 's3'] });
    const misplaced = g.feedback.filter((f) => f.kind === 'misplaced');
    expect(misplaced).toEqual([
      {
        kind: 'misplaced',
        target: 's4',
        correct: false,
        message:
          '"Mineralisation" is out of place: you put it at position 1, it belongs at position 4 (it comes after "Osteoid deposition").',
      },
    ]);
  });

  it('says a misplaced first step comes first', () => {
    const g = gradeOrder(order(), { order: ['s2', 's3', 's4', 's1'] });
    const misplaced = g.feedback.filter((f) => f.kind === 'misplaced');
    expect(misplaced.map((f) => f.target)).toEqual(['s1']);
    expect(misplaced[0]!.message).toContain('it comes first');
  });

  it('gives the right order when the learner is not right, and no step feedback when right', () => {
    const wrong = gradeOrder(order(), { order: ['s2', 's1', 's3', 's4'] });
    expect(wrong.feedback.find((f) => f.kind === 'answer')!.message).toBe(
      'The right order: 1. Mesenchymal condensation; 2. Osteoblast differentiation; 3. Osteoid deposition; 4. Mineralisation.',
    );
    const right = gradeOrder(order(), { order: ['s1', 's2', 's3', 's4'] });
    expect(right.feedback.map((f) => f.kind)).toEqual(['explanation']);
  });

  it('throws unless the response is a permutation of all steps', () => {
    expectGradingError(
      () => gradeOrder(order(), { order: ['s1', 's2', 's3'] }),
      'incomplete',
      'order must list all 4 steps; missing: s4',
    );
    expectGradingError(
      () => gradeOrder(order(), { order: ['s1', 's1', 's2', 's3'] }),
      'duplicate-id',
      'names step "s1" twice',
    );
    expectGradingError(
      () => gradeOrder(order(), { order: ['s1', 's2', 's3', 'x'] }),
      'unknown-id',
      'order[3] "x" names no step (steps: s1, s2, s3, s4)',
    );
    expectGradingError(() => gradeOrder(order(), { order: ['s1', 's2', 's3', 's4', 's5'] }), 'unknown-id');
    expectGradingError(() => gradeOrder(order(), bad({ order: 's1' })), 'wrong-shape');
  });
});
