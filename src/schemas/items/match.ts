/** `match`: extended matching; a choice may fit several premises. */
import { z } from 'astro/zod';
import {
  baseFields,
  checkNames,
  checkUnique,
  localId,
  markdown,
  certaintyField,
  strictObject,
  listError,
} from './base.ts';

export const matchPremiseSchema = strictObject(
  {
    id: localId('premise id'),
    text: markdown('premise text'),
    answer: localId('premise answer'),
    feedback: markdown('premise feedback').optional(),
  },
  'premise',
);

export const matchChoiceSchema = strictObject(
  {
    id: localId('choice id'),
    text: markdown('choice text'),
  },
  'choice',
);

export const matchItemSchema = strictObject(
  {
    ...baseFields('match'),
    ...certaintyField,
    premises: z
      .array(matchPremiseSchema, { error: listError('premises') })
      .min(1, { message: 'a match item needs at least 1 premise' }),
    choices: z
      .array(matchChoiceSchema, { error: listError('choices') })
      .min(2, { message: 'a match item needs at least 2 choices' }),
  },
  'match item',
).superRefine((item, ctx) => {
  checkUnique(ctx, item.premises, ['premises'], 'premise');
  checkUnique(ctx, item.choices, ['choices'], 'choice');
  item.premises.forEach((premise, index) => {
    checkNames(ctx, premise.answer, item.choices, ['premises', index, 'answer'], 'answer', 'choice');
  });
});

export type MatchPremise = z.output<typeof matchPremiseSchema>;
export type MatchChoice = z.output<typeof matchChoiceSchema>;
export type MatchItem = z.output<typeof matchItemSchema>;
export type MatchItemInput = z.input<typeof matchItemSchema>;
