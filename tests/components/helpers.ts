/** Shared set-up for the island tests: a clean store, learner mode, and the item's root element. */
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { presentMode } from '../../src/stores/mode.ts';
import { progressStore } from '../../src/stores/progress.ts';
import { emptyProgress, type Progress } from '../../src/stores/progress-format.ts';

export function useCleanStores(): void {
  beforeEach(() => {
    localStorage.clear();
    presentMode.set(false);
    progressStore.progress.set(emptyProgress());
    progressStore.notices.set([]);
  });
  afterEach(() => cleanup());
}

export function itemRoot(container: Element, id: string): HTMLElement {
  const root = container.querySelector<HTMLElement>(`[data-quiz-item="${id}"]`);
  if (!root) throw new Error(`no [data-quiz-item="${id}"]`);
  return root;
}

export const saved = (): Progress => progressStore.progress.get();
