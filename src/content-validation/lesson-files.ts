/**
 * One lesson (content/lessons/<slug>.mdx): its frontmatter, the heading anchors Astro will give
 * it, and the lesson components it uses. Lessons hold no code, so plain text scanning suffices.
 */
import { parseDocument } from 'yaml';
import { lessonSchema, type Lesson } from '../schemas/lesson.ts';
import { describeIssue } from './zod-issues.ts';
import { yamlErrorProblem } from './yaml-list.ts';
import { blank, headingsOf, maskCode, type Heading } from '../text/lesson-source.ts';
import { isLessonComponentName, lessonComponentTable } from '../components/lesson/table.ts';

const componentNames = Object.keys(lessonComponentTable).join(', ');

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
        `${file}:${lineOffset + index + 1}: has an ${code[1]}; lessons hold no code (the lesson page provides ${componentNames})`,
      );
    }
  });

  const uses = componentUsesOf(masked, lineOffset);
  for (const use of uses) {
    const where = `${file}:${use.line}`;
    if (!isLessonComponentName(use.name)) {
      problems.push(`${where}: <${use.name}> is not a lesson component (known: ${componentNames})`);
      continue;
    }
    const needed: string | undefined = lessonComponentTable[use.name].requires;
    if (needed && typeof use.attributes[needed] !== 'string') {
      problems.push(
        needed in use.attributes
          ? `${where}: <${use.name}> ${needed} must be a quoted string, e.g. ${needed}="..."`
          : `${where}: <${use.name}> needs the attribute ${needed}="..."`,
      );
    }
  }

  problems.push(...decisionPointProblems(file, uses));

  return { file, slug, lesson, headings: headingsOf(masked, lineOffset), uses, problems };
}

/**
 * A decision point folds what follows until its item is answered, so the item must be on the page
 * above it: a point naming an item the learner has not yet met could never open.
 */
function decisionPointProblems(file: string, uses: ComponentUse[]): string[] {
  const problems: string[] = [];
  const quizzesSoFar: string[] = [];
  for (const use of uses) {
    if (use.name === 'Quiz' && typeof use.attributes.id === 'string') quizzesSoFar.push(use.attributes.id);
    const item = use.attributes.item;
    if (use.name !== 'DecisionPoint' || typeof item !== 'string') continue;
    if (quizzesSoFar.includes(item)) continue;
    const later = uses.some((other) => other.name === 'Quiz' && other.attributes.id === item && other.line > use.line);
    problems.push(
      `${file}:${use.line}: <DecisionPoint item="${item}"> names no <Quiz id="${item}"> before it in the lesson` +
        (later ? ' (the Quiz comes after it: move the decision point below its question)' : ''),
    );
  }
  return problems;
}
