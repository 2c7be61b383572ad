// The placeholder due rules (src/scheduling/due.ts) with fixed dates: wrong or partly right is due
// at its last attempt, right is never due, a format-2 schedule.due wins; most urgent first.
import { describe, expect, it } from 'vitest';
import { dueAt, dueItemIds, nextDueAt } from '../../../src/scheduling/due.ts';
import type { ItemProgress, Progress } from '../../../src/stores/progress-format.ts';

const grade = (verdict: 'correct' | 'partial' | 'incorrect') => ({ score: verdict === 'correct' ? 1 : verdict === 'partial' ? 0.5 : 0, verdict });
function entry(verdict: 'correct' | 'partial' | 'incorrect', updatedAt: string, extra: Partial<ItemProgress> & { schedule?: { due: string } } = {}): ItemProgress {
  return { lastResponse: {}, lastGrade: grade(verdict), bestGrade: grade(verdict), attempts: 1, updatedAt, lesson: 'the-case', ...extra };
}
const progress = (items: Record<string, ItemProgress>): Progress => ({ version: 1, items });
const now = new Date('2026-12-02T12:00:00.000Z');

describe('dueAt', () => {
  it('is the last attempt for an item not yet right, never for one answered right', () => {
    expect(dueAt(entry('incorrect', '2026-12-01T08:00:00.000Z'))?.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(dueAt(entry('partial', '2026-12-01T09:00:00.000Z'))?.toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect(dueAt(entry('correct', '2026-12-01T08:00:00.000Z'))).toBeUndefined();
  });
  it('follows a schedule when the entry carries one', () => {
    expect(dueAt(entry('correct', '2026-12-01T08:00:00.000Z', { schedule: { due: '2026-12-09T08:00:00.000Z' } }))?.toISOString()).toBe('2026-12-09T08:00:00.000Z');
  });
});

describe('dueItemIds and nextDueAt', () => {
  const saved = progress({
    later: entry('correct', '2026-12-01T08:00:00.000Z', { schedule: { due: '2026-12-05T08:00:00.000Z' } }),
    soon: entry('correct', '2026-12-01T08:00:00.000Z', { schedule: { due: '2026-12-03T08:00:00.000Z' } }),
    right: entry('correct', '2026-12-01T08:00:00.000Z'),
    wrong: entry('incorrect', '2026-12-01T07:00:00.000Z'),
    sure: entry('incorrect', '2026-12-01T10:00:00.000Z', { certainty: 3 }),
    partly: entry('partial', '2026-12-01T06:00:00.000Z'),
    overdue: entry('correct', '2026-11-20T08:00:00.000Z', { schedule: { due: '2026-11-30T08:00:00.000Z' } }),
  });
  it('lists what is due now, confident errors first, then errors by due date, then the rest', () => {
    expect(dueItemIds(saved, now)).toEqual(['sure', 'partly', 'wrong', 'overdue']);
  });
  it('gives the earliest due time after now', () => {
    expect(nextDueAt(saved, now)?.toISOString()).toBe('2026-12-03T08:00:00.000Z');
    expect(nextDueAt(progress({ wrong: entry('incorrect', '2026-12-01T07:00:00.000Z') }), now)).toBeUndefined();
  });
});
