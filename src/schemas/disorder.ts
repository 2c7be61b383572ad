/**
 * The differential diagnosis (content/disorders.yaml): one source for the lesson's table and
 * for items. Markdown is allowed in the text fields.
 */
import { z } from 'astro/zod';
import { kebabIdPattern } from './ids.ts';

/** True ossification, or dystrophic calcification with no bone. */
export const mineralKinds = ['bone', 'calcification'] as const;

const text = () => z.string().trim().min(1);

export const disorderSchema = z.strictObject({
  id: z.string().regex(kebabIdPattern, { error: 'id must be kebab-case, e.g. "morphoea-profunda"' }),
  name: text(),
  shortName: text(),
  gene: text(),
  onset: text(),
  clinical: text(),
  distribution: text(),
  laboratory: text(),
  radiology: text(),
  histopathology: text(),
  mineral: z.enum(mineralKinds),
  mechanism: text(),
  /** The feature that tells this disorder from the others. */
  discriminator: text(),
  /** Where the case letter's table was imprecise; left out when it was not. */
  correction: text().optional(),
  refs: z.array(z.string()).min(1),
});

export const disordersSchema = z.array(disorderSchema);

export type Disorder = z.output<typeof disorderSchema>;
