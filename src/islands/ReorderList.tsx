/**
 * A list the learner puts in order with "Move up" and "Move down" buttons (no dragging
 * needed). Focus stays on the moved entry and each move is announced.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Mark } from './FeedbackList.tsx';
import { MarkBadge } from './FeedbackList.tsx';
import { Rich } from './Rich.tsx';

export interface ReorderEntry {
  id: string;
  html: string;
  /** Plain text, for button names. */
  name: string;
}

interface Props {
  entries: ReorderEntry[];
  label: string;
  onMove(from: number, to: number): void;
  locked: boolean;
  marks?: Record<string, Mark | undefined>;
  /** More buttons for an entry (e.g. remove). */
  extra?: (entry: ReorderEntry, index: number) => ComponentChildren;
}

type Direction = 'up' | 'down';

export function ReorderList({ entries, label, onMove, locked, marks, extra }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const [pending, setPending] = useState<{ id: string; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // A layout effect: focus is back on the moved step before the next key press is handled,
  // so a quick second Enter moves it again instead of landing on the page.
  useLayoutEffect(() => {
    if (!pending || !list.current) return;
    const find = (direction: Direction) =>
      list.current!.querySelector<HTMLButtonElement>(`button[data-move="${direction}"][data-entry="${CSS.escape(pending.id)}"]`);
    const same = find(pending.direction);
    const other = find(pending.direction === 'up' ? 'down' : 'up');
    (same && !same.disabled ? same : other)?.focus();
    const done = pending;
    setPending((p) => (p === done ? null : p));
  }, [pending]);

  const move = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const entry = entries[index]!;
    onMove(index, to);
    setPending({ id: entry.id, direction });
    setAnnouncement(`'${entry.name}' moved to position ${to + 1} of ${entries.length}.`);
  };

  return (
    <>
      <ol class="reorder" ref={list} aria-label={label}>
        {entries.map((entry, index) => (
          <li key={entry.id} class="reorder__entry" data-entry={entry.id}>
            <Rich class="reorder__text" html={entry.html} />
            {marks?.[entry.id] && <MarkBadge mark={marks[entry.id]!} />}
            <span class="reorder__buttons">
              <button
                type="button"
                data-move="up"
                data-entry={entry.id}
                aria-label={`Move '${entry.name}' up`}
                disabled={locked || index === 0}
                onClick={() => move(index, 'up')}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                data-move="down"
                data-entry={entry.id}
                aria-label={`Move '${entry.name}' down`}
                disabled={locked || index === entries.length - 1}
                onClick={() => move(index, 'down')}
              >
                <span aria-hidden="true">↓</span>
              </button>
              {extra?.(entry, index)}
            </span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

/** A copy of `list` with the entry at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [entry] = out.splice(from, 1);
  out.splice(to, 0, entry!);
  return out;
}
