// Printing a lesson: a clean handout with figures and items (stem and options), without
// navigation or controls, and an answer key with explanations at the end.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const lessons = ['the-case', 'differential-diagnosis', 'histology', 'genetics'];
let browser: Browser;
let context: BrowserContext;

const visible = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length);

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

describe('a lesson on paper', () => {
  it('prints light, with light figure colours, even from the dark theme', async () => {
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/the-case/`);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    const colorScheme = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('color-scheme'));
    await expect(colorScheme()).resolves.toBe('dark');
    await page.emulateMedia({ media: 'print' });
    await expect(colorScheme()).resolves.toBe('light');
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it.each(lessons)('"%s" prints without navigation or controls, with its figures, items and answer key', async (slug) => {
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/${slug}/`);
    const itemIds = [...readFileSync(path.join(distDir, 'lessons', slug, 'index.html'), 'utf8').matchAll(/data-quiz-item="([^"]+)"/g)].map((m) => m[1]);

    // On screen the key is not there, not even for a screen reader.
    await expect(visible(page, '.print-answer-key')).resolves.toBe(0);
    expect(await page.getByRole('heading', { name: 'Answer key' }).count()).toBe(0);

    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav', 'button', '.skip-link', '.site-search', '.lesson__pager', '.sw-update']) {
      await expect(visible(page, selector), selector).resolves.toBe(0);
    }
    const figures = await page.locator('.lesson__body figure').count();
    await expect(visible(page, '.lesson__body figure svg')).resolves.toBe(figures);
    await expect(page.locator('.lesson h1').isVisible()).resolves.toBe(true);

    if (itemIds.length > 0) {
      // Every item is printed with its stem and its options, and the key covers each, in order.
      await expect(visible(page, '.lesson__body [data-quiz-item]')).resolves.toBe(itemIds.length);
      const firstChoice = page.locator('.lesson__body [data-quiz-type="single"]').first();
      if (await firstChoice.count()) {
        await expect(firstChoice.locator('input[type="radio"]').first().isVisible()).resolves.toBe(true);
      }
      const key = page.locator('.print-answer-key');
      await expect(key.isVisible()).resolves.toBe(true);
      await expect(key.getByRole('heading', { name: 'Answer key' }).isVisible()).resolves.toBe(true);
      const keyed = await key.locator('[data-answer-key]').evaluateAll((els) => els.map((el) => el.getAttribute('data-answer-key')));
      expect(keyed).toEqual([...new Set(itemIds)]);
      const first = key.locator('[data-answer-key]').first();
      await expect(first.locator('.print-answer-key__answer').textContent()).resolves.toMatch(/\S/);
      await expect(first.locator('.print-answer-key__explanation').textContent()).resolves.toMatch(/\w{3,}/);
      const label = await page.locator('.lesson__body [data-quiz-item]').first().evaluate((el) => getComputedStyle(el, '::before').content);
      expect(label).toContain('Question');
    }
    // Chromium can lay it out as a PDF.
    expect((await page.pdf({ format: 'A4' })).byteLength).toBeGreaterThan(1000);
    await page.close();
  });
});
