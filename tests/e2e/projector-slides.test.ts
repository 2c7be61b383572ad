// Projector mode for the back row (issue 18): every screen of every lesson measured at
// 1920x1080 and 1024x768, the differential two disorders at a time, zoom (with a hotspot
// click while zoomed), the spotlight, the speaker view's pacing, and the presenter remote.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { axeViolations, describeViolations } from './axe';
import { measureAllScreens } from './projector-measure';
import { contentItems } from './content-items';

const baseURL = inject('baseURL');
const root = path.resolve(import.meta.dirname, '../..');
const lessonDir = path.join(root, 'content/lessons');
const lessons = readdirSync(lessonDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(path.join(lessonDir, file), 'utf8');
    return { slug: file.replace(/\.mdx$/, ''), figures: [...source.matchAll(/<Figure\s+name="/g)].length, minutes: Number(/^minutes: *(\d+)/m.exec(source)![1]) };
  });

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a lesson in projector mode at `step` (from 1) and waits for every item to be ready. */
async function present(page: Page, slug: string, step = 1) {
  await page.goto(`${baseURL}lessons/${slug}/?present&step=${step}`);
  await page.waitForFunction(() => !!document.querySelector('.pp-count')?.textContent, null, { timeout: 10_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-quiz-item]')].every((i) => i.hasAttribute('data-quiz-ready')), null, { timeout: 20_000 });
  await page.waitForTimeout(250);
}

const live = (page: Page) => page.evaluate(() => document.querySelector('.pp-live')?.textContent ?? '');
const count = (page: Page) => page.evaluate(() => document.querySelector('.pp-count')?.textContent ?? '');

/** Steps on with PageDown until `selector` is rendered in the step in view. */
async function stepTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    const found = await page.evaluate((s) => [...document.querySelectorAll(`.lesson-step[data-current] ${s}`)].some((el) => el.getClientRects().length > 0 && !el.closest('.pp-off')), selector);
    if (found) return;
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(30);
  }
  throw new Error(`${selector} never came on screen`);
}

describe('slides for the back row', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ] as const) {
    it(`every screen of every lesson at ${width}x${height}: text >= 32 px, lines <= 66 characters, nothing cut off, figures >= 70 % of the height`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      for (const { slug, figures } of lessons) {
        await present(page, slug);
        const screens = await measureAllScreens(page);
        expect(screens.length, slug).toBeGreaterThan(5);
        for (const s of screens) {
          const where = `${slug} ${s.part}`;
          expect(s.minFont, `${where}: smallest text ${s.smallest}`).toBeGreaterThanOrEqual(32);
          expect(s.longestLine, `${where}: longest line`).toBeLessThanOrEqual(66);
          expect(s.overflows, `${where}: content runs past the screen`).toBe(false);
          if (s.figure) expect(s.figure, `${where}: figure height`).toBeGreaterThanOrEqual(0.7);
        }
        // Each lesson figure has its figure screen.
        expect(screens.filter((s) => s.figure > 0).length, `${slug}: figure screens`).toBe(figures);
      }
      await page.close();
      // About 25 s on an idle machine: four lessons, some 270 screens, each measured in the page.
    }, 180_000);
  }

  it('the differential compares POH with one other disorder at a time, and the whole table returns after', async () => {
    const page = await context.newPage();
    await present(page, 'differential-diagnosis');
    await stepTo(page, '.pp-pairs');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const screen = await page.evaluate(() => {
        const step = document.querySelector('.lesson-step[data-current]')!;
        const tables = [...step.querySelectorAll('table')].filter((t) => t.getClientRects().length > 0);
        return {
          pairs: step.querySelectorAll('.pp-pairs').length,
          whole: [...step.querySelectorAll('[data-differential] table')].some((t) => t.getClientRects().length > 0),
          shown: tables.filter((t) => t.closest('.pp-pairs')).map((t) => ({
            caption: t.caption?.textContent ?? '',
            columns: Math.max(...[...t.rows].filter((r) => r.getClientRects().length).map((r) => [...r.cells].filter((c) => c.getClientRects().length).length)),
            heads: [...t.tHead!.rows[0]!.cells].map((c) => c.textContent),
          })),
        };
      });
      if (!screen.shown.length) break;
      expect(screen.whole, 'the seven-column table is not on the projector').toBe(false);
      expect(screen.pairs).toBe(1);
      for (const t of screen.shown) {
        expect(t.caption).toMatch(/^POH compared with \S.* \(pair \d of 6\)$/);
        expect(t.columns, t.caption).toBe(3);
        expect(t.heads[0]).toBe('Feature');
        expect(t.heads[1]).toMatch(/^Progressive osseous heteroplasia/);
        seen.add(t.caption);
      }
      await page.keyboard.press('PageDown');
    }
    expect(seen.size, [...seen].join('; ')).toBe(6);
    // Leaving projector mode: the pairs go, the whole table is back.
    await page.locator('.lesson-step[data-current] > h2').focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.dataset.mode, null, { timeout: 15_000 });
    const after = await page.evaluate(() => [document.querySelectorAll('.pp-pairs').length, [...document.querySelectorAll('[data-differential] table')].filter((t) => t.getClientRects().length).length]);
    expect(after, '[pair tables, whole tables shown]').toEqual([0, 1]);
    await page.close();
  });
});

