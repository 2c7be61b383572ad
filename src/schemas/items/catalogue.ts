/**
 * The catalogue of item types: the one list every room reads. Zod-free, so the browser can
 * import it without pulling in the schemas. Each per-type registry elsewhere is a record
 * typed `{ [T in ItemType]: ... }`, so adding a type here is a compile error in every
 * registry that does not yet know it; tests/types/registries.ts names them all.
 */
export const itemTypes = ['single', 'multi', 'order', 'match', 'twoTier', 'sct', 'rank', 'text', 'hotspot'] as const;
export type ItemType = (typeof itemTypes)[number];

/** For data not yet checked (a YAML item handed to the grader, a saved record). */
export const isItemType = (value: unknown): value is ItemType => (itemTypes as readonly unknown[]).includes(value);

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
/** A scale point as a key of the item's `panel` and `feedback` ("-2" .. "2"). */
export type SctKey = `${SctValue}`;

/** The panel's keys, in scale order. */
export const sctKeys: readonly SctKey[] = sctScale.map((value) => sctKeyOf(value));

export function isSctValue(value: number): value is SctValue {
  return (sctScale as readonly number[]).includes(value);
}

/** The key of a scale point (-0 is "0"). */
export function sctKeyOf(value: SctValue): SctKey {
  return `${value}`;
}

/**
 * What each point of the scale means to the learner. Every key is required; a lookup by any
 * string (an island's `String(value)`) is allowed and may miss.
 */
export const sctMeaning: { readonly [K in SctKey]: string } & { readonly [key: string]: string | undefined } = {
  '-2': 'much less likely (all but ruled out)',
  '-1': 'less likely',
  '0': 'neither more nor less likely',
  '1': 'more likely',
  '2': 'much more likely (all but confirmed)',
};

/**
 * A scale point as every room shows it: −2, −1, 0, +1, +2 (a true minus sign, which screen
 * readers say as "minus"). Takes the number or its panel key.
 */
export const sctValueLabel = (value: number | SctKey): string => {
  const n = Number(value);
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
};
