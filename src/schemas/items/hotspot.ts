/** `hotspot`: click (or pick by keyboard) a region of a figure, in its viewBox units. */
import { z } from 'astro/zod';
import {
  baseFields,
  certaintyField,
  checkNames,
  checkUnique,
  figureNamePattern,
  localId,
  markdown,
  strictObject,
  listError,
} from './base.ts';

export const hotspotShapes = ['circle', 'rect', 'polygon'] as const;
export type HotspotShape = (typeof hotspotShapes)[number];

export const hotspotRegionSchema = strictObject(
  {
    id: localId('region id'),
    label: markdown('region label'),
    shape: z.enum(hotspotShapes, { error: 'shape must be circle, rect or polygon' }),
    coords: z.array(
      // zod 4's number() already rejects Infinity and NaN (`.finite()` is deprecated); the message says which.
      z.number({
        error: (issue) => (typeof issue.input === 'number' ? 'coords must be finite numbers' : 'coords must be numbers'),
      }),
      {
        error: 'coords must be a list of numbers',
      },
    ),
    feedback: markdown('region feedback').optional(),
  },
  'region',
).superRefine((region, ctx) => {
  const n = region.coords.length;
  const c = region.coords;
  if (region.shape === 'circle') {
    if (n !== 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['coords'],
        message: `a circle has 3 coords [cx, cy, r], not ${n}`,
      });
    } else if (!(c[2]! > 0)) {
      ctx.addIssue({ code: 'custom', path: ['coords', 2], message: 'a circle needs a radius above 0' });
    }
  } else if (region.shape === 'rect') {
    if (n !== 4) {
      ctx.addIssue({
        code: 'custom',
        path: ['coords'],
        message: `a rect has 4 coords [x, y, width, height], not ${n}`,
      });
    } else if (!(c[2]! > 0 && c[3]! > 0)) {
      ctx.addIssue({ code: 'custom', path: ['coords'], message: 'a rect needs a width and height above 0' });
    }
  } else if (n < 6 || n % 2 !== 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['coords'],
      message: `a polygon has an even number of coords, at least 6 ([x1, y1, x2, y2, x3, y3, ...]), not ${n}`,
    });
  }
});

export const hotspotItemSchema = strictObject(
  {
    ...baseFields('hotspot'),
    ...certaintyField,
    figure: z.string({ error: 'figure is required' }).regex(figureNamePattern, {
      message: 'figure must be a figure name in kebab-case (src/figures/<name>.svg)',
    }),
    regions: z
      .array(hotspotRegionSchema, { error: listError('regions') })
      .min(1, { message: 'a hotspot item needs at least 1 region' }),
    answer: localId('answer'),
  },
  'hotspot item',
).superRefine((item, ctx) => {
  checkUnique(ctx, item.regions, ['regions'], 'region');
  checkNames(ctx, item.answer, item.regions, ['answer'], 'answer', 'region');
});

export type HotspotRegion = z.output<typeof hotspotRegionSchema>;
export type HotspotItem = z.output<typeof hotspotItemSchema>;
export type HotspotItemInput = z.input<typeof hotspotItemSchema>;
