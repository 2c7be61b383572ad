/**
 * Learner progress: one versioned persistent store (localStorage key `wfbb-progress`),
 * shared live between tabs. Reading never throws: an unreadable value is moved aside
 * under `wfbb-progress.corrupt.<ISO time>` (never deleted) and a notice says so; a write
 * the browser refuses (full quota) is caught and told. Nothing is recorded in
 * projector mode. Every graded try without a hint is scheduled for review (FSRS, through
 * src/scheduling/fsrs.ts, loaded with import() at the first grade), and version-1 progress
 * migrates on load, kept aside under `wfbb-progress.v1-backup` until the new record is
 * written and read back.
 */
import { atom, type WritableAtom } from 'nanostores';
import type { Grade, ItemType } from '../grading/types.ts';
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
} from '@nanostores/persistent';
import {
  CORRUPT_PREFIX,
  PROGRESS_KEY,
  V1_BACKUP_KEY,
  betterGrade,
  emptyProgress,
  mergeProgress,
  parseProgress,
  type ItemProgress,
  type Progress,
  type Schedule,
  type StoredCertainty,
  type StoredGrade,
  type StoredVerdict,
} from './progress-format.ts';
import { certainties } from '../schemas/progress-shape.ts';
import { guardedStorage, memoryStorage, pageStorage, type WriteFailure } from './storage.ts';
import { presentMode } from './mode.ts';
import { PROGRESS_CHANGED_EVENT } from './saved-progress.ts';

export type StorageNotice =
  | { kind: 'corrupt'; key: string; problem: string }
  | { kind: WriteFailure };

/** One graded attempt, as the island has it: the response as the grader took it (certainty inside). */
export interface GradedAttempt {
  item: { id: string; type: ItemType };
  /** Slug of the lesson the item belongs to. */
  lesson: string;
  response: object;
  grade: Grade;
  /** Milliseconds from the item being ready (or "Try again") to this check, when the island measured it. */
  latencyMs?: number;
  /** True when the learner saw a hint before this try: the grade counts, the review schedule does not move. */
  hinted?: boolean;
}

/** Told after every record the store saves (an LMS reporter listens; nothing is told in projector mode). */
export type RecordListener = (attempt: GradedAttempt, entry: ItemProgress) => void;

/** What the store needs of src/scheduling/fsrs.ts. */
export interface Scheduler {
  nextSchedule(previous: Schedule | undefined, verdict: StoredVerdict, certainty: StoredCertainty | undefined, at: Date): Schedule;
}

export interface ProgressStore {
  progress: WritableAtom<Progress>;
  notices: WritableAtom<StorageNotice[]>;
  /**
   * Save a graded attempt and return the saved record; in projector mode nothing is saved
   * and it returns undefined (the one place that decides it). Unless the try was hinted, the
   * record carries its new schedule, or (before the scheduler has first loaded) the schedule is
   * written a moment later: `settled()` says when.
   */
  recordGrade(attempt: GradedAttempt, now?: Date): ItemProgress | undefined;
  /** Listen to every saved record; returns the function that stops listening. */
  onRecorded(listener: RecordListener): () => void;
  dismissNotice(notice: StorageNotice): void;
  /** Resolves once every schedule and migration waiting for the scheduler is written. */
  settled(): Promise<void>;
  /** Schedule each of these items that has none in the store, from its last grade here at its last attempt (a version-1 import). */
  scheduleUnscheduled(items: Record<string, ItemProgress>): Promise<void>;
}

/** What of a grade is kept: score, verdict and the certainty-based mark (the feedback is re-made by grading again). */
function storedGrade(grade: Grade): StoredGrade {
  return { score: grade.score, verdict: grade.verdict, ...(grade.cbm === undefined ? {} : { cbm: grade.cbm }) };
}

const isStoredCertainty = (value: unknown): value is StoredCertainty => (certainties as readonly unknown[]).includes(value);

