import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import ProgressDashboard from '../../src/islands/ProgressDashboard.tsx';
import { progressStore } from '../../src/stores/progress.ts';
import { gradeOf, saved, useCleanStores } from './helpers.tsx';

useCleanStores();

const lessons = [
  { slug: 'the-case', title: 'The case', url: '/lessons/the-case/', total: 5 },
  { slug: 'histology', title: 'Histology', url: '/lessons/histology/', total: 4 },
];

function answer(id: string, lesson: string, score: number, cbm?: number, certainty?: 1 | 2 | 3) {
  progressStore.recordGrade({
    item: { id, type: 'single' },
    lesson,
    response: certainty === undefined ? { choice: 'a' } : { choice: 'a', confidence: certainty },
    grade: gradeOf(score, cbm),
  });
}

describe('ProgressDashboard', () => {
  it('shows items done and the score per lesson', async () => {
    answer('a', 'the-case', 1);
    answer('b', 'the-case', 0.5);
    render(<ProgressDashboard lessons={lessons} />);
    const row = await screen.findByRole('row', { name: /The case/ });
    await waitFor(() => expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2 of 5', '1', '75%']));
    expect(within(screen.getByRole('row', { name: /Histology/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0 of 4', '0', '–']);
  });

  it('charts accuracy at each certainty with a text alternative and a table, and the mean mark', async () => {
    answer('a', 'the-case', 1, 3, 3);
    answer('b', 'the-case', 0, -6, 3);
    answer('c', 'histology', 1, 1, 1);
    render(<ProgressDashboard lessons={lessons} />);
    await waitFor(() =>
      expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
        'Accuracy at each certainty: certainty 1: not sure, 100% right of 1; certainty 2: fairly sure, no answers right of 0; certainty 3: very sure, 50% right of 2.',
      ),
    );
    const table = screen.getByRole('table', { name: 'Accuracy at each certainty' });
    expect(within(table).getByRole('row', { name: /very sure/ }).textContent).toContain('50%');
    expect(document.querySelector('[data-mean-cbm]')!.textContent).toContain('−0.67'.replace('−', '-'));
  });

  it('resets only after confirmation, with Cancel first', async () => {
    answer('a', 'the-case', 1);
    render(<ProgressDashboard lessons={lessons} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset progress…' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(Object.keys(saved().items)).toEqual(['a']);
    fireEvent.click(screen.getByRole('button', { name: 'Reset progress…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget all answers' }));
    await waitFor(() => expect(saved().items).toEqual({}));
    expect(screen.getByText(/All answers in this browser were forgotten/)).toBeTruthy();
  });

  it('refuses an invalid import file, changing nothing, and says why', async () => {
    answer('a', 'the-case', 1);
    const before = saved();
    render(<ProgressDashboard lessons={lessons} />);
    const input = screen.getByLabelText('Import progress from a file:') as HTMLInputElement;
    const file = new File(['{"version":1,"items":{"a":{}}}'], 'old.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(document.querySelector('[data-transfer-message]')!.textContent).toContain('Nothing was changed.'));
    expect(document.querySelector('[data-transfer-message]')!.textContent).toContain('item "a": lastResponse is not an object');
    expect(saved()).toBe(before);
  });
});
