/**
 * `client:engage`: hydrate a quiz island when the learner needs it, not on page load.
 *
 * A first visit to a lesson loads no island code at all: the server-rendered item is already a
 * working form (radios, checkboxes, selects and text fields answer the moment they are touched),
 * and its code loads the moment the learner reaches for it (pointer over it, focus in it, a
 * touch). Hydration adopts what the learner did meanwhile: the island reads the form's state into
 * its draft. An item answered before hydrates as soon as it scrolls into view, so the saved answer
 * and its verdict come back without a click; so does one answered meanwhile in another tab.
 * Projector mode (and anything else) can ask for every island with the document event
 * `quiz:hydrate`.
 *
 * `client:engage="notice"` marks the storage notice: it hydrates when saved progress exists
 * (so a corrupt or unreadable store is reported on load) or when any item hydrates (a full
 * quota can only happen after that).
 *
 * Only "Check answer" needs the code to act: a submit made before the island is live is held
 * (a native submit would reload the page) and made once again when it is.
 */
import type { ClientDirective } from 'astro';
import { HYDRATE_ALL_EVENT, ITEM_HYDRATED_EVENT, ITEM_ROOT_ATTR } from '../projector/reveal-contract.ts';
import { PROGRESS_KEY, savedItemIds } from '../stores/saved-progress.ts';
import { baseOfIsland, restoreProps } from '../islands/item-data.ts';

/** Until the next frame is painted: what the learner just touched shows before the code runs. */
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const engage: ClientDirective = (load, options, el) => {
  let started = false;
  let live = false;
  /** The form whose submit came before the island was live: submitted again once it is. */
  let heldSubmit: HTMLFormElement | undefined;

  const holdSubmit = (event: SubmitEvent) => {
    if (live) return;
    event.preventDefault();
    heldSubmit = event.target as HTMLFormElement;
    void start();
  };

  const start = async () => {
    if (started) return;
    started = true;
    cleanup();
    await afterPaint();
    // The item's data (key, feedback, explanation) is not in the page: put its props back first.
    // Before load(): setting `props` once the island has its hydrator would hydrate it at once.
    const props = el.getAttribute('props');
    if (props?.includes('"$item"')) el.setAttribute('props', await restoreProps(props, baseOfIsland(el)));
    const hydrate = await load();
    await hydrate();
    live = true;
    el.removeEventListener('submit', holdSubmit, true);
    if (heldSubmit?.isConnected) {
      // After the island's first effects (Preact runs them after a frame), so the check sees its draft.
      await afterPaint();
      heldSubmit.requestSubmit();
    }
    if (options.value !== 'notice') (el.querySelector(`[${ITEM_ROOT_ATTR}]`) ?? el).dispatchEvent(new Event(ITEM_HYDRATED_EVENT, { bubbles: true }));
  };

  const answered = ['focusin', 'input', 'change'] as const;
  const onPointer = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') void start();
  };
  // A touch starts loading once its tap has landed (or after a moment, for a touch that scrolls):
  // the code must not hold up the frame that shows what the tap did.
  const onTouch = () => {
    const go = () => {
      clearTimeout(timer);
      el.removeEventListener('click', go, true);
      void start();
    };
    const timer = setTimeout(go, 300);
    el.addEventListener('click', go, true);
  };
  let observer: IntersectionObserver | undefined;
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY && wanted()) whenVisible();
  };
  function cleanup() {
    el.removeEventListener('pointerover', onPointer);
    for (const type of answered) el.removeEventListener(type, start);
    el.removeEventListener('touchstart', onTouch);
    document.removeEventListener(HYDRATE_ALL_EVENT, start);
    document.removeEventListener(ITEM_HYDRATED_EVENT, start);
    window.removeEventListener('storage', onStorage);
    observer?.disconnect();
  }
  function whenVisible() {
    if (started || observer) return;
    observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void start();
    });
    for (const child of el.children) observer.observe(child);
    // An island with no rendered children (nothing to observe) hydrates at once.
    if (el.children.length === 0) void start();
  }
  /** Whether this island has saved state to show. */
  function wanted(): boolean {
    const saved = savedItemIds();
    if (saved === null) return false;
    if (options.value === 'notice') return true;
    if (saved === 'unreadable') return false;
    const id = el.querySelector(`[${ITEM_ROOT_ATTR}]`)?.getAttribute(ITEM_ROOT_ATTR);
    return id != null && saved.has(id);
  }

  el.addEventListener('submit', holdSubmit, true);
  el.addEventListener('pointerover', onPointer, { passive: true });
  // Focus, or any answer given (assistive technology may set a control without focusing it).
  for (const type of answered) el.addEventListener(type, start, { passive: true });
  el.addEventListener('touchstart', onTouch, { passive: true });
  document.addEventListener(HYDRATE_ALL_EVENT, start);
  if (options.value === 'notice') document.addEventListener(ITEM_HYDRATED_EVENT, start);
  window.addEventListener('storage', onStorage);
  if (!wanted()) return;
  // The notice sits above the first item and may be off screen: it tells its news at once.
  if (options.value === 'notice') void start();
  else whenVisible();
};

export default engage;
