/** `match` extended matching: the share of premises matched right; an unanswered premise is wrong. */
import type { MatchItemInput } from '../schemas/items/match.ts';
import type { Feedback, Grade, MatchResponse } from './types.ts';
import { expectId, expectItem, expectShape, fail, finish, isPlainObject } from './validate.ts';

/**
 * Throws GradingError unless `response` is `{ pairs }`: an object whose keys are premise ids
 * and whose values are choice ids (a choice may serve several premises). A premise left
 * out, or paired with null, is unanswered.
 */
export function validateMatchResponse(item: MatchItemInput, response: unknown): MatchResponse {
  expectItem(item, 'match');
  const r = expectShape(item, response, ['pairs']);
  if (!isPlainObject(r.pairs)) {
    fail(item, 'wrong-shape', 'pairs', 'pairs must be an object from premise id to choice id');
  }
  for (const [premiseId, choiceId] of Object.entries(r.pairs)) {
    expectId(item, premiseId, item.premises, `pairs["${premiseId}"]`, 'premise');
    if (choiceId !== null && choiceId !== undefined) {
      expectId(item, choiceId, item.choices, `pairs["${premiseId}"]`, 'choice');
    }
  }
  return r as unknown as MatchResponse;
}

export function gradeMatch(item: MatchItemInput, response: MatchResponse): Grade {
  const { pairs } = validateMatchResponse(item, response);
  const choiceText = new Map(item.choices.map((choice) => [choice.id, choice.text]));
  const textOf = (id: string) => choiceText.get(id) ?? id;
  const feedback: Feedback[] = [];
  let right = 0;
  for (const premise of item.premises) {
    const given = (pairs as Record<string, string | null | undefined>)[premise.id];
    const extra = premise.feedback ? ` ${premise.feedback}` : '';
    if (given === premise.answer) {
      right++;
      feedback.push({
        kind: 'match',
        target: premise.id,
        correct: true,
        message: `${premise.text}: ${textOf(given)} is right.${extra}`,
      });
    } else if (given === null || given === undefined) {
      feedback.push({
        kind: 'missed',
        target: premise.id,
        correct: false,
        message: `${premise.text}: not answered; the right match is ${textOf(premise.answer)}.${extra}`,
      });
    } else {
      feedback.push({
        kind: 'mismatch',
        target: premise.id,
        correct: false,
        message: `${premise.text}: you chose ${textOf(given)}; the right match is ${textOf(premise.answer)}.${extra}`,
      });
    }
  }
  return finish(item, right / item.premises.length, feedback, response);
}
