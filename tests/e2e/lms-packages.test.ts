// The LMS packages in a real browser: a test LMS page runs scorm-again (the LMS side of SCORM
// 1.2 and 2004) and frames each SCORM package; a small LRS on node:http plays the cmi5 LMS.
// Learners answer items; the test reads what the LMS holds, then relaunches in a fresh browser
// profile with only the LMS's saved data and finds the answers again.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import type { Scorm12API, Scorm2004API } from 'scorm-again';
import { packageLms } from '../../scripts/package.mjs';
import { builtFiles, root, unzip } from './build';
import { launchChromium } from './chromium';

const distDir = inject('distDir');
// Two browser profiles and three frames per test, on a shared 2-core machine.
vi.setConfig({ testTimeout: 150_000 });
const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const PORT = 4640;
// The LMS side of SCORM, as an LMS page loads it (scorm-again's browser builds).
const scormAgain = path.dirname(createRequire(import.meta.url).resolve('scorm-again/scorm12/min'));
const origin = `http://127.0.0.1:${PORT}`;

let work: string;
let browser: Browser;
let server: Server;
const packages: Record<string, string> = {};
/** Statements and state documents the test LRS received. */
const lrs = { statements: [] as Record<string, any>[], state: new Map<string, string>(), tokens: 0 };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** The test LMS page's globals. */
type LmsWindow = Window & { lmsApi: Scorm12API | Scorm2004API; lmsCalls: string[] };

function sendFile(res: ServerResponse, file: string) {
  if (!existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
}

/** The test LMS page: scorm-again's API in the top window, the package's launch page in a frame. */
function lmsPage(standard: 'scorm12' | 'scorm2004'): string {
  const [script, klass, global] = standard === 'scorm12' ? ['scorm12.min.js', 'Scorm12API', 'API'] : ['scorm2004.min.js', 'Scorm2004API', 'API_1484_11'];
  return `<!doctype html><html><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/${script}"></script></head><body>
<script>
  window.${global} = new ${klass}({ autocommit: false, logLevel: 5 });
  window.lmsApi = window.${global};
  window.lmsCalls = [];
  for (const call of ${JSON.stringify(standard === 'scorm12' ? ['LMSInitialize', 'LMSFinish', 'LMSCommit'] : ['Initialize', 'Terminate', 'Commit'])}) window.lmsApi.on(call, () => window.lmsCalls.push(call));
  if (window.savedByLms) window.lmsApi.loadFromJSON(window.savedByLms, '');
</script>
<iframe id="sco" src="/pkg/${standard}/launch.html" style="width:100%;height:95vh;border:0"></iframe>
</body></html>`;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', origin);
  if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
  const pkg = /^\/pkg\/(scorm12|scorm2004|cmi5)\/(.*)$/.exec(url.pathname);
  if (pkg) return sendFile(res, path.join(packages[pkg[1]!]!, decodeURIComponent(pkg[2]!) || 'index.html'));
  if (url.pathname.startsWith('/scorm-again/')) return sendFile(res, path.join(scormAgain, path.basename(url.pathname)));
  const lms = /^\/lms\/(scorm12|scorm2004)\.html$/.exec(url.pathname);
  if (lms) return res.writeHead(200, { 'Content-Type': 'text/html' }).end(lmsPage(lms[1] as 'scorm12'));
  // The test LRS: the cmi5 fetch URL, state documents and statements.
  if (url.pathname === '/lrs/fetch' && req.method === 'POST') {
    lrs.tokens++;
    return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ 'auth-token': 'dGVzdDp0ZXN0' }));
  }
  if (url.pathname.startsWith('/lrs/xapi/')) {
    if (req.headers.authorization !== 'Basic dGVzdDp0ZXN0') return res.writeHead(401).end('no token');
    if (!req.headers['x-experience-api-version']) return res.writeHead(400).end('no xAPI version header');
    if (url.pathname === '/lrs/xapi/statements' && req.method === 'POST') {
      const statement = JSON.parse(await body(req));
      lrs.statements.push(statement);
      return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify([statement.id]));
    }
    if (url.pathname === '/lrs/xapi/activities/state') {
      const key = `${url.searchParams.get('stateId')}|${url.searchParams.get('registration')}`;
      if (req.method === 'PUT' || req.method === 'POST') {
        lrs.state.set(key, await body(req));
        return res.writeHead(204).end();
      }
      const value = lrs.state.get(key);
      return value === undefined ? res.writeHead(404).end() : res.writeHead(200, { 'Content-Type': 'application/json' }).end(value);
    }
  }
  res.writeHead(404).end('not found');
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'wfbb-lms-e2e-'));
  const zips = await packageLms(distDir, work, { masteryScore: 0.8 });
  for (const zip of zips) {
    const standard = /-(scorm12|scorm2004|cmi5)\.zip$/.exec(zip)![1]!;
    expect(path.basename(zip)).toBe(`${name}-${version}-${standard}.zip`);
    packages[standard] = path.join(work, standard);
    unzip(zip, packages[standard]);
  }
  server = createServer((req, res) => void handle(req, res).catch((error) => res.writeHead(500).end(String(error))));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT, '127.0.0.1', resolve);
  });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The module's frame inside the launch page's frame inside the LMS page. */
