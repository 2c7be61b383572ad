// The store schedules every graded try without a hint (src/scheduling/fsrs.ts, loaded at the first grade).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as fsrsModule from '../../../src/scheduling/fsrs.ts';
import { dueItemIds } from '../../../src/scheduling/due.ts';
import { presentMode } from '../../../src/stores/mode.ts';
import { PROGRESS_KEY, isProgress } from '../../../src/stores/progress-format.ts';
import { createProgressStore, type GradedAttempt, type ProgressStore, type Scheduler } from '../../../src/stores/progress.ts';
import { MemoryStorage } from './memory-storage.ts';

const noEvents = { addEventListener() {}, removeEventListener() {} };
const t0 = new Date('2026-03-02T09:00:00.000Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const DAY = 86_400_000;

const attempt = (id: string, score: number, confidence?: 0 | 1 | 2 | 3, hinted?: boolean): GradedAttempt => ({
  item: { id, type: 'single' },
  lesson: 'histology',
  response: confidence === undefined ? { choice: 'a' } : { choice: 'a', confidence },
  grade: { score, max: 1, verdict: score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial', feedback: [] },
  ...(hinted === undefined ? {} : { hinted }),
});

let storage: MemoryStorage;
let stop: (() => void) | undefined;
/** A scheduler that loads only when the test says so, to see what is written before and after. */
let release: () => void;
let loads: number;

function open(held = false): ProgressStore {
  loads = 0;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const loadScheduler = async (): Promise<Scheduler> => {
    loads++;
    if (held) await gate;
    return fsrsModule;
  };
  const store = createProgressStore(storage, noEvents, () => t0, { loadScheduler });
  stop = store.progress.listen(() => {});
  return store;
}
const stored = () => JSON.parse(storage.getItem(PROGRESS_KEY)!);

beforeEach(() => {
  storage = new MemoryStorage();
  presentMode.set(false);
});
afterEach(() => stop?.());

describe('scheduling in the store', () => {
  it('writes the schedule right after the first grade, once the scheduler has loaded', async () => {
    const store = open(true);
    const heard: unknown[] = [];
    store.onRecorded((_, entry) => heard.push(entry));
    const entry = store.recordGrade(attempt('q', 0, 3), t0);
    // The record is saved at once and told; its schedule follows.
    expect(entry).not.toHaveProperty('schedule');
    expect(heard).toEqual([entry]);
    expect(stored().items.q).toEqual(entry);
    release();
    await store.settled();
    expect(loads).toBe(1);
    expect(stored().items.q.schedule).toMatchObject({ due: t0.toISOString(), lastReview: t0.toISOString(), reps: 1 });
    expect(isProgress(stored())).toBe(true);
    expect(dueItemIds(stored(), t0)).toEqual(['q']);
  });

  it('once loaded, saves the record and its schedule in one write', async () => {
    const store = open();
    store.recordGrade(attempt('warm-up', 1), t0);
    await store.settled();
    const entry = store.recordGrade(attempt('q', 1, 3), minutes(1));
    expect(entry?.schedule).toEqual(fsrsModule.nextSchedule(undefined, 'correct', 3, minutes(1)));
    expect(stored().items.q).toEqual(entry);
    // A confident right answer: not due tomorrow, due within months.
    const due = new Date(entry!.schedule!.due).getTime();
    expect(due).toBeGreaterThan(minutes(1).getTime() + DAY);
    expect(due).toBeLessThan(minutes(1).getTime() + 120 * DAY);
  });

  it('schedules tries made before the scheduler loaded in their order, each from the one before', async () => {
    const store = open(true);
    store.recordGrade(attempt('q', 0, 2), t0);
    store.recordGrade(attempt('q', 1, 2), minutes(5));
    release();
    await store.settled();
    const first = fsrsModule.nextSchedule(undefined, 'incorrect', 2, t0);
    expect(stored().items.q.schedule).toEqual(fsrsModule.nextSchedule(first, 'correct', 2, minutes(5)));
    expect(stored().items.q).toMatchObject({ attempts: 2, lastGrade: { score: 1 }, bestGrade: { score: 1 } });
  });

  it('leaves the schedule as the first try set it when the learner saw a hint', async () => {
    const store = open();
    store.recordGrade(attempt('q', 0, 1), t0);
    await store.settled();
    const first = stored().items.q.schedule;
    const hinted = store.recordGrade(attempt('q', 1, 3, true), minutes(2));
    await store.settled();
    expect(hinted?.schedule).toEqual(first);
    expect(stored().items.q).toMatchObject({ attempts: 2, lastGrade: { score: 1 }, bestGrade: { score: 1 }, schedule: first });
    // A hinted first try saves the grade but schedules nothing.
    store.recordGrade(attempt('r', 1, undefined, true), minutes(3));
    await store.settled();
    expect(stored().items.r).not.toHaveProperty('schedule');
  });

  it('saves "no idea" as certainty 0, and schedules it as an error', async () => {
    const store = open();
    store.recordGrade(attempt('q', 1, 0), t0);
    await store.settled();
    expect(stored().items.q).toMatchObject({ certainty: 0, schedule: { due: t0.toISOString() } });
  });

  it('loads no scheduler until a grade is recorded, and none in projector mode', async () => {
    const store = open();
    await store.settled();
    expect(loads).toBe(0);
    presentMode.set(true);
    expect(store.recordGrade(attempt('q', 0), t0)).toBeUndefined();
    await store.settled();
    expect(loads).toBe(0);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('keeps the grade when the scheduler cannot load (offline), and schedules the next grade', async () => {
    let fail = true;
    const store = createProgressStore(storage, noEvents, () => t0, {
      loadScheduler: async () => {
        if (fail) throw new Error('offline');
        return fsrsModule;
      },
    });
    stop = store.progress.listen(() => {});
    store.recordGrade(attempt('q', 0), t0);
    await store.settled();
    expect(stored().items.q).toMatchObject({ attempts: 1 });
    expect(stored().items.q).not.toHaveProperty('schedule');
    fail = false;
    store.recordGrade(attempt('q', 1), minutes(1));
    await store.settled();
    expect(stored().items.q.schedule).toMatchObject({ lastReview: minutes(1).toISOString() });
  });
});
