import { describe, expect, it } from 'vitest';
import { calibrationOf, lessonScoresOf, toReviewOf } from '../../../src/stores/summaries.ts';
import type { ItemProgress, Progress, StoredGrade } from '../../../src/stores/progress-format.ts';

const entry = (lesson: string, grade: StoredGrade, updatedAt = '2025-01-01T00:00:00.000Z'): ItemProgress => ({
  lastResponse: {},
  lastGrade: grade,
  bestGrade: grade,
  attempts: 1,
  updatedAt,
  lesson,
});

const progress: Progress = {
  version: 2,
  items: {
    a: entry('the-case', { score: 1, verdict: 'correct', cbm: 3 }),
    b: entry('the-case', { score: 0, verdict: 'incorrect', cbm: -6 }, '2025-02-01T00:00:00.000Z'),
    c: entry('genetics', { score: 0.5, verdict: 'partial' }, '2025-03-01T00:00:00.000Z'),
    d: entry('genetics', { score: 1, verdict: 'correct', cbm: 1 }),
  },
};

describe('derived progress', () => {
  it('scores each lesson from the last grades', () => {
    expect(lessonScoresOf(progress)).toEqual({
      'the-case': { done: 2, correct: 1, score: 1 },
      genetics: { done: 2, correct: 1, score: 1.5 },
    });
  });

  it('reports accuracy at each certainty and the mean certainty-based mark', () => {
    const summary = calibrationOf(progress);
    expect(summary.cbm).toEqual({ count: 3, total: -2, mean: -2 / 3 });
    expect(summary.calibration[3]).toEqual({ count: 2, right: 1, accuracy: 0.5 });
    expect(summary.calibration[1]).toEqual({ count: 1, right: 1, accuracy: 1 });
    expect(summary.calibration[2]).toEqual({ count: 0, right: 0, accuracy: null });
    expect(summary.percent).toBe(62.5);
  });

  it('reads each mark at the certainty saved beside it: a scaled mark at its level, "no idea" apart', () => {
    const saved = (grade: StoredGrade, certainty: number): ItemProgress => ({ ...entry('histology', grade), certainty: certainty as 1 });
    const summary = calibrationOf({
      version: progress.version,
      items: {
        m: saved({ score: 2 / 3, verdict: 'partial', cbm: 1.33 }, 2),
        n: saved({ score: 1, verdict: 'correct', cbm: 0 }, 0),
        o: saved({ score: 0, verdict: 'incorrect', cbm: 0 }, 1),
      },
    });
    expect(summary.calibration[2].count).toBe(1);
    expect(summary.calibration[2].accuracy).toBeCloseTo(2 / 3, 10);
    expect(summary.calibration[1]).toEqual({ count: 1, right: 0, accuracy: 0 });
    expect(summary.noIdea).toEqual({ count: 1, right: 1 });
    expect(summary.cbm).toEqual({ count: 3, total: 1.33, mean: 1.33 / 3 });
  });

  it('lists items to review (wrong or partly right), newest first', () => {
    expect(toReviewOf(progress)).toEqual(['c', 'b']);
  });
});
