/** Export, import and reset of learner progress (the progress page's actions). */
import { emptyProgress, mergeProgress, parseProgress } from './progress-format.ts';
import type { ProgressStore } from './progress.ts';

export type ImportResult = { ok: true; added: number; updated: number } | { ok: false; problem: string };

/** The progress as the text of an export file. */
export function exportProgress(store: ProgressStore): string {
  return JSON.stringify(store.progress.get(), null, 2);
}

/**
 * Validate an export file's text (version 2, or version 1 from before review scheduling) and merge
 * it in, keeping each item's better grade; on failure nothing changes. A version-1 file's items are
 * then scheduled from their last grade, as a migration on load does.
 */
export function importProgress(store: ProgressStore, text: string): ImportResult {
  const parsed = parseProgress(text);
  if ('problem' in parsed) return { ok: false, problem: `This file is not a progress export: ${parsed.problem}.` };
  const current = store.progress.get();
  const ids = Object.keys(parsed.progress.items);
  const added = ids.filter((id) => !current.items[id]).length;
  store.progress.set(mergeProgress(current, parsed.progress));
  if (parsed.from === 1) void store.scheduleUnscheduled(parsed.progress.items);
  return { ok: true, added, updated: ids.length - added };
}

/** Forget every answer (values moved aside earlier stay where they are). */
export function resetProgress(store: ProgressStore): void {
  store.progress.set(emptyProgress());
}
