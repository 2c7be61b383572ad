/**
 * The review page: a queue of the items due now, across all lessons, interleaved by lesson and
 * type (src/islands/review-queue.ts), one at a time or as a list (the learner's choice, kept in
 * this browser). It says how many are due and when the next ones are, can take the next items not
 * yet due (study ahead), and downloads the coming review dates as a calendar file.
 *
 * Light on load: it reads storage with the tiny reader and the due rules; the items' data (one
 * script per item, item-data/<lesson>/<id>.js, and the figure a hotspot item draws) and their code
 * (ReviewItem, with the item frame and the store) load only for the items shown. An item put
 * right stays in the queue until the page is left, so its feedback can be read.
 */
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { dueItemIds, nextDueAt } from '../scheduling/due.ts';
import { readSavedProgress } from '../scheduling/saved-schedule.ts';
import { PROGRESS_KEY } from '../stores/saved-progress.ts';
import type { Progress } from '../stores/progress-format.ts';
import { itemsByRef, placeFigures } from './item-data.ts';
import type { QuizProps } from './quiz-types.ts';
import { interleave, studyAheadIds } from './review-queue.ts';

export interface ReviewQueueProps {
  /** Lessons in teaching order. */
  lessons: { slug: string; title: string }[];
  /** Every item of the module: id → [lesson slug, item type]. */
  items: Record<string, [string, string]>;
  /** Item type → its label in the learner's words. */
  typeLabels: Record<string, string>;
  /** The site's base path. */
  base: string;
  /** The module's name (for the calendar). */
  name: string;
}

type View = 'one' | 'list';
/** Where the learner's choice of view is kept. */
export const VIEW_KEY = 'wfbb-review-view';
const AHEAD_CHOICES = [5, 10, 20];

