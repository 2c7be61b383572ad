import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Tally } from '../../src/islands/Tally.tsx';
import { useCleanStores } from './helpers.tsx';

useCleanStores();

const categories = [
  { id: 'a', letter: 'A', label: 'ACVR1', key: false },
  { id: 'b', letter: 'B', label: 'GNAS', key: true },
];

describe('Tally (show of hands)', () => {
  it('takes a typed count per option and draws it as bars with the numbers in text', () => {
    const { container } = render(<Tally categories={categories} idBase="q" />);
    fireEvent.input(screen.getByRole('spinbutton', { name: /^A ACVR1/ }), { target: { value: '4' } });
    fireEvent.input(screen.getByRole('spinbutton', { name: /^B GNAS/ }), { target: { value: '8' } });
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('Show of hands, 12 in all: A 4, B 8 (the key).');
    const widths = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[1]).toBeGreaterThan(widths[0]!);
    expect([...container.querySelectorAll('.tally__value')].map((t) => t.textContent)).toEqual(['4', '8']);
    // The key is marked in words and a symbol, not by colour alone.
    expect(container.querySelector('.tally__bar--key .tally__label')!.textContent).toBe('✓ B');
  });

  it('treats a blank or negative count as zero', () => {
    render(<Tally categories={categories} idBase="q" />);
    fireEvent.input(screen.getByRole('spinbutton', { name: /^A ACVR1/ }), { target: { value: '-3' } });
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Show of hands, 0 in all: A 0, B 0 (the key).');
  });
});
