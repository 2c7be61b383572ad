// Accessibility in every mode (DESIGN.md "Quality bars", issue 8), on the test build:
// - zero axe-core violations on every page in the dark theme, both ways a learner gets it: the
//   system preference (prefers-color-scheme: dark) and the stored toggle (localStorage wfbb-theme);
//   every lesson page in projector mode (?present), walked to its end with answers revealed; every
//   lesson page after its items are checked (feedback shown), in light and dark.
//   (Light theme on every page: site.test.ts.)
// - no console errors (console.error messages, failed loads, uncaught exceptions) on any page;
// - no horizontal scrolling at 320 CSS px wide (WCAG 1.4.10 Reflow) and at 200% zoom.
//   200% zoom is tested as its CSS-pixel viewport: zooming a window to 200% halves the CSS px
//   width, so a 1280-px window at 200% lays out at 640 CSS px (and a 640-px one at 320).
//   A deviceScaleFactor of 2 is not zoom: it keeps the CSS width and only sharpens the pixels.
//   So the widths tested are 320 and 640 CSS px.
// Every page is scrolled through first so that each client:visible island hydrates: what is
// checked is the page a learner ends up with, not only its server-rendered HTML.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { builtPages } from './pages';
import { axeViolations, describeViolations, type AxeViolation } from './axe';

const baseURL = inject('baseURL');
const pages = builtPages(inject('distDir'));
const lessonPages = pages.filter((p) => /^lessons\/[^/]+\/$/.test(p));
const THEME_KEY = 'wfbb-theme';
/** Long lesson pages on a busy 2-core machine: axe alone can take 10-20 s on one. */
const LESSON_TIMEOUT = 180_000;
/** The rule sets of tests/e2e/axe.ts, for axe runs on part of a page. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Visit {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close: () => Promise<void>;
}

/** Opens a page in a fresh context (fresh storage), recording console errors from the start. */
async function visit(path: string, options: BrowserContextOptions & { storedTheme?: 'dark' } = {}): Promise<Visit> {
  const { storedTheme, ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  if (storedTheme) {
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, storedTheme] as const);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const response = await page.goto(baseURL + path, { waitUntil: 'load' });
  expect(response?.status(), `status of /${path}`).toBe(200);
  return { page, context, errors, close: () => context.close() };
}

/**
 * Scrolls every island into view until all have hydrated (Astro removes `ssr` when one does).
 * Islands that cannot become visible (inside a projector step out of view, or rendering nothing)
 * are not waited for.
 */
