/**
 * HTML text helpers shared by the build (markdown rendering) and the item islands: escaping,
 * and reading the markdown an item's text was rendered to at build time. Small and
 * dependency-free, since it ships with the islands; nothing here parses markdown.
 */

/** Markdown rendered at build time, keyed by its source text. */
export interface ItemText {
  /** Paragraph-level HTML: stem, feedback, explanation, hypothesis, finding. */
  block: Record<string, string>;
  /** Inline HTML of every markdown string of the item (option, step, premise... texts and feedback). */
  inline: Record<string, string>;
  /** Plain text of short texts (for button names and <option> labels). */
  plain: Record<string, string>;
}

/** A, B, C... for option `index` 0, 1, 2... */
export const letter = (index: number): string => String.fromCharCode(65 + index);

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => escapes[c]!);

/** Inline HTML of a markdown string of the item (escaped source if it was not rendered). */
export const inline = (text: ItemText, source: string): string => text.inline[source] ?? escapeHtml(source);
export const plain = (text: ItemText, source: string): string => text.plain[source] ?? source;

/**
 * HTML for a grader's message. Authored text (feedback, explanation) comes pre-rendered;
 * a message the grader composed may quote authored markdown, which is swapped for its
 * rendered form, longest first, and everything else is escaped.
 */
export function messageHtml(text: ItemText, message: string): string {
  const block = text.block[message];
  if (block !== undefined) return block;
  const sources = Object.keys(text.inline)
    .filter((source) => source.length > 0 && message.includes(source))
    .sort((a, b) => b.length - a.length);
  const render = (part: string, index: number): string => {
    if (index >= sources.length) return escapeHtml(part);
    const source = sources[index]!;
    return part
      .split(source)
      .map((piece) => render(piece, index + 1))
      .join(text.inline[source]!);
  };
  return render(message, 0);
}
