/** Glossary entries (content/glossary.yaml): the terms <Term id> explains in place. */
import { z } from 'astro/zod';
import { kebabIdPattern } from './ids.ts';

export const glossaryEntrySchema = z.strictObject({
  id: z.string().regex(kebabIdPattern, { error: 'id must be kebab-case, e.g. "poh"' }),
  term: z.string().trim().min(1),
  /** A short definition; markdown allowed. */
  definition: z.string().trim().min(1),
  /** Other names a reader may meet, e.g. abbreviations. */
  aliases: z.array(z.string().trim().min(1)).optional(),
  /** Related glossary ids. */
  see: z.array(z.string()).optional(),
});

export const glossarySchema = z.array(glossaryEntrySchema);

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
