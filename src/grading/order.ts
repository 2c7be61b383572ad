/** `order` sequence: 1 - discordant pairs / (n(n-1)/2), the normalised Kendall tau distance to the key. */
import type { OrderItemInput } from '../schemas/items/order.ts';
import type { Feedback, Grade, OrderResponse } from './types.ts';
import { expectIdList, expectItem, expectShape, fail, finish } from './validate.ts';

/** Throws GradingError unless `response` is `{ order }`: a permutation of all the item's step ids. */
export function validateOrderResponse(item: OrderItemInput, response: unknown): OrderResponse {
  expectItem(item, 'order');
  const r = expectShape(item, response, ['order']);
  const order = expectIdList(item, r.order, item.steps, 'order', 'step');
  if (order.length !== item.steps.length) {
    const missing = item.steps.filter((step) => !order.includes(step.id)).map((step) => step.id);
    fail(
      item,
      'incomplete',
      'order',
      `order must list all ${item.steps.length} steps; missing: ${missing.join(', ')}`,
    );
  }
  return r as unknown as OrderResponse;
}

/** Number of pairs placed in the opposite order to the key (`positions[i]` = key index of the i-th placed step). */
export function discordantPairs(positions: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      if (positions[i]! > positions[j]!) count++;
    }
  }
  return count;
}

/**
 * Indices (into `positions`) of one longest increasing subsequence: the steps that
 * are already in the right order relative to each other. The rest are out of place.
 */
export function longestIncreasingRun(positions: readonly number[]): Set<number> {
  const n = positions.length;
  const length = new Array<number>(n).fill(1);
  const previous = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (positions[j]! < positions[i]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (length[i]! > length[end]!) end = i;
  const kept = new Set<number>();
  for (let i = n === 0 ? -1 : end; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

export function gradeOrder(item: OrderItemInput, response: OrderResponse): Grade {
  const { order } = validateOrderResponse(item, response);
  const n = item.steps.length;
  const keyIndex = new Map(item.steps.map((step, index) => [step.id, index]));
  const positions = order.map((id) => keyIndex.get(id)!);
  const score = 1 - discordantPairs(positions) / ((n * (n - 1)) / 2);

  const feedback: Feedback[] = [];
  if (score < 1) {
    const kept = longestIncreasingRun(positions);
    // Report in the key's order so the learner reads the sequence as it should run.
    const misplaced = positions
      .map((keyPos, placedPos) => ({ keyPos, placedPos }))
      .filter(({ placedPos }) => !kept.has(placedPos))
      .sort((a, b) => a.keyPos - b.keyPos);
    for (const { keyPos, placedPos } of misplaced) {
      const step = item.steps[keyPos]!;
      const where = keyPos === 0 ? 'it comes first' : `it comes after "${item.steps[keyPos - 1]!.text}"`;
      feedback.push({
        kind: 'misplaced',
        target: step.id,
        correct: false,
        message: `"${step.text}" is out of place: you put it at position ${placedPos + 1}, it belongs at position ${keyPos + 1} (${where}).`,
      });
    }
    feedback.push({
      kind: 'answer',
      message: `The right order: ${item.steps.map((step, index) => `${index + 1}. ${step.text}`).join('; ')}.`,
    });
  }
  return finish(item, score, feedback, response);
}
