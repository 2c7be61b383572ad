/** `single` best answer: 1 if the choice is the key, else 0. */
import type { SingleItemInput } from '../schemas/items/single.ts';
import type { Feedback, Grade, SingleResponse } from './types.ts';
import { expectId, expectItem, expectShape, finish } from './validate.ts';

/** Throws GradingError unless `response` is `{ choice }` naming an option of the item. */
export function validateSingleResponse(item: SingleItemInput, response: unknown): SingleResponse {
  expectItem(item, 'single');
  const r = expectShape(item, response, ['choice']);
  expectId(item, r.choice, item.options, 'choice', 'option');
  return r as unknown as SingleResponse;
}

export function gradeSingle(item: SingleItemInput, response: SingleResponse): Grade {
  const { choice } = validateSingleResponse(item, response);
  const chosen = item.options.find((option) => option.id === choice)!;
  const right = choice === item.answer;
  const feedback: Feedback[] = [
    { kind: 'option', target: chosen.id, correct: right, message: chosen.feedback },
  ];
  if (!right) {
    const key = item.options.find((option) => option.id === item.answer);
    if (key)
      feedback.push({
        kind: 'answer',
        target: key.id,
        correct: true,
        message: `The best answer: ${key.text}`,
      });
  }
  return finish(item, right ? 1 : 0, feedback, response);
}
