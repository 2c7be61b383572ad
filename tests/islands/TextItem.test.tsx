import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import TextItem from '../../src/islands/TextItem.tsx';
import { propsOf } from '../fixtures/sample-props.ts';
import { itemContract, itemRoot, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

const type = (text: string) => fireEvent.input(screen.getByRole('textbox', { name: 'Your answer' }), { target: { value: text } });
const sure = (level: RegExp) => fireEvent.click(screen.getByRole('radio', { name: level }));

itemContract(TextItem, 'text', () => {
  type('gnas');
  sure(/^2: Fairly sure/);
}, 'GNAS');

describe('TextItem', () => {
  it('checks on Enter (form submit), accepts a near miss and gives the certainty-based mark', async () => {
    const { container } = render(<TextItem {...propsOf('text')} />);
    const root = itemRoot(container, 'name-the-gene');
    type('GNSA');
    sure(/^3: Very sure/);
    fireEvent.submit(root.querySelector('form')!);
    await waitFor(() => expect(root.dataset.verdict).toBe('correct'));
    expect(statusOf(root)).toBe('✓ Correct: 100%. Certainty-based mark: +3');
    expect(root.textContent).toContain('Accepted as "GNAS" (mind the spelling).');
    expect(root.querySelector('.quiz__cbm')!.textContent).toContain('Certainty-based mark: +3.');
  });

  it('needs a certainty before checking and gives a known wrong answer its feedback', async () => {
    const { container } = render(<TextItem {...propsOf('text')} />);
    const root = itemRoot(container, 'name-the-gene');
    type('ACVR1');
    fireEvent.submit(root.querySelector('form')!);
    await waitFor(() => expect(statusOf(root)).toBe('Choose how sure you are before checking.'));
    sure(/^1: Not sure/);
    fireEvent.submit(root.querySelector('form')!);
    await waitFor(() => expect(root.dataset.verdict).toBe('incorrect'));
    expect(statusOf(root)).toBe('✗ Incorrect: 0%. Certainty-based mark: 0');
    expect(root.textContent).toContain('ACVR1 is the FOP gene.');
    // Locked, not disabled: the answer can still be read and reached.
    expect((screen.getByRole('textbox', { name: 'Your answer' }) as HTMLInputElement).readOnly).toBe(true);
  });
});
