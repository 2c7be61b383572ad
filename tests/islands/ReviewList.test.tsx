import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import ReviewList from '../../src/islands/ReviewList.tsx';
import { progressStore } from '../../src/stores/progress.ts';
import { gradeOf, useCleanStores } from './helpers.tsx';

useCleanStores();

function page() {
  document.body.innerHTML = '';
  document.body.insertAdjacentHTML(
    'beforeend',
    `<section data-review-lesson="the-case" hidden>
       <div data-review-entry="q1" data-lesson="the-case" data-type="single" hidden></div>
       <div data-review-entry="q2" data-lesson="the-case" data-type="order" hidden></div>
     </section>
     <section data-review-lesson="genetics" hidden>
       <div data-review-entry="q3" data-lesson="genetics" data-type="single" hidden></div>
     </section>`,
  );
}
const shown = () => [...document.querySelectorAll<HTMLElement>('[data-review-entry]')].filter((e) => !e.hidden).map((e) => e.dataset.reviewEntry);
const wrong = (id: string, lesson: string) =>
  progressStore.recordGrade({ item: { id, type: 'single' }, lesson, response: {}, grade: gradeOf(0) });

const filters = {
  lessons: [
    { slug: 'the-case', title: 'The case' },
    { slug: 'genetics', title: 'Genetics' },
  ],
  types: [
    { type: 'single', label: 'Best answer' },
    { type: 'order', label: 'Sequence' },
  ],
};

describe('ReviewList', () => {
  it('shows the items answered wrongly or partly, filtered by lesson and type', async () => {
    page();
    wrong('q1', 'the-case');
    wrong('q3', 'genetics');
    progressStore.recordGrade({ item: { id: 'q2', type: 'single' }, lesson: 'the-case', response: {}, grade: gradeOf(1) });
    render(<ReviewList {...filters} />);
    await waitFor(() => expect(shown()).toEqual(['q1', 'q3']));
    expect(screen.getByRole('status').textContent).toBe('2 of 2 questions to review shown.');
    fireEvent.change(screen.getByRole('combobox', { name: 'Lesson' }), { target: { value: 'genetics' } });
    await waitFor(() => expect(shown()).toEqual(['q3']));
    expect((document.querySelector('[data-review-lesson="the-case"]') as HTMLElement).hidden).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: 'Lesson' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Question type' }), { target: { value: 'order' } });
    await waitFor(() => expect(shown()).toEqual([]));
    expect(screen.getByRole('status').textContent).toBe('0 of 2 questions to review shown.');
  });

  it('keeps an item in view after it is put right', async () => {
    page();
    wrong('q1', 'the-case');
    render(<ReviewList {...filters} />);
    await waitFor(() => expect(shown()).toEqual(['q1']));
    progressStore.recordGrade({ item: { id: 'q1', type: 'single' }, lesson: 'the-case', response: {}, grade: gradeOf(1) });
    await new Promise((r) => setTimeout(r, 30));
    expect(shown()).toEqual(['q1']);
  });

  it('says when there is nothing to review', async () => {
    page();
    render(<ReviewList {...filters} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Nothing to review/));
  });
});
