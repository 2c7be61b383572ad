/**
 * A summary of a set of grades: percent, mean certainty-based mark, and
 * accuracy per certainty level (calibration).
 */
import { certaintyLevels, cbmOutcome } from './certainty.ts';
import type { Certainty, Grade } from './types.ts';

export interface CalibrationLevel {
  /** Graded answers given at this certainty. */
  count: number;
  /** Of those, how many were right. */
  right: number;
  /** right / count, or null when none was given at this certainty. */
  accuracy: number | null;
}

export interface Summary {
  /** Number of grades. */
  count: number;
  correct: number;
  partial: number;
  incorrect: number;
  /** Sum of scores and of maxima. */
  score: number;
  max: number;
  /** 100 × score / max, or null for an empty set. */
  percent: number | null;
  /** Certainty-based marking over the grades that carry a `cbm`. */
  cbm: {
    count: number;
    total: number;
    /** total / count, or null when no grade carries a mark. */
    mean: number | null;
  };
  /** Accuracy at certainty 1, 2 and 3: a calibrated learner is right more often when surer. */
  calibration: Record<Certainty, CalibrationLevel>;
}

type Gradeish = Pick<Grade, 'score' | 'max' | 'verdict'> & { cbm?: number | undefined };

export function summarize(grades: readonly Gradeish[]): Summary {
  const calibration = Object.fromEntries(
    certaintyLevels.map((level) => [level, { count: 0, right: 0, accuracy: null }]),
  ) as unknown as Record<Certainty, CalibrationLevel>;
  const summary: Summary = {
    count: grades.length,
    correct: 0,
    partial: 0,
    incorrect: 0,
    score: 0,
    max: 0,
    percent: null,
    cbm: { count: 0, total: 0, mean: null },
    calibration,
  };
  for (const grade of grades) {
    summary[grade.verdict]++;
    summary.score += grade.score;
    summary.max += grade.max;
    if (typeof grade.cbm === 'number') {
      const outcome = cbmOutcome(grade.cbm);
      summary.cbm.count++;
      summary.cbm.total += grade.cbm;
      if (outcome) {
        const level = calibration[outcome.certainty];
        level.count++;
        if (outcome.right) level.right++;
      }
    }
  }
  if (summary.max > 0) summary.percent = (100 * summary.score) / summary.max;
  if (summary.cbm.count > 0) summary.cbm.mean = summary.cbm.total / summary.cbm.count;
  for (const level of certaintyLevels) {
    const entry = calibration[level];
    if (entry.count > 0) entry.accuracy = entry.right / entry.count;
  }
  return summary;
}
