/**
 * What projector mode adds to the page: the control bar (for touch screens and a clicker's
 * mouse), the blank screen, the polite announcer and, in the speaker view, the teacher's notes,
 * the next step's title and a clock. Built when projector mode first starts; hidden, not removed,
 * when it stops.
 */
import type { ProjectorAction } from './keys.ts';
import { scanRoomButton } from '../room-cards/scan-control.ts';

function h(tag: string, attrs: Record<string, string> = {}, text = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = text;
  return el;
}

/** Each button, its label and its keys (./keys.ts) for `aria-keyshortcuts`. */
const buttons: [ProjectorAction, string, string][] = [
  ['prev', 'Previous', 'ArrowLeft PageUp'],
  ['next', 'Next', 'ArrowRight PageDown Space'],
  ['reveal', 'Reveal', 'R'],
  ['blank', 'Blank', 'B'],
  ['zoom', 'Zoom', 'Z'],
  ['zoom-in', 'Zoom in', '+'],
  ['zoom-out', 'Zoom out', '-'],
  ['spotlight', 'Spotlight', 'L'],
  ['full', 'Full screen', 'F'],
  ['speaker', 'Speaker view', 'S'],
  ['exit', 'Exit', 'Escape'],
];
/** Shown as a sign, named in full for assistive technology and as a tooltip: the zoomed bar must fit 1024 px. */
const signs: Partial<Record<ProjectorAction, string>> = { 'zoom-in': '+', 'zoom-out': '\u2212' };
/** Shown only while a figure is zoomed. */
const whileZoomed: ProjectorAction[] = ['zoom-in', 'zoom-out'];
/** Full screen, another speaker view and leaving are the projector's; the speaker view asks for the rest. */
const projectorOnly: ProjectorAction[] = ['full', 'speaker', 'exit'];

/**
 * A control another part of projector mode adds to the bar (e.g. scanning the room's answer
 * cards): a button before "Full screen", and optionally a key (a single letter, not one of
 * ./keys.ts's). Register before or after projector mode starts; it appears on the projector's
 * bar (and, with `speaker: true`, the speaker view's).
 */
export interface ExtraControl {
  /** Unique; the button's `data-control`. */
  name: string;
  label: string;
  /** A letter for the key, e.g. 'c' (announced as aria-keyshortcuts). */
  key?: string;
  speaker?: boolean;
  press(): void;
}

const extraControls: ExtraControl[] = [];
const bars = new Set<{ bar: HTMLElement; before: Element | null; speaker: boolean }>();

function extraButton(control: ExtraControl): HTMLElement {
  const button = h('button', { type: 'button', 'data-control': control.name }, control.label);
  if (control.key) button.setAttribute('aria-keyshortcuts', control.key.toUpperCase());
  button.addEventListener('click', () => control.press());
  return button;
}

/** Adds a control to projector mode's bar (see ExtraControl). Returns how to take it away. */
export function registerControl(control: ExtraControl): () => void {
  if (extraControls.some((c) => c.name === control.name)) throw new Error(`projector control "${control.name}" is registered already`);
  extraControls.push(control);
  for (const { bar, before, speaker } of bars) if (!speaker || control.speaker) bar.insertBefore(extraButton(control), before);
  return () => {
    extraControls.splice(extraControls.indexOf(control), 1);
    for (const { bar } of bars) bar.querySelector(`[data-control="${CSS.escape(control.name)}"]`)?.remove();
  };
}

/** The registered control a key press asks for (letters compare in lower case). */
export const extraControlForKey = (key: string, speaker: boolean): ExtraControl | undefined =>
  extraControls.find((c) => c.key && c.key.toLowerCase() === key.toLowerCase() && (!speaker || c.speaker));

export interface Controls {
  /** Shows or hides the bar. */
  show(on: boolean): void;
  /** "3 / 12 (2 of 3)". */
  setCount(text: string): void;
  /** Blanks the screen (focus goes to the blank, the lesson and bar are inert) or brings it back. */
  setBlank(on: boolean): void;
  /** Speaker view: the step's teacher's notes, and what comes next. */
  setNotes(step: HTMLElement, next: string | undefined): void;
  /** Says something politely (a change of step, the screen blanked). */
  announce(text: string): void;
  /** A figure is zoomed: the Zoom button pressed, "Zoom in" and "Zoom out" shown. */
  setZoomed(on: boolean): void;
  /** The step in view has a figure to zoom or spotlight. */
  setFigure(on: boolean): void;
  /** Speaker view: the pacing line, and whether it says the teacher is behind. */
  setPace(text: string, behind: boolean): void;
}

export interface ControlsOptions {
  main: HTMLElement;
  /** The lesson, made inert while the screen is blank. */
  article: HTMLElement;
  speaker: boolean;
  act: (action: ProjectorAction) => void;
  /** A click on the blank screen. */
  unblank: () => void;
}

