/**
 * How an answer rates for the scheduler: a pure function of the verdict and the certainty. Tiny,
 * no ts-fsrs import; the numbers are FSRS's ratings (a unit test checks them against ts-fsrs).
 */
import type { StoredCertainty, StoredVerdict } from '../schemas/progress-shape.ts';

export const ratings = { again: 1, hard: 2, good: 3, easy: 4 } as const;
export type ReviewRating = (typeof ratings)[keyof typeof ratings];

/**
 * Wrong, or "no idea" (certainty 0: a wrong-or-unknown), is Again: due at once, and a confident
 * error comes first in the queue (see due.ts). Partial credit is Hard. Right is Hard at certainty 1
 * (a lucky guess comes back sooner), Good at certainty 2 or when no certainty was asked, Easy at 3.
 */
export function ratingFor(verdict: StoredVerdict, certainty?: StoredCertainty): ReviewRating {
  if (verdict === 'incorrect' || certainty === 0) return ratings.again;
  if (verdict === 'partial') return ratings.hard;
  if (certainty === 1) return ratings.hard;
  if (certainty === 3) return ratings.easy;
  return ratings.good;
}
