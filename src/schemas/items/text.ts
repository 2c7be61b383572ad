/** `text`: a short typed answer, compared after normalising, fuzzy by default. */
import { z } from 'astro/zod';
import { normalise } from '../../text/normalise.ts';
import { baseFields, certaintyField, markdown, strictObject, listError } from './base.ts';

export const textRejectSchema = strictObject(
  {
    answer: markdown('reject answer'),
    feedback: markdown('reject feedback'),
  },
  'reject entry',
);

export const textItemSchema = strictObject(
  {
    ...baseFields('text'),
    ...certaintyField,
    accept: z
      .array(markdown('accepted answer'), { error: 'accept must be a list of accepted answers' })
      .min(1, { message: 'a text item needs at least 1 accepted answer' }),
    reject: z.array(textRejectSchema, { error: listError('reject') }).optional(),
    fuzzy: z.boolean({ error: 'fuzzy must be true or false' }).default(true),
  },
  'text item',
).superRefine((item, ctx) => {
  const accepted = new Map<string, number>();
  item.accept.forEach((answer, index) => {
    const normal = normalise(answer);
    if (normal === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['accept', index],
        message: `accepted answer "${answer}" is empty once normalised (case, punctuation and diacritics are ignored)`,
      });
    } else if (!accepted.has(normal)) {
      accepted.set(normal, index);
    }
  });
  (item.reject ?? []).forEach((entry, index) => {
    const normal = normalise(entry.answer);
    if (normal === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['reject', index, 'answer'],
        message: `reject answer "${entry.answer}" is empty once normalised (case, punctuation and diacritics are ignored)`,
      });
    } else if (accepted.has(normal)) {
      ctx.addIssue({
        code: 'custom',
        path: ['reject', index, 'answer'],
        message: `reject answer "${entry.answer}" is also accepted (accept[${accepted.get(normal)}] "${item.accept[accepted.get(normal)!]}")`,
      });
    }
  });
});

export type TextReject = z.output<typeof textRejectSchema>;
export type TextItem = z.output<typeof textItemSchema>;
export type TextItemInput = z.input<typeof textItemSchema>;
