import { describe, expect, it } from 'vitest';
import { gradeSct } from '../../../src/grading/index.ts';
import { sctKeys, sctValueLabel } from '../../../src/schemas/items/catalogue.ts';
import { sct } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

// Reference key weights: -2: 9, -1: 4, 0: 2, +1: 0, +2: 0 (15 in all).
describe('sct', () => {
  it("scores the panel's modal answer 1", () => {
    expect(gradeSct(sct(), { value: -2 })).toMatchObject({ score: 1, verdict: 'correct' });
  });

  it('scores panel[value] / max(panel)', () => {
    expect(gradeSct(sct(), { value: -1 }).score).toBeCloseTo(4 / 9, 12);
    expect(gradeSct(sct(), { value: 0 }).score).toBeCloseTo(2 / 9, 12);
    expect(gradeSct(sct(), { value: -1 }).verdict).toBe('partial');
  });

  it('scores a value with no weight in the reference key 0', () => {
    expect(gradeSct(sct(), { value: 2 })).toMatchObject({ score: 0, verdict: 'incorrect' });
  });

  it('gives full credit to every value that ties for the highest weight', () => {
    const item = sct();
    item.panel = { '-2': 5, '-1': 5, '0': 0, '1': 0, '2': 0 };
    expect(gradeSct(item, { value: -1 }).score).toBe(1);
    expect(gradeSct(item, { value: -2 }).score).toBe(1);
  });

  it("shows the reference key's spread in words, the learner's value first", () => {
    const panel = gradeSct(sct(), { value: -1 }).feedback.filter((f) => f.kind === 'panel');
    expect(panel.map((f) => f.message)).toEqual([
      'Your answer, −1, carries 4 of 15 in the reference key.',
      '−2 carries 9 of 15 (the highest weight).',
      '0 carries 2 of 15.',
    ]);
    expect(panel.map((f) => f.target)).toEqual(['-1', '-2', '0']);
  });

  it("says when the learner's value has no weight, with a + sign for positive values", () => {
    const panel = gradeSct(sct(), { value: 1 }).feedback.filter((f) => f.kind === 'panel');
    expect(panel[0]!.message).toBe('Your answer, +1, carries no weight in the reference key.');
  });

  it('shows signs as −2, −1, 0, +1, +2, with a true minus as the islands and the printed key do', () => {
    expect([-2, -1, 0, 1, 2].map((value) => sctValueLabel(value))).toEqual(['−2', '−1', '0', '+1', '+2']);
    expect(sctKeys.map((key) => sctValueLabel(key))).toEqual(['−2', '−1', '0', '+1', '+2']);
    const item = sct();
    item.panel = { '-2': 0, '-1': 0, '0': 6, '1': 9, '2': 0 };
    expect(gradeSct(item, { value: 1 }).feedback.find((f) => f.kind === 'panel')!.message).toBe(
      "Your answer, +1, carries 9 of 15 in the reference key (the highest weight).",
    );
  });

  it("gives the author's feedback for the chosen value when there is one", () => {
    const g = gradeSct(sct(), { value: -2 });
    expect(g.feedback[0]).toEqual({
      kind: 'option',
      target: '-2',
      correct: true,
      message: 'Bone with osteocytes is ossification, not calcification.',
    });
    expect(gradeSct(sct(), { value: 0 }).feedback.some((f) => f.kind === 'option')).toBe(false);
  });

  it('treats -0 as 0', () => {
    expect(gradeSct(sct(), { value: -0 }).score).toBeCloseTo(2 / 9, 12);
  });

  it('throws out-of-range for a value outside -2..2 or not a whole number, wrong-shape for a non-number', () => {
    expectGradingError(
      () => gradeSct(sct(), { value: 3 }),
      'out-of-range',
      'value must be an integer from -2 to 2, not 3',
    );
    expectGradingError(() => gradeSct(sct(), { value: -3 }), 'out-of-range');
    expectGradingError(() => gradeSct(sct(), { value: 0.5 }), 'out-of-range');
    expectGradingError(() => gradeSct(sct(), bad({ value: '1' })), 'wrong-shape');
    expectGradingError(() => gradeSct(sct(), bad({ value: Number.NaN })), 'wrong-shape');
  });
});
