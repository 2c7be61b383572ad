/**
 * Text matching for short-answer (`text`) items: normalisation and edit distance come from
 * src/text/normalise.ts (the schemas and content validation use them too); the tolerance is
 * the grader's own rule.
 */
export { damerauLevenshtein, normalise } from '../text/normalise.ts';

/** Largest edit distance fuzzy matching tolerates for an accepted answer (already normalised). */
export function fuzzyTolerance(normalisedAnswer: string): number {
  return Array.from(normalisedAnswer).length >= 10 ? 2 : 1;
}
