// After one online visit the service worker has precached the module: with the host gone
// and the browser offline, every page, its items, the self-assessment and the search still work.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { axeViolations, describeViolations } from './axe';
import { answerFirstSingle, builtPages, submitSelfAssessment } from './pages';
import { serveBuild, waitForController, type TestServer } from './build';

const distDir = inject('distDir');
const pages = builtPages(distDir);
let browser: Browser;
let context: BrowserContext;
let server: TestServer;
let base: string;

/**
 * Answers the page's first best-answer item and checks it: the item's island, its grader
 * and everything it loads must come from the cache. Returns false when the page has no items.
 */
async function answerOneItem(page: Page): Promise<boolean> {
  const items = page.locator('[data-quiz-item][data-quiz-type="single"]');
  if ((await items.count()) === 0) {
    // Before the quiz islands landed, lessons showed placeholders; they have no items to check.
    expect(await page.locator('[data-quiz-item]').count()).toBe(0);
    return false;
  }
  const item = await answerFirstSingle(page);
  await expect(item.locator('[role="status"]').first().textContent()).resolves.toMatch(/correct/i);
  return true;
}

beforeAll(async () => {
  server = await serveBuild(distDir);
  base = server.url;
  browser = await launchChromium();
  context = await browser.newContext();
  // One online visit, then the host goes away and the browser goes offline.
  const page = await context.newPage();
  await page.goto(base);
  await waitForController(page);
  await page.close();
  await server.close();
  await context.setOffline(true);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('offline, after one visit', () => {
  it.each(pages)('page "/%s" loads from the service worker', async (path) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(base + path);
    expect(response?.ok(), `status ${response?.status()}`).toBe(true);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('main h1').first().isVisible()).resolves.toBe(true);
    if (/^lessons\/[^/]+\/$/.test(path)) {
      await answerOneItem(page);
      // Search code is loaded only on the search page.
      expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    }
    // The set's twelve data scripts come from the cache too.
    if (path === 'self-assessment/') await submitSelfAssessment(page);
    await page.waitForLoadState('networkidle');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an address that is not part of the module shows its own not-found page', async () => {
    const page = await context.newPage();
    await page.goto(`${base}no-such-page/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Page not found');
    await page.close();
  });

  it('a lesson opened with ?present still comes from the cache', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${base}lessons/the-case/?present`);
    expect(response?.ok()).toBe(true);
    expect(response?.fromServiceWorker()).toBe(true);
    await page.close();
  });

  it('"/" focuses the header search box, and the search finds "GNAS" offline', async () => {
    const page = await context.newPage();
    await page.goto(`${base}lessons/the-case/`);
    await page.locator('body').press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await page.keyboard.type('GNAS');
    await Promise.all([page.waitForURL(/\/search\/\?q=GNAS$/), page.keyboard.press('Enter')]);
    const results = page.locator('[data-search-results] > li');
    await results.first().waitFor({ timeout: 20_000 });
    expect(await results.count()).toBeGreaterThan(0);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/results? for “GNAS”/);
    const hrefs = await page.locator('[data-search-results] > li > h2 a').evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')),
    );
    expect(hrefs.some((href) => href?.startsWith('/lessons/'))).toBe(true);
    expect(hrefs).toContain('/glossary/');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Results lead to pages that are themselves cached.
    const response = await page.goto(new URL(hrefs[0]!, base).href);
    expect(response?.fromServiceWorker()).toBe(true);
    await page.close();
  });

  it('"/" does nothing while typing in a field', async () => {
    const page = await context.newPage();
    await page.goto(`${base}search/`);
    const box = page.locator('#search-q');
    await box.fill('');
    await box.press('/');
    await expect(box.inputValue()).resolves.toBe('/');
    await page.close();
  });
});
