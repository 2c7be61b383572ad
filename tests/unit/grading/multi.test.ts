import { describe, expect, it } from 'vitest';
import { gradeMulti } from '../../../src/grading/index.ts';
import { multi } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

// Correct options: a, c, e (3). Wrong: b, d.
describe('multi', () => {
  it('scores 1 for exactly the correct options', () => {
    expect(gradeMulti(multi(), { choices: ['a', 'c', 'e'] })).toMatchObject({ score: 1, verdict: 'correct' });
  });

  it('scores (right picks - wrong picks) / number of correct options', () => {
    expect(gradeMulti(multi(), { choices: ['a', 'c'] }).score).toBeCloseTo(2 / 3, 12);
    expect(gradeMulti(multi(), { choices: ['a', 'c', 'b'] }).score).toBeCloseTo(1 / 3, 12);
    expect(gradeMulti(multi(), { choices: ['a', 'c', 'e', 'b'] }).score).toBeCloseTo(2 / 3, 12);
    expect(gradeMulti(multi(), { choices: ['a', 'c', 'b'] }).verdict).toBe('partial');
  });

  it('never goes below 0 when wrong picks outnumber right ones', () => {
    const g = gradeMulti(multi(), { choices: ['a', 'b', 'd'] });
    expect(g).toMatchObject({ score: 0, verdict: 'incorrect' });
  });

  it('scores selecting every option as (3 - 2) / 3', () => {
    expect(gradeMulti(multi(), { choices: ['a', 'b', 'c', 'd', 'e'] }).score).toBeCloseTo(1 / 3, 12);
  });

  it('scores an empty selection 0 and lists every correct option as missed', () => {
    const g = gradeMulti(multi(), { choices: [] });
    expect(g.score).toBe(0);
    expect(g.feedback.filter((f) => f.kind === 'missed').map((f) => f.target)).toEqual(['a', 'c', 'e']);
  });

  it("gives every chosen option's feedback with whether it was right", () => {
    const g = gradeMulti(multi(), { choices: ['d', 'a'] });
    const chosen = g.feedback.filter((f) => f.kind === 'option');
    expect(chosen).toEqual([
      { kind: 'option', target: 'a', correct: true, message: 'Yes: it starts in the dermis.' },
      { kind: 'option', target: 'd', correct: false, message: 'No: typical of FOP.' },
    ]);
  });

  it('names the correct options the learner missed, with why they are correct', () => {
    const g = gradeMulti(multi(), { choices: ['a'] });
    const missed = g.feedback.filter((f) => f.kind === 'missed');
    expect(missed.map((f) => f.target)).toEqual(['c', 'e']);
    expect(missed[0]!.message).toBe(
      'You missed a correct option: Progression to deep tissue. Yes: it spreads inward.',
    );
  });

  it('does not depend on the order of the choices', () => {
    expect(gradeMulti(multi(), { choices: ['e', 'b', 'a'] })).toEqual(
      gradeMulti(multi(), { choices: ['a', 'b', 'e'] }),
    );
  });

  it('ends with the explanation', () => {
    expect(gradeMulti(multi(), { choices: ['a'] }).feedback.at(-1)!.kind).toBe('explanation');
  });

  it('throws for an unknown option, a repeated option or a response that is not { choices: [] }', () => {
    expectGradingError(
      () => gradeMulti(multi(), { choices: ['a', 'z'] }),
      'unknown-id',
      'choices[1] "z" names no option (options: a, b, c, d, e)',
    );
    expectGradingError(
      () => gradeMulti(multi(), { choices: ['a', 'a'] }),
      'duplicate-id',
      'choices names option "a" twice',
    );
    expectGradingError(() => gradeMulti(multi(), bad({ choices: 'a' })), 'wrong-shape');
    expectGradingError(() => gradeMulti(multi(), bad({ choice: 'a' })), 'wrong-shape');
  });
});
