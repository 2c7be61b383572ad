/**
 * Markdown to HTML at build time, so no parser ships to the browser. Authors' text only
 * (content/), never a learner's input. One engine for the whole module: satteri, the one
 * Astro renders the lessons with, in the same dialect (GFM) but with no smart punctuation,
 * since YAML fields are printed as their authors typed them.
 */
import { markdownToHtml as satteriHtml, markdownToMdast, type MdastNode } from 'satteri';
import type { Item } from '../schemas/items/index.ts';
import { escapeHtml, type ItemText } from '../text/html.ts';
import { markdownFieldsOf } from '../build/markdown-fields.ts';

// A field that starts with "---" is text, not frontmatter.
const features = { gfm: true, frontmatter: false, smartPunctuation: false } as const;

/** Paragraph-level HTML (stems, feedback, explanations). */
export function markdownToHtml(source: string): string {
  return satteriHtml(source, { features }).html.trim();
}

/** Inline HTML, no surrounding <p> (option texts, labels, glossary definitions). */
export function markdownToInlineHtml(source: string): string {
  const html = markdownToHtml(source);
  // One paragraph, as every inline field is: its content. Anything else stays whole.
  const paragraph = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return paragraph && !paragraph[1]!.includes('<p>') ? paragraph[1]! : html;
}

/** Blocks whose text is set apart from the next block's. */
const blocks = new Set(['paragraph', 'heading', 'code', 'listItem', 'tableCell', 'thematicBreak']);

/** The text of a markdown tree as a reader sees it: text and code, no markup, raw HTML or images. */
function textOf(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return (node as { value: string }).value;
  if (node.type === 'break') return ' ';
  if (node.type === 'html' || node.type === 'image') return '';
  const inner = 'children' in node ? (node.children as MdastNode[]).map(textOf).join('') : '';
  return blocks.has(node.type) ? `${inner} ` : inner;
}

/** The text a reader sees, for button names and <option> labels. */
export function markdownToText(source: string): string {
  return textOf(markdownToMdast(source, { features, position: false })).replace(/\s+/g, ' ').trim();
}

/** The same text as escaped HTML, written the way either escaper writes it (quotes as entities or not). */
const sameAsEscaped = (html: string, source: string): boolean =>
  html === escapeHtml(source) || html.replace(/'/g, '&#39;').replace(/"/g, '&quot;') === escapeHtml(source);

/** Every markdown string of the item rendered: blocks as paragraphs, everything also inline. */
export function renderItemText(item: Item): ItemText {
  const { block, inline } = markdownFieldsOf(item);
  const text: ItemText = { block: {}, inline: {}, plain: {} };
  // Inline and plain forms are sent only where they differ from the source (the islands fall back to it).
  const addInline = (source: string) => {
    const html = markdownToInlineHtml(source);
    if (!sameAsEscaped(html, source)) text.inline[source] = html;
  };
  for (const source of block) {
    text.block[source] = markdownToHtml(source);
    // Graders quote feedback inside their own sentences: keep an inline form too.
    if (!source.includes('\n\n')) addInline(source);
  }
  for (const source of inline) {
    addInline(source);
    const plain = markdownToText(source);
    if (plain !== source) text.plain[source] = plain;
  }
  return text;
}
