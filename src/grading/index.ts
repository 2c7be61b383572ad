/**
 * The grading engine: `grade(item, response)` for every item type, `summarize(grades)`
 * for a set, and `GradingError` for a response that does not fit its item.
 *
 * Pure: no Astro, Preact, nanostores, DOM or zod at run time (schemas are imported as
 * types only), so plain Node tooling and islands can import it.
 */
import type { GradableItem, Grade, ItemType, ResponseFor } from './types.ts';
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
export { gradeSct, validateSctResponse, formatSctValue } from './sct.ts';
export { gradeRank, validateRankResponse, dcg, idealRanking } from './rank.ts';
export { gradeText, validateTextResponse, matchText, type TextMatch } from './text.ts';
export { gradeHotspot, validateHotspotResponse, pointInRegion, pointInPolygon } from './hotspot.ts';

/** Item types the engine grades (same list as the schemas' `itemTypes`). */
export const gradableTypes: readonly ItemType[] = [
  'single',
  'multi',
  'order',
  'match',
  'twoTier',
  'sct',
  'rank',
  'text',
  'hotspot',
];

/**
 * Grade a response against an item (as written in YAML, or as parsed).
 * Throws GradingError when the response does not fit the item.
 */
export function grade<I extends GradableItem>(item: I, response: ResponseFor<I['type']>): Grade {
  if (!isPlainObject(item)) fail({}, 'broken-item', undefined, 'the item to grade must be an object');
  const it = item as GradableItem;
  switch (it.type) {
    case 'single':
      return gradeSingle(it, response as ResponseFor<'single'>);
    case 'multi':
      return gradeMulti(it, response as ResponseFor<'multi'>);
    case 'order':
      return gradeOrder(it, response as ResponseFor<'order'>);
    case 'match':
      return gradeMatch(it, response as ResponseFor<'match'>);
    case 'twoTier':
      return gradeTwoTier(it, response as ResponseFor<'twoTier'>);
    case 'sct':
      return gradeSct(it, response as ResponseFor<'sct'>);
    case 'rank':
      return gradeRank(it, response as ResponseFor<'rank'>);
    case 'text':
      return gradeText(it, response as ResponseFor<'text'>);
    case 'hotspot':
      return gradeHotspot(it, response as ResponseFor<'hotspot'>);
    default:
      return fail(
        item as { id?: unknown },
        'unknown-type',
        'type',
        `cannot grade an item of type ${JSON.stringify((item as { type?: unknown }).type)} (types: ${gradableTypes.join(', ')})`,
      );
  }
}
