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
