/**
 * The case unfolds: in self-study, the lesson's sections after a decision point
 * (<DecisionPoint item>, ../components/lesson/DecisionPoint.astro) stay folded until the learner
 * has answered that item; then the next sections open, a short announcement says so and the
 * notice at the fold becomes a link that moves focus to them (focus itself stays on the item's
 * verdict, which the item focuses so that its feedback is heard). A returning learner sees as far as they got. "Show the whole
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
  live.dataset.unfoldStatus = '';
  body.before(live);

  let whole = showsWholeLesson();
  /** How many decision points the learner has passed (the furthest one answered counts). */
  let passed = 0;
  /** Steps opened by following a link into the fold (a contents entry, a "review this" link). */
  let linkedUpTo = -1;

  const openSteps = () =>
    whole || passed >= points.length ? steps.length : Math.max(stepOfPoint[passed]! + 1, linkedUpTo + 1);

  /** The point whose answer opened sections in this visit: it now points to them. */
  let justPassed = -1;

  const render = () => {
    const open = openSteps();
    steps.forEach((step, index) => step.toggleAttribute('data-folded', index >= open));
    points.forEach((point, index) => {
      const waiting = index === passed && open < steps.length;
      point.hidden = !waiting && index !== justPassed;
      point.querySelector<HTMLElement>('[data-decision-waiting]')!.hidden = !waiting;
      point.querySelector<HTMLElement>('[data-decision-opened]')!.hidden = waiting || index !== justPassed;
    });
  };

  const headingOf = (step: number) => {
    const heading = steps[step]?.querySelector<HTMLElement>('h2');
    if (heading) heading.tabIndex = -1;
    return heading;
  };
  const say = (message: string) => (live.textContent = message);

  watchAnsweredItems((answered, recorded) => {
    const before = openSteps();
    const wasAt = passed;
    passed = points.reduce((n, point, index) => (answered.has(point.dataset.decisionPoint!) ? index + 1 : n), 0);
    if (!recorded || openSteps() <= before) return render();
    // Answered just now. The item has put focus on its verdict, and the learner should hear and
    // read it: focus stays there. The opening is announced, and the notice becomes a link to it.
    justPassed = wasAt;
    render();
    const heading = headingOf(before);
    const name = heading?.textContent?.trim() ?? 'the next section';
    const next = points[justPassed]?.querySelector<HTMLAnchorElement>('[data-decision-next]');
    if (next && heading) {
      next.href = `#${heading.id}`;
      next.textContent = name;
    }
    say(`Now open: ${name}.`);
  });

  // "Now open below" moves focus to the heading it names (as a link to it would, but reliably).
  body.addEventListener('click', (event) => {
    const next = (event.target as Element).closest<HTMLAnchorElement>('[data-decision-next]');
    const heading = next && document.getElementById(next.hash.slice(1));
    if (!heading) return;
    event.preventDefault();
    history.replaceState(null, '', next.hash);
    heading.focus();
  });

  for (const button of body.querySelectorAll('[data-show-whole-lesson]')) {
    button.addEventListener('click', () => {
      const before = openSteps();
      whole = true;
      rememberWholeLesson();
      render();
      // The button has gone with its notice: focus goes on to the first section it opened.
      headingOf(before)?.focus();
      say('The whole lesson is open.');
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
