/**
 * Learner progress as stored under `wfbb-progress` and as written to an export file, in zod.
 * Used by tests and tooling only: the browser validates with the hand-written guard in
 * src/stores/progress-format.ts, and a property test keeps the two in agreement.
 */
import { z } from 'astro/zod';
import { PROGRESS_VERSION, cbmMarks, isoTimePattern, slugPattern, verdictFor, verdicts } from '../stores/progress-format.ts';

export const storedGradeSchema = z
  .strictObject({
    score: z.number().min(0).max(1),
    verdict: z.enum(verdicts),
    cbm: z
      .number()
      .refine((n) => cbmMarks.includes(n), { message: 'not a certainty-based mark' })
      .optional(),
  })
  .refine((grade) => grade.verdict === verdictFor(grade.score), { message: 'verdict does not fit the score' });

export const itemProgressSchema = z.strictObject({
  lastResponse: z.record(z.string(), z.unknown()),
  lastGrade: storedGradeSchema,
  bestGrade: storedGradeSchema,
  attempts: z.number().int().min(1),
  certainty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  updatedAt: z.string().regex(isoTimePattern),
  lesson: z.string().regex(slugPattern),
});

export const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  items: z.record(z.string().regex(slugPattern), itemProgressSchema),
});

/** The export file is the stored value itself. */
export const progressExportSchema = progressSchema;

export type ProgressFile = z.output<typeof progressSchema>;
