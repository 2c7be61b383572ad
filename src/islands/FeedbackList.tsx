/** The grader's feedback, each entry marked right or wrong in words and a symbol, never by colour alone. */
import type { Feedback } from '../grading/types.ts';
import { messageHtml, type ItemText } from './quiz-types.ts';
import { Rich } from './Rich.tsx';

export type Tone = 'ok' | 'bad' | 'partial' | 'info';

export interface Mark {
  tone: Tone;
  icon: string;
  word: string;
}

const ok = (word: string): Mark => ({ tone: 'ok', icon: '✓', word });
const bad = (word: string): Mark => ({ tone: 'bad', icon: '✗', word });
const info = (word: string): Mark => ({ tone: 'info', icon: '•', word });

export function markOf(feedback: Feedback): Mark {
  switch (feedback.kind) {
    case 'missed':
      return bad('Missed');
    case 'misplaced':
      return bad('Out of place');
    case 'answer':
      return ok('Answer');
    case 'panel':
      return info('Panel');
    default:
      return feedback.correct === true ? ok('Right') : feedback.correct === false ? bad('Wrong') : info('Note');
  }
}

export function MarkBadge({ mark }: { mark: Mark }) {
  return (
    <span class={`mark mark--${mark.tone}`}>
      <span aria-hidden="true">{mark.icon}</span> {mark.word}
    </span>
  );
}

interface Props {
  feedback: Feedback[];
  text: ItemText;
  about?: ((feedback: Feedback) => string | undefined) | undefined;
}

export function FeedbackList({ feedback, text, about }: Props) {
  if (feedback.length === 0) return null;
  return (
    <ul class="feedback">
      {feedback.map((entry, index) => {
        const label = about?.(entry);
        return (
          <li key={index} class={`feedback__entry feedback__entry--${markOf(entry).tone}`}>
            <MarkBadge mark={markOf(entry)} />
            {label && <Rich class="feedback__about" html={label} />}
            <Rich as="div" class="feedback__message" html={messageHtml(text, entry.message)} />
          </li>
        );
      })}
    </ul>
  );
}
