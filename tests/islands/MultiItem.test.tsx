import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import MultiItem from '../../src/islands/MultiItem.tsx';
import { propsOf } from '../fixtures/sample-props.ts';
import { check, itemContract, itemRoot, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

const tick = (name: string) => fireEvent.click(screen.getByRole('checkbox', { name }));

itemContract(MultiItem, 'multi', () => {
  tick('A. Dermal ossification');
  tick('C. Progression to deep tissue');
  tick('E. Intramembranous bone');
}, 'Dermal ossification');

describe('MultiItem', () => {
  it('asks for at least one ticked option', async () => {
    const { container } = render(<MultiItem {...propsOf('multi')} />);
    const root = itemRoot(container, 'poh-features');
    await check(root);
    await waitFor(() => expect(statusOf(root)).toBe('Tick at least one option first.'));
  });

  it('gives partial credit, marks each choice in words and names the missed option', async () => {
    const { container } = render(<MultiItem {...propsOf('multi')} />);
    const root = itemRoot(container, 'poh-features');
    tick('A. Dermal ossification');
    tick('B. Great-toe malformation');
    tick('C. Progression to deep tissue');
    tick('C. Progression to deep tissue'); // unticked again
    await check(root);
    await waitFor(() => expect(root.dataset.verdict).toBe('incorrect'));
    expect(statusOf(root)).toBe('✗ Incorrect: 0%');
    const marks = [...root.querySelectorAll('.quiz__choice .mark')].map((m) => m.textContent);
    expect(marks).toEqual(['✓ Right', '✗ Wrong', '! Missed: a correct option', '! Missed: a correct option']);
    expect(root.textContent).toContain('You missed a correct option: Progression to deep tissue. Yes: it spreads inward.');
  });
});
