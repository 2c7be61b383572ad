import { describe, expect, it } from 'vitest';
import { dueAt, dueItemIds, nextDueAt } from '../../../src/scheduling/due.ts';
import type { ItemProgress, Progress, StoredCertainty, StoredVerdict } from '../../../src/schemas/progress-shape.ts';

const now = new Date('2026-03-02T09:00:00.000Z');
const item = (verdict: StoredVerdict, due: string | undefined, certainty?: StoredCertainty): ItemProgress => {
  const score = verdict === 'correct' ? 1 : verdict === 'partial' ? 0.5 : 0;
  return {
    lastResponse: {},
    lastGrade: { score, verdict },
    bestGrade: { score, verdict },
    attempts: 1,
    updatedAt: '2026-03-01T09:00:00.000Z',
    lesson: 'histology',
    ...(certainty === undefined ? {} : { certainty }),
    ...(due === undefined ? {} : { schedule: { due, stability: 1, difficulty: 5, reps: 1, lapses: 0, state: 2 as const, lastReview: '2026-03-01T09:00:00.000Z' } }),
  };
};
const progressOf = (items: Record<string, ItemProgress>): Progress => ({ version: 2, items });

describe('the due API', () => {
  it('reads an item\'s due date, and none for an item never scheduled', () => {
    expect(dueAt(item('correct', '2026-04-01T00:00:00.000Z'))).toEqual(new Date('2026-04-01T00:00:00.000Z'));
    expect(dueAt(item('correct', undefined))).toBeUndefined();
  });

  it('lists what is due now, confident errors first, then errors, then the rest by due date', () => {
    const progress = progressOf({
      'right-early': item('correct', '2026-02-01T00:00:00.000Z', 1),
      'partial-late': item('partial', '2026-03-02T08:00:00.000Z'),
      'wrong-unsure': item('incorrect', '2026-03-02T08:59:00.000Z', 1),
      'wrong-sure': item('incorrect', '2026-03-02T09:00:00.000Z', 3),
      'wrong-fairly': item('incorrect', '2026-03-01T00:00:00.000Z', 2),
      'no-idea': item('incorrect', '2026-03-01T12:00:00.000Z', 0),
      'wrong-plain': item('incorrect', '2026-02-15T00:00:00.000Z'),
      'not-yet': item('incorrect', '2026-03-02T09:00:01.000Z', 3),
      'never': item('incorrect', undefined, 3),
    });
    expect(dueItemIds(progress, now)).toEqual(['wrong-sure', 'wrong-fairly', 'wrong-plain', 'no-idea', 'wrong-unsure', 'right-early', 'partial-late']);
  });

  it('says when the next item falls due after now, and nothing when none will', () => {
    const progress = progressOf({
      a: item('correct', '2026-05-01T00:00:00.000Z'),
      b: item('correct', '2026-03-09T00:00:00.000Z'),
      c: item('incorrect', '2026-03-01T00:00:00.000Z'),
    });
    expect(nextDueAt(progress, now)).toEqual(new Date('2026-03-09T00:00:00.000Z'));
    expect(nextDueAt(progressOf({ c: progress.items.c! }), now)).toBeUndefined();
    expect(nextDueAt(progressOf({}), now)).toBeUndefined();
  });
});
