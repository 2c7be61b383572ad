// Version-1 progress (tests/fixtures/progress-v1.json, written from the format of commit 77ee926:
// every lesson, right, wrong, partial, re-answered and certainty-marked items) migrates on load.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { progressSchema, progressV1Schema } from '../../../src/schemas/progress.ts';
import * as fsrsModule from '../../../src/scheduling/fsrs.ts';
import { PROGRESS_KEY, V1_BACKUP_KEY, type ItemProgress, type ProgressV1 } from '../../../src/stores/progress-format.ts';
import { exportProgress, importProgress } from '../../../src/stores/progress-transfer.ts';
import { createProgressStore, type GradedAttempt, type ProgressStore, type Scheduler } from '../../../src/stores/progress.ts';
import { presentMode } from '../../../src/stores/mode.ts';
import { MemoryStorage } from './memory-storage.ts';

const v1Text = readFileSync(new URL('../../fixtures/progress-v1.json', import.meta.url), 'utf8');
const v1 = JSON.parse(v1Text) as ProgressV1;
/** As the version-1 store saved it: compact JSON. */
const v1Saved = JSON.stringify(v1);
const noEvents = { addEventListener() {}, removeEventListener() {} };
const now = new Date('2026-12-01T12:00:00.000Z');

let storage: MemoryStorage;
let stop: (() => void) | undefined;
let release: () => void;

function open(held = false): ProgressStore {
  const gate = new Promise<void>((resolve) => (release = resolve));
  const loadScheduler = async (): Promise<Scheduler> => {
    if (held) await gate;
    return fsrsModule;
  };
  const store = createProgressStore(storage, noEvents, () => now, { loadScheduler });
  stop = store.progress.listen(() => {});
  return store;
}
const stored = () => JSON.parse(storage.getItem(PROGRESS_KEY)!);
const keys = () => Array.from({ length: storage.length }, (_, i) => storage.key(i)!).sort();

/** Every field version 1 saved is kept as it was, and the item is scheduled from its last grade at its last attempt. */
function expectMigrated(items: Record<string, ItemProgress>) {
  for (const [id, old] of Object.entries(v1.items)) {
    const { schedule, ...rest } = items[id]!;
    expect(rest, id).toEqual(old);
    expect(schedule, id).toEqual(fsrsModule.nextSchedule(undefined, old.lastGrade.verdict, old.certainty, new Date(old.updatedAt)));
  }
}

beforeEach(() => {
  storage = new MemoryStorage();
  presentMode.set(false);
});
afterEach(() => stop?.());

describe('the version-1 fixture', () => {
  it('is version-1 progress covering every lesson, with right, wrong, partial and re-answered items', () => {
    expect(progressV1Schema.safeParse(v1).success).toBe(true);
    const entries = Object.values(v1.items);
    expect(new Set(entries.map((e) => e.lesson))).toEqual(new Set(['the-case', 'differential-diagnosis', 'histology', 'genetics']));
    expect(new Set(entries.map((e) => e.lastGrade.verdict))).toEqual(new Set(['correct', 'partial', 'incorrect']));
    expect(entries.filter((e) => e.bestGrade.score > e.lastGrade.score).length).toBeGreaterThan(5);
    expect(entries.filter((e) => e.certainty !== undefined).length).toBeGreaterThan(5);
  });
});

