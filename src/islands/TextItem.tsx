/** `text` short answer: one labelled text field; Enter checks. */
import { ItemFrame } from './ItemFrame.tsx';
import { MarkBadge } from './FeedbackList.tsx';
import type { ItemView, QuizProps } from './quiz-types.ts';

interface Draft {
  text: string;
}

export const textView: ItemView<'text', Draft> = {
  empty: () => ({ text: '' }),
  restore: (_, { text }) => ({ text }),
  fromForm: (_, form, idBase) => {
    const text = form.get(`${idBase}-answer`);
    return typeof text === 'string' && text !== '' ? { text } : undefined;
  },
  response: (_, draft) => (draft.text.trim() ? { text: draft.text } : 'Type your answer first.'),
  grader: () => import('../grading/text.ts').then((m) => m.gradeText),
  Controls: ({ draft, setDraft, locked, grade, idBase }) => (
    <div class="quiz__text">
      <label for={`${idBase}-answer`}>Your answer</label>
      <input
        id={`${idBase}-answer`}
        name={`${idBase}-answer`}
        type="text"
        autocomplete="off"
        spellcheck={false}
        value={draft.text}
        readOnly={locked}
        aria-readonly={locked ? 'true' : undefined}
        onInput={(event) => setDraft({ text: (event.currentTarget as HTMLInputElement).value })}
      />
      {grade && (
        <MarkBadge
          mark={grade.verdict === 'correct' ? { tone: 'ok', icon: '✓', word: 'Accepted' } : { tone: 'bad', icon: '✗', word: 'Not accepted' }}
        />
      )}
    </div>
  ),
};

export default function TextItem(props: QuizProps<'text'>) {
  return <ItemFrame {...props} view={textView} />;
}
