import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersistentEvents, PersistentListener } from '@nanostores/persistent';
import { createProgressStore, type ProgressStore } from '../../../src/stores/progress.ts';
import { presentMode } from '../../../src/stores/mode.ts';
import { CORRUPT_PREFIX, PROGRESS_KEY, emptyProgress, savedResponse } from '../../../src/stores/progress-format.ts';
import { MemoryStorage } from './memory-storage.ts';
import { exportProgress, importProgress, resetProgress } from '../../../src/stores/progress-transfer.ts';

/** Stands in for the window's `storage` events: what another tab's writes would deliver. */
class OtherTabs implements PersistentEvents {
  listeners = new Set<PersistentListener>();
  addEventListener(_key: string, listener: PersistentListener) {
    this.listeners.add(listener);
  }
  removeEventListener(_key: string, listener: PersistentListener) {
    this.listeners.delete(listener);
  }
  /** Another tab writes `value` under `key` in the shared storage. */
  write(storage: Storage, key: string, value: string) {
    storage.setItem(key, value);
    for (const listener of this.listeners) listener({ key, newValue: value });
  }
}

const clock = () => new Date('2025-03-04T05:06:07.000Z');
const attempt = (id: string, score: number, verdict: 'correct' | 'partial' | 'incorrect') => ({
  item: { id, type: 'single' as const },
  lesson: 'histology',
  response: { choice: 'a' },
  grade: { score, max: 1 as const, verdict, feedback: [{ kind: 'explanation' as const, message: 'Why.' }] },
});

let storage: MemoryStorage;
let tabs: OtherTabs;
let stop: (() => void) | undefined;

function open(): ProgressStore {
  const store = createProgressStore(storage, tabs, clock);
  stop = store.progress.listen(() => {}); // mounted, as an island on the page would have it
  return store;
}

beforeEach(() => {
  storage = new MemoryStorage();
  tabs = new OtherTabs();
  presentMode.set(false);
});
afterEach(() => stop?.());