function moduleFrame(page: Page): FrameLocator {
  return page.frameLocator('#sco').frameLocator('#module');
}

/** The module frame itself (to navigate it and read its storage). */
async function moduleFrameHandle(page: Page): Promise<Frame> {
  const find = () => page.frames().find((f) => f.parentFrame() !== null && f.parentFrame()?.parentFrame() === page.mainFrame());
  await expect.poll(() => find()?.url() ?? '', { timeout: 20_000 }).toMatch(/\.html$/);
  return find()!;
}

/** Opens a lesson in the module frame and answers its first `count` best-answer items; returns their ids. */
async function answerSingles(page: Page, lesson: string, count: number): Promise<string[]> {
  const frame = await moduleFrameHandle(page);
  await frame.goto(new URL(`lessons/${lesson}/index.html`, frame.url()).href);
  const module = moduleFrame(page);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const item = module.locator('[data-quiz-item][data-quiz-type="single"]').nth(i);
    await item.scrollIntoViewIfNeeded();
    await item.hover({ position: { x: 4, y: 4 } });
    await item.locator('.quiz__controls input[type="radio"]').first().check();
    const certainty = item.locator('.quiz__certainty input[type="radio"]');
    if (await certainty.count()) await certainty.last().check();
    await item.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => item.getAttribute('data-verdict'), { timeout: 15_000 }).toMatch(/^(correct|partial|incorrect)$/);
    ids.push((await item.getAttribute('data-quiz-item'))!);
  }
  return ids;
}

async function newLearner(saved?: unknown): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  // A fresh profile each time: nothing in localStorage, only what the LMS kept.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (saved !== undefined) await context.addInitScript((value) => ((window as unknown as { savedByLms: unknown }).savedByLms = value), saved);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  return { context, page, problems };
}

const genetics = 'genetics';

