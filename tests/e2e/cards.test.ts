// The room answers on paper cards: the printed set, and "Scan the room" in projector mode
// reading cards through a camera. Chromium's fake camera plays a Y4M video made here from
// cards painted at known turns (tests/unit/room-cards/render-cards.ts), so the tally must fill
// with counts this file knows in advance.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { axeViolations, describeViolations } from './axe';
import { paintCard, room, toY4m } from '../unit/room-cards/render-cards.ts';
import { CARD_COUNT } from '../../src/room-cards/cards.ts';

const baseURL = inject('baseURL');
const HOST = 'wfbb.intranet';
const shots = '/tmp/cards-shots';

/** Cards held up in the video, each turned so a known letter is on top (clockwise turn → letter). */
const held = [
  { card: 1, turn: 0 }, // A
  { card: 2, turn: 90 }, // D
  { card: 3, turn: 180 }, // C
  { card: 4, turn: 270 }, // B
  { card: 5, turn: 8 }, // A, a little askew
  { card: 6, turn: 175 }, // C
];
const expected = { A: 2, B: 1, C: 2, D: 1 };

let dir: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'wfbb-cards-'));
  mkdirSync(shots, { recursive: true });
  const picture = room(1280, 720);
  held.forEach(({ card, turn }, i) => paintCard(picture, { card, turn, size: 170, x: 200 + (i % 3) * 440, y: 190 + Math.floor(i / 3) * 340 }));
  const video = path.join(dir, 'room.y4m');
  writeFileSync(video, toY4m(picture));
  browser = await launchChromium([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${video}`,
    `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
  ]);
  context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a lesson in projector mode on the first screen that shows a four-option single-best-answer item. */
async function projectorOnCardItem(page: Page, site: string): Promise<string> {
  for (const slug of ['the-case', 'histology', 'genetics', 'differential-diagnosis']) {
    await page.goto(`${site}lessons/${slug}/`);
    const step = await page.evaluate(() => {
      const steps = [...document.querySelectorAll('.lesson-step')];
      return steps.findIndex((s) => {
        const item = s.querySelector('[data-quiz-item]');
        return item?.getAttribute('data-quiz-type') === 'single' && item.querySelectorAll('input[type=radio]:not([name$="-certainty"])').length === 4;
      });
    });
    if (step < 0) continue;
    await page.goto(`${site}lessons/${slug}/?present&step=${step + 1}`);
    await page.waitForFunction(() => document.documentElement.dataset.mode === 'present' && !!document.querySelector('.pp-bar [data-room-scan-toggle]'));
    // Long steps are cut into screens: go on until the item is on screen.
    for (let i = 0; i < 6; i++) {
      const id = await page.evaluate(() => {
        const item = [...document.querySelectorAll<HTMLElement>('.lesson-step[data-current] [data-quiz-item]')].find((el) => el.getClientRects().length > 0);
        return item?.dataset.quizItem;
      });
      if (id) return id;
      await page.keyboard.press('ArrowRight');
    }
  }
  throw new Error('No lesson screen shows a four-option single-best-answer item: the scanner test has nothing to count.');
}

/** Waits for the revealed tally and goes on to the screen that shows it (the key may push it onto the step's next screen), as the teacher would. */
async function showTally(page: Page, tally: ReturnType<Page['locator']>) {
  await expect.poll(() => tally.count(), { timeout: 10_000 }).toBe(1);
  await page.waitForTimeout(500); // the screen is measured again once the key is in
  for (let i = 0; i < 6 && !(await tally.isVisible()); i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
  }
  expect(await tally.isVisible()).toBe(true);
}

/** Polls wait long: the machine running the tests may be busy. */
const patient = { timeout: 15_000 };

const scanButton = (page: Page) => page.locator('.pp-bar').getByRole('button', { name: 'Scan the room' });
const panel = (page: Page) => page.locator('[data-room-scan]');

