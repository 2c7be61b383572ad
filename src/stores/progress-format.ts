/**
 * The stored learner progress and the export file: its shape, a hand-written guard
 * (no zod ships to the browser; src/schemas/progress.ts says the same in zod and a
 * property test keeps the two in step), and the merge an import uses.
 */
import { kebabIdPattern } from '../schemas/ids.ts';
import { PROGRESS_KEY, PROGRESS_VERSION } from './saved-progress.ts';

export { PROGRESS_KEY, PROGRESS_VERSION };
/** Where an unreadable value is kept: `wfbb-progress.corrupt.<ISO time>`. */
export const CORRUPT_PREFIX = `${PROGRESS_KEY}.corrupt.`;

/** Item ids and lesson slugs: kebab-case. */
export const slugPattern = kebabIdPattern;
/** Times as `Date.prototype.toISOString()` writes them. */
export const isoTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** The six certainty-based marks: right at certainty 1/2/3, wrong at 1/2/3. */
export const cbmMarks: readonly number[] = [1, 2, 3, 0, -2, -6];
export const verdicts = ['correct', 'partial', 'incorrect'] as const;

export type StoredVerdict = (typeof verdicts)[number];

export interface StoredGrade {
  /** In [0, 1]. */
  score: number;
  verdict: StoredVerdict;
  cbm?: number;
}

export interface ItemProgress {
  /** The response as the grader takes it. */
  lastResponse: Record<string, unknown>;
  lastGrade: StoredGrade;
  bestGrade: StoredGrade;
  attempts: number;
  certainty?: 1 | 2 | 3;
  /** ISO time of the last attempt. */
  updatedAt: string;
  /** Slug of the lesson the item belongs to. */
  lesson: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  items: Record<string, ItemProgress>;
}

/**
 * The response as the grader takes it, certainty included: one response shape outside the
 * store. (Saved, the certainty sits beside the response, as version 1 has always kept it.)
 */
export function savedResponse(entry: Pick<ItemProgress, 'lastResponse' | 'certainty'>): Record<string, unknown> {
  return entry.certainty === undefined ? entry.lastResponse : { ...entry.lastResponse, confidence: entry.certainty };
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, items: {} };
}

/**
 * The verdict a score must carry: the grader's rule (grading/validate.ts verdictOf), written
 * again here because importing it would bundle the graders' shared code with the store.
 */
export function verdictFor(score: number): StoredVerdict {
  return score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function extraKey(value: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(value).find((key) => !allowed.includes(key));
}

function gradeProblem(grade: unknown, where: string): string | undefined {
  if (!isRecord(grade)) return `${where} is not an object`;
  const extra = extraKey(grade, ['score', 'verdict', 'cbm']);
  if (extra !== undefined) return `${where} has an unknown field "${extra}"`;
  const { score, verdict, cbm } = grade;
  if (typeof score !== 'number' || !(score >= 0 && score <= 1)) return `${where}.score is not a number from 0 to 1`;
  if (verdict !== verdictFor(score)) return `${where}.verdict does not fit its score`;
  if (cbm !== undefined && !cbmMarks.includes(cbm as number)) return `${where}.cbm is not a certainty-based mark`;
  return undefined;
}

const itemFields = ['lastResponse', 'lastGrade', 'bestGrade', 'attempts', 'certainty', 'updatedAt', 'lesson'];

function itemProblem(id: string, entry: unknown): string | undefined {
  const where = `item "${id}"`;
  if (!slugPattern.test(id)) return `${where}: the id is not kebab-case`;
  if (!isRecord(entry)) return `${where} is not an object`;
  const extra = extraKey(entry, itemFields);
  if (extra !== undefined) return `${where} has an unknown field "${extra}"`;
  if (!isRecord(entry.lastResponse)) return `${where}: lastResponse is not an object`;
  const problem = gradeProblem(entry.lastGrade, `${where}: lastGrade`) ?? gradeProblem(entry.bestGrade, `${where}: bestGrade`);
  if (problem) return problem;
  const { attempts, certainty, updatedAt, lesson } = entry;
  if (!Number.isSafeInteger(attempts) || (attempts as number) < 1) return `${where}: attempts is not a whole number from 1`;
  if (certainty !== undefined && certainty !== 1 && certainty !== 2 && certainty !== 3) return `${where}: certainty is not 1, 2 or 3`;
  if (typeof updatedAt !== 'string' || !isoTimePattern.test(updatedAt)) return `${where}: updatedAt is not an ISO time`;
  if (typeof lesson !== 'string' || !slugPattern.test(lesson)) return `${where}: lesson is not a lesson slug`;
  return undefined;
}

/** Why `value` is not stored progress (a sentence for the learner), or undefined when it is. */
export function progressProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'it is not a progress object';
  if (value.version !== PROGRESS_VERSION) return `its version is ${JSON.stringify(value.version) ?? 'missing'}, not ${PROGRESS_VERSION}`;
  const extra = extraKey(value, ['version', 'items']);
  if (extra !== undefined) return `it has an unknown field "${extra}"`;
  if (!isRecord(value.items)) return 'its items are not an object';
  for (const [id, entry] of Object.entries(value.items)) {
    const problem = itemProblem(id, entry);
    if (problem) return problem;
  }
  return undefined;
}

export function isProgress(value: unknown): value is Progress {
  return progressProblem(value) === undefined;
}

/** Parse JSON text into progress, or say why it is not. Never throws. */
export function parseProgress(text: string): { progress: Progress } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'it is not valid JSON' };
  }
  const problem = progressProblem(value);
  return problem === undefined ? { progress: value as Progress } : { problem };
}

/** Higher score wins; on a tie, the higher certainty-based mark (none counts lowest). */
export function betterGrade(a: StoredGrade, b: StoredGrade): StoredGrade {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return (b.cbm ?? -Infinity) > (a.cbm ?? -Infinity) ? b : a;
}

/**
 * Merge imported progress into the current: items only one side has are kept; for an
 * item on both sides the newer attempt supplies the last response and grade, the better
 * best grade of the two is kept, and attempts is the larger count.
 */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const items: Record<string, ItemProgress> = { ...current.items };
  for (const [id, theirs] of Object.entries(incoming.items)) {
    const ours = items[id];
    if (!ours) {
      items[id] = theirs;
      continue;
    }
    const newer = theirs.updatedAt > ours.updatedAt ? theirs : ours;
    items[id] = {
      ...newer,
      bestGrade: betterGrade(ours.bestGrade, theirs.bestGrade),
      attempts: Math.max(ours.attempts, theirs.attempts),
    };
  }
  return { version: PROGRESS_VERSION, items };
}
