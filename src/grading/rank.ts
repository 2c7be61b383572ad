/**
 * `rank` differential ranking: nDCG@k with gain 2^relevance - 1 and discount
 * log2(i + 1) for the i-th place (1-based); the ideal DCG ranks the k most relevant options.
 */
import type { RankItemInput } from '../schemas/items/rank.ts';
import type { Feedback, Grade, RankResponse } from './types.ts';
import { expectIdList, expectItem, expectShape, fail, finish } from './validate.ts';

/** Throws GradingError unless `response` is `{ ranked }`: at most k distinct option ids, best first. */
export function validateRankResponse(item: RankItemInput, response: unknown): RankResponse {
  expectItem(item, 'rank');
  const r = expectShape(item, response, ['ranked']);
  const ranked = expectIdList(item, r.ranked, item.options, 'ranked', 'option');
  if (ranked.length > item.k) {
    fail(item, 'too-many', 'ranked', `ranked holds at most ${item.k} options (k), not ${ranked.length}`);
  }
  return r as unknown as RankResponse;
}

/** Discounted cumulative gain of relevances listed best first. */
export function dcg(relevances: readonly number[]): number {
  return relevances.reduce((sum, rel, index) => sum + (2 ** rel - 1) / Math.log2(index + 2), 0);
}

/** The options in an ideal order: relevance high to low, ties in the author's order. */
export function idealRanking<T extends { relevance: number }>(options: readonly T[]): T[] {
  return options
    .map((option, index) => ({ option, index }))
    .sort((a, b) => b.option.relevance - a.option.relevance || a.index - b.index)
    .map(({ option }) => option);
}

export function gradeRank(item: RankItemInput, response: RankResponse): Grade {
  const { ranked } = validateRankResponse(item, response);
  const byId = new Map(item.options.map((option) => [option.id, option]));
  const ideal = idealRanking(item.options).slice(0, item.k);
  const idealDcg = dcg(ideal.map((option) => option.relevance));
  if (!(idealDcg > 0))
    fail(item, 'broken-item', 'options', 'a rank item needs an option with relevance above 0');
  const score = dcg(ranked.map((id) => byId.get(id)!.relevance)) / idealDcg;

  const feedback: Feedback[] = ranked.map((id, index) => {
    const option = byId.get(id)!;
    return {
      kind: 'option',
      target: id,
      correct: option.relevance > 0,
      message: `${index + 1}. ${option.text}: ${option.feedback}`,
    };
  });

  const top = Math.max(...item.options.map((option) => option.relevance));
  const leaders = item.options.filter((option) => option.relevance === top);
  const placed = new Map(ranked.map((id, index) => [id, index + 1]));
  const belongs = leaders.length === 1 ? 'first' : `in the first ${leaders.length}`;
  for (const leader of leaders) {
    const at = placed.get(leader.id);
    if (at === undefined) {
      feedback.push({
        kind: 'rank',
        target: leader.id,
        correct: false,
        message: `You left out ${leader.text}, the leading diagnosis: it belongs ${belongs}. ${leader.feedback}`,
      });
    } else if (at > leaders.length) {
      feedback.push({
        kind: 'rank',
        target: leader.id,
        correct: false,
        message: `You placed ${leader.text}, the leading diagnosis, at ${at}: it belongs ${belongs}.`,
      });
    }
  }
  // Other relevant options that an ideal list of k would hold but the learner's does not.
  const cutoff = ideal[ideal.length - 1]!.relevance;
  for (const option of item.options) {
    if (
      option.relevance > 0 &&
      option.relevance < top &&
      option.relevance >= cutoff &&
      !placed.has(option.id)
    ) {
      feedback.push({
        kind: 'missed',
        target: option.id,
        correct: true,
        message: `You left out ${option.text}. ${option.feedback}`,
      });
    }
  }
  if (score < 1 - 1e-9) {
    feedback.push({
      kind: 'answer',
      message: `A strong ranking: ${ideal.map((option, index) => `${index + 1}. ${option.text}`).join('; ')}.`,
    });
  }
  return finish(item, score, feedback, response);
}
