import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { axeViolations, describeViolations } from './axe';
import { contentItems, ofType } from './content-items';

const baseURL = inject('baseURL');
const root = path.resolve(import.meta.dirname, '../..');
const lessonDir = path.join(root, 'content/lessons');

/** Each lesson's slug and the titles of its `##` sections, from the MDX source. */
const lessons = readdirSync(lessonDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    let fenced = false;
    const sections: string[] = [];
    for (const line of readFileSync(path.join(lessonDir, file), 'utf8').split('\n')) {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      else if (!fenced && /^## /.test(line)) sections.push(line.slice(3).trim());
    }
    return { slug: file.replace(/\.mdx$/, ''), sections };
  });

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
});
afterAll(async () => {
  await browser?.close();
});

interface Position {
  mode: string | null;
  step: number;
  total: number;
  part: number;
  parts: number;
  hidden: number;
  focusOnHeading: boolean;
  search: string;
  live: string;
}

function position(page: Page): Promise<Position> {
  return page.evaluate(() => {
    const steps = [...document.querySelectorAll<HTMLElement>('.lesson-step')];
    const step = steps.findIndex((s) => s.hasAttribute('data-current')) + 1;
    const count = document.querySelector('.pp-count')?.textContent ?? '';
    const m = /^(\d+) \/ (\d+)(?: \((\d+) of (\d+)\))?/.exec(count);
    return {
      mode: document.documentElement.dataset.mode ?? null,
      step,
      total: steps.length,
      part: m?.[3] ? Number(m[3]) : 1,
      parts: m?.[4] ? Number(m[4]) : 1,
      hidden: steps.filter((s) => s.hidden).length,
      focusOnHeading: step > 0 && document.activeElement === steps[step - 1]!.querySelector('h2'),
      search: location.search,
      live: document.querySelector('.pp-live')?.textContent ?? '',
    };
  });
}

/** Waits until projector mode (loaded on demand) shows a step. */
async function ready(page: Page) {
  await page.waitForFunction(
    () => document.documentElement.dataset.mode === 'present' && !!document.querySelector('.lesson-step[data-current]') && !!document.querySelector('.pp-count')?.textContent,
    null,
    { timeout: 10_000 },
  );
}

/** Waits until the islands on the screen have hydrated and the screen has been measured again. */
async function settle(page: Page) {
  await page.waitForFunction(
    () => {
      const step = document.querySelector('.lesson-step[data-current]');
      return !!step && [...step.querySelectorAll('astro-island[ssr]')].every((i) => !i.querySelector('*') || ![...i.children].some((c) => c.getClientRects().length));
    },
    null,
    { timeout: 10_000 },
  );
  await page.waitForTimeout(200);
}

async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  return position(page);
}

const next = (p: Position) => (p.part < p.parts ? [p.step, p.part + 1] : [p.step + 1, 1]);

