// The markdown engine (src/lib/markdown.ts, satteri) against marked, which rendered the YAML
// fields before: every string in content/*.yaml and content/questions/*.yaml must render the
// same, block and inline, and give the same plain text. The only difference allowed is how a
// quote mark in text is written (marked: &#39; and &quot;, satteri: ' and "), which is the same
// text in the page. Once marked is gone from package.json, this comparison has done its job.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Marked } from 'marked';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToInlineHtml, markdownToText } from '../../../src/lib/markdown.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const files = [
  ...readdirSync(path.join(root, 'content')).filter((f) => f.endsWith('.yaml')).map((f) => `content/${f}`),
  ...readdirSync(path.join(root, 'content/questions')).filter((f) => f.endsWith('.yaml')).map((f) => `content/questions/${f}`),
];

/** Every string value in the YAML files: ids and numbers-as-text too, which must come out as plain text. */
const strings = new Set<string>();
const collect = (value: unknown): void => {
  if (typeof value === 'string') strings.add(value);
  else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
for (const file of files) collect(parse(readFileSync(path.join(root, file), 'utf8')));

const marked = new Marked({ gfm: true, async: false });
const markedText = (source: string) =>
  (marked.parseInline(source) as string)
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' })[name]!)
    .replace(/\s+/g, ' ')
    .trim();
/** Quote marks in text (between tags) written as characters, as the browser reads them. */
const quotesAsText = (html: string) =>
  html.replace(/(^|>)([^<]*)/g, (_, open: string, text: string) => open + text.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));

describe('the markdown engine renders the YAML fields as marked did', () => {
  it('finds the fields (all YAML files, over a thousand strings)', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(strings.size).toBeGreaterThan(1000);
  });

  it('block HTML: the same for every string', () => {
    const different = [...strings].filter((s) => markdownToHtml(s) !== quotesAsText((marked.parse(s) as string).trim()));
    expect(different).toEqual([]);
  });

  it('inline HTML: the same for every string', () => {
    const different = [...strings].filter((s) => markdownToInlineHtml(s) !== quotesAsText((marked.parseInline(s) as string).trim()));
    expect(different).toEqual([]);
  });

  it('plain text: the same for every string', () => {
    const different = [...strings].filter((s) => markdownToText(s) !== markedText(s));
    expect(different).toEqual([]);
  });
});

describe('markdownToText', () => {
  it('keeps text and code, drops markup, raw HTML and images, decodes references', () => {
    expect(markdownToText('*GNAS* `c.1A>G` <em>x</em> &amp; [link](u) ![alt](i.png)')).toBe('GNAS c.1A>G x & link');
  });
  it('reads a field that starts with "---" as text, not frontmatter', () => {
    expect(markdownToText('---\ntitle: x\n---\nbody')).toBe('title: x body');
  });
  it('sets paragraphs and list items apart with a space', () => {
    expect(markdownToText('one\n\ntwo\n\n- three\n- four')).toBe('one two three four');
  });
});

describe('markdownToInlineHtml', () => {
  it('is the paragraph without its <p>', () => {
    expect(markdownToInlineHtml('a *b*')).toBe('a <em>b</em>');
  });
  it('leaves block markup that is not one paragraph whole', () => {
    expect(markdownToInlineHtml('a\n\nb')).toBe('<p>a</p>\n<p>b</p>');
  });
});
