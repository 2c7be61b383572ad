import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';
import { builtPages } from './pages';
import { axeViolations, describeViolations } from './axe';

const baseURL = inject('baseURL');
const pages = builtPages(inject('distDir'));
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built site', () => {
  it('has the pages the module promises', () => {
    for (const page of ['', 'about/', 'lessons/', 'lessons/the-case/', 'glossary/', 'references/', 'review/', 'progress/', '404.html']) {
      expect(pages).toContain(page);
    }
  });

  it.each(pages)('page "/%s" loads with one main, a skip link, and zero axe violations', async (path) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(baseURL + path);
    expect(response?.status()).toBe(200);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('a.skip-link').getAttribute('href')).resolves.toBe('#main');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an unknown address answers 404 with the not-found page', async () => {
    const page = await context.newPage();
    const response = await page.goto(baseURL + 'no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('Page not found');
    await page.close();
  });

  it('the theme toggle switches to dark and is remembered after a reload', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(baseURL);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
    await page.reload();
    await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).not.toBe('rgb(253, 252, 249)');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});
