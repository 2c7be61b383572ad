/** The grader's feedback, each entry marked right or wrong in words and a symbol, never by colour alone. */
import type { HTMLAttributes } from 'preact';
import type { Feedback, FeedbackKind } from '../grading/types.ts';
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

/** A chosen option, reason, region...: right or wrong as the grader says, else a note. */
const byCorrectness = (feedback: Feedback): Mark =>
  feedback.correct === true ? ok('Right') : feedback.correct === false ? bad('Wrong') : info('Note');

/** How each kind of feedback is marked; a kind the grader adds without a mark here does not compile. */
export type FeedbackMarks = { [K in FeedbackKind]: (feedback: Feedback) => Mark };

export const feedbackMarks: FeedbackMarks = {
  option: byCorrectness,
  reason: byCorrectness,
  region: byCorrectness,
  match: byCorrectness,
  mismatch: byCorrectness,
  missed: () => bad('Missed'),
  misplaced: () => bad('Out of place'),
  tier: byCorrectness,
  panel: () => info('Reference key'),
  rank: byCorrectness,
  reject: byCorrectness,
  answer: () => ok('Answer'),
  certainty: byCorrectness,
  explanation: byCorrectness,
};

export const markOf = (feedback: Feedback): Mark => feedbackMarks[feedback.kind](feedback);

/** A mark in words and a symbol. Extra attributes let the projector's key mark what to keep in view. */
export function MarkBadge({ mark, ...attributes }: { mark: Mark } & HTMLAttributes<HTMLSpanElement>) {
  return (
    <span {...attributes} class={`mark mark--${mark.tone}`}>
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