async function hydrateAll(page: Page, { settle = true } = {}): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const pending = await page.evaluate(async () => {
      // Quiz items hydrate on engagement (client:engage): ask them all, as projector mode does.
      document.dispatchEvent(new Event('quiz:hydrate'));
      // An island is display: contents; Astro watches its children, so look at the first one.
      const waiting = [...document.querySelectorAll('astro-island[ssr]')].filter((island) =>
        island.firstElementChild?.checkVisibility(),
      );
      for (const island of waiting) {
        island.firstElementChild!.scrollIntoView({ block: 'center' });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      return waiting.map((island) => island.getAttribute('component-url') ?? '?');
    });
    if (pending.length === 0) break;
    if (Date.now() > deadline) throw new Error(`${pending.length} island(s) did not hydrate: ${pending.join(', ')}`);
    await page.waitForTimeout(100);
  }
  if (!settle) return;
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForLoadState('networkidle');
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${what}\n${describeViolations(violations)}`).toEqual([]);
}

/** axe-core on part of a page (the projector's step in view), reusing axe once injected. */
async function axeViolationsIn(page: Page, selector: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ([include, tags]) => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run({ include: [include] }, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => ({ target: n.target })) }));
    },
    [selector, AXE_TAGS] as const,
  );
}

/**
 * Horizontal overflow at the current viewport, with the innermost elements that stick out past the
 * right edge (named by their quiz item or nearest id, tag, classes and text, for the message).
 * Content that scrolls inside its own container (a wide table in an overflow-x: auto wrapper) is
 * allowed by WCAG 1.4.10 and not reported.
 */
async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clientWidth = root.clientWidth;
    const scrollWidth = Math.max(root.scrollWidth, document.body.scrollWidth);
    const culprits: string[] = [];
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > clientWidth + 0.5;
    const inOwnScroller = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && !sticksOut(a)) return true;
      }
      return false;
    };
    const short = (text: string | null | undefined) => (text ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const describe = (el: Element) => {
      const item = el.closest('[data-quiz-item]')?.getAttribute('data-quiz-item');
      const table = el.closest('table');
      const heading = el.closest('section, .lesson-step')?.querySelector('h2, h3')?.textContent;
      const where = item
        ? `[data-quiz-item="${item}"]`
        : table
          ? `table${[...table.attributes].filter((a) => a.name !== 'style').map((a) => `[${a.name}${a.value ? `="${a.value}"` : ''}]`).join('')}` +
            ` "${short(table.caption?.textContent ?? table.querySelector('th')?.textContent)}"`
          : heading ? `section "${short(heading)}"` : el.parentElement?.closest('[id]') ? `#${el.parentElement.closest('[id]')!.id}` : '';
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      return `${where} ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} "${short(el.textContent)}" (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
    };
    if (scrollWidth > clientWidth) {
      for (const el of document.body.querySelectorAll('*')) {
        if (el.getBoundingClientRect().width === 0 || !sticksOut(el)) continue;
        if ([...el.children].some(sticksOut) || inOwnScroller(el)) continue;
        culprits.push(describe(el));
        if (culprits.length >= 8) break;
      }
    }
    return { scrollWidth, clientWidth, culprits };
  });
}

async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, clientWidth, culprits } = await horizontalOverflow(page);
  expect(scrollWidth, `${what}: content is ${scrollWidth} px wide in a ${clientWidth} px viewport; sticking out:\n  ${culprits.join('\n  ')}`).toBeLessThanOrEqual(clientWidth);
}

function expectNoErrors(v: Visit, what: string): void {
  expect(v.errors, what).toEqual([]);
}

describe('dark theme from the system preference (prefers-color-scheme: dark)', () => {
  it.each(pages)('page "/%s": zero axe violations, no console errors', async (path) => {
    const v = await visit(path, { colorScheme: 'dark' });
    try {
      expect(await v.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await hydrateAll(v.page);
      await expectNoAxeViolations(v.page, `/${path} in the dark theme (system preference)`);
      expectNoErrors(v, `/${path}`);
    } finally {
      await v.close();
    }
  }, LESSON_TIMEOUT);
});

describe('dark theme from the stored toggle (light system, wfbb-theme = dark)', () => {
  it.each(pages)('page "/%s": zero axe violations, no console errors', async (path) => {
    const v = await visit(path, { colorScheme: 'light', storedTheme: 'dark' });
    try {
      await expect(v.page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
      await hydrateAll(v.page);
      await expectNoAxeViolations(v.page, `/${path} in the dark theme (stored toggle)`);
      expectNoErrors(v, `/${path}`);
    } finally {
      await v.close();
    }
  }, LESSON_TIMEOUT);
});

describe('projector mode (?present)', () => {
  // On a 1920 x 1080 projector: the first screen is checked whole; then the lesson is walked
  // screen by screen with the keyboard (ArrowRight), every item's answer is revealed (the R key),
  // and the step in view is checked on the first screen of every step and where the first answer
  // of each item type is revealed. Other screens show the same components in the same styles.
  it.each(lessonPages)(
    'lesson "/%s": each step and each revealed answer: zero axe violations, no console errors; reflows at 320 px',
    async (path) => {
      const v = await visit(`${path}?present`, { viewport: { width: 1920, height: 1080 } });
      const { page } = v;
      try {
        await page.waitForSelector('html[data-mode="present"]', { timeout: 10_000 });
        expect(await page.locator('[role="application"]').count(), 'projector mode stays a document').toBe(0);
        await hydrateAll(page);
        await expectNoAxeViolations(page, `/${path}?present, first screen`);
        const current = '.lesson-step:not([hidden])';
        const seen = new Set<string>();
        const stepsChecked = new Set<string>();
        const typesChecked = new Set<string>();
        let revealed = 0;
        for (let screen = 1; screen <= 400; screen++) {
          const address = page.url();
          if (seen.has(address)) break; // ArrowRight on the last screen stays put
          seen.add(address);
          const step = new URL(address).searchParams.get('step') ?? '1';
          await hydrateAll(page, { settle: false });
          const unrevealed = page.locator(`${current} [data-quiz-item]:not([data-revealed])`);
          // The item types on this screen whose answer is not revealed yet.
          const toReveal = await unrevealed.evaluateAll((els) =>
            els.filter((e) => e.checkVisibility()).map((e) => e.getAttribute('data-quiz-type') ?? '?'),
          );
          if (toReveal.length) {
            const before = await page.locator('[data-quiz-item][data-revealed]').count();
            await page.keyboard.press('r');
            await page.waitForFunction((n) => document.querySelectorAll('[data-quiz-item][data-revealed]').length > n, before, { timeout: 5_000 });
            await page.waitForTimeout(150); // the projector re-lays out the screen around the answer
            revealed += toReveal.length;
          }
          // axe on the first screen of each step, and on the first revealed answer of each item type
          // (items of one type share their components; axe on a long page takes seconds).
          const newType = toReveal.some((type) => !typesChecked.has(type));
          if (newType || !stepsChecked.has(step)) {
            stepsChecked.add(step);
            for (const type of toReveal) typesChecked.add(type);
            const violations = await axeViolationsIn(page, current);
            expect(violations, `/${path} projector screen ${new URL(page.url()).search}\n${describeViolations(violations)}`).toEqual([]);
          }
          await page.keyboard.press('ArrowRight');
          await page.waitForTimeout(50);
        }
        expect(stepsChecked.size, 'steps walked').toBeGreaterThan(1);
        expect(revealed, 'screens with an answer revealed').toBeGreaterThan(0);
        await page.setViewportSize({ width: 320, height: 640 });
        await expectNoHorizontalScroll(page, `/${path}?present at 320 px`);
        expectNoErrors(v, `/${path}?present`);
      } finally {
        await v.close();
      }
    },
    LESSON_TIMEOUT,
  );
});

/**
 * Answers an item with the first option of each of its controls (some answers will be wrong,
 * which shows distractor feedback) and presses its "Check answer".
 */
async function answerAndCheck(item: Locator): Promise<void> {
  await item.scrollIntoViewIfNeeded();
  const radioGroups = await item
    .locator('input[type="radio"]')
    .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
  for (const name of radioGroups) await item.locator(`input[type="radio"][name="${name}"]`).first().check();
  const checkbox = item.locator('input[type="checkbox"]').first();
  if (await checkbox.count()) await checkbox.check();
  for (const select of await item.locator('select').all()) {
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    if (values.length) await select.selectOption(values[0]!);
  }
  for (const input of await item.locator('input[type="text"], input:not([type]), textarea').all()) await input.fill('bone');
  await item.getByRole('button', { name: 'Check answer' }).click();
}

/**
 * The contract's path first: the first single-answer item, an option chosen, "Check answer",
 * then data-verdict and the verdict in its status region. Then every other item is answered the
 * same way (best effort: an incomplete answer shows a message instead of a verdict), so that the
 * feedback of every item type is on the page when axe runs.
 */
async function checkEveryItem(page: Page): Promise<{ items: number; verdicts: number }> {
  const single = page.locator('[data-quiz-type="single"]').first();
  await answerAndCheck(single);
  await page.waitForSelector('[data-quiz-type="single"][data-verdict]', { timeout: 5_000 });
  expect(await single.getAttribute('data-verdict')).toMatch(/^(correct|partial|incorrect)$/);
  await expect(single.getByRole('status').textContent()).resolves.toMatch(/correct/i);
  // By id: a positional locator would shift as checked items gain data-verdict.
  const ids = await page.locator('[data-quiz-item]:not([data-verdict])').evaluateAll((els) => els.map((e) => e.getAttribute('data-quiz-item')!));
  for (const id of ids) {
    const item = page.locator(`[data-quiz-item="${id}"]`).first();
    if (await item.getByRole('button', { name: 'Check answer' }).isVisible()) await answerAndCheck(item);
  }
  return {
    items: await page.locator('[data-quiz-item]').count(),
    verdicts: await page.locator('[data-quiz-item][data-verdict]').count(),
  };
}

describe('lesson pages after items are checked (feedback shown)', () => {
  const cases = lessonPages.flatMap((path) => [
    [path, 'light'],
    [path, 'dark'],
  ]) as [string, 'light' | 'dark'][];
  it.each(cases)(
    'lesson "/%s", %s theme: zero axe violations with feedback shown, no console errors, reflows at 320 px',
    async (path, theme) => {
      const v = await visit(path, { colorScheme: theme });
      try {
        await hydrateAll(v.page);
        expect(await v.page.locator('[data-quiz-type="single"]').count(), `/${path} has a single-answer item`).toBeGreaterThan(0);
        const { items, verdicts } = await checkEveryItem(v.page);
        await expectNoAxeViolations(v.page, `/${path} (${theme}) with the feedback of ${verdicts} of ${items} items shown`);
        await v.page.setViewportSize({ width: 320, height: 640 });
        await expectNoHorizontalScroll(v.page, `/${path} (${theme}) with feedback shown, at 320 px`);
        expectNoErrors(v, `/${path}`);
      } finally {
        await v.close();
      }
    },
    LESSON_TIMEOUT,
  );
});

describe('reflow: no horizontal scrolling', () => {
  // 320 CSS px: a narrow phone, and 200% zoom of a 640-px window.
  // 640 CSS px: 200% zoom of a 1280-px window (see the note at the top of this file).
  it.each(pages)(
    'page "/%s" at 320 and 640 CSS px wide',
    async (path) => {
      const v = await visit(path, { viewport: { width: 320, height: 640 } });
      try {
        const problems: string[] = [];
        for (const width of [320, 640]) {
          await v.page.setViewportSize({ width, height: width * 2 });
          await hydrateAll(v.page);
          const { scrollWidth, clientWidth, culprits } = await horizontalOverflow(v.page);
          if (scrollWidth > clientWidth) {
            problems.push(`at ${width} px the content is ${scrollWidth} px wide; sticking out:\n  ${culprits.join('\n  ')}`);
          }
        }
        expect(problems, `/${path}`).toEqual([]);
        expectNoErrors(v, `/${path}`);
      } finally {
        await v.close();
      }
    },
    LESSON_TIMEOUT,
  );
});
