/**
 * The stored learner progress and the export file: a hand-written guard for version 2 (what the
 * store writes) and version 1 (still read, and migrated), so no zod ships to the browser
 * (src/schemas/progress.ts says the same in zod and a property test keeps the two in step), and
 * the per-item merge that import and every write use.
 */
import {
  PREVIOUS_PROGRESS_VERSION,
  PROGRESS_VERSION,
  cbmMarksV1,
  cbmMax,
  cbmMin,
  certainties,
  certaintiesV1,
  difficultyMax,
  difficultyMin,
  isoTimePattern,
  scheduleStates,
  slugPattern,
  verdictFor,
  type ItemProgress,
  type Progress,
  type ProgressV1,
  type Schedule,
  type StoredGrade,
} from '../schemas/progress-shape.ts';
import { PROGRESS_KEY } from './saved-progress.ts';

export { PROGRESS_KEY, PROGRESS_VERSION, PREVIOUS_PROGRESS_VERSION, verdictFor };
export type { ItemProgress, Progress, ProgressV1, Schedule, StoredGrade };
export type { StoredVerdict, StoredCertainty } from '../schemas/progress-shape.ts';
/** Where an unreadable value is kept: `wfbb-progress.corrupt.<ISO time>`. */
export const CORRUPT_PREFIX = `${PROGRESS_KEY}.corrupt.`;
/** Where version-1 progress is kept while it migrates, until the new record is written and read back. */
export const V1_BACKUP_KEY = `${PROGRESS_KEY}.v1-backup`;

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

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function extraKey(value: Record<string, unknown>, allowed: readonly string[]): string | undefined {
  return Object.keys(value).find((key) => !allowed.includes(key));
}

const isIsoTime = (value: unknown) => typeof value === 'string' && isoTimePattern.test(value);
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
/** Allowed values as a sentence says them: "0, 1, 2 or 3". */
const oneOf = (values: readonly number[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

type StoredVersion = typeof PREVIOUS_PROGRESS_VERSION | typeof PROGRESS_VERSION;

/** What each version allows of a grade's mark and an item's certainty and fields. */
interface VersionRules {
  cbm: (n: number) => boolean;
  cbmProblem: string;
  certainties: readonly number[];
  itemFields: readonly string[];
}

const v1Fields = ['lastResponse', 'lastGrade', 'bestGrade', 'attempts', 'certainty', 'updatedAt', 'lesson'];
const rules: Record<StoredVersion, VersionRules> = {
  [PREVIOUS_PROGRESS_VERSION]: {
    cbm: (n) => cbmMarksV1.includes(n),
    cbmProblem: 'is not a certainty-based mark',
    certainties: certaintiesV1,
    itemFields: v1Fields,
  },
  [PROGRESS_VERSION]: {
    cbm: (n) => n >= cbmMin && n <= cbmMax,
    cbmProblem: `is not a number from ${cbmMin} to ${cbmMax}`,
    certainties,
    itemFields: [...v1Fields, 'schedule'],
  },
};

function gradeProblem(grade: unknown, where: string, version: VersionRules): string | undefined {
  if (!isRecord(grade)) return `${where} is not an object`;
  const extra = extraKey(grade, ['score', 'verdict', 'cbm']);
  if (extra !== undefined) return `${where} has an unknown field "${extra}"`;
  const { score, verdict, cbm } = grade;
  if (typeof score !== 'number' || !(score >= 0 && score <= 1)) return `${where}.score is not a number from 0 to 1`;
  if (verdict !== verdictFor(score)) return `${where}.verdict does not fit its score`;
  if (cbm !== undefined && !(typeof cbm === 'number' && version.cbm(cbm))) return `${where}.cbm ${version.cbmProblem}`;
  return undefined;
}

const scheduleFields = ['due', 'stability', 'difficulty', 'reps', 'lapses', 'state', 'lastReview'];

function scheduleProblem(schedule: unknown, where: string): string | undefined {
  if (!isRecord(schedule)) return `${where} is not an object`;
  const extra = extraKey(schedule, scheduleFields);
  if (extra !== undefined) return `${where} has an unknown field "${extra}"`;
  const { due, stability, difficulty, reps, lapses, state, lastReview } = schedule;
  if (!isIsoTime(due)) return `${where}.due is not an ISO time`;
  if (typeof stability !== 'number' || !(stability >= 0 && stability < Infinity)) return `${where}.stability is not a number from 0`;
  if (typeof difficulty !== 'number' || !(difficulty >= difficultyMin && difficulty <= difficultyMax)) {
    return `${where}.difficulty is not a number from ${difficultyMin} to ${difficultyMax}`;
  }
  if (!isCount(reps)) return `${where}.reps is not a whole number from 0`;
  if (!isCount(lapses)) return `${where}.lapses is not a whole number from 0`;
  if (!(scheduleStates as readonly unknown[]).includes(state)) return `${where}.state is not ${oneOf(scheduleStates)}`;
  if (!isIsoTime(lastReview)) return `${where}.lastReview is not an ISO time`;
  return undefined;
}

function itemProblem(id: string, entry: unknown, version: VersionRules): string | undefined {
  const where = `item "${id}"`;
  if (!slugPattern.test(id)) return `${where}: the id is not kebab-case`;
  if (!isRecord(entry)) return `${where} is not an object`;
  const extra = extraKey(entry, version.itemFields);
  if (extra !== undefined) return `${where} has an unknown field "${extra}"`;
  if (!isRecord(entry.lastResponse)) return `${where}: lastResponse is not an object`;
  const problem =
    gradeProblem(entry.lastGrade, `${where}: lastGrade`, version) ?? gradeProblem(entry.bestGrade, `${where}: bestGrade`, version);
  if (problem) return problem;
  const { attempts, certainty, updatedAt, lesson, schedule } = entry;
  if (!Number.isSafeInteger(attempts) || (attempts as number) < 1) return `${where}: attempts is not a whole number from 1`;
  if (certainty !== undefined && !version.certainties.includes(certainty as number)) return `${where}: certainty is not ${oneOf(version.certainties)}`;
  if (!isIsoTime(updatedAt)) return `${where}: updatedAt is not an ISO time`;
  if (typeof lesson !== 'string' || !slugPattern.test(lesson)) return `${where}: lesson is not a lesson slug`;
  if (schedule !== undefined) return scheduleProblem(schedule, `${where}: schedule`);
  return undefined;
}

function problemAt(value: unknown, versions: readonly StoredVersion[]): string | undefined {
  if (!isRecord(value)) return 'it is not a progress object';
  const version = value.version;
  if (!versions.includes(version as StoredVersion)) {
    return `its version is ${JSON.stringify(version) ?? 'missing'}, not ${versions.join(' or ')}`;
  }
  const extra = extraKey(value, ['version', 'items']);
  if (extra !== undefined) return `it has an unknown field "${extra}"`;
  if (!isRecord(value.items)) return 'its items are not an object';
  for (const [id, entry] of Object.entries(value.items)) {
    const problem = itemProblem(id, entry, rules[version as StoredVersion]);
    if (problem) return problem;
  }
  return undefined;
}

/** Why `value` is not progress of the current version (a sentence for the learner), or undefined when it is. */
export function progressProblem(value: unknown): string | undefined {
  return problemAt(value, [PROGRESS_VERSION]);
}

/** Why `value` is not version-1 progress, or undefined when it is. */
export function progressV1Problem(value: unknown): string | undefined {
  return problemAt(value, [PREVIOUS_PROGRESS_VERSION]);
}

export function isProgress(value: unknown): value is Progress {
  return progressProblem(value) === undefined;
}

export function isProgressV1(value: unknown): value is ProgressV1 {
  return progressV1Problem(value) === undefined;
}

/** Version 1 in version 2's words: every field kept as it was; schedules are the scheduler's to add. */
export function fromV1(value: ProgressV1): Progress {
  return { version: PROGRESS_VERSION, items: { ...value.items } };
}

/**
 * Parse JSON text into progress of the current version, or say why it is not. Version 1 is read
 * and converted (`from: 1` says so: its items have no schedule yet). Never throws.
 */
export function parseProgress(text: string): { progress: Progress; from?: typeof PREVIOUS_PROGRESS_VERSION } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'it is not valid JSON' };
  }
  const problem = problemAt(value, [PREVIOUS_PROGRESS_VERSION, PROGRESS_VERSION]);
  if (problem !== undefined) return { problem };
  const read = value as Progress | ProgressV1;
  return read.version === PREVIOUS_PROGRESS_VERSION ? { progress: fromV1(read), from: PREVIOUS_PROGRESS_VERSION } : { progress: read };
}

