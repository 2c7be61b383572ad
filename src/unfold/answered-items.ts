/**
 * Which of the learner's items have an answer saved, kept up to date without loading the store
 * on a first visit: the saved ids come from the tiny reader (../stores/saved-progress.ts); the
 * store itself is imported only once a quiz island has hydrated (it has loaded the store by then,
 * so this costs no extra download), and its `onRecorded` says when an answer is saved in this
 * tab. Another tab's answers arrive by the `storage` event.
 */
import { ITEM_HYDRATED_EVENT } from '../projector/reveal-contract.ts';
import { PROGRESS_KEY, savedItemIds } from '../stores/saved-progress.ts';

/** `recorded` is the item answered just now in this page, if that is what changed. */
export type AnsweredListener = (answered: ReadonlySet<string>, recorded?: string) => void;

export function watchAnsweredItems(listener: AnsweredListener): void {
  const answered = new Set<string>();
  const readSaved = (): boolean => {
    const before = answered.size;
    const ids = savedItemIds();
    if (ids instanceof Set) for (const id of ids) answered.add(id);
    return answered.size !== before;
  };
  readSaved();
  listener(answered);

  const subscribe = () => {
    document.removeEventListener(ITEM_HYDRATED_EVENT, subscribe);
    void import('../stores/progress.ts').then(({ progressStore }) => {
      progressStore.onRecorded((attempt) => {
        answered.add(attempt.item.id);
        listener(answered, attempt.item.id);
      });
      // An answer saved while the store was loading.
      if (readSaved()) listener(answered);
    });
  };
  document.addEventListener(ITEM_HYDRATED_EVENT, subscribe);
  addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY && readSaved()) listener(answered);
  });
}
