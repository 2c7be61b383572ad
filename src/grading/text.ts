/**
 * `text` short answer: right if it matches an accepted answer after normalising;
 * with fuzzy matching (default) a Damerau-Levenshtein distance of 1 (2 from 10
 * characters) is accepted. A `reject` entry wins over a fuzzy accept and gives its feedback.
 */
import type { TextItemInput } from '../schemas/items/text.ts';
import { damerauLevenshtein, fuzzyTolerance, normalise } from './text-normalise.ts';
import type { Feedback, Grade, TextResponse } from './types.ts';
import { expectItem, expectShape, fail, finish } from './validate.ts';

/** Throws GradingError unless `response` is `{ text }` with a string. */
export function validateTextResponse(item: TextItemInput, response: unknown): TextResponse {
  expectItem(item, 'text');
  const r = expectShape(item, response, ['text']);
  if (typeof r.text !== 'string')
    fail(item, 'wrong-shape', 'text', `text must be a string, not ${typeof r.text}`);
  return r as unknown as TextResponse;
}

export type TextMatch =
  | { kind: 'accept'; exact: boolean; index: number; distance: number }
  | { kind: 'reject'; exact: boolean; index: number; distance: number }
  | { kind: 'none' };

/**
 * How a response matches the key, in this order:
 * 1. an exact (normalised) reject entry;
 * 2. an exact accepted answer;
 * 3. with fuzzy on: the nearest reject entry and the nearest accepted answer within
 *    tolerance; the reject entry wins unless the accepted answer is strictly nearer.
 * Reject entries use the same tolerance rule as accepted answers (by their own length).
 * An exact accept is never overturned by a fuzzy reject, so "GNAS" is not rejected for
 * being one letter from a rejected "GNAQ".
 */
export function matchText(item: TextItemInput, text: string): TextMatch {
  const given = normalise(text);
  const accepts = item.accept.map(normalise);
  const rejects = (item.reject ?? []).map((entry) => normalise(entry.answer));
  if (given !== '') {
    const exactReject = rejects.indexOf(given);
    if (exactReject !== -1) return { kind: 'reject', exact: true, index: exactReject, distance: 0 };
  }
  const exactAccept = accepts.indexOf(given);
  if (given !== '' && exactAccept !== -1)
    return { kind: 'accept', exact: true, index: exactAccept, distance: 0 };
  if (item.fuzzy === false || given === '') return { kind: 'none' };

  const nearest = (list: string[]) => {
    let best: { index: number; distance: number } | undefined;
    list.forEach((answer, index) => {
      if (answer === '') return;
      const distance = damerauLevenshtein(given, answer);
      if (distance <= fuzzyTolerance(answer) && (!best || distance < best.distance))
        best = { index, distance };
    });
    return best;
  };
  const reject = nearest(rejects);
  const accept = nearest(accepts);
  if (reject && (!accept || reject.distance <= accept.distance))
    return { kind: 'reject', exact: false, ...reject };
  if (accept) return { kind: 'accept', exact: false, ...accept };
  return { kind: 'none' };
}

export function gradeText(item: TextItemInput, response: TextResponse): Grade {
  const { text } = validateTextResponse(item, response);
  const match = matchText(item, text);
  const feedback: Feedback[] = [];
  if (match.kind === 'accept') {
    if (!match.exact) {
      feedback.push({
        kind: 'answer',
        correct: true,
        message: `Accepted as "${item.accept[match.index]}" (mind the spelling).`,
      });
    }
    return finish(item, 1, feedback, response);
  }
  if (match.kind === 'reject') {
    const entry = item.reject![match.index]!;
    feedback.push({ kind: 'reject', target: entry.answer, correct: false, message: entry.feedback });
  }
  feedback.push({
    kind: 'answer',
    correct: true,
    message:
      item.accept.length === 1
        ? `The accepted answer: ${item.accept[0]}`
        : `Accepted answers: ${item.accept.join('; ')}`,
  });
  return finish(item, 0, feedback, response);
}
