/** `twoTier`: an answer and the reason for it; right only if both tiers are right. */
import { z } from 'astro/zod';
import {
  baseFields,
  certaintyField,
  checkNames,
  checkUnique,
  localId,
  markdown,
  optionSchema,
  strictObject,
  listError,
} from './base.ts';

export const twoTierReasonSchema = strictObject(
  {
    id: localId('reason id'),
    text: markdown('reason text'),
    feedback: markdown('reason feedback'),
  },
  'reason',
);

export const twoTierItemSchema = strictObject(
  {
    ...baseFields('twoTier'),
    ...certaintyField,
    options: z
      .array(optionSchema, { error: listError('options') })
      .min(2, { message: 'a twoTier item needs at least 2 options' }),
    answer: localId('answer'),
    reasons: z
      .array(twoTierReasonSchema, { error: listError('reasons') })
      .min(2, { message: 'a twoTier item needs at least 2 reasons' }),
    reason: localId('reason'),
  },
  'twoTier item',
).superRefine((item, ctx) => {
  checkUnique(ctx, item.options, ['options'], 'option');
  checkUnique(ctx, item.reasons, ['reasons'], 'reason');
  checkNames(ctx, item.answer, item.options, ['answer'], 'answer', 'option');
  checkNames(ctx, item.reason, item.reasons, ['reason'], 'reason', 'reason');
});

export type TwoTierReason = z.output<typeof twoTierReasonSchema>;
export type TwoTierItem = z.output<typeof twoTierItemSchema>;
export type TwoTierItemInput = z.input<typeof twoTierItemSchema>;
