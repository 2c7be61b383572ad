/**
 * Learner progress: one versioned persistent store (localStorage key `wfbb-progress`),
 * shared live between tabs. Reading never throws: an unreadable value is moved aside
 * under `wfbb-progress.corrupt.<ISO time>` (never deleted) and a notice says so; a write
 * the browser refuses (full quota) is caught and told. Nothing is recorded in
 * projector mode.
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
  betterGrade,
  emptyProgress,
  mergeProgress,
  parseProgress,
  type ItemProgress,
  type Progress,
  type StoredGrade,
} from './progress-format.ts';
import { guardedStorage, memoryStorage, pageStorage, type WriteFailure } from './storage.ts';
import { presentMode } from './mode.ts';

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

export interface ProgressStore {
  progress: WritableAtom<Progress>;
  notices: WritableAtom<StorageNotice[]>;
  /**
   * Save a graded attempt and return the saved record; in projector mode nothing is saved
   * and it returns undefined (the one place that decides it).
   */
  recordGrade(attempt: GradedAttempt, now?: Date): ItemProgress | undefined;
  /** Listen to every saved record; returns the function that stops listening. */
  onRecorded(listener: RecordListener): () => void;
  dismissNotice(notice: StorageNotice): void;
}

/** What of a grade is kept: score, verdict and the certainty-based mark (the feedback is re-made by grading again). */
function storedGrade(grade: Grade): StoredGrade {
  return { score: grade.score, verdict: grade.verdict, ...(grade.cbm === undefined ? {} : { cbm: grade.cbm }) };
}

/** The saved record of a new attempt, after `previous` (if any). */
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
  if (confidence === 1 || confidence === 2 || confidence === 3) entry.certainty = confidence;
  return entry;
}

function addNotice(notices: WritableAtom<StorageNotice[]>, notice: StorageNotice) {
  const same = (n: StorageNotice) => n.kind === notice.kind && (n.kind !== 'corrupt' || n.key === (notice as { key: string }).key);
  if (!notices.get().some(same)) notices.set([...notices.get(), notice]);
}

/** The key of a corrupt value kept earlier with the same text, so two tabs keep one copy. */
function keptCopy(storage: Storage, raw: string): string | undefined {
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(CORRUPT_PREFIX) && storage.getItem(key) === raw) return key;
  }
  return undefined;
}

export function createProgressStore(
  given: Storage | undefined = pageStorage(),
  events: PersistentEvents = windowPersistentEvents,
  clock: () => Date = () => new Date(),
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
  setPersistentEngine(engine, events);

  function decode(raw: string): Progress {
    const parsed = parseProgress(raw);
    if ('progress' in parsed) return parsed.progress;
    let key = keptCopy(storage, raw);
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

  /**
   * The progress to write over: what this page holds, merged with what storage holds now. Another
   * tab's write reaches this page by an event that may not have arrived yet; merging keeps its
   * records (and each item's better grade) instead of overwriting them.
   */
  function latest(): Progress {
    const current = progress.get();
    let raw: string | null = null;
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      // Storage that cannot be read now: write over what this page holds.
    }
    // An unreadable value is moved aside by decode, as on load.
    return raw === null || frozen ? current : mergeProgress(decode(raw), current);
  }

  const listeners = new Set<RecordListener>();

  return {
    progress,
    notices,
    recordGrade(attempt, now = clock()) {
      if (presentMode.get()) return undefined;
      const current = latest();
      const id = attempt.item.id;
      const entry = recordOf(attempt, current.items[id], now);
      progress.set({ ...current, items: { ...current.items, [id]: entry } });
      for (const listener of listeners) listener(attempt, entry);
      return entry;
    },
    onRecorded(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dismissNotice(notice) {
      notices.set(notices.get().filter((n) => n !== notice));
    },
  };
}

/** The page's one progress store. */
export const progressStore = createProgressStore();
export const { progress, notices: storageNotices } = progressStore;
