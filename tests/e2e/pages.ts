import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { asksCertainty } from './content-items';

/** Every built page, as a path relative to the site root ('' for the home page). */
export function builtPages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!name.startsWith('_') && name !== 'pagefind') walk(full);
      } else if (name === 'index.html') {
        pages.push(path.relative(distDir, dir).split(path.sep).join('/') + (dir === distDir ? '' : '/'));
      } else if (name === '404.html') {
        pages.push('404.html');
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/**
 * How a test engages an item, which hydrates it (client:engage): `pointer` moves the mouse over it,
 * `focus` focuses its first control (the keyboard path), `none` only waits (an item with a saved
 * answer hydrates by itself once in view).
 */
export type Engagement = 'pointer' | 'focus' | 'none';

/** The item's root, scrolled into view and hydrated (its island has lost the `ssr` attribute). */
export async function hydratedItem(page: Page, id: string, engage: Engagement = 'pointer'): Promise<Locator> {
  const item = page.locator(`[data-quiz-item="${id}"]`).first();
  await item.scrollIntoViewIfNeeded();
  if (engage === 'pointer') await item.hover({ position: { x: 4, y: 4 } });
  if (engage === 'focus') await item.locator(':is(input, select, textarea, button):not([disabled])').first().focus();
  await page.waitForFunction(
    (id) => {
      const island = document.querySelector(`[data-quiz-item="${id}"]`)?.closest('astro-island');
      return !!island && !island.hasAttribute('ssr');
    },
    id,
    { timeout: 30_000 }, // beside other builds on two cores
  );
  return item;
}

interface AnswerSteps {
  /** How to reach the item (default: the pointer). */
  engage?: Exclude<Engagement, 'none'>;
  /** The certainty to give when the item asks for one (default 2, "fairly sure"). */
  certainty?: 1 | 2 | 3;
  /** How to press "Check answer": a click (the default), Enter on it, or not at all (the caller checks). */
  check?: 'click' | 'Enter' | false;
}

/**
 * Answers an item as a learner does: hydrates it, makes the choice (`choose`), gives a certainty
 * if the item asks for one, and checks the answer. Resolves with the item's root once it has a
 * verdict (or, with `check: false`, once the answer is ready to check).
 */
export async function answerItem(
  page: Page,
  item: { id: string; confidence?: boolean },
  choose: (root: Locator) => Promise<unknown>,
  { engage = 'pointer', certainty = 2, check = 'click' }: AnswerSteps = {},
): Promise<Locator> {
  const root = await hydratedItem(page, item.id, engage);
  await choose(root);
  if (asksCertainty(item)) await root.locator(`input[name$="-certainty"][value="${certainty}"]`).check();
  if (!check) return root;
  const button = root.getByRole('button', { name: 'Check answer' });
  await (check === 'Enter' ? button.press('Enter') : button.click());
  await expect.poll(() => root.getAttribute('data-verdict')).not.toBeNull();
  return root;
}

/**
 * Engages the self-assessment (pointer over a question), answers its first best-answer question
 * and submits the set: every question must have its data (one script each) to be marked.
 */
export async function submitSelfAssessment(page: Page): Promise<void> {
  const questions = page.locator('[data-self-assessment] [data-quiz-item]');
  await questions.first().hover({ position: { x: 4, y: 4 } });
  await page.locator('astro-island:not([ssr]) [data-self-assessment]').waitFor({ timeout: 20_000 });
  const single = page.locator('[data-self-assessment] [data-quiz-item][data-quiz-type="single"]').first();
  await single.locator('.quiz__controls input[type="radio"]').first().check();
  const certainty = single.locator('.quiz__certainty input[type="radio"]');
  if (await certainty.count()) await certainty.last().check();
  await page.getByRole('button', { name: 'Submit all answers' }).click();
  const count = await questions.count();
  await expect.poll(() => page.locator('[data-exam-summary] li').count(), { timeout: 10_000 }).toBe(count);
  expect(await page.locator('[data-self-assessment] [data-quiz-item][data-verdict]').count()).toBe(count);
}

/** Answers the page's first best-answer item (engaged, its first option, a certainty if it asks) and waits for the verdict. */
export async function answerFirstSingle(page: Page): Promise<Locator> {
  const item = page.locator('[data-quiz-item][data-quiz-type="single"]').first();
  await item.scrollIntoViewIfNeeded();
  await item.hover({ position: { x: 4, y: 4 } });
  await page.locator('astro-island:not([ssr]) [data-quiz-item][data-quiz-type="single"]').first().waitFor({ timeout: 20_000 });
  await item.locator('.quiz__controls input[type="radio"]').first().check();
  const certainty = item.locator('.quiz__certainty input[type="radio"]');
  if (await certainty.count()) await certainty.last().check();
  await item.getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(() => item.getAttribute('data-verdict'), { timeout: 10_000 }).toMatch(/^(correct|partial|incorrect)$/);
  return item;
}
