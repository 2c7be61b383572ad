// Hints before the key, on the real lessons: a wrong first try shows the item's first hint and
// not the key; the second try shows the key; "Show the answer" shows it at once; no axe
// violation with a hint shown; nothing but the keyboard needed.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { axeViolations, describeViolations } from './axe';
import { contentItems, ofType, type ContentItem } from './content-items';
import { answerItem, hydratedItem } from './pages';

const baseURL = inject('baseURL');

const hinted = contentItems.filter((item) => item.hints && item.hints.length > 0);
const single = hinted.find(ofType('single'))!;
const multi = hinted.find(ofType('multi'))!;
/** A hint's first words, as the page shows them (markdown markers left out). */
const opening = (hint: string) => hint.replace(/[*_`]/g, '').split(/\s+/).slice(0, 6).join(' ');

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

async function openItem(item: ContentItem): Promise<{ page: Page; root: Locator; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseURL}lessons/${item.lesson}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  // The keyboard path: focus hydrates the island.
  const root = await hydratedItem(page, item.id, 'focus');
  return { page, root, errors };
}

/** Checks the radio at `index` by keyboard: Space on the first, then arrows. */
async function chooseRadio(page: Page, root: Locator, index: number) {
  const radios = root.locator('.quiz__controls input[type="radio"]');
  await radios.first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index).isChecked()).resolves.toBe(true);
}

const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

describe('hints before the key', () => {
  it('offers items with hints in every lesson, a single and a multi among them', () => {
    expect(new Set(hinted.map((item) => item.lesson)).size).toBe(4);
    expect(single).toBeDefined();
    expect(multi).toBeDefined();
  });

  it('a wrong first try shows the hint and not the key; the second try shows the key', async () => {
    const { page, root, errors } = await openItem(single);
    const options = single.options!.map((o) => o.id);
    const key = options.indexOf(single.answer!);
    await answerItem(page, single, () => chooseRadio(page, root, key === 0 ? 1 : 0), { engage: 'focus', check: 'Enter' });
    await expect.poll(() => root.getAttribute('data-hint')).toBe('1');
    expect(await root.getAttribute('data-verdict')).toBe('incorrect');
    const hint = root.getByRole('group', { name: /Hint/ });
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain(opening(single.hints![0]!));
    expect(await root.locator('[role="status"]').textContent()).toMatch(/^✗ Not yet\. Incorrect: 0%\.(?: Certainty-based mark: [^.]+\.)? Here is a hint/);
    // Not the key: no explanation, no feedback, no marks on the options.
    expect(await root.locator('.quiz__explanation, .feedback, [class*="quiz__choice--"]').count()).toBe(0);
    await expect.poll(() => focusedClass(page)).toBe('quiz__hints');
    // The answer stays and can be changed; "Check answer" and "Show the answer" follow the hint.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Check answer');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Show the answer');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await chooseRadio(page, root, key);
    await root.getByRole('button', { name: 'Check answer' }).press('Enter');
    await expect.poll(() => root.getAttribute('data-verdict')).toBe('correct');
    expect(await root.getAttribute('data-hint')).toBe(null);
    expect(await root.locator('.quiz__hints').count()).toBe(0);
    expect(await root.locator('.quiz__explanation').isVisible()).toBe(true);
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('wfbb-progress')))!);
    expect(saved.items[single.id]).toMatchObject({ attempts: 2, bestGrade: { verdict: 'correct' } });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000); // axe on a whole lesson page, beside other builds on two cores

  it('"Show the answer" after a partly right try shows the key at once', async () => {
    const { page, root, errors } = await openItem(multi);
    const boxes = root.locator('.quiz__controls input[type="checkbox"]');
    await answerItem(
      page,
      multi,
      async () => {
        await boxes.nth(multi.options.findIndex((o) => o.correct)).focus();
        await page.keyboard.press('Space');
      },
      { engage: 'focus', check: 'Enter' },
    );
    await expect.poll(() => root.getAttribute('data-hint')).toBe('1');
    expect(await root.getAttribute('data-verdict')).toBe('partial');
    expect(await root.locator('.quiz__explanation').count()).toBe(0);
    await root.getByRole('button', { name: 'Show the answer' }).press('Enter');
    await expect.poll(() => root.locator('.quiz__explanation').count()).toBe(1);
    expect(await root.getAttribute('data-verdict')).toBe('partial');
    expect(await root.locator('.feedback__entry').count()).toBeGreaterThan(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');
    expect(errors).toEqual([]);
    await page.close();
  });
});
