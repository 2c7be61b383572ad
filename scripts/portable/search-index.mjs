// The portable copy's search index: the text of the pages pagefind indexes in the web build,
// by the same rules (when any page marks [data-pagefind-body], only those pages and only that
// part; [data-pagefind-ignore] is left out; the title is the first <h1>), cut into sections at
// headings that have an id, so results can link to the section.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, ELEMENT_NODE, TEXT_NODE } from 'ultrahtml';

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button', 'form', 'nav']);
const BLOCK = /^(p|li|h[1-6]|div|section|article|td|th|dt|dd|figcaption|blockquote|tr|table|ul|ol|dl|details|summary|aside|header|footer|main)$/;

const decode = (text) =>
  text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_m, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

const squash = (text) => text.replace(/\s+/g, ' ').trim();

function find(node, test) {
  if (node.type === ELEMENT_NODE && test(node)) return node;
  for (const child of node.children ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

function textOf(node) {
  if (node.type === TEXT_NODE) return decode(node.value);
  if (node.type !== ELEMENT_NODE && node.type !== 0) return '';
  if (node.type === ELEMENT_NODE && (SKIPPED.has(node.name) || 'data-pagefind-ignore' in node.attributes)) return '';
  const inner = (node.children ?? []).map(textOf).join('');
  return node.type === ELEMENT_NODE && BLOCK.test(node.name) ? ` ${inner} ` : inner;
}

/** Sections of a body: text before the first heading with an id, then one per such heading. */
function sectionsOf(body) {
  const sections = [];
  let current = { id: null, title: '', parts: [] };
  const visit = (node) => {
    if (node.type === TEXT_NODE) {
      current.parts.push(decode(node.value));
      return;
    }
    if (node.type !== ELEMENT_NODE) return;
    if (SKIPPED.has(node.name) || 'data-pagefind-ignore' in node.attributes) return;
    if (/^h[2-6]$/.test(node.name) && node.attributes.id) {
      sections.push(current);
      current = { id: node.attributes.id, title: squash(textOf(node)), parts: [] };
      return;
    }
    const block = BLOCK.test(node.name);
    if (block) current.parts.push(' ');
    for (const child of node.children ?? []) visit(child);
    if (block) current.parts.push(' ');
  };
  for (const child of body.children ?? []) visit(child);
  sections.push(current);
  return sections.map((s) => ({ id: s.id, title: s.title, text: squash(s.parts.join('')) })).filter((s) => s.text || s.title);
}

/** [{ url: "lessons/x/index.html", title, text, sections: [{ id, title, text }] }] for the given pages of dir. */
export function buildSearchIndex(dir, pages) {
  const docs = pages
    .filter((rel) => rel !== '404.html')
    .map((rel) => ({ rel, tree: parse(readFileSync(path.join(dir, rel), 'utf8')) }));
  const marked = docs.filter((d) => find(d.tree, (n) => 'data-pagefind-body' in n.attributes));
  const chosen = marked.length ? marked : docs;
  return chosen.map(({ rel, tree }) => {
    const body = find(tree, (n) => 'data-pagefind-body' in n.attributes) ?? find(tree, (n) => n.name === 'main') ?? tree;
    const h1 = find(tree, (n) => n.name === 'h1');
    const sections = sectionsOf(body);
    return {
      url: rel,
      title: h1 ? squash(textOf(h1)) : rel,
      text: squash(sections.map((s) => `${s.title} ${s.text}`).join(' ')),
      sections: sections.filter((s) => s.id),
    };
  });
}