/** The saved record of a new attempt, after `previous` (if any); its schedule is still the previous one. */
function recordOf(attempt: GradedAttempt, previous: ItemProgress | undefined, now: Date): ItemProgress {
  const { confidence, ...answer } = attempt.response as Record<string, unknown>;
  const grade = storedGrade(attempt.grade);
  const entry: ItemProgress = {
    lastResponse: answer,
    lastGrade: grade,
    bestGrade: previous ? betterGrade(previous.bestGrade, grade) : grade,
    attempts: (previous?.attempts ?? 0) + 1,
    updatedAt: now.toISOString(),
    lesson: attempt.lesson,
  };
  if (isStoredCertainty(confidence)) entry.certainty = confidence;
  if (previous?.schedule) entry.schedule = previous.schedule;
  return entry;
}

/** The item's schedule after a review at `at`; unchanged when a later review (another tab's) already set it. */
function rescheduled(scheduler: Scheduler, entry: ItemProgress, at: Date): Schedule | undefined {
  if (entry.schedule && entry.schedule.lastReview >= at.toISOString()) return entry.schedule;
  return scheduler.nextSchedule(entry.schedule, entry.lastGrade.verdict, entry.certainty, at);
}

const sameNotice = (a: StorageNotice, b: StorageNotice): boolean =>
  a.kind === b.kind && (a.kind !== 'corrupt' || a.key === (b as { key: string }).key);

function addNotice(notices: WritableAtom<StorageNotice[]>, notice: StorageNotice) {
  if (!notices.get().some((n) => sameNotice(n, notice))) notices.set([...notices.get(), notice]);
}

/** Where the keys of kept-aside values whose notice the learner dismissed are listed. */
const DISMISSED_NOTICES_KEY = 'wfbb-storage-notices-dismissed';