describe('scanning the room in projector mode', () => {
  it('loads the card reader only when asked, reads the cards and fills the item\'s tally live', async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    const item = await projectorOnCardItem(page, baseURL);
    // A name from js-aruco2's own code: the dictionary's name alone is also in the tally's small
    // room-scan chunk (src/room-cards/cards.ts), which may load before the button is pressed.
    const detectorLoaded = async () =>
      (await Promise.all(scripts.map(async (url) => (await (await fetch(url)).text()).includes('adaptiveThreshold')))).some(Boolean);
    expect(await detectorLoaded(), 'js-aruco2 is in no script the projector loaded before "Scan the room"').toBe(false);

    await scanButton(page).click();
    await expect.poll(() => panel(page).isVisible(), patient).toBe(true);
    expect(await scanButton(page).getAttribute('aria-expanded')).toBe('true');
    const progress = page.locator('[data-room-scan-progress]');
    await expect.poll(() => progress.textContent(), { timeout: 20_000 }).toBe(`${held.length} of ${CARD_COUNT} cards answered.`);
    expect(await detectorLoaded(), 'js-aruco2 loaded once the camera started').toBe(true);

    // Eight cards handed out: cards 7 and 8 have not answered.
    const inUse = panel(page).getByLabel('Cards handed out');
    await inUse.fill('8');
    await inUse.press('Tab');
    await expect.poll(() => progress.textContent(), { timeout: 10_000 }).toBe('6 of 8 cards answered.');
    expect(await page.locator('[data-room-scan-missing]').textContent()).toBe('Not answered: 7, 8.');

    // Reveal: the tally shows what the cards said, option by option, and who has not answered.
    await page.locator('.pp-bar [data-action="reveal"]').click();
    const tally = page.locator(`[data-quiz-item="${item}"] [data-tally]`);
    await showTally(page, tally);
    const counts = async () =>
      Object.fromEntries(
        await tally.locator('.tally__row').evaluateAll((rows) =>
          rows.map((row) => [row.querySelector('.quiz__letter')!.textContent!.trim(), Number(row.querySelector('input')!.value)]),
        ),
      );
    await expect.poll(counts, patient).toEqual(expected);
    expect(await tally.locator('[data-tally-chart]').getAttribute('aria-label')).toMatch(/^Show of hands, 6 in all: A 2.*, B 1.*, C 2.*, D 1/);
    expect(await tally.locator('[data-tally-cards]').textContent()).toBe('From the answer cards, live: 6 of 8 answered. Not answered: 7, 8.');
    await page.screenshot({ path: `${shots}/scanner-1920.png` });

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Stop: the camera is let go, the counts stay.
    await panel(page).getByRole('button', { name: 'Stop and close' }).click();
    await expect.poll(() => panel(page).isVisible(), patient).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Scan the room');
    expect(await page.locator('[data-room-scan] video').evaluate((v: HTMLVideoElement) => v.srcObject)).toBeNull();
    expect(await tally.locator('[data-tally-cards]').textContent()).toBe('From the answer cards: 6 of 8 answered. Not answered: 7, 8.');
    await expect.poll(counts, patient).toEqual(expected);
    await page.close();
  }, 120_000); // a camera, a detector and a build's worth of scripts on a shared 2-core machine

  it('over plain HTTP says the camera needs a secure connection, and the typed tally still counts', async () => {
    const page = await context.newPage();
    const item = await projectorOnCardItem(page, baseURL.replace('127.0.0.1', HOST));
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await scanButton(page).click();
    await expect.poll(() => panel(page).isVisible(), patient).toBe(true);
    expect(await page.locator('[data-room-scan-progress]').textContent()).toMatch(/camera needs a secure connection.*plain HTTP.*type the numbers into the tally/);
    await page.screenshot({ path: `${shots}/scanner-plain-http.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => panel(page).isVisible(), patient).toBe(false);
    expect(await page.evaluate(() => document.documentElement.dataset.mode), 'Escape closed the panel, not projector mode').toBe('present');
    await page.locator('.pp-bar [data-action="reveal"]').click();
    const tally = page.locator(`[data-quiz-item="${item}"] [data-tally]`);
    await showTally(page, tally);
    await tally.locator('input').first().fill('3');
    expect(await tally.locator('[data-tally-chart]').getAttribute('aria-label')).toMatch(/^Show of hands, 3 in all: A 3/);
    expect(await tally.locator('[data-tally-cards]').count(), 'no card count where no card was read').toBe(0);
    await page.close();
  });
});

describe('the printed answer cards', () => {
  it(`prints ${CARD_COUNT} distinct cards, four to a page, each lettered on its four edges and numbered`, async () => {
    const page = await context.newPage();
    await page.goto(`${baseURL}cards/`);
    const cards = page.locator('[data-answer-card]');
    expect(await cards.count()).toBe(CARD_COUNT);
    const faces = await cards.evaluateAll((list) =>
      list.map((card) => ({
        marker: card.querySelector('path')!.getAttribute('d'),
        letters: [...card.querySelectorAll('.answer-card__letter')].map((t) => t.textContent).join(''),
        number: card.querySelector('.answer-card__number')!.textContent,
      })),
    );
    expect(new Set(faces.map((f) => f.marker)).size).toBe(CARD_COUNT);
    expect(faces.every((f, i) => f.letters === 'ABCD' && f.number === String(i + 1))).toBe(true);

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, preferCSSPageSize: false });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
      expect(pages, `${format}: ten pages of four cards`).toBe(CARD_COUNT / 4);
      writeFileSync(`${shots}/cards-${format}.pdf`, pdf);
    }
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${shots}/cards-print.png` });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/cards-390.png`, fullPage: false });
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });
});
