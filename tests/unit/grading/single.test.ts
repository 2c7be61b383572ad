import { describe, expect, it } from 'vitest';
import { grade, gradeSingle, validateSingleResponse } from '../../../src/grading/index.ts';
import { single } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

describe('single', () => {
  it('scores 1 and verdict correct for the key', () => {
    const g = gradeSingle(single(), { choice: 'b' });
    expect(g).toMatchObject({ score: 1, max: 1, verdict: 'correct' });
  });

  it('scores 0 and verdict incorrect for any other option', () => {
    for (const choice of ['a', 'c', 'd']) {
      expect(gradeSingle(single(), { choice })).toMatchObject({ score: 0, verdict: 'incorrect' });
    }
  });

  it("returns the chosen option's feedback, marked right or wrong", () => {
    expect(gradeSingle(single(), { choice: 'b' }).feedback[0]).toEqual({
      kind: 'option',
      target: 'b',
      correct: true,
      message: 'Right: paternal GNAS loss of function.',
    });
    expect(gradeSingle(single(), { choice: 'a' }).feedback[0]).toEqual({
      kind: 'option',
      target: 'a',
      correct: false,
      message: 'Tempting: FOP gene. Wrong here.',
    });
  });

  it('names the best answer when the choice is wrong, and not when it is right', () => {
    const wrong = gradeSingle(single(), { choice: 'a' });
    expect(wrong.feedback).toContainEqual({
      kind: 'answer',
      target: 'b',
      correct: true,
      message: 'The best answer: GNAS',
    });
    expect(gradeSingle(single(), { choice: 'b' }).feedback.some((f) => f.kind === 'answer')).toBe(false);
  });

  it("ends the feedback with the item's explanation", () => {
    const g = gradeSingle(single(), { choice: 'c' });
    expect(g.feedback.at(-1)).toEqual({ kind: 'explanation', message: single().explanation });
  });

  it('is dispatched by grade()', () => {
    expect(grade(single(), { choice: 'b' })).toEqual(gradeSingle(single(), { choice: 'b' }));
  });

  it('throws GradingError naming the options when the choice names no option', () => {
    const error = expectGradingError(() => gradeSingle(single(), { choice: 'e' }), 'unknown-id');
    expect(error.message).toBe('item "poh-gene": choice "e" names no option (options: a, b, c, d)');
    expect(error.itemId).toBe('poh-gene');
    expect(error.field).toBe('choice');
  });

  it('throws wrong-shape for a response that is not { choice }', () => {
    expectGradingError(() => gradeSingle(single(), bad(null)), 'wrong-shape');
    expectGradingError(() => gradeSingle(single(), bad('b')), 'wrong-shape');
    expectGradingError(() => gradeSingle(single(), bad({})), 'wrong-shape', 'needs "choice"');
    expectGradingError(() => gradeSingle(single(), bad({ choice: 2 })), 'wrong-shape');
    expectGradingError(
      () => gradeSingle(single(), bad({ choice: 'b', choices: ['b'] })),
      'wrong-shape',
      'no field "choices"',
    );
  });

  it('has a separate validate function that returns the response that fits', () => {
    expect(validateSingleResponse(single(), { choice: 'a', confidence: 2 })).toEqual({
      choice: 'a',
      confidence: 2,
    });
  });

  it('grades an item as parsed (refs filled in) the same as one written in YAML', () => {
    expect(gradeSingle({ ...single(), refs: ['shore2002'] }, { choice: 'b' }).score).toBe(1);
  });
});
