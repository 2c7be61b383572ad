/**
 * One attempt at an item: the draft answer and certainty, checking it (grade, then the store
 * saves it), a hint before the key (use-hints.ts), "Try again", showing a saved answer again, and
 * where focus goes after each.
 * On hydration the draft starts from what the server-rendered form holds, so nothing the
 * learner did before the island's code arrived is lost.
 */
import { useEffect, useState, type MutableRef } from 'preact/hooks';
import type { Certainty, Grade, ItemType, ResponseFor } from '../grading/types.ts';
import type { ItemOf } from '../schemas/items/index.ts';
import { progressStore } from '../stores/progress.ts';
import type { ItemMode } from './item-mode.ts';
import type { ItemView } from './quiz-types.ts';
import { useHints } from './use-hints.ts';

export type FocusTarget = 'status' | 'controls' | 'certainty' | 'hint';

/** While a hint is shown: how many, and the grade of the try held back. */
export interface HintShown {
  shown: number;
  total: number;
  grade: Grade;
}

export interface Attempt<D> {
  draft: D;
  setDraft(draft: D): void;
  certainty: Certainty | undefined;
  setCertainty(certainty: Certainty): void;
  /** The grade of the last check (or of the saved answer shown), until "Try again"; none while a hint is shown. */
  checked: Grade | undefined;
  /** Defined while a hint is shown instead of the last try's grade. */
  hint: HintShown | undefined;
  /** "Show the answer" while a hint is shown: the held-back try and its grade, key and explanation. */
  showAnswer(): void;
  /** What is still missing, or why checking failed. */
  message: string;
  /** The saved record (its `updatedAt`) this attempt shows or has moved on from: no need to show it again. */
  basis: string | undefined;
  check(): Promise<void>;
  tryAgain(): void;
  /** Show a saved response (validated by grading it) and its grade. */
  show(response: ResponseFor<ItemType>, grade: Grade, savedAt: string): void;
  /** A blank item; `basis` says which saved record, if any, that stands for. */
  afresh(basis?: string): void;
  focusOn(target: FocusTarget): void;
}

export const formId = (idBase: string) => `${idBase}-form`;

// Not grading/certainty.ts's: importing it would bundle the graders' shared code with every item.
const isCertainty = (value: unknown): value is Certainty => value === 0 || value === 1 || value === 2 || value === 3;

/** The server-rendered form of this item while its island hydrates; a form made on the client starts blank. */
function serverForm(idBase: string): FormData | undefined {
  if (typeof document === 'undefined') return undefined;
  const form = document.getElementById(formId(idBase));
  return form instanceof HTMLFormElement && form.closest('astro-island[ssr]') ? new FormData(form) : undefined;
}

interface Options<T extends ItemType, D> {
  item: ItemOf<T>;
  view: ItemView<T, D>;
  lesson: string;
  idBase: string;
  mode: ItemMode;
  /** When the saved answer to this item was saved (undefined when there is none). */
  savedAt: string | undefined;
  root: MutableRef<HTMLElement | null>;
  status: MutableRef<HTMLElement | null>;
}

