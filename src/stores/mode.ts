/**
 * Projector mode for the islands. The projector sets `<html data-mode="present">` and/or
 * calls `presentMode.set(...)`; this atom follows the attribute, so either way works.
 * Not persisted: a reload starts from the address and the attribute.
 */
import { atom } from 'nanostores';

const root = typeof document === 'undefined' ? undefined : document.documentElement;
const fromAttribute = () => root?.dataset.mode === 'present';

export const presentMode = atom<boolean>(fromAttribute());

if (root && typeof MutationObserver !== 'undefined') {
  new MutationObserver(() => presentMode.set(fromAttribute())).observe(root, {
    attributes: true,
    attributeFilter: ['data-mode'],
  });
}
