// A copy on a hospital intranet over plain HTTP, under a host name that is not localhost (so not a
// secure context: no service worker can run). Chromium maps the name to loopback. The module works,
// and says once, plainly, that it cannot go offline there and what to do instead.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveBuild, type TestServer } from './build';
import { answerFirstSingle } from './pages';

const distDir = inject('distDir');
const HOST = 'wfbb.intranet';
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let site: string;

async function open(path: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  await page.goto(site + path);
  return { page, problems };
}

const notice = (page: Page) => page.locator('[data-offline-notice] .offline-notice__box');

beforeAll(async () => {
  server = await serveBuild(distDir);
  site = server.url.replace('127.0.0.1', HOST);
  browser = await launchChromium([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`]);
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`plain HTTP at http://${HOST}/`, () => {
  it('is not a secure context: no service worker', async () => {
    const { page } = await open('');
    expect(await page.evaluate(() => [window.isSecureContext, 'serviceWorker' in navigator])).toEqual([false, false]);
    await page.close();
  });

  it('says once, visibly, that it cannot work offline here and what to do instead', async () => {
    const { page, problems } = await open('');
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    const text = (await notice(page).textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Offline use is not available here.');
    expect(text).toMatch(/plain HTTP/);
    expect(text).toMatch(/HTTPS/);
    expect(text).toMatch(/portable copy/);
    expect(await notice(page).getByRole('link', { name: 'Hosting check' }).getAttribute('href')).toBe('/hosting/');
    // It floats over the foot of the page, and the page can still scroll its last control up above it.
    await page.goto(`${site}self-assessment/`);
    await expect.poll(() => notice(page).isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const submit = await page.getByRole('button', { name: 'Submit all answers' }).boundingBox();
    const box = await notice(page).boundingBox();
    expect(submit!.y + submit!.height, 'the Submit button ends above the notice').toBeLessThanOrEqual(box!.y);
    await notice(page).getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => notice(page).isVisible()).toBe(false);
    // Dismissed: not shown again, on this page or the next.
    await page.reload();
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(await notice(page).isVisible()).toBe(false);
    await page.goto(`${site}about/`);
    await page.waitForTimeout(300);
    expect(await notice(page).isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('everything else works: an item is graded and kept, search finds "GNAS"', async () => {
    const { page, problems } = await open('lessons/genetics/');
    const item = await answerFirstSingle(page);
    const id = await item.getAttribute('data-quiz-item');
    await page.reload();
    const again = page.locator(`[data-quiz-item="${id}"]`);
    await again.scrollIntoViewIfNeeded();
    await expect.poll(() => again.getAttribute('data-verdict'), { timeout: 20_000 }).toMatch(/^(correct|partial|incorrect)$/);

    await page.goto(`${site}search/?q=GNAS`);
    await expect.poll(() => page.locator('[data-search-results] a').allTextContents(), { timeout: 15_000 }).toContain('Genetics');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the hosting check says why not, and that nothing is cached', async () => {
    const { page, problems } = await open('hosting/');
    await page.locator('[data-hosting-check][data-checked]').waitFor();
    const offline = page.locator('[data-check="offline"]');
    expect(await offline.getAttribute('data-state')).toBe('no-secure-context');
    await expect(offline.textContent()).resolves.toMatch(/^No\. .*plain HTTP.*HTTPS/);
    expect(await page.locator('[data-check="cached"]').getAttribute('data-state')).toBe('none');
    expect(await page.locator('[data-check="base"]').getAttribute('data-state')).toBe('ok');
    expect(problems).toEqual([]);
    await page.close();
  });
});
