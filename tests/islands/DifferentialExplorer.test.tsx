import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import DifferentialExplorer from '../../src/islands/DifferentialExplorer.tsx';
import { differentialFeatures } from '../../src/islands/differential.ts';
import { useCleanStores } from './helpers.tsx';

useCleanStores();

const disorders = [
  { id: 'poh', name: 'Progressive osseous heteroplasia', shortName: 'POH' },
  { id: 'fop', name: 'Fibrodysplasia ossificans progressiva', shortName: 'FOP' },
  { id: 'oc', name: 'Osteoma cutis', shortName: 'OC' },
];
const cells = Object.fromEntries(
  differentialFeatures.map((f) => [f.key, Object.fromEntries(disorders.map((d) => [d.id, `<p>${d.shortName} ${f.label}</p>`]))]),
);

describe('DifferentialExplorer', () => {
  it('shows the server-rendered table first, then compares two disorders side by side', async () => {
    render(
      <DifferentialExplorer disorders={disorders} cells={cells}>
        <table data-static-table />
      </DifferentialExplorer>,
    );
    expect(document.querySelector('[data-static-table]')).not.toBeNull();
    fireEvent.click(await screen.findByRole('radio', { name: 'Compare two disorders' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Second disorder' }), { target: { value: 'oc' } });
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Feature', 'Progressive osseous heteroplasia', 'Osteoma cutis']));
    expect(within(table).getByRole('row', { name: /^Onset/ }).textContent).toBe('OnsetPOH OnsetOC Onset');
    expect(document.querySelector('[data-static-table]')).toBeNull();
  });

  it('hides every cell for recall behind a named button; revealing moves focus to the cell', async () => {
    render(<DifferentialExplorer disorders={disorders} cells={cells} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Hide and recall' }));
    expect(screen.getAllByRole('button', { name: /^Reveal: / })).toHaveLength(differentialFeatures.length * disorders.length);
    fireEvent.click(screen.getByRole('button', { name: 'Reveal: Osteoma cutis — Onset' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-cell')).toBe('onset:oc'));
    expect(document.activeElement!.textContent).toBe('OC Onset');
    expect(screen.getByText(/1 of 33 revealed/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reveal all' }));
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /^Reveal: / })).toHaveLength(0));
    fireEvent.click(screen.getByRole('button', { name: 'Hide all' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Reveal: / })).toHaveLength(33));
  });
});