describe('the progress store', () => {
  it('tells its listeners each saved record, and nothing in projector mode', () => {
    const store = open();
    const heard: string[] = [];
    const stopListening = store.onRecorded((given, entry) => heard.push(`${given.item.id}:${entry.attempts}`));
    store.recordGrade(attempt('q', 1, 'correct'));
    store.recordGrade(attempt('q', 0, 'incorrect'));
    presentMode.set(true);
    store.recordGrade(attempt('r', 1, 'correct'));
    presentMode.set(false);
    stopListening();
    store.recordGrade(attempt('s', 1, 'correct'));
    expect(heard).toEqual(['q:1', 'q:2']);
  });

  it('starts empty and saves an attempt as versioned JSON under wfbb-progress', () => {
    const store = open();
    expect(store.progress.get()).toEqual(emptyProgress());
    const graded = attempt('poh-gene', 1, 'correct');
    const saved = store.recordGrade({ ...graded, response: { choice: 'a', confidence: 3 }, grade: { ...graded.grade, cbm: 3 } });
    const stored = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    expect(stored).toEqual({
      version: 2,
      items: {
        'poh-gene': {
          lastResponse: { choice: 'a' },
          lastGrade: { score: 1, verdict: 'correct', cbm: 3 },
          bestGrade: { score: 1, verdict: 'correct', cbm: 3 },
          attempts: 1,
          certainty: 3,
          updatedAt: '2025-03-04T05:06:07.000Z',
          lesson: 'histology',
        },
      },
    });
    // The saved record comes back, and its response is the grader's again, certainty inside.
    expect(saved).toEqual(stored.items['poh-gene']);
    expect(savedResponse(saved!)).toEqual({ choice: 'a', confidence: 3 });
  });

  it('keeps only score, verdict and mark of a grade: the feedback is made again by grading', () => {
    const store = open();
    store.recordGrade(attempt('q', 0.5, 'partial'));
    expect(store.progress.get().items.q!.lastGrade).toEqual({ score: 0.5, verdict: 'partial' });
  });

  it('counts attempts and keeps the best grade when a later attempt is worse', () => {
    const store = open();
    store.recordGrade(attempt('q', 1, 'correct'));
    store.recordGrade(attempt('q', 0.5, 'partial'));
    expect(store.progress.get().items.q).toMatchObject({ attempts: 2, lastGrade: { score: 0.5 }, bestGrade: { score: 1 } });
  });

  it('reads what an earlier visit saved', () => {
    open().recordGrade(attempt('q', 1, 'correct'));
    stop?.();
    const again = open();
    expect(again.progress.get().items.q!.attempts).toBe(1);
  });

  it('records nothing in projector mode', () => {
    const store = open();
    presentMode.set(true);
    expect(store.recordGrade(attempt('q', 1, 'correct'))).toBeUndefined();
    expect(store.progress.get().items).toEqual({});
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('keeps a record another tab wrote a moment ago, before its event arrived, and the better grade', () => {
    const store = open();
    store.recordGrade(attempt('q', 1, 'correct'));
    // The other tab read storage before our write arrived, and wrote its own answers over it.
    const theirs = { version: 2, items: { r: { lastResponse: { choice: 'b' }, lastGrade: { score: 0, verdict: 'incorrect' }, bestGrade: { score: 0, verdict: 'incorrect' }, attempts: 1, updatedAt: '2025-01-01T00:00:00.000Z', lesson: 'histology' } } };
    storage.setItem(PROGRESS_KEY, JSON.stringify(theirs));
    store.recordGrade(attempt('q', 0, 'incorrect'));
    const items = JSON.parse(storage.getItem(PROGRESS_KEY)!).items;
    expect(Object.keys(items).sort()).toEqual(['q', 'r']);
    expect(items.q).toMatchObject({ attempts: 2, lastGrade: { score: 0 }, bestGrade: { score: 1 } });
  });

  it('follows another tab live', () => {
    const store = open();
    const other = { version: 2, items: { q: { ...JSON.parse(JSON.stringify({ lastResponse: { choice: 'b' }, lastGrade: { score: 0, verdict: 'incorrect' }, bestGrade: { score: 0, verdict: 'incorrect' }, attempts: 1, updatedAt: '2025-01-01T00:00:00.000Z', lesson: 'histology' })) } } };
    tabs.write(storage, PROGRESS_KEY, JSON.stringify(other));
    expect(store.progress.get()).toEqual(other);
  });
});

describe('unreadable progress', () => {
  it.each([
    ['bad JSON', '{"version":2,"items":', 'it is not valid JSON'],
    ['a wrong version', '{"version":7,"items":{}}', 'its version is 7, not 1 or 2'],
    ['a wrong shape', '{"version":2,"items":{"q":{"attempts":"many"}}}', 'item "q": lastResponse is not an object'],
  ])('with %s is moved aside under its own key, never deleted, and the learner is told', (_, garbage, problem) => {
    storage.setItem(PROGRESS_KEY, garbage);
    storage.setItem('wfbb-theme', 'dark');
    const store = open();
    expect(store.progress.get()).toEqual(emptyProgress());
    const key = `${CORRUPT_PREFIX}2025-03-04T05:06:07.000Z`;
    expect(storage.getItem(key)).toBe(garbage);
    expect(store.notices.get()).toEqual([{ kind: 'corrupt', key, problem }]);
    // The page keeps working: a new answer saves normally, the kept copy stays.
    store.recordGrade(attempt('q', 1, 'correct'));
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).items.q.attempts).toBe(1);
    expect(storage.getItem(key)).toBe(garbage);
    expect(storage.getItem('wfbb-theme')).toBe('dark');
  });

  it('is told again on the next page until the learner dismisses it, then never again', () => {
    storage.setItem(PROGRESS_KEY, '{"version":2,"items":');
    const first = open();
    const [notice] = first.notices.get();
    expect(notice).toMatchObject({ kind: 'corrupt', problem: 'it is not valid JSON' });
    // A reload (or another page) before the learner read it: told again, from the kept copy.
    expect(open().notices.get()).toEqual([notice]);
    open().dismissNotice(notice!);
    expect(open().notices.get()).toEqual([]);
    // Dismissing forgets nothing: the kept copy stays.
    expect(storage.getItem((notice as { key: string }).key)).toBe('{"version":2,"items":');
  });

  it('arriving from another tab is moved aside too, and the same text is kept once', () => {
    const store = open();
    tabs.write(storage, PROGRESS_KEY, 'garbage');
    tabs.write(storage, PROGRESS_KEY, 'garbage');
    const kept = Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((k) => k.startsWith(CORRUPT_PREFIX));
    expect(kept).toHaveLength(1);
    expect(storage.getItem(kept[0]!)).toBe('garbage');
    expect(store.progress.get()).toEqual(emptyProgress());
    expect(store.notices.get()).toHaveLength(1);
  });

  it('is left in place, and not overwritten, when there is no room to keep a copy', () => {
    storage.setItem(PROGRESS_KEY, 'x'.repeat(40));
    storage.quota = 60;
    const store = open();
    expect(store.notices.get()).toContainEqual({ kind: 'quota' });
    store.recordGrade(attempt('q', 1, 'correct'));
    expect(storage.getItem(PROGRESS_KEY)).toBe('x'.repeat(40));
    expect(store.progress.get().items.q).toBeDefined();
  });
});

