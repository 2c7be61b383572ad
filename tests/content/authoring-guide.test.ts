/** The examples in docs/AUTHORING.md are real items: each passes its schema and the writing rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkQuestionFile } from '../../src/content-validation/question-files.ts';
import { itemWritingProblems } from '../../src/content-validation/item-writing.ts';
import { itemTypes } from '../../src/schemas/items/index.ts';

const guide = readFileSync(new URL('../../docs/AUTHORING.md', import.meta.url), 'utf8');
const examples = Array.from(guide.matchAll(/```yaml\n([\s\S]*?)```/g), (match) => match[1]!);

describe('docs/AUTHORING.md', () => {
  it.each(examples.map((yaml, i) => [i + 1, yaml] as const))('example %i passes its schema', (_, yaml) => {
    expect(checkQuestionFile('docs/AUTHORING.md', yaml).problems).toEqual([]);
  });

  it('follows the item-writing rules it teaches', () => {
    const items = examples.flatMap((yaml) =>
      checkQuestionFile('docs/AUTHORING.md', yaml).entries.flatMap(({ item }) => (item ? [{ file: 'docs/AUTHORING.md', item }] : [])),
    );
    expect(itemWritingProblems(items)).toEqual([]);
  });

  it('shows one example of each of the nine item types', () => {
    const types = examples.flatMap((yaml) =>
      checkQuestionFile('docs/AUTHORING.md', yaml).entries.map(({ item }) => item?.type),
    );
    expect(types).toEqual([...itemTypes]);
  });
});