describe.each([
  { standard: 'scorm12' as const, v12: true },
  { standard: 'scorm2004' as const, v12: false },
])('$standard package in a SCORM runtime (scorm-again)', ({ standard, v12 }) => {
  it('reports status, score, interactions and compressed suspend_data in one session; a relaunch elsewhere restores the answers', async () => {
    const { context, page, problems } = await newLearner();
    await page.goto(`${origin}/lms/${standard}.html`);
    const answered = await answerSingles(page, genetics, 2);
    const held = async () => {
      const all = await page.evaluate(() => (window as unknown as LmsWindow).lmsApi.renderCommitCMI(false) as Record<string, any>);
      return (all.cmi ?? all) as Record<string, any>;
    };
    await expect.poll(async () => Object.keys((await held()).interactions ?? {}).length, { timeout: 15_000 }).toBe(2);
    const cmi = await held();
    const interactions = Object.values(cmi.interactions) as Record<string, string>[];
    expect(interactions.map((i) => i.id)).toEqual(answered);
    for (const interaction of interactions) {
      expect(interaction.type).toBe('choice');
      expect(interaction[v12 ? 'student_response' : 'learner_response']).toMatch(/^[a-z0-9]+$/);
      expect(interaction.result).toMatch(v12 ? /^(correct|wrong)$/ : /^(correct|incorrect)$/);
      expect(interaction.latency).toMatch(v12 ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT(\d+H)?(\d+M)?\d+(\.\d{1,2})?S$/);
      if (v12) expect(interaction.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
      else expect(interaction.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    const correct = interactions.filter((i) => i.result === 'correct').length;
    const score = v12 ? cmi.core.score : cmi.score;
    // Scaled over all 65 items of the module: two answers make a few per cent at most.
    expect(Number(score.raw)).toBe(Math.round((correct / 65) * 100));
    expect(score.max).toBe('100');
    if (v12) expect(cmi.core.lesson_status).toBe('incomplete');
    else {
      expect(cmi.completion_status).toBe('incomplete');
      expect(cmi.success_status).toBe('unknown');
      expect(Number(cmi.score.scaled)).toBeCloseTo(correct / 65, 3);
    }
    const suspend: string = cmi.suspend_data;
    expect(suspend.length).toBeGreaterThan(20);
    expect(suspend.length).toBeLessThanOrEqual(4096);

    // The learner leaves: the LMS removes the launch page's frame; the session ends once.
    await page.evaluate(() => document.getElementById('sco')!.remove());
    const calls = await page.evaluate(() => (window as unknown as LmsWindow).lmsCalls);
    const [init, finish] = v12 ? ['LMSInitialize', 'LMSFinish'] : ['Initialize', 'Terminate'];
    // Two pages opened (home, then the lesson), one session.
    expect(calls.filter((c) => c === init)).toEqual([init]);
    expect(calls.filter((c) => c === finish)).toEqual([finish]);
    const ended = await held();
    expect(v12 ? ended.core.exit : ended.exit).toBe('suspend');
    expect(v12 ? ended.core.session_time : ended.session_time).not.toMatch(/^(0000:00:00(\.00)?|PT0H0M0S|PT0S)$/);
    await context.close();
    expect(problems).toEqual([]);

    // Another computer: a fresh profile, only what the LMS kept.
    const again = await newLearner({ suspend_data: ended.suspend_data });
    await again.page.goto(`${origin}/lms/${standard}.html`);
    const frame = await moduleFrameHandle(again.page);
    // The home page's bridge merged the LMS's progress into this browser's store.
    await expect
      .poll(() => frame.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('wfbb-progress') ?? '{"items":{}}').items)), { timeout: 15_000 })
      .toEqual(answered);
    await frame.goto(new URL(`lessons/${genetics}/index.html`, frame.url()).href);
    for (const id of answered) {
      const item = moduleFrame(again.page).locator(`[data-quiz-item="${id}"]`);
      await item.scrollIntoViewIfNeeded();
      await expect.poll(() => item.getAttribute('data-verdict'), { timeout: 20_000 }).toMatch(/^(correct|incorrect)$/);
    }
    await again.page.screenshot({ path: `/tmp/lms-shots/${standard}-relaunch.png` });
    // Reset cannot work where the LMS merges its record back: the progress page says so instead.
    await frame.goto(new URL('../../progress/index.html', frame.url()).href);
    const progressPage = moduleFrame(again.page);
    await expect.poll(() => progressPage.locator('[data-lms-note]').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await progressPage.locator('[data-reset-progress]').isVisible()).toBe(false);
    expect(await progressPage.getByRole('button', { name: 'Export progress' }).isVisible()).toBe(true);
    await progressPage.locator('[data-lms-note]').scrollIntoViewIfNeeded();
    await again.page.screenshot({ path: `/tmp/lms-shots/${standard}-progress.png` });
    await again.context.close();
    expect(again.problems).toEqual([]);
  });
});

