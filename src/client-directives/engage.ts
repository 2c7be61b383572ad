/**
 * `client:engage`: hydrate a quiz island when the learner needs it, not on page load.
 *
 * A first visit to a lesson loads no island code at all: the server-rendered item is already
 * readable, and its code loads the moment the learner reaches for it (pointer over it, focus in
 * it, a touch). An item the learner answered before hydrates as soon as it scrolls into view, so
 * the saved answer and its verdict come back without a click; so does one answered meanwhile in
 * another tab. Projector mode (and anything else) can ask for every island with the document
 * event `quiz:hydrate`.
 *
 * `client:engage="notice"` marks the storage notice: it hydrates when saved progress exists
 * (so a corrupt or unreadable store is reported on load) or when any item hydrates (a full
 * quota can only happen after that).
 *
 * A click that lands while the code is still loading is held and replayed once the island is
 * live; text typed meanwhile is handed to the island with an `input` event. Nothing is lost.
 */
import type { ClientDirective } from 'astro';

const PROGRESS_KEY = 'wfbb-progress';
const HYDRATE_ALL = 'quiz:hydrate';
const ITEM_HYDRATED = 'quiz:hydrated';

/** Ids of the items with saved progress, or `null` when the store is absent; `'unreadable'` when it cannot be read. */
function savedItems(): Set<string> | null | 'unreadable' {
  try {
    const raw = localStorage.getItem(PROGRESS_KEY);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    const items = (parsed as { items?: unknown } | null)?.items;
    if (typeof items !== 'object' || items === null) return 'unreadable';
    return new Set(Object.keys(items));
  } catch {
    return 'unreadable';
  }
}

const controls = 'input, button, select, textarea';

const engage: ClientDirective = (load, options, el) => {
  let started = false;
  let live = false;
  /** Clicks made while the island's code was loading, replayed in order. */
  const held: HTMLElement[] = [];

  const holdClick = (event: Event) => {
    if (live) return;
    const target = (event.target as Element | null)?.closest?.(controls);
    if (!target || !el.contains(target)) return;
    event.preventDefault(); // also undoes a native radio or checkbox toggle
    event.stopPropagation();
    held.push(target as HTMLElement);
  };

  const start = async () => {
    if (started) return;
    started = true;
    cleanup();
    const hydrate = await load();
    // What the learner typed or chose while the code loaded: hydration may reset the fields
    // to the island's empty state, so note them now and hand them over afterwards.
    const typed = [...el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input:not([type=radio]):not([type=checkbox]), textarea, select')]
      .filter((field) => (field instanceof HTMLSelectElement ? !field.selectedOptions[0]?.defaultSelected : field.value !== field.defaultValue))
      .map((field) => [field, field.value] as const);
    await hydrate();
    // From here the island handles new clicks itself; the held ones wait until its first
    // effects have run (Preact runs them after a frame), so that nothing resets them.
    live = true;
    el.removeEventListener('click', holdClick, true);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    for (const [field, value] of typed) {
      if (!field.isConnected) continue;
      field.value = value;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
    for (const target of held.splice(0)) if (target.isConnected) target.click();
    if (options.value !== 'notice') document.dispatchEvent(new Event(ITEM_HYDRATED));
  };

  const engaged = ['pointerover', 'focusin', 'touchstart'] as const;
  let observer: IntersectionObserver | undefined;
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY && wanted()) whenVisible();
  };
  function cleanup() {
    for (const type of engaged) el.removeEventListener(type, start);
    document.removeEventListener(HYDRATE_ALL, start);
    document.removeEventListener(ITEM_HYDRATED, start);
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
    const saved = savedItems();
    if (saved === null) return false;
    if (options.value === 'notice') return true;
    if (saved === 'unreadable') return false;
    const id = el.querySelector<HTMLElement>('[data-quiz-item]')?.dataset.quizItem;
    return id !== undefined && saved.has(id);
  }

  el.addEventListener('click', holdClick, true);
  for (const type of engaged) el.addEventListener(type, start, { passive: true });
  document.addEventListener(HYDRATE_ALL, start);
  if (options.value === 'notice') document.addEventListener(ITEM_HYDRATED, start);
  window.addEventListener('storage', onStorage);
  if (!wanted()) return;
  // The notice sits above the first item and may be off screen: it tells its news at once.
  if (options.value === 'notice') void start();
  else whenVisible();
};

export default engage;
