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

/** Where there is no localStorage (the server, or storage the browser refuses): answers kept in memory. */
export function memoryStorage(): Storage {
  const entries = new Map<string, string>();
  return {
    get length() {
      return entries.size;
    },
    clear: () => entries.clear(),
    getItem: (key) => entries.get(key) ?? null,
    key: (index) => [...entries.keys()][index] ?? null,
    removeItem: (key) => void entries.delete(key),
    setItem: (key, value) => void entries.set(key, String(value)),
  };
}
