/**
 * The grading engine: `grade(item, response)` for every item type, `summarize(grades)`
 * for a set, and `GradingError` for a response that does not fit its item.
 *
 * Pure: no Astro, Preact, nanostores, DOM or zod at run time (schemas are imported as
 * types only; the item-type catalogue is zod-free), so plain Node tooling and islands can
 * import it.
 */
import { isItemType, itemTypes } from '../schemas/items/catalogue.ts';
import type { GradableItem, GradableItemOf, Grade, ItemType, ResponseFor } from './types.ts';
import { gradeSingle } from './single.ts';
import { gradeMulti } from './multi.ts';
import { gradeOrder } from './order.ts';
import { gradeMatch } from './match.ts';
import { gradeTwoTier } from './twoTier.ts';
import { gradeSct } from './sct.ts';
import { gradeRank } from './rank.ts';
import { gradeText } from './text.ts';
import { gradeHotspot } from './hotspot.ts';
import { fail, isPlainObject } from './validate.ts';

export type * from './types.ts';
export { GradingError, isGradingError, type GradingErrorCode, type GradingErrorDetails } from './errors.ts';
export { summarize, type Summary, type CalibrationLevel } from './summary.ts';
export {
  cbmMark,
  cbmOutcome,
  cbmMessage,
  certaintyLabels,
  certaintyLevels,
  isCertainty,
} from './certainty.ts';
export { normalise, damerauLevenshtein, fuzzyTolerance } from './text-normalise.ts';
export { gradeSingle, validateSingleResponse } from './single.ts';
export { gradeMulti, validateMultiResponse } from './multi.ts';
export { gradeOrder, validateOrderResponse, discordantPairs } from './order.ts';
export { gradeMatch, validateMatchResponse } from './match.ts';
export { gradeTwoTier, validateTwoTierResponse } from './twoTier.ts';
export { gradeSct, validateSctResponse } from './sct.ts';
export { gradeRank, validateRankResponse, dcg, idealRanking } from './rank.ts';
export { gradeText, validateTextResponse, matchText, type TextMatch } from './text.ts';
export { gradeHotspot, validateHotspotResponse, pointInRegion, pointInPolygon } from './hotspot.ts';

/** The grader of one item type: the item as written or parsed, and a response that fits it. */
export type Grader<T extends ItemType> = (item: GradableItemOf<T>, response: ResponseFor<T>) => Grade;
/** One grader per item type; a type of the catalogue left out does not compile. */
export type Graders = { [T in ItemType]: Grader<T> };

export const graders: Graders = {
  single: gradeSingle,
  multi: gradeMulti,
  order: gradeOrder,
  match: gradeMatch,
  twoTier: gradeTwoTier,
  sct: gradeSct,
  rank: gradeRank,
  text: gradeText,
  hotspot: gradeHotspot,
};

function gradeAs<T extends ItemType>(type: T, item: GradableItemOf<T>, response: ResponseFor<T>): Grade {
  return graders[type](item, response);
}

/**
 * Grade a response against an item (as written in YAML, or as parsed).
 * Throws GradingError when the response does not fit the item.
 */
export function grade<I extends GradableItem>(item: I, response: ResponseFor<I['type']>): Grade {
  if (!isPlainObject(item)) fail({}, 'broken-item', undefined, 'the item to grade must be an object');
  const gradable: GradableItem = item;
  // The type says "an item", but YAML handed to the grader may carry any `type`.
  const type: unknown = gradable.type;
  if (!isItemType(type)) {
    fail(gradable, 'unknown-type', 'type', `cannot grade an item of type ${JSON.stringify(type)} (types: ${itemTypes.join(', ')})`);
  }
  return gradeAs(gradable.type, gradable, response);
}
