/** Lesson frontmatter (content/lessons/<slug>.mdx). */
import { z } from 'astro/zod';

export const lessonSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Position in the module, 1 first. */
  order: z.number().int().min(1),
  summary: z.string().trim().min(1),
  objectives: z.array(z.string().trim().min(1)).min(3).max(6),
  /** Estimated time to work through the lesson. */
  minutes: z.number().int().positive(),
});

export type Lesson = z.output<typeof lessonSchema>;
export type LessonInput = z.input<typeof lessonSchema>;
