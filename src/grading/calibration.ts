/**
 * Calibration against each certainty's target window: the range of accuracy in which that
 * certainty earns the most marks. Under the 1/2/3 and 0/-2/-6 marks, certainty 1 pays best when
 * you are right less than 2 times in 3, certainty 2 from 2 in 3 to 4 in 5, certainty 3 above
 * 4 in 5 (the windows Moodle's CBM report draws: question_cbm's optimal_probablility_low/high).
 * Pure: the progress page words and draws what these return.
 */
import type { CalibrationLevel, Summary } from './summary.ts';
import type { CertaintyLevel } from './types.ts';

export interface TargetWindow {
  /** Lowest accuracy at which the level is the best choice (inclusive). */
  low: number;
  /** Highest (inclusive). */
  high: number;
}

export const targetWindows: Readonly<Record<CertaintyLevel, TargetWindow>> = {
  1: { low: 0, high: 2 / 3 },
  2: { low: 2 / 3, high: 0.8 },
  3: { low: 0.8, high: 1 },
};

/** Below this many answers at a level, the sentence says the figure is a rough guide. */
export const fewAnswers = 5;

export type Standing = 'none' | 'below' | 'within' | 'above';

export interface LevelCalibration extends CalibrationLevel {
  level: CertaintyLevel;
  window: TargetWindow;
  standing: Standing;
  /** The sentence the learner reads. */
  advice: string;
}

/** "67 %": whole percent, as the windows are stated. */
export const percentText = (fraction: number): string => `${Math.round(fraction * 100)} %`;

/** The window in words: "below 67 %", "67 to 80 %", "above 80 %". */
export function windowText(level: CertaintyLevel): string {
  const { low, high } = targetWindows[level];
  if (low === 0) return `below ${percentText(high)}`;
  if (high === 1) return `above ${percentText(low)}`;
  return `${Math.round(low * 100)} to ${percentText(high)}`;
}

// Float sums of scores (0.67 + 0.33) must not put a whole count at 4.999.
const tidy = (n: number) => Math.round(n * 100) / 100;

export function standingOf(level: CertaintyLevel, entry: Pick<CalibrationLevel, 'count' | 'accuracy'>): Standing {
  if (entry.count === 0 || entry.accuracy === null) return 'none';
  const { low, high } = targetWindows[level];
  const accuracy = tidy(entry.accuracy);
  if (accuracy < tidy(low)) return 'below';
  if (accuracy > tidy(high)) return 'above';
  return 'within';
}

/** "right 5 of 8 times", or, when partly right answers made it a fraction, "right 5.5 of 8 times (partly right answers count in part)". */
function rightText(entry: CalibrationLevel): string {
  const right = tidy(entry.right);
  const times = entry.count === 1 ? 'time' : 'times';
  if (Number.isInteger(right)) return `right ${right} of ${entry.count} ${times}`;
  return `right ${right.toFixed(1).replace(/\.0$/, '')} of ${entry.count} ${times} (partly right answers count in part)`;
}

const p = (n: number) => percentText(n);
/** What follows the figures, per level and standing ("none" has its own sentence). */
const advices: Readonly<Record<CertaintyLevel, Partial<Record<Standing, string>>>> = {
  1: {
    within: `within its target (${windowText(1)}): certainty 1 is for answers you are far from sure of.`,
    above: `above the ${p(targetWindows[1].high)} up to which certainty 1 fits; you know more than you claim: when you could say why the other answers are wrong, choose 2 or 3, which earn more.`,
  },
  2: {
    below: `below the ${p(targetWindows[2].low)} that level claims; when a real doubt remains, certainty 1 costs nothing if you are wrong.`,
    within: `within its target (${windowText(2)}): certainty 2 is for answers you expect to get right about 3 times in 4.`,
    above: `above the ${p(targetWindows[2].high)} where certainty 3 starts to pay; when you are this sure, choose 3.`,
  },
  3: {
    below: `below the ${p(targetWindows[3].low)} that level claims; be surer only when you could explain the answer to someone else, and choose 2 when a doubt remains.`,
    within: `within its target (${windowText(3)}): certainty 3 is for answers you would bet on.`,
  },
};

/** The level, its window, where the learner stands and the sentence to read. */
export function levelCalibration(level: CertaintyLevel, entry: CalibrationLevel): LevelCalibration {
  const window = targetWindows[level];
  const standing = standingOf(level, entry);
  let advice: string;
  if (standing === 'none') {
    advice = `At certainty ${level} you have no answers yet; it fits when you expect to be right ${windowText(level)} of the time.`;
  } else {
    const few = entry.count < fewAnswers ? ` With ${entry.count} answer${entry.count === 1 ? '' : 's'} this is a rough guide.` : '';
    advice =
      `At certainty ${level} you were ${rightText(entry)} (${percentText(entry.accuracy!)}): ${advices[level][standing]}${few}`;
  }
  return { ...entry, level, window, standing, advice };
}

export function calibrationLevels(summary: Pick<Summary, 'calibration'>): LevelCalibration[] {
  return ([1, 2, 3] as const).map((level) => levelCalibration(level, summary.calibration[level]));
}

/** The "no idea" answers in words: counted, kept out of calibration. */
export function noIdeaText(noIdea: Summary['noIdea']): string {
  if (noIdea.count === 0) return 'No answers given with “No idea”.';
  const answers = `${noIdea.count} answer${noIdea.count === 1 ? '' : 's'}`;
  const right = tidy(noIdea.right);
  return (
    `${answers} given with “No idea” (${Number.isInteger(right) ? right : right.toFixed(1)} of them right): marked 0 and kept out of calibration. ` +
    'When an answer is more than a guess, certainty 1 costs nothing and tells you more.'
  );
}
