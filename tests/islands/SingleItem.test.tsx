import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import SingleItem from '../../src/islands/SingleItem.tsx';
import { presentMode } from '../../src/stores/mode.ts';
import { progressStore } from '../../src/stores/progress.ts';
import { propsOf } from '../fixtures/sample-props.ts';
import { gradeOf, itemRoot, saved, useCleanStores } from './helpers.tsx';

useCleanStores();

describe('SingleItem', () => {
  it('renders the page contract: data attributes, lettered options, a "Check answer" button and an empty status', () => {
    const { container } = render(<SingleItem {...propsOf('single')} />);
    const root = itemRoot(container, 'poh-gene');
    expect(root.dataset.quizType).toBe('single');
    expect(root.dataset.verdict).toBeUndefined();
    expect(screen.getByRole('radio', { name: 'B. GNAS' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeTruthy();
    expect(root.querySelector('[role="status"]')!.textContent).toBe('');
    // Markdown arrives rendered: no asterisks.
    expect(root.querySelector('.quiz__stem')!.innerHTML).toContain('<em>plaques</em>');
  });

  it('asks for an answer, then for certainty, before checking', async () => {
    const { container } = render(<SingleItem {...propsOf('single')} />);
    const root = itemRoot(container, 'poh-gene');
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    await waitFor(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('Choose an answer first.'));
    fireEvent.click(screen.getByRole('radio', { name: 'B. GNAS' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    await waitFor(() =>
      expect(root.querySelector('[role="status"]')!.textContent).toBe('Choose how sure you are before checking.'),
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: /^1: Not sure/ })));
    expect(root.dataset.verdict).toBeUndefined();
    expect(saved().items).toEqual({});
  });

  it('checks a right answer at certainty 3: verdict, feedback, mark, review link, focus on the status, saved', async () => {
    const { container } = render(<SingleItem {...propsOf('single')} />);
    const root = itemRoot(container, 'poh-gene');
    fireEvent.click(screen.getByRole('radio', { name: 'B. GNAS' }));
    fireEvent.click(screen.getByRole('radio', { name: /^3: Very sure/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    await waitFor(() => expect(root.dataset.verdict).toBe('correct'));
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('✓ Correct: 100%. Certainty-based mark: +3');
    await waitFor(() => expect(document.activeElement).toBe(status));
    expect(root.textContent).toContain('Right: paternal GNAS loss of function.');
    expect(root.querySelector('.quiz__explanation')!.innerHTML).toContain('<strong>osteoblasts</strong>');
    expect(screen.getByRole('link', { name: /^Review this/ }).getAttribute('href')).toBe('/lessons/histology/#bone-or-calcium');
    expect(saved().items['poh-gene']).toMatchObject({
      lastResponse: { choice: 'b' },
      lastGrade: { score: 1, verdict: 'correct', cbm: 3 },
      bestGrade: { score: 1, verdict: 'correct', cbm: 3 },
      attempts: 1,
      certainty: 3,
      lesson: 'histology',
    });
  });

  it('marks a wrong choice in words, names the best answer, and "Try again" resets to a blank item', async () => {
    const { container } = render(<SingleItem {...propsOf('single')} />);
    const root = itemRoot(container, 'poh-gene');
    fireEvent.click(screen.getByRole('radio', { name: 'A. ACVR1' }));
    fireEvent.click(screen.getByRole('radio', { name: /^2: Fairly sure/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    await waitFor(() => expect(root.dataset.verdict).toBe('incorrect'));
    expect(root.querySelector('[role="status"]')!.textContent).toBe('✗ Incorrect: 0%. Certainty-based mark: -2');
    expect(root.querySelector('.quiz__choice--bad')!.textContent).toContain('Wrong');
    expect(root.textContent).toContain('The best answer: GNAS');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(root.dataset.verdict).toBeUndefined());
    expect((screen.getByRole('radio', { name: 'A. ACVR1' }) as HTMLInputElement).checked).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'A. ACVR1' })));
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeTruthy();
    // The stored attempt stays: trying again is not forgetting.
    expect(saved().items['poh-gene']!.attempts).toBe(1);
  });

  it('shows the saved answer with its verdict when it loads', async () => {
    progressStore.recordGrade({ item: { id: 'poh-gene', type: 'single' }, lesson: 'histology', response: { choice: 'c', confidence: 1 }, grade: gradeOf(0, 0) });
    const { container } = render(<SingleItem {...propsOf('single')} />);
    const root = itemRoot(container, 'poh-gene');
    await waitFor(() => expect(root.dataset.verdict).toBe('incorrect'));
    expect((screen.getByRole('radio', { name: 'C. PTH1R' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /^1: Not sure/ }) as HTMLInputElement).checked).toBe(true);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('✗ Incorrect: 0%. Certainty-based mark: 0');
  });

  it('in projector mode reveals the key, every feedback and a tally without a response, and saves nothing', async () => {
    presentMode.set(true);
    const { container } = render(<SingleItem {...propsOf('single')} />);
    const root = itemRoot(container, 'poh-gene');
    expect(screen.queryByRole('radiogroup', { name: /How sure/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reveal answer' }));
    await waitFor(() => expect(root.querySelector('.quiz__reveal')).not.toBeNull());
    expect(root.dataset.revealed).toBe('true');
    expect(root.dataset.verdict).toBeUndefined();
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Answer revealed.');
    const key = root.querySelector('.option-key__entry--key')!;
    expect(key.textContent).toContain('B.');
    expect(key.textContent).toContain('Best answer');
    for (const feedback of ['Tempting: FOP gene. Wrong here.', 'Right: paternal GNAS loss of function.', 'Wrong: a receptor, not the cause.', 'Wrong: arterial calcification.']) {
      expect(root.textContent).toContain(feedback);
    }
    expect(root.querySelector('.quiz__explanation')).not.toBeNull();
    fireEvent.input(screen.getByRole('spinbutton', { name: /^B GNAS/ }), { target: { value: '7' } });
    await waitFor(() => expect(root.querySelector('[data-tally-chart]')!.getAttribute('aria-label')).toContain('B 7 (the key)'));
    expect(saved().items).toEqual({});
    expect(localStorage.getItem('wfbb-progress') ?? '{"version":2,"items":{}}').toBe('{"version":2,"items":{}}');
  });

  it('reveals on a quiz:reveal event in projector mode only', async () => {
    const { container } = render(<SingleItem {...propsOf('single')} />);
    const root = itemRoot(container, 'poh-gene');
    root.dispatchEvent(new CustomEvent('quiz:reveal'));
    await new Promise((r) => setTimeout(r, 20));
    expect(root.dataset.revealed).toBeUndefined();
    presentMode.set(true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reveal answer' })).toBeTruthy());
    root.dispatchEvent(new CustomEvent('quiz:reveal'));
    await waitFor(() => expect(root.dataset.revealed).toBe('true'));
    await waitFor(() => expect(root.querySelector('.option-key__entry--key')).not.toBeNull());
  });
});
