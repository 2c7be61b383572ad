/**
 * Shows the learner's saved answer with its verdict: on hydration (a later visit), and again
 * whenever another tab saves one. The answer this item just saved itself is already shown (the
 * attempt's `basis`), so it is not graded again. A saved answer is graded once, which also
 * validates it against the item: one that no longer fits (the item changed) starts afresh.
 */
import { useEffect } from 'preact/hooks';
import type { ItemType, ResponseFor } from '../grading/types.ts';
import type { ItemOf } from '../schemas/items/index.ts';
import { savedResponse, type ItemProgress } from '../stores/progress-format.ts';
import type { ItemView } from './quiz-types.ts';
import type { Attempt } from './use-attempt.ts';

export function useSavedAnswer<T extends ItemType, D>(
  item: ItemOf<T>,
  view: ItemView<T, D>,
  attempt: Attempt<D>,
  saved: ItemProgress | undefined,
  enabled: boolean,
): void {
  useEffect(() => {
    if (!enabled) return;
    if (!saved) {
      // The saved answer shown was forgotten (reset, here or in another tab).
      if (attempt.basis !== undefined) attempt.afresh();
      return;
    }
    if (saved.updatedAt === attempt.basis) return;
    let current = true;
    const response = savedResponse(saved) as unknown as ResponseFor<T>;
    view
      .grader()
      .then((grade) => {
        if (current) attempt.show(response, grade(item, response), saved.updatedAt);
      })
      .catch(() => current && attempt.afresh(saved.updatedAt));
    return () => {
      current = false;
    };
  }, [enabled, saved?.updatedAt]);
}