/** Higher score wins; on a tie, the higher certainty-based mark (none counts lowest). */
export function betterGrade(a: StoredGrade, b: StoredGrade): StoredGrade {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return (b.cbm ?? -Infinity) > (a.cbm ?? -Infinity) ? b : a;
}

/** The schedule set by the later review (either may be missing). */
export function laterSchedule(a: Schedule | undefined, b: Schedule | undefined): Schedule | undefined {
  if (!a || !b) return a ?? b;
  return b.lastReview > a.lastReview ? b : a;
}

/**
 * One item seen by two sides (two tabs, or saved and imported): the newer attempt supplies the
 * last response, grade and certainty; the better best grade, the larger attempt count and the
 * schedule of the later review are kept, whichever side they come from.
 */
export function mergeItem(ours: ItemProgress, theirs: ItemProgress): ItemProgress {
  const { schedule: _, ...newer } = theirs.updatedAt > ours.updatedAt ? theirs : ours;
  const merged: ItemProgress = {
    ...newer,
    bestGrade: betterGrade(ours.bestGrade, theirs.bestGrade),
    attempts: Math.max(ours.attempts, theirs.attempts),
  };
  const schedule = laterSchedule(ours.schedule, theirs.schedule);
  if (schedule) merged.schedule = schedule;
  return merged;
}

/** Merge two progress values item by item: items only one side has are kept, shared ones merged by `mergeItem`. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const items: Record<string, ItemProgress> = { ...current.items };
  for (const [id, theirs] of Object.entries(incoming.items)) {
    const ours = items[id];
    items[id] = ours ? mergeItem(ours, theirs) : theirs;
  }
  return { version: PROGRESS_VERSION, items };
}
