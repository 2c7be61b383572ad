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

export const itemViews = {
  single: singleView,
  multi: multiView,
  order: orderView,
  match: matchView,
  twoTier: twoTierView,
  sct: sctView,
  rank: rankView,
  text: textView,
  hotspot: hotspotView,
} as unknown as Record<ItemType, ItemView<ItemType, unknown>>;
