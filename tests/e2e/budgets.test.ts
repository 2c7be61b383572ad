// Byte budgets (DESIGN.md "Quality bars", issues 8 and 17), checked on the test build in `npm test`:
// on every page, the JavaScript a first visit loads before any engagement <= 16 KB gzipped, the HTML
// <= 200 KB uncompressed (as a plain server sends it), CSS <= 12 KB gzipped. The same measurement as `npm run bench` (scripts/lib/page-weight.mjs,
// where the tiers are defined; its own tests are in tests/unit/page-weight.test.ts); then Chromium
// checks that the tiers are what a browser really fetches. Lighthouse runs only in `npm run bench`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUDGETS, ITEM_DATA_BUDGETS, formatKB, formatTable, measureSite, overBudget, type PageWeight } from '../../scripts/lib/page-weight.mjs';
import { launchChromium } from './chromium';

const distDir = inject('distDir');
const baseURL = inject('baseURL');
const weights: PageWeight[] = await measureSite(distDir);
const lessons = weights.filter((w) => w.lesson);

describe('page weight of the test build (gzip level 9)', () => {
  it('measures the home page and at least four lesson pages', () => {
    expect(weights.map((w) => w.page)).toContain('');
    expect(lessons.map((w) => w.page)).toEqual(
      expect.arrayContaining(['lessons/the-case/', 'lessons/differential-diagnosis/', 'lessons/histology/', 'lessons/genetics/']),
    );
  });

  it.each(weights.map((w) => [w.page, w] as const))(
    `page "/%s" loads at most ${formatKB(BUDGETS.js)} of JavaScript on a first visit`,
    (_page, w) => {
      expect(w.js, `${w.files.js.join(', ')} + inline ${w.inline.js} B\n${formatTable(weights)}`).toBeLessThanOrEqual(BUDGETS.js);
    },
  );

  it.each(weights.map((w) => [w.page, w] as const))(`page "/%s" is at most ${formatKB(BUDGETS.html)} of HTML, uncompressed`, (_page, w) => {
    expect(w.htmlBytes, formatTable(weights)).toBeLessThanOrEqual(BUDGETS.html);
  });

  it.each(weights.map((w) => [w.page, w] as const))(`page "/%s" ships at most ${formatKB(BUDGETS.css)} of CSS`, (_page, w) => {
    expect(w.css, `${w.files.css.join(', ')} + inline ${w.inline.css} B`).toBeLessThanOrEqual(BUDGETS.css);
  });

  it('no page is over budget', () => {
    expect(overBudget(weights), `\n${formatTable(weights)}`).toEqual([]);
  });

  // Issue 17: the self-assessment ships only what it shows. Engaging it loads one data script per
  // question (item-data/<lesson>/<id>.js), not the four lessons' data (60.5 KB gzipped, 92.5 KB with the code, before).
  const selfAssessmentBudget = ITEM_DATA_BUDGETS['self-assessment/']!;
  it(`the self-assessment, engaged, loads the data of its questions only, at most ${formatKB(selfAssessmentBudget)}`, () => {
    const w = weights.find((weight) => weight.page === 'self-assessment/');
    expect(w, 'no /self-assessment/ page').toBeDefined();
    const html = readFileSync(path.join(distDir, 'self-assessment', 'index.html'), 'utf8');
    const questions = [...new Set([...html.matchAll(/data-quiz-item="([^"]+)"/g)].map((m) => m[1]!))];
    expect(questions.length).toBeGreaterThanOrEqual(12);
    expect(w!.files.itemData.map((file) => /^item-data\/[^/]+\/([^/]+)\.js$/.exec(file)?.[1]).sort()).toEqual(questions.sort());
    console.info(`/self-assessment/: engaging loads ${formatKB(w!.itemData)} of item data in ${w!.files.itemData.length} files (budget ${formatKB(selfAssessmentBudget)})`);
    expect(w!.itemData).toBeLessThanOrEqual(selfAssessmentBudget);
    // The whole lessons' data, as before, is over it.
    expect(overBudget([{ ...w!, itemData: 60.5 * 1024 }])).toEqual([expect.stringMatching(/^\/self-assessment\/: engaging loads 60\.5 KB of item data gzipped, over its budget/)]);
  });

  it('reports what engaging with the items adds, and the returning-learner total (not budgeted)', () => {
    for (const w of lessons) {
      // The items wait for the learner (client:engage): their code is not first-visit code.
      expect(w.islands.onEngage, `/${w.page}: client:engage islands`).toBeGreaterThan(0);
      expect(w.jsOnEngage, `/${w.page}: code of the client:engage islands`).toBeGreaterThan(0);
      expect(w.jsReturning).toBe(w.js + w.jsOnEngage);
      console.info(
        `/${w.page}: first visit ${formatKB(w.js)} of ${formatKB(BUDGETS.js)}, + ${formatKB(w.jsOnEngage)} on engagement ` +
          `= ${formatKB(w.jsReturning)} for a returning learner; + up to ${formatKB(w.jsOnDemand)} on demand (grading, projector)`,
      );
    }
  });
});

describe('the measurement counts what a browser loads', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Scrolls through the whole page, as a reader does, without pointing at or focusing anything. */
  async function readThrough(tab: Page) {
    await tab.mouse.move(0, 0);
    await tab.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
    });
    await tab.waitForLoadState('networkidle');
  }

  // A first visit (fresh context: empty localStorage), read through without interaction, fetches
  // exactly the first-visit JavaScript: client:visible islands load as they scroll into view, the
  // client:engage islands load nothing. Then `quiz:hydrate` (what projector mode sends) hydrates
  // every island, and the page has fetched exactly first visit + on engagement: nothing uncounted,
  // nothing counted that a browser does not load. Answers are not checked, so no grader loads.
  // The service worker is blocked: its precaching fetches every asset of the site, not the page's.
  it.each(lessons.map((w) => [w.page, w] as const))(
    'lesson page "/%s": a first visit fetches the first-visit JS; engaging adds the on-engagement JS',
    async (page, w) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const tab = await context.newPage();
        const scripts = new Set<string>();
        const sheets = new Set<string>();
        tab.on('request', (request) => {
          const file = new URL(request.url()).pathname.replace(/^\//, '');
          if (request.resourceType() === 'script') scripts.add(file);
          if (request.resourceType() === 'stylesheet') sheets.add(file);
        });
        await tab.goto(baseURL + page, { waitUntil: 'networkidle' });
        await readThrough(tab);

        const engageIslands = tab.locator('astro-island[client="engage"]');
        expect(await engageIslands.count()).toBe(w.islands.onEngage);
        expect(await tab.locator('astro-island[client="engage"][ssr]').count(), 'client:engage islands hydrated without interaction').toBe(
          w.islands.onEngage,
        );
        expect([...scripts].sort(), 'JavaScript fetched on a first visit').toEqual(w.files.js);
        expect([...sheets].filter((file) => !w.files.css.includes(file)), 'stylesheets fetched but not counted').toEqual([]);

        await tab.evaluate(() => document.dispatchEvent(new Event('quiz:hydrate')));
        await tab.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
        await tab.waitForLoadState('networkidle');
        expect([...scripts].sort(), 'JavaScript fetched once every island has hydrated').toEqual([...w.files.js, ...w.files.jsOnEngage].sort());
        expect([...sheets].filter((file) => !w.files.css.includes(file)), 'stylesheets fetched but not counted').toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  // Pointing at one question hydrates the whole set (one island): the page fetches the set's code
  // and one data script per question, exactly what the measurement counts, and no lesson's data.
  it('the self-assessment, engaged, fetches its questions\' data and nothing else uncounted', async () => {
    const w = weights.find((weight) => weight.page === 'self-assessment/')!;
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const tab = await context.newPage();
      // Each script fetched, with its size as served (the body is read once the response is in).
      const scripts = new Map<string, Promise<number>>();
      tab.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        scripts.set(new URL(response.url()).pathname.replace(/^\//, ''), response.body().then((body) => body.length));
      });
      await tab.goto(`${baseURL}self-assessment/`, { waitUntil: 'networkidle' });
      expect([...scripts.keys()].filter((file) => file.startsWith('item-data/')), 'item data before engaging').toEqual([]);
      await tab.locator('[data-self-assessment] [data-quiz-item]').first().hover({ position: { x: 4, y: 4 } });
      await tab.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await tab.waitForLoadState('networkidle');
      const data = [...scripts.keys()].filter((file) => file.startsWith('item-data/')).sort();
      expect(data, 'item data fetched on engaging').toEqual(w.files.itemData);
      expect([...scripts.keys()].sort(), 'JavaScript fetched once the set has hydrated').toEqual([...w.files.js, ...w.files.jsOnEngage].sort());
      const bytes = (await Promise.all(data.map((file) => scripts.get(file)!))).reduce((sum, size) => sum + size, 0);
      console.info(`/self-assessment/ engaged: ${data.length} item-data requests, ${formatKB(bytes)} uncompressed, ${formatKB(w.itemData)} gzipped`);
    } finally {
      await context.close();
    }
  });
});
