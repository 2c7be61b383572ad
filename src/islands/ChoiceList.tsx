/**
 * Lettered options as radio buttons or checkboxes (single, multi, twoTier, hotspot regions),
 * marked right or wrong after checking.
 */
import type { Grade } from '../grading/types.ts';
import { MarkBadge, type Mark } from './FeedbackList.tsx';
import { inline, letter, type ItemText } from './quiz-types.ts';
import { Rich } from './Rich.tsx';

interface Option {
  id: string;
  text: string;
}

interface Props {
  kind: 'radio' | 'checkbox';
  name: string;
  legend: string;
  options: readonly Option[];
  text: ItemText;
  selected: readonly string[];
  onSelect(id: string, checked: boolean): void;
  locked: boolean;
  /** After checking: marks from the grade for these options. */
  marks?: Record<string, Mark | undefined>;
}

export function ChoiceList({ kind, name, legend, options, text, selected, onSelect, locked, marks }: Props) {
  return (
    <fieldset class="quiz__options">
      <legend class="quiz__hint">{legend}</legend>
      {options.map((option, index) => {
        const id = `${name}-${option.id}`;
        const mark = marks?.[option.id];
        return (
          <div key={option.id} class={`quiz__choice${mark ? ` quiz__choice--${mark.tone}` : ''}`}>
            <input
              id={id}
              type={kind}
              name={name}
              value={option.id}
              checked={selected.includes(option.id)}
              disabled={locked}
              onChange={(event) => onSelect(option.id, (event.currentTarget as HTMLInputElement).checked)}
            />
            <label for={id}>
              <span class="quiz__letter">{letter(index)}.</span> <Rich html={inline(text, option.text)} />
            </label>
            {mark && <MarkBadge mark={mark} />}
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * Marks for options from a grade: a chosen option is right or wrong; a right option the
 * learner did not choose is shown as the answer.
 */
export function optionMarks(grade: Grade | undefined, kinds: readonly string[] = ['option']): Record<string, Mark> {
  const marks: Record<string, Mark> = {};
  if (!grade) return marks;
  for (const entry of grade.feedback) {
    if (entry.target === undefined) continue;
    if (kinds.includes(entry.kind)) {
      marks[entry.target] =
        entry.correct === false
          ? { tone: 'bad', icon: '✗', word: 'Wrong' }
          : { tone: 'ok', icon: '✓', word: 'Right' };
    } else if ((entry.kind === 'answer' || entry.kind === 'missed') && !marks[entry.target]) {
      marks[entry.target] =
        entry.kind === 'missed'
          ? { tone: 'bad', icon: '!', word: 'Missed: a correct option' }
          : { tone: 'info', icon: '✓', word: 'The answer' };
    }
  }
  return marks;
}

/** "B. GNAS": what an option's feedback is about. */
export function optionLabel(options: readonly Option[], id: string | undefined, text: ItemText): string | undefined {
  const index = options.findIndex((option) => option.id === id);
  return index === -1 ? undefined : `${letter(index)}. ${inline(text, options[index]!.text)}`;
}
