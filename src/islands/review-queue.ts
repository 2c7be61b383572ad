/**
 * The review queue's pure rules: which items, in what order. Due items are interleaved by lesson
 * and type (two items in a row share neither when the queue allows), keeping the most urgent
 * first otherwise; studying ahead takes the next items by due date that are not due yet.
 */
import { dueAt } from '../scheduling/due.ts';
import type { Progress } from '../stores/progress-format.ts';

export interface QueueItemInfo {
  lesson: string;
  type: string;
}

/**
 * The ids reordered so that neighbours differ in lesson and type where possible: each next item
 * is the most urgent one left that differs from the last in both, else in lesson, else in type,
 * else simply the most urgent one left.
 */
export function interleave(ids: readonly string[], info: (id: string) => QueueItemInfo | undefined): string[] {
  const left = [...ids];
  const order: string[] = [];
  while (left.length > 0) {
    const last = order.length > 0 ? info(order[order.length - 1]!) : undefined;
    const differs = (id: string, by: (keyof QueueItemInfo)[]) => {
      const here = info(id);
      return !last || !here || by.every((key) => here[key] !== last[key]);
    };
    let index = left.findIndex((id) => differs(id, ['lesson', 'type']));
    if (index < 0) index = left.findIndex((id) => differs(id, ['lesson']));
    if (index < 0) index = left.findIndex((id) => differs(id, ['type']));
    if (index < 0) index = 0;
    order.push(...left.splice(index, 1));
  }
  return order;
}

/** The next `count` items not due yet (by due date), leaving out those already in the queue. */
export function studyAheadIds(progress: Progress, now: Date, count: number, exclude: ReadonlySet<string>): string[] {
  return Object.entries(progress.items)
    .flatMap(([id, entry]) => {
      const due = dueAt(entry)?.getTime();
      return due !== undefined && due > now.getTime() && !exclude.has(id) ? [{ id, due }] : [];
    })
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : 1))
    .slice(0, Math.max(0, count))
    .map(({ id }) => id);
}

/** How many items fall due on each coming day (local date, "YYYY-MM-DD"), earliest first, with the first due time that day. */
export function comingDays(progress: Progress, now: Date): { day: string; first: Date; count: number }[] {
  const days = new Map<string, { day: string; first: Date; count: number }>();
  for (const entry of Object.values(progress.items)) {
    const due = dueAt(entry);
    if (!due || due.getTime() <= now.getTime()) continue;
    const day = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
    const have = days.get(day);
    if (!have) days.set(day, { day, first: due, count: 1 });
    else {
      have.count++;
      if (due < have.first) have.first = due;
    }
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}
