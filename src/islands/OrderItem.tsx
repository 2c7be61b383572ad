/** `order` sequence: steps shown shuffled (seeded by the item id, never in the key's order), moved with buttons. */
import type { Grade } from '../grading/types.ts';
import type { Mark } from './FeedbackList.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import { inline, plain, type ItemView, type QuizProps } from './quiz-types.ts';
import { moved, ReorderList } from './ReorderList.tsx';
import { shuffledAwayFrom } from './seeded-shuffle.ts';

/** The steps as shown; `moved` once the learner has moved one (the shuffled order alone is no answer). */
interface Draft {
  order: string[];
  moved: boolean;
}

function stepMarks(grade: Grade | undefined, ids: readonly string[]): Record<string, Mark> {
  if (!grade) return {};
  const misplaced = new Set(grade.feedback.filter((f) => f.kind === 'misplaced').map((f) => f.target));
  return Object.fromEntries(
    ids.map((id) => [
      id,
      misplaced.has(id) ? { tone: 'bad', icon: '✗', word: 'Out of place' } : { tone: 'ok', icon: '✓', word: 'In order' },
    ]),
  );
}

export const orderView: ItemView<'order', Draft> = {
  empty: (item) => ({ order: shuffledAwayFrom(item.steps.map((s) => s.id), item.id), moved: false }),
  restore: (_, { order }) => ({ order, moved: true }),
  response: (_, draft) => (draft.moved ? { order: draft.order } : 'Put the steps in order first: move at least one.'),
  grader: () => import('../grading/order.ts').then((m) => m.gradeOrder),
  Controls: ({ item, text, draft, setDraft, locked, grade }) => {
    const byId = new Map(item.steps.map((s) => [s.id, s]));
    return (
      <>
        <p class="quiz__hint">Put the steps in order, first at the top, with the move buttons.</p>
        <ReorderList
          label="Steps, in your order"
          entries={draft.order.map((id) => {
            const step = byId.get(id)!;
            return { id, html: inline(text, step.text), name: plain(text, step.text) };
          })}
          onMove={(from, to) => setDraft({ order: moved(draft.order, from, to), moved: true })}
          locked={locked}
          marks={stepMarks(grade, draft.order)}
        />
      </>
    );
  },
};

export default function OrderItem(props: QuizProps<'order'>) {
  return <ItemFrame {...props} view={orderView} />;
}
