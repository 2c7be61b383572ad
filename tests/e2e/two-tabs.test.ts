// Two tabs never lose an answer: one browser context, the same lesson open in two pages, an item
// answered in each at nearly the same moment, over and over; every answer must be in storage.
// (Before the per-item merge on write, one answer in six was lost this way.)
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { contentItems, type ContentItem } from './content-items';
import { answerItem } from './pages';

const baseURL = inject('baseURL');
const KEY = 'wfbb-progress';
const lesson = 'the-case';

// The lesson's one-click items: a single choice or a point of the SCT scale.
const items = contentItems.filter((item) => item.lesson === lesson && (item.type === 'single' || item.type === 'sct'));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Hydrates the item and chooses an answer, and a certainty if it asks for one: ready to check. */
const prepare = (page: Page, item: ContentItem) =>
  answerItem(page, item, (box) => box.locator('input[type="radio"]:not([name$="-certainty"])').first().check(), { check: false });

describe('two tabs on the same lesson', () => {
  it(`keep every answer given at nearly the same moment (${items.length} items, two at a time)`, async () => {
    expect(items.length).toBeGreaterThanOrEqual(10);
    const context = await browser.newContext();
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(`${baseURL}lessons/${lesson}/`);
    // The whole lesson open (decision points would fold later items out of reach).
    await a.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('wfbb-show-whole-lesson', '1');
    });
    await a.reload();
    await b.goto(`${baseURL}lessons/${lesson}/`);
    const errors: string[] = [];
    for (const page of [a, b]) page.on('pageerror', (error) => errors.push(error.message));

    const answered: string[] = [];
    for (let i = 0; i + 1 < items.length; i += 2) {
      const pair = [
        [a, items[i]!],
        [b, items[i + 1]!],
      ] as const;
      const boxes = await Promise.all(pair.map(([page, item]) => prepare(page, item)));
      // Both checks at once: each tab grades and writes while the other's write is on its way.
      await Promise.all(boxes.map((box) => box.getByRole('button', { name: 'Check answer' }).click()));
      await Promise.all(boxes.map((box) => expect.poll(() => box.getAttribute('data-verdict')).not.toBeNull()));
      answered.push(items[i]!.id, items[i + 1]!.id);
      const saved = JSON.parse((await a.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}');
      expect(Object.keys(saved.items ?? {}).sort(), `after round ${i / 2 + 1}`).toEqual([...answered].sort());
    }

    // Each tab ends up showing every answer, and every answer has its review schedule.
    for (const page of [a, b]) {
      await expect
        .poll(async () => {
          const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}');
          return answered.filter((id) => saved.items?.[id]?.schedule?.lastReview).length;
        })
        .toBe(answered.length);
    }
    expect(errors).toEqual([]);
    await context.close();
    // Twelve hydrations and checks in two pages: generous on a loaded 2-core machine.
  }, 300_000);
});
