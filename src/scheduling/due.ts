/**
 * What is due for review, read from saved progress: tiny, no ts-fsrs (that loads only when a grade
 * is recorded). The review page, the header count and the calendar file read it.
 */
import type { ItemProgress, Progress } from '../schemas/progress-shape.ts';

/** When the item is due again; undefined when it was never scheduled. */
export function dueAt(entry: ItemProgress): Date | undefined {
  return entry.schedule ? new Date(entry.schedule.due) : undefined;
}

/** 0 a confident error (wrong at certainty 3, then 2), 1 any other error or "no idea", 2 the rest. */
function urgency(entry: ItemProgress): number {
  const wrong = entry.lastGrade.verdict === 'incorrect';
  if (wrong && entry.certainty === 3) return 0;
  if (wrong && entry.certainty === 2) return 1;
  if (wrong || entry.certainty === 0) return 2;
  return 3;
}

/** Ids of the items due at `now`, most urgent first: confident errors, then errors, then the rest by due date. */
export function dueItemIds(progress: Progress, now: Date): string[] {
  const due: { id: string; urgency: number; at: number }[] = [];
  for (const [id, entry] of Object.entries(progress.items)) {
    const at = dueAt(entry)?.getTime();
    if (at !== undefined && at <= now.getTime()) due.push({ id, urgency: urgency(entry), at });
  }
  due.sort((a, b) => a.urgency - b.urgency || a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return due.map((d) => d.id);
}

/** The earliest time after `now` at which an item falls due; undefined when none is scheduled later. */
export function nextDueAt(progress: Progress, now: Date): Date | undefined {
  let next: number | undefined;
  for (const entry of Object.values(progress.items)) {
    const at = dueAt(entry)?.getTime();
    if (at !== undefined && at > now.getTime() && (next === undefined || at < next)) next = at;
  }
  return next === undefined ? undefined : new Date(next);
}
