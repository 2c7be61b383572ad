/**
 * Hints before the key. After a wrong or partial try at an item with hints, the try's grade is
 * held back and the next hint is shown; the answer stays, to be changed and checked again. One
 * hint per try: with n hints the key and the explanation come with a right try, after try n + 1,
 * or at once on "Show the answer" (which shows the held-back try). Every try is saved; the ones
 * after a hint are marked `hinted`, so the review schedule sees only the first.
 */
import { useState } from 'preact/hooks';
import type { Grade } from '../grading/types.ts';

/** A try whose grade is held back while a hint is shown. */
export interface HeldTry<R> {
  response: R;
  grade: Grade;
}

export interface Hints<R> {
  /** How many of the item's hints are shown (0: none, the item shows grades as it always did). */
  shown: number;
  /** How many hints the item has here (0 in exam mode, or for an item without hints). */
  total: number;
  /** The last try, held back while its hint is shown. */
  held: HeldTry<R> | undefined;
  /** Whether the learner has seen a hint before the try about to be checked. */
  hinted: boolean;
  /** After a try: hold its grade back and show the next hint (true), or show the grade (false). */
  holdBack(response: R, grade: Grade): boolean;
  /** No hint shown: a blank item, a saved answer shown, or the key shown. */
  reset(): void;
}

/** Whether a try graded `grade`, with `shown` of `total` hints already shown, earns another hint. */
export const earnsHint = (grade: Grade, shown: number, total: number): boolean => grade.verdict !== 'correct' && shown < total;

export function useHints<R>(total: number): Hints<R> {
  const [shown, setShown] = useState(0);
  const [held, setHeld] = useState<HeldTry<R> | undefined>(undefined);
  const reset = () => {
    setShown(0);
    setHeld(undefined);
  };
  return {
    shown,
    total,
    held,
    hinted: shown > 0,
    holdBack(response, grade) {
      if (!earnsHint(grade, shown, total)) {
        reset();
        return false;
      }
      setShown(shown + 1);
      setHeld({ response, grade });
      return true;
    },
    reset,
  };
}
