/** `order`: put the steps in sequence (listed here in the right order, shown shuffled). */
import { z } from 'astro/zod';
import { baseFields, checkUnique, localId, markdown, certaintyField, strictObject, listError } from './base.ts';

export const orderStepSchema = strictObject(
  {
    id: localId('step id'),
    text: markdown('step text'),
  },
  'step',
);

export const orderItemSchema = strictObject(
  {
    ...baseFields('order'),
    ...certaintyField,
    steps: z
      .array(orderStepSchema, { error: listError('steps') })
      .min(3, { message: 'an order item needs at least 3 steps' }),
  },
  'order item',
).superRefine((item, ctx) => {
  checkUnique(ctx, item.steps, ['steps'], 'step');
});

export type OrderStep = z.output<typeof orderStepSchema>;
export type OrderItem = z.output<typeof orderItemSchema>;
export type OrderItemInput = z.input<typeof orderItemSchema>;
