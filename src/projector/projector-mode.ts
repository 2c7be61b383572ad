/**
 * Projector mode for a lesson page, loaded on demand by ./loader.ts: the lesson becomes the
 * presentation, one `##` section (a `.lesson-step`) per screen. `<html data-mode="present">`
 * is the one switch (the islands follow it through stores/mode.ts and save nothing); Esc leaves.
 * It stays a document: steps out of view are `hidden`, a change of step is announced politely
 * and focus moves to the step's heading. `?speaker` is the speaker view (current step, teacher's
 * notes, next step, clock), kept in step with the projector window over ./speaker-channel.ts.
 *
 * This file wires the rooms together: the deck (where we are), the stage (what is shown),
 * the controls, the keys, the address and the channel.
 */
import { projectorSearch, readAddress, speakerAddress } from './address.ts';
import { createControls, extraControlForKey } from './controls.ts';
import { deckReducer, movedBetween, newDeck, type Deck, type DeckAction } from './deck.ts';
import { showDifferentialPairs } from './differential-pairs.ts';
import { actionForKey, isInField, isPlainKey, isProjectorKey, zoomedKey, type ProjectorAction } from './keys.ts';
import { paceText, planSteps, type Plan } from './pacing.ts';
import { rendered } from './paginate.ts';
import { HYDRATE_ALL_EVENT, ITEM_ROOT_ATTR, requestReveal, revealAnchorOf } from './reveal-contract.ts';
import { openSpeakerChannel } from './speaker-channel.ts';
import { drawSpotlight, nextRegion, spotlightTarget } from './spotlight.ts';
import { createStage } from './stage.ts';
import type { ZoomSession } from './zoom.ts';

/** How projector mode was asked for: by the address, the `p` key or the "Projector mode" button. */
export type Start = 'address' | 'key' | 'button';

const html = document.documentElement;
let begin: ((how: Start) => void) | undefined;

/** Sets projector mode up on the lesson page (once) and enters it. */
export function start(how: Start): void {
  if (!begin) {
    const article = document.querySelector<HTMLElement>('[data-lesson]');
    const steps = article ? [...article.querySelectorAll<HTMLElement>('.lesson-step')] : [];
    if (!article || !steps.length) return;
    begin = setup(article, steps, article.closest('main') ?? document.body);
  }
  begin(how);
}

