import { describe, expect, it } from 'vitest';
import { dcg, gradeRank } from '../../../src/grading/index.ts';
import { rank } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

// Relevance: poh 3, aho 2, oc 1, fop 0, jdm 0; k = 3.
const idealDcg = 7 / Math.log2(2) + 3 / Math.log2(3) + 1 / Math.log2(4);

describe('rank', () => {
  it('scores the ideal ranking 1', () => {
    expect(gradeRank(rank(), { ranked: ['poh', 'aho', 'oc'] })).toMatchObject({
      score: 1,
      verdict: 'correct',
    });
  });

  it('computes DCG with gain 2^rel - 1 and discount log2(i + 1)', () => {
    expect(dcg([3, 2, 1])).toBeCloseTo(idealDcg, 12);
    expect(dcg([0, 3])).toBeCloseTo(7 / Math.log2(3), 12);
  });

  it('scores nDCG@k against the best k options', () => {
    const swapped = (3 / Math.log2(2) + 7 / Math.log2(3) + 1 / Math.log2(4)) / idealDcg;
    expect(gradeRank(rank(), { ranked: ['aho', 'poh', 'oc'] }).score).toBeCloseTo(swapped, 12);
    const withIrrelevant = (7 + 0 + 1 / Math.log2(4)) / idealDcg;
    expect(gradeRank(rank(), { ranked: ['poh', 'fop', 'oc'] }).score).toBeCloseTo(withIrrelevant, 12);
  });

  it('scores a shorter list by the options it holds', () => {
    expect(gradeRank(rank(), { ranked: ['poh'] }).score).toBeCloseTo(7 / idealDcg, 12);
    expect(gradeRank(rank(), { ranked: [] })).toMatchObject({ score: 0, verdict: 'incorrect' });
  });

  it('scores a list of only irrelevant options 0', () => {
    expect(gradeRank(rank(), { ranked: ['fop', 'jdm'] })).toMatchObject({ score: 0, verdict: 'incorrect' });
  });

  it('gives full credit when options of equal relevance swap places', () => {
    const item = rank();
    item.options[1]!.relevance = 3;
    expect(gradeRank(item, { ranked: ['aho', 'poh', 'oc'] }).score).toBe(1);
  });

  it('compares with the ideal over k options, not all relevant ones', () => {
    const item = { ...rank(), k: 2 };
    expect(gradeRank(item, { ranked: ['poh', 'aho'] }).score).toBe(1);
  });

  it("gives the feedback of every ranked option, in the learner's order", () => {
    const g = gradeRank(rank(), { ranked: ['fop', 'poh'] });
    expect(g.feedback.filter((f) => f.kind === 'option')).toEqual([
      { kind: 'option', target: 'fop', correct: false, message: '1. FOP: Unlikely: no toe malformation.' },
      { kind: 'option', target: 'poh', correct: true, message: '2. POH: Leads: dermal bone, paternal GNAS.' },
    ]);
  });

  it('names the leading diagnosis when the learner left it out', () => {
    const g = gradeRank(rank(), { ranked: ['aho', 'oc'] });
    expect(g.feedback.find((f) => f.kind === 'rank')).toEqual({
      kind: 'rank',
      target: 'poh',
      correct: false,
      message:
        'You left out POH, the leading diagnosis: it belongs first. Leads: dermal bone, paternal GNAS.',
    });
  });

  it('names the leading diagnosis when the learner placed it low', () => {
    const g = gradeRank(rank(), { ranked: ['aho', 'oc', 'poh'] });
    expect(g.feedback.find((f) => f.kind === 'rank')!.message).toBe(
      'You placed POH, the leading diagnosis, at 3: it belongs first.',
    );
    expect(gradeRank(rank(), { ranked: ['poh', 'oc', 'aho'] }).feedback.some((f) => f.kind === 'rank')).toBe(
      false,
    );
  });

  it('names other relevant options an ideal list would hold but the learner left out', () => {
    const g = gradeRank(rank(), { ranked: ['poh', 'fop', 'jdm'] });
    expect(g.feedback.filter((f) => f.kind === 'missed').map((f) => f.target)).toEqual(['aho', 'oc']);
  });

  it('shows a strong ranking unless the learner found one', () => {
    const g = gradeRank(rank(), { ranked: ['aho', 'poh', 'oc'] });
    expect(g.feedback.find((f) => f.kind === 'answer')!.message).toBe(
      'A strong ranking: 1. POH; 2. AHO/PHP1A; 3. Osteoma cutis.',
    );
    expect(
      gradeRank(rank(), { ranked: ['poh', 'aho', 'oc'] }).feedback.some((f) => f.kind === 'answer'),
    ).toBe(false);
  });

  it('throws for more than k options, a repeated option or an unknown option', () => {
    expectGradingError(
      () => gradeRank(rank(), { ranked: ['poh', 'aho', 'oc', 'fop'] }),
      'too-many',
      'ranked holds at most 3 options (k), not 4',
    );
    expectGradingError(() => gradeRank(rank(), { ranked: ['poh', 'poh'] }), 'duplicate-id');
    expectGradingError(
      () => gradeRank(rank(), { ranked: ['poh', 'sle'] }),
      'unknown-id',
      'names no option (options: poh, aho, oc, fop, jdm)',
    );
    expectGradingError(() => gradeRank(rank(), bad({ ranked: { 0: 'poh' } })), 'wrong-shape');
  });
});