describe('migrating version-1 progress on load', () => {
  it('keeps every item\'s last and best grade, schedules each item, and lets the kept copy go once read back', async () => {
    storage.setItem(PROGRESS_KEY, v1Saved);
    const store = open(true);
    // Readable at once, in version 2's words; the old record is kept aside before anything is written.
    expect(store.progress.get()).toEqual({ version: 2, items: v1.items });
    expect(storage.getItem(V1_BACKUP_KEY)).toBe(v1Saved);
    expect(storage.getItem(PROGRESS_KEY)).toBe(v1Saved);
    release();
    await store.settled();
    const migrated = stored();
    expect(progressSchema.safeParse(migrated).success).toBe(true);
    expect(Object.keys(migrated.items).sort()).toEqual(Object.keys(v1.items).sort());
    expectMigrated(migrated.items);
    expect(store.progress.get()).toEqual(migrated);
    expect(keys()).toEqual([PROGRESS_KEY]);
    expect(store.notices.get()).toEqual([]);
  });

  it('keeps an answer given before the migration is written', async () => {
    storage.setItem(PROGRESS_KEY, v1Saved);
    const store = open(true);
    const id = Object.keys(v1.items)[0]!;
    const answer: GradedAttempt = { item: { id, type: 'single' }, lesson: v1.items[id]!.lesson, response: { choice: 'z' }, grade: { score: 0, max: 1, verdict: 'incorrect', feedback: [] } };
    store.recordGrade(answer, now);
    store.recordGrade({ ...answer, item: { id: 'brand-new', type: 'single' } }, now);
    release();
    await store.settled();
    const items = stored().items;
    expect(items[id]).toMatchObject({ attempts: v1.items[id]!.attempts + 1, lastGrade: { score: 0 }, bestGrade: v1.items[id]!.bestGrade, updatedAt: now.toISOString() });
    // Scheduled as migrated first, then by the new answer on top.
    const old = v1.items[id]!;
    const migrated = fsrsModule.nextSchedule(undefined, old.lastGrade.verdict, old.certainty, new Date(old.updatedAt));
    expect(items[id].schedule).toEqual(fsrsModule.nextSchedule(migrated, 'incorrect', undefined, now));
    expect(items[id].schedule.reps).toBe(2);
    expect(items['brand-new'].schedule.lastReview).toBe(now.toISOString());
    const { [id]: _, 'brand-new': __, ...rest } = items;
    expectMigrated({ ...rest, [id]: { ...old, schedule: migrated } });
    expect(keys()).toEqual([PROGRESS_KEY]);
  });

  it('keeps the old record aside when the new one cannot be written, and finishes on a later visit', async () => {
    storage.setItem(PROGRESS_KEY, v1Saved);
    // Room for the kept copy, not for the larger version-2 record.
    storage.quota = 2 * (v1Saved.length + PROGRESS_KEY.length) + 100;
    const store = open();
    await store.settled();
    expect(storage.getItem(PROGRESS_KEY)).toBe(v1Saved);
    expect(storage.getItem(V1_BACKUP_KEY)).toBe(v1Saved);
    expect(store.notices.get()).toEqual([{ kind: 'quota' }]);
    stop?.();
    storage.quota = Infinity;
    const later = open();
    await later.settled();
    expectMigrated(stored().items);
    expect(keys()).toEqual([PROGRESS_KEY]);
  });

  it('resumes a migration cut short: the new record was written, the kept copy not yet let go', async () => {
    const { version: _, ...rest } = v1;
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 2, ...rest }));
    storage.setItem(V1_BACKUP_KEY, v1Saved);
    const store = open();
    await store.settled();
    expectMigrated(stored().items);
    expect(keys()).toEqual([PROGRESS_KEY]);
  });

  it('writes nothing over the old record when there is no room to keep it aside', async () => {
    storage.setItem(PROGRESS_KEY, v1Saved);
    storage.quota = v1Saved.length + PROGRESS_KEY.length + 100;
    const store = open();
    await store.settled();
    expect(store.notices.get()).toEqual([{ kind: 'quota' }]);
    expect(store.progress.get().items).toEqual(v1.items);
    store.recordGrade({ item: { id: 'q', type: 'single' }, lesson: 'histology', response: {}, grade: { score: 1, max: 1, verdict: 'correct', feedback: [] } }, now);
    await store.settled();
    expect(storage.getItem(PROGRESS_KEY)).toBe(v1Saved);
    expect(store.progress.get().items.q).toBeDefined();
  });
});

describe('importing export files of both versions', () => {
  it('imports a version-1 file with every item\'s grades, and schedules its items', async () => {
    const store = open();
    expect(importProgress(store, v1Text)).toEqual({ ok: true, added: Object.keys(v1.items).length, updated: 0 });
    await store.settled();
    expectMigrated(stored().items);
  });

  it('imports a version-2 file as it was exported, schedules included', async () => {
    storage.setItem(PROGRESS_KEY, v1Saved);
    const first = open();
    await first.settled();
    const file = exportProgress(first);
    stop?.();
    storage = new MemoryStorage();
    const store = open();
    expect(importProgress(store, file)).toMatchObject({ ok: true, updated: 0 });
    await store.settled();
    expect(stored()).toEqual(JSON.parse(file));
  });
});
