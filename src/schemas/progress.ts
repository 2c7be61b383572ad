/**
 * Learner progress as stored under `wfbb-progress` and as written to an export file, in zod:
 * version 2 (what the store writes) and version 1 (still read, and migrated). Used by tests and
 * tooling only: the browser validates with the hand-written guard in src/stores/progress-format.ts,
 * and a property test keeps the two in agreement.
 */
import { z } from 'astro/zod';
import {
  PREVIOUS_PROGRESS_VERSION,
  PROGRESS_VERSION,
  cbmMarksV1,
  cbmMax,
  cbmMin,
  certainties,
  certaintiesV1,
  difficultyMax,
  difficultyMin,
  isoTimePattern,
  scheduleStates,
  slugPattern,
  verdictFor,
  verdicts,
} from './progress-shape.ts';

const gradeSchema = (cbm: z.ZodType<number>) =>
  z
    .strictObject({
      score: z.number().min(0).max(1),
      verdict: z.enum(verdicts),
      cbm: cbm.optional(),
    })
    .refine((grade) => grade.verdict === verdictFor(grade.score), { message: 'verdict does not fit the score' });

export const storedGradeSchema = gradeSchema(z.number().min(cbmMin).max(cbmMax));
const storedGradeV1Schema = gradeSchema(z.number().refine((n) => cbmMarksV1.includes(n), { message: 'not a certainty-based mark' }));

const isoTime = z.string().regex(isoTimePattern);
const count = z.number().int().min(0);

export const scheduleSchema = z.strictObject({
  due: isoTime,
  stability: z.number().min(0),
  difficulty: z.number().min(difficultyMin).max(difficultyMax),
  reps: count,
  lapses: count,
  state: z.literal(scheduleStates),
  lastReview: isoTime,
});

const itemFields = {
  lastResponse: z.record(z.string(), z.unknown()),
  attempts: z.number().int().min(1),
  updatedAt: isoTime,
  lesson: z.string().regex(slugPattern),
};

export const itemProgressSchema = z.strictObject({
  ...itemFields,
  lastGrade: storedGradeSchema,
  bestGrade: storedGradeSchema,
  certainty: z.literal(certainties).optional(),
  schedule: scheduleSchema.optional(),
});

export const itemProgressV1Schema = z.strictObject({
  ...itemFields,
  lastGrade: storedGradeV1Schema,
  bestGrade: storedGradeV1Schema,
  certainty: z.literal(certaintiesV1).optional(),
});

export const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  items: z.record(z.string().regex(slugPattern), itemProgressSchema),
});

export const progressV1Schema = z.strictObject({
  version: z.literal(PREVIOUS_PROGRESS_VERSION),
  items: z.record(z.string().regex(slugPattern), itemProgressV1Schema),
});

/** An export file is the stored value itself, of either version (version 1 migrates on import). */
export const progressExportSchema = z.union([progressSchema, progressV1Schema]);

export type ProgressFile = z.output<typeof progressSchema>;
