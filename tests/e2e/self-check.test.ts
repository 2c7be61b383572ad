// The hosting check on a host where offline use works (loopback is a secure context): after one
// visit it reports every file cached (n of N, N from the build's own list), the version and the
// base path, and the module shows no offline notice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveBuild, waitForController, type TestServer } from './build';

const distDir = inject('distDir');
const { version } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
let server: TestServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveBuild(distDir);
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the hosting check, on localhost', () => {
  it('is linked from About', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}about/`);
    expect(await page.locator('main').getByRole('link', { name: 'hosting check' }).getAttribute('href')).toBe('/hosting/');
    await page.close();
  });

  it('reports a fully cached copy after one visit, with version and base path, and no offline notice', async () => {
    const { files } = JSON.parse(readFileSync(path.join(distDir, 'precache.json'), 'utf8')) as { files: string[] };
    const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
    // The list the page counts against is the worker's own precache list.
    for (const file of files) expect(sw, file).toContain(`"${file}"`);
    expect(files.length).toBeGreaterThan(50);

    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(server.url);
    await waitForController(page);
    expect(await page.locator('[data-offline-notice] .offline-notice__box').isVisible()).toBe(false);

    await page.goto(`${server.url}hosting/`);
    const cached = page.locator('[data-check="cached"]');
    await expect.poll(() => cached.getAttribute('data-state'), { timeout: 30_000 }).toBe('complete');
    expect(await cached.textContent()).toContain(`${files.length} of ${files.length}`);
    expect(await page.locator('[data-check="offline"]').getAttribute('data-state')).toBe('service-worker');
    await expect(page.locator('[data-check="offline"]').textContent()).resolves.toMatch(/^Yes/);
    await expect(page.locator('[data-check="version"]').textContent()).resolves.toBe(version);
    expect(await page.locator('[data-check="base"]').getAttribute('data-state')).toBe('ok');
    await expect(page.locator('[data-check="storage"]').textContent()).resolves.toMatch(/MB used of .* MB allowed\. (Persistent|Not persistent)/);
    expect(await page.locator('[data-offline-notice] .offline-notice__box').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('counts what is missing when the cache is not complete', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}hosting/`);
    await waitForController(page);
    const cached = page.locator('[data-check="cached"]');
    await expect.poll(() => cached.getAttribute('data-state'), { timeout: 30_000 }).toBe('complete');
    // Take one file out of the precache: the check must notice it.
    await page.evaluate(async () => {
      for (const name of await caches.keys()) {
        if (!name.includes('precache')) continue;
        const cache = await caches.open(name);
        const request = (await cache.keys()).find((r) => new URL(r.url).pathname === '/about/index.html');
        if (request) await cache.delete(request);
      }
    });
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => cached.getAttribute('data-state')).toBe('partial');
    const total = Number(await cached.getAttribute('data-total'));
    expect(Number(await cached.getAttribute('data-count'))).toBe(total - 1);
    await expect(cached.textContent()).resolves.toContain('about/index.html');
    await page.close();
  });
});