function setup(article: HTMLElement, steps: HTMLElement[], main: HTMLElement): (how: Start) => void {
  const address = readAddress(location.search);
  const speaker = address.view === 'speaker';
  const channel = openSpeakerChannel(article.dataset.lesson ?? '');
  const stage = createStage(article, steps, speaker);
  const controls = createControls({ main, article, speaker, act, unblank: () => blank(false) });
  const heading = (i: number) => steps[i]!.querySelector<HTMLElement>('h2')!;
  const title = (i: number) => heading(i).textContent!.trim();
  /** The first step not yet scrolled past. */
  const inView = () => Math.max(0, steps.findIndex((step) => step.getBoundingClientRect().bottom > 80));

  let deck: Deck = newDeck(steps.length, speaker);
  /** The blank screen is up (a speaker view a projector drives only says so in its count). */
  let blankShown = false;
  /** After `r`: the revealed item, so the screen that shows its answer stays in view. */
  let revealed: HTMLElement | undefined;
  /** The figure zoomed now, and the spotlight's region (-1: off) and how to take it away. */
  let zoom: ZoomSession | undefined;
  let zoomPending = false;
  let spot = -1;
  let clearSpot: (() => void) | undefined;
  /** When projector mode started (the projector window's, once a speaker view hears from it). */
  let startedAt = Date.now();
  let removePairs: (() => void) | undefined;
  const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
  const plan: Plan | undefined = lessonPlan(article, steps);

  const broadcast = () => {
    if (speaker || !channel) return;
    const onScreen = stage.onScreen(deck.step, deck.part);
    channel.post({ type: 'position', step: deck.step, part: deck.part, parts: deck.parts, blanked: deck.blanked, startedAt, ...(onScreen ? { onScreen } : {}) });
  };

  function writeAddress() {
    const search = projectorSearch(location.search, deck.active ? { view: address.view, step: deck.step, part: deck.part } : null);
    history.replaceState(history.state, '', location.pathname + search + (deck.active ? '' : `#${heading(deck.step).id}`));
  }

  function showCount() {
    const of = deck.parts > 1 ? ` (${deck.part + 1} of ${deck.parts})` : '';
    controls.setCount(`${deck.step + 1} / ${deck.steps}${of}${speaker && deck.blanked ? ' · screen blanked' : ''}`);
  }

  function showBlank() {
    const on = deck.blanked && !deck.linked;
    if (on === blankShown) return;
    blankShown = on;
    controls.setBlank(on);
    if (on) controls.announce('Screen blanked, press any key');
    else heading(deck.step).focus({ preventScroll: true });
  }

  /** The figure on the screen in view (a lesson figure or a hotspot item's), if any. */
  const figureInView = (): HTMLElement | undefined =>
    [...steps[deck.step]!.querySelectorAll<HTMLElement>('figure.figure, .hotspot__figure')].find((f) => rendered(f) && !f.closest('.pp-off'));

  function endZoom(say = true) {
    if (!zoom) return;
    zoom.end();
    zoom = undefined;
    controls.setZoomed(false);
    if (say) controls.announce('Zoom off');
  }

  function endSpotlight() {
    clearSpot?.();
    clearSpot = undefined;
    spot = -1;
  }

  async function startZoom() {
    const figure = figureInView();
    if (!figure || zoomPending) return figure ? undefined : controls.announce('No figure on this screen to zoom');
    zoomPending = true;
    endSpotlight();
    // Panzoom loads with the zoom, only in projector mode and only when first asked for.
    const { startZoom: begin } = await import('./zoom.ts');
    zoomPending = false;
    if (zoom || figureInView() !== figure) return;
    zoom = begin(figure, reducedMotion());
    if (!zoom) return;
    controls.setZoomed(true);
    controls.announce('Zoomed in on the figure. Plus and minus zoom, arrow keys move it, 0 or Z returns.');
  }

  function spotlight() {
    const figure = figureInView();
    const target = figure && spotlightTarget(figure);
    if (!target) return controls.announce('No figure on this screen to spotlight');
    endZoom(false);
    const at = nextRegion(spot, target.regions.length);
    endSpotlight();
    if (at < 0) return controls.announce('Spotlight off');
    spot = at;
    clearSpot = drawSpotlight(target, at);
    controls.announce(`Spotlight on ${target.regions[at]!.label}, ${at + 1} of ${target.regions.length}. L for the next.`);
  }

  function showPace() {
    if (!speaker || !plan) return;
    const { text, behind } = paceText(plan, deck.step, (Date.now() - startedAt) / 60_000);
    controls.setPace(text, behind);
  }

  /** Shows where the deck now is. Quiet: no announcement, focus stays. */
  function go(next: Deck, quiet = false) {
    const previous = deck.step;
    if (movedBetween(deck, next) || !next.active) {
      endZoom(false);
      endSpotlight();
    }
    deck = next;
    stage.show(deck.step, previous);
    if (speaker) {
      controls.setNotes(steps[deck.step]!, deck.step + 1 < deck.steps ? title(deck.step + 1) : undefined);
      // The speaker sees every answer of the step in view, with its explanation.
      for (const item of steps[deck.step]!.querySelectorAll(`[${ITEM_ROOT_ATTR}]`)) requestReveal(item);
      showPace();
    } else deck = deckReducer(deck, { type: 'laid-out', parts: stage.showScreen(deck.step, deck.part) });
    controls.setFigure(!!figureInView());
    showCount();
    showBlank();
    writeAddress();
    broadcast();
    if (quiet) return;
    revealed = undefined;
    const part = deck.parts > 1 ? `, part ${deck.part + 1} of ${deck.parts}` : '';
    controls.announce(`Step ${deck.step + 1} of ${deck.steps}${part}: ${title(deck.step)}`);
    heading(deck.step).focus({ preventScroll: true });
  }

  function enter(step: number, part = 0) {
    html.dataset.mode = 'present';
    if (speaker) html.dataset.view = 'speaker';
    // Items hydrate on engagement (client:engage); on rounds every item must be ready to reveal.
    document.dispatchEvent(new Event(HYDRATE_ALL_EVENT));
    controls.show(true);
    for (const [j] of steps.entries()) heading(j).tabIndex = -1;
    removePairs ??= showDifferentialPairs(article);
    startedAt = Date.now();
    stage.watch(() => deck.step, relayout);
    go(deckReducer(deck, { type: 'enter', step, part }));
  }

  function leave() {
    blank(false);
    deck = deckReducer(deck, { type: 'leave' });
    delete html.dataset.mode;
    endZoom(false);
    endSpotlight();
    stage.unwatch();
    channel?.post({ type: 'bye' });
    stage.reset();
    removePairs?.();
    removePairs = undefined;
    controls.show(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    writeAddress();
    heading(deck.step).scrollIntoView();
    heading(deck.step).focus({ preventScroll: true });
    controls.announce('Projector mode off');
  }

  function blank(on?: boolean) {
    const next = deckReducer(deck, { type: 'blank', on });
    if (next === deck) return;
    deck = next;
    showBlank();
    showCount();
    broadcast();
  }

  function reveal() {
    for (const item of steps[deck.step]!.querySelectorAll<HTMLElement>(`[${ITEM_ROOT_ATTR}]`)) {
      if (!rendered(item)) continue;
      revealed = item;
      requestReveal(item);
    }
  }

  function act(action: ProjectorAction) {
    // The speaker view drives the projector window when there is one.
    if (speaker && deck.linked && action !== 'full') {
      channel?.post({ type: 'ask', action });
      if (action !== 'reveal') return;
    }
    switch (action) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last': {
        const next = deckReducer(deck, { type: action } satisfies DeckAction);
        // Home and End always land (and say where); next/prev at either end stay put.
        if (movedBetween(deck, next) || action === 'first' || action === 'last') go(next);
        return;
      }
      case 'blank':
        return blank();
      case 'reveal':
        return reveal();
      case 'full':
        if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
        else html.requestFullscreen?.().catch(() => {});
        return;
      case 'speaker':
        window.open(speakerAddress(location.pathname, deck.step), `wfbb-speaker-${article.dataset.lesson}`)?.focus();
        return;
      case 'exit':
        if (zoom) return endZoom();
        return leave();
      case 'zoom':
        return zoom ? endZoom() : void startZoom();
      case 'zoom-in':
      case 'zoom-out':
        // + starts a zoom; - on an unzoomed figure has nothing to do.
        if (!zoom) return action === 'zoom-in' ? void startZoom() : undefined;
        zoom.zoomBy(action === 'zoom-in' ? 1.4 : 1 / 1.4);
        return controls.announce(`Zoom ${Math.round(zoom.scale() * 10) / 10} times`);
      case 'unzoom':
        return endZoom();
      case 'spotlight':
        return spotlight();
    }
  }

  /** Measures the step in view again (new size, an island hydrated, an answer revealed). */
  function relayout() {
    if (!deck.active || speaker) return;
    const step = steps[deck.step]!;
    const focused = document.activeElement;
    // Keep in view what the teacher is using, or the answer just revealed.
    const anchor =
      focused && focused !== heading(deck.step) && step.contains(focused)
        ? focused
        : revealed && (revealAnchorOf(revealed) ?? revealAnchorFallback(revealed));
    go(deckReducer(deck, { type: 'laid-out', ...stage.remeasure(deck.step, deck.part, anchor) }), true);
  }

  document.addEventListener('keydown', (event) => {
    if (!isPlainKey(event)) return;
    if (deck.active && deck.blanked) {
      // Any key brings the screen back (in a speaker view a projector drives: the projector's).
      event.preventDefault();
      act('blank');
      return;
    }
    if (!deck.active) {
      if (isProjectorKey(event)) {
        event.preventDefault();
        enter(inView());
      }
      return;
    }
    if (zoom) {
      const zoomed = zoomedKey(event);
      if (zoomed) {
        event.preventDefault();
        if (zoomed === 'unzoom') endZoom();
        else zoom.pan(...zoomed);
        return;
      }
    }
    const action = actionForKey(event, speaker);
    const extra = action ? undefined : !isInField(event) && event.key.length === 1 ? extraControlForKey(event.key, speaker) : undefined;
    if (extra) {
      event.preventDefault();
      extra.press();
      return;
    }
    if (!action) return;
    event.preventDefault();
    act(action);
  });

  channel?.listen((message) => {
    if (speaker) {
      if (message.type === 'position') {
        const { step, part, parts, blanked } = message;
        if (message.startedAt) startedAt = message.startedAt;
        go(deckReducer(deck, { type: 'follow', step, part, parts, blanked }), step === deck.step);
        stage.markOnScreen(deck.step, message.onScreen);
      } else if (message.type === 'bye') deck = deckReducer(deck, { type: 'unlink' });
    } else if (deck.active && message.type === 'hello') broadcast();
    else if (deck.active && message.type === 'ask') act(message.action);
  });

  if (speaker && plan) setInterval(() => deck.active && showPace(), 1000);
  addEventListener('pagehide', () => deck.active && !speaker && channel?.post({ type: 'bye' }));
  document.querySelector('[data-projector-toggle]')?.addEventListener('click', () => deck.active || enter(0));
  return (how) => {
    if (how === 'button') enter(0);
    else if (how === 'key') enter(inView());
    else {
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      const fromHash = target ? steps.findIndex((step) => step.contains(target)) : -1;
      enter(address.step ?? Math.max(0, fromHash), address.part);
      if (speaker) channel?.post({ type: 'hello' });
    }
  };
}