describe('projector mode', () => {
  it('each `##` section of every lesson is one step, labelled by its heading, with teacher notes kept hidden', async () => {
    const page = await context.newPage();
    for (const { slug, sections } of lessons) {
      await page.goto(`${baseURL}lessons/${slug}/`);
      const found = await page.evaluate(() => {
        const steps = [...document.querySelectorAll<HTMLElement>('.lesson__body .lesson-step')];
        const toc = [...document.querySelectorAll<HTMLAnchorElement>('.lesson__toc a')].map((a) => a.hash.slice(1));
        const notes = [...document.querySelectorAll<HTMLElement>('[data-teacher-note]')];
        return {
          titles: steps.map((s) => s.querySelector(':scope > h2')?.textContent?.trim()),
          labelled: steps.every((s) => s.getAttribute('aria-labelledby') === s.querySelector(':scope > h2')?.id),
          numbered: steps.map((s) => s.dataset.step),
          ids: steps.map((s) => s.querySelector('h2')!.id),
          toc,
          nested: document.querySelectorAll('.lesson-step .lesson-step').length,
          introOutside: !document.querySelector('.lesson__body > :first-child')?.matches('.lesson-step'),
          notes: notes.length,
          notesHidden: notes.every((n) => n.hidden && n.getClientRects().length === 0),
          stepsWithNotes: steps.filter((s) => s.querySelector('[data-teacher-note]')).length,
          hiddenAny: steps.some((s) => s.hidden),
          ruled: steps.every((s) => getComputedStyle(s.querySelector('h2')!).borderTopStyle === (s.matches(':first-child') ? 'none' : 'solid')),
          mode: document.documentElement.dataset.mode ?? null,
        };
      });
      expect(found.titles.length, slug).toBe(sections.length);
      expect(found.titles.map((t) => t?.replace(/\s+/g, ' ')).length).toBe(sections.length);
      expect(found.labelled, slug).toBe(true);
      expect(found.numbered, slug).toEqual(sections.map((_, i) => String(i + 1)));
      if (found.toc.length) expect(found.ids, `${slug}: heading ids are Astro's (as in the table of contents)`).toEqual(found.toc);
      expect(found.nested, slug).toBe(0);
      expect(found.introOutside, slug).toBe(true);
      expect(found.notes, `${slug} has teacher notes`).toBeGreaterThan(0);
      expect(found.notesHidden, `${slug}: teacher notes hidden in self-study`).toBe(true);
      expect(found.hiddenAny || found.mode !== null, `${slug}: self-study shows the whole lesson`).toBe(false);
      expect(found.ruled, `${slug}: a rule above each section heading`).toBe(true);
    }
    await page.close();
  });

  it('p enters; each key moves as described; b blanks and any key brings it back; Esc leaves', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseURL}lessons/the-case/`);
    const total = lessons.find((l) => l.slug === 'the-case')!.sections.length;

    await page.keyboard.press('p');
    await ready(page);
    let pos = await position(page);
    expect(pos).toMatchObject({ mode: 'present', step: 1, total, hidden: total - 1, focusOnHeading: true });
    expect(pos.search).toMatch(/^\?present&step=1$/);
    await expect.poll(async () => (await position(page)).live).toMatch(new RegExp(`^Step 1 of ${total}(, part 1 of \\d+)?: Presentation and history$`));
    // Chrome is gone: no header, footer, table of contents or pager.
    for (const selector of ['.site-header', '.site-footer', '.lesson__toc', '.lesson__pager', '.lesson__header']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    await expect(page.locator('.pp-count').textContent()).resolves.toMatch(new RegExp(`^1 / ${total}`));
    expect(await page.locator('[role="application"]').count()).toBe(0);

    for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'ArrowRight', 'ArrowRight']) {
      const before = pos;
      pos = await press(page, key);
      expect([pos.step, pos.part], `${key} from ${before.step}.${before.part}`).toEqual(next(before));
      expect(pos.focusOnHeading, key).toBe(true);
      expect(pos.hidden).toBe(total - 1);
      expect(pos.search).toBe(`?present&step=${pos.step}${pos.part > 1 ? `&part=${pos.part}` : ''}`);
    }
    await expect.poll(async () => (await position(page)).live).toMatch(new RegExp(`^Step ${pos.step} of ${total}`));
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space']) {
      const before = pos;
      pos = await press(page, key);
      if (before.part > 1) expect([pos.step, pos.part], key).toEqual([before.step, before.part - 1]);
      else expect([pos.step, pos.part], key).toEqual([before.step - 1, pos.parts]);
      expect(pos.focusOnHeading, key).toBe(true);
    }
    pos = await press(page, 'End');
    expect([pos.step, pos.part]).toEqual([total, 1]);
    pos = await press(page, 'ArrowRight');
    pos = await press(page, 'Home');
    expect([pos.step, pos.part]).toEqual([1, 1]);
    pos = await press(page, 'PageUp');
    expect([pos.step, pos.part]).toEqual([1, 1]);

    // b blanks the screen (black, with a message for assistive technology); any key brings it back.
    pos = await press(page, 'PageDown');
    const at = [pos.step, pos.part];
    await page.keyboard.press('b');
    const blank = page.locator('.pp-blank');
    await expect(blank.isVisible()).resolves.toBe(true);
    await expect(blank.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(0, 0, 0)');
    await expect(blank.textContent()).resolves.toBe('Screen blanked, press any key');
    await expect.poll(async () => (await position(page)).live).toBe('Screen blanked, press any key');
    pos = await press(page, 'ArrowRight');
    await expect(blank.isVisible()).resolves.toBe(false);
    expect([pos.step, pos.part], 'the key that unblanks does not move').toEqual(at);
    expect(pos.focusOnHeading).toBe(true);
    await page.keyboard.press('b');
    await expect(blank.isVisible()).resolves.toBe(true);
    await page.keyboard.press('x');
    await expect(blank.isVisible()).resolves.toBe(false);

    // f toggles full screen; the button says whether it is on.
    const full = page.getByRole('button', { name: 'Full screen', exact: true });
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await expect.poll(() => full.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
    await expect.poll(() => full.getAttribute('aria-pressed')).toBe('false');
    pos = await position(page);
    expect([pos.step, pos.part]).toEqual(at);

    // Keys with modifiers are the browser's.
    pos = await press(page, 'Control+ArrowRight');
    expect([pos.step, pos.part]).toEqual(at);

    pos = await press(page, 'Escape');
    expect(pos.mode).toBe(null);
    expect(pos.hidden).toBe(0);
    expect(pos.search).toBe('');
    await expect(page.locator('.pp-off').count()).resolves.toBe(0);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(true);
    await expect(page.locator('.pp-bar').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not take keys from a form field, nor Space from a button', async () => {
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/the-case/`);
    const field = page.locator('input[type="search"]:visible, input[type="text"]:visible').first();
    if (await field.count()) {
      await field.focus();
      await page.keyboard.press('p');
      await page.waitForTimeout(300);
      expect((await position(page)).mode).toBe(null);
    }
    await page.getByRole('button', { name: 'Projector mode' }).click();
    await ready(page);
    let pos = await position(page);
    expect(pos).toMatchObject({ mode: 'present', step: 1 });
    // On-screen buttons, for touch screens.
    for (const name of ['Previous', 'Next', 'Reveal', 'Blank', 'Speaker view', 'Exit']) {
      await expect(page.getByRole('button', { name, exact: true }).isVisible(), name).resolves.toBe(true);
    }
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    pos = await position(page);
    expect([pos.step, pos.part]).not.toEqual([1, 1]);
    expect(pos.focusOnHeading).toBe(true);
    // Space on a focused button activates it and does not move on.
    await page.getByRole('button', { name: 'Previous', exact: true }).focus();
    const before = await position(page);
    await page.keyboard.press('Space');
    pos = await position(page);
    expect([pos.step, pos.part]).toEqual([1, 1]);
    expect(before.step * 100 + before.part).toBeGreaterThan(101);
    // A radio button keeps its arrow keys.
    const step = lessons.find((l) => l.slug === 'the-case')!;
    const withRadio = await page.evaluate(() =>
      [...document.querySelectorAll('.lesson-step')].findIndex((s) => s.querySelector('[data-quiz-item] input[type="radio"]')),
    );
    expect(withRadio, `${step.slug} has an item with radio buttons`).toBeGreaterThanOrEqual(0);
    await page.goto(`${baseURL}lessons/the-case/?present&step=${withRadio + 1}`);
    const radio = await showItem(page, '[data-quiz-item] input[type="radio"]');
    await radio.focus();
    const here = await position(page);
    await page.keyboard.press('ArrowDown');
    pos = await position(page);
    expect([pos.step, pos.part]).toEqual([here.step, here.part]);
    await page.getByRole('button', { name: 'Exit', exact: true }).click();
    expect((await position(page)).mode).toBe(null);
    await page.close();
  });

  it('?present enters, and the step in view survives a reload', async () => {
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/genetics/?present`);
    await ready(page);
    let pos = await position(page);
    expect(pos).toMatchObject({ mode: 'present', step: 1, focusOnHeading: true });
    await page.goto(`${baseURL}lessons/genetics/?present&step=4`);
    await ready(page);
    pos = await position(page);
    expect(pos).toMatchObject({ mode: 'present', step: 4 });
    pos = await press(page, 'ArrowRight');
    pos = await press(page, 'ArrowRight');
    await settle(page);
    pos = await position(page);
    await page.reload();
    await settle(page);
    const after = await position(page);
    expect([after.step, after.part, after.mode]).toEqual([pos.step, pos.part, 'present']);
    expect(after.search).toBe(pos.search);
    await page.close();
  });

  // The step-by-step walk (keys move screen by screen, a screen stays put once its islands load,
  // the document never scrolls) at the tighter 4:3 screen; projector-slides.test.ts measures every
  // screen at 1920x1080 and 1024x768 in one evaluate each (text size, measure, figures, nothing cut off).
  const screens = [{ width: 1024, height: 768, minFont: 32 }];
  for (const { width, height, minFont } of screens) {
    it(`every step of every lesson fits ${width}x${height} without scrolling, text >= ${minFont}px, lines <= ~60 characters`, { timeout: 300_000 }, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      for (const { slug, sections } of lessons) {
        await page.goto(`${baseURL}lessons/${slug}/?present&step=1`);
        const seen = new Set<number>();
        let expected: number[] | undefined;
        for (let guard = 0; guard < 150; guard++) {
          await settle(page);
          if (expected) {
            const now = await position(page);
            expect([now.step, now.part], `${slug}: the screen stays put once its islands have loaded`).toEqual(expected);
          }
          const m = await page.evaluate(() => {
            const step = document.querySelector<HTMLElement>('.lesson-step[data-current]')!;
            const text = [...step.querySelectorAll<HTMLElement>('p, li, figcaption, td, th, dd, blockquote')].filter(
              (el) => el.getClientRects().length && (!el.closest('[data-quiz-item]') || el.closest('.quiz__stem')),
            );
            const sizes = text.map((el) => parseFloat(getComputedStyle(el).fontSize));
            // The longest line of each paragraph, in characters.
            const range = document.createRange();
            const perLine = [...step.querySelectorAll<HTMLElement>(':scope > p')]
              .filter((el) => el.getClientRects().length)
              .map((el) => {
                const lines = new Map<number, number>();
                const size = parseFloat(getComputedStyle(el).fontSize);
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  // Body text only: smaller print such as a citation marker is not counted.
                  if (parseFloat(getComputedStyle(node.parentElement!).fontSize) < size - 0.5) continue;
                  for (const word of (node.textContent ?? '').matchAll(/\S+\s*/g)) {
                    range.setStart(node, word.index);
                    range.setEnd(node, word.index + word[0].length);
                    const box = range.getClientRects()[0];
                    if (!box) continue;
                    const line = Math.round(box.top / 8);
                    lines.set(line, (lines.get(line) ?? 0) + word[0].length);
                  }
                }
                return Math.max(0, ...lines.values());
              });
            const scroller = document.scrollingElement!;
            return {
              overflow: step.scrollHeight - step.clientHeight,
              docOverflow: scroller.scrollHeight - innerHeight,
              minFont: Math.min(...sizes),
              perLine: Math.max(0, ...perLine),
              blocks: step.querySelectorAll(':scope > :not(h2):not(.pp-off):not([hidden])').length,
            };
          });
          const pos = await position(page);
          const where = `${slug} step ${pos.step} (${sections[pos.step - 1]}) part ${pos.part} of ${pos.parts}`;
          expect(pos.total, slug).toBe(sections.length);
          expect(m.overflow, `${where}: step overflows by ${m.overflow}px`).toBeLessThanOrEqual(1);
          expect(m.docOverflow, `${where}: document scrolls`).toBeLessThanOrEqual(0);
          expect(m.blocks, `${where}: an empty screen`).toBeGreaterThan(0);
          if (Number.isFinite(m.minFont)) expect(m.minFont, `${where}: text size`).toBeGreaterThanOrEqual(minFont - 0.01);
          expect(m.perLine, `${where}: characters per line`).toBeLessThanOrEqual(66);
          seen.add(pos.step);
          if (pos.step === pos.total && pos.part === pos.parts) break;
          const moved = await press(page, 'ArrowRight');
          expected = next(pos);
          expect([moved.step, moved.part], where).toEqual(expected);
        }
        expect(seen.size, slug).toBe(sections.length);
      }
      await page.close();
    });
  }

  it('r reveals the key of the item in view; the show-of-hands tally draws bars; nothing is saved', async () => {
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/the-case/`);
    await page.waitForLoadState('networkidle');
    const storage = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const saved = await storage();
    const stepIndex = await page.evaluate(() =>
      [...document.querySelectorAll('.lesson-step')].findIndex((s) => s.querySelector('[data-quiz-type="single"]')),
    );
    expect(stepIndex).toBeGreaterThanOrEqual(0);
    await page.goto(`${baseURL}lessons/the-case/?present&step=${stepIndex + 1}`);
    const itemEl = await showItem(page, '[data-quiz-type="single"]');
    const id = (await itemEl.getAttribute('data-quiz-item'))!;
    const item = page.locator(`[data-quiz-item="${id}"]`);
    // Hydrated in projector mode: "Check answer" became "Reveal answer".
    await expect.poll(() => item.locator('button', { hasText: 'Reveal answer' }).count()).toBe(1);
    // Answer it as a learner would (its choices may be on the item's next screen), then reveal with r.
    await showItem(page, `[data-quiz-item="${id}"] input[type="radio"]`);
    await item.locator('input[type="radio"]').first().check();
    await page.locator('.lesson-step[data-current] > h2').focus();
    await page.keyboard.press('r');
    await expect.poll(() => item.getAttribute('data-revealed')).toBe('true');
    await settle(page);
    const q = contentItems.filter(ofType('single')).find((x) => x.id === id)!;
    const keyText = q.options.find((o) => o.id === q.answer)!.text.replace(/[*_`]/g, '').replace(/\s+/g, ' ');
    // The key, marked as the key, is on the screen the room sees.
    const keyOnScreen = () =>
      item.evaluate((el, text) => {
        const key = el.querySelector('.quiz__key');
        return (
          !!key &&
          [...key.querySelectorAll('li, p, tr, div')].some(
            (e) => e.getClientRects().length > 0 && (e as HTMLElement).innerText.replace(/\s+/g, ' ').includes(text) && /✓/.test((e as HTMLElement).innerText),
          )
        );
      }, keyText.slice(0, 40));
    await expect.poll(keyOnScreen, { timeout: 5000 }).toBe(true);

    // The tally: type the counts, see the bars.
    const inputs = item.locator('[data-tally] input[type="number"]');
    await showItem(page, `[data-quiz-item="${id}"] [data-tally] input[type="number"]`);
    await inputs.nth(0).fill('7');
    await inputs.nth(1).fill('3');
    await settle(page);
    const bars = await item.locator('[data-tally-chart] rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(bars[0]).toBeGreaterThan(bars[1]!);
    expect(bars[1]).toBeGreaterThan(1);
    await expect(item.locator('[data-tally-chart]').getAttribute('aria-label')).resolves.toMatch(/7.*3/);
    const pos = await position(page);
    expect(pos.mode).toBe('present');

    // Esc in the tally's field is the field's; from the heading it leaves.
    await page.keyboard.press('Escape');
    expect((await position(page)).mode).toBe('present');
    await page.locator('.lesson-step[data-current] > h2').focus();
    await page.keyboard.press('Escape');
    expect((await position(page)).mode).toBe(null);
    await page.waitForTimeout(300);
    expect(await storage(), 'localStorage unchanged by projector mode').toBe(saved);
    await expect(item.getAttribute('data-verdict')).resolves.toBe(null);
    await page.close();
  });

  it('the speaker view opens with s and follows the projector window, both ways', async () => {
    // A context of its own: no other projector window answers on the channel.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}lessons/the-case/?present&step=2`);
    await settle(page);
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForLoadState();
    await speaker.waitForFunction(() => document.documentElement.dataset.view === 'speaker');
    const view = () =>
      speaker.evaluate(() => {
        const steps = [...document.querySelectorAll<HTMLElement>('.lesson-step')];
        return {
          step: steps.findIndex((s) => s.hasAttribute('data-current')) + 1,
          next: steps.findIndex((s) => s.hasAttribute('data-next')) + 1,
          notes: document.querySelector('.pp-notes__body')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
          label: document.querySelector('.pp-next-label')?.textContent ?? '',
          clock: document.querySelector('.pp-clock')?.textContent ?? '',
        };
      });
    const notesOf = (n: number) =>
      page.evaluate(
        (i) =>
          [...document.querySelectorAll('.lesson-step')[i]!.querySelectorAll('[data-teacher-note]')]
            .map((n) => n.textContent)
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        n - 1,
      );
    await expect.poll(async () => (await view()).step).toBe(2);
    let v = await view();
    expect(v.next).toBe(3);
    expect(v.label).toBe(`Next: ${lessons.find((l) => l.slug === 'the-case')!.sections[2]}`);
    expect(v.notes.length).toBeGreaterThan(20);
    expect(v.notes).toBe(await notesOf(2));
    expect(v.clock).toMatch(/^Time \d/);
    expect(await speaker.locator('.pp-pace').textContent()).toMatch(/^Elapsed \d+:\d\d of \d+:00 · this step/);
    expect(await speaker.locator('.pp-notes').isVisible()).toBe(true);
    expect((await speaker.evaluate(() => document.documentElement.dataset.mode)) ?? null).toBe('present');

    // Projector moves: the speaker view follows.
    await page.bringToFront();
    await page.keyboard.press('End');
    await expect.poll(async () => (await view()).step).toBe((await position(page)).step);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await view()).step).toBe(1);
    v = await view();
    expect(v.notes).toBe((await notesOf(1)) || 'No notes for this step.');

    // A step split over screens: the speaker view marks the blocks the room sees now.
    let at = await position(page);
    while (at.parts === 1 && at.step < at.total) {
      await page.keyboard.press('PageDown');
      at = await position(page);
    }
    expect(at.parts, 'a step split over screens at 1280x720').toBeGreaterThan(1);
    const onProjector = () =>
      page.evaluate(() =>
        [...document.querySelector('.lesson-step[data-current]')!.children].flatMap((child, n) =>
          child.tagName !== 'H2' && !child.classList.contains('pp-off') && getComputedStyle(child).display !== 'none' ? [n] : [],
        ),
      );
    const markedInSpeaker = () =>
      speaker.evaluate(() =>
        [...document.querySelector('.lesson-step[data-current]')!.children].flatMap((child, n) => (child.hasAttribute('data-on-screen') ? [n] : [])),
      );
    const firstPart = await onProjector();
    expect(firstPart.length).toBeGreaterThan(0);
    await expect.poll(markedInSpeaker).toEqual(firstPart);
    expect(await speaker.locator('[data-on-screen]').first().evaluate((el) => getComputedStyle(el, '::before').content)).toContain('On screen now');
    await page.keyboard.press('PageDown');
    const secondPart = await onProjector();
    expect(secondPart).not.toEqual(firstPart);
    await expect.poll(markedInSpeaker).toEqual(secondPart);

    // The speaker view moves: the projector follows.
    await speaker.bringToFront();
    await speaker.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(async () => (await position(page)).step * 100 + (await position(page)).part).toBeGreaterThan(101);
    await speaker.keyboard.press('End');
    await expect.poll(async () => (await position(page)).step).toBe((await position(page)).total);
    await expect.poll(async () => (await view()).step).toBe((await position(page)).total);

    const violations = await axeViolations(speaker);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`zero axe violations and 7:1 contrast in projector mode (${scheme})`, async () => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`${baseURL}lessons/the-case/?present&step=2`);
      for (let i = 0; i < 3; i++) {
        await settle(page);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        const enhanced = await page.evaluate(async () => {
          // @ts-expect-error axe was injected by axeViolations
          const result = await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
          return result.violations.flatMap((v: { nodes: { target: string[]; failureSummary: string }[] }) =>
            v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
          );
        });
        expect(enhanced, `contrast below 7:1 at screen ${i + 1}`).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
      await page.close();
    });
  }
});

/** Moves on, within the step in view, until `selector` is on screen; returns it. */
async function showItem(page: Page, selector: string) {
  const target = page.locator(`.lesson-step[data-current] ${selector}`).first();
  for (let i = 0; i < 8; i++) {
    await settle(page);
    if (await target.evaluate((el) => el.getClientRects().length > 0).catch(() => false)) return target;
    const before = await position(page);
    if (before.part >= before.parts) break;
    await page.keyboard.press('ArrowRight');
  }
  await settle(page);
  expect(await target.isVisible(), `${selector} on screen`).toBe(true);
  return target;
}
