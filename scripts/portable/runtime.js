// Bundled into every page of the portable copy (scripts/portable/build.mjs). Under file://
// Chromium loads no module scripts and no import(), so the build turns each page's modules into
// one classic script; this part answers what is still asked for by URL at run time:
// - the island loader's import(component-url / renderer-url), from the page's module map;
// - import() of pagefind (the search page), from a small search over an index built with the
//   copy (fetch() of local files is refused under file://, so pagefind's own index cannot load);
// - root-absolute links that islands render after hydration ("/lessons/x/"), which point at the
//   root of the disk under file://: they are rewritten to the copy's own "lessons/x/index.html".
// window.__wfbbPortable is set up by an inline script at the top of <head> (root, base, queue).

/** @typedef {{ root: string, base: string, queue: Array<[string, (v: unknown) => void, (e: unknown) => void]>, import: (spec: string) => Promise<unknown> }} Portable */

/** @returns {Portable} */
function portable() {
  // @ts-ignore set by the inline head script
  return window.__wfbbPortable;
}

/** The path of an address inside the copy ("_astro/x.js", "lessons/x/"), or null when outside it. */
export function pathInCopy(spec, { root, base, here }) {
  if (typeof spec !== 'string' || spec === '') return null;
  if (spec.startsWith(base) && !spec.startsWith('//')) return spec.slice(base.length);
  let href;
  try {
    href = new URL(spec, here).href;
  } catch {
    return null;
  }
  return href.startsWith(root) ? href.slice(root.length) : null;
}

/** "lessons/x/#a" → "lessons/x/index.html#a": under file:// a folder address shows a listing, not the page. */
export function fileAddress(inCopy) {
  const cut = inCopy.search(/[?#]/);
  const pathPart = cut < 0 ? inCopy : inCopy.slice(0, cut);
  const rest = cut < 0 ? '' : inCopy.slice(cut);
  if (pathPart === '' || pathPart.endsWith('/')) return `${pathPart}index.html${rest}`;
  if (/(^|\/)\.\.?$/.test(pathPart)) return `${pathPart}/index.html${rest}`;
  return inCopy;
}

function stripQuery(inCopy) {
  return inCopy.replace(/[?#].*$/, '');
}

// ---- search (the subset of pagefind's JS API that a page uses) ----

let searchIndex;
function loadSearchIndex() {
  searchIndex ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${portable().root}_portable/search-index.js`;
    script.onload = () => resolve(/** @type {any} */ (window).__wfbbSearchIndex ?? []);
    script.onerror = () => reject(new Error('The search index of the portable copy (_portable/search-index.js) is missing.'));
    document.head.append(script);
  });
  return searchIndex;
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** About `length` words of text around the first term found, terms marked. */
export function excerpt(text, terms, length = 24) {
  const words = text.split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  const first = Math.max(0, lower.findIndex((w) => terms.some((t) => w.includes(t))));
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
  return words
    .slice(start, start + length)
    .map((w, i) => (terms.some((t) => lower[start + i].includes(t)) ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)))
    .join(' ');
}

/** Pages whose text holds every term, the most mentions first. */
export function searchPages(index, query, root) {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const count = (text, term) => text.toLowerCase().split(term).length - 1;
  return index
    .map((page) => ({ page, score: terms.every((t) => page.text.toLowerCase().includes(t)) ? terms.reduce((n, t) => n + count(page.text, t), 0) : 0 }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ page, score }, i) => ({
      id: `${i}`,
      score,
      data: async () => ({
        url: root + page.url,
        meta: { title: page.title },
        excerpt: excerpt(page.text, terms),
        sub_results: page.sections
          .filter((s) => terms.some((t) => s.text.toLowerCase().includes(t) || s.title.toLowerCase().includes(t)))
          .map((s) => ({ title: s.title, url: `${root}${page.url}#${s.id}`, excerpt: excerpt(s.text, terms) })),
      }),
    }));
}

const pagefindShim = {
  options: async () => {},
  init: async () => {
    await loadSearchIndex();
  },
  preload: async () => {},
  search: async (query) => ({ results: searchPages(await loadSearchIndex(), String(query ?? ''), portable().root) }),
  debouncedSearch: async (query) => pagefindShim.search(query),
  destroy: async () => {},
};

// ---- links ----

function fixLink(element, attribute) {
  const value = element.getAttribute(attribute);
  if (!value || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return;
  const p = portable();
  if (value.startsWith('//')) return;
  if (!value.startsWith('/')) {
    // A relative folder address ("../genetics/") needs its index.html under file://.
    const fixed = fileAddress(value);
    if (fixed !== value) element.setAttribute(attribute, fixed);
    return;
  }
  const inCopy = pathInCopy(value, { root: p.root, base: p.base, here: location.href });
  if (inCopy === null) return;
  element.setAttribute(attribute, p.root + fileAddress(inCopy));
}

function fixLinksIn(node) {
  if (!(node instanceof Element)) return;
  if (node.matches('a[href]')) fixLink(node, 'href');
  if (node.matches('form[action]')) fixLink(node, 'action');
  for (const a of node.querySelectorAll('a[href]')) fixLink(a, 'href');
  for (const f of node.querySelectorAll('form[action]')) fixLink(f, 'action');
}

/** Installs the module map of this page and answers every import() asked for so far. */
export function install(loaders) {
  const p = portable();
  const importFromCopy = (spec) => {
    const inCopy = pathInCopy(String(spec), { root: p.root, base: p.base, here: location.href });
    const file = inCopy === null ? null : stripQuery(inCopy);
    if (file !== null && loaders[file]) return loaders[file]();
    if (file !== null && file.endsWith('pagefind/pagefind.js')) return Promise.resolve(pagefindShim);
    return Promise.reject(new Error(`The portable copy has no module ${spec} on this page.`));
  };
  p.import = importFromCopy;
  for (const [spec, resolve, reject] of p.queue.splice(0)) importFromCopy(spec).then(resolve, reject);

  fixLinksIn(document.documentElement);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') fixLinksIn(record.target);
      else record.addedNodes.forEach(fixLinksIn);
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['href', 'action'] });
}
