/**
 * The one contract between projector mode and a quiz item. The projector never probes an
 * item's markup or its island wrapper; it speaks through these names only.
 *
 * - `ITEM_ROOT_ATTR` marks an item's root element (server-rendered, so present before hydration).
 * - `ITEM_READY_ATTR` is set on that root by the item once its island has hydrated.
 * - `HYDRATE_ALL_EVENT` on `document`: wake every item on the page (projector mode entered).
 * - `ITEM_HYDRATED_EVENT` bubbles from an item's root once its island has hydrated.
 * - `REVEAL_EVENT` on an item's root: show the answer key.
 * - `REVEAL_PENDING_ATTR` on the root of an item that is not ready yet: reveal as soon as it is.
 * - `REVEAL_ANCHOR_ATTR`: the item marks the part of its revealed key to keep in view.
 */
export const ITEM_ROOT_ATTR = 'data-quiz-item';
export const ITEM_READY_ATTR = 'data-quiz-ready';
export const HYDRATE_ALL_EVENT = 'quiz:hydrate';
export const ITEM_HYDRATED_EVENT = 'quiz:hydrated';
export const REVEAL_EVENT = 'quiz:reveal';
export const REVEAL_PENDING_ATTR = 'data-reveal-pending';
export const REVEAL_ANCHOR_ATTR = 'data-reveal-anchor';

/** Projector side: ask one item to show its key, now or as soon as it is ready. */
export function requestReveal(item: Element): void {
  if (item.hasAttribute(ITEM_READY_ATTR)) item.dispatchEvent(new CustomEvent(REVEAL_EVENT, { bubbles: true }));
  // Marked on the island's own element, which hydration leaves alone (Preact drops attributes it
  // did not render from the item's root when it hydrates it).
  else pendingHolder(item).setAttribute(REVEAL_PENDING_ATTR, '');
}

const pendingHolder = (item: Element): Element => item.closest('astro-island') ?? item;

/** Item side: listen for reveals, including one asked for before the item was ready. Returns the unsubscribe. */
export function onRevealRequest(root: Element, reveal: () => void): () => void {
  root.addEventListener(REVEAL_EVENT, reveal);
  root.setAttribute(ITEM_READY_ATTR, '');
  const holder = pendingHolder(root);
  if (holder.hasAttribute(REVEAL_PENDING_ATTR) || root.hasAttribute(REVEAL_PENDING_ATTR)) {
    holder.removeAttribute(REVEAL_PENDING_ATTR);
    root.removeAttribute(REVEAL_PENDING_ATTR);
    reveal();
  }
  return () => root.removeEventListener(REVEAL_EVENT, reveal);
}

/** Projector side: the part of a revealed item to keep on screen. */
export const revealAnchorOf = (item: Element): Element | null => item.querySelector(`[${REVEAL_ANCHOR_ATTR}]`);
