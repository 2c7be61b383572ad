/**
 * Projector mode for a lesson page, loaded on demand by ./projector.ts: the lesson becomes the
 * presentation, one `##` section (a `.lesson-step`) per screen. `<html data-mode="present">`;
 * Esc leaves. It stays a document: steps out of view are `hidden`, a change of step is announced
 * politely and focus moves to the step's heading. `?speaker` is the speaker view (current step,
 * teacher's notes, next step, clock), kept in step with the projector window through a
 * BroadcastChannel. Nothing here saves anything: the islands see `presentMode` and record no progress.
 */
import { presentMode } from '../stores/mode.ts';
import { clearLayout, layout, rendered, showPage, type Layout } from './paginate.ts';

type Action = 'next' | 'prev' | 'first' | 'last' | 'blank' | 'reveal' | 'full' | 'speaker' | 'exit';
/** `on`: for a step split over screens, which of the step's own children the projector shows now. */
interface State { t: 'state'; i: number; p: number; n: number; b: boolean; on?: number[] }
type Message = State | { t: 'hello' | 'bye' } | { t: 'do'; a: Action };
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

function h(tag: string, attrs: Record<string, string> = {}, text = ''): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = text;
  return el;
}

function setup(article: HTMLElement, steps: HTMLElement[], main: HTMLElement): (how: Start) => void {
  const query = new URLSearchParams(location.search);
  const speaker = query.has('speaker');
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`wfbb-projector:${article.dataset.lesson}`) : undefined;
  const heading = (i: number) => steps[i]!.querySelector<HTMLElement>('h2')!;
  const title = (i: number) => heading(i).textContent!.trim();
  /** The first step not yet scrolled past. */
  const inView = () => Math.max(0, steps.findIndex((step) => step.getBoundingClientRect().bottom > 80));
  const layouts = new Map<number, Layout>();
  let active = false;
  let blanked = false;
  /** Speaker view: a projector window answered, so it owns the position. */
  let linked = false;
  let index = 0;
  let part = 0;
  let parts = 1;
  let timer = 0;
  /** After `r`: the revealed item, so the screen that shows its answer stays in view. */
  let revealed: HTMLElement | undefined;

  // The loader put the live region in place early, so the first announcement is heard.
  const live = document.querySelector('.pp-live') ?? main.appendChild(h('p', { class: 'pp-live visually-hidden', 'aria-live': 'polite' }));
  const say = (text: string) => {
    live.textContent = '';
    setTimeout(() => (live.textContent = text), 60);
  };

  // Controls, built on first use.
  const bar = h('div', { class: 'pp-bar', role: 'group', 'aria-label': speaker ? 'Speaker controls' : 'Projector controls' });
  const count = h('p', { class: 'pp-count' });
  const blank = h('div', { class: 'pp-blank', tabindex: '-1' });
  blank.append(h('p', { class: 'visually-hidden' }, 'Screen blanked, press any key'));
  blank.hidden = bar.hidden = true;
  const notes = h('div', { class: 'pp-notes__body' });
  const upcoming = h('p', { class: 'pp-next-label' });
  const clock = h('p', { class: 'pp-clock' });
  const controls: [Action, string, string][] = [
    ['prev', 'Previous', 'ArrowLeft PageUp'],
    ['next', 'Next', 'ArrowRight PageDown Space'],
    ['reveal', 'Reveal', 'R'],
    ['blank', 'Blank', 'B'],
    ['full', 'Full screen', 'F'],
    ['speaker', 'Speaker view', 'S'],
    ['exit', 'Exit', 'Escape'],
  ];
  const built = () => {
    if (bar.childElementCount) return;
    for (const [action, label, keys] of speaker ? controls.slice(0, 4) : controls) {
      const button = h('button', { type: 'button', 'data-action': action, 'aria-keyshortcuts': keys }, label) as HTMLButtonElement;
      if (action === 'full') {
        button.hidden = !document.fullscreenEnabled;
        const pressed = () => button.setAttribute('aria-pressed', String(!!document.fullscreenElement));
        pressed();
        document.addEventListener('fullscreenchange', pressed);
      }
      bar.append(button);
      if (action === 'next') bar.append(count);
    }
    bar.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action) act(action as Action);
    });
    blank.addEventListener('click', () => setBlank(false));
    main.append(bar, blank);
    if (speaker) {
      const panel = h('section', { class: 'pp-notes', 'aria-labelledby': 'pp-notes-title' });
      panel.append(h('h2', { id: 'pp-notes-title' }, "Teacher's notes"), notes, upcoming);
      count.after(clock);
      main.append(panel);
      const start = Date.now();
      const tick = () => {
        const s = Math.floor((Date.now() - start) / 1000);
        const time = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
        clock.textContent = `Elapsed ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} · Time ${time}`;
      };
      tick();
      setInterval(tick, 1000);
    }
  };

  const post = (message: Message) => channel?.postMessage(message);
  const broadcast = () => {
    if (speaker) return;
    const shown = layouts.get(index)?.pages[part];
    const on = parts > 1 && shown ? [...steps[index]!.children].flatMap((child, n) => (shown.has(child as HTMLElement) ? [n] : [])) : undefined;
    post({ t: 'state', i: index, p: part, n: parts, b: blanked, ...(on ? { on } : {}) });
  };

  function writeAddress() {
    const rest = new URLSearchParams(location.search);
    for (const key of ['present', 'speaker', 'step', 'part']) rest.delete(key);
    let search = active ? `?${speaker ? 'speaker' : 'present'}&step=${index + 1}${part ? `&part=${part + 1}` : ''}` : '';
    if (`${rest}`) search += (search ? '&' : '?') + rest;
    history.replaceState(history.state, '', location.pathname + search + (active ? '' : `#${heading(index).id}`));
  }

  /** Shows step `i`, screen `p` (-1: its last screen). Quiet: no announcement, focus stays. */
  function go(i: number, p = 0, quiet = false) {
    i = Math.max(0, Math.min(steps.length - 1, i));
    steps.forEach((step, j) => {
      const next = speaker && j === i + 1;
      step.hidden = j !== i && !next;
      step.toggleAttribute('data-current', j === i);
      step.toggleAttribute('data-next', next);
      step.inert = next;
    });
    if (i !== index) steps[i]!.scrollTop = 0;
    index = i;
    if (speaker) {
      part = Math.max(0, p);
      notes.replaceChildren(
        ...[...steps[i]!.querySelectorAll('[data-teacher-note]')].map((note) => {
          const copy = note.cloneNode(true) as HTMLElement;
          for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
          copy.hidden = false;
          copy.className = 'pp-note';
          return copy;
        }),
      );
      if (!notes.childElementCount) notes.append(h('p', {}, 'No notes for this step.'));
      upcoming.textContent = i + 1 < steps.length ? `Next: ${title(i + 1)}` : 'This is the last step.';
    } else {
      let l = layouts.get(i);
      if (!l) layouts.set(i, (l = layout(steps[i]!)));
      parts = l.pages.length;
      part = p < 0 ? parts - 1 : Math.min(p, parts - 1);
      showPage(l, part);
    }
    const of = parts > 1 ? ` (${part + 1} of ${parts})` : '';
    count.textContent = `${i + 1} / ${steps.length}${of}${speaker && blanked ? ' · screen blanked' : ''}`;
    writeAddress();
    broadcast();
    if (quiet) return;
    revealed = undefined;
    say(`Step ${i + 1} of ${steps.length}${parts > 1 ? `, part ${part + 1} of ${parts}` : ''}: ${title(i)}`);
    heading(i).focus({ preventScroll: true });
  }

  function enter(i: number, p = 0) {
    active = true;
    html.dataset.mode = 'present';
    if (speaker) html.dataset.view = 'speaker';
    presentMode.set(true);
    // Items hydrate on engagement (client:engage); on rounds every item must be ready to reveal.
    document.dispatchEvent(new Event('quiz:hydrate'));
    built();
    bar.hidden = false;
    for (const [j] of steps.entries()) heading(j).tabIndex = -1;
    watcher.observe(article, { childList: true, subtree: true, characterData: true });
    go(i, p);
  }

  function leave() {
    setBlank(false);
    active = false;
    delete html.dataset.mode;
    presentMode.set(false);
    watcher.disconnect();
    post({ t: 'bye' });
    for (const step of steps) {
      step.hidden = step.inert = false;
      step.removeAttribute('data-current');
      step.removeAttribute('data-next');
    }
    clearLayout(article);
    layouts.clear();
    bar.hidden = true;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    writeAddress();
    heading(index).scrollIntoView();
    heading(index).focus({ preventScroll: true });
    say('Projector mode off');
  }

  function setBlank(on: boolean) {
    if (on === blanked) return;
    blanked = on;
    blank.hidden = !on;
    article.inert = bar.inert = on;
    if (on) {
      blank.focus();
      say('Screen blanked, press any key');
    } else heading(index).focus({ preventScroll: true });
    broadcast();
  }

  /** Speaker view: marks the blocks of a split step that the projector shows now, and brings them into view. */
  function markOnScreen(on: number[] | undefined) {
    for (const el of article.querySelectorAll('[data-on-screen]')) el.removeAttribute('data-on-screen');
    if (!on?.length) return;
    const children = [...steps[index]!.children];
    const marked = on.map((n) => children[n]).filter((el): el is Element => el !== undefined);
    for (const el of marked) el.setAttribute('data-on-screen', '');
    marked[0]?.scrollIntoView({ block: 'start' });
  }

  function reveal() {
    for (const item of steps[index]!.querySelectorAll<HTMLElement>('[data-quiz-item]')) {
      if (!rendered(item)) continue;
      revealed = item;
      // An item whose island has not hydrated yet takes the reveal when it does (ItemFrame).
      if (item.closest('astro-island[ssr]')) item.setAttribute('data-reveal-pending', '');
      else item.dispatchEvent(new CustomEvent('quiz:reveal', { bubbles: true }));
    }
  }

  function act(action: Action) {
    // The speaker view drives the projector window when there is one.
    if (speaker && linked && action !== 'full') {
      post({ t: 'do', a: action });
      if (action !== 'reveal') return;
    }
    const last = speaker ? 0 : parts - 1;
    if (action === 'next') {
      if (part < last) go(index, part + 1);
      else if (index < steps.length - 1) go(index + 1);
    } else if (action === 'prev') {
      if (part > 0 && !speaker) go(index, part - 1);
      else if (index > 0) go(index - 1, -1);
    } else if (action === 'first') go(0);
    else if (action === 'last') go(steps.length - 1);
    else if (action === 'blank') setBlank(!blanked);
    else if (action === 'reveal') reveal();
    else if (action === 'full') {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
      else html.requestFullscreen?.().catch(() => {});
    } else if (action === 'speaker') {
      window.open(`${location.pathname}?speaker&step=${index + 1}`, `wfbb-speaker-${article.dataset.lesson}`)?.focus();
    } else if (action === 'exit') leave();
  }

  /** Measures the step in view again (new size, an island hydrated, an answer revealed). */
  function relayout() {
    if (!active || speaker) return;
    const step = steps[index]!;
    const old = layouts.get(index)?.pages[part];
    const focused = document.activeElement;
    // Keep in view what the teacher is using, or the answer just revealed...
    const anchor =
      focused && focused !== heading(index) && step.contains(focused)
        ? focused
        : (revealed?.querySelector('[data-key]') ??
          revealed?.querySelector('.quiz__key .mark--ok') ??
          revealed?.querySelector('.quiz__key, [role=status]'));
    // ...else the screen that shares most blocks with the one in view.
    const before = [...(old ?? [])].filter((el) => ![...old!].some((o) => o !== el && el.contains(o)));
    const l = layout(step);
    layouts.set(index, l);
    let p = Math.min(part, l.pages.length - 1);
    if (anchor?.isConnected) {
      for (p = l.pages.length - 1; p > 0; p--) {
        showPage(l, p);
        if (rendered(anchor)) break;
      }
    } else if (before.length) {
      let best = 0;
      l.pages.forEach((page, i) => {
        const shared = before.filter((el) => page.has(el)).length;
        if (shared > best) {
          best = shared;
          p = i;
        }
      });
    }
    go(index, p, true);
  }
  const soon = (clear: boolean) => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (clear) layouts.clear();
      relayout();
    }, 80);
  };
  const watcher = new MutationObserver((records) => {
    for (const [j, step] of steps.entries()) {
      if (j !== index && records.some((r) => step.contains(r.target))) layouts.delete(j);
    }
    if (records.some((r) => steps[index]!.contains(r.target))) soon(false);
  });
  addEventListener('resize', () => active && soon(true));

  // Keys: never while typing in a field, nor Space/Enter on something they activate.
  const FIELD = 'input,select,textarea,[contenteditable]:not([contenteditable="false"]),[role=textbox],[role=combobox],[role=listbox],[role=slider],[role=spinbutton],[role=radio],[role=menuitem]';
  const ACTIVATES = 'button,summary,a[href],[role=button],[role=link],[role=checkbox],[role=switch],[role=tab],[role=option]';
  const keys: Record<string, Action> = {
    ArrowRight: 'next', ArrowDown: 'next', PageDown: 'next', ' ': 'next',
    ArrowLeft: 'prev', ArrowUp: 'prev', PageUp: 'prev',
    Home: 'first', End: 'last', Escape: 'exit',
    b: 'blank', '.': 'blank', r: 'reveal', f: 'full', s: 'speaker', p: 'exit',
  };
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (blanked) {
      event.preventDefault();
      if (speaker && linked) post({ t: 'do', a: 'blank' });
      else setBlank(false);
      return;
    }
    if (target?.closest(FIELD)) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (!active) {
      if (key === 'p' && !event.shiftKey) {
        event.preventDefault();
        enter(inView());
      }
      return;
    }
    if ((key === ' ' || key === 'Enter') && target?.closest(ACTIVATES)) return;
    let action = keys[key];
    if (key === ' ' && event.shiftKey) action = 'prev';
    if (!action || (speaker && (action === 'exit' || action === 'speaker'))) return;
    event.preventDefault();
    act(action);
  });

  if (channel) {
    channel.onmessage = ({ data }: MessageEvent<Message>) => {
      if (speaker && data.t === 'state') {
        linked = true;
        blanked = data.b;
        parts = data.n;
        go(data.i, data.p, data.i === index);
        markOnScreen(data.on);
      } else if (speaker && data.t === 'bye') linked = false;
      else if (!speaker && active && data.t === 'hello') broadcast();
      else if (!speaker && active && data.t === 'do') act(data.a);
    };
  }

  addEventListener('pagehide', () => active && !speaker && post({ t: 'bye' }));
  document.querySelector('[data-projector-toggle]')?.addEventListener('click', () => active || enter(0));
  return (how) => {
    if (how === 'button') enter(0);
    else if (how === 'key') enter(inView());
    else {
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      const fromHash = target ? steps.findIndex((step) => step.contains(target)) : -1;
      const step = Number(query.get('step')) || fromHash + 1 || 1;
      enter(step - 1, (Number(query.get('part')) || 1) - 1);
      if (speaker) post({ t: 'hello' });
    }
  };
}