/**
 * Every reveal key marks its anchor (src/islands/reveal-keys.tsx), but the key comes with the
 * reveal panel, loaded when projector mode starts: an item revealed before it has arrived has no
 * anchor yet. Until then, its status line, just above where the key will be.
 */
function revealAnchorFallback(item: Element): Element | null {
  return item.querySelector('[role=status]');
}

/**
 * The lesson's plan: its minutes (`data-minutes` on the lesson) over its steps, with the
 * minutes authored on a step's teacher's notes (`<TeacherNote minutes="5">`), the rest shared
 * out by length (a question counts as a long paragraph: the room answers, then discusses).
 */
function lessonPlan(article: HTMLElement, steps: HTMLElement[]): Plan | undefined {
  const minutes = Number(article.dataset.minutes);
  if (!(minutes > 0)) return undefined;
  return planSteps(
    minutes,
    steps.map((step) => {
      const notes = [...step.querySelectorAll<HTMLElement>('[data-teacher-note][data-minutes]')];
      let text = 0;
      const walker = document.createTreeWalker(step, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // What the room sees: not the notes, nor the code and styles the islands bring along.
        if (!node.parentElement?.closest('script, style, template, [data-teacher-note]')) text += node.textContent!.trim().length;
      }
      return {
        weight: text + 600 * step.querySelectorAll(`[${ITEM_ROOT_ATTR}]`).length,
        minutes: notes.length ? notes.reduce((sum, n) => sum + Number(n.dataset.minutes), 0) : undefined,
      };
    }),
  );
}
