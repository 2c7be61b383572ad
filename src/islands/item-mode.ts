/**
 * How an item behaves on its page. On its own (learner mode) it checks and saves each answer;
 * in an exam set it hands every change of answer to the set and shows the set's grade once the
 * set is submitted, and gives no hints. (Projector mode is not passed: it follows `<html data-mode>`,
 * see ItemFrame; it reveals the key and gives no hints either.)
 */
import type { Grade } from '../grading/types.ts';

export interface ItemMode {
  /** The grade to show, given the one this item's own check gave (if any). */
  shownGrade(own: Grade | undefined): Grade | undefined;
  /** Whether the item has its own "Check answer" and "Try again". */
  checksItself: boolean;
  /** Whether the item shows the learner's saved answer. */
  showsSaved: boolean;
  /** Whether a wrong or partial try shows the item's next hint before the key (not in an exam set). */
  givesHints: boolean;
  /** Every change of answer: the complete response (certainty inside), or undefined while incomplete. */
  onResponse?(response: Record<string, unknown> | undefined): void;
}

export const learnerMode: ItemMode = {
  shownGrade: (own) => own,
  checksItself: true,
  showsSaved: true,
  givesHints: true,
};

/** One item of an exam set: no feedback of its own; the set grades and records the whole. */
export function examMode(onResponse: (response: Record<string, unknown> | undefined) => void, grade: Grade | undefined): ItemMode {
  return { shownGrade: () => grade, checksItself: false, showsSaved: false, givesHints: false, onResponse };
}
