// Page weight of a built site: for every HTML page, the bytes a browser downloads, gzipped (zlib
// level 9), split into HTML, CSS and three tiers of JavaScript by WHEN the code loads.
//
// What counts for a page:
// - HTML: the document itself.
// - CSS: every <link rel="stylesheet">, the CSS files they @import, and the inline <style> blocks.
// - js, "first visit": the JavaScript a first visit loads before any interaction. This is what the
//   per-page budget (16 KB, the design's quality bars; every page) applies to. It holds every
//   <script src> (module or classic), every <link rel="modulepreload">, the inline scripts (among
//   them Astro's island runtime and the client:engage directive, which Astro inlines), the inline
//   module scripts' static imports, the code of every island hydrated by a directive other than
//   client:engage (the component-url, renderer-url and before-hydration-url of <astro-island>:
//   client:load, idle, visible, media and only all hydrate without the learner doing anything, so
//   they are counted whether or not they are in view), and, recursively, every module those files
//   import statically.
// - jsOnEngage: the code of the islands marked client:engage (client="engage" in the HTML, see
//   src/client-directives/engage.ts) and their static imports, less what js already holds, and the
//   data of their items (item-data/<lesson>/<id>.js, which the directive loads before hydrating). Such an
//   island loads nothing until the learner engages with it (pointer over it, focus in it, a touch),
//   until it scrolls into view with saved progress in localStorage, or until the document event
//   `quiz:hydrate` (projector mode); with empty storage and no interaction none of it is fetched.
//   It is the most a learner who works through the items adds to js, and also what a returning
//   learner with saved answers loads (at most: only the item types answered before).
// - jsReturning = js + jsOnEngage: the total for an engaged or returning learner, for reporting.
// - jsOnDemand: code that only a dynamic import() reached from js or jsOnEngage loads (grading an
//   answer, projector mode, a search query), with everything it imports, less what js and jsOnEngage
//   already hold. Reported for information, outside the budget.
// Each file counts once per page and in one tier only (the earliest it loads in), however many
// pages, islands or modules reference it.
//
// es-module-lexer and ultrahtml are the parsers Astro and Vite themselves use (direct devDependencies here).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeHTMLStrict } from 'entities'; // the one decoder (src/text/entities.ts uses it too)
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { parse as parseHtml, walkSync, ELEMENT_NODE, TEXT_NODE } from 'ultrahtml';

/** The budgets of the design's quality bars, in bytes: gzipped, except html (uncompressed). */
export const BUDGETS = Object.freeze({
  /** JavaScript of every page on a first visit, before any engagement (gzipped). */
  js: 16 * 1024,
  /** HTML of every page as a plain server sends it: uncompressed bytes (issue 17). */
  html: 200 * 1024,
  /** CSS of every page. */
  css: 12 * 1024,
});

/**
 * Pages held to a budget on the item data that engaging loads (gzipped; `itemData` of a page):
 * the self-assessment loads its twelve questions' scripts (about 15 KB), not the lessons they come
 * from (60 KB before; issue 17: the review and self-assessment pages ship only what they show).
 * @type {Readonly<Record<string, number>>}
 */
export const ITEM_DATA_BUDGETS = Object.freeze({ 'self-assessment/': 20 * 1024 });

/** @param {string | Buffer} content @returns {number} bytes after gzip at level 9 */
export function gzipSize(content) {
  return gzipSync(typeof content === 'string' ? Buffer.from(content) : content, { level: 9 }).length;
}

