/** `twoTier` answer and reason: two groups of lettered radio buttons. */
import { ChoiceList, optionLabel, optionMarks } from './ChoiceList.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import type { ItemView, QuizProps } from './quiz-types.ts';

interface Draft {
  choice?: string | undefined;
  reason?: string | undefined;
}

const str = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : undefined);

export const twoTierView: ItemView<'twoTier', Draft> = {
  empty: () => ({}),
  restore: (_, { choice, reason }) => ({ choice, reason }),
  fromForm: (_, form, idBase) => {
    const draft = { choice: str(form.get(`${idBase}-option`)), reason: str(form.get(`${idBase}-reason`)) };
    return draft.choice || draft.reason ? draft : undefined;
  },
  response: (_, draft) =>
    !draft.choice
      ? 'Choose an answer first.'
      : !draft.reason
        ? 'Choose the reason for your answer.'
        : { choice: draft.choice, reason: draft.reason },
  grader: () => import('../grading/twoTier.ts').then((m) => m.gradeTwoTier),
  Controls: ({ item, text, draft, setDraft, locked, grade, idBase }) => {
    const marks = optionMarks(grade);
    const reasonMarks = optionMarks(grade, ['reason']);
    return (
      <>
        <ChoiceList
          kind="radio"
          name={`${idBase}-option`}
          legend="First, your answer:"
          options={item.options}
          text={text}
          selected={draft.choice ? [draft.choice] : []}
          onSelect={(id) => setDraft({ ...draft, choice: id })}
          locked={locked}
          marks={Object.fromEntries(item.options.map((o) => [o.id, marks[o.id]]))}
        />
        <ChoiceList
          kind="radio"
          name={`${idBase}-reason`}
          legend="Then, the reason for it:"
          options={item.reasons}
          text={text}
          selected={draft.reason ? [draft.reason] : []}
          onSelect={(id) => setDraft({ ...draft, reason: id })}
          locked={locked}
          marks={Object.fromEntries(item.reasons.map((r) => [r.id, reasonMarks[r.id]]))}
        />
      </>
    );
  },
  about: (item, text, feedback) =>
    feedback.kind === 'option'
      ? optionLabel(item.options, feedback.target, text)
      : feedback.kind === 'reason'
        ? optionLabel(item.reasons, feedback.target, text)
        : undefined,
};

export default function TwoTierItem(props: QuizProps<'twoTier'>) {
  return <ItemFrame {...props} view={twoTierView} />;
}
