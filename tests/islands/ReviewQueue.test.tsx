import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ReviewQueue, { VIEW_KEY } from '../../src/islands/ReviewQueue.tsx';
import { progressStore } from '../../src/stores/progress.ts';
import type { QuizProps } from '../../src/islands/quiz-types.ts';
import { propsOf } from '../fixtures/sample-props.ts';
import { gradeOf, useCleanStores } from './helpers.tsx';

useCleanStores();

// The items' data as item-data/<lesson>/<id>.js and item-data/figure-<name>.js assign it: the page
// "loads" a data script by running it when the loader appends it (a file not listed fails to load).
const single = propsOf('single');
const order = propsOf('order');
const multi = { ...propsOf('multi'), lesson: 'genetics' };
const hotspot = propsOf('hotspot');
const hotspot2 = { ...hotspot, item: { ...hotspot.item, id: `${hotspot.item.id}-2` } };
const sprite = '<svg class="figure-sprite"><symbol id="hotspot-figure-biopsy" viewBox="0 0 200 200"></symbol></svg>';
const served: Record<string, () => void> = {};
for (const p of [single, order, multi, hotspot, hotspot2]) {
  served[`/item-data/${p.lesson}/${p.item.id}.js`] = () => ((window.__wfbbItemData ??= {})[`${p.lesson}/${p.item.id}`] = p as QuizProps);
}
served['/item-data/figure-biopsy.js'] = () => ((window.__wfbbFigureSprites ??= {}).biopsy = sprite);
/** The data scripts the page was asked to load, in order. */
let requested: string[] = [];
beforeEach(() => {
  delete window.__wfbbItemData;
  delete window.__wfbbFigureSprites;
  document.querySelectorAll('.figure-sprite').forEach((svg) => svg.remove());
  requested = [];
  const append = document.head.append.bind(document.head);
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    const script = nodes[0] as HTMLScriptElement;
    if (!(script instanceof HTMLScriptElement)) return append(...nodes);
    const src = script.getAttribute('src')!;
    requested.push(src);
    setTimeout(() => {
      served[src]?.();
      script.dispatchEvent(new Event(served[src] ? 'load' : 'error'));
    });
  });
});
afterEach(() => vi.restoreAllMocks());

const props = {
  lessons: [
    { slug: 'histology', title: 'Histology' },
    { slug: 'genetics', title: 'Genetics' },
  ],
  items: {
    [single.item.id]: ['histology', 'single'],
    [order.item.id]: ['histology', 'order'],
    [multi.item.id]: ['genetics', 'multi'],
    [hotspot.item.id]: ['histology', 'hotspot'],
    [hotspot2.item.id]: ['histology', 'hotspot'],
    missing: ['genetics', 'single'],
  } as Record<string, [string, string]>,
  typeLabels: { single: 'Best answer', order: 'Sequence', multi: 'Several answers', hotspot: 'Point on the figure' },
  base: '/',
  name: 'When Flesh Becomes Bone',
};
const wrong = (id: string, lesson: string, at: Date) =>
  progressStore.recordGrade({ item: { id, type: 'single' }, lesson, response: {}, grade: gradeOf(0) }, at);
