import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import StorageNotice from '../../src/islands/StorageNotice.tsx';
import { progressStore } from '../../src/stores/progress.ts';
import { useCleanStores } from './helpers.tsx';

useCleanStores();

describe('StorageNotice', () => {
  it('is an empty alert region until something goes wrong', () => {
    render(<StorageNotice />);
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('says where unreadable answers were kept, and can be dismissed', async () => {
    render(<StorageNotice />);
    progressStore.notices.set([{ kind: 'corrupt', key: 'wfbb-progress.corrupt.2025-01-01T00:00:00.000Z', problem: 'it is not valid JSON' }]);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('"wfbb-progress.corrupt.2025-01-01T00:00:00.000Z"'));
    expect(screen.getByRole('alert').textContent).toContain('could not be read (it is not valid JSON)');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(''));
  });

  it('says when storage is full', async () => {
    render(<StorageNotice />);
    progressStore.notices.set([{ kind: 'quota' }]);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('storage is full'));
  });
});
