// The saved review schedule in the built site, with the page clock under the test's control
// (Playwright's page.clock): a wrong answer is due at once; a right answer given "very sure" is
// not due the next day and is due some months later. Due-ness is read with the due API
// (src/scheduling/due.ts) from what the page saved, at the page's own time.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { asksCertainty, contentItems, ofType, type ContentItem } from './content-items';
import { answerItem } from './pages';
import { dueAt, dueItemIds } from '../../src/scheduling/due.ts';
import { isProgress, type Progress } from '../../src/stores/progress-format.ts';

const baseURL = inject('baseURL');
const KEY = 'wfbb-progress';
const DAY = 86_400_000;
const start = new Date('2026-03-02T09:00:00.000Z');

// Two different single-answer items that ask for certainty.
const singles = contentItems.filter(ofType('single')).filter(asksCertainty);
const plain = singles[0]!;
const sure = singles[1]!;

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(lesson: string) {
  context = await browser.newContext();
  page = await context.newPage();
  await page.clock.install({ time: start });
  await page.goto(`${baseURL}lessons/${lesson}/`);
}

const pageNow = async () => new Date(await page.evaluate(() => Date.now()));
const saved = async (): Promise<Progress> => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? 'null');

async function answer(item: ContentItem, choice: string, certainty: 1 | 2 | 3) {
  const box = await answerItem(page, item, (box) => box.locator(`input[value="${choice}"]:not([name$="-certainty"])`).first().check(), { certainty });
  // The schedule is written once the scheduler has loaded (at the first grade).
  await expect.poll(async () => (await saved())?.items[item.id]?.schedule?.lastReview).toBeDefined();
  return box;
}

describe('the review schedule the page saves', () => {
  it('makes a wrong answer due at once', async () => {
    await open(plain.lesson);
    const wrong = plain.options!.find((o) => o.id !== plain.answer)!.id;
    const box = await answer(plain, wrong, 2);
    expect(await box.getAttribute('data-verdict')).toBe('incorrect');
    const progress = await saved();
    expect(isProgress(progress)).toBe(true);
    const now = await pageNow();
    const due = dueAt(progress.items[plain.id]!)!;
    expect(due.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
    expect(dueItemIds(progress, now)).toEqual([plain.id]);
    await context.close();
  });

  it('brings a right answer given "very sure" back not tomorrow, but months later', async () => {
    await open(sure.lesson);
    const box = await answer(sure, sure.answer!, 3);
    expect(await box.getAttribute('data-verdict')).toBe('correct');
    const progress = await saved();
    expect(progress.items[sure.id]).toMatchObject({ certainty: 3, lastGrade: { verdict: 'correct', cbm: 3 } });
    expect(dueItemIds(progress, await pageNow())).toEqual([]);

    // The next day: not due.
    await page.clock.fastForward(DAY);
    const tomorrow = await pageNow();
    expect(tomorrow.getTime() - start.getTime()).toBeGreaterThanOrEqual(DAY);
    expect(dueItemIds(await saved(), tomorrow)).toEqual([]);

    // Four months on, and after a reload at that time: due.
    await page.clock.setSystemTime(new Date(start.getTime() + 120 * DAY));
    await page.reload();
    const later = await pageNow();
    expect(later.getTime() - start.getTime()).toBeGreaterThanOrEqual(120 * DAY);
    expect(dueItemIds(await saved(), later)).toEqual([sure.id]);
    await context.close();
  });
});