function dismissedKeys(storage: Storage): Set<string> {
  try {
    const list: unknown = JSON.parse(storage.getItem(DISMISSED_NOTICES_KEY) ?? '[]');
    return new Set(Array.isArray(list) ? list.filter((key): key is string => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}

function storedKeys(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
}

/** The key of a value kept earlier under `prefix` with the same text, so two tabs keep one copy. */
function keptCopy(storage: Storage, prefix: string, raw: string): string | undefined {
  return storedKeys(storage).find((key) => key.startsWith(prefix) && storage.getItem(key) === raw);
}

/** The import() of the scheduler: ts-fsrs loads only once a grade is recorded (or progress migrates). */
const loadFsrs = (): Promise<Scheduler> => import('../scheduling/fsrs.ts');

export interface ProgressStoreOptions {
  /** How the scheduler is loaded (tests may hold it back to see the order of writes). */
  loadScheduler?: () => Promise<Scheduler>;
}

export function createProgressStore(
  given: Storage | undefined = pageStorage(),
  events: PersistentEvents = windowPersistentEvents,
  clock: () => Date = () => new Date(),
  { loadScheduler = loadFsrs }: ProgressStoreOptions = {},
): ProgressStore {
  const notices = atom<StorageNotice[]>([]);
  // In a browser that refuses storage, say so; on the server there is simply none.
  if (!given && typeof window !== 'undefined') notices.set([{ kind: 'unavailable' }]);
  const storage = given ?? memoryStorage();
  // A value that could not be moved aside must not be overwritten either.
  let frozen = false;
  const engine = guardedStorage(
    storage,
    (failure, key) => {
      if (key === PROGRESS_KEY) addNotice(notices, { kind: failure });
    },
    (key) => frozen && key === PROGRESS_KEY,
  );

  function readRaw(): string | null {
    try {
      return storage.getItem(PROGRESS_KEY);
    } catch {
      return null;
    }
  }

  // Another tab's storage event may arrive after a later write (this tab's or a third's): the page
  // takes what storage holds now, never an older value that would hide a record from the page.
  const wrapped = new Map<unknown, (e: { key: string; newValue: string }) => void>();
  const freshEvents: PersistentEvents = {
    addEventListener(key, listener, restore) {
      const fresh = (e: { key: string; newValue: string }) =>
        listener(e.key === PROGRESS_KEY ? { key: e.key, newValue: readRaw() as string } : e);
      wrapped.set(listener, fresh);
      events.addEventListener(key, fresh, restore);
    },
    removeEventListener(key, listener, restore) {
      events.removeEventListener(key, wrapped.get(listener) ?? listener, restore);
      wrapped.delete(listener);
    },
  };
  setPersistentEngine(engine, freshEvents);

  // Work that needs the scheduler runs in order, after it has loaded; once loaded, a grade is
  // scheduled in the same write as its record.
  let scheduler: Scheduler | undefined;
  let waiting = 0;
  let queue: Promise<void> = Promise.resolve();
  function whenScheduled(job: (scheduler: Scheduler) => void): Promise<void> {
    waiting++;
    queue = queue
      .then(async () => {
        scheduler ??= await loadScheduler();
        job(scheduler);
      })
      // Offline with the scheduler's file not cached: the grade is saved, this schedule is not.
      .catch(() => {})
      .finally(() => void waiting--);
    return queue;
  }

  /** Keep version-1 progress aside until its migration is written and read back; false when there is no room. */
  function keepV1Aside(raw: string): boolean {
    if (keptCopy(storage, V1_BACKUP_KEY, raw)) return true;
    const key = storage.getItem(V1_BACKUP_KEY) === null ? V1_BACKUP_KEY : `${V1_BACKUP_KEY}.${clock().toISOString()}`;
    try {
      storage.setItem(key, raw);
      return true;
    } catch {
      return false;
    }
  }

  let migrating = false;
  function migrateSoon() {
    if (migrating) return;
    migrating = true;
    void whenScheduled(migrate);
  }

  /**
   * Merge every kept version-1 record into the progress, schedule each of its items that has no
   * schedule from its version-1 last grade at its last attempt (a try made since is scheduled on
   * top by its own job), write, and read back: only a value read back equal, holding every kept
   * item scheduled, lets the kept copies go.
   */
  function migrate(scheduler: Scheduler) {
    const backups = storedKeys(storage).filter((key) => key === V1_BACKUP_KEY || key.startsWith(`${V1_BACKUP_KEY}.`));
    let next = latest();
    const kept: string[] = [];
    let sources: Record<string, ItemProgress> = {};
    for (const key of backups) {
      const parsed = parseProgress(storage.getItem(key) ?? '');
      if (!('progress' in parsed)) continue;
      next = mergeProgress(next, parsed.progress);
      sources = mergeProgress({ ...next, items: sources }, parsed.progress).items;
      kept.push(key);
    }
    next = withSchedules(scheduler, next, sources);
    progress.set(next);
    const written = JSON.stringify(next);
    const readBack = readRaw();
    const back = readBack === null ? undefined : parseProgress(readBack);
    const whole = back && 'progress' in back && !back.from && Object.keys(sources).every((id) => back.progress.items[id]?.schedule);
    if (readBack === written && whole) for (const key of kept) storage.removeItem(key);
    // Only now: reading the old record again above must not start another migration.
    migrating = false;
  }

  /** `value` with a schedule for each item of `sources` that has none, from the source's last grade at its last attempt. */
  function withSchedules(scheduler: Scheduler, value: Progress, sources: Record<string, ItemProgress>): Progress {
    const items = { ...value.items };
    for (const [id, source] of Object.entries(sources)) {
      const entry = items[id];
      if (!entry || entry.schedule) continue;
      const schedule = scheduler.nextSchedule(undefined, source.lastGrade.verdict, source.certainty, new Date(source.updatedAt));
      items[id] = { ...entry, schedule };
    }
    return { ...value, items };
  }

  function decode(raw: string): Progress {
    const parsed = parseProgress(raw);
    if ('progress' in parsed) {
      if (parsed.from === 1) {
        if (keepV1Aside(raw)) migrateSoon();
        // No room to keep the old record safe: read it, but write nothing over it.
        else if (!frozen) {
          frozen = true;
          addNotice(notices, { kind: 'quota' });
        }
      }
      return parsed.progress;
    }
    let key = keptCopy(storage, CORRUPT_PREFIX, raw);
    if (!key) {
      key = CORRUPT_PREFIX + clock().toISOString();
      try {
        storage.setItem(key, raw);
      } catch {
        frozen = true;
        addNotice(notices, { kind: 'quota' });
        return emptyProgress();
      }
    }
    try {
      storage.removeItem(PROGRESS_KEY);
    } catch {
      frozen = true;
    }
    addNotice(notices, { kind: 'corrupt', key, problem: parsed.problem });
    return emptyProgress();
  }

  const progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
    encode: JSON.stringify,
    decode,
  });
  // A value kept aside on an earlier page (or by the LMS bridge) is told again until the learner
  // dismisses it: a reload or the next page must not hide it before it was read.
  const dismissed = dismissedKeys(storage);
  const told = (key: string) => notices.get().some((n) => n.kind === 'corrupt' && n.key === key);
  for (const key of storedKeys(storage).filter((k) => k.startsWith(CORRUPT_PREFIX)).sort()) {
    // The value moved aside just now (decode above) is told already: not parsed a second time.
    if (dismissed.has(key) || told(key)) continue;
    const kept = parseProgress(storage.getItem(key) ?? '');
    addNotice(notices, { kind: 'corrupt', key, problem: 'problem' in kept ? kept.problem : 'it did not match the saved progress' });
  }
  // Code that reads storage without the store (the header's due count) hears of this tab's writes,
  // the schedule written a moment after its record included.
  if (typeof window !== 'undefined' && typeof window.dispatchEvent === 'function') {
    progress.listen(() => window.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT)));
  }
  // A migration cut short (the page closed before it was written) resumes.
  if (storedKeys(storage).some((key) => key.startsWith(V1_BACKUP_KEY))) migrateSoon();

  /**
   * The progress to write over: what this page holds, merged item by item with what storage holds
   * now. Another tab's write reaches this page by an event that may not have arrived yet; merging
   * keeps its records (each item's better grade, later attempt and later schedule) instead of
   * overwriting them.
   */
  function latest(): Progress {
    const current = progress.get();
    const raw = readRaw();
    // An unreadable value is moved aside by decode, as on load.
    return raw === null || frozen ? current : mergeProgress(decode(raw), current);
  }

  const listeners = new Set<RecordListener>();

  function settled(): Promise<void> {
    // Work queued while waiting is waited for too.
    const seen = queue;
    return seen.then(() => (queue === seen ? undefined : settled()));
  }

  return {
    progress,
    notices,
    recordGrade(attempt, now = clock()) {
      if (presentMode.get()) return undefined;
      const current = latest();
      const id = attempt.item.id;
      const entry = recordOf(attempt, current.items[id], now);
      const schedules = !attempt.hinted;
      if (schedules && scheduler && waiting === 0) {
        const schedule = rescheduled(scheduler, entry, now);
        if (schedule) entry.schedule = schedule;
      }
      progress.set({ ...current, items: { ...current.items, [id]: entry } });
      if (schedules && entry.schedule?.lastReview !== now.toISOString()) {
        void whenScheduled((loaded) => {
          const later = latest();
          const saved = later.items[id];
          if (!saved) return; // reset meanwhile
          const schedule = rescheduled(loaded, { ...saved, lastGrade: entry.lastGrade, certainty: entry.certainty }, now);
          if (schedule && schedule !== saved.schedule) progress.set({ ...later, items: { ...later.items, [id]: { ...saved, schedule } } });
        });
      }
      for (const listener of listeners) listener(attempt, entry);
      return entry;
    },
    onRecorded(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dismissNotice(notice) {
      notices.set(notices.get().filter((n) => !sameNotice(n, notice)));
      if (notice.kind !== 'corrupt') return;
      try {
        storage.setItem(DISMISSED_NOTICES_KEY, JSON.stringify([...dismissedKeys(storage), notice.key]));
      } catch {
        // No room to remember it: the notice comes back on the next page, which is no loss.
      }
    },
    settled,
    scheduleUnscheduled(items) {
      return whenScheduled((loaded) => progress.set(withSchedules(loaded, latest(), items)));
    },
  };
}

/** The page's one progress store. */
export const progressStore = createProgressStore();
export const { progress, notices: storageNotices } = progressStore;
