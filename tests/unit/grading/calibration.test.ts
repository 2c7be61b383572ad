import { describe, expect, it } from 'vitest';
import {
  calibrationLevels,
  levelCalibration,
  noIdeaText,
  standingOf,
  targetWindows,
  windowText,
} from '../../../src/grading/calibration.ts';
import { summarize } from '../../../src/grading/summary.ts';

const level = (count: number, right: number) => ({ count, right, accuracy: count === 0 ? null : right / count });

describe('calibration against target windows', () => {
  it('has the windows of CBM: certainty 1 below 67 %, 2 from 67 to 80 %, 3 above 80 %', () => {
    expect(targetWindows[1]).toEqual({ low: 0, high: 2 / 3 });
    expect(targetWindows[2]).toEqual({ low: 2 / 3, high: 0.8 });
    expect(targetWindows[3]).toEqual({ low: 0.8, high: 1 });
    expect([1, 2, 3].map((l) => windowText(l as 1 | 2 | 3))).toEqual(['below 67 %', '67 to 80 %', 'above 80 %']);
  });

  it('places each accuracy below, within or above its window (the edges are within)', () => {
    expect(standingOf(3, level(8, 5))).toBe('below');
    expect(standingOf(3, level(5, 4))).toBe('within');
    expect(standingOf(3, level(4, 4))).toBe('within');
    expect(standingOf(2, level(3, 2))).toBe('within');
    expect(standingOf(2, level(10, 9))).toBe('above');
    expect(standingOf(2, level(10, 6))).toBe('below');
    expect(standingOf(1, level(3, 2))).toBe('within');
    expect(standingOf(1, level(10, 7))).toBe('above');
    expect(standingOf(1, level(0, 0))).toBe('none');
    // A float sum of partly right answers sitting on an edge is on it.
    expect(standingOf(2, { count: 3, accuracy: (2 / 3 + 2 / 3 + 2 / 3) / 3 })).toBe('within');
  });

  it('says where a level stands, in words, with the numbers', () => {
    expect(levelCalibration(3, level(8, 5)).advice).toBe(
      'At certainty 3 you were right 5 of 8 times (63 %): below the 80 % that level claims; be surer only when you could explain the answer to someone else, and choose 2 when a doubt remains.',
    );
    expect(levelCalibration(1, level(10, 9)).advice).toMatch(/^At certainty 1 you were right 9 of 10 times \(90 %\): above the 67 % up to which certainty 1 fits; you know more than you claim/);
    expect(levelCalibration(2, level(10, 7)).advice).toMatch(/^At certainty 2 you were right 7 of 10 times \(70 %\): within its target \(67 to 80 %\)/);
    expect(levelCalibration(2, level(1, 1)).advice).toMatch(/above the 80 % where certainty 3 starts to pay.*With 1 answer this is a rough guide\.$/);
    expect(levelCalibration(3, level(0, 0))).toMatchObject({ standing: 'none', advice: expect.stringMatching(/^At certainty 3 you have no answers yet/) });
  });

  it('writes a fractional count of right answers with one decimal and says why', () => {
    expect(levelCalibration(3, { count: 2, right: 1.5, accuracy: 0.75 }).advice).toMatch(
      /^At certainty 3 you were right 1\.5 of 2 times \(partly right answers count in part\) \(75 %\): below/,
    );
  });

  it('reads the levels of a summary, "no idea" kept out and told apart', () => {
    const s = summarize([
      { score: 1, max: 1, verdict: 'correct', cbm: 3, certainty: 3 },
      { score: 0, max: 1, verdict: 'incorrect', cbm: -6, certainty: 3 },
      { score: 1, max: 1, verdict: 'correct', cbm: 0, certainty: 0 },
    ]);
    const levels = calibrationLevels(s);
    expect(levels.map((l) => [l.level, l.count, l.standing])).toEqual([
      [1, 0, 'none'],
      [2, 0, 'none'],
      [3, 2, 'below'],
    ]);
    expect(noIdeaText(s.noIdea)).toBe(
      '1 answer given with “No idea” (1 of them right): marked 0 and kept out of calibration. When an answer is more than a guess, certainty 1 costs nothing and tells you more.',
    );
    expect(noIdeaText({ count: 0, right: 0 })).toBe('No answers given with “No idea”.');
  });
});
