import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import OrderItem from '../../src/islands/OrderItem.tsx';
import { propsOf } from '../fixtures/sample-props.ts';
import { check, itemContract, itemRoot, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

const shownOrder = (root: HTMLElement) => [...root.querySelectorAll('li[data-entry]')].map((li) => li.getAttribute('data-entry')!);

/** Sort into the key's order with "Move up" only, as a keyboard user would. */
async function sortByMovingUp(root: HTMLElement) {
  const key = ['s1', 's2', 's3', 's4'];
  for (const [target, id] of key.entries()) {
    while (shownOrder(root).indexOf(id) > target) {
      fireEvent.click(root.querySelector(`button[data-move="up"][data-entry="${id}"]`)!);
      await waitFor(() => expect(document.activeElement?.getAttribute('data-entry')).toBe(id));
    }
  }
}

itemContract(OrderItem, 'order', sortByMovingUp, 'Mesenchymal condensation');

describe('OrderItem', () => {
  it('shows the steps shuffled, never in the key order, the same way every time', () => {
    const first = render(<OrderItem {...propsOf('order')} />);
    const order = shownOrder(itemRoot(first.container, 'ossification-sequence'));
    first.unmount();
    const second = render(<OrderItem {...propsOf('order')} />);
    expect(shownOrder(itemRoot(second.container, 'ossification-sequence'))).toEqual(order);
    expect(order).not.toEqual(['s1', 's2', 's3', 's4']);
    expect([...order].sort()).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('names each move button after its step, keeps focus on the moved step and announces the move', async () => {
    const { container } = render(<OrderItem {...propsOf('order')} />);
    const root = itemRoot(container, 'ossification-sequence');
    const [, second] = shownOrder(root);
    const text = root.querySelector(`li[data-entry="${second}"] .reorder__text`)!.textContent!;
    const up = screen.getByRole('button', { name: `Move '${text}' up` });
    fireEvent.click(up);
    await waitFor(() => expect(shownOrder(root)[0]).toBe(second));
    // At the top, "up" is disabled, so focus moves to the same step's "down".
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move '${text}' down` })));
    expect(root.querySelector('[aria-live="polite"]')!.textContent).toBe(`'${text}' moved to position 1 of 4.`);
  });

  it('asks for a move before checking, then names the steps out of place', async () => {
    const { container } = render(<OrderItem {...propsOf('order')} />);
    const root = itemRoot(container, 'ossification-sequence');
    await check(root);
    await waitFor(() => expect(statusOf(root)).toBe('Put the steps in order first: move at least one.'));
    const [firstShown] = shownOrder(root);
    fireEvent.click(root.querySelector(`button[data-move="down"][data-entry="${firstShown}"]`)!);
    await check(root);
    await waitFor(() => expect(root.dataset.verdict).toBeDefined());
    expect(root.textContent).toContain('is out of place');
    expect(root.querySelectorAll('.reorder .mark').length).toBe(4);
  });
});
