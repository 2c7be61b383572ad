/**
 * Content validation: reads content/ (and src/figures/) and returns every problem as one line
 * naming the file, the item or entry, the field and what was expected, e.g.
 * `content/questions/the-case.yaml: item "poh-gene": answer "e" names no option (options: a, b, c, d)`.
 * Plain TypeScript with no Astro virtual modules, so tests and the build integration share it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disorderSchema, type Disorder } from '../schemas/disorder.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { referenceSchema, type Reference } from '../schemas/reference.ts';
import { checkCrossReferences, paths } from './cross-references.ts';
import { checkDataFile, type DataEntry } from './data-files.ts';
import { checkLessonFile, type LessonCheck } from './lesson-files.ts';
import { checkQuestionFile, type QuestionEntry } from './question-files.ts';

export interface SourceFile {
  /** Relative to the project root, with "/" separators, e.g. `content/lessons/the-case.mdx`. */
  file: string;
  text: string;
}

export interface ContentSources {
  lessons: SourceFile[];
  questions: SourceFile[];
  disorders: SourceFile | undefined;
  glossary: SourceFile | undefined;
  references: SourceFile | undefined;
  /** Figure name → SVG source, from src/figures/<name>.svg. */
  figures: Map<string, string>;
}

export interface ContentAnalysis {
  lessons: LessonCheck[];
  questions: QuestionEntry[];
  disorders: DataEntry<Disorder>[];
  glossary: DataEntry<GlossaryEntry>[];
  references: DataEntry<Reference>[];
  problems: string[];
}

function listFiles(rootDir: string, dir: string, extension: string): SourceFile[] {
  const absolute = join(rootDir, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(join(absolute, name), 'utf8') }));
}

function readOptional(rootDir: string, file: string): SourceFile | undefined {
  const absolute = join(rootDir, file);
  return existsSync(absolute) ? { file, text: readFileSync(absolute, 'utf8') } : undefined;
}

/** Everything the checks read, from a project root (the folder holding content/ and src/). */
export function readContentSources(rootDir: string): ContentSources {
  const figures = new Map(
    listFiles(rootDir, paths.figures, '.svg').map(({ file, text }) => [file.replace(/^.*\/|\.svg$/g, ''), text]),
  );
  return {
    lessons: listFiles(rootDir, paths.lessons, '.mdx'),
    questions: listFiles(rootDir, paths.questions, '.yaml'),
    disorders: readOptional(rootDir, paths.disorders),
    glossary: readOptional(rootDir, paths.glossary),
    references: readOptional(rootDir, paths.references),
    figures,
  };
}

function dataFile<T>(
  source: SourceFile | undefined,
  file: string,
  check: (source: SourceFile) => { entries: DataEntry<T>[]; problems: string[] },
  problems: string[],
): DataEntry<T>[] {
  if (!source) {
    problems.push(`${file}: is missing`);
    return [];
  }
  const result = check(source);
  problems.push(...result.problems);
  return result.entries;
}

/** Parse and check every content file; pure apart from what `sources` holds. */
export function analyseContent(sources: ContentSources): ContentAnalysis {
  const problems: string[] = [];

  if (sources.lessons.length === 0) problems.push(`${paths.lessons}: has no lessons (*.mdx)`);
  const lessons = sources.lessons.map(({ file, text }) => checkLessonFile(file, text));
  for (const lesson of lessons) problems.push(...lesson.problems);

  if (sources.questions.length === 0) problems.push(`${paths.questions}: has no question files (*.yaml)`);
  const questions = sources.questions.flatMap(({ file, text }) => {
    const result = checkQuestionFile(file, text);
    problems.push(...result.problems);
    return result.entries;
  });

  const disorders = dataFile(
    sources.disorders,
    paths.disorders,
    ({ file, text }) => checkDataFile(file, text, disorderSchema, { entry: 'disorder', listOf: 'disorders' }),
    problems,
  );
  const glossary = dataFile(
    sources.glossary,
    paths.glossary,
    ({ file, text }) => checkDataFile(file, text, glossaryEntrySchema, { entry: 'glossary entry', listOf: 'glossary entries' }),
    problems,
  );
  const references = dataFile(
    sources.references,
    paths.references,
    ({ file, text }) => checkDataFile(file, text, referenceSchema, { entry: 'reference', listOf: 'references' }),
    problems,
  );

  problems.push(
    ...checkCrossReferences({
      lessons,
      questionFiles: sources.questions.map(({ file }) => file),
      questions,
      disorders,
      glossary,
      references,
      figures: sources.figures,
    }),
  );
  return { lessons, questions, disorders, glossary, references, problems };
}

/** Every problem in the content under `rootDir`; an empty list means the content may build. */
export function validateContent(rootDir: string): string[] {
  return analyseContent(readContentSources(rootDir)).problems;
}

export { paths } from './cross-references.ts';
export type { LessonCheck } from './lesson-files.ts';
export type { QuestionEntry } from './question-files.ts';
export type { DataEntry } from './data-files.ts';
