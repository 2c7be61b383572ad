/**
 * Projector mode, loader: what every lesson page runs. It waits for `?present` / `?speaker` in
 * the address, the `p` key (not in a field, no modifier) or the "Projector mode" button, and only
 * then loads the projector itself (./projector-mode.ts), so self-study pays a few hundred bytes.
 */
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
    const typing = event.target instanceof Element && event.target.closest('input, select, textarea, [contenteditable]:not([contenteditable="false"]), [role=textbox]');
    if (event.key.toLowerCase() !== 'p' || event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey || typing) return;
    event.preventDefault();
    load('key');
  };
  if (/[?&](present|speaker)(=|&|$)/.test(location.search)) load('address');
  else {
    document.addEventListener('keydown', onKey);
    button?.addEventListener('click', onClick);
  }
}
