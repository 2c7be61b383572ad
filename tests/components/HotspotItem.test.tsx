import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import HotspotItem, { toViewBox } from '../../src/islands/HotspotItem.tsx';
import { propsOf } from './fixtures.ts';
import { check, itemContract, itemRoot, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

itemContract(HotspotItem, 'hotspot', () => {
  fireEvent.click(screen.getByRole('radio', { name: 'B. Osteoblast rim' }));
}, 'Osteoblast rim');

describe('HotspotItem', () => {
  it('inlines the figure and lists every region as a radio button', () => {
    const { container } = render(<HotspotItem {...propsOf('hotspot')} />);
    const root = itemRoot(container, 'biopsy-osteoblast');
    expect(root.querySelector('.hotspot__art svg title')!.textContent).toBe('Test figure');
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['dermis', 'rim']);
  });

  it('takes the figure as children, as Quiz.astro passes it, so the SVG is not repeated in the props', () => {
    const props = propsOf('hotspot', { figure: { viewBox: [0, 0, 200, 200] } });
    const { container } = render(
      <HotspotItem {...props}>
        <svg viewBox="0 0 200 200" data-from-slot>
          <title>Slot figure</title>
        </svg>
      </HotspotItem>,
    );
    expect(itemRoot(container, 'biopsy-osteoblast').querySelector('.hotspot__art svg[data-from-slot]')).not.toBeNull();
  });

  it('converts a screen point to the figure\'s viewBox units with the inverse screen matrix', () => {
    const svg = { getScreenCTM: () => new DOMMatrix([2, 0, 0, 2, 100, 50]) } as unknown as SVGSVGElement;
    expect(toViewBox(svg, 200, 250)).toEqual({ x: 50, y: 100 });
  });

  it('marks a chosen wrong region and names the answer', async () => {
    const { container } = render(<HotspotItem {...propsOf('hotspot')} />);
    const root = itemRoot(container, 'biopsy-osteoblast');
    fireEvent.click(screen.getByRole('radio', { name: 'A. Dermis' }));
    await check(root);
    await waitFor(() => expect(root.dataset.verdict).toBe('incorrect'));
    expect(statusOf(root)).toBe('✗ Incorrect: 0%');
    expect(root.textContent).toContain('The dermis, not the cells.');
    expect(root.textContent).toContain('The answer: Osteoblast rim.');
    // The answer is outlined on the figure once the learner got it wrong.
    expect(root.querySelector('.hotspot__overlay .hotspot__key')).not.toBeNull();
  });
});
