/**
 * What the progress and review pages show, derived from the progress store with
 * `computed`: never stored.
 */
import { computed } from 'nanostores';
import { summarize, type Summary } from '../grading/summary.ts';
import { progress } from './progress.ts';
import type { ItemProgress, Progress } from './progress-format.ts';

export interface LessonScore {
  /** Items answered at least once. */
  done: number;
  correct: number;
  /** Sum of last scores (each 0-1). */
  score: number;
}

export function lessonScoresOf(value: Progress): Record<string, LessonScore> {
  const scores: Record<string, LessonScore> = {};
  for (const entry of Object.values(value.items)) {
    const lesson = (scores[entry.lesson] ??= { done: 0, correct: 0, score: 0 });
    lesson.done++;
    lesson.score += entry.lastGrade.score;
    if (entry.lastGrade.verdict === 'correct') lesson.correct++;
  }
  return scores;
}

/**
 * Percent, mean certainty-based mark and calibration over every item's last grade, at the
 * certainty saved beside it (a scaled mark such as 1.33 cannot say its certainty; "no idea",
 * certainty 0, is counted apart from calibration).
 */
export function calibrationOf(value: Progress): Summary {
  return summarize(
    Object.values(value.items).map((entry) => ({ ...entry.lastGrade, max: 1 as const, certainty: entry.certainty })),
  );
}

/** Ids of items whose last answer was wrong or partly right, newest first. */
export function toReviewOf(value: Progress): string[] {
  return Object.entries(value.items)
    .filter(([, entry]: [string, ItemProgress]) => entry.lastGrade.verdict !== 'correct')
    .sort(([, a], [, b]) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .map(([id]) => id);
}

export const lessonScores = computed(progress, lessonScoresOf);
export const calibration = computed(progress, calibrationOf);
export const toReview = computed(progress, toReviewOf);
