/** Every item type's view, by type: for pages that show items of any type in one island (exam mode). */
import type { ItemType } from '../grading/types.ts';
import type { ItemView } from './quiz-types.ts';
import { singleView } from './SingleItem.tsx';
import { multiView } from './MultiItem.tsx';
import { orderView } from './OrderItem.tsx';
import { matchView } from './MatchItem.tsx';
import { twoTierView } from './TwoTierItem.tsx';
import { sctView } from './SctItem.tsx';
import { rankView } from './RankItem.tsx';
import { textView } from './TextItem.tsx';
import { hotspotView } from './HotspotItem.tsx';

/**
 * One view per item type; a type of the catalogue left out does not compile. Each view keeps
 * its own draft type (`any` here): a page showing any type only needs the item type to match.
 */
export type ItemViews = { [T in ItemType]: ItemView<T, any> };

export const itemViews: ItemViews = {
  single: singleView,
  multi: multiView,
  order: orderView,
  match: matchView,
  twoTier: twoTierView,
  sct: sctView,
  rank: rankView,
  text: textView,
  hotspot: hotspotView,
};

/** The view of one item type, for an item whose type is known only at run time. */
export function viewOf<T extends ItemType>(type: T): ItemView<T, any> {
  return itemViews[type];
}
