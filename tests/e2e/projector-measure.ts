/**
 * Measures every screen of a lesson in projector mode inside the page, in one evaluate:
 * steps through with PageDown (as a presenter remote does) and, on each screen, records the
 * smallest text, the characters of the longest line of prose and the drawn height of a
 * lesson figure. Shared by the projector browser tests and the screenshot walk.
 */
import type { Page } from 'playwright-core';

export interface ScreenMeasure {
  step: number;
  part: string;
  minFont: number;
  /** The element with the smallest text, for the failure message. */
  smallest: string;
  /** Most characters on one line of a paragraph or list item. */
  longestLine: number;
  /** A lesson figure's drawn height as a share of the window's height (0 when none). */
  figure: number;
  /** The step's content runs past the screen (it must not). */
  overflows: boolean;
}

export function measureAllScreens(page: Page): Promise<ScreenMeasure[]> {
  return page.evaluate(async () => {
    const out: ScreenMeasure[] = [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const shown = (el: Element) => el.getClientRects().length > 0 && !el.closest('.pp-off, [hidden], .visually-hidden, .pp-bar');
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (let guard = 0; guard < 400; guard++) {
      await frame();
      const step = document.querySelector<HTMLElement>('.lesson-step[data-current]')!;
      const count = document.querySelector('.pp-count')?.textContent ?? '';
      let minFont = Infinity;
      let smallest = '';
      let longestLine = 0;
      for (const el of step.querySelectorAll('*')) {
        if (!shown(el) || el.closest('svg')) continue;
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (!own) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < minFont) {
          minFont = size;
          smallest = name(el);
        }
      }
      for (const el of step.querySelectorAll('p, li')) {
        if (!shown(el) || el.closest('table, .quiz__choice, svg')) continue;
        // Characters on the longest line: the text's line boxes (one rect per line and inline
        // box, grouped by line), its characters shared out by width. Lines of one paragraph
        // hold much the same characters, so this is close, and fast.
        const range = document.createRange();
        const widths = new Map<number, number>();
        let chars = 0;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Text of a block inside this one (a list in a list item) is measured as its own.
          if (node.parentElement!.closest('p, li') !== el) continue;
          // Text for screen readers only ("Add … to your ranking") is on no line.
          if (node.parentElement!.closest('.visually-hidden')) continue;
          range.selectNodeContents(node);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          // Text out of sight (a term's closed definition) takes no room on the line.
          if (!rects.length) continue;
          chars += node.textContent!.length;
          for (const r of rects) widths.set(Math.round(r.bottom / 6), (widths.get(Math.round(r.bottom / 6)) ?? 0) + r.width);
        }
        const total = [...widths.values()].reduce((a, b) => a + b, 0);
        if (widths.size > 1 && total > 0) longestLine = Math.max(longestLine, Math.round((chars * Math.max(...widths.values())) / total));
      }
      let figure = 0;
      for (const art of step.querySelectorAll<SVGSVGElement>('figure.figure > svg.figure__art')) {
        if (!shown(art)) continue;
        const r = art.getBoundingClientRect();
        const vb = art.viewBox.baseVal;
        figure = Math.max(figure, Math.min(r.height, (r.width * vb.height) / vb.width) / innerHeight);
      }
      out.push({
        step: Number(step.dataset.step),
        part: count,
        minFont,
        smallest,
        longestLine,
        figure,
        overflows: step.scrollHeight > step.clientHeight + 2,
      });
      const before = count;
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true }));
      await frame();
      if ((document.querySelector('.pp-count')?.textContent ?? '') === before) break;
    }
    return out;
  });
}
