import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import SelfAssessment from '../../src/islands/SelfAssessment.tsx';
import type { QuizProps } from '../../src/islands/quiz-types.ts';
import { propsOf } from '../fixtures/sample-props.ts';
import { saved, useCleanStores } from './helpers.tsx';

useCleanStores();

const items = [propsOf('single', { idBase: 'exam-poh-gene' }), propsOf('multi', { idBase: 'exam-poh-features' }), propsOf('text', { idBase: 'exam-name-the-gene' })] as unknown as QuizProps[];

describe('SelfAssessment (exam mode)', () => {
  it('gives no feedback and has no "Check answer" until the whole set is submitted', async () => {
    const { container } = render(<SelfAssessment items={items} />);
    expect(screen.queryByRole('button', { name: 'Check answer' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'B. GNAS' }));
    fireEvent.click(container.querySelector('input[name="exam-poh-gene-certainty"][value="3"]')!);
    await waitFor(() => expect(screen.getByText('1 of 3 answered.')).toBeTruthy());
    expect(container.querySelector('[data-verdict]')).toBeNull();
    expect(container.querySelector('.feedback')).toBeNull();
    expect(saved().items).toEqual({});
  });

  it('on submitting: a summary with score and mean mark, each item\'s verdict and feedback, recorded as progress', async () => {
    const { container } = render(<SelfAssessment items={items} />);
    fireEvent.click(screen.getByRole('radio', { name: 'B. GNAS' }));
    fireEvent.click(container.querySelector('input[name="exam-poh-gene-certainty"][value="3"]')!);
    fireEvent.click(screen.getByRole('checkbox', { name: 'A. Dermal ossification' }));
    await waitFor(() => expect(screen.getByText('2 of 3 answered.')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Submit all answers' }));
    const heading = await screen.findByRole('heading', { name: 'Your result: 44%' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const summary = container.querySelector('[data-exam-summary]')!;
    expect(summary.textContent).toContain('Mean certainty-based mark: +3.00 over 1 questions');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Question 1: Correct: 100%. Certainty-based mark: +3',
      'Question 2: Partly correct: 33%',
      'Question 3: Incorrect: 0%',
    ]);
    expect(container.querySelector('[data-quiz-item="name-the-gene"]')!.textContent).toContain('Not answered.');
    expect(container.querySelectorAll('[data-verdict]').length).toBe(3);
    expect(Object.keys(saved().items).sort()).toEqual(['poh-features', 'poh-gene']);
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await waitFor(() => expect(container.querySelector('[data-verdict]')).toBeNull());
    expect((screen.getByRole('radio', { name: 'B. GNAS' }) as HTMLInputElement).checked).toBe(false);
  });
});
