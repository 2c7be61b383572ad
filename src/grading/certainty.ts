/**
 * Certainty-based marking (Gardner-Medwin): the learner states a certainty before checking;
 * right earns 1/2/3, wrong earns 0/-2/-6, "no idea" (certainty 0) earns 0.
 *
 * Partly right answers follow Moodle's rule (moodle/moodle, question/engine/lib.php,
 * `question_cbm::adjust_fraction`): a fraction at or below a tolerance (5e-8) is wrong and
 * earns the wrong mark; any fraction above it earns the right mark times the fraction (so at
 * certainty 3, two thirds right earns +2, not a penalty). Moodle's same function returns 0 for
 * certainty -1, the "No idea" of Gardner-Medwin's patches (MDL-42077): our certainty 0.
 */
import type { Certainty, CertaintyLevel } from './types.ts';

/** The levels that claim a chance of being right (calibration reads these). */
export const certaintyLevels: readonly CertaintyLevel[] = [1, 2, 3];
/** Every choice the picker offers, "no idea" last. */
export const certaintyChoices: readonly Certainty[] = [1, 2, 3, 0];

export const certaintyLabels: Readonly<Record<Certainty, string>> = {
  0: 'no idea',
  1: 'not sure',
  2: 'fairly sure',
  3: 'very sure',
};

const RIGHT: Readonly<Record<CertaintyLevel, number>> = { 1: 1, 2: 2, 3: 3 };
const WRONG: Readonly<Record<CertaintyLevel, number>> = { 1: 0, 2: -2, 3: -6 };
/** Moodle's tolerance: a fraction this small is no credit. */
const WRONG_TOLERANCE = 5e-8;

export function isCertainty(value: unknown): value is Certainty {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

export function isCertaintyLevel(value: unknown): value is CertaintyLevel {
  return value === 1 || value === 2 || value === 3;
}

/** Two decimals: what is shown and saved (2/3 right at certainty 2 is 1.33). */
const hundredths = (n: number) => Math.round(n * 100) / 100 + 0; // + 0 turns -0 into 0

/**
 * The CBM mark for a score in [0, 1] at a certainty: the right mark scaled by the score, the
 * wrong mark for no credit, 0 for "no idea". A boolean stands for 1 (right) or 0 (wrong).
 */
export function cbmMark(score: number | boolean, certainty: Certainty): number {
  const fraction = typeof score === 'boolean' ? Number(score) : score;
  if (certainty === 0) return 0;
  if (fraction <= WRONG_TOLERANCE) return WRONG[certainty];
  return hundredths(RIGHT[certainty] * Math.min(fraction, 1));
}

/**
 * Recover (right, certainty) from a mark, for records that carry no certainty: only the six
 * whole marks of binary answers are distinct; a scaled mark (1.33) or "no idea" cannot be told apart.
 */
export function cbmOutcome(mark: number): { right: boolean; certainty: CertaintyLevel } | undefined {
  for (const certainty of certaintyLevels) {
    if (RIGHT[certainty] === mark) return { right: true, certainty };
    if (WRONG[certainty] === mark) return { right: false, certainty };
  }
  return undefined;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const percentOf = (score: number) => `${Math.round(score * 100)}%`;

/** A sentence that explains the mark of a score at a certainty. */
export function cbmMessage(score: number | boolean, certainty: Certainty): string {
  const fraction = typeof score === 'boolean' ? Number(score) : score;
  const mark = signed(cbmMark(fraction, certainty));
  if (certainty === 0) {
    return fraction >= 1
      ? `No idea: 0, though the answer was right. When you can tell a guess from knowing, certainty 1 earns 1 and costs nothing when wrong.`
      : `No idea: 0, whatever the answer. Read the feedback: it is kept out of your calibration.`;
  }
  const label = certaintyLabels[certainty];
  if (fraction > WRONG_TOLERANCE && fraction < 1) {
    return `Certainty ${certainty} (${label}) and ${percentOf(fraction)} right: ${signed(RIGHT[certainty])} × ${percentOf(fraction)} = ${mark}.` +
      (certainty === 1 ? '' : ' A partly right answer never costs marks; a wholly wrong one does.');
  }
  if (fraction >= 1) {
    return certainty === 3
      ? `Certainty 3 (${label}) and right: ${mark}.`
      : `Certainty ${certainty} (${label}) and right: ${mark}. When you know it, certainty 3 earns 3.`;
  }
  return certainty === 1
    ? `Certainty 1 (${label}) and wrong: ${mark}. Saying you were unsure cost nothing.`
    : `Certainty ${certainty} (${label}) and wrong: ${mark}. When in doubt, a lower certainty costs less.`;
}
