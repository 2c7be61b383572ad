/**
 * Where learner progress is saved, and the little that code outside the store may read of it
 * without loading the store: which items have a saved answer, and the latest lesson answered.
 * Tiny and zod-free: the engage directive and the home page load it on a first visit. The full
 * format and its guard are in progress-format.ts. Version 1 is read too: it is what a learner has
 * saved until the store first loads and migrates it.
 */
import { PREVIOUS_PROGRESS_VERSION, PROGRESS_VERSION } from '../schemas/progress-shape.ts';

export const PROGRESS_KEY = 'wfbb-progress';
/** Told on `window` after the store changes the saved progress in this tab (storage events tell only other tabs). */
export const PROGRESS_CHANGED_EVENT = 'wfbb:progress-changed';
export { PROGRESS_VERSION };

interface SavedEntry {
  lesson?: unknown;
  updatedAt?: unknown;
}

/** The saved items by id; `null` when nothing is saved; `'unreadable'` when the value is not progress of a known version. */
function savedEntries(): Record<string, SavedEntry> | null | 'unreadable' {
  try {
    const raw = localStorage.getItem(PROGRESS_KEY);
    if (raw === null) return null;
    const saved = JSON.parse(raw) as { version?: unknown; items?: unknown } | null;
    const known = saved?.version === PROGRESS_VERSION || saved?.version === PREVIOUS_PROGRESS_VERSION;
    if (saved === null || !known || typeof saved.items !== 'object' || saved.items === null) return 'unreadable';
    return saved.items as Record<string, SavedEntry>;
  } catch {
    return 'unreadable';
  }
}

/** Ids of the items with a saved answer; `null` when nothing is saved; `'unreadable'` when the store cannot read it. */
export function savedItemIds(): Set<string> | null | 'unreadable' {
  const entries = savedEntries();
  return entries === null || entries === 'unreadable' ? entries : new Set(Object.keys(entries));
}

/** The lesson of the most recent saved answer, if any can be read. */
export function latestSavedLesson(): string | undefined {
  const entries = savedEntries();
  if (entries === null || entries === 'unreadable') return undefined;
  let latest: SavedEntry | undefined;
  for (const entry of Object.values(entries)) {
    if (typeof entry?.lesson === 'string' && (!latest || String(entry.updatedAt) > String(latest.updatedAt))) latest = entry;
  }
  return latest?.lesson as string | undefined;
}