const summary = () => document.querySelector('[data-review-summary]')!.textContent;
const headings = () => screen.queryAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('ReviewQueue', () => {
  it('says there is nothing to review when nothing is saved', async () => {
    render(<ReviewQueue {...props} />);
    await waitFor(() => expect(summary()).toMatch(/^Nothing to review yet/));
    expect(screen.queryByRole('button', { name: 'Download review dates (.ics)' })).toBeNull();
  });

  it('queues the items due, interleaved by lesson, one at a time, and moves through them', async () => {
    wrong(single.item.id, 'histology', new Date('2026-12-01T08:00:00Z'));
    wrong(order.item.id, 'histology', new Date('2026-12-01T09:00:00Z'));
    wrong(multi.item.id, 'genetics', new Date('2026-12-01T10:00:00Z'));
    progressStore.recordGrade({ item: { id: 'gone', type: 'single' }, lesson: 'histology', response: {}, grade: gradeOf(0) });
    await progressStore.settled(); // the schedules are written once the scheduler has loaded
    render(<ReviewQueue {...props} />);
    await waitFor(() => expect(summary()).toBe('3 questions due now. Nothing else is scheduled.'));
    // Oldest first, but genetics comes between the two histology items.
    await waitFor(() => expect(headings()).toEqual(['Question 1 of 3 · Histology · Best answer']));
    await waitFor(() => expect(document.querySelector(`[data-quiz-item="${single.item.id}"]`)).not.toBeNull(), { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    await waitFor(() => expect(headings()).toEqual(['Question 2 of 3 · Genetics · Several answers']));
    await waitFor(() => expect(document.querySelector(`[data-quiz-item="${multi.item.id}"]`)).not.toBeNull(), { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    await waitFor(() => expect(headings()).toEqual(['Question 3 of 3 · Histology · Sequence']));
    expect((screen.getByRole('button', { name: 'Next question' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the queue as a list when asked, and remembers the choice', async () => {
    wrong(single.item.id, 'histology', new Date('2026-12-01T08:00:00Z'));
    wrong(multi.item.id, 'genetics', new Date('2026-12-01T10:00:00Z'));
    await progressStore.settled();
    const { unmount } = render(<ReviewQueue {...props} />);
    await waitFor(() => expect(headings()).toHaveLength(1));
    fireEvent.click(screen.getByLabelText('As a list'));
    await waitFor(() => expect(headings()).toHaveLength(2));
    await waitFor(() => expect(document.querySelectorAll('[data-quiz-item]')).toHaveLength(2), { timeout: 5000 });
    expect(localStorage.getItem(VIEW_KEY)).toBe('list');
    unmount();
    render(<ReviewQueue {...props} />);
    await waitFor(() => expect(headings()).toHaveLength(2));
    expect((screen.getByLabelText('As a list') as HTMLInputElement).checked).toBe(true);
  });

  it('keeps an item put right in view, says when it is next due, and puts that date in the calendar file', async () => {
    wrong(single.item.id, 'histology', new Date('2026-12-01T08:00:00Z'));
    await progressStore.settled();
    render(<ReviewQueue {...props} />);
    await waitFor(() => expect(document.querySelector(`[data-quiz-item="${single.item.id}"]`)).not.toBeNull(), { timeout: 5000 });
    progressStore.recordGrade({ item: { id: single.item.id, type: 'single' }, lesson: 'histology', response: {}, grade: gradeOf(1) });
    await progressStore.settled();
    // Put right, it is scheduled again (FSRS): not due now, due later.
    await waitFor(() => expect(summary()).toMatch(/^Nothing is due now\. Next due: /));
    expect(document.querySelector(`[data-quiz-item="${single.item.id}"]`)).not.toBeNull();
    // It is in the queue already: nothing more to study ahead; its next date goes in the calendar file.
    fireEvent.click(screen.getByRole('button', { name: 'Add questions not yet due' }));
    await waitFor(() => expect(screen.getByText('Nothing else is scheduled: there is nothing to study ahead.')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Download review dates (.ics)' }));
    await waitFor(() => expect(screen.getByText(/^The review dates were downloaded as review-dates\.ics/)).toBeTruthy());
  });

  it('loads the data of the items it shows, and no other: the current and the next, or the whole list', async () => {
    wrong(single.item.id, 'histology', new Date('2026-12-01T08:00:00Z'));
    wrong(multi.item.id, 'genetics', new Date('2026-12-01T09:00:00Z'));
    wrong(order.item.id, 'histology', new Date('2026-12-01T10:00:00Z'));
    await progressStore.settled();
    render(<ReviewQueue {...props} />);
    await waitFor(() => expect(document.querySelector(`[data-quiz-item="${single.item.id}"]`)).not.toBeNull(), { timeout: 5000 });
    expect(requested.sort()).toEqual([`/item-data/genetics/${multi.item.id}.js`, `/item-data/histology/${single.item.id}.js`]);
    fireEvent.click(screen.getByLabelText('As a list'));
    await waitFor(() => expect(document.querySelectorAll('[data-quiz-item]')).toHaveLength(3), { timeout: 5000 });
    expect(requested.slice(2)).toEqual([`/item-data/histology/${order.item.id}.js`]);
  });

  it('puts the figure its hotspot items draw on the page, once', async () => {
    wrong(hotspot.item.id, 'histology', new Date('2026-12-01T08:00:00Z'));
    wrong(hotspot2.item.id, 'histology', new Date('2026-12-01T09:00:00Z'));
    await progressStore.settled();
    render(<ReviewQueue {...props} />);
    await waitFor(() => expect(document.querySelector(`[data-quiz-item="${hotspot.item.id}"] use`)).not.toBeNull(), { timeout: 5000 });
    expect(document.querySelectorAll('svg.figure-sprite symbol#hotspot-figure-biopsy')).toHaveLength(1);
    expect(requested.filter((src) => src.includes('figure-'))).toEqual(['/item-data/figure-biopsy.js']);
    fireEvent.click(screen.getByLabelText('As a list'));
    await waitFor(() => expect(document.querySelectorAll('[data-quiz-item] use')).toHaveLength(2), { timeout: 5000 });
    expect(document.querySelectorAll('svg.figure-sprite symbol#hotspot-figure-biopsy')).toHaveLength(1);
  });

  it('says which data file could not be loaded, in place of the item', async () => {
    wrong('missing', 'genetics', new Date('2026-12-01T08:00:00Z'));
    await progressStore.settled();
    render(<ReviewQueue {...props} />);
    await waitFor(() => expect(screen.getByText('The question data item-data/genetics/missing.js could not be loaded.')).toBeTruthy(), { timeout: 5000 });
  });
});
