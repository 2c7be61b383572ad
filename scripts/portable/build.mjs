// The portable copy: the production build made to open by double-click from a folder (file://),
// with no server. Works from the built HTML and its chunk graph only, never from source paths.
//
// Under file:// Chromium refuses module scripts and import() (the page's origin is "null"), fetch()
// of local files, and service workers; root-absolute links point at the root of the disk, and a
// folder address shows a listing. So, for every page:
// - its module scripts (external and inline) and the code of every island on it (component-url,
//   renderer-url, before-hydration-url) are bundled by esbuild into one classic script
//   (_portable/<page>.js, IIFE, dynamic imports inlined), which also carries a module map;
// - the inline island loader's import() is pointed at that map (window.__wfbbPortable.import),
//   with a queue for islands that start before the deferred bundle has run;
// - Vite's preload helper (it adds <link rel=modulepreload>, refused under file://) is replaced
//   by a pass-through; the code it preloads is in the bundle already;
// - root-absolute href/src/action become relative, folder addresses end in index.html;
//   url(/…) in CSS becomes relative;
// - the web app manifest link, sw.js and pagefind's index are left out; search uses
//   _portable/search-index.js, built here from the same pages pagefind indexes.
// Usage: node scripts/portable/build.mjs [builtDir=dist] [outDir=dist-portable]
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { buildSearchIndex } from './search-index.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

/** Files of the web build that have no use, or do harm, under file://. */
const LEFT_OUT = (rel) => rel === 'sw.js' || /^workbox-.*\.js$/.test(rel) || rel === 'pagefind' || rel.startsWith('pagefind/') || rel === 'precache.json';

/** Every HTML page of a build, relative to it, with "/" separators. */
export function htmlPages(dir) {
  const pages = [];
  const walk = (sub) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) {
        if (!name.startsWith('_') && !name.startsWith('.') && name !== 'pagefind') walk(rel);
      } else if (name.endsWith('.html')) pages.push(rel);
    }
  };
  walk('');
  return pages.sort();
}

/** "../../" for "lessons/x/index.html": from a page's folder back to the copy's root. */
export function toRoot(pageRel) {
  return '../'.repeat(pageRel.split('/').length - 1);
}

