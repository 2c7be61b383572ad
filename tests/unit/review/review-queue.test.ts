// The review queue's rules (src/islands/review-queue.ts): interleaving by lesson and type, study ahead, coming days.
import { describe, expect, it } from 'vitest';
import { comingDays, interleave, studyAheadIds } from '../../../src/islands/review-queue.ts';
import type { ItemProgress, Progress } from '../../../src/stores/progress-format.ts';

describe('interleave', () => {
  const info: Record<string, { lesson: string; type: string }> = {
    a1: { lesson: 'a', type: 'single' },
    a2: { lesson: 'a', type: 'single' },
    a3: { lesson: 'a', type: 'order' },
    b1: { lesson: 'b', type: 'single' },
    b2: { lesson: 'b', type: 'order' },
    c1: { lesson: 'c', type: 'multi' },
  };
  const of = (id: string) => info[id];

  it('never puts two items of one lesson or one type side by side when another order allows it', () => {
    const order = interleave(['a1', 'a2', 'a3', 'b1', 'b2', 'c1'], of);
    expect([...order].sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'c1']);
    for (let i = 1; i < order.length; i++) expect(of(order[i]!)!.lesson, order.join(' ')).not.toBe(of(order[i - 1]!)!.lesson);
    expect(order[0]).toBe('a1'); // the most urgent still comes first
  });
  it('keeps urgency order where nothing needs mixing, and puts up with neighbours when nothing else is left', () => {
    expect(interleave(['b1', 'c1'], of)).toEqual(['b1', 'c1']);
    expect(interleave(['a1', 'a2'], of)).toEqual(['a1', 'a2']);
    expect(interleave([], of)).toEqual([]);
  });
});

const entry = (due: string | undefined, verdict: 'correct' | 'incorrect' = 'correct'): ItemProgress =>
  ({
    lastResponse: {},
    lastGrade: { score: verdict === 'correct' ? 1 : 0, verdict },
    bestGrade: { score: verdict === 'correct' ? 1 : 0, verdict },
    attempts: 1,
    updatedAt: '2026-12-01T08:00:00.000Z',
    lesson: 'a',
    ...(due ? { schedule: { due } } : {}),
  }) as ItemProgress;
const saved: Progress = {
  version: 2,
  items: {
    week: entry('2026-12-09T08:00:00.000Z'),
    tomorrow: entry('2026-12-03T08:00:00.000Z'),
    tomorrowLate: entry('2026-12-03T10:00:00.000Z'),
    never: entry(undefined),
    now: entry(undefined, 'incorrect'),
  },
};
const now = new Date('2026-12-02T12:00:00.000Z');

describe('studyAheadIds', () => {
  it('takes the next items not yet due by due date, leaving out those already queued', () => {
    expect(studyAheadIds(saved, now, 2, new Set())).toEqual(['tomorrow', 'tomorrowLate']);
    expect(studyAheadIds(saved, now, 5, new Set(['tomorrow']))).toEqual(['tomorrowLate', 'week']);
    expect(studyAheadIds(saved, now, 0, new Set())).toEqual([]);
  });
});

describe('comingDays', () => {
  it('counts the items falling due on each coming day, with the first time that day', () => {
    const days = comingDays(saved, now);
    expect(days.map((d) => d.count)).toEqual([2, 1]);
    expect(days.map((d) => d.first.toISOString())).toEqual(['2026-12-03T08:00:00.000Z', '2026-12-09T08:00:00.000Z']);
  });
});
