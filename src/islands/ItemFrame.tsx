/**
 * The frame every item type shares: the page contract (data-quiz-item, data-quiz-type,
 * "Check answer", a role="status" verdict, data-verdict, "Try again"), certainty,
 * feedback, saving and restoring progress, projector mode and exam mode.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Certainty, Feedback, Grade, ItemType, ResponseFor } from '../grading/types.ts';
import { onRevealRequest } from '../projector/reveal-contract.ts';
import { presentMode } from '../stores/mode.ts';
import { progress, progressStore } from '../stores/progress.ts';
import { CertaintyPicker } from './CertaintyPicker.tsx';
import { FeedbackList } from './FeedbackList.tsx';
import { messageHtml, type ExamHooks, type ItemView, type QuizProps } from './quiz-types.ts';
import { Rich } from './Rich.tsx';
import type { RevealPanel as RevealPanelType } from './RevealPanel.tsx';

type RevealPanelComponent = typeof RevealPanelType;
let revealPanel: Promise<RevealPanelComponent> | undefined;
/** The projector's reveal panel, loaded the first time projector mode is on. */
const loadRevealPanel = () => (revealPanel ??= import('./RevealPanel.tsx').then((m) => m.RevealPanel));

export interface FrameProps<T extends ItemType, D> extends QuizProps<T> {
  view: ItemView<T, D>;
  exam?: ExamHooks | undefined;
}

const verdictWords = { correct: 'Correct', partial: 'Partly correct', incorrect: 'Incorrect' } as const;
const verdictIcons = { correct: '✓', partial: '◐', incorrect: '✗' } as const;
export const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** "Partly correct: 67%" (and the certainty-based mark when there is one). */
export function verdictText(grade: Grade): string {
  const mark = grade.cbm === undefined ? '' : `. Certainty-based mark: ${signed(grade.cbm)}`;
  return `${verdictWords[grade.verdict]}: ${Math.round(grade.score * 100)}%${mark}`;
}

function withCertainty<R>(response: R, certainty: Certainty | undefined): R {
  return certainty === undefined ? response : { ...response, confidence: certainty };
}

type FocusTarget = 'status' | 'controls' | 'certainty';