describe('a full storage quota', () => {
  it('is caught and told; the answer stays in memory', () => {
    storage.quota = 20;
    const store = open();
    expect(() => store.recordGrade(attempt('q', 1, 'correct'))).not.toThrow();
    expect(store.notices.get()).toEqual([{ kind: 'quota' }]);
    expect(store.progress.get().items.q!.attempts).toBe(1);
    store.dismissNotice(store.notices.get()[0]!);
    expect(store.notices.get()).toEqual([]);
  });
});

describe('a browser that refuses storage', () => {
  it('is told, and answers are kept in memory for the page', () => {
    const global = globalThis as { window?: unknown };
    global.window = {};
    try {
      const store = createProgressStore(undefined, tabs, clock);
      expect(store.notices.get()).toEqual([{ kind: 'unavailable' }]);
      store.recordGrade(attempt('q', 1, 'correct'));
      expect(store.progress.get().items.q!.attempts).toBe(1);
    } finally {
      delete global.window;
    }
  });
});

describe('export, import and reset', () => {
  const file = (items: object) => JSON.stringify({ version: 2, items });
  const entry = (score: number, verdict: string, updatedAt: string) => ({
    lastResponse: { choice: 'a' },
    lastGrade: { score, verdict },
    bestGrade: { score, verdict },
    attempts: 1,
    updatedAt,
    lesson: 'histology',
  });

  it('exports what import reads back', () => {
    const store = open();
    store.recordGrade(attempt('q', 0.5, 'partial'));
    const text = exportProgress(store);
    resetProgress(store);
    expect(store.progress.get()).toEqual(emptyProgress());
    expect(importProgress(store, text)).toEqual({ ok: true, added: 1, updated: 0 });
    expect(store.progress.get()).toEqual(JSON.parse(text));
  });

  it.each([
    ['not JSON', '{{', 'This file is not a progress export: it is not valid JSON.'],
    ['another version', '{"version":3,"items":{}}', 'This file is not a progress export: its version is 3, not 1 or 2.'],
    ['a broken entry', file({ q: { ...entry(2, 'correct', '2025-01-01T00:00:00.000Z') } }), 'This file is not a progress export: item "q": lastGrade.score is not a number from 0 to 1.'],
  ])('of %s changes nothing and says why', (_, text, problem) => {
    const store = open();
    store.recordGrade(attempt('q', 0.5, 'partial'));
    const before = storage.getItem(PROGRESS_KEY);
    const value = store.progress.get();
    expect(importProgress(store, text)).toEqual({ ok: false, problem });
    expect(store.progress.get()).toBe(value);
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
  });

  it('merges, keeping each item\'s better grade', () => {
    const store = open();
    store.recordGrade(attempt('q', 1, 'correct'));
    store.recordGrade(attempt('r', 0, 'incorrect'));
    const result = importProgress(
      store,
      file({ q: entry(0, 'incorrect', '2026-01-01T00:00:00.000Z'), r: entry(0.5, 'partial', '2020-01-01T00:00:00.000Z'), s: entry(1, 'correct', '2020-01-01T00:00:00.000Z') }),
    );
    expect(result).toEqual({ ok: true, added: 1, updated: 2 });
    const items = store.progress.get().items;
    expect(items.q!.bestGrade.score).toBe(1);
    expect(items.q!.lastGrade.score).toBe(0); // the import's attempt is newer
    expect(items.r!.bestGrade.score).toBe(0.5);
    expect(items.r!.lastGrade.score).toBe(0); // ours is newer
    expect(items.s!.bestGrade.score).toBe(1);
  });
});
