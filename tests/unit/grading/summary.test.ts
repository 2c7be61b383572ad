import { describe, expect, it } from 'vitest';
import { grade, summarize, type Grade } from '../../../src/grading/index.ts';
import { multi, single } from '../../fixtures/sample-items.ts';

const g = (score: number, cbm?: number): Grade => ({
  score,
  max: 1,
  verdict: score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial',
  feedback: [],
  ...(cbm === undefined ? {} : { cbm }),
});

describe('summarize', () => {
  it('reports an empty set with zero counts and null percent, mean and accuracies', () => {
    expect(summarize([])).toEqual({
      count: 0,
      correct: 0,
      partial: 0,
      incorrect: 0,
      score: 0,
      max: 0,
      percent: null,
      cbm: { count: 0, total: 0, mean: null },
      calibration: {
        1: { count: 0, right: 0, accuracy: null },
        2: { count: 0, right: 0, accuracy: null },
        3: { count: 0, right: 0, accuracy: null },
      },
      noIdea: { count: 0, right: 0 },
    });
  });

  it('counts verdicts and reports percent of the maximum', () => {
    const s = summarize([g(1), g(0.5), g(0), g(1)]);
    expect(s).toMatchObject({
      count: 4,
      correct: 2,
      partial: 1,
      incorrect: 1,
      score: 2.5,
      max: 4,
      percent: 62.5,
    });
  });

  it('reports the mean certainty-based mark over the grades that carry one', () => {
    const s = summarize([g(1, 3), g(0, -6), g(1, 1), g(0.5)]);
    expect(s.cbm).toEqual({ count: 3, total: -2, mean: -2 / 3 });
  });

  it('reports accuracy per certainty level (calibration)', () => {
    const s = summarize([g(1, 3), g(1, 3), g(0, -6), g(1, 2), g(0, 0), g(0, 0), g(1, 1)]);
    expect(s.calibration[3]).toEqual({ count: 3, right: 2, accuracy: 2 / 3 });
    expect(s.calibration[2]).toEqual({ count: 1, right: 1, accuracy: 1 });
    expect(s.calibration[1]).toEqual({ count: 3, right: 1, accuracy: 1 / 3 });
  });

  it('takes the certainty saved beside a grade: scaled marks count at their level, by the fraction right', () => {
    const s = summarize([
      { ...g(2 / 3, 2), certainty: 3 },
      { ...g(1, 3), certainty: 3 },
      { ...g(0.5, 0.5), certainty: 1 },
      { ...g(0, -2), certainty: 2 },
    ]);
    expect(s.calibration[3].count).toBe(2);
    expect(s.calibration[3].right).toBeCloseTo(5 / 3, 10);
    expect(s.calibration[3].accuracy).toBeCloseTo(5 / 6, 10);
    expect(s.calibration[1]).toEqual({ count: 1, right: 0.5, accuracy: 0.5 });
    expect(s.calibration[2]).toEqual({ count: 1, right: 0, accuracy: 0 });
    expect(s.cbm).toEqual({ count: 4, total: 3.5, mean: 3.5 / 4 });
  });

  it('counts "no idea" answers apart, out of calibration, and in the mean mark at 0', () => {
    const s = summarize([{ ...g(1, 0), certainty: 0 }, { ...g(0, 0), certainty: 0 }, { ...g(1, 3), certainty: 3 }]);
    expect(s.noIdea).toEqual({ count: 2, right: 1 });
    expect(s.calibration[1]).toEqual({ count: 0, right: 0, accuracy: null });
    expect(s.calibration[3]).toEqual({ count: 1, right: 1, accuracy: 1 });
    expect(s.cbm).toEqual({ count: 3, total: 3, mean: 1 });
  });

  it('leaves a scaled mark without a saved certainty out of calibration (its level cannot be told)', () => {
    const s = summarize([g(2 / 3, 1.33)]);
    expect(s.cbm.count).toBe(1);
    expect([1, 2, 3].map((l) => s.calibration[l as 1 | 2 | 3].count)).toEqual([0, 0, 0]);
  });

  it('summarises grades straight from grade()', () => {
    const item = { ...single(), confidence: true };
    const s = summarize([
      grade(item, { choice: 'b', confidence: 3 }),
      grade(item, { choice: 'a', confidence: 2 }),
      grade(multi(), { choices: ['a'] }),
    ]);
    expect(s).toMatchObject({
      count: 3,
      correct: 1,
      partial: 1,
      incorrect: 1,
      cbm: { count: 2, total: 1, mean: 0.5 },
    });
    expect(s.percent).toBeCloseTo((100 * (1 + 1 / 3)) / 3, 10);
  });
});
