import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  fuzzyTolerance,
  gradeText,
  matchText,
  normalise,
} from '../../../src/grading/index.ts';
import { text } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

describe('normalise', () => {
  it('lower-cases', () => expect(normalise('GNAS')).toBe('gnas'));
  it('removes diacritics after NFKD', () =>
    expect(normalise('Café crème Ångström')).toBe('cafe creme angstrom'));
  it('applies compatibility decomposition (NFKD)', () => {
    expect(normalise('ﬁbrodysplasia')).toBe('fibrodysplasia');
    expect(normalise('Ca²⁺')).toBe('ca2');
    expect(normalise('ＧＮＡＳ')).toBe('gnas');
  });
  it('removes punctuation, splitting words at dashes and joining them at apostrophes', () => {
    expect(normalise("Albright's hereditary osteodystrophy.")).toBe('albrights hereditary osteodystrophy');
    expect(normalise('X-linked')).toBe('x linked');
    expect(normalise('c.565_568del')).toBe('c 565 568del');
  });
  it('collapses and trims spaces, including non-breaking ones', () => {
    expect(normalise('  progressive \t osseous\u00a0\n heteroplasia  ')).toBe(
      'progressive osseous heteroplasia',
    );
  });
  it('drops invisible characters', () => expect(normalise('GN\u200bAS\u00ad')).toBe('gnas'));
  it('keeps letters of other scripts', () => expect(normalise('Gsα')).toBe('gsα'));
});

describe('damerauLevenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('gnas', 'gnas')).toBe(0);
  });
  it('counts a transposition of neighbours as one edit', () => {
    expect(damerauLevenshtein('gnas', 'gans')).toBe(1);
    expect(damerauLevenshtein('ca', 'abc')).toBe(2);
  });
  it('allows 1 edit below 10 characters and 2 from 10', () => {
    expect(fuzzyTolerance('heteroplas')).toBe(2);
    expect(fuzzyTolerance('osteoma c')).toBe(1);
  });
});

describe('text', () => {
  it('accepts an exact answer', () => {
    expect(gradeText(text(), { text: 'GNAS' })).toMatchObject({ score: 1, verdict: 'correct' });
  });

  it('ignores case, diacritics, punctuation and spacing', () => {
    expect(gradeText(text(), { text: '  gnas. ' }).score).toBe(1);
    expect(gradeText(text(), { text: 'Guanine-nucleotide binding protein, alpha stimulating' }).score).toBe(
      1,
    );
  });

  it('accepts one typo (including a transposition) in an answer under 10 characters', () => {
    expect(gradeText(text(), { text: 'GANS' }).score).toBe(1);
    expect(gradeText(text(), { text: 'GNASS' }).score).toBe(1);
  });

  it('refuses two typos in an answer under 10 characters', () => {
    expect(gradeText(text(), { text: 'GANSS' })).toMatchObject({ score: 0, verdict: 'incorrect' });
  });

  it('accepts two typos in an answer of 10 characters or more, not three', () => {
    expect(gradeText(text(), { text: 'guanine nucleotide binding protien alpha stimulatng' }).score).toBe(1);
    expect(gradeText(text(), { text: 'guanin nucleotide binding protien alpha stimulatng' }).score).toBe(0);
  });

  it('says a fuzzy match was accepted and gives the spelling', () => {
    const g = gradeText(text(), { text: 'GANS' });
    expect(g.feedback[0]).toEqual({
      kind: 'answer',
      correct: true,
      message: 'Accepted as "GNAS" (mind the spelling).',
    });
    expect(gradeText(text(), { text: 'gnas' }).feedback.map((f) => f.kind)).toEqual(['explanation']);
  });

  it('matches exactly only when fuzzy is false', () => {
    const item = { ...text(), fuzzy: false };
    expect(gradeText(item, { text: 'gnas!' }).score).toBe(1);
    expect(gradeText(item, { text: 'GANS' }).score).toBe(0);
  });

  it('lets a reject entry win and give its feedback', () => {
    const g = gradeText(text(), { text: 'acvr1' });
    expect(g).toMatchObject({ score: 0, verdict: 'incorrect' });
    expect(g.feedback[0]).toEqual({
      kind: 'reject',
      target: 'ACVR1',
      correct: false,
      message: 'ACVR1 is the FOP gene.',
    });
  });

  it('lets a reject entry win over a fuzzy accept at the same distance', () => {
    // "GNAQ" is 1 edit from the accepted "GNAS" but is itself rejected.
    expect(gradeText(text(), { text: 'gnaq' }).feedback[0]!.kind).toBe('reject');
    // "GNAR" is 1 edit from both: the reject entry wins.
    expect(matchText(text(), 'GNAR')).toMatchObject({ kind: 'reject', index: 1 });
    expect(gradeText(text(), { text: 'GNAR' }).score).toBe(0);
  });

  it('does not let a fuzzy reject overturn an exact accept', () => {
    expect(matchText(text(), 'GNAS')).toEqual({ kind: 'accept', exact: true, index: 0, distance: 0 });
  });

  it('gives reject feedback for a misspelt rejected answer', () => {
    expect(gradeText(text(), { text: 'ACRV1' }).feedback[0]!.kind).toBe('reject');
  });

  it('names the accepted answers when the answer is wrong', () => {
    const g = gradeText(text(), { text: 'PTH1R' });
    expect(g.feedback[0]).toEqual({
      kind: 'answer',
      correct: true,
      message: 'Accepted answers: GNAS; guanine nucleotide binding protein alpha stimulating',
    });
  });

  it('scores an empty or punctuation-only answer 0', () => {
    expect(gradeText(text(), { text: '' }).score).toBe(0);
    expect(gradeText(text(), { text: ' ?! ' }).score).toBe(0);
  });

  it('throws wrong-shape unless the response is { text: string }', () => {
    expectGradingError(() => gradeText(text(), bad({ text: 42 })), 'wrong-shape');
    expectGradingError(() => gradeText(text(), bad({ answer: 'GNAS' })), 'wrong-shape');
  });
});
