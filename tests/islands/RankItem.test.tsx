import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import RankItem from '../../src/islands/RankItem.tsx';
import { propsOf } from '../fixtures/sample-props.ts';
import { check, itemContract, itemRoot, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

const add = (root: HTMLElement, id: string) => fireEvent.click(root.querySelector(`button[data-option="${id}"]`)!);
const ranking = (root: HTMLElement) => [...root.querySelectorAll('li[data-entry]')].map((li) => li.getAttribute('data-entry'));

itemContract(RankItem, 'rank', async (root) => {
  add(root, 'aho');
  add(root, 'poh');
  add(root, 'oc');
  // POH leads: move it up.
  fireEvent.click(await screen.findByRole('button', { name: "Move 'POH' up" }));
  await waitFor(() => expect(ranking(root)).toEqual(['poh', 'aho', 'oc']));
}, 'POH');

describe('RankItem', () => {
  it('adds options up to k, moves focus into the ranking, and removes them again', async () => {
    const { container } = render(<RankItem {...propsOf('rank')} />);
    const root = itemRoot(container, 'rank-differential');
    add(root, 'oc');
    await waitFor(() => expect(document.activeElement?.closest('[data-entry]')?.getAttribute('data-entry')).toBe('oc'));
    add(root, 'fop');
    add(root, 'jdm');
    await waitFor(() => expect(ranking(root)).toEqual(['oc', 'fop', 'jdm']));
    expect((root.querySelector('button[data-option="poh"]') as HTMLButtonElement).disabled).toBe(true);
    expect(root.textContent).toContain('Your ranking is full');
    fireEvent.click(screen.getByRole('button', { name: "Remove 'FOP' from your ranking" }));
    await waitFor(() => expect(document.activeElement).toBe(root.querySelector('button[data-option="fop"]')));
    expect(ranking(root)).toEqual(['oc', 'jdm']);
  });

  it('asks for at least one ranked option, then scores by nDCG and flags the missing leader', async () => {
    const { container } = render(<RankItem {...propsOf('rank')} />);
    const root = itemRoot(container, 'rank-differential');
    await check(root);
    await waitFor(() => expect(statusOf(root)).toBe('Add at least one option to your ranking first.'));
    add(root, 'aho');
    await check(root);
    await waitFor(() => expect(root.dataset.verdict).toBe('partial'));
    expect(root.textContent).toContain('You left out POH, the leading diagnosis: it belongs first.');
  });
});
