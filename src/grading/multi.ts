/** `multi` select all that apply: max(0, (right picks - wrong picks) / number of correct options). */
import type { MultiItemInput } from '../schemas/items/multi.ts';
import type { Feedback, Grade, MultiResponse } from './types.ts';
import { expectIdList, expectItem, expectShape, fail, finish } from './validate.ts';

/** Throws GradingError unless `response` is `{ choices }`: distinct option ids of the item (may be empty). */
export function validateMultiResponse(item: MultiItemInput, response: unknown): MultiResponse {
  expectItem(item, 'multi');
  const r = expectShape(item, response, ['choices']);
  expectIdList(item, r.choices, item.options, 'choices', 'option');
  return r as unknown as MultiResponse;
}

export function gradeMulti(item: MultiItemInput, response: MultiResponse): Grade {
  const { choices } = validateMultiResponse(item, response);
  const picked = new Set(choices);
  const correctCount = item.options.filter((option) => option.correct).length;
  if (correctCount === 0)
    fail(item, 'broken-item', 'options', 'a multi item needs at least one correct option');

  let rightPicks = 0;
  let wrongPicks = 0;
  const chosenFeedback: Feedback[] = [];
  const missedFeedback: Feedback[] = [];
  // Item order, not click order: the same choices always give the same feedback.
  for (const option of item.options) {
    if (picked.has(option.id)) {
      if (option.correct) rightPicks++;
      else wrongPicks++;
      chosenFeedback.push({
        kind: 'option',
        target: option.id,
        correct: option.correct,
        message: option.feedback,
      });
    } else if (option.correct) {
      missedFeedback.push({
        kind: 'missed',
        target: option.id,
        correct: true,
        message: `You missed a correct option: ${option.text}. ${option.feedback}`,
      });
    }
  }
  const score = Math.max(0, (rightPicks - wrongPicks) / correctCount);
  return finish(item, score, [...chosenFeedback, ...missedFeedback], response);
}
