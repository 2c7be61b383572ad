// A lesson that fits a phone: at 360 px the header is one row (title, search, a "Menu" button
// that opens the navigation by keyboard and by touch), touch targets are at least 44 px, and no
// page overflows sideways at 320 px.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { builtPages } from './pages';

const baseURL = inject('baseURL');
const pages = builtPages(inject('distDir'));
const phone = { width: 360, height: 780 };
let browser: Browser;
let touch: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  touch = await browser.newContext({ viewport: phone, hasTouch: true, isMobile: true });
});
afterAll(async () => {
  await browser?.close();
});

const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu' });
const navLinks = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link');

/** The smaller side of each visible target under `scope` that is below 44 CSS px, with its name. */
async function smallTargets(targets: Locator): Promise<string[]> {
  return targets.evaluateAll((els) =>
    els
      .filter((el) => el.checkVisibility())
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => Math.min(box.width, box.height) < 44 - 0.5)
      .map(({ el, box }) => `${el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName} (${Math.round(box.width)}×${Math.round(box.height)})`),
  );
}

describe('on a phone (360 × 780)', () => {
  it.each(pages)('"/%s": the header is one row of at most 120 px, the navigation folded behind "Menu"', async (path) => {
    const page = await touch.newPage();
    await page.goto(baseURL + path);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(120);
    const row = ['.site-title', '[data-menu-button]', ...(path === 'search/' ? [] : ['.site-search-link'])];
    const boxes = await Promise.all(row.map((selector) => page.locator(selector).boundingBox()));
    for (const [i, box] of boxes.entries()) {
      expect(box, row[i]).not.toBe(null);
      // One row: every control's middle is within the title's height.
      expect(Math.abs(box!.y + box!.height / 2 - (boxes[0]!.y + boxes[0]!.height / 2)), row[i]).toBeLessThan(boxes[0]!.height / 2);
    }
    await expect(navLinks(page).count()).resolves.toBe(0);
    await expect(menuButton(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.close();
  });

  it('"Menu" opens the navigation by keyboard; Escape closes it and gives focus back', async () => {
    const page = await touch.newPage();
    await page.goto(`${baseURL}lessons/the-case/`);
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(menuButton(page).getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(navLinks(page).count()).resolves.toBe(7);
    await expect(navLinks(page).filter({ hasText: 'Glossary' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Lessons');
    await page.keyboard.press('Escape');
    await expect(menuButton(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(navLinks(page).count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-menu-button'))).resolves.toBe('');
    // Space toggles it as any button does.
    await page.keyboard.press('Space');
    await expect(menuButton(page).getAttribute('aria-expanded')).resolves.toBe('true');
    await page.close();
  });

  it('"Menu" opens the navigation by touch, and a tap elsewhere closes it', async () => {
    const page = await touch.newPage();
    await page.goto(`${baseURL}lessons/the-case/`);
    await menuButton(page).tap();
    await expect(menuButton(page).getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(navLinks(page).filter({ hasText: 'Progress' }).isVisible()).resolves.toBe(true);
    await page.locator('main h1').tap();
    await expect(menuButton(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await menuButton(page).tap();
    await navLinks(page).filter({ hasText: 'Glossary' }).tap();
    await page.waitForURL(/\/glossary\/$/);
    await page.close();
  });

  it('header, menu and lesson controls are touch targets of at least 44 px', async () => {
    const page = await touch.newPage();
    await page.goto(`${baseURL}lessons/the-case/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await menuButton(page).tap();
    expect(await smallTargets(page.locator('.site-header :is(a, button, input)'))).toEqual([]);
    const lessonControls = '.lesson__header :is(a, button, summary), .lesson__pager a, .decision-point button';
    await expect(page.locator('.decision-point button:visible').count()).resolves.toBe(1);
    expect(await smallTargets(page.locator(lessonControls))).toEqual([]);
    await page.close();
  });

  it('without JavaScript the navigation simply shows (no button that does nothing)', async () => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/`);
    await expect(menuButton(page).count()).resolves.toBe(0);
    await expect(navLinks(page).filter({ hasText: 'Glossary' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('at 320 px', () => {
  it.each(pages)('"/%s" does not overflow sideways (whole lessons, menu open)', async (path) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    // Open every fold, so all of a lesson is measured.
    await context.addInitScript(() => localStorage.setItem('wfbb-show-whole-lesson', '1'));
    const page = await context.newPage();
    await page.goto(baseURL + path);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await menuButton(page).click();
    expect(await overflow()).toBe(0);
    await context.close();
  });

  it('the progress page\'s tables fit the width instead of scrolling sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}progress/`);
    await page.getByRole('heading', { name: 'By lesson' }).waitFor();
    const scrolling = () =>
      page.locator('.table-scroll').evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
    await expect.poll(async () => (await scrolling()).length).toBeGreaterThan(0);
    expect((await scrolling()).every((extra) => extra <= 0)).toBe(true);
    await context.close();
  });
});

describe('wide (1280 × 800)', () => {
  it('shows the navigation and the search box in the header, with no "Menu" button', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/the-case/`);
    await expect(menuButton(page).isVisible()).resolves.toBe(false);
    await expect(navLinks(page).count()).resolves.toBe(7);
    await expect(page.getByRole('searchbox').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
