/** `multi` select all that apply: one checkbox per lettered option. */
import { ChoiceList, optionLabel, optionMarks } from './ChoiceList.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import type { ItemView, QuizProps } from './quiz-types.ts';

interface Draft {
  choices: string[];
}

export const multiView: ItemView<'multi', Draft> = {
  empty: () => ({ choices: [] }),
  restore: (_, { choices }) => ({ choices }),
  fromForm: (_, form, idBase) => {
    const choices = form.getAll(`${idBase}-option`).filter((c): c is string => typeof c === 'string');
    return choices.length > 0 ? { choices } : undefined;
  },
  response: (item, draft) =>
    draft.choices.length > 0
      ? { choices: item.options.map((o) => o.id).filter((id) => draft.choices.includes(id)) }
      : 'Tick at least one option first.',
  grader: () => import('../grading/multi.ts').then((m) => m.gradeMulti),
  Controls: ({ item, text, draft, setDraft, locked, grade, idBase }) => (
    <ChoiceList
      kind="checkbox"
      name={`${idBase}-option`}
      legend="Select all that apply."
      options={item.options}
      text={text}
      selected={draft.choices}
      onSelect={(id, checked) =>
        setDraft({ choices: checked ? [...draft.choices, id] : draft.choices.filter((c) => c !== id) })
      }
      locked={locked}
      marks={optionMarks(grade)}
    />
  ),
  about: (item, text, feedback) => (feedback.kind === 'option' ? optionLabel(item.options, feedback.target, text) : undefined),
};

export default function MultiItem(props: QuizProps<'multi'>) {
  return <ItemFrame {...props} view={multiView} />;
}
