import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import SctItem from '../../src/islands/SctItem.tsx';
import { presentMode } from '../../src/stores/mode.ts';
import { propsOf } from '../fixtures/sample-props.ts';
import { check, itemContract, itemRoot, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

itemContract(SctItem, 'sct', () => {
  fireEvent.click(screen.getByRole('radio', { name: /^−2 much less likely/ }));
}, 'weight 9 of 15');

describe('SctItem', () => {
  it('shows the hypothesis and the finding, and scores a less common value against the panel', async () => {
    const { container } = render(<SctItem {...propsOf('sct')} />);
    const root = itemRoot(container, 'sct-von-kossa');
    expect(root.textContent).toContain('If you were thinking of');
    expect(root.textContent).toContain('Biopsy shows lamellar bone with osteocytes.');
    fireEvent.click(screen.getByRole('radio', { name: /^−1 less likely/ }));
    await check(root);
    await waitFor(() => expect(root.dataset.verdict).toBe('partial'));
    expect(statusOf(root)).toBe('◐ Partly correct: 44%');
    expect(root.textContent).toContain('Your answer, −1, carries 4 of 15 in the reference key.');
    expect(root.textContent).toContain('Some weight in the reference key');
  });

  it('offers the five scale values for a show of hands in projector mode', async () => {
    presentMode.set(true);
    const { container } = render(<SctItem {...propsOf('sct')} />);
    const root = itemRoot(container, 'sct-von-kossa');
    fireEvent.click(await screen.findByRole('button', { name: 'Reveal answer' }));
    await waitFor(() => expect(root.querySelectorAll('[data-tally] input').length).toBe(5));
  });
});
