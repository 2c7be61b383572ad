import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import HotspotItem, { toViewBox } from '../../src/islands/HotspotItem.tsx';
import { propsOf } from '../fixtures/sample-props.ts';
import { check, itemContract, itemRoot, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

itemContract(HotspotItem, 'hotspot', () => {
  fireEvent.click(screen.getByRole('radio', { name: 'B. Osteoblast rim' }));
}, 'Osteoblast rim');

describe('HotspotItem', () => {
  it('names the figure and lists every region as a radio button', () => {
    const { container } = render(<HotspotItem {...propsOf('hotspot')} />);
    const root = itemRoot(container, 'biopsy-osteoblast');
    expect(root.querySelector('.hotspot__art svg')!.getAttribute('aria-label')).toBe('Test figure');
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['dermis', 'rim', 'bone']);
  });

  it('draws the figure from the page\'s sprite with <use>, named and described on the outer <svg>', () => {
    const figure = { viewBox: [0, 0, 960, 680] as [number, number, number, number], symbol: 'hotspot-figure-biopsy', title: 'Skin biopsy', describedBy: 'hotspot-figure-biopsy-desc' };
    const props = propsOf('hotspot', { figure });
    const { container } = render(<HotspotItem {...props} />);
    const root = itemRoot(container, 'biopsy-osteoblast');
    const art = root.querySelector<SVGSVGElement>('.hotspot__art svg')!;
    // The same viewBox as the symbol and the overlay, so a click converts to the figure's units.
    expect(art.getAttribute('viewBox')).toBe('0 0 960 680');
    expect(root.querySelector('.hotspot__overlay')!.getAttribute('viewBox')).toBe('0 0 960 680');
    expect(art.getAttribute('role')).toBe('img');
    expect(art.getAttribute('aria-label')).toBe('Skin biopsy');
    expect(art.getAttribute('aria-describedby')).toBe('hotspot-figure-biopsy-desc');
    expect(art.getAttribute('focusable')).toBe('false');
    expect(art.querySelector('use')!.getAttribute('href')).toBe('#hotspot-figure-biopsy');
    // Nothing of the figure itself is in the island: it stays in the page's sprite.
    expect(art.children).toHaveLength(1);
    expect(JSON.stringify(props)).not.toContain('<svg');
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
