/**
 * Splits one lesson step into screens that fit without scrolling, at its paragraphs:
 * the step's blocks are packed in order until the next one would overflow. A block that
 * is too tall on its own is split at its own blocks (list items, table rows, the parts of
 * a quiz item), never shrunk. Hidden parts get the class `pp-off` (display: none, so
 * screen readers skip them too); the step's heading stays on every screen.
 */

export interface Layout {
  /** Every element whose visibility the layout controls. */
  managed: HTMLElement[];
  /** Per screen, the managed elements shown on it (blocks and the containers they sit in). */
  pages: Set<HTMLElement>[];
}

const OFF = 'pp-off';
const FIT = 'data-pp-fit';
/** Blocks never split: text flows, figures, headings, rows, form controls. */
const ATOMIC = /^(P|H[1-6]|FIGURE|PRE|IMG|SVG|TR|LI|DT|DD|LABEL|BUTTON|SELECT|TEXTAREA|INPUT|SUMMARY)$/i;
/**
 * A lesson figure (<Figure>): its drawing keeps at least this share of the screen's height;
 * when drawing and caption do not fit together, the caption goes on the next screen.
 */
export const FIGURE_MIN_HEIGHT = 0.7;
const LESSON_FIGURE = 'figure.figure';
/** Shown on every screen of the container they belong to. */
const STICKY = /^(THEAD|CAPTION|LEGEND|SUMMARY)$/;
const QUIZ = '[data-quiz-item],[data-quiz-ref]';

/** The blocks a container can be split into: rendered element children, sticky ones left out. */
function blocks(el: Element): HTMLElement[] {
  return [...el.children].filter(
    (c): c is HTMLElement =>
      // A figure sprite is never hidden: Chromium drops the patterns of an SVG that is not rendered.
      (c instanceof HTMLElement || (c instanceof SVGSVGElement && el.matches(LESSON_FIGURE))) && !c.classList.contains('figure-sprite') && !STICKY.test(c.tagName) && (c.classList.contains(OFF) || getComputedStyle(c).display !== 'none'),
  );
}

function splittable(el: HTMLElement): boolean {
  // A table row laid out as blocks (the differential's pairs on a 4:3 screen) splits at its cells.
  if (ATOMIC.test(el.tagName) && !el.matches(LESSON_FIGURE) && !(el.tagName === 'TR' && getComputedStyle(el).display === 'block')) return false;
  const parts = blocks(el);
  if (parts.some((c) => getComputedStyle(c).display.startsWith('inline'))) return false;
  return parts.length > 1 || (parts.length === 1 && splittable(parts[0]!));
}

/** A subheading, or a short paragraph that is all bold or ends with a colon. */
function leadIn(el: HTMLElement): boolean {
  if (/^H[3-6]$/.test(el.tagName)) return true;
  const text = el.textContent?.trim() ?? '';
  if (el.tagName !== 'P' || !text || text.length > 90) return false;
  const bold = [...el.querySelectorAll('strong, b')].map((b) => b.textContent ?? '').join('').trim();
  return bold === text || text.endsWith(':');
}

/** True when the element, or for `display: contents` one of its children, has a box. */
export const rendered = (el: Element): boolean => el.getClientRects().length > 0 || [...el.children].some(rendered);

