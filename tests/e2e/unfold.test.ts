// The case unfolds: in self-study a lesson's sections after a decision point stay folded until
// its item is answered; "Show the whole lesson" opens all and is remembered; print, projector
// mode and the HTML itself (what search indexes) keep everything.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { axeViolations, describeViolations } from './axe';
import { contentItems, ofType } from './content-items';
import { answerItem } from './pages';

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const lessonUrl = `${baseURL}lessons/the-case/`;

const firstDifferential = contentItems.filter(ofType('rank')).find((item) => item.id === 'case-first-differential')!;

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

/** The case lesson with nothing saved and no choice remembered. */
async function openAfresh(page: Page, address = lessonUrl) {
  await page.goto(lessonUrl);
  await page.evaluate(() => localStorage.clear());
  await page.goto(address);
  await page.waitForFunction(() => document.documentElement.dataset.unfold === undefined);
}

/** The headings of the lesson's sections that are on screen. */
const shownSections = (page: Page) =>
  page.locator('.lesson__body > .lesson-step').evaluateAll((steps) =>
    steps.filter((step) => step.checkVisibility()).map((step) => step.querySelector('h2')?.textContent?.trim()),
  );
const allSections = (page: Page) =>
  page.locator('.lesson__body > .lesson-step > h2').evaluateAll((hs) => hs.map((h) => h.textContent?.trim()));

/** Ranks any k options of the first differential and checks the answer (any answer opens the fold). */
async function answerFirstDifferential(page: Page) {
  const rank = async (item: Locator) => {
    for (const option of firstDifferential.options.slice(0, firstDifferential.k)) {
      await item.locator(`button[data-option="${option.id}"]`).press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-entry]')?.getAttribute('data-entry'))).toBe(option.id);
    }
  };
  await answerItem(page, firstDifferential, rank, { engage: 'focus', check: 'Enter' });
}

