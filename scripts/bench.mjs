#!/usr/bin/env node
// `npm run bench` (= `npm run build && node scripts/bench.mjs`): the module's measured quality.
//
//   node scripts/bench.mjs [dir] [--runs N] [--no-lighthouse] [--server gzip|plain|both] [--pages a/,b/]
//
// 1. Page weight of every page in the production build (dir, default dist/): HTML, CSS and
//    JavaScript gzipped (level 9), against the budgets in the README (JavaScript a first visit to a
//    lesson page loads before any interaction <= 16 KB, CSS of every page <= 12 KB). JavaScript is
//    shown in tiers: first visit (the budget), what engaging with the quiz items adds (client:engage
//    islands; also what a returning learner with saved answers loads), the returning total, and what
//    import() may add on demand (grading, projector). See scripts/lib/page-weight.mjs for what counts.
// 2. Lighthouse (mobile preset: the default config, simulated throttling) on every page, served from
//    loopback by scripts/serve.mjs twice: behind gzip, as production hosts serve static files, and
//    plain, as many intranet shares do (--server gzip|plain picks one; --no-compression = plain;
//    --pages limits the pages, for a quick check); the bars apply to both. In the system Chromium (CHROME_PATH, default
//    /usr/bin/chromium). Each page is measured N times (default 3) in a fresh browser and the median
//    run (Lighthouse's own computeMedianRun) is kept. Bars: performance >= 0.95, accessibility 1,
//    best practices 1. Nothing leaves the machine: the site is on 127.0.0.1 and Chromium runs with
//    background networking, component updates and sync switched off.
//
// Results go to bench/results.json (committed: the latest figures; not written with --no-lighthouse);
// full Lighthouse reports to bench/lighthouse/ (not committed). Exits 1 when any budget or bar is missed, saying which.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { BUDGETS, formatKB, formatTable, measureSite, overBudget } from './lib/page-weight.mjs';
import { serve } from './serve.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--runs', '--server', '--pages'].includes(args[i - 1])));
const distDir = path.resolve(positional[0] ?? path.join(root, 'dist'));
const basePath = process.env.BASE_PATH ?? '/';
const runs = Math.max(1, Number(option('--runs', process.env.BENCH_RUNS ?? '3')) || 1);
const withLighthouse = !flag('--no-lighthouse');
/** Lighthouse behind gzip (as production hosts serve) and from a plain server (as many intranet shares serve). */
const SERVERS = Object.freeze({
  gzip: '(scripts/serve.mjs behind gzip, as production static hosts serve)',
  plain: '(scripts/serve.mjs uncompressed, as many intranet shares serve)',
});
const serverOption = flag('--no-compression') ? 'plain' : option('--server', 'both');
if (!['gzip', 'plain', 'both'].includes(serverOption)) {
  console.error(`--server must be gzip, plain or both, not ${serverOption}`);
  process.exit(2);
}
const servers = serverOption === 'both' ? ['gzip', 'plain'] : [serverOption];
// --pages ",lessons/genetics/": measure only these pages ("" is the home page), for a quick check.
const pagesOption = option('--pages', null);
const onlyPages = pagesOption === null ? null : pagesOption.split(',').map((p) => p.trim().replace(/^\//, ''));
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Lighthouse bars (scores 0..1). */
const BARS = Object.freeze({ performance: 0.95, accessibility: 1, 'best-practices': 1 });
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-first-run',
];

/**
 * A front for scripts/serve.mjs that gzips text responses, as production static hosts do (GitHub
 * Pages, Netlify, nginx with gzip on): without it, Lighthouse would time the download of
 * uncompressed HTML that no learner receives. `--no-compression` measures the bare server.
 * @param {string} upstreamUrl
 * @returns {Promise<{ server: http.Server, url: string }>}
 */
function gzipFront(upstreamUrl) {
  const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;
  const server = http.createServer((req, res) => {
    const forward = http.request(new URL(req.url ?? '/', upstreamUrl), { method: req.method, headers: req.headers }, (answer) => {
      const headers = { ...answer.headers };
      const gzip =
        /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
        COMPRESSIBLE.test(String(answer.headers['content-type'] ?? '')) &&
        !answer.headers['content-encoding'] &&
        answer.statusCode !== 304 &&
        req.method !== 'HEAD';
      if (gzip) {
        delete headers['content-length'];
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      }
      res.writeHead(answer.statusCode ?? 502, headers);
      (gzip ? answer.pipe(createGzip({ level: 6 })) : answer).pipe(res);
    });
    forward.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(forward);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ server, url: `http://127.0.0.1:${address.port}/` });
    });
  });
}

const failures = [];

