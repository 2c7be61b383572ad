/**
 * References (content/references.yaml): every source the lessons cite, canonical records only.
 * A reference carries a doi, pmid or url; where none could be checked, `identifier` says so
 * and `note` says why, so a missing identifier is a decision, never an oversight.
 */
import { z } from 'astro/zod';
import { kebabIdPattern } from './ids.ts';

export const identifierStatuses = ['unavailable', 'unverified'] as const;

const text = () => z.string().trim().min(1);

export const referenceSchema = z
  .strictObject({
    id: z.string().regex(kebabIdPattern, { error: 'id must be kebab-case, e.g. "shore2002" or "genereviews-gnas"' }),
    /** "Surname AB" strings; may be empty when the source names no author (the case letter). */
    authors: z.array(text()),
    title: text(),
    journal: text().optional(),
    publisher: text().optional(),
    year: z.number().int().min(1800).max(2100).optional(),
    volume: text().optional(),
    pages: text().optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'doi must be the bare DOI, e.g. "10.1056/NEJMoa011262" (no https://doi.org/)' })
      .optional(),
    pmid: z.string().regex(/^\d{1,9}$/, { error: 'pmid must be digits only, e.g. "11784876"' }).optional(),
    /** NCBI Bookshelf accession, e.g. "NBK459117". */
    bookshelf: z.string().regex(/^NBK\d+$/, { error: 'bookshelf must be an NCBI Bookshelf accession, e.g. "NBK459117"' }).optional(),
    /** OMIM entry number. */
    mim: z.string().regex(/^\d{6}$/, { error: 'mim must be a six-digit OMIM number, e.g. "166350"' }).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Why the reference has no doi, pmid or url. */
    identifier: z.enum(identifierStatuses).optional(),
    note: text().optional(),
  })
  .superRefine((reference, ctx) => {
    if (!reference.journal && !reference.publisher) {
      ctx.addIssue({ code: 'custom', path: [], message: 'needs a journal or a publisher' });
    }
    const identified = Boolean(reference.doi || reference.pmid || reference.url);
    if (!identified && !reference.identifier) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          'needs a doi, pmid or url (or "identifier: unavailable" or "identifier: unverified" with a note saying why)',
      });
    }
    if (reference.identifier && !reference.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['identifier'],
        message: `identifier "${reference.identifier}" needs a note saying why`,
      });
    }
  });

export const referencesSchema = z.array(referenceSchema);

export type Reference = z.output<typeof referenceSchema>;