describe('zoom and spotlight', () => {
  it('z zooms the figure in view (loading the zoom only then), + and - change it, 0 returns; PageDown still steps and ends it; axe passes zoomed', async () => {
    const page = await context.newPage();
    await present(page, 'the-case');
    await stepTo(page, 'figure.figure');
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\.js(\?|$)/.test(e.name)).length);
    const before = await scripts();
    const drawn = () => page.evaluate(() => document.querySelector('.lesson-step[data-current] figure.figure svg.figure__art use')!.getBoundingClientRect().width);
    const frame = () => page.evaluate(() => document.querySelector('.lesson-step[data-current] figure.figure svg.figure__art')!.getBoundingClientRect().width);
    const normal = await drawn();
    const frameWidth = await frame();
    await page.keyboard.press('z');
    await expect.poll(drawn).toBeGreaterThan(normal * 1.9);
    expect(await scripts(), 'the zoom (panzoom) loaded on the first z').toBeGreaterThan(before);
    expect(await frame(), 'the frame keeps its size; the drawing grows inside it').toBeCloseTo(frameWidth, 0);
    await expect.poll(() => live(page)).toMatch(/^Zoomed in/);
    expect(await page.getByRole('button', { name: 'Unzoom' }).getAttribute('aria-pressed')).toBe('true');
    await expect(page.getByRole('button', { name: 'Zoom in' }).isVisible()).resolves.toBe(true);
    // With zoom's extra buttons, the bar is still one row of one-line buttons, none off screen, down to a 1024 px projector.
    for (const width of [1920, 1024]) {
      await page.setViewportSize({ width, height: width === 1920 ? 1080 : 768 });
      const bar = await page.evaluate(() => {
        const element = document.querySelector<HTMLElement>('.pp-bar')!;
        const heights = [...element.querySelectorAll('button')].filter((b) => b.offsetParent).map((b) => b.getBoundingClientRect().height);
        return { hidden: element.scrollWidth - element.clientWidth, tallest: Math.max(...heights), shortest: Math.min(...heights) };
      });
      expect(bar.hidden, `${width} px: the bar runs off screen`).toBeLessThanOrEqual(0);
      expect(bar.tallest, `${width} px: a button's label wraps`).toBe(bar.shortest);
    }
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(drawn).toBeGreaterThan(normal * 1.9);

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    const zoomed = await drawn();
    await page.keyboard.press('+');
    await expect.poll(drawn).toBeGreaterThan(zoomed * 1.3);
    await page.keyboard.press('-');
    await expect.poll(drawn).toBeLessThan(zoomed * 1.1);
    // Arrows move the figure while zoomed, and do not change the screen.
    const at = await count(page);
    const x0 = await page.evaluate(() => document.querySelector('.lesson-step[data-current] svg.figure__art use')!.getBoundingClientRect().left);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => document.querySelector('.lesson-step[data-current] svg.figure__art use')!.getBoundingClientRect().left)).toBeGreaterThan(x0 + 20);
    expect(await count(page)).toBe(at);
    await page.keyboard.press('0');
    await expect.poll(drawn).toBeCloseTo(normal, 0);
    await expect.poll(() => live(page)).toBe('Zoom off');

    // The bar's Zoom button (a clicker's pointer), then the remote's PageDown steps on and ends the zoom.
    await page.getByRole('button', { name: 'Zoom', exact: true }).click();
    await expect.poll(drawn).toBeGreaterThan(normal * 1.9);
    await page.keyboard.press('PageDown');
    await expect.poll(() => count(page)).not.toBe(at);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-pp-zoom-frame]').length)).toBe(0);
    await page.keyboard.press('PageUp');
    await expect.poll(() => count(page)).toBe(at);
    expect(await drawn()).toBeCloseTo(normal, 0);
    // B and the period still blank.
    await page.keyboard.press('.');
    await expect.poll(() => page.locator('.pp-blank').isVisible()).toBe(true);
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.pp-blank').isVisible()).toBe(false);
    await page.close();
  });

  it('a hotspot click while zoomed and moved lands on the region under the pointer', async () => {
    const page = await context.newPage();
    await present(page, 'histology', 9);
    await stepTo(page, '[data-quiz-item="hist-hotspot-calcification"] .hotspot__figure');
    const item = page.locator('[data-quiz-item="hist-hotspot-calcification"]');
    const art = () =>
      item.evaluate((el) => {
        const r = el.querySelector('.hotspot__figure')!.getBoundingClientRect();
        return { left: r.left, top: r.top, width: r.width, height: r.height };
      });
    const box = await art();
    await page.keyboard.press('z');
    await expect.poll(() => item.evaluate((el) => el.querySelector('.hotspot__art svg')!.getBoundingClientRect().width)).toBeGreaterThan(box.width * 1.9);
    // Twice 2x about the centre; each ArrowLeft shows a quarter of the frame further left.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(100);
    // The figure is 960 x 680 units; at 2x, the view's centre is now 2 x 0.25 x 960 / 2 = 240 units left of 480.
    const unit = box.width / 960;
    const target = { x: 150, y: 290 }; // the centre of region m1 (calcification), radius 52
    const centre = { x: 480 - 240, y: 340 };
    const clientX = box.left + box.width / 2 + (target.x - centre.x) * 2 * unit;
    const clientY = box.top + box.height / 2 + (target.y - centre.y) * 2 * unit;
    expect(clientX).toBeGreaterThan(box.left);
    await page.mouse.click(clientX, clientY);
    const marked = await item.locator('.quiz__hint', { hasText: 'You marked the figure at' }).textContent();
    const [, x, y] = /\(([\d.]+), ([\d.]+)\)/.exec(marked ?? '')!;
    expect(Math.hypot(Number(x) - target.x, Number(y) - target.y), `marked at (${x}, ${y})`).toBeLessThan(20);
    // The marker is drawn where the click was (the overlay moves with the drawing).
    const marker = await item.evaluate((el) => {
      const r = el.querySelector('.hotspot__marker circle')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    expect(Math.hypot(marker.x - clientX, marker.y - clientY)).toBeLessThan(6);
    await page.close();
  });

  it('l spotlights the regions a figure\'s hotspot items mark, one by one, then off; a figure without regions has its halves', async () => {
    const page = await context.newPage();
    await present(page, 'histology', 12);
    await stepTo(page, 'figure.figure[data-figure="biopsy"]');
    const spot = () => page.evaluate(() => document.querySelector('.lesson-step[data-current] .pp-spotlight__label')?.textContent ?? null);
    // The regions of the biopsy's hotspot items, each once, in file order.
    const regions: string[] = [];
    const seen = new Set<string>(); // once per lesson file
    for (const item of contentItems) {
      if (item.type !== 'hotspot' || item.figure !== 'biopsy') continue;
      for (const r of item.regions) if (!seen.has(`${item.lesson}/${r.id}`)) seen.add(`${item.lesson}/${r.id}`), regions.push(r.label);
    }
    expect(regions.length).toBeGreaterThan(3);
    const labels: (string | null)[] = [];
    for (let i = 0; i <= regions.length; i++) {
      await page.keyboard.press('l');
      labels.push(await spot());
    }
    expect(labels).toEqual([...regions.map((r) => `Look here: ${r}`), null]);
    await expect.poll(() => live(page)).toBe('Spotlight off');
    // The dimmed surround sits over the drawing, the same size.
    await page.keyboard.press('l');
    const fit = await page.evaluate(() => {
      const a = document.querySelector('.lesson-step[data-current] svg.figure__art')!.getBoundingClientRect();
      const o = document.querySelector('.lesson-step[data-current] svg.pp-spotlight')!.getBoundingClientRect();
      return [a.left - o.left, a.top - o.top, a.width - o.width, a.height - o.height].map((d) => Math.abs(d));
    });
    expect(Math.max(...fit)).toBeLessThan(1.5);
    await expect.poll(() => live(page)).toBe(`Spotlight on ${regions[0]}, 1 of ${regions.length}. L for the next.`);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('.pp-spotlight').length)).toBe(0);

    await present(page, 'genetics');
    await stepTo(page, 'figure.figure[data-figure="pedigree"]');
    await page.keyboard.press('l');
    expect(await spot()).toBe('Look here: left half');
    await page.keyboard.press('l');
    expect(await spot()).toBe('Look here: right half');
    await page.close();
  });
});

