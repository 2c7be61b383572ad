/**
 * Facts carry over from the case letter, its sentences do not: find runs of words a content
 * file repeats from it word for word (case, punctuation and line breaks ignored).
 */

interface Word {
  word: string;
  index: number;
}

function wordsOf(text: string): Word[] {
  // A word broken across lines by a hyphen ("non-\nconsanguineous") is one word.
  const joined = text.replace(/-[ \t]*\r?\n[ \t]*/g, (match) => '-' + ' '.repeat(match.length - 1));
  return Array.from(joined.matchAll(/[\p{L}\p{N}]+/gu), (m) => ({ word: m[0].toLowerCase(), index: m.index }));
}

export interface CopiedRun {
  line: number;
  words: string;
}

/** Each stretch of `text` in which every `runLength` consecutive words also occur in `source`. */
export function copiedRuns(source: string, text: string, runLength = 12): CopiedRun[] {
  const sourceWords = wordsOf(source).map((w) => w.word);
  const known = new Set<string>();
  for (let i = 0; i + runLength <= sourceWords.length; i++) known.add(sourceWords.slice(i, i + runLength).join(' '));

  const words = wordsOf(text);
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i + runLength <= words.length; i++) {
    if (!known.has(words.slice(i, i + runLength).map((w) => w.word).join(' '))) continue;
    const last = spans.at(-1);
    if (last && i <= last.end) last.end = i + runLength;
    else spans.push({ start: i, end: i + runLength });
  }
  return spans.map(({ start, end }) => ({
    line: text.slice(0, words[start]!.index).split('\n').length,
    words: words.slice(start, end).map((w) => w.word).join(' '),
  }));
}
