/**
 * The one HTML character-reference decoder (`&amp;`, `&#39;`, `&nbsp;`, `&#x2212;`...), for
 * build-time code that turns rendered HTML or authored SVG back into text. The full entity
 * table is large, so this stays out of src/text/html.ts, which ships with the islands.
 * Strict: a reference counts only with its `;`, as HTML serialisers and MDX write them.
 */
import { decodeHTMLStrict } from 'entities';

export const decodeEntities = (html: string): string => decodeHTMLStrict(html);

/** The text of an HTML fragment as a reader sees it: tags dropped, references decoded, spaces collapsed. */
export const htmlToText = (html: string, tagGap = ''): string =>
  decodeEntities(html.replace(/<[^>]*>/g, tagGap)).replace(/\s+/g, ' ').trim();
