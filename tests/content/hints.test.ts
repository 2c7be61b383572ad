// Hints in the answer keys: a malformed one stops the build naming file, item and field; a hint
// that quotes the key is reported by the item-writing checks; every lesson has hinted items.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseContent, paths, readContentSources } from '../../src/content-validation/index.ts';
import { hintProblems, type WrittenItem } from '../../src/content-validation/item-writing.ts';
import { checkQuestionFile } from '../../src/content-validation/question-files.ts';
import { itemSchema } from '../../src/schemas/items/index.ts';
import { samples } from '../fixtures/sample-items.ts';

const Q = 'content/questions/genetics.yaml';

const yamlItem = (hints: string) => `
- id: gen-gene
  type: single
  stem: Which gene is altered?
  options:
    - { id: a, text: ACVR1, feedback: "FOP gene." }
    - { id: b, text: GNAS, feedback: "Right." }
  answer: b
${hints}
  explanation: Because.
  teaches: genetics#inheritance
`;

describe('a malformed hints field stops the build, naming file, item and field', () => {
  it('hints written as one text instead of a list', () => {
    expect(checkQuestionFile(Q, yamlItem('  hints: Think about the toes.')).problems).toEqual([
      `${Q}: item "gen-gene": hints must be a list of markdown texts, one "- " line per hint`,
    ]);
  });

  it('an empty hint in the list', () => {
    expect(checkQuestionFile(Q, yamlItem('  hints:\n    - Where does it start?\n    - ""')).problems).toEqual([
      `${Q}: item "gen-gene": hints[1]: hint must not be empty`,
    ]);
  });

  it('a well-formed list passes', () => {
    const { problems, entries } = checkQuestionFile(Q, yamlItem('  hints:\n    - Where does the bone *start*?'));
    expect(problems).toEqual([]);
    expect(entries[0]!.item!.hints).toEqual(['Where does the bone *start*?']);
  });
});

const written = (raw: object): WrittenItem => ({ file: Q, item: itemSchema.parse(raw) });

describe('a hint points at the reasoning, never at the answer', () => {
  it('reports a hint that quotes the right option of a single item (case and markdown ignored)', () => {
    expect(hintProblems([written({ ...samples.single(), hints: ['Think of *gnas*, the gene.'] })])).toEqual([
      `${Q}: item "poh-gene": hints[0] quotes the key ("gnas"); point at the reasoning, not the answer`,
    ]);
  });

  it('reports a hint that quotes a correct option of a multi item, and not one naming a distractor', () => {
    expect(hintProblems([written({ ...samples.multi(), hints: ['No.', 'Look for progression to deep tissue.'] })])).toEqual([
      `${Q}: item "poh-features": hints[1] quotes the key ("progression to deep tissue"); point at the reasoning, not the answer`,
    ]);
    expect(hintProblems([written({ ...samples.multi(), hints: ['Is a great-toe malformation part of it?'] })])).toEqual([]);
  });

  it('reports quoted keys of the other keyed types: the reason, an accepted answer, the top-ranked option, the answer region', () => {
    const twoTier = samples.twoTier();
    const reason = twoTier.reasons.find((r) => r.id === twoTier.reason)!.text;
    const text = samples.text();
    const rank = samples.rank();
    const top = rank.options.reduce((best, o) => (o.relevance > best.relevance ? o : best)).text;
    const hotspot = samples.hotspot();
    const region = hotspot.regions.find((r) => r.id === hotspot.answer)!.label;
    const problems = hintProblems([
      written({ ...twoTier, hints: [`It is ${reason}.`] }),
      written({ ...text, hints: [`Starts with ${text.accept[0]}`] }),
      written({ ...rank, hints: [`Put ${top} first`] }),
      written({ ...hotspot, hints: [`Find the ${region}.`] }),
    ]);
    expect(problems).toEqual([
      `${Q}: item "parent-of-origin": hints[0] quotes the key ("imprinting in the proximal tubule"); point at the reasoning, not the answer`,
      `${Q}: item "name-the-gene": hints[0] quotes the key ("gnas"); point at the reasoning, not the answer`,
      `${Q}: item "rank-differential": hints[0] quotes the key ("poh"); point at the reasoning, not the answer`,
      `${Q}: item "biopsy-osteoblast": hints[0] quotes the key ("osteoblast rim"); point at the reasoning, not the answer`,
    ]);
  });

  it('does not take a word inside another word for the key', () => {
    expect(hintProblems([written({ ...samples.single(), hints: ['GNASX is not a gene.'] })])).toEqual([]);
  });
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const content = analyseContent(readContentSources(root));
const items: WrittenItem[] = content.questions.flatMap(({ file, item }) => (item ? [{ file, item }] : []));

describe('the module content', () => {
  it('has no hint that quotes its key', () => {
    expect(hintProblems(items)).toEqual([]);
  });

  it('gives hints to at least two items in every lesson', () => {
    const few = content.lessons
      .map(({ slug }) => [slug, items.filter(({ file, item }) => file === `${paths.questions}/${slug}.yaml` && item.hints).length] as const)
      .filter(([, count]) => count < 2)
      .map(([slug, count]) => `${paths.questions}/${slug}.yaml: ${count} items with hints (at least 2)`);
    expect(few).toEqual([]);
  });
});
