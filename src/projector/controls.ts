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
  ['full', 'Full screen', 'F'],
  ['speaker', 'Speaker view', 'S'],
  ['exit', 'Exit', 'Escape'],
];
/** The speaker view moves, reveals and blanks; full screen, another speaker view and leaving are the projector's. */
const speakerButtons = 4;

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

  for (const [action, label, keys] of speaker ? buttons.slice(0, speakerButtons) : buttons) {
    const button = h('button', { type: 'button', 'data-action': action, 'aria-keyshortcuts': keys }, label);
    if (action === 'full') {
      button.hidden = !document.fullscreenEnabled;
      const pressed = () => button.setAttribute('aria-pressed', String(!!document.fullscreenElement));
      pressed();
      document.addEventListener('fullscreenchange', pressed);
    }
    bar.append(button);
    if (action === 'next') bar.append(count);
  }
  if (!speaker) bar.insertBefore(scanRoomButton(main), bar.querySelector('[data-action="exit"]'));
  bar.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action) act(action as ProjectorAction);
  });
  blank.addEventListener('click', unblank);
  main.append(bar, blank);

  const notes = h('div', { class: 'pp-notes__body' });
  const upcoming = h('p', { class: 'pp-next-label' });
  if (speaker) {
    const panel = h('section', { class: 'pp-notes', 'aria-labelledby': 'pp-notes-title' });
    panel.append(h('h2', { id: 'pp-notes-title' }, "Teacher's notes"), notes, upcoming);
    main.append(panel);
    count.after(startClock());
  }

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
    announce: (text) => {
      // Emptied first, so the same words said twice are heard twice.
      live.textContent = '';
      setTimeout(() => (live.textContent = text), 60);
    },
  };
}

/** Speaker view: time since the view opened, and the time of day. */
function startClock(): HTMLElement {
  const clock = h('p', { class: 'pp-clock' });
  const start = Date.now();
  const tick = () => {
    const s = Math.floor((Date.now() - start) / 1000);
    const time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    clock.textContent = `Elapsed ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} · Time ${time}`;
  };
  tick();
  setInterval(tick, 1000);
  return clock;
}
