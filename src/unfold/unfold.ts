/**
 * The case unfolds: in self-study, the lesson's sections after a decision point
 * (<DecisionPoint item>, ../components/lesson/DecisionPoint.astro) stay folded until the learner
 * has answered that item; then the next sections open, focus moves to the first of them and a
 * short announcement says so. A returning learner sees as far as they got. "Show the whole
 * lesson" opens everything and is remembered.
 *
 * Folding is `data-folded` on a `.lesson-step`, which global.css turns into `display: none` on
 * screen only, and never in projector mode: print, projector mode and a screen reader see exactly
 * what the eye does, and the HTML keeps everything (search indexes it; without JavaScript it all
 * shows). Until this runs, the page's head script holds back what follows the first decision
 * point (`<html data-unfold="pending">`), so nothing flashes open and then folds.
 */
import { watchAnsweredItems } from './answered-items.ts';
import { rememberWholeLesson, showsWholeLesson } from './show-whole-lesson.ts';
import { watchLessonProgress } from './lesson-progress.ts';

const root = document.documentElement;
const body = document.querySelector<HTMLElement>('[data-lesson] .lesson__body');
const points = body ? [...body.querySelectorAll<HTMLElement>('[data-decision-point]')] : [];

if (body && points.length > 0) unfold(body, points);
delete root.dataset.unfold;

function unfold(body: HTMLElement, points: HTMLElement[]) {
  const steps = [...body.children].filter((el): el is HTMLElement => el.classList.contains('lesson-step'));
  // The step holding each point; -1 for a point above the first section (then all steps fold).
  const stepOfPoint = points.map((point) => steps.indexOf(point.closest<HTMLElement>('.lesson-step')!));
  // The notice sits at the fold itself: the end of its section, after any later item there.
  points.forEach((point, index) => steps[stepOfPoint[index]!]?.append(point));
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  body.before(live);

  let whole = showsWholeLesson();
  /** How many decision points the learner has passed (the furthest one answered counts). */
  let passed = 0;
  /** Steps opened by following a link into the fold (a contents entry, a "review this" link). */
  let linkedUpTo = -1;

  const openSteps = () =>
    whole || passed >= points.length ? steps.length : Math.max(stepOfPoint[passed]! + 1, linkedUpTo + 1);

  const render = () => {
    const open = openSteps();
    steps.forEach((step, index) => step.toggleAttribute('data-folded', index >= open));
    points.forEach((point, index) => (point.hidden = index !== passed || open >= steps.length));
  };

  /** Focus the first step that has just opened (its heading), and say what opened. */
  const arrive = (firstNew: number, message: string, scroll: boolean) => {
    const heading = steps[firstNew]?.querySelector<HTMLElement>('h2');
    if (heading) {
      heading.tabIndex = -1;
      // The learner is reading the feedback on their answer: keep it in view, move only the focus.
      heading.focus({ preventScroll: !scroll });
    }
    live.textContent = message.replace('{heading}', heading?.textContent?.trim() ?? 'the next section');
  };

  watchAnsweredItems((answered, recorded) => {
    const before = openSteps();
    passed = points.reduce((n, point, index) => (answered.has(point.dataset.decisionPoint!) ? index + 1 : n), 0);
    render();
    const after = openSteps();
    if (recorded && after > before) arrive(before, 'Now open: {heading}.', false);
  });

  for (const button of body.querySelectorAll('[data-show-whole-lesson]')) {
    button.addEventListener('click', () => {
      const before = openSteps();
      whole = true;
      rememberWholeLesson();
      render();
      arrive(before, 'The whole lesson is open.', true);
    });
  }

  // A link to a heading inside the fold opens the lesson up to that section and shows it.
  const openToHash = () => {
    let target: Element | null = null;
    try {
      target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    } catch {
      return;
    }
    const step = target?.closest<HTMLElement>('.lesson-step[data-folded]');
    if (!target || !step) return;
    linkedUpTo = steps.indexOf(step);
    render();
    target.scrollIntoView();
  };
  addEventListener('hashchange', openToHash);
  openToHash();
}

watchLessonProgress();
