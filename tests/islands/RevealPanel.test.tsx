import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { REVEAL_ANCHOR_ATTR, revealAnchorOf } from '../../src/projector/reveal-contract.ts';
import { itemTypes, type ItemType } from '../../src/schemas/items/catalogue.ts';
import { RevealPanel } from '../../src/islands/RevealPanel.tsx';
import { propsOf } from '../fixtures/sample-props.ts';

afterEach(() => cleanup());

function reveal(type: ItemType) {
  const { item, text } = propsOf(type);
  return render(<RevealPanel item={item} text={text} idBase={item.id} />).container;
}

/** Where the room can vote for one option, and how many options it votes on. */
const tallied: Partial<Record<ItemType, number>> = { single: 4, multi: 5, twoTier: 2, sct: 5, rank: 5, hotspot: 3 };

describe('RevealPanel: the key of every item type', () => {
  it.each(itemTypes)('%s: shows the key and marks one part of it for the projector to keep in view', (type) => {
    const container = reveal(type);
    const key = container.querySelector('.quiz__key');
    expect(key?.textContent).toMatch(/^The answer\S/);
    const anchors = container.querySelectorAll(`[${REVEAL_ANCHOR_ATTR}]`);
    expect(anchors).toHaveLength(1);
    expect(key!.contains(revealAnchorOf(container))).toBe(true);
  });

  it.each(itemTypes)('%s: offers a show of hands only where there is one option to vote for', (type) => {
    const inputs = reveal(type).querySelectorAll('[data-tally] input');
    expect(inputs).toHaveLength(tallied[type] ?? 0);
  });

  it('keeps in view the mark on the key, beside the key text, as the projector expects today', () => {
    const anchor = revealAnchorOf(reveal('single'))!;
    // Today's projector looks for `.quiz__key .mark--ok`: the same element, until it reads the contract.
    expect(anchor.matches('.quiz__key .mark--ok')).toBe(true);
    expect(anchor.closest('li')!.textContent).toContain('GNAS');
    expect(anchor.textContent).toContain('Best answer');
  });

  it('keeps in view the answer with the highest weight in the reference key', () => {
    const anchor = revealAnchorOf(reveal('sct'))!;
    expect(anchor.closest('li')!.textContent).toMatch(/^−2 much less likely \(all but ruled out\): weight 9 of 15/);
  });
});
