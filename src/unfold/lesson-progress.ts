/**
 * The lesson's progress, answered of total, in the small bar that stays at the top of the screen
 * while the learner reads (`[data-lesson-progress]` on the lesson page), so it never needs
 * scrolling back to. It shows only once it knows the count: no JavaScript, no bar.
 */
import { watchAnsweredItems } from './answered-items.ts';

export function watchLessonProgress(): void {
  const bar = document.querySelector<HTMLElement>('[data-lesson-progress]');
  const count = bar?.querySelector('[data-lesson-progress-answered]');
  const meter = bar?.querySelector('progress');
  if (!bar || !count) return;
  const ids = new Set(
    [...document.querySelectorAll('[data-lesson] .lesson__body [data-quiz-item]')].map((el) => el.getAttribute('data-quiz-item')!),
  );
  watchAnsweredItems((answered) => {
    let done = 0;
    for (const id of ids) if (answered.has(id)) done += 1;
    count.textContent = String(done);
    if (meter) meter.value = done;
    bar.hidden = false;
  });
}
