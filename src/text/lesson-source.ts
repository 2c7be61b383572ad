/**
 * Reading a lesson's MDX source as text: code and comments masked out, and the headings with
 * the ids Astro gives them. Shared by content validation (anchors that `teaches` points at)
 * and the build (the section a review link names). Pure string work; no Astro.
 */
import GithubSlugger from 'github-slugger';
import { decodeEntities } from './entities.ts';

export interface Heading {
  depth: number;
  text: string;
  /** The id Astro gives the heading (github-slugger, one slugger per page). */
  slug: string;
  line: number;
}

/** Blank out a match but keep its line breaks, so offsets and line numbers still hold. */
export const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Hide code blocks and comments, which MDX does not read as headings or components. */
export function maskCode(body: string): string {
  const masked = body
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .split('\n');
  let fence: string | undefined;
  return masked
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence === undefined && marker) {
        fence = marker;
        return blank(line);
      }
      if (fence !== undefined) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return blank(line);
      }
      return line;
    })
    .join('\n');
}

/** The text content of a heading's markdown, as the rendered heading element holds it. */
export function headingText(markdown: string): string {
  let text = markdown
    .replace(/`+([^`]*?)`+/g, '$1')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\{[^}]*\}/g, '');
  for (let pass = 0; pass < 3; pass++) {
    text = text.replace(/(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1/g, '$2');
  }
  return decodeEntities(text.replace(/\\([!-/:-@[-`{-~])/g, '$1')).trim();
}

/** Every ATX heading with the slug Astro gives it; `lineOffset` is the body's first line - 1. */
export function headingsOf(maskedBody: string, lineOffset = 0): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  maskedBody.split('\n').forEach((line, index) => {
    const match = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!match) return;
    const text = headingText(match[2]!);
    headings.push({ depth: match[1]!.length, text, slug: slugger.slug(text), line: lineOffset + index + 1 });
  });
  return headings;
}
