/**
 * One item of the review queue, rendered from its data (src/islands/item-data.ts) in the
 * browser: loaded with import() by ReviewQueue when it has items to show, so the queue itself
 * stays small. Answers are checked and saved as in a lesson (learner mode).
 */
import { ItemFrame } from './ItemFrame.tsx';
import { viewOf } from './item-views.ts';
import type { QuizProps } from './quiz-types.ts';
import { progressStore } from '../stores/progress.ts';

export function ReviewItem({ props }: { props: QuizProps }) {
  return <ItemFrame {...props} idBase={`review-${props.item.id}`} view={viewOf(props.item.type)} />;
}

/** Calls back after every answer saved on this page (the queue re-reads what is due). */
// Told twice: when the answer is saved, and again once its review schedule is written (the
// scheduler loads on a page's first grade, so the schedule may follow the record a moment later).
export const onAnswerSaved = (callback: () => void): (() => void) =>
  progressStore.onRecorded(() => {
    callback();
    void progressStore.settled().then(callback);
  });
