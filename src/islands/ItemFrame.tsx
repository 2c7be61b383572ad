/**
 * The frame every item type shares: the page contract (data-quiz-item, data-quiz-type,
 * "Check answer", a role="status" verdict, data-verdict, "Try again") and its render. The
 * work is in hooks: useAttempt (draft, certainty, check, hints, try again), useSavedAnswer (show
 * the saved answer) and useProjectorReveal (projector mode); the mode (learner or exam) is passed in.
 */
import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import type { Feedback, Grade, ItemType } from '../grading/types.ts';
import { presentMode } from '../stores/mode.ts';
import { progress } from '../stores/progress.ts';
import { CertaintyPicker } from './CertaintyPicker.tsx';
import { FeedbackList } from './FeedbackList.tsx';
import { HintPanel } from './HintPanel.tsx';
import { learnerMode, type ItemMode } from './item-mode.ts';
import { messageHtml, type ItemView, type QuizProps } from './quiz-types.ts';
import { Rich } from './Rich.tsx';
import { formId, useAttempt, type HintShown } from './use-attempt.ts';
import { useProjectorReveal } from './use-projector-reveal.ts';
import { useSavedAnswer } from './use-saved-answer.ts';

export interface FrameProps<T extends ItemType, D> extends QuizProps<T> {
  view: ItemView<T, D>;
  /** Learner mode unless given (the self-assessment passes exam mode). */
  mode?: ItemMode | undefined;
}

const verdictWords = { correct: 'Correct', partial: 'Partly correct', incorrect: 'Incorrect' } as const;
const verdictIcons = { correct: '✓', partial: '◐', incorrect: '✗' } as const;
export const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** "Partly correct: 67%" (and the certainty-based mark when there is one). */
export function verdictText(grade: Grade): string {
  const mark = grade.cbm === undefined ? '' : `. Certainty-based mark: ${signed(grade.cbm)}`;
  return `${verdictWords[grade.verdict]}: ${Math.round(grade.score * 100)}%${mark}`;
}

/** "Not yet. Incorrect: 0%. Here is a hint: change your answer and check again." */
export function hintStatusText({ shown, total, grade }: HintShown): string {
  const which = total > 1 ? `hint ${shown} of ${total}` : 'a hint';
  return `Not yet. ${verdictText(grade)}. Here is ${which}: change your answer and check again.`;
}

export function ItemFrame<T extends ItemType, D>(props: FrameProps<T, D>) {
  const { item, view, text, lesson } = props;
  const mode = props.mode ?? learnerMode;
  const idBase = props.idBase ?? item.id;
  const root = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // Server HTML is learner mode; projector mode applies once hydrated, so hydration matches.
  // An exam set is not presented: its items stay in exam mode.
  const present = useStore(presentMode, { ssr: () => false }) && mode.checksItself;
  const saved = useStore(progress).items[item.id];
  const attempt = useAttempt({ item, view, lesson, idBase, mode, savedAt: saved?.updatedAt, root, status });
  useSavedAnswer(item, view, attempt, saved, mode.showsSaved && !present);
  const projector = useProjectorReveal(root, present, () => attempt.afresh());

  const grade = present ? undefined : mode.shownGrade(attempt.checked);
  // A hint instead of the grade: the answer stays editable, no mark or feedback gives the key away.
  const hint = present || grade ? undefined : attempt.hint;
  const revealed = present && projector.revealed;
  const asksCertainty = 'confidence' in item && item.confidence === true;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!mode.checksItself) return; // exam mode: the set is submitted as a whole
    if (present) {
      projector.reveal();
      attempt.focusOn('status');
    } else void attempt.check();
  };
  const onAgain = () => {
    projector.hide();
    attempt.tryAgain();
  };

  const shown = present ? revealed : grade !== undefined;
  const statusText = present
    ? revealed
      ? 'Answer revealed.'
      : ''
    : grade
      ? verdictText(grade)
      : hint && !attempt.message
        ? hintStatusText(hint)
        : attempt.message;
  const statusVerdict = grade?.verdict ?? (attempt.message ? undefined : hint?.grade.verdict);
  const { Panel } = projector;
  const explanation = grade?.feedback.find((f) => f.kind === 'explanation')?.message ?? item.explanation;
  const certaintyNote = grade?.feedback.find((f) => f.kind === 'certainty');
  const about = view.about ? (f: Feedback) => view.about!(item, text, f) : undefined;
  const Controls = view.Controls;

  return (
    <div
      ref={root}
      class="quiz"
      data-quiz-item={item.id}
      data-quiz-type={item.type}
      data-verdict={grade?.verdict ?? hint?.grade.verdict}
      data-hint={hint ? String(hint.shown) : undefined}
      data-revealed={revealed ? 'true' : undefined}
    >
      <form id={formId(idBase)} class="quiz__form" noValidate autocomplete="off" onSubmit={onSubmit}>
        <Rich as="div" class="quiz__stem" html={text.block[item.stem] ?? item.stem} />
        <div class="quiz__controls">
          <Controls
            item={item}
            text={text}
            draft={attempt.draft}
            setDraft={attempt.setDraft}
            locked={grade !== undefined}
            grade={grade}
            revealed={revealed}
            idBase={idBase}
            figure={props.figure}
          />
        </div>
        {asksCertainty && !present && (
          <CertaintyPicker idBase={idBase} value={attempt.certainty} onChange={attempt.setCertainty} disabled={grade !== undefined} />
        )}
        {hint && <HintPanel hints={item.hints ?? []} shown={hint.shown} text={text} idBase={idBase} />}
        {mode.checksItself && (
          <div class="quiz__actions">
            {shown ? (
              // Distinct keys: a new element each time, so one key press never activates both.
              <button key="again" type="button" onClick={onAgain}>
                {present ? 'Hide answer' : 'Try again'}
              </button>
            ) : (
              <button key="check" type="submit" class="primary">
                {present ? 'Reveal answer' : 'Check answer'}
              </button>
            )}
            {hint && (
              <button key="show" type="button" onClick={attempt.showAnswer}>
                Show the answer
              </button>
            )}
          </div>
        )}
      </form>
      <p role="status" ref={status} tabIndex={-1} class={`quiz__status${statusVerdict ? ` quiz__status--${statusVerdict}` : ''}`}>
        {statusVerdict && <span aria-hidden="true">{verdictIcons[statusVerdict]} </span>}
        {statusText}
      </p>
      {shown && (
        <div class="quiz__feedback">
          {present ? (
            Panel && <Panel item={item} text={text} idBase={idBase} />
          ) : (
            grade && (
              <FeedbackList
                feedback={grade.feedback.filter((f) => f.kind !== 'explanation' && f.kind !== 'certainty')}
                text={text}
                about={about}
              />
            )
          )}
          {certaintyNote && grade?.cbm !== undefined && (
            <p class="quiz__cbm">
              <strong>Certainty-based mark: {signed(grade.cbm)}.</strong> {certaintyNote.message}
            </p>
          )}
          <div class="quiz__explanation">
            <p class="quiz__label">Explanation</p>
            <Rich as="div" html={messageHtml(text, explanation)} />
          </div>
          <p class="quiz__review">
            <a href={props.reviewUrl}>Review this: {props.reviewLabel}</a>
          </p>
        </div>
      )}
    </div>
  );
}
