// scripts/lib/page-weight.mjs on a hand-made build: what counts, and in which tier. The same
// measurement runs on the real build in tests/e2e/budgets.test.ts and in `npm run bench`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, extractAssets, formatTable, measureSite, overBudget, type PageWeight } from '../../scripts/lib/page-weight.mjs';

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

// Built with BASE_PATH=/sub/: the folder sub/ holds what is served under /sub/.
const files: Record<string, string> = {
  'entry.js': 'import{a}from"./shared.js";import"./side.js";a();import("./lazy.js");',
  'shared.js': 'export const a=()=>1;export{b}from"./reexported.js";',
  'reexported.js': 'export const b=2;',
  'side.js': 'console.log("side");',
  'lazy.js': 'import"./lazy-dep.js";import"./shared.js";export default "only on demand";',
  'lazy-dep.js': 'export const l=1;',
  'preload.js': 'export const p=1;',
  'inline-dep.js': 'export const i=1;',
  'inline-lazy.js': 'export const il=1;',
  // A client:visible island: hydrates by itself, so counts on the first visit.
  'Island.js': 'import{a}from"./shared.js";export default a;',
  'client.js': 'export default ()=>{};',
  // Two client:engage islands: loaded only when the learner engages.
  'Engaged.js': 'import{a}from"./shared.js";import"./engage-dep.js";import("./grader.js");import("./lazy.js");export default a;',
  'engage-dep.js': 'import"./client.js";export const e=1;',
  'grader.js': 'import"./engage-dep.js";export const g=1;',
  'Notice.js': 'export default "notice";',
  'before.js': 'export default ()=>{};',
  'site.css': '@import "./extra.css";body{color:red}',
  'extra.css': 'p{margin:0}',
};
const inlineModule = 'import"/sub/_astro/inline-dep.js";import("/sub/_astro/inline-lazy.js");';
const engageIslands =
  '<astro-island component-url="/sub/_astro/Notice.js" renderer-url="/sub/_astro/client.js" before-hydration-url="/sub/_astro/before.js" ssr client="engage" opts="{&quot;value&quot;:&quot;notice&quot;}"></astro-island>' +
  '<astro-island component-url="/sub/_astro/Engaged.js" renderer-url="/sub/_astro/client.js" ssr client="engage"></astro-island>';
/** A page with all three kinds of code: scripts, a client:visible island and client:engage islands. */
const page = (preload: string) =>
  '<!doctype html><html><head><link rel="stylesheet" href="/sub/_astro/site.css">' +
  `<link rel="modulepreload" href="${preload}"><style>h1{font-size:2rem}</style>` +
  '<script>var t=1;</script><script type="application/ld+json">{"not":"code"}</script>' +
  `<script type="module">${inlineModule}</script></head><body>` +
  '<astro-island component-url="/sub/_astro/Island.js?v=1&amp;x=2" renderer-url="/sub/_astro/client.js" ssr client="visible"></astro-island>' +
  engageIslands +
  '<script type="module" src="/sub/_astro/entry.js"></script></body></html>';
/** A page whose only islands wait for engagement: their renderer is not first-visit code here. */
const engageOnly =
  `<!doctype html><html><body>${engageIslands}` +
  // An item whose props were cut out of the page (src/integrations/item-data.ts): its data script loads on engagement.
  '<astro-island component-url="/sub/_astro/Engaged.js" renderer-url="/sub/_astro/client.js" ssr client="engage" props="{&quot;$item&quot;:[0,&quot;zed/q1&quot;]}"></astro-island>' +
  '<script type="module" src="/sub/_astro/entry.js"></script></body></html>';
const itemData = '(self.__wfbbItemData??={})["zed/q1"]={"item":{"id":"q1"}};';

const pages: Record<string, string> = {
  'index.html': page('_astro/preload.js'),
  'lessons/x/index.html': page('../../_astro/preload.js'),
  'lessons/y/index.html': engageOnly,
};