/** Every built HTML page, relative to the site root ('' is the home page, '404.html' the not-found page). */
export function listPages(distDir) {
  /** @type {string[]} */
  const pages = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        // _astro holds assets, pagefind the search index, dot folders are build leftovers.
        if (!name.startsWith('_') && !name.startsWith('.') && name !== 'pagefind') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = path.relative(distDir, full).split(path.sep).join('/');
        pages.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

/** A lesson page: lessons/<slug>/ (not the lesson list at lessons/). */
export function isLessonPage(page) {
  return /^lessons\/[^/]+\/$/.test(page);
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Island directives (the `client` attribute of <astro-island>) whose code a first visit does not
 * load: it waits for the learner (src/client-directives/engage.ts). Every other directive hydrates
 * by itself (load, idle, visible, media, only) and counts on the first visit.
 */
export const ON_ENGAGE_DIRECTIVES = Object.freeze(['engage']);

/**
 * Parses one HTML document and lists what it loads.
 * @param {string} html
 * @returns {{ scripts: string[], modulepreloads: string[], stylesheets: string[], islands: Island[], inlineJs: string[], inlineModules: string[], inlineCss: string[] }}
 *   islands: one entry per <astro-island>, with its directive (`client`: 'load', 'visible', 'engage'...)
 *   and the URLs of its code; inlineModules: the inline `type="module"` scripts (also in inlineJs).
 * @typedef {{ client: string, urls: string[] }} Island
 */
export function extractAssets(html) {
  /** @type {ReturnType<typeof extractAssets>} */
  const found = { scripts: [], modulepreloads: [], stylesheets: [], islands: [], inlineJs: [], inlineModules: [], inlineCss: [] };
  /** @param {any} node */
  const text = (node) =>
    node.children.filter((/** @type {any} */ c) => c.type === TEXT_NODE).map((/** @type {any} */ c) => c.value).join('');
  walkSync(parseHtml(html), (/** @type {any} */ node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attrs = /** @type {Record<string, string>} */ (node.attributes ?? {});
    const attr = (/** @type {string} */ name) => (name in attrs ? decodeHTMLStrict(String(attrs[name])) : undefined);
    switch (node.name) {
      case 'script': {
        const type = (attr('type') ?? '').trim().toLowerCase();
        if (!JS_TYPES.has(type)) return; // JSON, import maps, templates: data, not code
        const src = attr('src');
        if (src) found.scripts.push(src);
        else if (text(node).trim()) {
          found.inlineJs.push(text(node));
          if (type === 'module') found.inlineModules.push(text(node));
        }
        return;
      }
      case 'style':
        if (text(node).trim()) found.inlineCss.push(text(node));
        return;
      case 'link': {
        const rel = (attr('rel') ?? '').toLowerCase().split(/\s+/);
        const href = attr('href');
        if (!href) return;
        if (rel.includes('stylesheet')) found.stylesheets.push(href);
        else if (rel.includes('modulepreload')) found.modulepreloads.push(href);
        return;
      }
      case 'astro-island': {
        const urls = /** @type {string[]} */ (['component-url', 'renderer-url', 'before-hydration-url'].map(attr).filter(Boolean));
        found.islands.push({ client: (attr('client') ?? '').trim(), urls });
        return;
      }
    }
  });
  return found;
}

/**
 * Maps a URL found in a page (or a module) to a file in the build.
 * @param {string} distDir
 * @param {string} basePath the base the site was built with ('/' or '/some/path/')
 * @param {string} fromUrl the URL path of the referencing page or file (e.g. '/lessons/the-case/')
 * @param {string} ref
 * @returns {{ url: string, file: string } | null} null for other hosts and data: URLs
 */
function resolveRef(distDir, basePath, fromUrl, ref) {
  const url = new URL(ref, new URL(fromUrl, 'http://site.invalid'));
  if (url.origin !== 'http://site.invalid') return null;
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  let pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(base)) throw new Error(`${ref} (from ${fromUrl}) lies outside the base path ${base}`);
  pathname = pathname.slice(base.length);
  return { url: url.pathname, file: path.join(distDir, ...pathname.split('/')) };
}

/**
 * Measures every page of a built site.
 * @param {string} distDir the build (dist/ or the test build)
 * @param {{ basePath?: string }} [options] basePath: the BASE_PATH the site was built with (default '/')
 * @returns {Promise<PageWeight[]>}
 *
 * @typedef {{ page: string, lesson: boolean, html: number, htmlBytes: number, css: number, js: number, jsOnEngage: number,
 *   jsReturning: number, jsOnDemand: number, itemData: number,
 *   files: { css: string[], js: string[], jsOnEngage: string[], jsOnDemand: string[], itemData: string[] },
 *   inline: { css: number, js: number }, islands: { onEngage: number, other: number } }} PageWeight
 *   All sizes in bytes gzipped but htmlBytes (the HTML uncompressed, as a plain server sends it); what each tier holds is told at the top of this file.
 *   js: first visit, before any interaction (the budget); jsOnEngage: added when the learner engages
 *   with the client:engage islands (or returns with saved answers); jsReturning: js + jsOnEngage;
 *   jsOnDemand: what import() may add later, outside the budget; itemData: the item-data scripts
 *   among jsOnEngage (the data of the items the page refers to). files: the external files counted
 *   in each tier (paths relative to distDir; no file is in two tiers); inline: gzipped bytes of the
 *   page's inline <style> and <script> blocks (part of css and js); islands: how many
 *   <astro-island>s wait for engagement and how many hydrate by themselves.
 */
export async function measureSite(distDir, options = {}) {
  const basePath = options.basePath ?? '/';
  const root = path.resolve(distDir);
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`No build at ${root} (index.html missing).`);
  await initLexer;

  /** @type {Map<string, number>} */
  const sizeCache = new Map();
  const sizeOf = (/** @type {string} */ file) => {
    let size = sizeCache.get(file);
    if (size === undefined) {
      size = gzipSize(readFileSync(file));
      sizeCache.set(file, size);
    }
    return size;
  };
  /** @typedef {{url: string, file: string}} Ref */
  /** @typedef {{static: Ref[], dynamic: Ref[]}} Imports */
  /**
   * Imports of JavaScript module source: static (import/export-from) and dynamic (import() of a literal).
   * @param {string} source @param {string} fromUrl @param {string} name @returns {Imports}
   */
  const parseImports = (source, fromUrl, name) => {
    const [imports] = parseModule(source, name);
    /** @type {Imports} */
    const deps = { static: [], dynamic: [] };
    for (const spec of imports) {
      // d === -1: static; d >= 0: dynamic import(); d === -2: import.meta (not an import).
      if (spec.n === undefined || spec.d === -2) continue;
      const dep = resolveRef(root, basePath, fromUrl, spec.n);
      if (dep) (spec.d === -1 ? deps.static : deps.dynamic).push(dep);
    }
    return deps;
  };
  /** @type {Map<string, Imports>} */
  const importCache = new Map();
  const importsOf = (/** @type {Ref} */ mod) => {
    let deps = importCache.get(mod.file);
    if (!deps) {
      deps = parseImports(readFileSync(mod.file, 'utf8'), mod.url, mod.file);
      importCache.set(mod.file, deps);
    }
    return deps;
  };
  /** @type {Map<string, {url: string, file: string}[]>} */
  const cssImportCache = new Map();
  const cssImports = (/** @type {{url: string, file: string}} */ sheet) => {
    let deps = cssImportCache.get(sheet.file);
    if (!deps) {
      deps = [];
      const css = readFileSync(sheet.file, 'utf8');
      for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?/g)) {
        const dep = resolveRef(root, basePath, sheet.url, m[1]);
        if (dep) deps.push(dep);
      }
      cssImportCache.set(sheet.file, deps);
    }
    return deps;
  };
  const onEngage = new Set(ON_ENGAGE_DIRECTIVES);

  const results = [];
  for (const page of listPages(root)) {
    const htmlFile = path.join(root, ...`${page === '' || page.endsWith('/') ? `${page}index.html` : page}`.split('/'));
    const html = readFileSync(htmlFile, 'utf8');
    const pageUrl = (basePath.endsWith('/') ? basePath : `${basePath}/`) + page;
    const assets = extractAssets(html);
    const need = (/** @type {string} */ file, /** @type {string} */ ref) => {
      if (!existsSync(file)) throw new Error(`${page || '/'}: ${ref} is referenced but ${path.relative(root, file)} is not in the build.`);
    };
    /** Every JS file counted for this page, in whichever tier, with its URL. @type {Map<string, Ref>} */
    const seen = new Map();
    /**
     * Adds a module and everything it imports statically to a tier (files already in a tier stay there).
     * @param {Set<string>} tier @param {Ref} mod @param {string} ref
     */
    const addModule = (tier, mod, ref) => {
      if (seen.has(mod.file)) return;
      need(mod.file, ref);
      seen.set(mod.file, mod);
      tier.add(mod.file);
      for (const dep of importsOf(mod).static) addModule(tier, dep, `${dep.url} (imported by ${mod.url})`);
    };
    /** Adds the modules a page reference points to (null: another host, not counted). @param {Set<string>} tier @param {string} ref */
    const addRef = (tier, ref) => {
      const mod = resolveRef(root, basePath, pageUrl, ref);
      if (mod) addModule(tier, mod, ref);
    };

    // 1. First visit: scripts, modulepreloads, inline module imports, self-hydrating islands.
    /** @type {Set<string>} */
    const jsFiles = new Set();
    for (const ref of [...assets.scripts, ...assets.modulepreloads]) addRef(jsFiles, ref);
    /** import() in the inline module scripts: on demand, like any other import(). @type {Ref[]} */
    const inlineDynamic = [];
    for (const [i, source] of assets.inlineModules.entries()) {
      const deps = parseImports(source, pageUrl, `${page || '/'} inline module script ${i + 1}`);
      for (const dep of deps.static) addModule(jsFiles, dep, `${dep.url} (imported by an inline module script)`);
      inlineDynamic.push(...deps.dynamic);
    }
    const engageIslands = assets.islands.filter((island) => onEngage.has(island.client));
    const otherIslands = assets.islands.filter((island) => !onEngage.has(island.client));
    for (const island of otherIslands) for (const ref of island.urls) addRef(jsFiles, ref);

    // 2. On engagement (or return with saved answers): the client:engage islands' code, less the above.
    /** @type {Set<string>} */
    const engageFiles = new Set();
    for (const island of engageIslands) for (const ref of island.urls) addRef(engageFiles, ref);
    // The items' data: an island whose props were cut out of the page (src/integrations/item-data.ts)
    // loads item-data/<lesson>/<id>.js, a classic script, for each item it refers to when it hydrates.
    /** @type {Set<string>} */
    const itemDataFiles = new Set();
    for (const ref of new Set([...html.matchAll(/&quot;\$item&quot;:\[0,&quot;([^/&]+\/[^/&]+)&quot;\]/g)].map((m) => m[1]))) {
      const file = path.join(root, 'item-data', ...`${ref}.js`.split('/'));
      need(file, `item-data/${ref}.js (the data of item ${ref})`);
      itemDataFiles.add(file);
      if (!seen.has(file)) engageFiles.add(file);
    }

    // 3. On demand: import() from any of the code above, with everything that code imports.
    /** @type {Set<string>} */
    const lazyFiles = new Set();
    /** @param {Ref} mod @param {string} ref */
    const addLazy = (mod, ref) => {
      if (seen.has(mod.file)) return;
      need(mod.file, ref);
      seen.set(mod.file, mod);
      lazyFiles.add(mod.file);
      const deps = importsOf(mod);
      for (const dep of [...deps.static, ...deps.dynamic]) addLazy(dep, `${dep.url} (imported by ${mod.url})`);
    };
    for (const dep of inlineDynamic) addLazy(dep, `${dep.url} (import() in an inline module script)`);
    for (const file of [...jsFiles, ...engageFiles]) {
      const mod = seen.get(file);
      if (!mod) continue; // item data: a classic script that imports nothing
      for (const dep of importsOf(mod).dynamic) addLazy(dep, `${dep.url} (import() in ${mod.url})`);
    }

    /** @type {Set<string>} */
    const cssFiles = new Set();
    /** @param {{url: string, file: string}} sheet @param {string} ref */
    const addSheet = (sheet, ref) => {
      if (cssFiles.has(sheet.file)) return;
      need(sheet.file, ref);
      cssFiles.add(sheet.file);
      for (const dep of cssImports(sheet)) addSheet(dep, `${dep.url} (imported by ${sheet.url})`);
    };
    for (const ref of assets.stylesheets) {
      const sheet = resolveRef(root, basePath, pageUrl, ref);
      if (sheet) addSheet(sheet, ref);
    }

    // Inline code: a page's inline scripts (and styles) travel in its HTML; gzipped together, once.
    const inlineJs = assets.inlineJs.length ? gzipSize(assets.inlineJs.join('\n')) : 0;
    const inlineCss = assets.inlineCss.length ? gzipSize(assets.inlineCss.join('\n')) : 0;
    const sum = (/** @type {Set<string>} */ files) => [...files].reduce((total, file) => total + sizeOf(file), 0);
    const rel = (/** @type {Set<string>} */ files) => [...files].map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
    const js = sum(jsFiles) + inlineJs;
    const jsOnEngage = sum(engageFiles);
    results.push({
      page,
      lesson: isLessonPage(page),
      html: gzipSize(html),
      htmlBytes: Buffer.byteLength(html),
      css: sum(cssFiles) + inlineCss,
      js,
      jsOnEngage,
      jsReturning: js + jsOnEngage,
      jsOnDemand: sum(lazyFiles),
      itemData: sum(itemDataFiles),
      files: { css: rel(cssFiles), js: rel(jsFiles), jsOnEngage: rel(engageFiles), jsOnDemand: rel(lazyFiles), itemData: rel(itemDataFiles) },
      inline: { css: inlineCss, js: inlineJs },
      islands: { onEngage: engageIslands.length, other: otherIslands.length },
    });
  }
  return results;
}

