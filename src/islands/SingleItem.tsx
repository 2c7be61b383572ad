/** `single` best answer: one radio button per lettered option. */
import { ChoiceList, optionLabel, optionMarks } from './ChoiceList.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import type { ItemView, QuizProps } from './quiz-types.ts';

interface Draft {
  choice?: string | undefined;
}

export const singleView: ItemView<'single', Draft> = {
  empty: () => ({}),
  restore: (_, { choice }) => ({ choice }),
  fromForm: (_, form, idBase) => {
    const choice = form.get(`${idBase}-option`);
    return typeof choice === 'string' ? { choice } : undefined;
  },
  response: (_, draft) => (draft.choice ? { choice: draft.choice } : 'Choose an answer first.'),
  grader: () => import('../grading/single.ts').then((m) => m.gradeSingle),
  Controls: ({ item, text, draft, setDraft, locked, grade, idBase }) => (
    <ChoiceList
      kind="radio"
      name={`${idBase}-option`}
      legend="Choose the one best answer."
      options={item.options}
      text={text}
      selected={draft.choice ? [draft.choice] : []}
      onSelect={(id) => setDraft({ choice: id })}
      locked={locked}
      marks={optionMarks(grade)}
    />
  ),
  about: (item, text, feedback) => (feedback.kind === 'option' ? optionLabel(item.options, feedback.target, text) : undefined),
};

export default function SingleItem(props: QuizProps<'single'>) {
  return <ItemFrame {...props} view={singleView} />;
}
