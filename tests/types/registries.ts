/**
 * Type-level tests of the per-type registries, checked by `astro check` (`npm run check`)
 * and never run. Each registry has exactly one entry per type of the catalogue, and its
 * declared type refuses a registry with one type left out: adding an item type to
 * `itemTypes` is a compile error in every registry that does not know it yet.
 *
 * The `@ts-expect-error` lines fail the check if a registry's type ever stops requiring
 * every type (an unused directive is an error).
 */
import type { FeedbackKind, ResponseMap } from '../../src/grading/types.ts';
import type { Item } from '../../src/schemas/items/index.ts';
import { graders, type Graders } from '../../src/grading/index.ts';
import { itemTypeLabels, sctMeaning, type ItemType, type SctKey } from '../../src/schemas/items/catalogue.ts';
import { itemViews, type ItemViews } from '../../src/islands/item-views.ts';
import { revealKeys, type RevealKeys } from '../../src/islands/reveal-keys.tsx';
import { feedbackMarks, type FeedbackMarks } from '../../src/islands/FeedbackList.tsx';
import { markdownFieldRegistry, type MarkdownFieldRegistry } from '../../src/build/markdown-fields.ts';
import { answerKeyLineRegistry, type AnswerKeyLineRegistry } from '../../src/build/answer-key-lines.ts';
import { writingFieldRegistry, type WritingFieldRegistry } from '../../src/content-validation/item-writing.ts';
import { sampleKeys, samples } from '../fixtures/sample-items.ts';

type Equal<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
/** true when leaving out any one key of R gives a value that no longer fits R. */
type EveryKeyRequired<R> = { [K in keyof R]-?: Omit<R, K> extends R ? false : true }[keyof R] extends true ? true : false;

/** Each registry value holds exactly the catalogue's types; each declared type needs every one. */
export type RegistriesCoverTheCatalogue = [
  // The schema union (src/schemas/items/index.ts) and the response shapes (src/grading/types.ts).
  Expect<Equal<Item['type'], ItemType>>,
  Expect<Equal<keyof ResponseMap, ItemType>>,
  Expect<Equal<keyof typeof graders, ItemType>>,
  Expect<EveryKeyRequired<Graders>>,
  Expect<Equal<keyof typeof itemViews, ItemType>>,
  Expect<EveryKeyRequired<ItemViews>>,
  Expect<Equal<keyof typeof revealKeys, ItemType>>,
  Expect<EveryKeyRequired<RevealKeys>>,
  Expect<Equal<keyof typeof markdownFieldRegistry, ItemType>>,
  Expect<EveryKeyRequired<MarkdownFieldRegistry>>,
  Expect<Equal<keyof typeof answerKeyLineRegistry, ItemType>>,
  Expect<EveryKeyRequired<AnswerKeyLineRegistry>>,
  Expect<Equal<keyof typeof writingFieldRegistry, ItemType>>,
  Expect<EveryKeyRequired<WritingFieldRegistry>>,
  Expect<Equal<keyof typeof itemTypeLabels, ItemType>>,
  Expect<Equal<keyof typeof samples, ItemType>>,
  Expect<Equal<keyof typeof sampleKeys, ItemType>>,
  // Not per item type, but the same habit: every feedback kind has a mark, every scale point a meaning.
  Expect<Equal<keyof typeof feedbackMarks, FeedbackKind>>,
  Expect<EveryKeyRequired<FeedbackMarks>>,
  Expect<EveryKeyRequired<{ [K in SctKey]: (typeof sctMeaning)[K] }>>,
];

// One concrete case per registry: the registry with one entry taken out does not compile.
export const gradersWithoutSct: Omit<Graders, 'sct'> = graders;
// @ts-expect-error graders without `sct` are not Graders
export const gradersMissingOne: Graders = gradersWithoutSct;

export const viewsWithoutHotspot: Omit<ItemViews, 'hotspot'> = itemViews;
// @ts-expect-error item views without `hotspot` are not ItemViews
export const viewsMissingOne: ItemViews = viewsWithoutHotspot;

export const revealWithoutRank: Omit<RevealKeys, 'rank'> = revealKeys;
// @ts-expect-error reveal keys without `rank` are not RevealKeys
export const revealMissingOne: RevealKeys = revealWithoutRank;

export const markdownWithoutMatch: Omit<MarkdownFieldRegistry, 'match'> = markdownFieldRegistry;
// @ts-expect-error markdown fields without `match` are not a MarkdownFieldRegistry
export const markdownMissingOne: MarkdownFieldRegistry = markdownWithoutMatch;

export const answerKeyWithoutTwoTier: Omit<AnswerKeyLineRegistry, 'twoTier'> = answerKeyLineRegistry;
// @ts-expect-error answer-key lines without `twoTier` are not an AnswerKeyLineRegistry
export const answerKeyMissingOne: AnswerKeyLineRegistry = answerKeyWithoutTwoTier;

export const writingWithoutOrder: Omit<WritingFieldRegistry, 'order'> = writingFieldRegistry;
// @ts-expect-error item-writing fields without `order` are not a WritingFieldRegistry
export const writingMissingOne: WritingFieldRegistry = writingWithoutOrder;

export const marksWithoutPanel: Omit<FeedbackMarks, 'panel'> = feedbackMarks;
// @ts-expect-error feedback marks without `panel` are not FeedbackMarks
export const marksMissingOne: FeedbackMarks = marksWithoutPanel;

// A registry entry must be the right type's: the single grader cannot stand in for multi.
// @ts-expect-error gradeSingle does not grade multi items
export const gradersMixedUp: Graders = { ...graders, multi: graders.single };
