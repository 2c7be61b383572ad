/**
 * The one contract between projector mode and a quiz item. The projector never probes an
 * item's markup; it speaks through these names only.
 *
 * - `HYDRATE_ALL_EVENT` on `document`: wake every item on the page (projector mode entered).
 * - `ITEM_HYDRATED_EVENT` bubbles from an item's root once its island has hydrated.
 * - `REVEAL_EVENT` on an item's root (`.quiz`): show the answer key.
 * - `REVEAL_PENDING_ATTR` on an item's root that has not hydrated yet: reveal as soon as it does.
 * - `REVEAL_ANCHOR_ATTR`: the item marks the part of its revealed key to keep in view.
 */
export const HYDRATE_ALL_EVENT = 'quiz:hydrate';
export const ITEM_HYDRATED_EVENT = 'quiz:hydrated';
export const REVEAL_EVENT = 'quiz:reveal';
export const REVEAL_PENDING_ATTR = 'data-reveal-pending';
export const REVEAL_ANCHOR_ATTR = 'data-reveal-anchor';
