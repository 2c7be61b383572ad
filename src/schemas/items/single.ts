/** `single`: one best answer. */
import { z } from 'astro/zod';
import {
  baseFields,
  certaintyField,
  checkNames,
  checkUnique,
  localId,
  optionSchema,
  strictObject,
  listError,
} from './base.ts';

export const singleItemSchema = strictObject(
  {
    ...baseFields('single'),
    ...certaintyField,
    options: z
      .array(optionSchema, { error: listError('options') })
      .min(2, { message: 'a single item needs at least 2 options' }),
    answer: localId('answer'),
  },
  'single item',
).superRefine((item, ctx) => {
  checkUnique(ctx, item.options, ['options'], 'option');
  checkNames(ctx, item.answer, item.options, ['answer'], 'answer', 'option');
});

export type SingleItem = z.output<typeof singleItemSchema>;
export type SingleItemInput = z.input<typeof singleItemSchema>;