function savedView(): View {
  try {
    return localStorage.getItem(VIEW_KEY) === 'list' ? 'list' : 'one';
  } catch {
    return 'one';
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const when = (date: Date) =>
  new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(date);

interface Loaded {
  Item: ComponentType<{ props: QuizProps }>;
  props: Map<string, QuizProps>;
}

export default function ReviewQueue({ lessons, items, typeLabels, base, name }: ReviewQueueProps) {
  const [ready, setReady] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [now, setNow] = useState(() => new Date());
  const [queue, setQueue] = useState<string[]>([]);
  const [view, setView] = useState<View>('one');
  const [index, setIndex] = useState(0);
  const [ahead, setAhead] = useState(AHEAD_CHOICES[0]!);
  const [note, setNote] = useState('');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const listening = useRef(false);

  const info = (id: string) => {
    const known = items[id];
    return known ? { lesson: known[0], type: known[1] } : undefined;
  };
  const lessonTitle = (slug: string) => lessons.find((l) => l.slug === slug)?.title ?? slug;

  /** Re-reads storage; adds items newly due to the end of the queue (never drops one in view). */
  const refresh = () => {
    const saved = readSavedProgress();
    const at = new Date();
    setProgress(saved);
    setNow(at);
    const due = saved ? dueItemIds(saved, at).filter((id) => id in items) : [];
    setQueue((before) => [...before, ...interleave(due.filter((id) => !before.includes(id)), info)]);
  };

  useEffect(() => {
    setView(savedView());
    refresh();
    setReady(true);
    const onStorage = (event: StorageEvent) => {
      if (event.key === PROGRESS_KEY) refresh();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  // The items to show now: the current one (and the next, to be ready) or the whole list.
  const wanted = useMemo(() => (view === 'list' ? queue : queue.slice(index, index + 2)), [view, queue, index]);
  useEffect(() => {
    const missing = wanted.filter((id) => !loaded?.props.has(id));
    if (missing.length === 0) return;
    let stale = false;
    (async () => {
      const loadItems = async () => {
        const props = await itemsByRef(missing.map((id) => `${items[id]![0]}/${id}`), base);
        await placeFigures(props, base);
        return props;
      };
      const [module, data] = await Promise.all([import('./ReviewItem.tsx'), loadItems()]);
      if (stale) return;
      setLoaded((before) => {
        const props = new Map(before?.props);
        for (const p of data) props.set(p.item.id, p);
        return { Item: module.ReviewItem, props };
      });
      if (!listening.current) {
        listening.current = true;
        module.onAnswerSaved(refresh);
      }
    })().catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      stale = true;
    };
  }, [wanted]);

  const chooseView = (next: View) => {
    setView(next);
    try {
      localStorage.setItem(VIEW_KEY, next);
    } catch {
      // not kept: the choice holds for this visit
    }
  };

  const dueNow = progress ? dueItemIds(progress, now).filter((id) => id in items).length : 0;
  const next = progress ? nextDueAt(progress, now) : undefined;
  const answeredAny = progress !== null && Object.keys(progress.items).length > 0;

  const studyAhead = () => {
    if (!progress) return;
    const more = studyAheadIds(progress, new Date(), ahead, new Set(queue)).filter((id) => id in items);
    if (more.length === 0) {
      setNote('Nothing else is scheduled: there is nothing to study ahead.');
      return;
    }
    const first = queue.length;
    setQueue([...queue, ...interleave(more, info)]);
    if (view === 'one') setIndex(first);
    setNote(`Added ${plural(more.length, 'question')} not yet due.`);
  };

  const download = async () => {
    if (!progress) return;
    const { reviewCalendar } = await import('./review-calendar.ts');
    const calendar = reviewCalendar(progress, new Date(), { reviewUrl: new URL(`${base}review/`, location.href).href, name });
    if (!calendar) {
      setNote('No review dates are scheduled after now.');
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([calendar], { type: 'text/calendar;charset=utf-8' }));
    link.download = 'review-dates.ics';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setNote('The review dates were downloaded as review-dates.ics: open it with your calendar.');
  };

  const go = (to: number) => {
    setIndex(to);
    requestAnimationFrame(() => heading.current?.focus());
  };

  // Before hydration (the server's text) as with nothing saved: the queue hydrates at once when anything is saved.
  const summary = !ready || !answeredAny
    ? 'Nothing to review yet: answer the questions in the lessons first, and the ones to review come back here.'
    : `${dueNow === 0 ? 'Nothing is due now' : `${plural(dueNow, 'question')} due now`}. ${
        next ? `Next due: ${when(next)}.` : 'Nothing else is scheduled.'
      }`;

  const itemAt = (id: string, position: number, focusable: boolean) => {
    const meta = info(id);
    const props = loaded?.props.get(id);
    const Item = loaded?.Item;
    return (
      <>
        <h2 id={`review-q-${id}`} tabIndex={-1} ref={focusable ? heading : undefined} class="review-queue__heading">
          Question {position + 1} of {queue.length}
          {meta && (
            <span class="review-queue__meta">
              {' '}
              · {lessonTitle(meta.lesson)} · {typeLabels[meta.type] ?? meta.type}
            </span>
          )}
        </h2>
        {props && Item ? <Item props={props} /> : <p class="review-queue__loading">{failure || 'Loading the question…'}</p>}
      </>
    );
  };

  return (
    <div class="review-queue" data-review-queue>
      <p role="status" data-review-summary class="review-queue__summary">
        {summary}
      </p>
      {ready && answeredAny && (
        <div class="review-queue__tools">
          <fieldset class="review-queue__view">
            <legend>Show</legend>
            <label>
              <input type="radio" name="review-view" checked={view === 'one'} onChange={() => chooseView('one')} /> One at a time
            </label>
            <label>
              <input type="radio" name="review-view" checked={view === 'list'} onChange={() => chooseView('list')} /> As a list
            </label>
          </fieldset>
          <div class="review-queue__ahead">
            <label for="review-ahead">Study ahead</label>
            <select id="review-ahead" value={String(ahead)} onChange={(e) => setAhead(Number((e.currentTarget as HTMLSelectElement).value))}>
              {AHEAD_CHOICES.map((n) => (
                <option key={n} value={String(n)}>
                  next {n}
                </option>
              ))}
            </select>
            <button type="button" onClick={studyAhead}>
              Add questions not yet due
            </button>
          </div>
          <button type="button" onClick={() => void download()} data-review-calendar>
            Download review dates (.ics)
          </button>
        </div>
      )}
      <p class="review-queue__note" aria-live="polite">
        {note}
      </p>
      {queue.length > 0 &&
        (view === 'one' ? (
          <section class="review-queue__one" aria-labelledby={`review-q-${queue[Math.min(index, queue.length - 1)]}`}>
            {(() => {
              const at = Math.min(index, queue.length - 1);
              const id = queue[at]!;
              return (
                <div key={id} class="review-entry" data-review-entry={id}>
                  {itemAt(id, at, true)}
                </div>
              );
            })()}
            <nav class="review-queue__nav" aria-label="Questions in the queue">
              <button type="button" disabled={index <= 0} onClick={() => go(index - 1)}>
                Previous question
              </button>
              <button type="button" class="primary" disabled={index >= queue.length - 1} onClick={() => go(index + 1)}>
                Next question
              </button>
            </nav>
          </section>
        ) : (
          <ol class="review-queue__list">
            {queue.map((id, position) => (
              <li key={id} class="review-entry" data-review-entry={id}>
                {itemAt(id, position, false)}
              </li>
            ))}
          </ol>
        ))}
    </div>
  );
}