const sizes = (names: string[]) => names.reduce((sum, name) => sum + gz(files[name]!), 0);
const astro = (names: string[]) => names.map((name) => `_astro/${name}`).sort();

describe('scripts/lib/page-weight.mjs on a hand-made build', () => {
  let dir: string;
  let site: string;
  let result: PageWeight[];
  const weight = (name: string) => result.find((w) => w.page === name)!;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'page-weight-'));
    site = path.join(dir, 'sub');
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.join(site, '_astro'), { recursive: true });
      writeFileSync(path.join(site, '_astro', name), content);
    }
    mkdirSync(path.join(site, 'item-data', 'zed'), { recursive: true });
    writeFileSync(path.join(site, 'item-data', 'zed', 'q1.js'), itemData);
    for (const [name, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
      writeFileSync(path.join(site, name), html);
    }
    result = await measureSite(site, { basePath: '/sub/' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each island with its directive and the URLs of its code', () => {
    const assets = extractAssets(pages['index.html']!);
    expect(assets.islands).toEqual([
      { client: 'visible', urls: ['/sub/_astro/Island.js?v=1&x=2', '/sub/_astro/client.js'] },
      { client: 'engage', urls: ['/sub/_astro/Notice.js', '/sub/_astro/client.js', '/sub/_astro/before.js'] },
      { client: 'engage', urls: ['/sub/_astro/Engaged.js', '/sub/_astro/client.js'] },
    ]);
    expect(assets.inlineModules).toEqual([inlineModule]);
    expect(assets.inlineJs).toEqual(['var t=1;', inlineModule]);
  });

  it('lists every page; lesson pages are lessons/<slug>/', () => {
    expect(result.map((w) => [w.page, w.lesson])).toEqual([
      ['', false],
      ['lessons/x/', true],
      ['lessons/y/', true],
    ]);
  });

  it('first visit: scripts, modulepreloads, inline code and its imports, self-hydrating islands, with their static imports', () => {
    const home = weight('');
    const js = ['entry.js', 'shared.js', 'reexported.js', 'side.js', 'preload.js', 'inline-dep.js', 'Island.js', 'client.js'];
    expect(home.files.js).toEqual(astro(js));
    const inline = gz(['var t=1;', inlineModule].join('\n'));
    expect(home.inline).toEqual({ js: inline, css: gz('h1{font-size:2rem}') });
    expect(home.js).toBe(sizes(js) + inline);
    expect(home.islands).toEqual({ onEngage: 2, other: 1 });
  });

  it('on engagement: the client:engage islands and their static imports, less what the first visit loads', () => {
    const home = weight('');
    // shared.js (imported by Engaged.js) and client.js (their renderer) are first-visit code already.
    const onEngage = ['Engaged.js', 'engage-dep.js', 'Notice.js', 'before.js'];
    expect(home.files.jsOnEngage).toEqual(astro(onEngage));
    expect(home.jsOnEngage).toBe(sizes(onEngage));
    expect(home.jsReturning).toBe(home.js + home.jsOnEngage);
    for (const file of home.files.jsOnEngage) expect(home.files.js).not.toContain(file);
  });

  it('on demand: import() from either tier, with what it imports, less what the other tiers hold', () => {
    const home = weight('');
    // grader.js imports engage-dep.js (on engagement); lazy.js imports shared.js (first visit);
    // lazy.js is reached from entry.js and Engaged.js and counts once.
    const onDemand = ['lazy.js', 'lazy-dep.js', 'grader.js', 'inline-lazy.js'];
    expect(home.files.jsOnDemand).toEqual(astro(onDemand));
    expect(home.jsOnDemand).toBe(sizes(onDemand));
  });

  it('a page whose only islands wait for engagement loads none of their code on a first visit', () => {
    const y = weight('lessons/y/');
    expect(y.files.js).toEqual(astro(['entry.js', 'shared.js', 'reexported.js', 'side.js']));
    expect(y.js).toBe(sizes(['entry.js', 'shared.js', 'reexported.js', 'side.js']));
    expect(y.files.jsOnEngage).toEqual([...astro(['Engaged.js', 'engage-dep.js', 'client.js', 'Notice.js', 'before.js']), 'item-data/zed/q1.js']);
    expect(y.jsOnEngage).toBe(sizes(['Engaged.js', 'engage-dep.js', 'client.js', 'Notice.js', 'before.js']) + gz(itemData));
    expect(y.files.itemData).toEqual(['item-data/zed/q1.js']);
    expect(y.itemData).toBe(gz(itemData));
    expect(y.files.jsOnDemand).toEqual(astro(['lazy.js', 'lazy-dep.js', 'grader.js']));
    expect(y.inline).toEqual({ js: 0, css: 0 });
    expect(y.islands).toEqual({ onEngage: 3, other: 0 });
  });

  it('counts stylesheets with their @imports and inline styles; relative URLs resolve against the page', () => {
    const [home, lesson] = [weight(''), weight('lessons/x/')];
    expect(home.files.css).toEqual(['_astro/extra.css', '_astro/site.css']);
    expect(home.css).toBe(gz(files['site.css']!) + gz(files['extra.css']!) + gz('h1{font-size:2rem}'));
    expect(home.html).toBe(gz(pages['index.html']!));
    expect(lesson.files).toEqual(home.files);
    expect(lesson.js).toBe(home.js);
  });

  it('holds the JavaScript budget against first-visit JavaScript only, on every page, and names the files counted', () => {
    const home = weight('');
    const lesson = weight('lessons/x/');
    // Between first visit and returning total: only the first visit may fail it.
    expect(overBudget(result, { js: lesson.jsReturning, html: 1e6, css: 1e6 })).toEqual([]);
    const problems = overBudget(result, { js: weight('lessons/y/').js - 1, html: 1e6, css: 10 });
    expect(problems).toHaveLength(5); // CSS of the two pages with CSS, JavaScript of all three pages
    expect(problems.join('\n')).toMatch(/^\/: first-visit JavaScript .* over the per-page budget .*_astro\/Island\.js/m);
    expect(problems.join('\n')).toMatch(/^\/lessons\/x\/: first-visit JavaScript .* over the per-page budget .*_astro\/Island\.js/m);
    expect(problems.join('\n')).not.toMatch(/Engaged\.js/);
    expect(home.lesson).toBe(false);
  });

  it('holds the HTML budget against the uncompressed bytes of every page', () => {
    const y = weight('lessons/y/');
    expect(y.htmlBytes).toBe(Buffer.byteLength(pages['lessons/y/index.html']!));
    expect(overBudget(result, { js: 1e6, html: Math.max(...result.map((w) => w.htmlBytes)), css: 1e6 })).toEqual([]);
    const problems = overBudget(result, { js: 1e6, html: Math.min(...result.map((w) => w.htmlBytes)) - 1, css: 1e6 });
    expect(problems).toEqual(['/', '/lessons/x/', '/lessons/y/'].map((name) => expect.stringMatching(new RegExp(`^${name.replace(/\//g, '\\/')}: HTML .* uncompressed is over`))));
  });

  it('tabulates every tier', () => {
    const table = formatTable(result).split('\n');
    expect(table[0]).toMatch(/HTML\s+HTML gz\s+CSS gz\s+JS 1st visit\s+\+ on engage\s+= returning\s+\+ on demand/);
    expect(table.find((row) => row.startsWith('/lessons/y/'))).toMatch(/ok$/);
  });

  it('fails loudly when a referenced file is missing from the build', async () => {
    writeFileSync(path.join(site, 'broken.html'), '<astro-island component-url="/sub/_astro/gone.js" client="engage"></astro-island>');
    try {
      await expect(measureSite(site, { basePath: '/sub/' })).rejects.toThrow(/broken\.html: .*gone\.js.* not in the build/);
    } finally {
      rmSync(path.join(site, 'broken.html'));
    }
  });
});
