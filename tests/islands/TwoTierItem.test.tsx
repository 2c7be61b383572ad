import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import TwoTierItem from '../../src/islands/TwoTierItem.tsx';
import { propsOf } from '../fixtures/sample-props.ts';
import { check, itemContract, itemRoot, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

const pick = (name: string) => fireEvent.click(screen.getByRole('radio', { name }));

itemContract(TwoTierItem, 'twoTier', () => {
  pick('A. Father');
  pick('A. Imprinting in the proximal tubule');
}, 'Father');

describe('TwoTierItem', () => {
  it('asks for the reason as well as the answer', async () => {
    const { container } = render(<TwoTierItem {...propsOf('twoTier')} />);
    const root = itemRoot(container, 'parent-of-origin');
    pick('A. Father');
    await check(root);
    await waitFor(() => expect(statusOf(root)).toBe('Choose the reason for your answer.'));
  });

  it('tells "right answer, wrong reason" apart', async () => {
    const { container } = render(<TwoTierItem {...propsOf('twoTier')} />);
    const root = itemRoot(container, 'parent-of-origin');
    pick('A. Father');
    pick('B. X-linked inheritance');
    await check(root);
    await waitFor(() => expect(root.dataset.verdict).toBe('incorrect'));
    expect(root.textContent).toContain('Right answer, wrong reason. The reason that holds: Imprinting in the proximal tubule');
    // The reason's feedback arrives rendered: GNAS in italics.
    expect(root.querySelector('.feedback')!.innerHTML).toContain('<em>GNAS</em> is on chromosome 20.');
  });
});
