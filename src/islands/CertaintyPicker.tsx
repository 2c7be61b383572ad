/**
 * Certainty, asked before checking every item that asks for it (all do unless `confidence:
 * false`): 1-3, or "No idea", which marks 0 whatever the answer and stays out of calibration.
 * A labelled radio group: arrow keys move within it, as in any native group.
 */
import type { Certainty } from '../grading/types.ts';

const choices: readonly { level: Certainty; label: string }[] = [
  { level: 1, label: '1: Not sure (under 67 %)' },
  { level: 2, label: '2: Fairly sure (67 to 80 %)' },
  { level: 3, label: '3: Very sure (over 80 %)' },
  { level: 0, label: 'No idea (marks 0)' },
];

interface Props {
  idBase: string;
  value: Certainty | undefined;
  onChange(value: Certainty): void;
  disabled: boolean;
}

export function CertaintyPicker({ idBase, value, onChange, disabled }: Props) {
  const hint = `${idBase}-certainty-hint`;
  return (
    <fieldset class="quiz__certainty" aria-describedby={hint}>
      <legend>How sure are you?</legend>
      <div class="quiz__certainty-options">
        {choices.map(({ level, label }) => (
          <label key={level} class={`quiz__choice${level === 0 ? ' quiz__certainty-no-idea' : ''}`}>
            <input
              type="radio"
              name={`${idBase}-certainty`}
              value={level}
              checked={value === level}
              required
              disabled={disabled}
              onChange={() => onChange(level)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {/* Short on purpose: every item carries one (page weight); AUTHORING and the About page say more. */}
      <p class="quiz__hint" id={hint}>Right: +1, +2 or +3 (partly right, that share). Wrong: 0, −2 or −6.</p>
    </fieldset>
  );
}