/**
 * The pages over budget, one message each. The JavaScript budget is on js, the first visit.
 * @param {PageWeight[]} weights
 * @param {typeof BUDGETS} [budgets]
 * @returns {string[]}
 */
export function overBudget(weights, budgets = BUDGETS) {
  const problems = [];
  for (const w of weights) {
    const name = `/${w.page}`;
    if (w.js > budgets.js) {
      problems.push(`${name}: first-visit JavaScript ${formatKB(w.js)} gzipped is over the per-page budget of ${formatKB(budgets.js)} (${w.files.js.join(', ')}${w.inline.js ? ` + inline ${w.inline.js} B` : ''})`);
    }
    if (w.htmlBytes > budgets.html) {
      problems.push(`${name}: HTML ${formatKB(w.htmlBytes)} uncompressed is over the per-page budget of ${formatKB(budgets.html)}`);
    }
    const itemDataBudget = ITEM_DATA_BUDGETS[w.page];
    if (itemDataBudget !== undefined && w.itemData > itemDataBudget) {
      problems.push(`${name}: engaging loads ${formatKB(w.itemData)} of item data gzipped, over its budget of ${formatKB(itemDataBudget)} (${w.files.itemData.length} files)`);
    }
    if (w.css > budgets.css) {
      problems.push(`${name}: CSS ${formatKB(w.css)} gzipped is over the per-page budget of ${formatKB(budgets.css)} (${w.files.css.join(', ')}${w.inline.css ? ` + inline ${w.inline.css} B` : ''})`);
    }
  }
  return problems;
}

/** @param {number} bytes */
export function formatKB(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * A plain-text table of the weights, widest first column aligned: the HTML (uncompressed and
 * gzipped), the CSS, the first-visit JavaScript (the budgets are in the header line of bench), then what engagement adds, the returning-learner total and what
 * import() may add on demand.
 * @param {PageWeight[]} weights
 * @param {typeof BUDGETS} [budgets]
 */
export function formatTable(weights, budgets = BUDGETS) {
  const rows = [['page', 'HTML', 'HTML gz', 'CSS gz', 'JS 1st visit', '+ on engage', '= returning', '+ on demand', '']];
  for (const w of weights) {
    const over = w.js > budgets.js || w.css > budgets.css || w.htmlBytes > budgets.html;
    rows.push([
      `/${w.page}`,
      formatKB(w.htmlBytes),
      formatKB(w.html),
      formatKB(w.css),
      formatKB(w.js),
      formatKB(w.jsOnEngage),
      formatKB(w.jsReturning),
      formatKB(w.jsOnDemand),
      over ? 'OVER' : 'ok',
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd())
    .join('\n');
}
