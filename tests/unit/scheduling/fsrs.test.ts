import fc from 'fast-check';
import { createEmptyCard, fsrs, generatorParameters, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { nextSchedule } from '../../../src/scheduling/fsrs.ts';
import { ratingFor } from '../../../src/scheduling/rating.ts';
import type { Schedule, StoredCertainty, StoredVerdict } from '../../../src/schemas/progress-shape.ts';
import { isProgress } from '../../../src/stores/progress-format.ts';

const at = new Date('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);
const dueOf = (schedule: Schedule) => new Date(schedule.due).getTime();

describe('scheduling an answer (fixed dates)', () => {
  it('makes a wrong answer due at once, whatever the certainty', () => {
    for (const certainty of [undefined, 0, 1, 2, 3] as const) {
      const schedule = nextSchedule(undefined, 'incorrect', certainty, at);
      expect(schedule.due, `certainty ${certainty}`).toBe(at.toISOString());
      expect(schedule.lastReview).toBe(at.toISOString());
    }
  });

  it('makes "no idea" due at once even when the answer was right', () => {
    expect(nextSchedule(undefined, 'correct', 0, at).due).toBe(at.toISOString());
  });

  it('brings a confident right answer back not tomorrow but within some months', () => {
    const schedule = nextSchedule(undefined, 'correct', 3, at);
    expect(dueOf(schedule)).toBeGreaterThan(plus(at, DAY).getTime());
    expect(dueOf(schedule)).toBeLessThan(plus(at, 120 * DAY).getTime());
    expect(schedule).toEqual({ due: '2026-03-10T09:00:00.000Z', stability: 8.3, difficulty: 1, reps: 1, lapses: 0, state: 2, lastReview: at.toISOString() });
  });

  it('brings a right answer at low certainty back sooner than at higher certainty, and partial credit between wrong and right', () => {
    const due = (verdict: StoredVerdict, certainty?: StoredCertainty) => dueOf(nextSchedule(undefined, verdict, certainty, at));
    expect(due('incorrect', 3)).toBeLessThan(due('partial', 2));
    expect(due('partial', 2)).toBeLessThan(due('correct', 2));
    expect(due('correct', 1)).toBeLessThan(due('correct', 2));
    expect(due('correct', 2)).toBeLessThan(due('correct', 3));
    expect(due('correct')).toBe(due('correct', 2));
  });

  it('spaces an item further each time it is remembered, and brings it back at once after a lapse', () => {
    let schedule = nextSchedule(undefined, 'correct', 2, at);
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const reviewed = new Date(schedule.due);
      const next = nextSchedule(schedule, 'correct', 2, reviewed);
      gaps.push(dueOf(next) - reviewed.getTime());
      schedule = next;
    }
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(gaps[3]).toBeGreaterThan(30 * DAY);
    const lapsed = nextSchedule(schedule, 'incorrect', 3, new Date(schedule.due));
    expect(lapsed).toMatchObject({ due: schedule.due, lapses: 1, reps: schedule.reps + 1 });
  });

  it('saves floats to 2 decimals and stays valid progress', () => {
    const schedule = nextSchedule(nextSchedule(undefined, 'partial', 1, at), 'correct', 2, plus(at, 3 * DAY));
    for (const n of [schedule.stability, schedule.difficulty]) expect(Math.round(n * 100) / 100).toBe(n);
    const item = { lastResponse: {}, lastGrade: { score: 1, verdict: 'correct' }, bestGrade: { score: 1, verdict: 'correct' }, attempts: 2, updatedAt: at.toISOString(), lesson: 'histology', schedule };
    expect(isProgress({ version: 2, items: { q: item } })).toBe(true);
  });

  it('gives, from the saved (rounded) card, the dates ts-fsrs gives from its full card, within a day (property)', () => {
    const f = fsrs(generatorParameters({ enable_fuzz: false, learning_steps: ['1m'], relearning_steps: ['1m'] }));
    const answer = fc.record({
      verdict: fc.constantFrom<StoredVerdict>('correct', 'partial', 'incorrect'),
      certainty: fc.constantFrom<StoredCertainty | undefined>(undefined, 0, 1, 2, 3),
      // When the learner comes back: early, on the day, or late.
      lateness: fc.double({ min: 0, max: 3, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 8 }), (answers) => {
        let saved: Schedule | undefined;
        let card: Card = createEmptyCard(at);
        let when = at;
        for (const { verdict, certainty, lateness } of answers) {
          saved = nextSchedule(saved, verdict, certainty, when);
          const rating = ratingFor(verdict, certainty);
          card = f.next(card, when, rating).card;
          const fullDue = rating === 1 ? when.getTime() : card.due.getTime();
          // Intervals are whole days: a stability rounded to 2 decimals may tip one across a day boundary.
          expect(Math.abs(dueOf(saved) - fullDue)).toBeLessThanOrEqual(DAY + 0.02 * (fullDue - when.getTime()));
          expect(saved.reps).toBe(card.reps);
          expect(saved.lapses).toBe(card.lapses);
          expect(saved.state).toBe(card.state);
          const gap = Math.max(60_000, dueOf(saved) - when.getTime());
          when = new Date(when.getTime() + Math.round(gap * lateness));
        }
      }),
      { numRuns: 500 },
    );
  });
});
