/**
 * Certainty-based marking (Gardner-Medwin): the learner states certainty 1-3
 * before checking a binary item; right earns 1/2/3, wrong earns 0/-2/-6.
 */
import type { Certainty } from './types.ts';

export const certaintyLevels: readonly Certainty[] = [1, 2, 3];

export const certaintyLabels: Readonly<Record<Certainty, string>> = {
  1: 'not sure',
  2: 'fairly sure',
  3: 'very sure',
};

const RIGHT: Readonly<Record<Certainty, number>> = { 1: 1, 2: 2, 3: 3 };
const WRONG: Readonly<Record<Certainty, number>> = { 1: 0, 2: -2, 3: -6 };

export function isCertainty(value: unknown): value is Certainty {
  return value === 1 || value === 2 || value === 3;
}

/** The CBM mark for a right or wrong answer at a certainty. */
export function cbmMark(right: boolean, certainty: Certainty): number {
  return right ? RIGHT[certainty] : WRONG[certainty];
}

/** Recover (right, certainty) from a mark; each of the six marks is distinct. */
export function cbmOutcome(mark: number): { right: boolean; certainty: Certainty } | undefined {
  for (const certainty of certaintyLevels) {
    if (RIGHT[certainty] === mark) return { right: true, certainty };
    if (WRONG[certainty] === mark) return { right: false, certainty };
  }
  return undefined;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** A sentence that explains the mark. */
export function cbmMessage(right: boolean, certainty: Certainty): string {
  const mark = signed(cbmMark(right, certainty));
  const label = certaintyLabels[certainty];
  if (right) {
    return certainty === 3
      ? `Certainty 3 (${label}) and right: ${mark}.`
      : `Certainty ${certainty} (${label}) and right: ${mark}. When you know it, certainty 3 earns 3.`;
  }
  return certainty === 1
    ? `Certainty 1 (${label}) and wrong: ${mark}. Saying you were unsure cost nothing.`
    : `Certainty ${certainty} (${label}) and wrong: ${mark}. When in doubt, a lower certainty costs less.`;
}
