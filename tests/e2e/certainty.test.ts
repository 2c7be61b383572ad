// Certainty in the built site: an item that says nothing about `confidence` asks for it; the
// picker is a radio group the arrow keys walk, "No idea" included; a partly right answer earns a
// scaled mark; "no idea" marks 0 but still shows the feedback; the progress page words and draws
// calibration against each level's target. Free of axe violations throughout.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { grade, type Response } from '../../src/grading/index.ts';
import { isProgress, PROGRESS_VERSION } from '../../src/stores/progress-format.ts';
import { launchChromium } from './chromium';
import { axeViolations, describeViolations } from './axe';
import { contentItems as items, type ContentItemOf } from './content-items';
import { hydratedItem } from './pages';

const baseURL = inject('baseURL');

/** A `multi` item whose YAML leaves `confidence` out (the default) and has at least 3 correct options. */
const multi = items.find(
  (item): item is ContentItemOf<'multi'> =>
    item.type === 'multi' && !('confidence' in item) && item.options.filter((o) => o.correct).length >= 3,
)!;
const single = items.find((item): item is ContentItemOf<'single'> => item.type === 'single' && !('confidence' in item))!;

/** Before the progress format version 2 lands, the store refuses a scaled mark on reading it back. */
const storeKeepsScaledMarks = isProgress({
  version: PROGRESS_VERSION,
  items: {
    'x-item': {
      lastResponse: {},
      lastGrade: { score: 0.5, verdict: 'partial', cbm: 1 / 2 },
      bestGrade: { score: 0.5, verdict: 'partial', cbm: 1 / 2 },
      attempts: 1,
      certainty: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
      lesson: 'x-lesson',
    },
  },
});

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
});

const checkedCertainty = (item: Locator) => item.locator('.quiz__certainty input:checked').getAttribute('value');

