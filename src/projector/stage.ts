/**
 * The lesson's steps on stage: which step is shown (and, in the speaker view, the next one
 * beside it), the screens each step is split into (./paginate.ts, measured once and again
 * when the step changes size), and which screen to keep after measuring again.
 */
import { clearLayout, layout, rendered, showPage, type Layout } from './paginate.ts';

export interface Stage {
  /** Shows step `step` alone (the speaker view: with the next one, inert, beside it). */
  show(step: number, previous: number): void;
  /** Lays out step `step` (measured once, then kept) and shows its screen `part`; returns how many screens it has. */
  showScreen(step: number, part: number): number;
  /**
   * Measures step `step` again and shows the screen that keeps `anchor` in view (what the
   * teacher is using, an answer just revealed), or else the one that shares most with the
   * screen shown before. Returns that screen, and how many the step now has.
   */
  remeasure(step: number, part: number, anchor: Element | null | undefined): { part: number; parts: number };
  /** The indexes of the step's own children on screen `part`, when the step has more than one screen. */
  onScreen(step: number, part: number): number[] | undefined;
  /** Speaker view: marks the blocks the projector shows now (by index) and brings them into view. */
  markOnScreen(step: number, onScreen: number[] | undefined): void;
  /**
   * Watches the lesson while projector mode is on: a change inside a step (an island hydrated,
   * an answer revealed) or a new window size spoils layouts; when the step shown is among them,
   * `changed` is called (once a burst of changes settles) to measure it again.
   */
  watch(shown: () => number, changed: () => void): void;
  unwatch(): void;
  /** The lesson as a document again: every step shown, no screens. */
  reset(): void;
}

export function createStage(article: HTMLElement, steps: HTMLElement[], speaker: boolean): Stage {
  const layouts = new Map<number, Layout>();
  let timer = 0;
  let onResize: (() => void) | undefined;
  let watcher: MutationObserver | undefined;
  const layoutOf = (step: number) => {
    let l = layouts.get(step);
    if (!l) layouts.set(step, (l = layout(steps[step]!)));
    return l;
  };

  return {
    show(step, previous) {
      steps.forEach((el, j) => {
        const next = speaker && j === step + 1;
        el.hidden = j !== step && !next;
        el.toggleAttribute('data-current', j === step);
        el.toggleAttribute('data-next', next);
        el.inert = next;
      });
      if (step !== previous) steps[step]!.scrollTop = 0;
    },

    showScreen(step, part) {
      const l = layoutOf(step);
      showPage(l, Math.min(part, l.pages.length - 1));
      return l.pages.length;
    },

    remeasure(step, part, anchor) {
      const old = layouts.get(step)?.pages[part];
      // The innermost blocks of the old screen, to find the new screen most like it.
      const before = [...(old ?? [])].filter((el) => ![...old!].some((o) => o !== el && el.contains(o)));
      const l = layout(steps[step]!);
      layouts.set(step, l);
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
      showPage(l, p);
      return { part: p, parts: l.pages.length };
    },

    onScreen(step, part) {
      const l = layouts.get(step);
      const shown = l && l.pages.length > 1 ? l.pages[part] : undefined;
      return shown && [...steps[step]!.children].flatMap((child, n) => (shown.has(child as HTMLElement) ? [n] : []));
    },

    markOnScreen(step, onScreen) {
      for (const el of article.querySelectorAll('[data-on-screen]')) el.removeAttribute('data-on-screen');
      if (!onScreen?.length) return;
      const children = [...steps[step]!.children];
      const marked = onScreen.map((n) => children[n]).filter((el): el is Element => el !== undefined);
      for (const el of marked) el.setAttribute('data-on-screen', '');
      marked[0]?.scrollIntoView({ block: 'start' });
    },

    watch(shown, changed) {
      const soon = (all: boolean) => {
        clearTimeout(timer);
        timer = window.setTimeout(() => {
          if (all) layouts.clear();
          changed();
        }, 80);
      };
      // Projector mode's own marks on a figure (the spotlight) change no layout.
      const own = (nodes: NodeList) => [...nodes].every((n) => n instanceof Element && n.hasAttribute('data-pp-overlay'));
      watcher = new MutationObserver((all) => {
        const records = all.filter((r) => !(r.type === 'childList' && own(r.addedNodes) && own(r.removedNodes)));
        if (!records.length) return;
        const current = shown();
        for (const [j, step] of steps.entries()) {
          if (j !== current && records.some((r) => step.contains(r.target))) layouts.delete(j);
        }
        if (records.some((r) => steps[current]!.contains(r.target))) soon(false);
      });
      watcher.observe(article, { childList: true, subtree: true, characterData: true });
      addEventListener('resize', (onResize = () => soon(true)));
    },

    unwatch() {
      watcher?.disconnect();
      if (onResize) removeEventListener('resize', onResize);
      clearTimeout(timer);
    },

    reset() {
      for (const el of steps) {
        el.hidden = el.inert = false;
        el.removeAttribute('data-current');
        el.removeAttribute('data-next');
      }
      clearLayout(article);
      layouts.clear();
    },
  };
}
