/** One question file (content/questions/<lesson>.yaml): every item against its type's schema. */
import { itemSchema, type Item } from '../schemas/items/index.ts';
import { parseYamlList, entryId, entryLabel } from './yaml-list.ts';
import { describeIssue } from './zod-issues.ts';

export interface QuestionEntry {
  /** The question file, relative to the project root. */
  file: string;
  /** The lesson the file belongs to: its name without `.yaml`. */
  lesson: string;
  /** 1-based position in the file. */
  position: number;
  /** The item's id as written, if it has one. */
  id: string | undefined;
  /** `item "poh-gene"` or `item 3 (no id)`. */
  label: string;
  raw: unknown;
  /** The parsed item, when it passed its schema. */
  item: Item | undefined;
}

export interface QuestionFileCheck {
  entries: QuestionEntry[];
  problems: string[];
}

export function lessonOfQuestionFile(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

export function checkQuestionFile(file: string, text: string): QuestionFileCheck {
  const { list, problems } = parseYamlList(file, text, 'items');
  const lesson = lessonOfQuestionFile(file);
  const entries = list.map((raw, index): QuestionEntry => {
    const label = entryLabel('item', raw, index + 1);
    const result = itemSchema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${file}: ${label}: ${describeIssue(issue, { subject: 'item' })}`);
      }
    }
    return {
      file,
      lesson,
      position: index + 1,
      id: entryId(raw),
      label,
      raw,
      item: result.success ? result.data : undefined,
    };
  });
  if (list.length === 0 && problems.length === 0) problems.push(`${file}: has no items`);
  return { entries, problems };
}
