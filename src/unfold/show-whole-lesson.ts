/**
 * "Show the whole lesson": the learner's choice to see every lesson unfolded, kept in this
 * browser under its own key. The lesson page's inline head script reads the same key before
 * first paint (so a learner who chose it sees no fold at all), and ./unfold.ts writes it.
 */
export const SHOW_WHOLE_LESSON_KEY = 'wfbb-show-whole-lesson';

/** Whether the learner chose to see whole lessons; storage that cannot be read counts as no. */
export function showsWholeLesson(): boolean {
  try {
    return localStorage.getItem(SHOW_WHOLE_LESSON_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers the choice; storage that refuses it leaves this page open all the same. */
export function rememberWholeLesson(): void {
  try {
    localStorage.setItem(SHOW_WHOLE_LESSON_KEY, '1');
  } catch {
    // Full or blocked storage: the lesson is open now and folds again on the next visit.
  }
}