export function useAttempt<T extends ItemType, D>({ item, view, lesson, idBase, mode, savedAt, root, status }: Options<T, D>): Attempt<D> {
  const [start] = useState(() => {
    const form = serverForm(idBase);
    const draft = form && view.fromForm?.(item, form, idBase);
    const certainty = Number(form?.get(`${idBase}-certainty`) ?? NaN); // none chosen is not 0 ("no idea")
    return { draft, certainty: isCertainty(certainty) ? certainty : undefined };
  });
  const [draft, setDraftState] = useState<D>(() => start.draft ?? view.empty(item));
  const [certainty, setCertainty] = useState<Certainty | undefined>(start.certainty);
  const [checked, setChecked] = useState<Grade | undefined>(undefined);
  const [message, setMessage] = useState('');
  // What the learner did before hydration supersedes the saved answer: it is not shown over it.
  const [basis, setBasis] = useState<string | undefined>(start.draft !== undefined || start.certainty !== undefined ? savedAt : undefined);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  // When this attempt began (island ready, or "Try again"): the latency an LMS reports.
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const asksCertainty = 'confidence' in item && item.confidence === true;
  const hints = useHints<ResponseFor<T>>(mode.givesHints ? (item.hints?.length ?? 0) : 0);

  const withCertainty = (answer: ResponseFor<T>): ResponseFor<T> => (certainty === undefined ? answer : { ...answer, confidence: certainty });
  /** The response to grade (certainty inside), once the learner has given all it needs. */
  const complete = (): ResponseFor<T> | undefined => {
    const answer = view.response(item, draft);
    return typeof answer === 'string' || (asksCertainty && certainty === undefined) ? undefined : withCertainty(answer);
  };

  // Exam mode: hand every change of answer to the set.
  useEffect(() => {
    if (!mode.onResponse) return;
    mode.onResponse(complete() as unknown as Record<string, unknown> | undefined);
  }, [draft, certainty]);

  useEffect(() => {
    if (!focus || !root.current) return;
    const within = (selector: string) => root.current!.querySelector<HTMLElement>(selector);
    if (focus === 'status') status.current?.focus();
    else if (focus === 'certainty') within('.quiz__certainty input')?.focus();
    else if (focus === 'hint') within('.quiz__hints')?.focus();
    else within('.quiz__controls :is(input, select, textarea, button):not([disabled])')?.focus();
    const done = focus;
    setFocus((pending) => (pending === done ? null : pending));
  }, [focus]);

  const afresh = (next?: string) => {
    setDraftState(view.empty(item));
    setCertainty(undefined);
    setChecked(undefined);
    setMessage('');
    setBasis(next);
    setStartedAt(Date.now());
    hints.reset();
  };

  const show = (saved: ResponseFor<T>, grade: Grade, at: string | undefined) => {
    setDraftState(view.restore(item, saved));
    const level = (saved as { confidence?: unknown }).confidence;
    setCertainty(isCertainty(level) ? level : undefined);
    setChecked(grade);
    setMessage('');
    setBasis(at);
    hints.reset();
  };

  return {
    draft,
    setDraft(next) {
      setDraftState(next);
      if (message) setMessage('');
    },
    certainty,
    setCertainty,
    checked,
    hint: hints.held && { shown: hints.shown, total: hints.total, grade: hints.held.grade },
    showAnswer() {
      if (!hints.held) return;
      show(hints.held.response, hints.held.grade, basis);
      setFocus('status');
    },
    message,
    basis,
    async check() {
      const answer = view.response(item, draft);
      if (typeof answer === 'string') {
        setMessage(answer);
        setFocus('controls');
        return;
      }
      if (asksCertainty && certainty === undefined) {
        setMessage('Choose how sure you are before checking.');
        setFocus('certainty');
        return;
      }
      const graded = withCertainty(answer);
      let grade: Grade;
      try {
        grade = (await view.grader())(item, graded);
      } catch (error) {
        setMessage(`This answer could not be checked: ${(error as Error).message}`);
        setFocus('status');
        return;
      }
      const saved = progressStore.recordGrade({
        item,
        lesson,
        response: graded,
        grade,
        latencyMs: Date.now() - startedAt,
        ...(hints.hinted ? { hinted: true } : {}),
      });
      setMessage('');
      if (saved) setBasis(saved.updatedAt);
      if (hints.holdBack(graded, grade)) {
        // The answer stays, to be changed: the next try's time starts now.
        setStartedAt(Date.now());
        setFocus('hint');
        return;
      }
      setChecked(grade);
      setFocus('status');
    },
    tryAgain() {
      afresh(basis);
      setFocus('controls');
    },
    show: (saved, grade, at) => show(saved as ResponseFor<T>, grade, at),
    afresh,
    focusOn: setFocus,
  };
}
