/**
 * Item-writing checks a script can make (docs/AUTHORING.md "Items", after the NBME item-writing guide), each problem naming
 * the item: the key is not the longest option, key positions are spread over a lesson, no
 * "all/none of the above" or absolute words, every option says why it is right or wrong, and
 * no hint quotes the key.
 * These are advice to authors checked by the content tests; they do not stop a build.
 */
import type { Item, ItemOf, ItemType } from '../schemas/items/index.ts';

export interface WrittenItem {
  file: string;
  item: Item;
}

/** The length a reader sees: markdown markers don't count. */
const visibleLength = (markdown: string) => markdown.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().length;

interface Keyed {
  options: readonly { id: string; text: string }[];
  answer: string;
}
type Named<E> = [field: string, list: readonly E[]];

/** What the item-writing checks read of one item type. */
export interface WritingFields<T extends ItemType> {
  /** The options keyed by one answer, whose length and position a test-wise learner reads. */
  keyed: (item: ItemOf<T>) => Keyed | undefined;
  /** Every list of texts a learner chooses from, by field name. */
  choices: (item: ItemOf<T>) => Named<{ text: string }>[];
  /** Every list whose entries must say why they are right or wrong. */
  withFeedback: (item: ItemOf<T>) => Named<{ feedback?: string | undefined }>[];
  /** The texts that give the key away: a hint must not quote them. */
  keyTexts: (item: ItemOf<T>) => string[];
}
/** One entry per item type; a type of the catalogue left out does not compile. */
export type WritingFieldRegistry = { [T in ItemType]: WritingFields<T> };

const none = () => [];
const nothingKeyed = () => undefined;
const textOf = (list: readonly { id: string; text: string }[], id: string) => list.filter((entry) => entry.id === id).map((entry) => entry.text);

export const writingFieldRegistry: WritingFieldRegistry = {
  single: {
    keyed: (item) => ({ options: item.options, answer: item.answer }),
    choices: (item) => [['options', item.options]],
    withFeedback: (item) => [['options', item.options]],
    keyTexts: (item) => textOf(item.options, item.answer),
  },
  multi: {
    keyed: nothingKeyed,
    choices: (item) => [['options', item.options]],
    withFeedback: (item) => [['options', item.options]],
    keyTexts: (item) => item.options.filter((option) => option.correct).map((option) => option.text),
  },
  // Every step is on screen; which comes first is the key, and no single text gives it away.
  order: { keyed: nothingKeyed, choices: (item) => [['steps', item.steps]], withFeedback: none, keyTexts: none },
  match: {
    keyed: nothingKeyed,
    choices: (item) => [
      ['choices', item.choices],
      ['premises', item.premises],
    ],
    withFeedback: none,
    // The key is a pairing; a hint may name a premise or a choice, only not the pair (not checked).
    keyTexts: none,
  },
  twoTier: {
    // The answer tier, whose key a test-wise learner spots as in a single item.
    keyed: (item) => ({ options: item.options, answer: item.answer }),
    choices: (item) => [
      ['options', item.options],
      ['reasons', item.reasons],
    ],
    withFeedback: (item) => [
      ['options', item.options],
      ['reasons', item.reasons],
    ],
    keyTexts: (item) => [...textOf(item.options, item.answer), ...textOf(item.reasons, item.reason)],
  },
  sct: { keyed: nothingKeyed, choices: none, withFeedback: none, keyTexts: none },
  rank: {
    keyed: nothingKeyed,
    choices: (item) => [['options', item.options]],
    withFeedback: (item) => [['options', item.options]],
    // The option that belongs first in the ranking.
    keyTexts: (item) => {
      const top = Math.max(...item.options.map((option) => option.relevance));
      return item.options.filter((option) => option.relevance === top).map((option) => option.text);
    },
  },
  text: { keyed: nothingKeyed, choices: none, withFeedback: none, keyTexts: (item) => [...item.accept] },
  hotspot: {
    keyed: nothingKeyed,
    choices: none,
    withFeedback: none,
    keyTexts: (item) => item.regions.filter((region) => region.id === item.answer).map((region) => region.label),
  },
};

function fieldsOf<T extends ItemType>(type: T): WritingFields<T> {
  return writingFieldRegistry[type];
}

/** The key must not be the strictly longest option: test-wise learners pick the longest. */
export function keyLengthProblems(items: readonly WrittenItem[]): string[] {
  return items.flatMap(({ file, item }) => {
    const keyed = fieldsOf(item.type).keyed(item);
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
  return fieldsOf(item.type)
    .choices(item)
    .flatMap(([name, list]) => list.map((entry, i): [string, string] => [`${name}[${i}].text`, entry.text]));
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
    return fieldsOf(item.type).withFeedback(item).flatMap(([name, list]) =>
      list.flatMap((entry, i) =>
        (entry.feedback ?? '').trim() === '' ? [`${file}: item "${item.id}": ${name}[${i}].feedback is empty`] : [],
      ),
    );
  });
}

/** Text as a reader compares it: no markdown markers, one case, single spaces. */
const comparable = (markdown: string) => markdown.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A hint points at the reasoning, never at the answer: it must not quote the key's text (the
 * right option, reason, accepted answer, top-ranked option or answer region), as a whole word.
 */
export function hintProblems(items: readonly WrittenItem[]): string[] {
  return items.flatMap(({ file, item }) => {
    const keys = fieldsOf(item.type).keyTexts(item).map(comparable).filter((key) => key !== '');
    return (item.hints ?? []).flatMap((hint, index) => {
      const said = comparable(hint);
      const quoted = keys.find((key) => new RegExp(`(^|\\W)${escapeRegExp(key)}($|\\W)`).test(said));
      return quoted === undefined
        ? []
        : [`${file}: item "${item.id}": hints[${index}] quotes the key ("${quoted}"); point at the reasoning, not the answer`];
    });
  });
}

export function itemWritingProblems(items: readonly WrittenItem[]): string[] {
  return [
    ...keyLengthProblems(items),
    ...keyPositionProblems(items),
    ...bannedPhraseProblems(items),
    ...feedbackProblems(items),
    ...hintProblems(items),
  ];
}
