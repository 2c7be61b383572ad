/**
 * Item-writing checks a script can make (DESIGN.md, after the NBME guide), each problem naming
 * the item: the key is not the longest option, key positions are spread over a lesson, no
 * "all/none of the above" or absolute words, and every option says why it is right or wrong.
 * These are advice to authors checked by the content tests; they do not stop a build.
 */
import type { Item } from '../schemas/items/index.ts';

export interface WrittenItem {
  file: string;
  item: Item;
}

/** The length a reader sees: markdown markers don't count. */
const visibleLength = (markdown: string) => markdown.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().length;

/** The answer-keyed options of single items and of the answer tier of twoTier items. */
function keyedOptions(item: Item): { options: { id: string; text: string }[]; answer: string } | undefined {
  return item.type === 'single' || item.type === 'twoTier' ? { options: item.options, answer: item.answer } : undefined;
}

/** The key must not be the strictly longest option: test-wise learners pick the longest. */
export function keyLengthProblems(items: readonly WrittenItem[]): string[] {
  return items.flatMap(({ file, item }) => {
    const keyed = keyedOptions(item);
    const key = keyed?.options.find((option) => option.id === keyed.answer);
    if (!keyed || !key) return [];
    const others = keyed.options.filter((option) => option !== key).map((option) => visibleLength(option.text));
    const longestOther = Math.max(...others);
    const length = visibleLength(key.text);
    return length > longestOther
      ? [
          `${file}: item "${item.id}": the key "${key.id}" is the longest option (${length} characters; the next longest has ${longestOther})`,
        ]
      : [];
  });
}

/**
 * Across the single-answer items of one question file, no option position may hold the key
 * in more than half of them.
 */
export function keyPositionProblems(items: readonly WrittenItem[]): string[] {
  const byFile = Map.groupBy(
    items.filter(({ item }) => item.type === 'single'),
    ({ file }) => file,
  );
  const problems: string[] = [];
  for (const [file, singles] of byFile) {
    // One item has nothing to spread over.
    if (singles.length < 2) continue;
    const byPosition = Map.groupBy(singles, ({ item }) =>
      item.type === 'single' ? item.options.findIndex((option) => option.id === item.answer) + 1 : 0,
    );
    for (const [position, sharing] of byPosition) {
      if (sharing.length * 2 > singles.length) {
        problems.push(
          `${file}: the key is option ${position} in ${sharing.length} of ${singles.length} single-answer items (at most half may share a position): ${sharing.map(({ item }) => item.id).join(', ')}`,
        );
      }
    }
  }
  return problems;
}

/** Every text a learner chooses from, with its field path. */
function choiceTexts(item: Item): [string, string][] {
  const lists: [string, readonly { text: string }[]][] = [];
  if ('options' in item) lists.push(['options', item.options]);
  if (item.type === 'twoTier') lists.push(['reasons', item.reasons]);
  if (item.type === 'match') lists.push(['choices', item.choices], ['premises', item.premises]);
  if (item.type === 'order') lists.push(['steps', item.steps]);
  return lists.flatMap(([name, list]) => list.map((entry, i): [string, string] => [`${name}[${i}].text`, entry.text]));
}

const bannedPhrases = /\b(all|none) of the above\b/i;
const absoluteWords = /\b(always|never)\b/i;

/** No "all/none of the above" anywhere, and no "always"/"never" in what a learner picks from. */
export function bannedPhraseProblems(items: readonly WrittenItem[]): string[] {
  return items.flatMap(({ file, item }) => {
    const at = `${file}: item "${item.id}"`;
    const problems: string[] = [];
    const stemPhrase = bannedPhrases.exec(item.stem);
    if (stemPhrase) problems.push(`${at}: stem says "${stemPhrase[0]}"`);
    for (const [field, text] of choiceTexts(item)) {
      const phrase = bannedPhrases.exec(text);
      if (phrase) problems.push(`${at}: ${field} says "${phrase[0]}"`);
      const word = absoluteWords.exec(text);
      if (word) problems.push(`${at}: ${field} uses the absolute word "${word[0]}"`);
    }
    return problems;
  });
}

/** Every option (and twoTier reason) carries feedback that is more than blank. */
export function feedbackProblems(items: readonly WrittenItem[]): string[] {
  return items.flatMap(({ file, item }) => {
    const lists: [string, readonly { feedback?: string }[]][] = [];
    if ('options' in item) lists.push(['options', item.options]);
    if (item.type === 'twoTier') lists.push(['reasons', item.reasons]);
    return lists.flatMap(([name, list]) =>
      list.flatMap((entry, i) =>
        (entry.feedback ?? '').trim() === '' ? [`${file}: item "${item.id}": ${name}[${i}].feedback is empty`] : [],
      ),
    );
  });
}

export function itemWritingProblems(items: readonly WrittenItem[]): string[] {
  return [
    ...keyLengthProblems(items),
    ...keyPositionProblems(items),
    ...bannedPhraseProblems(items),
    ...feedbackProblems(items),
  ];
}
