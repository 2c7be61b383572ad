// Built for a sub-path (BASE_PATH=/teach/poh/) and served only there: every page and every
// asset it asks for loads, nothing is asked of another host, and the worker's scope, the
// manifest, the items' data and the search follow the path.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { answerFirstSingle, builtPages, submitSelfAssessment } from './pages';
import { buildVariant, builtFiles, serveBuild, waitForController, type TestServer } from './build';

const basePath = '/teach/poh/';
let dir: string;
let pages: string[];
let browser: Browser;
let context: BrowserContext;
let server: TestServer;

beforeAll(async () => {
  dir = await buildVariant('teach-poh', { BASE_PATH: basePath });
  pages = builtPages(dir);
  server = await serveBuild(dir, basePath);
  browser = await launchChromium();
  context = await browser.newContext();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`a build under ${basePath}`, () => {
  it('writes no root-absolute link or asset address that escapes the base path', () => {
    const offenders: string[] = [];
    for (const file of builtFiles(dir).filter((f) => /\.(html|webmanifest|css)$/.test(f))) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const match of text.matchAll(/(?:href|src|action|poster|srcset)="(\/[^"]*)"|url\((\/[^)]*)\)|"(?:src|start_url|scope|id)":\s*"(\/[^"]*)"/g)) {
        const url = match[1] ?? match[2] ?? match[3];
        if (!url.startsWith(basePath) && !url.startsWith('//')) offenders.push(`${file}: ${url}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has a manifest whose start_url, scope and icons sit under the base path', async () => {
    const response = await fetch(`${server.url}manifest.webmanifest`);
    expect(response.ok).toBe(true);
    const manifest = await response.json();
    expect(manifest.start_url).toBe(basePath);
    expect(manifest.scope).toBe(basePath);
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(basePath)).toBe(true);
      expect((await fetch(new URL(icon.src, server.url))).ok, icon.src).toBe(true);
    }
  });

  it('every page loads with every asset, no failed request, no other host and no console error', async () => {
    expect(pages.length).toBeGreaterThan(8);
    const problems: string[] = [];
    const origin = new URL(server.url).origin;
    for (const pagePath of pages) {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${pagePath}: console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${pagePath}: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`${pagePath}: failed ${request.url()}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`${pagePath}: other host ${url}`);
        else if (url.origin === origin && !url.pathname.startsWith(basePath)) problems.push(`${pagePath}: outside base ${url}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400 && !(pagePath === '404.html' && response.url().endsWith('404.html'))) {
          problems.push(`${pagePath}: ${response.status()} ${response.url()}`);
        }
      });
      await page.goto(server.url + pagePath);
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it('grades a lesson item and marks the self-assessment, their data loaded from under the base path', async () => {
    const page = await context.newPage();
    const data: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/item-data/')) data.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await page.goto(`${server.url}lessons/the-case/`);
    const item = await answerFirstSingle(page);
    expect(data).toEqual([`200 ${basePath}item-data/the-case/${await item.getAttribute('data-quiz-item')}.js`]);

    data.length = 0;
    await page.goto(`${server.url}self-assessment/`);
    await submitSelfAssessment(page);
    expect(data).toHaveLength(await page.locator('[data-self-assessment] [data-quiz-item]').count());
    expect(data.filter((line) => !line.startsWith(`200 ${basePath}item-data/`))).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('registers the worker at <base>sw.js with the base path as its scope', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}lessons/`);
    await waitForController(page);
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { scope: r?.scope, script: r?.active?.scriptURL };
    });
    expect(registration.scope).toBe(server.url);
    expect(registration.script).toBe(`${server.url}sw.js`);
    await page.close();
  });

  it('links, the header search and the search results stay under the base path', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(3);
    expect(hrefs.filter((h) => !h.startsWith(basePath))).toEqual([]);
    await page.keyboard.press('/');
    await page.keyboard.type('GNAS');
    await Promise.all([page.waitForURL(`${server.url}search/?q=GNAS`), page.keyboard.press('Enter')]);
    await page.locator('[data-search-results] > li').first().waitFor({ timeout: 20_000 });
    const results = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((h) => !h.startsWith(`${basePath}`))).toEqual([]);
    const target = await page.goto(new URL(results[0], server.url).href);
    expect(target?.ok()).toBe(true);
    await page.close();
  });
});