/** "lessons/x/#a" → "lessons/x/index.html#a", ".." → "../index.html": under file:// a folder shows a listing, not its page. */
export function folderToIndex(address) {
  const cut = address.search(/[?#]/);
  const pathPart = cut < 0 ? address : address.slice(0, cut);
  const tail = cut < 0 ? '' : address.slice(cut);
  if (pathPart === '' || pathPart.endsWith('/')) return `${pathPart}index.html${tail}`;
  if (/(^|\/)\.\.?$/.test(pathPart)) return `${pathPart}/index.html${tail}`;
  return address;
}

/**
 * An address of the web build as a file address of the copy: root-absolute ones become relative
 * ("/lessons/x/#a" → "../../lessons/x/index.html#a"), relative folders get their index.html.
 */
export function relativeAddress(value, base, prefix) {
  if (value === '' || value.startsWith('#') || value.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  if (!value.startsWith('/')) return folderToIndex(value);
  if (!value.startsWith(base)) return value;
  return prefix + folderToIndex(value.slice(base.length));
}

const attributeOf = (tag, name) => {
  const m = tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? (m[2] ?? m[3] ?? m[4]) : null;
};
const unescapeAttr = (v) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
// Dynamic import() calls left in code (not inlined by esbuild, or in inline classic scripts).
const DYNAMIC_IMPORT = /(?<![\w$.])import\s*\(/g;

/**
 * Rewrites one page's HTML. Returns the new HTML and what its bundle must hold: the module
 * scripts in document order ({ src } or { code }) and the island modules by address.
 */
export function rewritePage(html, { pageRel, base, bundleSrc }) {
  const prefix = toRoot(pageRel);
  const scripts = [];
  const islandModules = new Set();

  // Module scripts leave the page; the bundle runs them, in order, after parsing (as defer does).
  let out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs, code) => {
    const type = attributeOf(`<x${attrs}>`, 'type');
    if (type === 'module') {
      const src = attributeOf(`<x${attrs}>`, 'src');
      scripts.push(src ? { src: unescapeAttr(src) } : { code });
      return '';
    }
    // A classic inline script that imports (Astro's island loader): through the copy's module map.
    if (!attributeOf(`<x${attrs}>`, 'src') && DYNAMIC_IMPORT.test(code)) {
      DYNAMIC_IMPORT.lastIndex = 0;
      return `<script${attrs}>${code.replace(DYNAMIC_IMPORT, 'window.__wfbbPortable.import(')}</script>`;
    }
    return whole;
  });
  DYNAMIC_IMPORT.lastIndex = 0;

  // Links that fetch or preload what the copy does not have, or in a way file:// refuses.
  out = out.replace(/<link\b[^>]*>/gi, (tag) => (/\srel\s*=\s*"?(manifest|modulepreload)\b/i.test(tag) ? '' : tag));

  // Root-absolute addresses in tags become relative; island module addresses are collected.
  out = out.replace(/<[a-zA-Z][\w:-]*\s[^>]*>/g, (tag) => {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const v = attributeOf(tag, name);
      if (v) islandModules.add(unescapeAttr(v));
    }
    return tag.replace(/(\s(?:href|src|action|poster|xlink:href)\s*=\s*")([^"]*)"/gi, (_m, lead, value) => `${lead}${relativeAddress(value, base, prefix)}"`);
  });

  const setup =
    `<script>window.__wfbbPortable={root:new URL(${JSON.stringify(prefix || './')},location.href).href,base:${JSON.stringify(base)},queue:[],` +
    `import:function(s){var p=window.__wfbbPortable;return new Promise(function(r,j){p.queue.push([s,r,j])})}};</script>`;
  const bundleTag = `<script defer src="${prefix}${bundleSrc}"></script>`;
  if (/<head\b[^>]*>/i.test(out)) out = out.replace(/<head\b[^>]*>/i, (head) => head + setup);
  else if (/<!doctype[^>]*>/i.test(out)) out = out.replace(/<!doctype[^>]*>/i, (doctype) => doctype + setup);
  else out = setup + out;
  out = /<\/head>/i.test(out) ? out.replace(/<\/head>/i, `${bundleTag}</head>`) : out.replace(setup, setup + bundleTag);
  return { html: out, scripts, islandModules: [...islandModules] };
}

/** The file of a root-absolute module address in the copy. */
function fileOf(address, base, dir) {
  const rel = address.startsWith(base) ? address.slice(base.length) : address.replace(/^\//, '');
  return path.join(dir, rel.replace(/[?#].*$/, ''));
}

/** esbuild plugin: root-absolute imports resolve in the copy; Vite's preload helper becomes a pass-through. */
function copyResolver(dir, base) {
  return {
    name: 'portable-copy',
    setup(build) {
      build.onResolve({ filter: /^\// }, (args) => {
        if (args.kind === 'entry-point' || existsSync(args.path) && args.path.startsWith(dir)) return { path: args.path };
        return { path: fileOf(args.path, base, dir) };
      });
      build.onResolve({ filter: /^portable:runtime$/ }, () => ({ path: path.join(here, 'runtime.js') }));
      build.onLoad({ filter: /\.m?js$/ }, async (args) => {
        const code = readFileSync(args.path, 'utf8');
        if (!code.includes('vite:preloadError')) return { contents: code, loader: 'js' };
        await initLexer;
        const [, exports] = parseModule(code);
        const names = exports.map((e) => e.n);
        return {
          contents: `const passThrough = (load) => load();\n${names.map((n) => (n === 'default' ? 'export default passThrough;' : `export { passThrough as ${n} };`)).join('\n')}\n`,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * Builds the portable copy of builtDir into outDir; resolves to a summary. pageImports: more
 * module files every page's bundle runs after the page's own scripts (the LMS packages' bridge).
 * @param {string} builtDir
 * @param {string} outDir
 * @param {{ basePath?: string, pageImports?: string[] }} [options]
 */
export async function buildPortable(builtDir, outDir, { basePath, pageImports = [] } = {}) {
  const dir = path.resolve(builtDir);
  const out = path.resolve(outDir);
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`portable: ${dir} has no index.html; build the site first.`);
  const base = basePath ?? readBase(dir);
  rmSync(out, { recursive: true, force: true });
  cpSync(dir, out, { recursive: true, filter: (src) => !LEFT_OUT(path.relative(dir, src).split(path.sep).join('/')) });

  const work = path.join(out, '_portable', 'src');
  mkdirSync(work, { recursive: true });
  const pages = htmlPages(out);
  const entries = {};
  for (const pageRel of pages) {
    const name = pageRel.replace(/\/index\.html$|\.html$/, '').replace(/\//g, '-') || 'index';
    const rewritten = rewritePage(readFileSync(path.join(out, pageRel), 'utf8'), { pageRel, base, bundleSrc: `_portable/${name}.js` });
    writeFileSync(path.join(out, pageRel), rewritten.html);
    const imports = rewritten.scripts.map((script, i) => {
      if (script.src) return JSON.stringify(fileOf(script.src, base, out));
      const file = path.join(work, `${name}.inline-${i}.js`);
      writeFileSync(file, script.code);
      return JSON.stringify(file);
    });
    const loaders = rewritten.islandModules.map((address) => {
      const rel = (address.startsWith(base) ? address.slice(base.length) : address).replace(/[?#].*$/, '');
      const file = fileOf(address, base, out);
      if (!existsSync(file)) throw new Error(`portable: ${pageRel} names ${address}, which is not in the build.`);
      return `  ${JSON.stringify(rel)}: () => import(${JSON.stringify(file)}),`;
    });
    const entry = path.join(work, `${name}.entry.js`);
    writeFileSync(
      entry,
      `${[...imports, ...pageImports.map((f) => JSON.stringify(f))].map((f) => `import ${f};`).join('\n')}\nimport { install } from 'portable:runtime';\ninstall({\n${loaders.join('\n')}\n});\n`,
    );
    entries[name] = entry;
  }

  const result = await esbuild({
    entryPoints: entries,
    outdir: path.join(out, '_portable'),
    bundle: true,
    format: 'iife',
    splitting: false,
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
    // import.meta has no meaning in a classic script; only the replaced preload helper used it.
    define: { 'import.meta.url': 'document.baseURI', 'import.meta.env': '{}' },
    plugins: [copyResolver(out, base)],
    metafile: true,
  });
  for (const warning of result.warnings) console.warn(`portable: ${warning.text}`);
  // Any import() esbuild could not inline (an address made at run time, like pagefind's) asks the module map.
  for (const name of Object.keys(entries)) {
    const file = path.join(out, '_portable', `${name}.js`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(DYNAMIC_IMPORT, 'window.__wfbbPortable.import('));
  }
  rmSync(work, { recursive: true, force: true });

  // url(/…) in stylesheets, relative to the stylesheet.
  for (const rel of walkFiles(out).filter((f) => f.endsWith('.css'))) {
    const file = path.join(out, rel);
    const prefix = toRoot(rel);
    const css = readFileSync(file, 'utf8');
    const fixed = css.replace(/url\(\s*(["']?)(\/[^)"']*)\1\s*\)/g, (_m, q, value) => `url(${q}${relativeAddress(value, base, prefix)}${q})`);
    if (fixed !== css) writeFileSync(file, fixed);
  }

  const index = buildSearchIndex(dir, pages);
  writeFileSync(path.join(out, '_portable', 'search-index.js'), `window.__wfbbSearchIndex=${JSON.stringify(index)};\n`);
  return { dir: out, pages, searchEntries: index.length };
}

function walkFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** The base path the site was built for, from its manifest (BASE_PATH as a fallback). */
export function readBase(dir) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.webmanifest'), 'utf8'));
    if (typeof manifest.scope === 'string') return manifest.scope;
  } catch {
    // fall through
  }
  return process.env.BASE_PATH ?? '/';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [builtDir = path.join(root, 'dist'), outDir = path.join(root, 'dist-portable')] = process.argv.slice(2);
  const summary = await buildPortable(builtDir, outDir);
  console.log(`Portable copy of ${summary.pages.length} pages in ${summary.dir} (search index: ${summary.searchEntries} pages)`);
}
