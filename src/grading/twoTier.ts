/** `twoTier` answer and reason: 1 only if both tiers are right. */
import type { TwoTierItemInput } from '../schemas/items/twoTier.ts';
import type { Feedback, Grade, TwoTierResponse } from './types.ts';
import { expectId, expectItem, expectShape, finish } from './validate.ts';

/** Throws GradingError unless `response` is `{ choice, reason }` naming an option and a reason of the item. */
export function validateTwoTierResponse(item: TwoTierItemInput, response: unknown): TwoTierResponse {
  expectItem(item, 'twoTier');
  const r = expectShape(item, response, ['choice', 'reason']);
  expectId(item, r.choice, item.options, 'choice', 'option');
  expectId(item, r.reason, item.reasons, 'reason', 'reason');
  return r as unknown as TwoTierResponse;
}

export function gradeTwoTier(item: TwoTierItemInput, response: TwoTierResponse): Grade {
  const { choice, reason } = validateTwoTierResponse(item, response);
  const option = item.options.find((o) => o.id === choice)!;
  const why = item.reasons.find((r) => r.id === reason)!;
  const answerRight = choice === item.answer;
  const reasonRight = reason === item.reason;
  const keyOption = item.options.find((o) => o.id === item.answer);
  const keyReason = item.reasons.find((r) => r.id === item.reason);

  const feedback: Feedback[] = [
    { kind: 'option', target: option.id, correct: answerRight, message: option.feedback },
    { kind: 'reason', target: why.id, correct: reasonRight, message: why.feedback },
  ];
  if (answerRight && reasonRight) {
    feedback.push({ kind: 'tier', correct: true, message: 'Right answer, right reason.' });
  } else if (answerRight) {
    feedback.push({
      kind: 'tier',
      target: 'reason',
      correct: false,
      message: `Right answer, wrong reason. The reason that holds: ${keyReason?.text ?? item.reason}`,
    });
  } else if (reasonRight) {
    feedback.push({
      kind: 'tier',
      target: 'answer',
      correct: false,
      message: `Right reason, wrong answer. The answer that follows from it: ${keyOption?.text ?? item.answer}`,
    });
  } else {
    feedback.push({
      kind: 'tier',
      correct: false,
      message: `Wrong answer and wrong reason. The answer: ${keyOption?.text ?? item.answer}. The reason: ${keyReason?.text ?? item.reason}`,
    });
  }
  return finish(item, answerRight && reasonRight ? 1 : 0, feedback, response);
}
