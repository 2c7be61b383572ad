/**
 * Projector mode, loader: what every lesson page runs. It waits for `?present` / `?speaker` in
 * the address, the `p` key (not in a field, no modifier) or the "Projector mode" button, and only
 * then loads the projector itself (./projector-mode.ts), so self-study pays for this loader and
 * the key map (./keys.ts, shared with the projector) only: about 1 KB gzipped.
 * The address was read before first paint by the page's inline check (./address.ts's
 * PROJECTOR_QUERY), which set `<html data-mode="present">`: that attribute is what counts here.
 */
import { isProjectorKey } from './keys.ts';
import type { Start } from './projector-mode.ts';

const main = document.querySelector('main');
const button = document.querySelector('[data-projector-toggle]');
if (main && document.querySelector('[data-lesson] .lesson-step')) {
  // The live region exists before anything is announced in it.
  const live = document.createElement('p');
  live.className = 'pp-live visually-hidden';
  live.setAttribute('aria-live', 'polite');
  main.append(live);

  const load = (how: Start) => {
    document.removeEventListener('keydown', onKey);
    button?.removeEventListener('click', onClick);
    void import('./projector-mode.ts').then((projector) => projector.start(how));
  };
  const onClick = () => load('button');
  const onKey = (event: KeyboardEvent) => {
    if (!isProjectorKey(event)) return;
    event.preventDefault();
    load('key');
  };
  if (document.documentElement.dataset.mode === 'present') load('address');
  else {
    document.addEventListener('keydown', onKey);
    button?.addEventListener('click', onClick);
  }
}
