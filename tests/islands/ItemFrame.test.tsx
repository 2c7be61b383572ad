// The frame every item shares (src/islands/ItemFrame.tsx and its hooks): hydration adopts what the
// learner did in the server-rendered form; an answer is graded once, saved by the store, and not
// graded again when the store echoes it; another tab's answer is graded once to be shown.
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { hydrate, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemType } from '../../src/grading/types.ts';
import { ItemFrame } from '../../src/islands/ItemFrame.tsx';
import { itemViews } from '../../src/islands/item-views.ts';
import type { ItemView } from '../../src/islands/quiz-types.ts';
import { singleView } from '../../src/islands/SingleItem.tsx';
import { progressStore } from '../../src/stores/progress.ts';
import { propsOf } from '../fixtures/sample-props.ts';
import { gradeOf, itemRoot, saved, statusOf, useCleanStores } from './helpers.tsx';

useCleanStores();

let islands: HTMLElement[] = [];
afterEach(() => {
  for (const island of islands) island.remove();
  islands = [];
});

/** An island as Astro serves it: the server's HTML inside `<astro-island ssr>`, not yet hydrated. */
function serverRendered(node: VNode) {
  const island = document.createElement('astro-island');
  island.setAttribute('ssr', '');
  island.innerHTML = renderToString(node);
  document.body.append(island);
  islands.push(island);
  return {
    island,
    hydrate() {
      hydrate(node, island);
      island.removeAttribute('ssr');
    },
  };
}

const frame = <T extends ItemType>(type: T, view = itemViews[type] as unknown as ItemView<T, unknown>) => (
  <ItemFrame {...propsOf(type)} view={view} />
);

describe('hydration adopts what the learner did before the code arrived', () => {
  it('a radio and a certainty checked in the server HTML become the draft: checking grades them', async () => {
    const page = serverRendered(frame('single'));
    const root = itemRoot(page.island, 'poh-gene');
    within(root).getByRole('radio', { name: 'B. GNAS' }).click();
    within(root).getByRole('radio', { name: /^3: Very sure/ }).click();
    page.hydrate();
    expect((within(root).getByRole('radio', { name: 'B. GNAS' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(root).getByRole('button', { name: 'Check answer' }));
    await waitFor(() => expect(root.dataset.verdict).toBe('correct'));
    expect(statusOf(root)).toBe('✓ Correct: 100%. Certainty-based mark: +3');
    expect(saved().items['poh-gene']).toMatchObject({ lastResponse: { choice: 'b' }, certainty: 3 });
  });

  it('checkboxes, selects and text typed are adopted too', async () => {
    const multi = serverRendered(frame('multi'));
    const match = serverRendered(frame('match'));
    const text = serverRendered(frame('text'));
    within(multi.island).getByRole('checkbox', { name: 'A. Dermal ossification' }).click();
    within(multi.island).getByRole('checkbox', { name: 'C. Progression to deep tissue' }).click();
    within(multi.island).getByRole('checkbox', { name: 'E. Intramembranous bone' }).click();
    const selects = multi.island.ownerDocument.querySelectorAll<HTMLSelectElement>('[data-quiz-item="match-disorders"] select');
    selects[0]!.value = 'poh';
    selects[1]!.value = 'fop';
    selects[2]!.value = 'php1a';
    const box = within(text.island).getByRole('textbox', { name: 'Your answer' }) as HTMLInputElement;
    box.value = 'GNAS';
    within(text.island).getByRole('radio', { name: /^1: Not sure/ }).click();
    for (const page of [multi, match, text]) page.hydrate();
    for (const page of [multi, match, text]) fireEvent.click(within(page.island).getByRole('button', { name: 'Check answer' }));
    for (const id of ['poh-features', 'match-disorders', 'name-the-gene']) {
      await waitFor(() => expect(itemRoot(document.body, id).dataset.verdict, id).toBe('correct'));
    }
    expect(box.value).toBe('GNAS');
  });

  it('a form re-made on the client (not hydrating) starts blank', () => {
    const page = serverRendered(frame('single'));
    within(page.island).getByRole('radio', { name: 'B. GNAS' }).click();
    page.island.removeAttribute('ssr'); // as after hydration: a second render of the item is not an adoption
    const again = document.createElement('div');
    document.body.append(again);
    islands.push(again);
    hydrate(frame('single'), again);
    expect(again.querySelector<HTMLInputElement>('input[value="b"]')!.checked).toBe(false);
  });
});

describe('one answer, graded once', () => {
  /** The single view with a grader that counts its loads (one per grading). */
  function counted() {
    const count = { gradings: 0 };
    const view: ItemView<'single', unknown> = {
      ...(singleView as ItemView<'single', unknown>),
      grader: async () => {
        count.gradings++;
        return singleView.grader();
      },
    };
    return { count, view };
  }

  it('checking grades once; the store saving it and echoing it back grades nothing more', async () => {
    const { count, view } = counted();
    const page = serverRendered(frame('single', view));
    page.hydrate();
    const root = itemRoot(page.island, 'poh-gene');
    fireEvent.click(within(root).getByRole('radio', { name: 'A. ACVR1' }));
    fireEvent.click(within(root).getByRole('radio', { name: /^2: Fairly sure/ }));
    fireEvent.click(within(root).getByRole('button', { name: 'Check answer' }));
    await waitFor(() => expect(root.dataset.verdict).toBe('incorrect'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(count.gradings).toBe(1);
    expect(saved().items['poh-gene']).toMatchObject({ lastResponse: { choice: 'a' }, certainty: 2, lastGrade: { cbm: -2 } });
    // "Try again" keeps the attempt saved, and the saved answer does not come back over the blank item.
    fireEvent.click(within(root).getByRole('button', { name: 'Try again' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.dataset.verdict).toBeUndefined();
    expect(count.gradings).toBe(1);
  });

  it("another tab's answer is graded once (validated against the item) and shown; one that does not fit starts afresh", async () => {
    const { count, view } = counted();
    const page = serverRendered(frame('single', view));
    page.hydrate();
    const root = itemRoot(page.island, 'poh-gene');
    progressStore.recordGrade({ item: { id: 'poh-gene', type: 'single' }, lesson: 'histology', response: { choice: 'b', confidence: 3 }, grade: gradeOf(1, 3) });
    await waitFor(() => expect(root.dataset.verdict).toBe('correct'));
    expect(count.gradings).toBe(1);
    expect((within(root).getByRole('radio', { name: /^3: Very sure/ }) as HTMLInputElement).checked).toBe(true);
    // An answer naming an option the item no longer has: the grader refuses it, the item starts afresh.
    progressStore.recordGrade({ item: { id: 'poh-gene', type: 'single' }, lesson: 'histology', response: { choice: 'z' }, grade: gradeOf(0) });
    await waitFor(() => expect(root.dataset.verdict).toBeUndefined());
    expect(count.gradings).toBe(2);
    expect(root.querySelectorAll('input:checked')).toHaveLength(0);
  });
});
