import { describe, expect, it } from 'vitest';
import { copiedRuns } from '../../src/content-validation/copied-text.ts';
import {
  bannedPhraseProblems,
  keyLengthProblems,
  keyPositionProblems,
  type WrittenItem,
} from '../../src/content-validation/item-writing.ts';
import { itemSchema } from '../../src/schemas/items/index.ts';

const file = 'content/questions/genetics.yaml';

function single(id: string, texts: string[], answer: string): WrittenItem {
  const item = itemSchema.parse({
    id,
    type: 'single',
    stem: 'Which gene?',
    explanation: 'Because.',
    teaches: 'genetics#inheritance',
    options: texts.map((text, i) => ({ id: 'abcdef'[i], text, feedback: 'Why.' })),
    answer,
  });
  return { file, item };
}

describe('key length', () => {
  it('reports a key longer than every other option', () => {
    expect(keyLengthProblems([single('gen-a', ['GNAS', 'The GNAS gene', 'RUNX2'], 'b')])).toEqual([
      `${file}: item "gen-a": the key "b" is the longest option (13 characters; the next longest has 5)`,
    ]);
  });

  it('accepts a key as long as the longest distractor, ignoring markdown markers', () => {
    expect(keyLengthProblems([single('gen-a', ['*GNAS*', 'ACVR', 'RUNX'], 'a')])).toEqual([]);
  });
});

describe('key positions', () => {
  it('reports a position holding the key in more than half of a file’s single items, by id', () => {
    const items = [
      single('gen-a', ['x', 'y', 'z'], 'a'),
      single('gen-b', ['x', 'y', 'z'], 'a'),
      single('gen-c', ['x', 'y', 'z'], 'c'),
    ];
    expect(keyPositionProblems(items)).toEqual([
      `${file}: the key is option 1 in 2 of 3 single-answer items (at most half may share a position): gen-a, gen-b`,
    ]);
  });

  it('accepts exactly half', () => {
    const items = [single('gen-a', ['x', 'y'], 'a'), single('gen-b', ['x', 'y'], 'b')];
    expect(keyPositionProblems(items)).toEqual([]);
  });
});

describe('banned phrases', () => {
  it('reports "none of the above" and absolute words in options, by field', () => {
    const item = single('gen-a', ['None of the above', 'It is never inherited', 'GNAS'], 'c');
    expect(bannedPhraseProblems([item])).toEqual([
      `${file}: item "gen-a": options[0].text says "None of the above"`,
      `${file}: item "gen-a": options[1].text uses the absolute word "never"`,
    ]);
  });

  it('allows "always" in a stem, where it gives nothing away', () => {
    const item = single('gen-a', ['GNAS', 'ACVR1'], 'a');
    expect(bannedPhraseProblems([{ ...item, item: { ...item.item, stem: 'Is it always paternal?' } }])).toEqual([]);
  });
});

describe('copied runs', () => {
  const letter = 'We report a case of a 3-year-old girl, born to non-\nconsanguineous parents, with a swelling.';

  it('finds 12 words repeated across case, punctuation and a hyphenated line break, with the line', () => {
    const text = 'Intro.\nThey REPORT a case of a 3 year old girl born to non-consanguineous parents today.';
    expect(copiedRuns(letter, text)).toEqual([
      { line: 2, words: 'report a case of a 3 year old girl born to non consanguineous parents' },
    ]);
  });

  it('ignores a run of 11 words', () => {
    expect(copiedRuns(letter, 'a case of a 3 year old girl born to non')).toEqual([]);
  });
});