describe('pacing in the speaker view', () => {
  it('shows elapsed against the lesson and the step, says when behind, shows the answers, and stays in step', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await ctx.clock.install();
    const page = await ctx.newPage();
    const lesson = lessons.find((l) => l.slug === 'the-case')!;
    await page.goto(`${baseURL}lessons/the-case/?present&step=1`);
    await page.waitForFunction(() => !!document.querySelector('.pp-count')?.textContent);
    const [speaker] = await Promise.all([ctx.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForLoadState();
    await speaker.waitForFunction(() => !!document.querySelector('.pp-pace')?.textContent);
    const pace = () => speaker.evaluate(() => ({ text: document.querySelector('.pp-pace')!.textContent!, behind: document.querySelector('.pp-pace')!.hasAttribute('data-behind') }));
    let p = await pace();
    expect(p.text).toMatch(new RegExp(`^Elapsed 0:\\d\\d of ${lesson.minutes}:00 · this step \\d+ min \\(plan 0:00–\\d+:\\d\\d\\)$`));
    expect(p.behind).toBe(false);
    // The fonts are large.
    expect(await speaker.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.pp-pace')!).fontSize))).toBeGreaterThanOrEqual(28);
    expect(await speaker.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.pp-notes__body')!).fontSize))).toBeGreaterThanOrEqual(24);

    // The projector moves on: the speaker view follows, and the plan names the new step's slot.
    await page.bringToFront();
    await page.keyboard.press('End');
    const total = await page.evaluate(() => document.querySelectorAll('.lesson-step').length);
    await expect.poll(() => speaker.evaluate(() => [...document.querySelectorAll('.lesson-step')].findIndex((s) => s.hasAttribute('data-current')) + 1)).toBe(total);
    await expect.poll(async () => (await pace()).text).toMatch(new RegExp(`plan \\d+:\\d\\d–${lesson.minutes}:00\\)$`));
    // Every item of the step in view is revealed for the speaker (the key and its explanation).
    await page.keyboard.press('Home');
    let withItems = 1;
    for (; withItems <= total; withItems++) {
      const items = await speaker.evaluate(() => document.querySelectorAll('.lesson-step[data-current] [data-quiz-item]').length);
      if (items) break;
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(50);
    }
    await expect
      .poll(() => speaker.evaluate(() => [...document.querySelectorAll('.lesson-step[data-current] [data-quiz-item]')].every((i) => i.getAttribute('data-revealed') === 'true')), { timeout: 10_000 })
      .toBe(true);

    // Forty minutes on, at the first step: behind, said in words.
    await page.keyboard.press('Home');
    await ctx.clock.fastForward('40:00');
    await expect.poll(async () => (await pace()).behind).toBe(true);
    p = await pace();
    expect(p.text).toMatch(/^Elapsed 4\d:\d\d of \d+:00 · .* · Behind by \d+ min$/);
    const violations = await axeViolations(speaker);
    expect(violations, describeViolations(violations)).toEqual([]);
    await ctx.close();
  });
});
