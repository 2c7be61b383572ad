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
        'Accuracy at each certainty against its target: certainty 1: not sure, 100 % right of 1, target below 67 %, above target; ' +
          'certainty 2: fairly sure, no answers right of 0, target 67 to 80 %, no answers yet; ' +
          'certainty 3: very sure, 50 % right of 2, target above 80 %, below target.',
      ),
    );
    const table = screen.getByRole('table', { name: 'Accuracy at each certainty, against its target' });
    expect(within(table).getByRole('row', { name: /very sure/ }).textContent).toContain('50 %');
    expect(within(table).getByRole('row', { name: /very sure/ }).textContent).toContain('> 80 %: below');
    // The target windows are drawn as bands, each with its range written on it.
    expect([...document.querySelectorAll('[data-target-band]')].map((band) => band.nextElementSibling!.textContent)).toEqual([
      '< 67 %',
      '67–80 %',
      '> 80 %',
    ]);
    expect(document.querySelector('[data-advice-level="3"]')!.textContent).toBe(
      'At certainty 3 you were right 1 of 2 times (50 %): below the 80 % that level claims; be surer only when you could explain the answer to someone else, and choose 2 when a doubt remains. With 2 answers this is a rough guide.',
    );
    expect(document.querySelector('[data-mean-cbm]')!.textContent).toContain('−0.67'.replace('−', '-'));
  });

  it('counts a partly right answer at its certainty by the fraction right, and "no idea" apart', async () => {
    const at = '2026-01-01T00:00:00.000Z';
    const entry = (score: number, cbm: number, certainty: number) => ({
      lastResponse: { pairs: {} },
      lastGrade: { score, verdict: score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial', cbm },
      bestGrade: { score, verdict: score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial', cbm },
      attempts: 1,
      // Format version 2 keeps certainty 0 ("no idea") and a scaled mark; the cast spans the merge with it.
      certainty: certainty as 1,
      updatedAt: at,
      lesson: 'histology',
    } as const);
    progressStore.progress.set({
      version: saved().version,
      items: { m: entry(2 / 3, 2, 3), n: entry(1, 3, 3), o: entry(1, 0, 0), p: entry(0, 0, 0) },
    });
    render(<ProgressDashboard lessons={lessons} />);
    await waitFor(() => expect(document.querySelector('[data-advice-level="3"]')!.textContent).toMatch(/^At certainty 3 you were right 1\.7 of 2 times \(partly right answers count in part\) \(83 %\): within its target \(above 80 %\)/));
    const row = within(screen.getByRole('table', { name: /Accuracy at each certainty/ })).getByRole('row', { name: /very sure/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1.7', '83 %', '> 80 %: within']);
    expect(document.querySelector('[data-no-idea]')!.textContent).toMatch(/^2 answers given with “No idea” \(1 of them right\): marked 0 and kept out of calibration\./);
    expect(document.querySelector('[data-mean-cbm]')!.textContent).toContain('+1.25 per answer (of 4)');
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
