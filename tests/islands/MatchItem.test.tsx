import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import MatchItem from '../../src/islands/MatchItem.tsx';
import { presentMode } from '../../src/stores/mode.ts';
import { propsOf } from '../fixtures/sample-props.ts';
import { check, itemContract, itemRoot, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

// happy-dom's name computation puts a space after the <em>: "Paternal GNAS , dermis first".
const premiseName = (premise: string) => new RegExp(`^${premise.replace(/,/g, '\\s?,')}$`);
const choose = (premise: string, value: string) =>
  fireEvent.change(screen.getByRole('combobox', { name: premiseName(premise) }), { target: { value } });

itemContract(MatchItem, 'match', () => {
  choose('Paternal GNAS, dermis first', 'poh');
  choose('ACVR1 R206H, flare-ups', 'fop');
  choose('Maternal GNAS, PTH resistance', 'php1a');
}, 'POH');

describe('MatchItem', () => {
  it('has one labelled select per premise, with lettered choices', () => {
    render(<MatchItem {...propsOf('match')} />);
    const select = screen.getByRole('combobox', { name: premiseName('Paternal GNAS, dermis first') }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Choose…', 'A. POH', 'B. FOP', 'C. PHP1A']);
  });

  it('counts an unanswered premise as wrong and says which match was right', async () => {
    const { container } = render(<MatchItem {...propsOf('match')} />);
    const root = itemRoot(container, 'match-disorders');
    choose('Paternal GNAS, dermis first', 'poh');
    await check(root);
    await waitFor(() => expect(root.dataset.verdict).toBe('partial'));
    expect(statusOf(root)).toBe('◐ Partly correct: 33%');
    expect(root.textContent).toContain('ACVR1 R206H, flare-ups: not answered; the right match is FOP.');
    expect([...root.querySelectorAll('.match__premise .mark')].map((m) => m.textContent)).toEqual(['✓ Right', '✗ Not answered', '✗ Not answered']);
  });

  it('reveals each premise with its right choice in projector mode', async () => {
    presentMode.set(true);
    const { container } = render(<MatchItem {...propsOf('match')} />);
    const root = itemRoot(container, 'match-disorders');
    fireEvent.click(await screen.findByRole('button', { name: 'Reveal answer' }));
    await waitFor(() => expect(root.querySelector('.quiz__key')).not.toBeNull());
    expect(root.querySelector('.quiz__key')!.textContent).toContain('ACVR1 R206H, flare-ups: B. FOP');
    // No show-of-hands for matching: there is no single option to vote for.
    expect(root.querySelector('[data-tally]')).toBeNull();
  });
});