export function ItemFrame<T extends ItemType, D>(props: FrameProps<T, D>) {
  const { item, view, text, lesson, exam } = props;
  const idBase = props.idBase ?? item.id;
  // Server HTML is learner mode; projector mode applies once hydrated, so hydration matches.
  const present = useStore(presentMode, { ssr: () => false });
  const stored = useStore(progress).items[item.id];
  const [draft, setDraft] = useState<D>(() => view.empty(item));
  const [certainty, setCertainty] = useState<Certainty | undefined>(undefined);
  const [checked, setChecked] = useState<Grade | undefined>(undefined);
  const [revealed, setRevealed] = useState(false);
  const [message, setMessage] = useState('');
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const [Reveal, setReveal] = useState<RevealPanelComponent | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  /** When this item last saved an answer: the store echoing it back must not undo a "Try again". */
  const savedAt = useRef<string | null>(null);

  const grade = exam ? exam.grade : present ? undefined : checked;
  const confidence = 'confidence' in item && item.confidence === true;

  // Show the learner's last answer (again after another tab saves one); projector mode starts blank.
  const restoreKey = exam || present ? null : (stored?.updatedAt ?? '');
  const firstRun = useRef(true);
  useEffect(() => {
    const first = firstRun.current;
    firstRun.current = false;
    if (exam || (!present && stored && stored.updatedAt === savedAt.current)) return;
    // Nothing saved on hydration: keep the state as it is (it may already hold what the learner
    // did while the island was loading, handed over by client:engage).
    if (first && !present && !stored) return;
    let current = true;
    const afresh = () => {
      setDraft(view.empty(item));
      setChecked(undefined);
      setCertainty(undefined);
    };
    setMessage('');
    // Entering projector mode keeps a reveal that arrived first; leaving it hides the answer.
    if (present) loadRevealPanel().then((component) => setReveal(() => component));
    else setRevealed(false);
    if (present || !stored) return afresh();
    view
      .grader()
      .then((grade) => {
        if (!current) return;
        const response = stored.lastResponse as unknown as ResponseFor<T>;
        setChecked(grade(item, withCertainty(response, stored.certainty)));
        setDraft(view.restore(item, stored.lastResponse));
        setCertainty(stored.certainty);
      })
      // The item changed since this answer was saved (or its grader did not load): start afresh.
      .catch(() => current && afresh());
    return () => {
      current = false;
    };
  }, [present, restoreKey]);

  // Exam mode: hand every change of answer to the set.
  useEffect(() => {
    if (!exam) return;
    const response = view.response(item, draft);
    const complete = typeof response !== 'string' && (!confidence || certainty !== undefined);
    exam.onResponse(item.id, complete ? (withCertainty(response, certainty) as unknown as Record<string, unknown>) : undefined);
  }, [draft, certainty]);

  // The projector reveals the item in view through the reveal contract (also a reveal asked for before hydration).
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    return onRevealRequest(element, () => presentMode.get() && setRevealed(true));
  }, []);

  useEffect(() => {
    if (!focus || !root.current) return;
    const within = (selector: string) => root.current!.querySelector<HTMLElement>(selector);
    if (focus === 'status') status.current?.focus();
    else if (focus === 'certainty') within('.quiz__certainty input')?.focus();
    else within('.quiz__controls :is(input, select, textarea, button):not([disabled])')?.focus();
    const done = focus;
    setFocus((pending) => (pending === done ? null : pending));
  }, [focus]);

  async function check(event: Event) {
    event.preventDefault();
    if (exam) return; // exam mode: the set is submitted as a whole
    if (present) {
      setRevealed(true);
      setFocus('status');
      return;
    }
    const response = view.response(item, draft);
    if (typeof response === 'string') {
      setMessage(response);
      setFocus('controls');
      return;
    }
    if (confidence && certainty === undefined) {
      setMessage('Choose how sure you are before checking.');
      setFocus('certainty');
      return;
    }
    let result: Grade;
    try {
      const grade = await view.grader();
      result = grade(item, withCertainty(response, certainty));
    } catch (error) {
      setMessage(`This answer could not be checked: ${(error as Error).message}`);
      setFocus('status');
      return;
    }
    setMessage('');
    setChecked(result);
    setFocus('status');
    const now = new Date();
    savedAt.current = now.toISOString();
    progressStore.recordAttempt(
      {
        id: item.id,
        lesson,
        response: response as unknown as Record<string, unknown>,
        grade: { score: result.score, verdict: result.verdict, ...(result.cbm === undefined ? {} : { cbm: result.cbm }) },
        certainty,
      },
      now,
    );
  }

  function tryAgain() {
    setDraft(view.empty(item));
    setChecked(undefined);
    setCertainty(undefined);
    setRevealed(false);
    setMessage('');
    setFocus('controls');
  }

  const shown = present ? revealed : grade !== undefined;
  const statusText = present ? (revealed ? 'Answer revealed.' : '') : grade ? verdictText(grade) : message;
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
      data-verdict={grade?.verdict}
      data-revealed={present && revealed ? 'true' : undefined}
    >
      <form class="quiz__form" noValidate onSubmit={check}>
        <Rich as="div" class="quiz__stem" html={text.block[item.stem] ?? item.stem} />
        <div class="quiz__controls">
          <Controls
            item={item}
            text={text}
            draft={draft}
            setDraft={(next: D) => {
              setDraft(next);
              if (message) setMessage('');
            }}
            locked={grade !== undefined}
            grade={grade}
            revealed={present && revealed}
            idBase={idBase}
            figure={props.figure}
          />
        </div>
        {confidence && !present && (
          <CertaintyPicker idBase={idBase} value={certainty} onChange={setCertainty} disabled={grade !== undefined} />
        )}
        {!exam && (
          <div class="quiz__actions">
            {shown ? (
              // Distinct keys: a new element each time, so one key press never activates both.
              <button key="again" type="button" onClick={tryAgain}>
                {present ? 'Hide answer' : 'Try again'}
              </button>
            ) : (
              <button key="check" type="submit" class="primary">
                {present ? 'Reveal answer' : 'Check answer'}
              </button>
            )}
          </div>
        )}
      </form>
      <p role="status" ref={status} tabIndex={-1} class={`quiz__status${grade ? ` quiz__status--${grade.verdict}` : ''}`}>
        {grade && <span aria-hidden="true">{verdictIcons[grade.verdict]} </span>}
        {statusText}
      </p>
      {shown && (
        <div class="quiz__feedback">
          {present ? (
            Reveal && <Reveal item={item} text={text} idBase={idBase} />
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
