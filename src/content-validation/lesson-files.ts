/**
 * One lesson (content/lessons/<slug>.mdx): its frontmatter, the heading anchors Astro will give
 * it, and the lesson components it uses. Lessons hold no code, so plain text scanning suffices.
 */
import GithubSlugger from 'github-slugger';
import { parseDocument } from 'yaml';
import { lessonSchema, type Lesson } from '../schemas/lesson.ts';
import { describeIssue } from './zod-issues.ts';
import { yamlErrorProblem } from './yaml-list.ts';

/** The components the lesson page provides, with the attribute each one needs. */
export const lessonComponents: Record<string, string | undefined> = {
  Quiz: 'id',
  Term: 'id',
  Cite: 'id',
  Figure: 'name',
  TeacherNote: undefined,
  DifferentialTable: undefined,
};

export interface Heading {
  depth: number;
  text: string;
  /** The id Astro gives the heading (github-slugger, one slugger per page). */
  slug: string;
  line: number;
}

export interface ComponentUse {
  name: string;
  /** Attribute values; `undefined` for a `{expression}` or a bare attribute. */
  attributes: Record<string, string | undefined>;
  line: number;
}

export interface LessonCheck {
  file: string;
  slug: string;
  lesson: Lesson | undefined;
  headings: Heading[];
  uses: ComponentUse[];
  problems: string[];
}

export function slugOfLessonFile(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Blank out a match but keep its line breaks, so offsets and line numbers still hold. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

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

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

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
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => entities[name]!)
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) =>
      String.fromCodePoint(code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code)),
    )
    .trim();
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

const TAG = /<([A-Z][\w.]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const ATTRIBUTE = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

/** Every capitalised (component) tag in the lesson body, with its attributes. */
export function componentUsesOf(maskedBody: string, lineOffset = 0): ComponentUse[] {
  const text = maskedBody.replace(/`[^`\n]*`/g, blank);
  const uses: ComponentUse[] = [];
  for (const tag of text.matchAll(TAG)) {
    const attributes: Record<string, string | undefined> = {};
    for (const attribute of tag[2]!.matchAll(ATTRIBUTE)) {
      attributes[attribute[1]!] = attribute[2] ?? attribute[3];
    }
    const line = lineOffset + text.slice(0, tag.index).split('\n').length;
    uses.push({ name: tag[1]!, attributes, line });
  }
  return uses;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Problems a lesson has on its own: frontmatter, code, unknown components, missing attributes. */
export function checkLessonFile(file: string, text: string): LessonCheck {
  const slug = slugOfLessonFile(file);
  const problems: string[] = [];
  let lesson: Lesson | undefined;

  const frontmatter = FRONTMATTER.exec(text);
  const body = frontmatter ? text.slice(frontmatter[0].length) : text;
  const lineOffset = frontmatter ? lineOf(text, frontmatter[0].length) - 1 : 0;

  if (!frontmatter) {
    problems.push(
      `${file}: has no frontmatter (expected a "---" block with title, order, summary, objectives, minutes)`,
    );
  } else {
    const document = parseDocument(frontmatter[1]!);
    if (document.errors.length > 0) {
      // The frontmatter starts on the file's second line, after "---".
      problems.push(...document.errors.map((error) => yamlErrorProblem(file, error, 1)));
    } else {
      const result = lessonSchema.safeParse(document.toJS(), { reportInput: true });
      if (result.success) lesson = result.data;
      for (const issue of result.error?.issues ?? []) {
        const description = describeIssue(issue, { subject: 'frontmatter', schema: lessonSchema });
        problems.push(issue.path.length === 0 ? `${file}: ${description}` : `${file}: frontmatter: ${description}`);
      }
    }
  }

  const masked = maskCode(body);
  masked.split('\n').forEach((line, index) => {
    const code = /^(import|export)\s/.exec(line);
    if (code) {
      problems.push(
        `${file}:${lineOffset + index + 1}: has an ${code[1]}; lessons hold no code (the lesson page provides ${Object.keys(lessonComponents).join(', ')})`,
      );
    }
  });

  const uses = componentUsesOf(masked, lineOffset);
  for (const use of uses) {
    const where = `${file}:${use.line}`;
    if (!(use.name in lessonComponents)) {
      problems.push(`${where}: <${use.name}> is not a lesson component (known: ${Object.keys(lessonComponents).join(', ')})`);
      continue;
    }
    const needed = lessonComponents[use.name];
    if (needed && typeof use.attributes[needed] !== 'string') {
      problems.push(
        needed in use.attributes
          ? `${where}: <${use.name}> ${needed} must be a quoted string, e.g. ${needed}="..."`
          : `${where}: <${use.name}> needs the attribute ${needed}="..."`,
      );
    }
  }

  return { file, slug, lesson, headings: headingsOf(masked, lineOffset), uses, problems };
}
