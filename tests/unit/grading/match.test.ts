import { describe, expect, it } from 'vitest';
import { gradeMatch } from '../../../src/grading/index.ts';
import { match } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

const key = { p1: 'poh', p2: 'fop', p3: 'php1a' };

describe('match', () => {
  it('scores 1 when every premise is matched right', () => {
    expect(gradeMatch(match(), { pairs: key })).toMatchObject({ score: 1, verdict: 'correct' });
  });

  it('scores the share of premises matched right', () => {
    expect(gradeMatch(match(), { pairs: { ...key, p3: 'poh' } }).score).toBeCloseTo(2 / 3, 12);
    expect(gradeMatch(match(), { pairs: { p1: 'fop', p2: 'poh', p3: 'poh' } })).toMatchObject({
      score: 0,
      verdict: 'incorrect',
    });
  });

  it('counts an unanswered premise as wrong, left out or null', () => {
    expect(gradeMatch(match(), { pairs: { p1: 'poh', p2: 'fop' } }).score).toBeCloseTo(2 / 3, 12);
    expect(gradeMatch(match(), bad({ pairs: { p1: 'poh', p2: 'fop', p3: null } })).score).toBeCloseTo(
      2 / 3,
      12,
    );
    expect(gradeMatch(match(), { pairs: {} }).score).toBe(0);
  });

  it('lets one choice serve several premises', () => {
    const item = match();
    item.premises[2]!.answer = 'poh';
    expect(gradeMatch(item, { pairs: { p1: 'poh', p2: 'fop', p3: 'poh' } }).score).toBe(1);
  });

  it('names the right choice for a premise matched wrongly', () => {
    const g = gradeMatch(match(), { pairs: { ...key, p1: 'fop' } });
    expect(g.feedback.find((f) => f.target === 'p1')).toEqual({
      kind: 'mismatch',
      target: 'p1',
      correct: false,
      message: 'Paternal GNAS, dermis first: you chose FOP; the right match is POH. POH starts in the skin.',
    });
  });

  it('names the right choice for an unanswered premise', () => {
    const g = gradeMatch(match(), { pairs: { p1: 'poh', p2: 'fop' } });
    expect(g.feedback.find((f) => f.target === 'p3')).toEqual({
      kind: 'missed',
      target: 'p3',
      correct: false,
      message: 'Maternal GNAS, PTH resistance: not answered; the right match is PHP1A.',
    });
  });

  it('confirms premises matched right, with their feedback', () => {
    const g = gradeMatch(match(), { pairs: key });
    expect(g.feedback.filter((f) => f.kind === 'match').map((f) => f.target)).toEqual(['p1', 'p2', 'p3']);
    expect(g.feedback[0]!.message).toBe('Paternal GNAS, dermis first: POH is right. POH starts in the skin.');
  });

  it('throws for an unknown premise, an unknown choice or pairs that are not an object', () => {
    expectGradingError(
      () => gradeMatch(match(), { pairs: { ...key, p9: 'poh' } }),
      'unknown-id',
      'names no premise (premises: p1, p2, p3)',
    );
    expectGradingError(
      () => gradeMatch(match(), { pairs: { ...key, p2: 'jdm' } }),
      'unknown-id',
      '"jdm" names no choice (choices: poh, fop, php1a)',
    );
    expectGradingError(() => gradeMatch(match(), bad({ pairs: [['p1', 'poh']] })), 'wrong-shape');
    expectGradingError(() => gradeMatch(match(), bad({ pairs: { p1: 3 } })), 'wrong-shape');
    expectGradingError(() => gradeMatch(match(), bad({})), 'wrong-shape');
  });
});
