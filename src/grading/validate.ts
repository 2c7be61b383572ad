/**
 * Shared checks that a response fits an item, and the common end of every grader.
 * "Doesn't fit the item" throws GradingError; "wrong" is graded.
 */
import { cbmMark, cbmMessage, isCertainty } from './certainty.ts';
import { GradingError, type GradingErrorCode } from './errors.ts';
import type { Certainty, Feedback, Grade, Verdict } from './types.ts';

interface ItemLike {
  id: string;
  type: string;
  explanation: string;
  confidence?: boolean | undefined;
}

export function fail(
  item: { id?: unknown },
  code: GradingErrorCode,
  field: string | undefined,
  message: string,
): never {
  throw new GradingError(message, {
    code,
    itemId: typeof item.id === 'string' ? item.id : undefined,
    ...(field === undefined ? {} : { field }),
  });
}

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : typeof value;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The response must be a plain object with exactly the allowed fields (plus an optional `confidence`).
 * `required` fields must be present; `optional` may be.
 */
export function expectShape(
  item: ItemLike,
  response: unknown,
  required: readonly string[],
  optional: readonly string[] = [],
): Record<string, unknown> {
  const shape = `{ ${[...required, ...optional.map((f) => `${f}?`)].join(', ')} }`;
  if (!isPlainObject(response)) {
    fail(item, 'wrong-shape', undefined, `a ${item.type} response is ${shape}, not ${describe(response)}`);
  }
  const allowed = new Set([...required, ...optional, 'confidence']);
  const extra = Object.keys(response).filter((key) => !allowed.has(key));
  if (extra.length > 0) {
    fail(
      item,
      'wrong-shape',
      extra[0],
      `a ${item.type} response has no field ${extra.map((k) => `"${k}"`).join(', ')} (it is ${shape})`,
    );
  }
  for (const field of required) {
    if (!(field in response) || response[field] === undefined) {
      fail(item, 'wrong-shape', field, `a ${item.type} response needs "${field}" (it is ${shape})`);
    }
  }
  if (response.confidence !== undefined && !isCertainty(response.confidence)) {
    fail(
      item,
      'out-of-range',
      'confidence',
      `confidence must be 1, 2, 3 or 0 (no idea), not ${JSON.stringify(response.confidence)}`,
    );
  }
  return response;
}

const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id).join(', ');

/** A string naming an entry of `list`. */
export function expectId(
  item: ItemLike,
  value: unknown,
  list: readonly { id: string }[],
  field: string,
  what: string,
  plural = `${what}s`,
): string {
  if (typeof value !== 'string') {
    fail(item, 'wrong-shape', field, `${field} must be a ${what} id (a string), not ${describe(value)}`);
  }
  if (!list.some((entry) => entry.id === value)) {
    fail(item, 'unknown-id', field, `${field} "${value}" names no ${what} (${plural}: ${ids(list)})`);
  }
  return value;
}

/** A list of distinct strings, each naming an entry of `list`. */
export function expectIdList(
  item: ItemLike,
  value: unknown,
  list: readonly { id: string }[],
  field: string,
  what: string,
  plural = `${what}s`,
): string[] {
  if (!Array.isArray(value)) {
    fail(item, 'wrong-shape', field, `${field} must be a list of ${what} ids, not ${describe(value)}`);
  }
  const seen = new Set<string>();
  value.forEach((entry, index) => {
    const id = expectId(item, entry, list, `${field}[${index}]`, what, plural);
    if (seen.has(id))
      fail(item, 'duplicate-id', `${field}[${index}]`, `${field} names ${what} "${id}" twice`);
    seen.add(id);
  });
  return value as string[];
}

/** A finite number. */
export function expectNumber(item: ItemLike, value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(
      item,
      'wrong-shape',
      field,
      `${field} must be a finite number, not ${JSON.stringify(value) ?? describe(value)}`,
    );
  }
  return value;
}

/** Any item reached here was parsed by the schema; a few guards keep a hand-made item from dividing by zero. */
export function expectItem(item: unknown, type: string): asserts item is ItemLike {
  if (!isPlainObject(item) || typeof item.id !== 'string') {
    fail({}, 'broken-item', undefined, `the item to grade must be an object with an id`);
  }
  if (item.type !== type) {
    fail(item, 'broken-item', 'type', `a ${type} grader was given a ${String(item.type)} item`);
  }
}

const EPSILON = 1e-9;

/** Clamp to [0, 1] and snap float noise at the ends so verdicts are exact. */
export function clampScore(score: number): number {
  if (!(score > EPSILON)) return 0;
  if (score > 1 - EPSILON) return 1;
  return score;
}

export function verdictOf(score: number): Verdict {
  return score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial';
}

/**
 * The common end of every grader: clamp the score, set the verdict, add the
 * certainty-based mark (any item that asks for certainty, as every item does unless it says
 * `confidence: false`, answered with one; partial credit scales the mark) and the explanation
 * (always last). "No idea" is still graded, so the learner sees what was right; it marks 0.
 */
export function finish(
  item: ItemLike,
  rawScore: number,
  feedback: Feedback[],
  response: { confidence?: unknown },
): Grade {
  const score = clampScore(rawScore);
  const grade: Grade = { score, max: 1, verdict: verdictOf(score), feedback };
  if (item.confidence !== false && isCertainty(response.confidence)) {
    const certainty: Certainty = response.confidence;
    grade.cbm = cbmMark(score, certainty);
    feedback.push({ kind: 'certainty', message: cbmMessage(score, certainty), correct: score === 1 });
  }
  feedback.push({ kind: 'explanation', message: item.explanation });
  return grade;
}