// 1. Page weight
console.log(`Page weight of ${path.relative(root, distDir) || '.'} (gzip level 9; base path ${basePath})\n`);
const weights = await measureSite(distDir, { basePath });
console.log(formatTable(weights));
const lessons = weights.filter((w) => w.lesson);
if (lessons.length === 0) failures.push('No lesson pages found in the build (expected lessons/<slug>/index.html).');
const heaviest = lessons.reduce((a, b) => (b.js > a.js ? b : a), lessons[0]);
const heaviestReturning = lessons.reduce((a, b) => (b.jsReturning > a.jsReturning ? b : a), lessons[0]);
const heaviestCss = weights.reduce((a, b) => (b.css > a.css ? b : a), weights[0]);
const heaviestJs = weights.reduce((a, b) => (b.js > a.js ? b : a), weights[0]);
const heaviestHtml = weights.reduce((a, b) => (b.htmlBytes > a.htmlBytes ? b : a), weights[0]);
if (heaviest) {
  console.log(
    `\nBudgets, every page: HTML ${formatKB(BUDGETS.html)} uncompressed (heaviest /${heaviestHtml.page}, ${formatKB(heaviestHtml.htmlBytes)}); ` +
      `JavaScript on a first visit ${formatKB(BUDGETS.js)} gzipped (heaviest /${heaviestJs.page}, ${formatKB(heaviestJs.js)}).\n` +
      `Heaviest lesson page on a first visit: /${heaviest.page}, JavaScript ${formatKB(heaviest.js)}; ` +
      `heaviest CSS: /${heaviestCss.page}, ${formatKB(heaviestCss.css)} of ${formatKB(BUDGETS.css)}.\n` +
      `Heaviest for a learner who engages with every item (or returns with saved answers): /${heaviestReturning.page}, ` +
      `${formatKB(heaviestReturning.jsReturning)} (${formatKB(heaviestReturning.js)} + ${formatKB(heaviestReturning.jsOnEngage)} on engagement; not budgeted).`,
  );
}
const budgetProblems = overBudget(weights);
failures.push(...budgetProblems);

