/**
 * A summary of a set of grades: percent, mean certainty-based mark, and
 * accuracy per certainty level (calibration), with "no idea" answers counted apart.
 */
import { certaintyLevels, cbmOutcome, isCertainty } from './certainty.ts';
import type { Certainty, CertaintyLevel, Grade } from './types.ts';

export interface CalibrationLevel {
  /** Graded answers given at this certainty. */
  count: number;
  /** Of those, how many were right: a partly right answer counts by its score (two thirds right adds 0.67). */
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
  /** Certainty-based marking over the grades that carry a `cbm` ("no idea" included, at 0). */
  cbm: {
    count: number;
    total: number;
    /** total / count, or null when no grade carries a mark. */
    mean: number | null;
  };
  /** Accuracy at certainty 1, 2 and 3: a calibrated learner is right more often when surer. */
  calibration: Record<CertaintyLevel, CalibrationLevel>;
  /** Answers given with "no idea": counted here, kept out of calibration (they claim no chance of being right). */
  noIdea: { count: number; right: number };
}

/**
 * A grade, and the certainty it was given at when known (a saved record keeps it beside the
 * grade). Without one, the certainty is read back from a whole binary mark (1, 2, 3, 0, -2, -6).
 */
export type Gradeish = Pick<Grade, 'score' | 'max' | 'verdict'> & { cbm?: number | undefined; certainty?: Certainty | undefined };

function certaintyOf(grade: Gradeish & { cbm: number }): Certainty | undefined {
  if (isCertainty(grade.certainty)) return grade.certainty;
  return cbmOutcome(grade.cbm)?.certainty;
}

export function summarize(grades: readonly Gradeish[]): Summary {
  const calibration = Object.fromEntries(
    certaintyLevels.map((level) => [level, { count: 0, right: 0, accuracy: null }]),
  ) as unknown as Record<CertaintyLevel, CalibrationLevel>;
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
    noIdea: { count: 0, right: 0 },
  };
  for (const grade of grades) {
    summary[grade.verdict]++;
    summary.score += grade.score;
    summary.max += grade.max;
    if (typeof grade.cbm !== 'number') continue;
    summary.cbm.count++;
    summary.cbm.total += grade.cbm;
    const certainty = certaintyOf({ ...grade, cbm: grade.cbm });
    if (certainty === undefined) continue;
    const level = certainty === 0 ? summary.noIdea : calibration[certainty];
    level.count++;
    level.right += grade.score / grade.max;
  }
  if (summary.max > 0) summary.percent = (100 * summary.score) / summary.max;
  if (summary.cbm.count > 0) summary.cbm.mean = summary.cbm.total / summary.cbm.count;
  for (const level of certaintyLevels) {
    const entry = calibration[level];
    if (entry.count > 0) entry.accuracy = entry.right / entry.count;
  }
  return summary;
}
