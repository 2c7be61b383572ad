/**
 * The hints shown so far, newest last, while the learner tries again. A group named by its
 * heading, focused when a new hint appears, so a screen reader reads it at once.
 */
import { messageHtml, type ItemText } from './quiz-types.ts';
import { Rich } from './Rich.tsx';

interface Props {
  hints: readonly string[];
  shown: number;
  text: ItemText;
  idBase: string;
}

/** "Hint", "Hint 1 of 2", then "Hints 1–2 of 2" once the earlier hints are listed with the new one. */
export const hintTitle = (shown: number, total: number): string =>
  total === 1 ? 'Hint' : shown === 1 ? `Hint 1 of ${total}` : `Hints 1–${shown} of ${total}`;

export function HintPanel({ hints, shown, text, idBase }: Props) {
  const title = `${idBase}-hint-title`;
  const given = hints.slice(0, shown);
  return (
    <div class="quiz__hints" role="group" aria-labelledby={title} tabIndex={-1}>
      <p class="quiz__label" id={title}>
        {hintTitle(shown, hints.length)}
      </p>
      {given.length === 1 ? (
        <Rich as="div" class="quiz__hint-text" html={messageHtml(text, given[0]!)} />
      ) : (
        <ol class="quiz__hint-list">
          {given.map((hint, index) => (
            <li key={index} class={index === given.length - 1 ? 'quiz__hint-text quiz__hint-text--new' : 'quiz__hint-text'}>
              <Rich as="div" html={messageHtml(text, hint)} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
