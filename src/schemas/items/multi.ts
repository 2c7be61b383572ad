/** `multi`: select all that apply. */
import { z } from 'astro/zod';
import { baseFields, checkUnique, localId, markdown, certaintyField, strictObject, listError } from './base.ts';

export const multiOptionSchema = strictObject(
  {
    id: localId('option id'),
    text: markdown('option text'),
    feedback: markdown('option feedback'),
    correct: z.boolean({ error: 'correct must be true or false' }),
  },
  'option',
);

export const multiItemSchema = strictObject(
  {
    ...baseFields('multi'),
    ...certaintyField,
    options: z
      .array(multiOptionSchema, { error: listError('options') })
      .min(2, { message: 'a multi item needs at least 2 options' }),
  },
  'multi item',
).superRefine((item, ctx) => {
  checkUnique(ctx, item.options, ['options'], 'option');
  if (!item.options.some((option) => option.correct)) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: 'a multi item needs at least one option with correct: true',
    });
  }
});

export type MultiOption = z.output<typeof multiOptionSchema>;
export type MultiItem = z.output<typeof multiItemSchema>;
export type MultiItemInput = z.input<typeof multiItemSchema>;