export function layout(step: HTMLElement): Layout {
  clearLayout(step);
  const heading = step.querySelector(':scope > h2');
  const up = new Map<HTMLElement, HTMLElement[]>();
  const managed: HTMLElement[] = [];
  const queue = blocks(step).filter((el) => el !== heading);
  for (const el of queue) up.set(el, []), managed.push(el);

  const apply = (on: Set<HTMLElement>) => {
    for (const el of managed) el.classList.toggle(OFF, !on.has(el));
    return on;
  };
  const show = (units: HTMLElement[]) => {
    const on = new Set<HTMLElement>();
    for (const u of units) {
      on.add(u);
      for (const a of up.get(u)!) on.add(a);
    }
    return apply(on);
  };
  const overflows = () => step.scrollHeight > step.clientHeight + 1;

  /**
   * A table whose rows are too tall even alone (many wide columns) is shown a few columns at
   * a time, its first column (the row names) on every screen, each group's rows paged as usual.
   */
  const byColumns = (table: HTMLTableElement): boolean => {
    const head = table.tHead ? [...table.tHead.rows] : [];
    const body = [...table.tBodies].flatMap((b) => [...b.rows]);
    const all = [...head, ...body];
    const cells = all.flatMap((r) => [...r.cells]);
    const width = Math.max(...all.map((r) => r.cells.length));
    if (!body.length || width < 3 || cells.some((c) => c.colSpan > 1 || c.rowSpan > 1)) return false;
    managed.push(...body, ...cells);
    const base = [...up.get(table)!, table, ...head];
    const view = (rows: HTMLTableRowElement[], from: number, to: number) =>
      new Set<HTMLElement>([...base, ...rows, ...[...head, ...rows].flatMap((r) => [...r.cells].filter((c) => c.cellIndex === 0 || (c.cellIndex >= from && c.cellIndex < to)))]);
    const fits = (rows: HTMLTableRowElement[], from: number, to: number) => {
      apply(view(rows, from, to));
      return !overflows();
    };
    if (body.every((r) => fits([r], 1, width))) {
      managed.splice(managed.length - body.length - cells.length);
      return false;
    }
    let k = width - 2;
    while (k > 1 && !body.every((r) => fits([r], 1, 1 + k))) k--;
    for (let from = 1; from < width; from += k) {
      let rows: HTMLTableRowElement[] = [];
      for (const r of body) {
        if (rows.length && !fits([...rows, r], from, from + k)) {
          pages.push(view(rows, from, from + k));
          rows = [];
        }
        rows.push(r);
      }
      pages.push(apply(view(rows, from, from + k)));
    }
    return true;
  };

  const pages: Set<HTMLElement>[] = [];
  let current: HTMLElement[] = [];
  while (queue.length) {
    const unit = queue.shift()!;
    // A question starts its own screen, so the room sees it whole.
    if (current.length && (unit.matches(QUIZ) || unit.querySelector(QUIZ))) {
      pages.push(show(current));
      current = [];
    }
    show([...current, unit]);
    if (!overflows()) {
      current.push(unit);
      continue;
    }
    show([unit]);
    // A figure scales down to fit its screen (a long caption leaves it less room).
    const media = unit.matches('svg, img') ? unit : unit.querySelector<HTMLElement | SVGElement>(':scope > svg.figure__art, :scope > svg:not(.figure-sprite), :scope > img');
    // A pixel over the share, so rounding never leaves a figure just under it.
    const floor = media?.closest(LESSON_FIGURE) ? Math.ceil(innerHeight * FIGURE_MIN_HEIGHT) + 1 : innerHeight * 0.2;
    for (let i = 0; media && i < 3 && overflows(); i++) {
      const height = media.getBoundingClientRect().height;
      const fit = Math.max(floor, height - (step.scrollHeight - step.clientHeight) - 2);
      if (fit >= height) break;
      media.style.maxHeight = `${fit}px`;
      media.setAttribute(FIT, '');
    }
    if (overflows() && unit instanceof HTMLTableElement && getComputedStyle(unit).display === 'table') {
      if (current.length) pages.push(show(current));
      current = [];
      if (byColumns(unit)) continue;
      show([unit]);
    }
    if (overflows() && splittable(unit)) {
      const parts = blocks(unit);
      const chain = [...up.get(unit)!, unit];
      // An <ol> keeps its numbering when its items land on different screens.
      if (unit instanceof HTMLOListElement) {
        let n = unit.start || 1;
        for (const li of unit.children) if (li instanceof HTMLLIElement) n = (li.value ||= n) + 1;
      }
      for (const p of parts) up.set(p, chain), managed.push(p);
      queue.unshift(...parts);
      continue;
    }
    // A lead-in ("General.", "Two questions sort them:") moves on with what it introduces.
    const last = current[current.length - 1];
    if (current.length > 1 && leadIn(last!)) {
      show([last!, unit]);
      if (!overflows()) {
        pages.push(show(current.slice(0, -1)));
        current = [last!, unit];
        continue;
      }
    }
    if (current.length) pages.push(show(current));
    current = [unit];
  }
  if (current.length || !pages.length) pages.push(show(current));
  return { managed, pages };
}

/** Shows screen `index` of a layout. */
export function showPage({ managed, pages }: Layout, index: number): void {
  const on = pages[index];
  for (const el of managed) el.classList.toggle(OFF, !on?.has(el));
}

/** Removes every trace of a layout (leaving projector mode, or before measuring again). */
export function clearLayout(root: ParentNode): void {
  for (const el of root.querySelectorAll(`.${OFF}`)) el.classList.remove(OFF);
  for (const el of root.querySelectorAll<HTMLElement | SVGElement>(`[${FIT}]`)) {
    el.style.maxHeight = '';
    el.removeAttribute(FIT);
  }
}