export function createControls({ main, article, speaker, act, unblank }: ControlsOptions): Controls {
  const bar = h('div', { class: 'pp-bar', role: 'group', 'aria-label': speaker ? 'Speaker controls' : 'Projector controls' });
  const count = h('p', { class: 'pp-count' });
  const blank = h('div', { class: 'pp-blank', tabindex: '-1' });
  blank.append(h('p', { class: 'visually-hidden' }, 'Screen blanked, press any key'));
  blank.hidden = bar.hidden = true;

  for (const [action, label, keys] of buttons) {
    if (speaker && projectorOnly.includes(action)) continue;
    const sign = signs[action];
    const button = sign
      ? h('button', { type: 'button', 'data-action': action, 'aria-keyshortcuts': keys, 'aria-label': label, title: label, class: 'pp-sign' }, sign)
      : h('button', { type: 'button', 'data-action': action, 'aria-keyshortcuts': keys }, label);
    if (action === 'full') {
      button.hidden = !document.fullscreenEnabled;
      const pressed = () => button.setAttribute('aria-pressed', String(!!document.fullscreenElement));
      pressed();
      document.addEventListener('fullscreenchange', pressed);
    }
    if (action === 'zoom') button.setAttribute('aria-pressed', 'false');
    if (whileZoomed.includes(action)) button.hidden = true;
    bar.append(button);
    if (action === 'next') bar.append(count);
  }
  const before = bar.querySelector('[data-action="full"]');
  for (const control of extraControls) if (!speaker || control.speaker) bar.insertBefore(extraButton(control), before);
  bars.add({ bar, before, speaker });
  if (!speaker) bar.insertBefore(scanRoomButton(main), bar.querySelector('[data-action="exit"]'));
  bar.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action) act(action as ProjectorAction);
  });
  blank.addEventListener('click', unblank);
  main.append(bar, blank);

  const notes = h('div', { class: 'pp-notes__body' });
  const upcoming = h('p', { class: 'pp-next-label' });
  // Pacing: read when asked (a status, not live: a line that changes every second is not announced).
  const pace = h('p', { class: 'pp-pace', role: 'status', 'aria-live': 'off' });
  if (speaker) {
    // Focusable: long notes scroll, and a keyboard must be able to scroll them.
    const panel = h('section', { class: 'pp-notes', 'aria-labelledby': 'pp-notes-title', tabindex: '0' });
    panel.append(pace, h('h2', { id: 'pp-notes-title' }, "Teacher's notes"), notes, upcoming);
    main.append(panel);
    count.after(startClock());
  }
  const zoomButton = bar.querySelector<HTMLElement>('[data-action="zoom"]')!;

  // The loader put the live region in place early, so the first announcement is heard.
  const live = document.querySelector('.pp-live') ?? main.appendChild(h('p', { class: 'pp-live visually-hidden', 'aria-live': 'polite' }));

  return {
    show: (on) => {
      bar.hidden = !on;
    },
    setCount: (text) => {
      count.textContent = text;
    },
    setBlank: (on) => {
      blank.hidden = !on;
      article.inert = bar.inert = on;
      if (on) blank.focus();
    },
    setNotes: (step, next) => {
      notes.replaceChildren(
        ...[...step.querySelectorAll('[data-teacher-note]')].map((note) => {
          const copy = note.cloneNode(true) as HTMLElement;
          for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
          copy.hidden = false;
          copy.className = 'pp-note';
          return copy;
        }),
      );
      if (!notes.childElementCount) notes.append(h('p', {}, 'No notes for this step.'));
      upcoming.textContent = next === undefined ? 'This is the last step.' : `Next: ${next}`;
    },
    setZoomed: (on) => {
      zoomButton.setAttribute('aria-pressed', String(on));
      zoomButton.textContent = on ? 'Unzoom' : 'Zoom';
      for (const action of whileZoomed) bar.querySelector<HTMLElement>(`[data-action="${action}"]`)!.hidden = !on;
    },
    setFigure: (on) => {
      for (const action of ['zoom', 'spotlight']) bar.querySelector<HTMLElement>(`[data-action="${action}"]`)!.toggleAttribute('data-no-figure', !on);
    },
    setPace: (text, behind) => {
      if (pace.textContent !== text) pace.textContent = text;
      pace.toggleAttribute('data-behind', behind);
    },
    announce: (text) => {
      // Emptied first, so the same words said twice are heard twice.
      live.textContent = '';
      setTimeout(() => (live.textContent = text), 60);
    },
  };
}

/** Speaker view: the time of day (elapsed time and the plan are the pacing line's). */
function startClock(): HTMLElement {
  const clock = h('p', { class: 'pp-clock' });
  const tick = () => {
    clock.textContent = `Time ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
  };
  tick();
  setInterval(tick, 1000);
  return clock;
}
