/** Shared set-up for the island tests: a clean store, learner mode, and the item's root element. */
import { presentMode } from '../../src/stores/mode.ts';
import { progressStore } from '../../src/stores/progress.ts';
import { emptyProgress, type Progress } from '../../src/stores/progress-format.ts';
import type { ComponentType } from 'preact';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grade, ItemType } from '../../src/grading/types.ts';
import type { QuizProps } from '../../src/islands/quiz-types.ts';
import { propsOf } from '../fixtures/sample-props.ts';

// Keep the persistent store mounted for the whole file: nanostores unmounts a store a second
// after its last listener leaves, and by then happy-dom's window may be gone.
progressStore.progress.listen(() => {});

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

/** A grade as a grader returns it, for saving through the store. */
export function gradeOf(score: number, cbm?: number): Grade {
  const verdict = score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial';
  return { score, max: 1, verdict, feedback: [{ kind: 'explanation', message: 'Why.' }], ...(cbm === undefined ? {} : { cbm }) };
}


export const statusOf = (root: HTMLElement) => root.querySelector('[role="status"]')!.textContent;

export async function check(root: HTMLElement) {
  fireEvent.click(within(root).getByRole('button', { name: 'Check answer' }));
}

/**
 * What every item island owes the page contract, given a way to answer it with its key:
 * checking gives "correct" and saves; "Try again" resets; projector mode reveals the key
 * without a response and saves nothing.
 */
export function itemContract<T extends ItemType>(
  Island: ComponentType<QuizProps<T>>,
  type: T,
  answerRightly: (root: HTMLElement) => void | Promise<void>,
  keyText: string,
) {
  describe(`${type} item: the page contract`, () => {
    it('renders data-quiz-item and data-quiz-type, a "Check answer" button and an empty status', () => {
      const props = propsOf(type);
      const { container } = render(<Island {...props} />);
      const root = itemRoot(container, props.item.id);
      expect(root.dataset.quizType).toBe(type);
      expect(within(root).getByRole('button', { name: 'Check answer' })).toBeTruthy();
      expect(statusOf(root)).toBe('');
    });

    it('checks the key as correct, announces it, saves it, and "Try again" resets', async () => {
      const props = propsOf(type);
      const { container } = render(<Island {...props} />);
      const root = itemRoot(container, props.item.id);
      await answerRightly(root);
      await check(root);
      await waitFor(() => expect(root.dataset.verdict).toBe('correct'));
      expect(statusOf(root)).toMatch(/^✓ Correct: 100%/);
      expect(root.querySelector('.quiz__explanation')).not.toBeNull();
      expect(saved().items[props.item.id]).toMatchObject({ attempts: 1, lastGrade: { verdict: 'correct' }, lesson: 'histology' });
      fireEvent.click(within(root).getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(root.dataset.verdict).toBeUndefined());
      expect(statusOf(root)).toBe('');
      expect(within(root).getByRole('button', { name: 'Check answer' })).toBeTruthy();
    });

    it('in projector mode reveals the key without an answer and saves nothing', async () => {
      presentMode.set(true);
      const props = propsOf(type);
      const { container } = render(<Island {...props} />);
      const root = itemRoot(container, props.item.id);
      fireEvent.click(await within(root).findByRole('button', { name: 'Reveal answer' }));
      await waitFor(() => expect(root.querySelector('.quiz__key')).not.toBeNull());
      expect(root.dataset.revealed).toBe('true');
      expect(root.querySelector('.quiz__key')!.textContent).toContain(keyText);
      expect(root.dataset.verdict).toBeUndefined();
      expect(saved().items).toEqual({});
      fireEvent.click(within(root).getByRole('button', { name: 'Hide answer' }));
      await waitFor(() => expect(root.dataset.revealed).toBeUndefined());
    });
  });
}

export { screen };