describe('certainty on the lesson pages', () => {
  it('found items that leave confidence to its default', () => {
    expect(multi, 'a multi item without a confidence field').toBeDefined();
    expect(single, 'a single item without a confidence field').toBeDefined();
  });

  it('a partial-credit item asks how sure by default, is walked by the keyboard, and earns the mark scaled by the fraction right', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseURL}lessons/${multi.lesson}/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const item = await hydratedItem(page, multi.id, 'focus');
    const group = item.getByRole('group', { name: /How sure are you\?/ });
    expect(await group.getByRole('radio').count()).toBe(4);

    // All but one of the correct options: partly right.
    const correct = multi.options.flatMap((o, i) => (o.correct ? [i] : []));
    for (const i of correct.slice(0, -1)) await item.locator(`input[name="${multi.id}-option"]`).nth(i).press('Space');
    // Checking without a certainty is refused, and focus goes to the picker.
    await item.getByRole('button', { name: 'Check answer' }).press('Enter');
    await expect.poll(() => item.locator('[role="status"]').textContent()).toBe('Choose how sure you are before checking.');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(`${multi.id}-certainty`);

    // The arrow keys walk the group: Space picks 1, down to 2, 3, "No idea", and up again to 2.
    await page.keyboard.press('Space');
    expect(await checkedCertainty(item)).toBe('1');
    for (const expected of ['2', '3', '0']) {
      await page.keyboard.press('ArrowDown');
      expect(await checkedCertainty(item)).toBe(expected);
    }
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await checkedCertainty(item)).toBe('2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const response = { choices: correct.slice(0, -1).map((i) => multi.options[i]!.id), confidence: 2 } as Response;
    const expected = grade(multi, response as never);
    expect(expected.verdict).toBe('partial');
    // Moodle's rule: the right mark (2) times the fraction right, to two decimals.
    expect(expected.cbm).toBe(Math.round(200 * expected.score) / 100);
    expect(Number.isInteger(expected.cbm)).toBe(false);
    await expect.poll(() => item.getAttribute('data-verdict')).toBe('partial');
    expect(await item.locator('[role="status"]').textContent()).toBe(
      `◐ Partly correct: ${Math.round(expected.score * 100)}%. Certainty-based mark: +${expected.cbm}`,
    );
    expect(await item.locator('.quiz__cbm').textContent()).toContain(`+2 × ${Math.round(expected.score * 100)}% = +${expected.cbm}`);
    expect(await item.locator('.quiz__certainty input').first().isDisabled()).toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: '/tmp/certainty-shots/e2e-partial-390.png', fullPage: false });
    await page.close();
  });

  it('"No idea" shows the verdict and the feedback and marks 0', async () => {
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/${single.lesson}/`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const item = await hydratedItem(page, single.id, 'focus');
    await item.locator(`input[name="${single.id}-option"][value="${single.answer}"]`).check();
    await item.getByRole('radio', { name: /^No idea/ }).check();
    await item.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => item.getAttribute('data-verdict')).toBe('correct');
    expect(await item.locator('[role="status"]').textContent()).toBe('✓ Correct: 100%. Certainty-based mark: 0');
    expect(await item.locator('.feedback__entry').count()).toBeGreaterThan(0);
    expect(await item.locator('.quiz__cbm').textContent()).toMatch(/No idea: 0, though the answer was right/);
    await page.close();
  });
});

describe('calibration on the progress page', () => {
  const entry = (score: number, cbm: number, certainty: number, lesson: string) => ({
    lastResponse: { choice: 'a' },
    lastGrade: { score, verdict: score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial', cbm },
    bestGrade: { score, verdict: score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial', cbm },
    attempts: 1,
    certainty,
    updatedAt: '2026-01-01T00:00:00.000Z',
    lesson,
  });
  const singles = items.filter((item) => item.type === 'single').slice(0, 8);

  async function openProgress(progress: unknown, width: number, height: number): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${baseURL}progress/`);
    await page.evaluate((value) => localStorage.setItem('wfbb-progress', JSON.stringify(value)), progress);
    await page.reload();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    return page;
  }

  it('says per level where the learner stands against its target, with the targets drawn as labelled bands', async () => {
    // Certainty 3: right 5 of 8 (63 %): below its 80 %. Whole marks: readable by format version 1 too.
    const progress = {
      version: PROGRESS_VERSION,
      items: Object.fromEntries(singles.map((item, i) => [item.id, entry(i < 5 ? 1 : 0, i < 5 ? 3 : -6, 3, item.lesson)])),
    };
    const page = await openProgress(progress, 390, 844);
    await expect.poll(() => page.locator('[data-advice-level="3"]').textContent()).toMatch(
      /^At certainty 3 you were right 5 of 8 times \(63 %\): below the 80 % that level claims; be surer only when/,
    );
    expect(await page.locator('[data-advice-level="1"]').textContent()).toMatch(/^At certainty 1 you have no answers yet/);
    expect(await page.locator('[data-target-band]').count()).toBe(3);
    expect(await page.locator('.calibration__band-label').allTextContents()).toEqual(['< 67 %', '67–80 %', '> 80 %']);
    expect(await page.locator('[data-calibration-level="3"]').getAttribute('data-standing')).toBe('below');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.locator('[data-calibration]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/certainty-shots/e2e-progress-390.png', fullPage: false });
    await page.close();
  });

  it.skipIf(!storeKeepsScaledMarks)(
    'shows a saved scaled mark and a "no idea" answer (needs progress format version 2; skipped, with this reason, before it)',
    async () => {
      const [a, b, c] = singles;
      const progress = {
        version: PROGRESS_VERSION,
        items: { [a!.id]: entry(2 / 3, 1.33, 2, a!.lesson), [b!.id]: entry(1, 2, 2, b!.lesson), [c!.id]: entry(1, 0, 0, c!.lesson) },
      };
      const page = await openProgress(progress, 1280, 800);
      await expect.poll(() => page.locator('[data-advice-level="2"]').textContent()).toMatch(
        /^At certainty 2 you were right 1\.7 of 2 times \(partly right answers count in part\) \(83 %\): above the 80 %/,
      );
      expect(await page.locator('[data-no-idea]').textContent()).toMatch(/^1 answer given with “No idea” \(1 of them right\)/);
      expect(await page.locator('[data-mean-cbm]').textContent()).toContain('+1.11 per answer (of 3)');
      await page.close();
    },
  );
  if (!storeKeepsScaledMarks) console.log('certainty.test: the stored-format guard refuses a scaled cbm (format version 1): the saved-scaled-mark test waits for version 2.');
});