describe('the case unfolds decision by decision', () => {
  it('with fresh storage, the sections after the first decision point are folded, for the eye and a screen reader alike', async () => {
    const page = await context.newPage();
    await openAfresh(page);
    const all = await allSections(page);
    const shown = await shownSections(page);
    expect(shown).toEqual(['Presentation and history', 'The examination', 'A first differential']);
    expect(all.length).toBeGreaterThan(shown.length + 5);
    // Folded means gone from the accessibility tree too, not merely out of sight.
    await expect(page.getByRole('heading', { name: 'The genetic result' }).count()).resolves.toBe(0);
    const notice = page.locator('[data-decision-point="case-first-differential"]');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.getByRole('button', { name: 'Show the whole lesson' }).isVisible()).resolves.toBe(true);
    // Only the notice at the fold shows.
    await expect(page.locator('[data-decision-point]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).resolves.toBe(1);
    // The contents still list every section.
    await expect(page.locator('.lesson__toc a').count()).resolves.toBe(all.length);
    await page.close();
  });

  it('keeps the whole lesson in the HTML, so search indexes it and a page without JavaScript shows it', async () => {
    const html = readFileSync(path.join(distDir, 'lessons/the-case/index.html'), 'utf8');
    expect(html).toContain('The genetic result');
    expect(html).toContain('data-pagefind-body');
    expect(html).not.toMatch(/<section[^>]*data-folded/);
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(lessonUrl);
    expect(await shownSections(page)).toEqual(await allSections(page));
    await expect(page.locator('[data-decision-point]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).resolves.toBe(0);
    await page.context().close();
  });

  it('answering the item at a decision point opens the next findings, says so and links focus to them; a returning learner sees as far as they got', async () => {
    const page = await context.newPage();
    await openAfresh(page);
    const before = await shownSections(page);
    await answerFirstDifferential(page);
    await expect.poll(() => shownSections(page)).toEqual([...before, 'Commoner causes of hard nodules in an infant', 'The radiographs']);
    // Focus stays on the verdict the item focused (its feedback must be heard); the opening is
    // announced, and the notice at the fold now links to it and moves focus there.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-quiz-item]')?.getAttribute('data-quiz-item'))).toBe(firstDifferential.id);
    await expect(page.locator('[data-unfold-status]').textContent()).resolves.toBe('Now open: Commoner causes of hard nodules in an infant.');
    const readOn = page.getByRole('link', { name: 'Commoner causes of hard nodules in an infant', exact: true }).last();
    await expect(readOn.evaluate((a) => a.closest('[data-decision-point]')?.getAttribute('data-decision-point'))).resolves.toBe(firstDifferential.id);
    await readOn.press('Enter');
    await expect
      .poll(() => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim()}`))
      .toBe('H2 Commoner causes of hard nodules in an infant');
    // The next fold waits at the radiograph.
    await expect(page.locator('[data-decision-point="case-radiograph-mineral"]').isVisible()).resolves.toBe(true);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.unfold === undefined);
    expect(await shownSections(page)).toEqual([...before, 'Commoner causes of hard nodules in an infant', 'The radiographs']);
    await page.close();
  });

  it('"Show the whole lesson" opens every section, moves focus to the first it opened, and is remembered after a reload', async () => {
    const page = await context.newPage();
    await openAfresh(page);
    await page.getByRole('button', { name: 'Show the whole lesson' }).click();
    expect(await shownSections(page)).toEqual(await allSections(page));
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Commoner causes of hard nodules in an infant');
    await page.reload();
    expect(await shownSections(page)).toEqual(await allSections(page));
    await expect(page.locator('[data-decision-point]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).resolves.toBe(0);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('a link into the fold (the contents, a "Review this" link) opens the lesson up to that section', async () => {
    const page = await context.newPage();
    await openAfresh(page);
    await page.locator('.lesson__toc a', { hasText: 'The biopsy' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'The biopsy', exact: true }).isVisible()).toBe(true);
    await expect(page.getByRole('heading', { name: 'The genetic result' }).count()).resolves.toBe(0);
    await openAfresh(page, `${lessonUrl}#the-genetic-result`);
    await expect.poll(() => page.getByRole('heading', { name: 'The genetic result' }).isVisible()).toBe(true);
    await page.close();
  });

  it('print shows every section, folded or not', async () => {
    const page = await context.newPage();
    await openAfresh(page);
    expect((await shownSections(page)).length).toBeLessThan((await allSections(page)).length);
    await page.emulateMedia({ media: 'print' });
    expect(await shownSections(page)).toEqual(await allSections(page));
    await expect(page.locator('[data-decision-point]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).resolves.toBe(0);
    await page.close();
  });

  it('projector mode shows every step in turn, the folded ones too', async () => {
    const page = await context.newPage();
    await openAfresh(page);
    const count = await page.locator('.lesson__body > .lesson-step').count();
    const seen = new Set<string>();
    for (let step = 1; step <= count + 1; step++) {
      await page.goto(`${lessonUrl}?present&step=${step}`);
      await page.waitForFunction(() => document.querySelector('.lesson-step:not([hidden])') !== null);
      for (const shown of await shownSections(page)) if (shown) seen.add(shown);
      await expect(page.locator('[data-decision-point]').evaluateAll((els) => els.filter((el) => el.checkVisibility()).length)).resolves.toBe(0);
    }
    expect([...seen].sort()).toEqual((await allSections(page)).sort());
    await page.close();
  });

  it('the lesson shows answered of total in a bar that stays on screen', async () => {
    const page = await context.newPage();
    await openAfresh(page);
    const total = await page.locator('.lesson__body [data-quiz-item]').evaluateAll((els) => new Set(els.map((el) => el.getAttribute('data-quiz-item'))).size);
    const bar = page.locator('[data-lesson-progress]');
    await expect(bar.textContent()).resolves.toContain(`0 of ${total} questions answered`);
    await answerFirstDifferential(page);
    await expect.poll(() => bar.textContent()).toContain(`1 of ${total} questions answered`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const box = await bar.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(5);
    await page.close();
  });

  it('has no axe violations with sections folded', async () => {
    const page = await context.newPage();
    await openAfresh(page);
    expect((await shownSections(page)).length).toBe(3);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
