/** `sct` script concordance: a hypothesis, a new finding, and a five-point scale scored against the authors' reference key (weights per point). */
import { MarkBadge, type Mark } from './FeedbackList.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import type { ItemView, QuizProps } from './quiz-types.ts';
import { Rich } from './Rich.tsx';
import { sctMeaning, sctScale, sctValueLabel } from '../schemas/items/catalogue.ts';

interface Draft {
  value?: number | undefined;
}

export const sctView: ItemView<'sct', Draft> = {
  empty: () => ({}),
  restore: (_, { value }) => ({ value }),
  fromForm: (_, form, idBase) => {
    const value = Number(form.get(`${idBase}-value`) ?? NaN);
    return Number.isInteger(value) && Math.abs(value) <= 2 ? { value } : undefined;
  },
  response: (_, draft) => (draft.value === undefined ? 'Choose a point on the scale first.' : { value: draft.value }),
  grader: () => import('../grading/sct.ts').then((m) => m.gradeSct),
  Controls: ({ item, text, draft, setDraft, locked, grade, idBase }) => {
    const mark: Mark | undefined = !grade
      ? undefined
      : grade.score === 1
        ? { tone: 'ok', icon: '✓', word: 'Highest weight in the reference key' }
        : grade.score > 0
          ? { tone: 'partial', icon: '◐', word: 'Some weight in the reference key' }
          : { tone: 'bad', icon: '✗', word: 'No weight in the reference key' };
    return (
      <div class="sct">
        <dl class="sct__case">
          <dt>If you were thinking of</dt>
          <dd>
            <Rich as="div" html={text.block[item.hypothesis] ?? item.hypothesis} />
          </dd>
          <dt>and then you find</dt>
          <dd>
            <Rich as="div" html={text.block[item.finding] ?? item.finding} />
          </dd>
        </dl>
        <fieldset class="quiz__options">
          <legend class="quiz__hint">this hypothesis becomes:</legend>
          {sctScale.map((value) => {
            const id = `${idBase}-value-${value}`;
            const chosen = draft.value === value;
            return (
              <div key={value} class="quiz__choice">
                <input
                  id={id}
                  type="radio"
                  name={`${idBase}-value`}
                  value={value}
                  checked={chosen}
                  disabled={locked}
                  onChange={() => setDraft({ value })}
                />
                <label for={id}>
                  <span class="quiz__letter">{sctValueLabel(value)}</span> {sctMeaning[String(value)]}
                </label>
                {chosen && mark && <MarkBadge mark={mark} />}
              </div>
            );
          })}
        </fieldset>
      </div>
    );
  },
  about: (_, __, feedback) => (feedback.kind === 'option' && feedback.target ? sctValueLabel(Number(feedback.target)) : undefined),
};

export default function SctItem(props: QuizProps<'sct'>) {
  return <ItemFrame {...props} view={sctView} />;
}
