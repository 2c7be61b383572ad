/** `rank`: rank the differential, best first; scored by nDCG@k. */
import { z } from 'astro/zod';
import { baseFields, checkUnique, localId, markdown, certaintyField, strictObject, listError } from './base.ts';

export const rankOptionSchema = strictObject(
  {
    id: localId('option id'),
    text: markdown('option text'),
    relevance: z
      .number({ error: 'relevance must be a whole number from 0 to 3' })
      .int({ message: 'relevance must be a whole number from 0 to 3' })
      .min(0, { message: 'relevance must be a whole number from 0 to 3' })
      .max(3, { message: 'relevance must be a whole number from 0 to 3' }),
    feedback: markdown('option feedback'),
  },
  'option',
);

export const rankItemSchema = strictObject(
  {
    ...baseFields('rank'),
    ...certaintyField,
    options: z
      .array(rankOptionSchema, { error: listError('options') })
      .min(2, { message: 'a rank item needs at least 2 options' }),
    k: z
      .number({ error: 'k must be a whole number >= 1' })
      .int({ message: 'k must be a whole number >= 1' })
      .min(1, { message: 'k must be a whole number >= 1' }),
  },
  'rank item',
).superRefine((item, ctx) => {
  checkUnique(ctx, item.options, ['options'], 'option');
  if (item.k > item.options.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['k'],
      message: `k (${item.k}) is more than the number of options (${item.options.length})`,
    });
  }
  if (!item.options.some((option) => option.relevance > 0)) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: 'a rank item needs at least one option with relevance above 0',
    });
  }
});

export type RankOption = z.output<typeof rankOptionSchema>;
export type RankItem = z.output<typeof rankItemSchema>;
export type RankItemInput = z.input<typeof rankItemSchema>;
