/**
 * The storage behind @nanostores/persistent: localStorage, with writes that cannot
 * throw. A full quota (or storage the browser refuses) is reported, not raised, so the
 * page keeps working with what is in memory.
 */
import type { PersistentStore } from '@nanostores/persistent';

export type WriteFailure = 'quota' | 'unavailable';

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return false;
  const { name, code } = error as { name?: string; code?: number };
  // Chromium and WebKit: code 22; old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** The localStorage of this page, or undefined where there is none or it is refused. */
export function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * An object view of `storage` for setPersistentEngine whose writes report failures
 * to `onWriteFailure` instead of throwing. A key for which `locked` says true is
 * neither written nor deleted (its value could not be kept safe elsewhere).
 */
export function guardedStorage(
  storage: Storage,
  onWriteFailure: (failure: WriteFailure, key: string) => void,
  locked: (key: string) => boolean = () => false,
): PersistentStore {
  const read = (key: string | symbol) => (typeof key === 'string' ? storage.getItem(key) : null);
  return new Proxy({} as PersistentStore, {
    get: (_, key) => read(key) ?? undefined,
    has: (_, key) => read(key) !== null,
    set(_, key, value) {
      if (locked(String(key))) {
        onWriteFailure('unavailable', String(key));
        return true;
      }
      try {
        storage.setItem(String(key), String(value));
      } catch (error) {
        onWriteFailure(isQuotaError(error) ? 'quota' : 'unavailable', String(key));
      }
      return true;
    },
    deleteProperty(_, key) {
      if (locked(String(key))) return true;
      try {
        storage.removeItem(String(key));
      } catch {
        // Nothing to keep: a value that cannot be removed stays where it was.
      }
      return true;
    },
    ownKeys: () => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null),
    getOwnPropertyDescriptor: (_, key) => {
      const value = read(key);
      return value === null ? undefined : { value, enumerable: true, configurable: true, writable: true };
    },
  });
}

/** A Storage kept in memory: the fallback where localStorage is missing, and the tests' stand-in. */
export class MemoryStorage implements Storage {
  private entries = new Map<string, string>();
  /** Largest total of key and value lengths it accepts; beyond it setItem throws QuotaExceededError. */
  quota = Infinity;

  get length(): number {
    return this.entries.size;
  }
  clear(): void {
    this.entries.clear();
  }
  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.entries.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.entries.delete(key);
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [k, v] of this.entries) if (k !== key) used += k.length + v.length;
    if (used > this.quota) {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      throw error;
    }
    this.entries.set(key, String(value));
  }
  [name: string]: unknown;
}
