/** `match` extended matching: one <select> per premise; a choice may fit several premises. */
import type { Grade } from '../grading/types.ts';
import { MarkBadge, type Mark } from './FeedbackList.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import { inline, letter, plain, type ItemView, type QuizProps } from './quiz-types.ts';
import { Rich } from './Rich.tsx';

type Draft = Record<string, string>;

function premiseMarks(grade: Grade | undefined): Record<string, Mark> {
  const marks: Record<string, Mark> = {};
  for (const f of grade?.feedback ?? []) {
    if (!f.target) continue;
    if (f.kind === 'match') marks[f.target] = { tone: 'ok', icon: '✓', word: 'Right' };
    if (f.kind === 'mismatch') marks[f.target] = { tone: 'bad', icon: '✗', word: 'Wrong' };
    if (f.kind === 'missed') marks[f.target] = { tone: 'bad', icon: '✗', word: 'Not answered' };
  }
  return marks;
}

export const matchView: ItemView<'match', Draft> = {
  empty: () => ({}),
  restore: (_, { pairs }) => ({ ...pairs }),
  fromForm: (item, form, idBase) => {
    const pairs = item.premises
      .map((premise) => [premise.id, form.get(`${idBase}-premise-${premise.id}`)] as const)
      .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '');
    return pairs.length > 0 ? Object.fromEntries(pairs) : undefined;
  },
  response: (_, draft) =>
    Object.values(draft).some(Boolean) ? { pairs: { ...draft } } : 'Choose a match for at least one entry first.',
  grader: () => import('../grading/match.ts').then((m) => m.gradeMatch),
  Controls: ({ item, text, draft, setDraft, locked, grade, idBase }) => {
    const marks = premiseMarks(grade);
    return (
      <div class="match">
        <p class="quiz__label" id={`${idBase}-choices`}>
          Choices (each may be used more than once)
        </p>
        <ul class="match__choices" aria-labelledby={`${idBase}-choices`}>
          {item.choices.map((choice, index) => (
            <li key={choice.id}>
              <span class="quiz__letter">{letter(index)}.</span> <Rich html={inline(text, choice.text)} />
            </li>
          ))}
        </ul>
        <ol class="match__premises">
          {item.premises.map((premise) => {
            const id = `${idBase}-premise-${premise.id}`;
            return (
              <li key={premise.id} class="match__premise">
                <label for={id}>
                  <Rich html={inline(text, premise.text)} />
                </label>
                <select
                  id={id}
                  name={id}
                  value={draft[premise.id] ?? ''}
                  disabled={locked}
                  onChange={(event) => {
                    const value = (event.currentTarget as HTMLSelectElement).value;
                    const next = { ...draft };
                    if (value) next[premise.id] = value;
                    else delete next[premise.id];
                    setDraft(next);
                  }}
                >
                  <option value="">Choose…</option>
                  {item.choices.map((choice, index) => (
                    <option key={choice.id} value={choice.id}>
                      {letter(index)}. {plain(text, choice.text)}
                    </option>
                  ))}
                </select>
                {marks[premise.id] && <MarkBadge mark={marks[premise.id]!} />}
              </li>
            );
          })}
        </ol>
      </div>
    );
  },
};

export default function MatchItem(props: QuizProps<'match'>) {
  return <ItemFrame {...props} view={matchView} />;
}