// 2. Lighthouse
/** @type {Record<string, { server: string, pages: any[] }>} */
const lighthouseResults = {};
let lighthouseVersion = null;
let browserVersion = null;
if (withLighthouse) {
  const { default: lighthouse } = await import('lighthouse');
  const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
  const chromeLauncher = await import('chrome-launcher');
  lighthouseVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version;
  try {
    browserVersion = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    console.error(`\nChromium not found at ${chromePath}: set CHROME_PATH to a Chromium or Chrome binary.`);
    process.exit(1);
  }
  const reportDir = path.join(root, 'bench', 'lighthouse');
  mkdirSync(reportDir, { recursive: true });
  // Every page, as the budget applies to every page, under each kind of server asked for.
  const targets = weights.map((w) => w.page).filter((page) => !onlyPages || onlyPages.includes(page));
  for (const mode of servers) {
    const results = [];
    const upstream = await serve(distDir, 0, '127.0.0.1', basePath);
    const { server, url: origin } = mode === 'gzip' ? await gzipFront(upstream.url) : upstream;
    const siteUrl = origin.replace(/\/$/, '') + (basePath.endsWith('/') ? basePath : `${basePath}/`);
    console.log(
      `\nLighthouse ${lighthouseVersion} (mobile preset, simulated throttling), ${browserVersion}, median of ${runs} run(s) per page, ` +
        `at ${siteUrl} ${SERVERS[mode]}`,
    );
    try {
      for (const page of targets) {
        const url = siteUrl + page;
        const lhrs = [];
        const reports = [];
        for (let run = 0; run < runs; run++) {
          const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
          try {
            const result = await lighthouse(url, {
              port: chrome.port,
              output: 'html',
              logLevel: 'error',
              onlyCategories: Object.keys(BARS),
            });
            if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
            if (result.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
            lhrs.push(result.lhr);
            reports.push(result.report);
          } finally {
            chrome.kill();
          }
        }
        const lhr = computeMedianRun(lhrs);
        const slug = `${page.replace(/\/$/, '').replace(/\//g, '-').replace(/\.html$/, '') || 'home'}-${mode}`;
        writeFileSync(path.join(reportDir, `${slug}.html`), String(reports[lhrs.indexOf(lhr)]));
        const scores = Object.fromEntries(Object.keys(BARS).map((id) => [id, lhr.categories[id]?.score ?? null]));
        const metric = (id) => (lhr.audits[id]?.numericValue === undefined ? null : Math.round(lhr.audits[id].numericValue * 1000) / 1000);
        const entry = {
          page: `/${page}`,
          scores,
          runs: lhrs.map((r) => Object.fromEntries(Object.keys(BARS).map((id) => [id, r.categories[id]?.score ?? null]))),
          metrics: {
            firstContentfulPaintMs: metric('first-contentful-paint'),
            largestContentfulPaintMs: metric('largest-contentful-paint'),
            totalBlockingTimeMs: metric('total-blocking-time'),
            cumulativeLayoutShift: metric('cumulative-layout-shift'),
            speedIndexMs: metric('speed-index'),
          },
          // Audits that cost points, so a failure says what to fix.
          failingAudits: Object.keys(BARS).flatMap((id) =>
            (lhr.categories[id]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
              .map((ref) => ({ category: id, audit: ref.id, score: lhr.audits[ref.id].score, title: lhr.audits[ref.id].title, displayValue: lhr.audits[ref.id].displayValue ?? null })),
          ),
          // Where the time and bytes go (Lighthouse diagnostics, not scored on their own).
          diagnostics: {
            domElements: lhr.audits['dom-size']?.numericValue ?? null,
            totalByteWeight: lhr.audits['total-byte-weight']?.numericValue ?? null,
            mainThreadMs: Object.fromEntries(
              (lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.groupLabel ?? i.group, Math.round(i.duration)]),
            ),
            scriptBootupMs: (lhr.audits['bootup-time']?.details?.items ?? [])
              .slice(0, 5)
              .map((i) => ({ url: String(i.url).replace(siteUrl, '/'), totalMs: Math.round(i.total), scriptingMs: Math.round(i.scripting) })),
            longTasks: (lhr.audits['long-tasks']?.details?.items ?? [])
              .slice(0, 5)
              .map((i) => ({ url: String(i.url).replace(siteUrl, '/'), startMs: Math.round(i.startTime), durationMs: Math.round(i.duration) })),
          },
          warnings: lhr.runWarnings ?? [],
        };
        results.push(entry);
        const shown = Object.entries(scores).map(([id, s]) => `${id} ${s === null ? 'n/a' : Math.round(s * 100)}`).join(', ');
        console.log(`  /${page.padEnd(32)} ${shown}`);
        for (const [id, bar] of Object.entries(BARS)) {
          const score = scores[id];
          if (score === null || score < bar) {
            const why = entry.failingAudits.filter((a) => a.category === id).map((a) => `${a.audit} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`);
            failures.push(`/${page} (${mode}): Lighthouse ${id} ${score === null ? 'missing' : score} is below ${bar}${why.length ? `: ${why.join('; ')}` : ''}`);
          }
        }
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
      if (server !== upstream.server) await new Promise((resolve) => upstream.server.close(resolve));
    }
    lighthouseResults[mode] = { server: SERVERS[mode], pages: results };
  }
}

// 3. Results
const results = {
  generatedAt: new Date().toISOString(),
  command: 'npm run bench',
  build: path.relative(root, distDir) || '.',
  basePath,
  budgets: { pageFirstVisitJsGzipBytes: BUDGETS.js, pageHtmlBytes: BUDGETS.html, pageCssGzipBytes: BUDGETS.css, gzipLevel: 9 },
  pageWeight: {
    // jsFirstVisit: loaded before any interaction (the budget); jsOnEngage: added when the learner
    // engages with the quiz items (client:engage islands), also what a returning learner with saved
    // answers loads; jsReturning = jsFirstVisit + jsOnEngage; jsOnDemand: import() on an interaction.
    // See scripts/lib/page-weight.mjs.
    heaviestLessonJs: heaviest ? { page: `/${heaviest.page}`, jsFirstVisitGzipBytes: heaviest.js } : null,
    heaviestLessonJsReturning: heaviestReturning
      ? { page: `/${heaviestReturning.page}`, jsReturningGzipBytes: heaviestReturning.jsReturning }
      : null,
    heaviestCss: heaviestCss ? { page: `/${heaviestCss.page}`, cssGzipBytes: heaviestCss.css } : null,
    pages: weights.map((w) => ({
      page: `/${w.page}`,
      lesson: w.lesson,
      htmlBytes: w.htmlBytes,
      htmlGzipBytes: w.html,
      cssGzipBytes: w.css,
      jsFirstVisitGzipBytes: w.js,
      jsOnEngageGzipBytes: w.jsOnEngage,
      jsReturningGzipBytes: w.jsReturning,
      jsOnDemandGzipBytes: w.jsOnDemand,
      inlineCssGzipBytes: w.inline.css,
      inlineJsGzipBytes: w.inline.js,
      islands: w.islands,
      cssFiles: w.files.css,
      jsFirstVisitFiles: w.files.js,
      jsOnEngageFiles: w.files.jsOnEngage,
      jsOnDemandFiles: w.files.jsOnDemand,
    })),
  },
  lighthouse: withLighthouse
    ? {
        version: lighthouseVersion,
        browser: browserVersion,
        preset: 'mobile (default config), simulated throttling',
        runsPerPage: runs,
        bars: BARS,
        servers: lighthouseResults,
      }
    : null,
  passed: failures.length === 0,
  failures,
};
if (withLighthouse) {
  // A partial run (--no-lighthouse, --pages, one server) never overwrites the committed figures.
  const partial = onlyPages !== null || servers.length < 2;
  const file = partial ? path.join('bench', 'lighthouse', 'results-partial.json') : path.join('bench', 'results.json');
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), `${JSON.stringify({ ...results, partial }, null, 2)}\n`);
  console.log(`\nResults written to ${file}; Lighthouse reports in bench/lighthouse/.`);
}

if (failures.length) {
  console.error(`\nnpm run bench: ${failures.length} problem(s):\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log(withLighthouse ? '\nnpm run bench: every budget and bar met.' : '\nnpm run bench: every page-weight budget met (Lighthouse not run).');
