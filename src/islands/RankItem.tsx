/**
 * `rank` differential ranking: the learner adds up to k options to a ranking, best first,
 * and orders it with move buttons. Options are listed in a seeded shuffle, not by relevance.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Grade } from '../grading/types.ts';
import type { Mark } from './FeedbackList.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import { inline, letter, plain, type ControlsProps, type ItemView, type QuizProps } from './quiz-types.ts';
import { moved, ReorderList } from './ReorderList.tsx';
import { Rich } from './Rich.tsx';
import { seededShuffle } from './seeded-shuffle.ts';

type Draft = string[];

function rankMarks(grade: Grade | undefined): Record<string, Mark> {
  const marks: Record<string, Mark> = {};
  for (const f of grade?.feedback ?? []) {
    if (f.kind === 'option' && f.target)
      marks[f.target] = f.correct ? { tone: 'ok', icon: '✓', word: 'Relevant' } : { tone: 'bad', icon: '✗', word: 'Not relevant' };
  }
  for (const f of grade?.feedback ?? []) {
    if (f.kind === 'rank' && f.target && marks[f.target]) marks[f.target] = { tone: 'partial', icon: '!', word: 'Belongs higher' };
  }
  return marks;
}

function RankControls({ item, text, draft, setDraft, locked, grade }: ControlsProps<'rank', Draft>) {
  const shown = seededShuffle(item.options, item.id);
  const byId = new Map(item.options.map((o) => [o.id, o]));
  const full = draft.length >= item.k;
  const box = useRef<HTMLDivElement>(null);
  // After adding, focus moves to the entry in the ranking; after removing, to its "Add" button.
  const [focus, setFocus] = useState<{ id: string; where: 'ranking' | 'pool' } | null>(null);

  useEffect(() => {
    if (!focus || !box.current) return;
    const selector =
      focus.where === 'pool'
        ? `[data-option="${CSS.escape(focus.id)}"]`
        : `[data-entry="${CSS.escape(focus.id)}"] button:not([disabled])`;
    box.current.querySelector<HTMLElement>(selector)?.focus();
    const done = focus;
    setFocus((f) => (f === done ? null : f));
  }, [focus]);

  return (
    <div class="rank" ref={box}>
      <p class="quiz__hint">
        Add up to {item.k} options to your ranking, most likely first, then order them with the move buttons.
      </p>
      <p class="quiz__label">
        Your ranking ({draft.length} of {item.k})
      </p>
      {draft.length === 0 ? (
        <p class="rank__empty">Nothing ranked yet.</p>
      ) : (
        <ReorderList
          label="Your ranking, most likely first"
          entries={draft.map((id) => ({ id, html: inline(text, byId.get(id)!.text), name: plain(text, byId.get(id)!.text) }))}
          onMove={(from, to) => setDraft(moved(draft, from, to))}
          locked={locked}
          marks={rankMarks(grade)}
          extra={(entry) => (
            <button
              type="button"
              aria-label={`Remove '${entry.name}' from your ranking`}
              disabled={locked}
              onClick={() => {
                setDraft(draft.filter((id) => id !== entry.id));
                setFocus({ id: entry.id, where: 'pool' });
              }}
            >
              <span aria-hidden="true">✕</span>
            </button>
          )}
        />
      )}
      <p class="quiz__label">Options</p>
      <ul class="rank__pool">
        {shown.map((option, index) =>
          draft.includes(option.id) ? null : (
            <li key={option.id}>
              <button
                type="button"
                data-option={option.id}
                disabled={locked || full}
                onClick={() => {
                  setDraft([...draft, option.id]);
                  setFocus({ id: option.id, where: 'ranking' });
                }}
              >
                <span class="visually-hidden">Add </span>
                <span class="quiz__letter">{letter(index)}.</span> <Rich html={inline(text, option.text)} />
                <span class="visually-hidden"> to your ranking</span>
              </button>
            </li>
          ),
        )}
      </ul>
      {full && !locked && <p class="quiz__hint">Your ranking is full: remove an option to add another.</p>}
    </div>
  );
}

export const rankView: ItemView<'rank', Draft> = {
  empty: () => [],
  restore: (_, { ranked }) => [...ranked],
  response: (_, draft) => (draft.length > 0 ? { ranked: draft } : 'Add at least one option to your ranking first.'),
  grader: () => import('../grading/rank.ts').then((m) => m.gradeRank),
  Controls: RankControls,
};

export default function RankItem(props: QuizProps<'rank'>) {
  return <ItemFrame {...props} view={rankView} />;
}
