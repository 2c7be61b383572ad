// Minimal collections so the skeleton builds; the answer-key engine extends this file.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: z.object({
    title: z.string(),
    order: z.number().int(),
    summary: z.string(),
    objectives: z.array(z.string()).min(3).max(6),
    minutes: z.number().int().positive(),
  }),
});

export const collections = { lessons };
