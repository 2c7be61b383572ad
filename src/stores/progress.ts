/**
 * Learner progress: one versioned persistent store (localStorage key `wfbb-progress`),
 * shared live between tabs. Reading never throws: an unreadable value is moved aside
 * under `wfbb-progress.corrupt.<ISO time>` (never deleted) and a notice says so; a write
 * the browser refuses (full quota) is caught and told. Nothing is recorded in
 * projector mode.
 */
import { atom, type WritableAtom } from 'nanostores';
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

export interface Attempt {
  id: string;
  lesson: string;
  response: Record<string, unknown>;
  grade: StoredGrade;
  certainty?: 1 | 2 | 3 | undefined;
}

export interface ProgressStore {
  progress: WritableAtom<Progress>;
  notices: WritableAtom<StorageNotice[]>;
  /** Record a checked answer (ignored in projector mode). */
  recordAttempt(attempt: Attempt, now?: Date): void;
  dismissNotice(notice: StorageNotice): void;
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

  return {
    progress,
    notices,
    recordAttempt(attempt, now = clock()) {
      if (presentMode.get()) return;
      const current = progress.get();
      const previous = current.items[attempt.id];
      const entry: ItemProgress = {
        lastResponse: attempt.response,
        lastGrade: attempt.grade,
        bestGrade: previous ? betterGrade(previous.bestGrade, attempt.grade) : attempt.grade,
        attempts: (previous?.attempts ?? 0) + 1,
        updatedAt: now.toISOString(),
        lesson: attempt.lesson,
      };
      if (attempt.certainty) entry.certainty = attempt.certainty;
      progress.set({ ...current, items: { ...current.items, [attempt.id]: entry } });
    },
    dismissNotice(notice) {
      notices.set(notices.get().filter((n) => n !== notice));
    },
  };
}

/** The page's one progress store. */
export const progressStore = createProgressStore();
export const { progress, notices: storageNotices } = progressStore;
