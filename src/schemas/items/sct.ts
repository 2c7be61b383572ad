/** `sct`: script concordance; the learner's value is scored against the authors' reference key: `panel` weights per point of the scale. */
import { z } from 'astro/zod';
import { baseFields, markdown, certaintyField, strictObject } from './base.ts';
import { sctKeys, type SctKey } from './catalogue.ts';

const keyList = sctKeys.map((key) => `"${key}"`).join(', ');

function keyedObject<T extends z.ZodType>(value: (key: SctKey) => T, what: string) {
  const shape = Object.fromEntries(sctKeys.map((key) => [key, value(key)])) as { [K in SctKey]: T };
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return `${what} keys are exactly ${keyList} (found ${(issue.keys as string[]).map((k) => `"${k}"`).join(', ')})`;
      }
      if (issue.input === undefined) return `${what} is required`;
      return undefined;
    },
  });
}

const count = (key: SctKey) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined
          ? `panel needs a count for "${key}" (keys: ${keyList})`
          : `panel "${key}" must be a whole number >= 0`,
    })
    .int({ message: `panel "${key}" must be a whole number >= 0` })
    .min(0, { message: `panel "${key}" must be a whole number >= 0` });

export const sctPanelSchema = keyedObject(count, 'panel').superRefine((panel, ctx) => {
  if (!sctKeys.some((key) => panel[key] > 0)) {
    ctx.addIssue({ code: 'custom', path: [], message: 'panel needs at least one count above 0' });
  }
});

export const sctFeedbackSchema = keyedObject((key) => markdown(`feedback "${key}"`).optional(), 'feedback');

export const sctItemSchema = strictObject(
  {
    ...baseFields('sct'),
    ...certaintyField,
    hypothesis: markdown('hypothesis'),
    finding: markdown('finding'),
    panel: sctPanelSchema,
    feedback: sctFeedbackSchema.optional(),
  },
  'sct item',
);

export type SctPanel = z.output<typeof sctPanelSchema>;
export type SctItem = z.output<typeof sctItemSchema>;
export type SctItemInput = z.input<typeof sctItemSchema>;