describe('scorm2004 package: the last answer completes the module', () => {
  it('sets completed and passed or failed against the mastery score, from resumed progress', async () => {
    const facts = JSON.parse(/<script type="application\/json" id="wfbb-lms-config">([\s\S]*?)<\/script>/.exec(readFileSync(path.join(packages.scorm2004!, 'launch.html'), 'utf8'))![1]!).facts;
    const last = facts.items.find((item: { lesson: string; type: string }) => item.lesson === genetics && item.type === 'single');
    const items: Record<string, unknown> = {};
    for (const item of facts.items) {
      if (item.id === last.id) continue;
      items[item.id] = { lastResponse: {}, lastGrade: { score: 1, verdict: 'correct' }, bestGrade: { score: 1, verdict: 'correct' }, attempts: 1, updatedAt: '2026-11-30T10:00:00.000Z', lesson: item.lesson };
    }
    const { encodeState } = await import('../../src/lms/codec.ts');
    const index = { ids: facts.items.map((i: { id: string }) => i.id), lessonOf: Object.fromEntries(facts.items.map((i: { id: string; lesson: string }) => [i.id, i.lesson])) };
    const suspend = await encodeState({ progress: { version: 1, items } as never, visited: facts.lessons }, index);
    const { context, page, problems } = await newLearner({ suspend_data: suspend });
    await page.goto(`${origin}/lms/scorm2004.html`);
    const held = async () => page.evaluate(() => (window as unknown as LmsWindow).lmsApi.renderCommitCMI(false) as Record<string, any>).then((all) => (all.cmi ?? all) as Record<string, any>);
    // Resumed, not yet complete: one item is left.
    await expect.poll(async () => (await held()).completion_status, { timeout: 15_000 }).toBe('incomplete');
    await answerSingles(page, genetics, 1);
    await expect.poll(async () => (await held()).completion_status, { timeout: 15_000 }).toBe('completed');
    const cmi = await held();
    const scaled = Number(cmi.score.scaled);
    expect(scaled).toBeGreaterThan(0.95);
    expect(cmi.success_status).toBe(scaled >= 0.8 ? 'passed' : 'failed');
    expect(cmi.progress_measure).toBe('1');
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('a SCORM package with no LMS around it', () => {
  it('says so once and keeps working in this browser', async () => {
    const { context, page, problems } = await newLearner();
    await page.goto(`${origin}/pkg/scorm2004/launch.html`);
    const note = page.locator('#lms-note');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/No LMS connection was found.*kept in this browser/);
    const module = page.frameLocator('#module');
    await module.locator('h1').first().waitFor();
    await page.screenshot({ path: '/tmp/lms-shots/no-lms.png' });
    // With no LMS, the progress page is the web one: reset offered, no LMS note.
    const inner = page.frames().find((f) => f.parentFrame() === page.mainFrame())!;
    await inner.goto(new URL('progress/index.html', inner.url()).href);
    await expect.poll(() => module.locator('[data-reset-progress]').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await module.locator('[data-lms-note]').isVisible()).toBe(false);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: '/tmp/lms-shots/no-lms-phone.png' });
    expect(problems.filter((p) => /No LMS connection/.test(p))).toHaveLength(1);
    expect(problems.filter((p) => !/No LMS connection/.test(p))).toEqual([]);
    await context.close();
  });
});

describe('cmi5 package against a test LRS', () => {
  it('sends initialized, answered, completed, passed or failed, terminated, each with the cmi5 context', async () => {
    const facts = JSON.parse(/<script type="application\/json" id="wfbb-lms-config">([\s\S]*?)<\/script>/.exec(readFileSync(path.join(packages.cmi5!, 'launch.html'), 'utf8'))![1]!).facts;
    const cmi5Xml = readFileSync(path.join(packages.cmi5!, 'cmi5.xml'), 'utf8');
    const auId = /<au id="([^"]+)"/.exec(cmi5Xml)![1]!;
    const registration = 'c9a1c7f4-5a0e-4d7e-9b1e-2b7f3f0a1d11';
    const sessionId = 'session-1';
    const actor = { objectType: 'Agent', name: 'Test Learner', account: { homePage: origin, name: 'learner-1' } };
    // The LMS writes LMS.LaunchData before the launch (cmi5 section 10).
    lrs.state.set(
      `LMS.LaunchData|${registration}`,
      JSON.stringify({
        contextTemplate: {
          contextActivities: { grouping: [{ id: `${auId}`, objectType: 'Activity' }] },
          extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
        },
        launchMode: 'Normal',
        moveOn: 'CompletedAndPassed',
        masteryScore: 0.8,
      }),
    );
    // A learner who has done all but one item of genetics and not yet opened it: the last answer completes the module.
    const { encodeState } = await import('../../src/lms/codec.ts');
    const last = facts.items.find((item: { lesson: string; type: string }) => item.lesson === genetics && item.type === 'single');
    const items: Record<string, unknown> = {};
    for (const item of facts.items) {
      if (item.id === last.id) continue;
      items[item.id] = { lastResponse: {}, lastGrade: { score: 1, verdict: 'correct' }, bestGrade: { score: 1, verdict: 'correct' }, attempts: 1, updatedAt: '2026-11-30T10:00:00.000Z', lesson: item.lesson };
    }
    const index = { ids: facts.items.map((i: { id: string }) => i.id), lessonOf: Object.fromEntries(facts.items.map((i: { id: string; lesson: string }) => [i.id, i.lesson])) };
    const text = await encodeState({ progress: { version: 1, items } as never, visited: facts.lessons.filter((l: string) => l !== genetics) }, index);
    lrs.state.set(`wfbb-progress|${registration}`, JSON.stringify({ text }));

    const { context, page, problems } = await newLearner();
    const query = new URLSearchParams({
      endpoint: `${origin}/lrs/xapi/`,
      fetch: `${origin}/lrs/fetch`,
      registration,
      activityId: auId,
      actor: JSON.stringify(actor),
    });
    await page.goto(`${origin}/pkg/cmi5/launch.html?${query}`);
    const frame = page.frames().find((f) => f.parentFrame() === page.mainFrame())!;
    await expect.poll(() => frame.url(), { timeout: 15_000 }).toMatch(/index\.html$/);
    await frame.goto(new URL(`lessons/${genetics}/index.html`, frame.url()).href);
    const item = page.frameLocator('#module').locator(`[data-quiz-item="${last.id}"]`);
    await item.scrollIntoViewIfNeeded();
    await item.hover({ position: { x: 4, y: 4 } });
    await item.locator('.quiz__controls input[type="radio"]').first().check();
    const certainty = item.locator('.quiz__certainty input[type="radio"]');
    if (await certainty.count()) await certainty.last().check();
    await item.getByRole('button', { name: 'Check answer' }).click();
    await expect.poll(() => lrs.statements.map((s) => s.verb.display['en-US']).filter((v) => v === 'completed').length, { timeout: 15_000 }).toBe(1);
    // The learner closes the window: terminated goes out as the page goes.
    await page.goto('about:blank');
    await expect.poll(() => lrs.statements.at(-1)?.verb.display['en-US'], { timeout: 15_000 }).toBe('terminated');
    await context.close();
    expect(problems).toEqual([]);

    const verbs = lrs.statements.map((s) => s.verb.display['en-US'] as string);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.slice(1, -3).every((v) => v === 'answered')).toBe(true);
    expect(verbs.slice(1, -3).length).toBeGreaterThanOrEqual(1);
    expect(verbs.slice(-3, -1)[0]).toBe('completed');
    expect(verbs.slice(-3, -1)[1]).toMatch(/^(passed|failed)$/);
    expect(lrs.tokens).toBe(1);
    const cmi5Category = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
    const moveOn = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
    for (const statement of lrs.statements) {
      const verb = statement.verb.display['en-US'];
      expect(statement.actor).toEqual(actor);
      expect(statement.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(statement.context.registration).toBe(registration);
      expect(statement.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(sessionId);
      expect(statement.context.contextActivities.grouping).toEqual([{ id: auId, objectType: 'Activity' }]);
      const categories = (statement.context.contextActivities.category ?? []).map((c: { id: string }) => c.id);
      if (verb === 'answered') {
        // cmi5 "allowed": no cmi5 category; the item is its own activity under the AU.
        expect(categories).not.toContain(cmi5Category);
        expect(statement.object.id).toBe(`${auId}/items/${last.id}`);
        expect(statement.object.definition.interactionType).toBe('choice');
        expect(statement.context.contextActivities.parent).toEqual([{ id: auId, objectType: 'Activity' }]);
        expect(statement.result.response).toMatch(/^[a-z0-9]+$/);
        expect(typeof statement.result.success).toBe('boolean');
        expect(statement.result.duration).toMatch(/^PT/);
      } else {
        expect(statement.object.id).toBe(auId);
        expect(categories).toContain(cmi5Category);
        if (['completed', 'passed', 'failed'].includes(verb)) expect(categories).toContain(moveOn);
        else expect(categories).not.toContain(moveOn);
      }
      if (verb === 'completed') expect(statement.result).toMatchObject({ completion: true });
      if (verb === 'passed' || verb === 'failed') {
        expect(statement.result.success).toBe(verb === 'passed');
        expect(statement.result.score.scaled >= 0.8).toBe(verb === 'passed');
      }
      if (verb === 'terminated') expect(statement.result.duration).toMatch(/^PT(\d+H)?(\d+M)?[\d.]+S$/);
    }
    // The resume state was saved for the registration.
    expect(JSON.parse(lrs.state.get(`wfbb-progress|${registration}`)!).completed).toBe(true);
  });
});

describe('what the web build and the portable copy ship', () => {
  it('has none of the LMS code; the LMS packages have it', async () => {
    const marker = /__wfbbLms|API_1484_11|LMSInitialize|cmi\.suspend_data/;
    const carrying = (dir: string) => builtFiles(dir).filter((f) => /\.(js|html)$/.test(f) && marker.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(carrying(distDir)).toEqual([]);
    const { buildPortable } = await import('../../scripts/portable/build.mjs');
    const portable = path.join(work, 'portable');
    await buildPortable(distDir, portable, { basePath: '/' });
    expect(carrying(portable)).toEqual([]);
    // The same check finds it in a package: in the launch page's script and in every page's bundle.
    const inPackage = carrying(packages.scorm12!);
    expect(inPackage).toContain('_lms/launch.js');
    expect(inPackage).toContain('_portable/lessons-genetics.js');
  });
});
