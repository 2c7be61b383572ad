/**
 * The saved progress as the due API reads it, without loading the progress store: a tiny,
 * zod-free reader for the header's due count and the review queue on load. Entries that lack
 * what the due rules read are left out (the store, when it loads, moves a corrupt value aside).
 */
import { PROGRESS_KEY, PROGRESS_VERSION } from '../stores/saved-progress.ts';
import type { ItemProgress, Progress } from '../stores/progress-format.ts';

const isGrade = (grade: unknown): boolean => typeof grade === 'object' && grade !== null && typeof (grade as { verdict?: unknown }).verdict === 'string';

/** The saved progress, or null when nothing readable is saved. */
export function readSavedProgress(storage: Pick<Storage, 'getItem'> = localStorage): Progress | null {
  try {
    const raw = storage.getItem(PROGRESS_KEY);
    if (raw === null) return null;
    const saved = JSON.parse(raw) as { version?: unknown; items?: unknown } | null;
    // Version 1 too: the store migrates it when it loads; the due rules read what both versions hold.
    if (!saved || (saved.version !== 1 && saved.version !== PROGRESS_VERSION) || typeof saved.items !== 'object' || saved.items === null) return null;
    const items: Record<string, ItemProgress> = {};
    for (const [id, entry] of Object.entries(saved.items as Record<string, Partial<ItemProgress>>)) {
      if (entry && isGrade(entry.lastGrade) && isGrade(entry.bestGrade) && typeof entry.updatedAt === 'string' && typeof entry.lesson === 'string') {
        items[id] = entry as ItemProgress;
      }
    }
    return { version: PROGRESS_VERSION, items };
  } catch {
    return null;
  }
}
