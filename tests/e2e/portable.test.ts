// The portable copy, used as a teacher with a laptop and no server would: the zip of
// `npm run package` unpacked into a folder whose path has a space, every page opened by its
// file:// address in Chromium with its default settings (only the flags this machine needs).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { unzip } from './build';
import { packagePortable } from '../../scripts/package.mjs';
import { htmlPages } from '../../scripts/portable/build.mjs';
import { answerFirstSingle, submitSelfAssessment } from './pages';

const distDir = inject('distDir');
const { name, version } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
let work: string;
let copy: string;
let pages: string[];
let browser: Browser;
let context: BrowserContext;

const fileUrl = (rel: string) => pathToFileURL(path.join(copy, rel)).href;

/** Opens a page of the copy, recording console errors, page errors and failed requests. */
async function open(rel: string, target: Page | null = null) {
  const page = target ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A request cancelled by closing or leaving the page (ERR_ABORTED) is not a missing file.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  await page.goto(fileUrl(rel));
  return { page, problems };
}

/** Answers the first best-answer item of a lesson and checks it; returns its id. */
async function gradeFirstItem(page: Page): Promise<string> {
  const item = await answerFirstSingle(page);
  return (await item.getAttribute('data-quiz-item'))!;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'wfbb portable '));
  const zipPath = await packagePortable(distDir, work);
  expect(path.basename(zipPath)).toBe(`${name}-${version}-portable.zip`);
  const unpacked = path.join(work, 'USB stick');
  unzip(zipPath, unpacked);
  copy = path.join(unpacked, `${name}-${version}-portable`);
  pages = htmlPages(copy);
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the portable copy, opened from a folder (file://)', () => {
  it('holds every page of the web build, and neither a service worker nor pagefind', () => {
    expect(copy).toContain(' ');
    expect(pages).toEqual(htmlPages(distDir));
    expect(pages.length).toBeGreaterThan(10);
    expect(existsSync(path.join(copy, 'index.html'))).toBe(true);
    expect(existsSync(path.join(copy, 'README-PORTABLE.txt'))).toBe(true);
    expect(existsSync(path.join(copy, 'sw.js'))).toBe(false);
    expect(existsSync(path.join(copy, 'pagefind'))).toBe(false);
  });

  it('opens every page with its styles, with no console error, no failed request, and every link going to a file that exists', async () => {
    const broken: string[] = [];
    for (const rel of pages) {
      const { page, problems } = await open(rel);
      await page.waitForLoadState('load');
      // The bundle is deferred; wait until it has answered the island loader.
      await page.waitForFunction(() => (window as unknown as { __wfbbPortable: { queue: unknown[] } }).__wfbbPortable.queue.length === 0);
      await expect(page.locator('main h1').first().isVisible(), rel).resolves.toBe(true);
      // Styled: the site's stylesheet is applied (its colour variables are set); file:// hides cssRules.
      const styled = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() !== '');
      expect(styled, `${rel} has its stylesheets`).toBe(true);
      await page.waitForTimeout(200);
      expect(problems, rel).toEqual([]);
      const addresses = await page.evaluate(() => [
        ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
        ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href),
        ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
        ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
        ...[...document.querySelectorAll<HTMLFormElement>('form[action]')].map((f) => f.action),
      ]);
      for (const address of addresses) {
        const url = new URL(address);
        if (url.protocol !== 'file:') {
          // Only references to published sources leave the module, and only when followed.
          expect(url.protocol, `${rel}: ${address}`).toBe('https:');
          continue;
        }
        url.search = '';
        url.hash = '';
        const file = fileURLToPath(url);
        // A folder would show a file listing, not the page.
        if (!file.startsWith(copy + path.sep) || !existsSync(file) || statSync(file).isDirectory()) broken.push(`${rel} → ${address}`);
      }
      await page.close();
    }
    expect(broken).toEqual([]);
  });

  it('grades an item on each lesson, and still shows it after a reload', async () => {
    const lessons = pages.filter((rel) => /^lessons\/[^/]+\/index\.html$/.test(rel));
    expect(lessons.length).toBeGreaterThan(3);
    for (const rel of lessons) {
      const { page, problems } = await open(rel);
      const id = await gradeFirstItem(page);
      const verdict = await page.locator(`[data-quiz-item="${id}"]`).getAttribute('data-verdict');
      await page.reload();
      const again = page.locator(`[data-quiz-item="${id}"]`);
      await again.scrollIntoViewIfNeeded();
      // Saved progress: the item hydrates when in view and shows its grade again.
      await expect.poll(() => again.getAttribute('data-verdict'), { timeout: 20_000 }).toBe(verdict);
      expect(problems, rel).toEqual([]);
      await page.close();
    }
    // Progress is kept across pages: the Progress page counts the answers.
    const { page } = await open('progress/index.html');
    await expect.poll(() => page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('wfbb-progress') ?? '{}').items ?? {}).length)).toBeGreaterThanOrEqual(lessons.length);
    await page.close();
  });

  it('marks the self-assessment, its questions\' data loaded from the copy (one classic script each)', async () => {
    const { page, problems } = await open('self-assessment/index.html');
    await submitSelfAssessment(page);
    const loaded = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src*="item-data/"]')].map((s) => s.src));
    expect(loaded).toHaveLength(await page.locator('[data-self-assessment] [data-quiz-item]').count());
    for (const src of loaded) expect(existsSync(fileURLToPath(src)), src).toBe(true);
    expect(problems).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('draws the review queue from the item data it carries (no fetch under file://)', async () => {
    // An item answered wrongly is due: the queue loads its item-data script and renders it.
    const { page, problems } = await open('lessons/the-case/index.html');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const item = page.locator('[data-quiz-item][data-quiz-type="single"]').first();
    await item.scrollIntoViewIfNeeded();
    await item.hover({ position: { x: 4, y: 4 } });
    await page.locator('astro-island:not([ssr]) [data-quiz-item][data-quiz-type="single"]').first().waitFor({ timeout: 20_000 });
    const id = (await item.getAttribute('data-quiz-item'))!;
    const options = item.locator('.quiz__controls input[type="radio"]');
    // Try each option until one is graded wrong (the key is not in the page to read).
    for (let i = 0; i < (await options.count()); i++) {
      await options.nth(i).check();
      const certainty = item.locator('.quiz__certainty input[type="radio"]');
      if (await certainty.count()) await certainty.first().check();
      await item.getByRole('button', { name: 'Check answer' }).click();
      await expect.poll(() => item.getAttribute('data-verdict'), { timeout: 10_000 }).toMatch(/^(correct|incorrect)$/);
      if ((await item.getAttribute('data-verdict')) === 'incorrect') break;
      await item.getByRole('button', { name: 'Try again' }).click();
    }
    expect(await item.getAttribute('data-verdict')).toBe('incorrect');
    await page.close();
    const review = await open('review/index.html');
    await expect.poll(() => review.page.locator('[data-review-summary]').textContent(), { timeout: 20_000 }).toMatch(/^1 question due now/);
    await expect.poll(() => review.page.locator(`[data-review-entry="${id}"] [data-quiz-item="${id}"]`).getAttribute('data-verdict'), { timeout: 20_000 }).toBe('incorrect');
    expect([...problems, ...review.problems]).toEqual([]);
    await review.page.evaluate(() => localStorage.clear());
    await review.page.close();
  });

  it('searches: "GNAS" finds the genetics lesson, and its result opens it', async () => {
    const { page, problems } = await open('search/index.html');
    const box = page.locator('main input[type="search"]').first();
    await box.fill('GNAS');
    await box.press('Enter');
    const results = page.locator('[data-search-results] a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const titles = await results.allTextContents();
    expect(titles).toContain('Genetics');
    await page.locator('[data-search-results] a', { hasText: 'Genetics' }).first().click();
    await page.waitForURL(/lessons\/genetics\/index\.html/);
    await expect(page.locator('main h1').first().textContent()).resolves.toContain('Genetics');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs projector mode, and the speaker view follows it', async () => {
    const speakerContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await speakerContext.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${fileUrl('lessons/the-case/index.html')}?present`);
    await page.waitForFunction(() => document.querySelector('.pp-count')?.textContent?.startsWith('1 /'));
    const [speaker] = await Promise.all([speakerContext.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForFunction(() => document.documentElement.dataset.view === 'speaker');
    const step = (p: Page) => p.evaluate(() => [...document.querySelectorAll('.lesson-step')].findIndex((s) => s.hasAttribute('data-current')) + 1);
    await page.bringToFront();
    await page.keyboard.press('End');
    const last = await step(page);
    expect(last).toBeGreaterThan(3);
    await expect.poll(() => step(speaker)).toBe(last);
    await speaker.bringToFront();
    await speaker.keyboard.press('Home');
    await expect.poll(() => step(page)).toBe(1);
    expect(problems).toEqual([]);
    await speakerContext.close();
  });
});
