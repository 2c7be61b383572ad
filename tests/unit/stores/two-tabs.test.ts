// No interleaving of tabs loses a record: several stores (tabs) share one storage; they record
// grades, their storage events arrive late, out of step or never, and their schedules are written
// when the scheduler gets to them. Afterwards every answer is in storage, each item's best grade is
// the best given, its last grade the last given, and its schedule that of its last unhinted try.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { PersistentEvents, PersistentListener } from '@nanostores/persistent';
import * as fsrsModule from '../../../src/scheduling/fsrs.ts';
import { PROGRESS_KEY, isProgress, type Progress } from '../../../src/stores/progress-format.ts';
import { createProgressStore, type ProgressStore } from '../../../src/stores/progress.ts';
import { presentMode } from '../../../src/stores/mode.ts';
import { MemoryStorage } from './memory-storage.ts';

/** One tab's `storage` events: queued when another tab writes, delivered when the test says. */
class TabEvents implements PersistentEvents {
  listeners = new Set<PersistentListener>();
  pending: string[] = [];
  addEventListener(_key: string, listener: PersistentListener) {
    this.listeners.add(listener);
  }
  removeEventListener(_key: string, listener: PersistentListener) {
    this.listeners.delete(listener);
  }
  deliverOne() {
    const newValue = this.pending.shift();
    if (newValue !== undefined) for (const listener of this.listeners) listener({ key: PROGRESS_KEY, newValue });
  }
}

/** Storage shared by the tabs that queues an event for every tab but the writer (when known). */
class SharedStorage extends MemoryStorage {
  tabs: TabEvents[] = [];
  writer: number | undefined;
  override setItem(key: string, value: string): void {
    super.setItem(key, value);
    if (key !== PROGRESS_KEY) return;
    this.tabs.forEach((tab, i) => {
      if (i !== this.writer) tab.pending.push(value);
    });
  }
}

type Action =
  | { kind: 'answer'; tab: number; item: string; score: number; hinted: boolean }
  | { kind: 'deliver'; tab: number }
  | { kind: 'tick' };

const TABS = 3;
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      tab: fc.nat(TABS - 1),
      item: fc.constantFrom('q1', 'q2', 'q3', 'q4'),
      score: fc.constantFrom(0, 0.5, 1),
      hinted: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('deliver' as const), tab: fc.nat(TABS - 1) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'tick' as const }) },
);

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

async function run(actions: Action[], events: boolean) {
  presentMode.set(false);
  const storage = new SharedStorage();
  const start = Date.UTC(2026, 2, 2, 9);
  let clock = 0;
  const stores: ProgressStore[] = [];
  for (let i = 0; i < TABS; i++) {
    const tab = new TabEvents();
    storage.tabs.push(tab);
    // Mounted as soon as created: each tab's listener goes to its own events.
    const store = createProgressStore(storage, tab, () => new Date(start), { loadScheduler: async () => fsrsModule });
    stops.push(store.progress.listen(() => {}));
    stores.push(store);
  }
  const given = new Map<string, { score: number; at: string; hinted: boolean }[]>();
  for (const step of actions) {
    if (step.kind === 'answer') {
      const at = new Date(start + ++clock * 60_000);
      const verdict = step.score === 1 ? 'correct' : step.score === 0 ? 'incorrect' : 'partial';
      storage.writer = step.tab;
      stores[step.tab]!.recordGrade(
        { item: { id: step.item, type: 'single' }, lesson: 'histology', response: { choice: 'a' }, grade: { score: step.score, max: 1, verdict, feedback: [] }, hinted: step.hinted },
        at,
      );
      storage.writer = undefined;
      given.set(step.item, [...(given.get(step.item) ?? []), { score: step.score, at: at.toISOString(), hinted: step.hinted }]);
    } else if (step.kind === 'deliver') {
      if (events) storage.tabs[step.tab]!.deliverOne();
    } else {
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  for (const store of stores) await store.settled();
  try {
    check(storage, stores, given, events);
  } finally {
    for (const stop of stops.splice(0)) stop();
  }
}

function check(storage: SharedStorage, stores: ProgressStore[], given: Map<string, { score: number; at: string; hinted: boolean }[]>, events: boolean) {

  const saved = JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{"version":2,"items":{}}') as Progress;
  expect(isProgress(saved)).toBe(true);
  expect(Object.keys(saved.items).sort()).toEqual([...given.keys()].sort());
  for (const [id, tries] of given) {
    const item = saved.items[id]!;
    const last = tries.at(-1)!;
    expect(item.bestGrade.score, id).toBe(Math.max(...tries.map((t) => t.score)));
    expect(item.lastGrade.score, id).toBe(last.score);
    expect(item.updatedAt, id).toBe(last.at);
    expect(item.attempts, id).toBeGreaterThanOrEqual(1);
    expect(item.attempts, id).toBeLessThanOrEqual(tries.length);
    const scheduled = tries.filter((t) => !t.hinted).at(-1);
    expect(item.schedule?.lastReview, id).toBe(scheduled?.at);
  }
  if (events) {
    // Every event delivered, every tab shows what storage holds.
    for (const tab of storage.tabs) while (tab.pending.length) tab.deliverOne();
    for (const store of stores) expect(store.progress.get()).toEqual(saved);
  }
}

describe('tabs sharing one storage (property)', () => {
  it('lose no record when storage events never arrive', async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 30 }), (actions) => run(actions, false)), { numRuns: 150 });
  });

  it('lose no record when storage events arrive late and in any interleaving', async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 30 }), (actions) => run(actions, true)), { numRuns: 150 });
  });
});
