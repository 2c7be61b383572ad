/**
 * Markdown to HTML at build time, so no parser ships to the browser. Authors' text only
 * (content/), never a learner's input.
 */
import { Marked } from 'marked';
import type { Item } from '../schemas/items/index.ts';
import { escapeHtml, type ItemText } from '../islands/quiz-types.ts';
import { markdownFieldsOf } from '../build/markdown-fields.ts';

const marked = new Marked({ gfm: true, async: false });

/** Paragraph-level HTML (stems, feedback, explanations). */
export function markdownToHtml(source: string): string {
  return (marked.parse(source) as string).trim();
}

/** Inline HTML, no surrounding <p> (option texts, labels). */
export function markdownToInlineHtml(source: string): string {
  return (marked.parseInline(source) as string).trim();
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

/** The text a reader sees, for button names and <option> labels. */
export function markdownToText(source: string): string {
  return markdownToInlineHtml(source)
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every markdown string of the item rendered: blocks as paragraphs, everything also inline. */
export function renderItemText(item: Item): ItemText {
  const { block, inline } = markdownFieldsOf(item);
  const text: ItemText = { block: {}, inline: {}, plain: {} };
  // Inline and plain forms are sent only where they differ from the source (the islands fall back to it).
  const addInline = (source: string) => {
    const html = markdownToInlineHtml(source);
    if (html !== escapeHtml(source)) text.inline[source] = html;
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
