/**
 * Text normalisation and edit distance: how two short texts compare. Pure and dependency-free.
 * The short-answer grader matches answers with them, the item schema catches an accepted
 * answer that normalises to nothing, and content validation suggests near-miss ids.
 */

const MARKS = /\p{M}+/gu;
/** Apostrophes and quote marks join the letters around them ("Albright's" → "albrights"). */
const JOINERS = /['\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]+/gu;
/** Every other punctuation mark or symbol separates words ("X-linked" → "x linked"). */
const SEPARATORS = /[\p{P}\p{S}]+/gu;
/** Invisible format characters (zero-width space, soft hyphen, BOM...) and controls vanish. */
const INVISIBLE = /[\p{Cf}\p{Cc}]+/gu;
const SPACES = /\s+/gu;

/**
 * Normalise a learner's or an author's answer before comparing:
 * Unicode NFKD, diacritics removed, lower case, punctuation removed, spaces collapsed.
 * Idempotent: `normalise(normalise(s)) === normalise(s)`.
 */
export function normalise(input: string): string {
  return input
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(JOINERS, '')
    .replace(SEPARATORS, ' ')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .trim();
}

/**
 * Damerau-Levenshtein distance (insertions, deletions, substitutions and
 * transpositions of adjacent characters, unrestricted: a true metric), by code point.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const n = s.length;
  const m = t.length;
  if (n === 0) return m;
  if (m === 0) return n;
  const maxDist = n + m;
  // d has (n + 2) rows and (m + 2) columns; row/column 0 hold maxDist sentinels.
  const width = m + 2;
  const d = new Array<number>((n + 2) * width).fill(0);
  const at = (i: number, j: number) => i * width + j;
  d[at(0, 0)] = maxDist;
  for (let i = 0; i <= n; i++) {
    d[at(i + 1, 0)] = maxDist;
    d[at(i + 1, 1)] = i;
  }
  for (let j = 0; j <= m; j++) {
    d[at(0, j + 1)] = maxDist;
    d[at(1, j + 1)] = j;
  }
  const lastRow = new Map<string, number>();
  for (let i = 1; i <= n; i++) {
    let lastMatchCol = 0;
    for (let j = 1; j <= m; j++) {
      const i1 = lastRow.get(t[j - 1]!) ?? 0;
      const j1 = lastMatchCol;
      let cost = 1;
      if (s[i - 1] === t[j - 1]) {
        cost = 0;
        lastMatchCol = j;
      }
      d[at(i + 1, j + 1)] = Math.min(
        d[at(i, j)]! + cost,
        d[at(i + 1, j)]! + 1,
        d[at(i, j + 1)]! + 1,
        d[at(i1, j1)]! + (i - i1 - 1) + 1 + (j - j1 - 1),
      );
    }
    lastRow.set(s[i - 1]!, i);
  }
  return d[at(n + 1, m + 1)]!;
}
