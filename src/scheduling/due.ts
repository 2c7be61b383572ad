// placeholder until the spaced branch lands
/**
 * When each item is due for review. The contract's signatures with a simple rule: an item whose
 * best grade is not correct is due at its updatedAt; a correct one is never due. (An entry that
 * carries a `schedule.due`, as progress format 2 will, is due then.) Tiny and zod-free: the
 * review page and the due count read it on load.
 */
import type { ItemProgress, Progress } from '../stores/progress-format.ts';

/** When the item is due, or undefined when it is not scheduled. */
export function dueAt(entry: ItemProgress): Date | undefined {
  const scheduled = (entry as { schedule?: { due?: unknown } }).schedule?.due;
  if (typeof scheduled === 'string') return new Date(scheduled);
  return entry.bestGrade.verdict === 'correct' ? undefined : new Date(entry.updatedAt);
}

/** Urgency class: confident errors first, then other errors, then the rest. */
function urgency(entry: ItemProgress): number {
  if (entry.lastGrade.verdict === 'correct') return 2;
  return (entry.certainty ?? 0) >= 2 ? 0 : 1;
}

/** Ids of the items due now, most urgent first: confident errors, then errors, then the rest by due date. */
export function dueItemIds(progress: Progress, now: Date): string[] {
  return Object.entries(progress.items)
    .flatMap(([id, entry]) => {
      const due = dueAt(entry);
      return due && due.getTime() <= now.getTime() ? [{ id, due: due.getTime(), rank: urgency(entry) }] : [];
    })
    .sort((a, b) => a.rank - b.rank || a.due - b.due || (a.id < b.id ? -1 : 1))
    .map(({ id }) => id);
}

/** The earliest due time after now, or undefined when nothing more is scheduled. */
export function nextDueAt(progress: Progress, now: Date): Date | undefined {
  let next: number | undefined;
  for (const entry of Object.values(progress.items)) {
    const due = dueAt(entry)?.getTime();
    if (due !== undefined && due > now.getTime() && (next === undefined || due < next)) next = due;
  }
  return next === undefined ? undefined : new Date(next);
}
