/**
 * The catalogue of item types: the one list every room reads. Zod-free, so the browser can
 * import it without pulling in the schemas. Each per-type registry elsewhere is a record
 * typed `satisfies { [T in ItemType]: ... }`, so adding a type here is a compile error in
 * every registry that does not yet know it.
 */
export const itemTypes = ['single', 'multi', 'order', 'match', 'twoTier', 'sct', 'rank', 'text', 'hotspot'] as const;
export type ItemType = (typeof itemTypes)[number];

/** Item types that are right or wrong as a whole, so certainty-based marking applies. */
export const binaryItemTypes = ['single', 'twoTier', 'text', 'hotspot'] as const satisfies readonly ItemType[];
export type BinaryItemType = (typeof binaryItemTypes)[number];

export const isBinaryItemType = (type: ItemType): type is BinaryItemType =>
  (binaryItemTypes as readonly ItemType[]).includes(type);

/** Item types in the learner's words. */
export const itemTypeLabels = {
  single: 'Best answer',
  multi: 'Select all that apply',
  order: 'Sequence',
  match: 'Matching',
  twoTier: 'Answer and reason',
  sct: 'Script concordance',
  rank: 'Ranking a differential',
  text: 'Short answer',
  hotspot: 'Point on a figure',
} as const satisfies { [T in ItemType]: string };

/** The script-concordance scale, as numbers (what a learner picks and what is saved). */
export const sctScale = [-2, -1, 0, 1, 2] as const;
export type SctValue = (typeof sctScale)[number];

/** What each point of the scale means to the learner. */
export const sctMeaning = {
  '-2': 'much less likely (all but ruled out)',
  '-1': 'less likely',
  '0': 'neither more nor less likely',
  '1': 'more likely',
  '2': 'much more likely (all but confirmed)',
} as const satisfies { [V in `${SctValue}`]: string };

/** −2, −1, 0, +1, +2 (with a true minus sign). */
export const sctValueLabel = (value: number): string => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');
