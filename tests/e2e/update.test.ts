// A new deployment: the learner sees "A new version is available: Reload", the old version
// keeps running until then, and afterwards only the new version's files are served.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { axeViolations, describeViolations } from './axe';
import { buildVariant, builtFiles, serveBuild, waitForController, type TestServer } from './build';

let browser: Browser;
let server: TestServer;
let dirA: string;
let dirB: string;

beforeAll(async () => {
  // Two deployments that differ in a visible string and in a hashed script.
  dirA = await buildVariant('update-a', { PUBLIC_BUILD_STAMP: 'A' });
  dirB = await buildVariant('update-b', { PUBLIC_BUILD_STAMP: 'B' });
  server = await serveBuild(dirA);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('a new deployment raises the reload prompt, and Reload switches wholly to the new version', async () => {
  const filesA = new Set(builtFiles(dirA).filter((f) => f.startsWith('_astro/')));
  const filesB = new Set(builtFiles(dirB).filter((f) => f.startsWith('_astro/')));
  const oldOnly = [...filesA].filter((f) => !filesB.has(f));
  expect(oldOnly.length, 'the two builds should differ in at least one hashed asset').toBeGreaterThan(0);

  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const lesson = `${server.url}lessons/the-case/`;
  await page.goto(lesson);
  await waitForController(page);
  await expect(page.locator('[data-build-stamp]').textContent()).resolves.toBe('Build A');
  // No prompt on the first visit.
  await expect(page.getByRole('button', { name: 'Reload' }).isVisible()).resolves.toBe(false);

  server.swap(dirB); // deploy B at the same address
  await page.reload();
  const reloadButton = page.getByRole('button', { name: 'Reload' });
  await reloadButton.waitFor({ state: 'visible', timeout: 60_000 });
  await expect(page.locator('[data-sw-update]').getAttribute('role')).resolves.toBe('status');
  await expect(page.locator('[data-sw-update]').textContent()).resolves.toContain('A new version is available');
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  // Until the learner agrees, the old version keeps running, whole.
  await expect(page.locator('[data-build-stamp]').textContent()).resolves.toBe('Build A');
  await expect(page.getAttribute('html', 'data-build')).resolves.toBe('A');

  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await Promise.all([page.waitForEvent('load'), reloadButton.click()]);
  await page.waitForFunction(() => document.documentElement.dataset.build === 'B', undefined, { timeout: 30_000 });
  await expect(page.locator('[data-build-stamp]').textContent()).resolves.toBe('Build B');
  await expect(page.getByRole('button', { name: 'Reload' }).isVisible()).resolves.toBe(false);

  // Other pages now come from the new version too, and nothing of the old one is asked for.
  await page.goto(`${server.url}glossary/`);
  await expect(page.locator('[data-build-stamp]').textContent()).resolves.toBe('Build B');
  const stale = requested.filter((p) => oldOnly.some((f) => p.endsWith(`/${f}`)));
  expect(stale).toEqual([]);
  expect(requested.some((p) => [...filesB].some((f) => p.endsWith(`/${f}`)))).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
});

it('every open tab moves to the new version together', async () => {
  server.swap(dirA);
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(server.url);
  await waitForController(first);
  const second = await context.newPage();
  await second.goto(`${server.url}about/`);
  await expect(second.getAttribute('html', 'data-build')).resolves.toBe('A');

  server.swap(dirB);
  await first.reload();
  await first.getByRole('button', { name: 'Reload' }).click({ timeout: 60_000 });
  for (const page of [first, second]) {
    await page.waitForFunction(() => document.documentElement.dataset.build === 'B', undefined, { timeout: 30_000 });
  }
  await context.close();
});
