/** Certainty 1-3, asked before checking an item with `confidence: true`. */
import type { Certainty } from '../grading/types.ts';

const labels: Record<Certainty, string> = {
  1: 'Not sure: close to a guess',
  2: 'Fairly sure',
  3: 'Very sure',
};

interface Props {
  idBase: string;
  value: Certainty | undefined;
  onChange(value: Certainty): void;
  disabled: boolean;
}

export function CertaintyPicker({ idBase, value, onChange, disabled }: Props) {
  return (
    <fieldset class="quiz__certainty">
      <legend>How sure are you? (choose before checking)</legend>
      <div class="quiz__certainty-options">
        {([1, 2, 3] as const).map((level) => (
          <label key={level} class="quiz__choice">
            <input
              type="radio"
              name={`${idBase}-certainty`}
              value={level}
              checked={value === level}
              required
              disabled={disabled}
              onChange={() => onChange(level)}
            />{' '}
            {level}: {labels[level]}
          </label>
        ))}
      </div>
      <p class="quiz__hint">Right earns 1, 2 or 3 marks; wrong costs 0, 2 or 6. Say how sure you really are.</p>
    </fieldset>
  );
}
