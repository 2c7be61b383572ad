// Hints before the key (src/islands/use-hints.ts, HintPanel.tsx, ItemFrame): a wrong or partial
// first try shows a hint, not the key; the next try (or "Show the answer") shows the key; every
// try is saved, those after a hint marked `hinted`; the best grade is kept.
import { fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ItemType } from '../../src/grading/types.ts';
import { ItemFrame } from '../../src/islands/ItemFrame.tsx';
import { examMode } from '../../src/islands/item-mode.ts';
import MultiItem from '../../src/islands/MultiItem.tsx';
import type { QuizProps } from '../../src/islands/quiz-types.ts';
import SingleItem from '../../src/islands/SingleItem.tsx';
import { singleView } from '../../src/islands/SingleItem.tsx';
import { earnsHint } from '../../src/islands/use-hints.ts';
import { renderItemText } from '../../src/lib/markdown.ts';
import { itemSchema, type ItemOf } from '../../src/schemas/items/index.ts';
import { presentMode } from '../../src/stores/mode.ts';
import { progressStore } from '../../src/stores/progress.ts';
import { propsOf } from '../fixtures/sample-props.ts';
import { samples } from '../fixtures/sample-items.ts';
import { gradeOf, itemRoot, saved, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();
afterEach(() => vi.restoreAllMocks());

const firstHint = 'Ask where the bone **starts**.';
const secondHint = 'Which gene acts in the skin from infancy?';

function withHints<T extends ItemType>(type: T, hints: string[], raw: object = {}): QuizProps<T> {
  const item = itemSchema.parse({ ...samples[type](), ...raw, hints }) as ItemOf<T>;
  return { ...propsOf(type), item, text: renderItemText(item) };
}

const button = (root: HTMLElement, name: string) => within(root).getByRole('button', { name });
const radio = (root: HTMLElement, name: string | RegExp) => within(root).getByRole('radio', { name }) as HTMLInputElement;

/** Answers the sample single item (certainty 2) and checks it. */
function answerSingle(root: HTMLElement, option: string) {
  fireEvent.click(radio(root, option));
  fireEvent.click(radio(root, /^2: Fairly sure/));
  fireEvent.click(button(root, 'Check answer'));
}

describe('a wrong first try on an item with a hint', () => {
  it('shows the hint, not the key, the explanation or any mark; the answer stays editable; focus moves to the hint', async () => {
    const record = vi.spyOn(progressStore, 'recordGrade');
    const { container } = render(<SingleItem {...withHints('single', [firstHint])} />);
    const root = itemRoot(container, 'poh-gene');
    answerSingle(root, 'A. ACVR1');
    await waitFor(() => expect(root.dataset.hint).toBe('1'));
    expect(root.dataset.verdict).toBe('incorrect');
    expect(statusOf(root)).toBe('✗ Not yet. Incorrect: 0%. Certainty-based mark: -2. Here is a hint: change your answer and check again.');
    const panel = within(root).getByRole('group', { name: 'Hint' });
    expect(panel.innerHTML).toContain('<strong>starts</strong>');
    await waitFor(() => expect(document.activeElement).toBe(panel));
    // Nothing that gives the answer away.
    expect(root.querySelector('.quiz__explanation')).toBeNull();
    expect(root.querySelector('.feedback')).toBeNull();
    expect(root.querySelector('[class*="quiz__choice--"]')).toBeNull();
    expect(root.textContent).not.toContain('The best answer');
    expect(within(root).queryByRole('button', { name: 'Try again' })).toBeNull();
    // The answer stays, and can be changed.
    expect(radio(root, 'A. ACVR1').checked).toBe(true);
    expect(radio(root, 'B. GNAS').disabled).toBe(false);
    expect(button(root, 'Check answer')).toBeTruthy();
    expect(button(root, 'Show the answer')).toBeTruthy();
    // The try is saved, with no hint seen before it.
    expect(record).toHaveBeenCalledTimes(1);
    expect(record.mock.calls[0]![0].hinted).toBeUndefined();
    expect(saved().items['poh-gene']).toMatchObject({ attempts: 1, lastResponse: { choice: 'a' } });
  });

  it('the second try shows the key and explanation, and is saved as hinted; the best grade is kept', async () => {
    const record = vi.spyOn(progressStore, 'recordGrade');
    const { container } = render(<SingleItem {...withHints('single', [firstHint])} />);
    const root = itemRoot(container, 'poh-gene');
    answerSingle(root, 'A. ACVR1');
    await waitFor(() => expect(root.dataset.hint).toBe('1'));
    fireEvent.click(radio(root, 'B. GNAS'));
    fireEvent.click(button(root, 'Check answer'));
    await waitFor(() => expect(root.dataset.verdict).toBe('correct'));
    expect(root.dataset.hint).toBeUndefined();
    expect(statusOf(root)).toBe('✓ Correct: 100%. Certainty-based mark: +2');
    expect(root.querySelector('.quiz__hints')).toBeNull();
    expect(root.querySelector('.quiz__explanation')).not.toBeNull();
    expect(root.textContent).toContain('Right: paternal GNAS loss of function.');
    expect(button(root, 'Try again')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(root.querySelector('[role="status"]')));
    expect(record).toHaveBeenCalledTimes(2);
    expect(record.mock.calls[1]![0]).toMatchObject({ hinted: true, response: { choice: 'b', confidence: 2 } });
    expect(saved().items['poh-gene']).toMatchObject({ attempts: 2, bestGrade: { verdict: 'correct' }, lastGrade: { verdict: 'correct' } });
  });

  it('a wrong second try shows the key too, and the better first try stays the best grade', async () => {
    const { container } = render(<MultiItem {...withHints('multi', [firstHint], { confidence: false })} />);
    const root = itemRoot(container, 'poh-features');
    const box = (name: string) => within(root).getByRole('checkbox', { name });
    // Partly right first: one correct option of three.
    fireEvent.click(box('A. Dermal ossification'));
    fireEvent.click(button(root, 'Check answer'));
    await waitFor(() => expect(root.dataset.hint).toBe('1'));
    expect(root.dataset.verdict).toBe('partial');
    expect(statusOf(root)).toMatch(/^◐ Not yet\. Partly correct: 33%\. Here is a hint/);
    // Worse second: the right pick swapped for a wrong one.
    fireEvent.click(box('A. Dermal ossification'));
    fireEvent.click(box('B. Great-toe malformation'));
    fireEvent.click(button(root, 'Check answer'));
    await waitFor(() => expect(root.dataset.verdict).toBe('incorrect'));
    expect(root.querySelector('.quiz__explanation')).not.toBeNull();
    expect(saved().items['poh-features']).toMatchObject({ attempts: 2, lastGrade: { verdict: 'incorrect' }, bestGrade: { verdict: 'partial' } });
  });

  it('"Show the answer" shows the key of the try just checked at once, and saves nothing more', async () => {
    const record = vi.spyOn(progressStore, 'recordGrade');
    const { container } = render(<SingleItem {...withHints('single', [firstHint])} />);
    const root = itemRoot(container, 'poh-gene');
    answerSingle(root, 'A. ACVR1');
    await waitFor(() => expect(root.dataset.hint).toBe('1'));
    // A change not yet checked is not what the key is shown against.
    fireEvent.click(radio(root, 'C. PTH1R'));
    fireEvent.click(button(root, 'Show the answer'));
    await waitFor(() => expect(root.querySelector('.quiz__explanation')).not.toBeNull());
    expect(root.dataset.verdict).toBe('incorrect');
    expect(root.dataset.hint).toBeUndefined();
    expect(statusOf(root)).toBe('✗ Incorrect: 0%. Certainty-based mark: -2');
    expect(radio(root, 'A. ACVR1').checked).toBe(true);
    expect(root.textContent).toContain('The best answer: GNAS');
    await waitFor(() => expect(document.activeElement).toBe(root.querySelector('[role="status"]')));
    expect(record).toHaveBeenCalledTimes(1);
    // "Try again" starts afresh, hints and all.
    fireEvent.click(button(root, 'Try again'));
    await waitFor(() => expect(root.dataset.verdict).toBeUndefined());
    answerSingle(root, 'D. ENPP1');
    await waitFor(() => expect(root.dataset.hint).toBe('1'));
    expect(record.mock.calls[1]![0].hinted).toBeUndefined();
  });
});

describe('more than one hint: one per try, then the key', () => {
  it('shows hint 1, then hints 1 and 2, then the key', async () => {
    const record = vi.spyOn(progressStore, 'recordGrade');
    const { container } = render(<SingleItem {...withHints('single', [firstHint, secondHint])} />);
    const root = itemRoot(container, 'poh-gene');
    answerSingle(root, 'A. ACVR1');
    await waitFor(() => expect(root.dataset.hint).toBe('1'));
    expect(statusOf(root)).toContain('Here is hint 1 of 2');
    expect(within(root).getByRole('group', { name: 'Hint 1 of 2' }).textContent).not.toContain(secondHint);
    fireEvent.click(radio(root, 'C. PTH1R'));
    fireEvent.click(button(root, 'Check answer'));
    await waitFor(() => expect(root.dataset.hint).toBe('2'));
    expect(statusOf(root)).toContain('Here is hint 2 of 2');
    const panel = within(root).getByRole('group', { name: 'Hints 1–2 of 2' });
    expect(panel.textContent).toContain('Ask where the bone starts.');
    expect(panel.textContent).toContain(secondHint);
    expect(root.querySelector('.quiz__explanation')).toBeNull();
    fireEvent.click(radio(root, 'D. ENPP1'));
    fireEvent.click(button(root, 'Check answer'));
    await waitFor(() => expect(root.querySelector('.quiz__explanation')).not.toBeNull());
    expect(root.dataset.hint).toBeUndefined();
    expect(record.mock.calls.map(([attempt]) => attempt.hinted)).toEqual([undefined, true, true]);
    expect(saved().items['poh-gene']!.attempts).toBe(3);
  });

  it('decides by the pure rule: another hint after a try that is not right, while hints remain', () => {
    expect(earnsHint(gradeOf(0), 0, 1)).toBe(true);
    expect(earnsHint(gradeOf(0.5), 1, 2)).toBe(true);
    expect(earnsHint(gradeOf(0), 1, 1)).toBe(false);
    expect(earnsHint(gradeOf(1), 0, 2)).toBe(false);
    expect(earnsHint(gradeOf(0), 0, 0)).toBe(false);
  });
});

describe('where no hint is shown', () => {
  it('a right first try shows the key at once', async () => {
    const { container } = render(<SingleItem {...withHints('single', [firstHint])} />);
    const root = itemRoot(container, 'poh-gene');
    answerSingle(root, 'B. GNAS');
    await waitFor(() => expect(root.dataset.verdict).toBe('correct'));
    expect(root.querySelector('.quiz__hints')).toBeNull();
  });

  it('an item without hints shows the key after a wrong first try, as before', async () => {
    const { container } = render(<SingleItem {...propsOf('single')} />);
    const root = itemRoot(container, 'poh-gene');
    answerSingle(root, 'A. ACVR1');
    await waitFor(() => expect(root.querySelector('.quiz__explanation')).not.toBeNull());
    expect(root.dataset.hint).toBeUndefined();
  });

  it('a returning learner with a saved wrong answer sees it graded, with the key', async () => {
    progressStore.recordGrade({ item: { id: 'poh-gene', type: 'single' }, lesson: 'histology', response: { choice: 'a', confidence: 1 }, grade: gradeOf(0, 0) });
    const { container } = render(<SingleItem {...withHints('single', [firstHint])} />);
    const root = itemRoot(container, 'poh-gene');
    await waitFor(() => expect(root.dataset.verdict).toBe('incorrect'));
    expect(root.querySelector('.quiz__explanation')).not.toBeNull();
    expect(root.querySelector('.quiz__hints')).toBeNull();
    expect(radio(root, 'A. ACVR1').checked).toBe(true);
  });

  it('projector mode reveals the key and gives no hint', async () => {
    presentMode.set(true);
    const { container } = render(<SingleItem {...withHints('single', [firstHint])} />);
    const root = itemRoot(container, 'poh-gene');
    fireEvent.click(await within(root).findByRole('button', { name: 'Reveal answer' }));
    await waitFor(() => expect(root.dataset.revealed).toBe('true'));
    expect(root.querySelector('.quiz__hints')).toBeNull();
    expect(saved().items).toEqual({});
  });

  it('exam mode (self-assessment) gives no hints: the set grades, the item shows the grade it is given', () => {
    const mode = examMode(() => {}, gradeOf(0));
    expect(mode.givesHints).toBe(false);
    const { container } = render(<ItemFrame {...withHints('single', [firstHint])} view={singleView} mode={mode} />);
    const root = itemRoot(container, 'poh-gene');
    expect(root.dataset.verdict).toBe('incorrect');
    expect(root.querySelector('.quiz__hints')).toBeNull();
    expect(within(root).queryByRole('button', { name: 'Show the answer' })).toBeNull();
  });
});
