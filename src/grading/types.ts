/**
 * Shapes the grading engine takes and returns. Type-only imports from the
 * schemas keep zod out of anything that imports the grader.
 */
import type { ItemInput, ItemInputOf, ItemType } from '../schemas/items/index.ts';

/** A certainty that claims a chance of being right: 1 not sure, 2 fairly sure, 3 very sure. */
export type CertaintyLevel = 1 | 2 | 3;
/** How sure the learner was before checking: 0 "no idea" (marks 0, kept out of calibration) or a level. */
export type Certainty = 0 | CertaintyLevel;

export type Verdict = 'correct' | 'partial' | 'incorrect';

/**
 * What a feedback entry is about:
 * - `option`: the feedback of an option the learner chose (`target` = option id, `correct` = was it right);
 *   for `sct`, the author's feedback for the chosen value (`target` = "-2".."2")
 * - `reason`: the feedback of the reason chosen in a `twoTier` item (`target` = reason id)
 * - `region`: the region of a `hotspot` figure the learner marked (`target` = region id)
 * - `match`: a `match` premise matched right (`target` = premise id)
 * - `mismatch`: a `match` premise matched wrongly, naming the right choice (`target` = premise id)
 * - `missed`: a correct option left out (`multi`, `rank`) or a premise left unanswered (`match`)
 * - `misplaced`: an `order` step out of place (`target` = step id)
 * - `tier`: which `twoTier` tier was wrong (`target` = "answer" or "reason" when only one was)
 * - `panel`: how the `sct` reference key's weights spread (`target` = "-2".."2")
 * - `rank`: the leading diagnosis left out or placed low (`target` = option id)
 * - `reject`: a `text` answer that an author listed as a known wrong answer
 * - `answer`: the key (best answer, right order, accepted spelling...)
 * - `certainty`: the certainty-based mark and what it means
 * - `explanation`: the item's explanation (always last)
 */
export type FeedbackKind =
  | 'option'
  | 'reason'
  | 'region'
  | 'match'
  | 'mismatch'
  | 'missed'
  | 'misplaced'
  | 'tier'
  | 'panel'
  | 'rank'
  | 'reject'
  | 'answer'
  | 'certainty'
  | 'explanation';

/** One piece of feedback. `message` is plain text or markdown; islands render it. */
export interface Feedback {
  kind: FeedbackKind;
  message: string;
  /** The id (option, step, premise, reason, region; or "-2".."2" for sct) the message is about. */
  target?: string;
  /** Whether the target was right (e.g. a chosen option that is correct). */
  correct?: boolean;
}

export interface Grade {
  /** In [0, 1]. */
  score: number;
  max: 1;
  /** `correct` iff score = max, `incorrect` iff score = 0, else `partial`. */
  verdict: Verdict;
  feedback: Feedback[];
  /**
   * Certainty-based mark, in [-6, 3]: right at certainty 1/2/3 earns 1/2/3 scaled by the score,
   * wrong (score 0) earns 0/-2/-6, "no idea" earns 0. Only for items that ask for certainty (the
   * default) answered with one; rounded to 2 decimals.
   */
  cbm?: number;
}

interface WithCertainty {
  confidence?: Certainty;
}

export interface SingleResponse extends WithCertainty {
  choice: string;
}
export interface MultiResponse extends WithCertainty {
  choices: string[];
}
/** A permutation of all step ids, first step first. */
export interface OrderResponse extends WithCertainty {
  order: string[];
}
/** Premise id → choice id; a premise left out is unanswered (and wrong). */
export interface MatchResponse extends WithCertainty {
  pairs: Record<string, string>;
}
export interface TwoTierResponse extends WithCertainty {
  choice: string;
  reason: string;
}
/** An integer from -2 to 2. */
export interface SctResponse extends WithCertainty {
  value: number;
}
/** Option ids best first, at most `k`, no repeats. */
export interface RankResponse extends WithCertainty {
  ranked: string[];
}
export interface TextResponse extends WithCertainty {
  text: string;
}
/** A point in the figure's viewBox units, or a region chosen by keyboard. */
export type HotspotResponse = (
  { x: number; y: number; region?: never } | { region: string; x?: never; y?: never }
) &
  WithCertainty;

export interface ResponseMap {
  single: SingleResponse;
  multi: MultiResponse;
  order: OrderResponse;
  match: MatchResponse;
  twoTier: TwoTierResponse;
  sct: SctResponse;
  rank: RankResponse;
  text: TextResponse;
  hotspot: HotspotResponse;
}

/** The response that fits an item of type `T`. */
export type ResponseFor<T extends ItemType> = ResponseMap[T];
export type Response = ResponseMap[ItemType];

/** Items as authors write them (defaults such as `refs` and `fuzzy` may be absent); parsed items fit too. */
export type GradableItem = ItemInput;
export type GradableItemOf<T extends ItemType> = ItemInputOf<T>;
export type { ItemType };
