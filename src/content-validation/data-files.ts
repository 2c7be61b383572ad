/** The single-file collections: content/disorders.yaml, glossary.yaml, references.yaml. */
import type { z } from 'astro/zod';
import { duplicateIds, entryId, entryLabel, parseYamlList } from './yaml-list.ts';
import { describeIssue } from './zod-issues.ts';

export interface DataEntry<T> {
  file: string;
  position: number;
  id: string | undefined;
  /** `entry "poh"` or `entry 3 (no id)`. */
  label: string;
  raw: unknown;
  /** The parsed entry, when it passed its schema. */
  value: T | undefined;
}

export interface DataFileCheck<T> {
  entries: DataEntry<T>[];
  problems: string[];
}

export interface DataFileKind {
  /** What one entry is called in a message, e.g. "glossary entry". */
  entry: string;
  /** What the file is a list of, e.g. "glossary entries". */
  listOf: string;
}

/** Parse a list file, check each entry against `schema` and ids for uniqueness within the file. */
export function checkDataFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  kind: DataFileKind,
): DataFileCheck<z.output<S>> {
  const { list, problems } = parseYamlList(file, text, kind.listOf);
  const entries = list.map((raw, index): DataEntry<z.output<S>> => {
    const label = entryLabel('entry', raw, index + 1);
    const result = schema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${file}: ${label}: ${describeIssue(issue, { subject: kind.entry, schema })}`);
      }
    }
    return {
      file,
      position: index + 1,
      id: entryId(raw),
      label,
      raw,
      value: result.success ? result.data : undefined,
    };
  });
  problems.push(...duplicateIds(entries, 'entry'));
  return { entries, problems };
}
