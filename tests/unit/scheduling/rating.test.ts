import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { ratingFor, ratings } from '../../../src/scheduling/rating.ts';

describe('the rating of an answer', () => {
  it('uses the numbers of ts-fsrs', () => {
    expect(ratings).toEqual({ again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy });
  });

  it.each([
    ['incorrect', undefined, 'again'],
    ['incorrect', 1, 'again'],
    ['incorrect', 2, 'again'],
    ['incorrect', 3, 'again'],
    ['partial', undefined, 'hard'],
    ['partial', 1, 'hard'],
    ['partial', 3, 'hard'],
    ['correct', 1, 'hard'],
    ['correct', 2, 'good'],
    ['correct', undefined, 'good'],
    ['correct', 3, 'easy'],
    // "No idea" is a wrong-or-unknown, whatever the verdict.
    ['incorrect', 0, 'again'],
    ['partial', 0, 'again'],
    ['correct', 0, 'again'],
  ] as const)('%s at certainty %s is %s', (verdict, certainty, rating) => {
    expect(ratingFor(verdict, certainty)).toBe(ratings[rating]);
  });
});
