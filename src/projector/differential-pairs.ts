/**
 * The differential table on the projector, two disorders at a time. Seven columns do not fit
 * a screen the back row can read, and the lesson teaches what sets each look-alike apart from
 * POH, so the projector shows POH beside each of the others in the table's (teaching) order:
 * one table per pair, each paged by rows like any table (its caption and column heads on every
 * screen; on a 4:3 screen, where two columns of 32 px text do not fit, each feature's two
 * entries one above the other, named). Built from the server-rendered table when projector mode starts, removed when it
 * stops; self-study keeps the whole table and its explorer (any two disorders, hide and recall).
 */

/** The pairs to show: the reference (the first column, POH) beside each other column, in order. */
export function disorderPairs<T>(columns: readonly T[], reference = 0): [T, T][] {
  if (!Number.isInteger(reference) || reference < 0 || reference >= columns.length) {
    throw new RangeError(`reference column ${reference} is not one of ${columns.length} columns`);
  }
  const ref = columns[reference]!;
  return columns.flatMap((column, i) => (i === reference ? [] : [[ref, column] as [T, T]]));
}

const PAIRS_CLASS = 'pp-pairs';

/** A cell's copy, without ids (the page keeps one of each). */
function copyOf(cell: HTMLTableCellElement): HTMLTableCellElement {
  const copy = cell.cloneNode(true) as HTMLTableCellElement;
  for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
  return copy;
}

/** Puts the pair tables after each differential table in `root`; returns how to take them away. */
export function showDifferentialPairs(root: ParentNode): () => void {
  const added: HTMLElement[] = [];
  for (const holder of root.querySelectorAll<HTMLElement>('[data-differential]')) {
    const table = holder.querySelector('table');
    if (!table?.tHead || holder.nextElementSibling?.classList.contains(PAIRS_CLASS)) continue;
    const heads = [...table.tHead.rows[0]!.cells].slice(1);
    const rows = [...table.tBodies].flatMap((b) => [...b.rows]);
    const short = (cell: HTMLTableCellElement) => cell.querySelector('.meta')?.textContent?.replace(/[()]/g, '').trim() || cell.textContent!.trim();
    const name = (cell: HTMLTableCellElement) => {
      const copy = cell.cloneNode(true) as HTMLElement;
      copy.querySelector('.meta')?.remove();
      return copy.textContent!.trim();
    };
    const pairs = disorderPairs(heads.map((_, i) => i + 1));
    const box = document.createElement('div');
    box.className = PAIRS_CLASS;
    box.dataset.ppPairs = '';
    pairs.forEach(([a, b], n) => {
      const pair = document.createElement('table');
      pair.dataset.ppPair = `${n + 1}`;
      const caption = pair.createCaption();
      caption.textContent = `${short(heads[a - 1]!)} compared with ${short(heads[b - 1]!)} (pair ${n + 1} of ${pairs.length})`;
      const headRow = pair.createTHead().insertRow();
      for (const text of ['Feature', name(heads[a - 1]!), name(heads[b - 1]!)]) {
        const th = document.createElement('th');
        th.scope = 'col';
        th.textContent = text;
        headRow.append(th);
      }
      const body = pair.createTBody();
      for (const row of rows) {
        const tr = body.insertRow();
        const [first, second] = [copyOf(row.cells[a]!), copyOf(row.cells[b]!)];
        // Named in each cell for a 4:3 screen, where the pair is read one above the other.
        first.dataset.disorder = short(heads[a - 1]!);
        second.dataset.disorder = short(heads[b - 1]!);
        tr.append(copyOf(row.cells[0]!), first, second);
      }
      box.append(pair);
    });
    holder.after(box);
    added.push(box);
  }
  return () => {
    for (const box of added) box.remove();
  };
}
