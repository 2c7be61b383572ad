/**
 * Item schemas: one per type, combined into a discriminated union on `type`.
 * The TypeScript types are derived from the schemas, so they cannot drift.
 */
import { z } from 'astro/zod';
import { singleItemSchema } from './single.ts';
import { multiItemSchema } from './multi.ts';
import { orderItemSchema } from './order.ts';
import { matchItemSchema } from './match.ts';
import { twoTierItemSchema } from './twoTier.ts';
import { sctItemSchema } from './sct.ts';
import { rankItemSchema } from './rank.ts';
import { textItemSchema } from './text.ts';
import { hotspotItemSchema } from './hotspot.ts';
import { itemTypes, type ItemType } from './catalogue.ts';

export * from './catalogue.ts';
export * from './base.ts';
export * from './single.ts';
export * from './multi.ts';
export * from './order.ts';
export * from './match.ts';
export * from './twoTier.ts';
export * from './sct.ts';
export * from './rank.ts';
export * from './text.ts';
export * from './hotspot.ts';


export const itemSchema = z.discriminatedUnion(
  'type',
  [
    singleItemSchema,
    multiItemSchema,
    orderItemSchema,
    matchItemSchema,
    twoTierItemSchema,
    sctItemSchema,
    rankItemSchema,
    textItemSchema,
    hotspotItemSchema,
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `type must be one of: ${itemTypes.join(', ')}`
        : issue.input === undefined
          ? 'item is required'
          : undefined,
  },
);

/** An item after parsing (defaults applied: `refs` is a list, `text.fuzzy` is set). */
export type Item = z.output<typeof itemSchema>;
/** An item exactly as an author writes it in YAML. */
export type ItemInput = z.input<typeof itemSchema>;
/** The item of one type. */
export type ItemOf<T extends ItemType> = Extract<Item, { type: T }>;
export type ItemInputOf<T extends ItemType> = Extract<ItemInput, { type: T }>;

/** A questions file: a YAML list of items. */
export const questionFileSchema = z.array(itemSchema);
export type QuestionFile = z.output<typeof questionFileSchema>;
