/**
 * Content collections. The schemas live in src/schemas/ (one per concept, types derived beside
 * them); the cross-file checks (unique ids, teaches, refs, <Quiz id>...) run before this file
 * is loaded, in the content-validation integration, so a broken key stops the build there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkQuestionFile } from './content-validation/question-files.ts';
import { disorderSchema } from './schemas/disorder.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { itemSchema } from './schemas/items/index.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { referenceSchema } from './schemas/reference.ts';

const questionsDir = 'content/questions';

/** One question entry: the item exactly as the grader takes it, and the lesson its file belongs to. */
const questionEntrySchema = z.strictObject({
  /** The lesson slug: the question file's name without `.yaml`. */
  lesson: z.string(),
  item: itemSchema,
});

/** Each item of every content/questions/<lesson>.yaml is one entry, keyed by its id. */
function questionItems(): Loader {
  return {
    name: 'question-items',
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, questionsDir);
      const sync = async () => {
        store.clear();
        const names = (existsSync(dir) ? readdirSync(dir) : []).filter((name) => name.endsWith('.yaml')).sort();
        for (const name of names) {
          const filePath = `${questionsDir}/${name}`;
          const { entries, problems } = checkQuestionFile(filePath, readFileSync(join(dir, name), 'utf8'));
          // The integration reports these in full; keep the rest of the module usable meanwhile.
          if (problems.length > 0) logger.warn(`${filePath}: ${problems.length} problem(s); invalid items left out`);
          for (const entry of entries) {
            if (entry.id === undefined || entry.item === undefined) continue;
            const raw = { lesson: entry.lesson, item: entry.raw };
            const data = await parseData({ id: entry.id, data: raw, filePath });
            store.set({ id: entry.id, data, filePath, digest: generateDigest(raw) });
          }
        }
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('all', async (_event, changed) => {
        if (changed.startsWith(dir) && changed.endsWith('.yaml')) await sync();
      });
    },
  };
}

const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

const questions = defineCollection({
  loader: questionItems(),
  schema: questionEntrySchema,
});

const disorders = defineCollection({
  loader: file('content/disorders.yaml'),
  schema: disorderSchema,
});

const glossary = defineCollection({
  loader: file('content/glossary.yaml'),
  schema: glossaryEntrySchema,
});

const references = defineCollection({
  loader: file('content/references.yaml'),
  schema: referenceSchema,
});

export const collections = { lessons, questions, disorders, glossary, references };
