import { describe, expect, it } from 'vitest';
import { gradeTwoTier } from '../../../src/grading/index.ts';
import { twoTier } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

const tier = (g: ReturnType<typeof gradeTwoTier>) => g.feedback.find((f) => f.kind === 'tier')!;

describe('twoTier', () => {
  it('scores 1 only when answer and reason are both right', () => {
    const g = gradeTwoTier(twoTier(), { choice: 'a', reason: 'r1' });
    expect(g).toMatchObject({ score: 1, verdict: 'correct' });
    expect(tier(g)).toEqual({ kind: 'tier', correct: true, message: 'Right answer, right reason.' });
  });

  it('scores "right answer, wrong reason" 0 and says so', () => {
    const g = gradeTwoTier(twoTier(), { choice: 'a', reason: 'r2' });
    expect(g).toMatchObject({ score: 0, verdict: 'incorrect' });
    expect(tier(g)).toMatchObject({ target: 'reason', correct: false });
    expect(tier(g).message).toBe(
      'Right answer, wrong reason. The reason that holds: Imprinting in the proximal tubule',
    );
  });

  it('scores "right reason, wrong answer" 0 and says so', () => {
    const g = gradeTwoTier(twoTier(), { choice: 'b', reason: 'r1' });
    expect(g.score).toBe(0);
    expect(tier(g)).toMatchObject({ target: 'answer', correct: false });
    expect(tier(g).message).toBe('Right reason, wrong answer. The answer that follows from it: Father');
  });

  it('names both keys when both tiers are wrong', () => {
    const g = gradeTwoTier(twoTier(), { choice: 'b', reason: 'r2' });
    expect(g.score).toBe(0);
    expect(tier(g).message).toBe(
      'Wrong answer and wrong reason. The answer: Father. The reason: Imprinting in the proximal tubule',
    );
  });

  it('gives the feedback of the chosen option and of the chosen reason', () => {
    const g = gradeTwoTier(twoTier(), { choice: 'b', reason: 'r1' });
    expect(g.feedback.slice(0, 2)).toEqual([
      {
        kind: 'option',
        target: 'b',
        correct: false,
        message: 'Wrong: maternal gives AHO with PTH resistance.',
      },
      {
        kind: 'reason',
        target: 'r1',
        correct: true,
        message: 'Right: hormone resistance needs the maternal allele.',
      },
    ]);
    expect(g.feedback.at(-1)!.kind).toBe('explanation');
  });

  it('throws for an unknown option or reason, or a missing tier', () => {
    expectGradingError(
      () => gradeTwoTier(twoTier(), { choice: 'c', reason: 'r1' }),
      'unknown-id',
      'choice "c" names no option (options: a, b)',
    );
    expectGradingError(
      () => gradeTwoTier(twoTier(), { choice: 'a', reason: 'r3' }),
      'unknown-id',
      'reason "r3" names no reason (reasons: r1, r2)',
    );
    expectGradingError(() => gradeTwoTier(twoTier(), bad({ choice: 'a' })), 'wrong-shape', 'needs "reason"');
  });
});
