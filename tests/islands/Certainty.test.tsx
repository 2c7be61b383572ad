/** Certainty on every item type: the picker, its gate before checking, "no idea" and scaled marks. */
import type { ComponentType } from 'preact';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { itemSchema, itemTypes, type ItemType } from '../../src/schemas/items/index.ts';
import type { QuizProps } from '../../src/islands/quiz-types.ts';
import HotspotItem from '../../src/islands/HotspotItem.tsx';
import MatchItem from '../../src/islands/MatchItem.tsx';
import MultiItem from '../../src/islands/MultiItem.tsx';
import OrderItem from '../../src/islands/OrderItem.tsx';
import RankItem from '../../src/islands/RankItem.tsx';
import SctItem from '../../src/islands/SctItem.tsx';
import SingleItem from '../../src/islands/SingleItem.tsx';
import TextItem from '../../src/islands/TextItem.tsx';
import TwoTierItem from '../../src/islands/TwoTierItem.tsx';
import { samples } from '../fixtures/sample-items.ts';
import { propsOf } from '../fixtures/sample-props.ts';
import { check, itemRoot, saved, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

const islands: { [T in ItemType]: ComponentType<QuizProps<T>> } = {
  single: SingleItem,
  multi: MultiItem,
  order: OrderItem,
  match: MatchItem,
  twoTier: TwoTierItem,
  sct: SctItem,
  rank: RankItem,
  text: TextItem,
  hotspot: HotspotItem,
};

/** The item as the schema parses it: `certainty` undefined leaves the field out, as most authors do. */
function renderWithCertainty<T extends ItemType>(type: T, certainty?: boolean) {
  const { confidence: _, ...unsaid } = samples[type]() as { confidence?: boolean };
  const item = itemSchema.parse(certainty === undefined ? unsaid : { ...unsaid, confidence: certainty });
  const props = propsOf(type, { item } as Partial<QuizProps<T>>);
  const Island = islands[type] as ComponentType<QuizProps<T>>;
  const { container } = render(<Island {...props} />);
  return itemRoot(container, props.item.id);
}

const picker = (root: HTMLElement) => within(root).getByRole('group', { name: /How sure are you\?/ });

describe('certainty on every item type', () => {
  it.each(itemTypes)('the %s item asks how sure, with four labelled choices, when it keeps the default', (type) => {
    const root = renderWithCertainty(type);
    const radios = within(picker(root)).getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')!.textContent!.trim())).toEqual([
      '1: Not sure (under 67 %)',
      '2: Fairly sure (67 to 80 %)',
      '3: Very sure (over 80 %)',
      'No idea (marks 0)',
    ]);
    // One group: the arrow keys move within it, Tab leaves it.
    expect(new Set(radios.map((radio) => (radio as HTMLInputElement).name)).size).toBe(1);
    expect(picker(root).getAttribute('aria-describedby')).toBe(`${root.dataset.quizItem}-certainty-hint`);
  });

  it.each(itemTypes)('the %s item with confidence: false asks nothing', (type) => {
    const root = renderWithCertainty(type, false);
    expect(within(root).queryByRole('group', { name: /How sure are you\?/ })).toBeNull();
  });

  it('will not check an answered partial-credit item before a certainty is chosen, then scales the mark', async () => {
    const root = renderWithCertainty('multi');
    fireEvent.click(screen.getByRole('checkbox', { name: 'A. Dermal ossification' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'C. Progression to deep tissue' }));
    await check(root);
    await waitFor(() => expect(statusOf(root)).toBe('Choose how sure you are before checking.'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: /^1: Not sure/ })));
    expect(saved().items).toEqual({});
    fireEvent.click(screen.getByRole('radio', { name: /^3: Very sure/ }));
    await check(root);
    await waitFor(() => expect(root.dataset.verdict).toBe('partial'));
    expect(statusOf(root)).toBe('◐ Partly correct: 67%. Certainty-based mark: +2');
    expect(root.querySelector('.quiz__cbm')!.textContent).toBe(
      'Certainty-based mark: +2. Certainty 3 (very sure) and 67% right: +3 × 67% = +2. A partly right answer never costs marks; a wholly wrong one does.',
    );
    expect(saved().items['poh-features']).toMatchObject({ lastGrade: { verdict: 'partial', cbm: 2 }, certainty: 3 });
  });

  it('grades a "no idea" answer for its feedback and marks it 0', async () => {
    const root = renderWithCertainty('single');
    fireEvent.click(screen.getByRole('radio', { name: 'B. GNAS' }));
    fireEvent.click(screen.getByRole('radio', { name: /^No idea/ }));
    await check(root);
    await waitFor(() => expect(root.dataset.verdict).toBe('correct'));
    expect(statusOf(root)).toBe('✓ Correct: 100%. Certainty-based mark: 0');
    expect(root.textContent).toContain('Right: paternal GNAS loss of function.');
    expect(root.querySelector('.quiz__cbm')!.textContent).toMatch(/^Certainty-based mark: 0\. No idea: 0, though the answer was right\./);
    expect(saved().items['poh-gene']!.lastGrade).toEqual({ score: 1, verdict: 'correct', cbm: 0 });
    // The picker is locked once checked; "Try again" clears it.
    expect((screen.getByRole('radio', { name: /^No idea/ }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(root).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect((screen.getByRole('radio', { name: /^No idea/ }) as HTMLInputElement).checked).toBe(false));
  });
});
