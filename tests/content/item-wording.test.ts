/**
 * Item wording a script can check, beyond tests/content/module-content.test.ts (NBME guide,
 * content audit 2026-12 F2, F3, F11): absolute words that cue a distractor, a key that is the only
 * hedged option, stems that cannot be answered with the options covered, and script-concordance
 * feedback that describes a panel instead of the authors' reference key. Each problem names the
 * file, the item id and the field.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContentSources } from '../../src/content-validation/index.ts';
import type { WrittenItem } from '../../src/content-validation/item-writing.ts';
import { itemSchema, type Item } from '../../src/schemas/items/index.ts';

/** Words that make a statement absolute, and so mark it as the wrong option to a test-wise reader. */
const absoluteWords =
  /\b(always|never|must|proves?|proven|impossible|certainly|definitely|cannot|excluded|excludes|nothing|every|none|specific to)\b/i;
/** Words that hedge a statement. */
const hedgeWords = /\b(may|might|can|could|possible|possibly|likely|unlikely|usually|often|probably|presumed|suggests?|most likely)\b/i;
/** Generic questions that give a reader nothing to answer until the options are read. */
const optionDependentStems =
  /\b(which (of the following|statement) (is|best)|best (reflects|describes) (current )?evidence|what is the best reply|most reasonable reading|which is true)\b/i;
/** How script-concordance feedback may not describe its key: no real panel met. */
const panelNarration = /\b(panel members?|the panel's|chosen by (many|several|some)|of the (reference )?panel)\b/i;

/** Every text a learner picks from, with its field path. */
function pickedTexts(item: Item): [string, string][] {
  const lists: [string, readonly { text: string }[]][] = [];
  if ('options' in item) lists.push(['options', item.options]);
  if (item.type === 'twoTier') lists.push(['reasons', item.reasons]);
  if (item.type === 'match') lists.push(['premises', item.premises], ['choices', item.choices]);
  if (item.type === 'order') lists.push(['steps', item.steps]);
  return lists.flatMap(([name, list]) => list.map((entry, i): [string, string] => [`${name}[${i}].text`, entry.text]));
}

export function absoluteWordProblems(items: readonly WrittenItem[]): string[] {
  return items.flatMap(({ file, item }) =>
    pickedTexts(item).flatMap(([field, text]) => {
      const word = absoluteWords.exec(text);
      return word ? [`${file}: item "${item.id}": ${field} uses the absolute word "${word[0]}"`] : [];
    }),
  );
}

/** In single and twoTier items, the key may not be the one option that hedges. */
export function onlyHedgedKeyProblems(items: readonly WrittenItem[]): string[] {
  return items.flatMap(({ file, item }) => {
    if (item.type !== 'single' && item.type !== 'twoTier') return [];
    const key = item.options.find((option) => option.id === item.answer);
    if (!key || !hedgeWords.test(key.text)) return [];
    const hedgedDistractor = item.options.some((option) => option !== key && hedgeWords.test(option.text));
    return hedgedDistractor
      ? []
      : [`${file}: item "${item.id}": the key "${key.id}" is the only hedged option ("${hedgeWords.exec(key.text)?.[0]}"); hedge a distractor too or reword the key`];
  });
}

/** A stem asks its own question: one a reader could answer with the options covered. */
export function optionDependentStemProblems(items: readonly WrittenItem[]): string[] {
  return items.flatMap(({ file, item }) => {
    const phrase = optionDependentStems.exec(item.stem);
    return phrase ? [`${file}: item "${item.id}": the stem asks "${phrase[0]}", which cannot be answered with the options covered`] : [];
  });
}

/** Script-concordance items say their key is the authors' reference key and narrate no panel. */
export function sctKeyProblems(items: readonly WrittenItem[]): string[] {
  return items.flatMap(({ file, item }) => {
    if (item.type !== 'sct') return [];
    const at = `${file}: item "${item.id}"`;
    const texts: [string, string][] = [
      ['stem', item.stem],
      ['explanation', item.explanation],
      ...Object.entries(item.feedback ?? {}).map(([value, text]): [string, string] => [`feedback["${value}"]`, text ?? '']),
    ];
    const problems = texts.flatMap(([field, text]) => {
      const phrase = panelNarration.exec(text);
      return phrase ? [`${at}: ${field} describes a panel ("${phrase[0]}"); the counts are the authors' reference key`] : [];
    });
    if (!texts.some(([, text]) => /authors' reference key/i.test(text))) {
      problems.push(`${at}: no feedback or explanation says the key is the authors' reference key`);
    }
    return problems;
  });
}

// --- Each check can fail -------------------------------------------------------------------

const file = 'content/questions/genetics.yaml';
function single(id: string, texts: string[], answer: string, stem = 'Which gene is altered?'): WrittenItem {
  const item = itemSchema.parse({
    id,
    type: 'single',
    stem,
    explanation: 'Because.',
    teaches: 'genetics#inheritance',
    options: texts.map((text, i) => ({ id: 'abcdef'[i], text, feedback: 'Why.' })),
    answer,
  });
  return { file, item };
}

describe('item wording checks, on deliberately bad items', () => {
  it('reports an absolute word in an option, by item and field', () => {
    expect(absoluteWordProblems([single('gen-a', ['GNAS', 'POH is excluded, so a cause must be found'], 'a')])).toEqual([
      `${file}: item "gen-a": options[1].text uses the absolute word "excluded"`,
    ]);
  });

  it('accepts options without absolute words', () => {
    expect(absoluteWordProblems([single('gen-a', ['GNAS', 'ACVR1'], 'a')])).toEqual([]);
  });

  it('reports a key that is the only hedged option, and accepts hedging spread across options', () => {
    expect(onlyHedgedKeyProblems([single('gen-a', ['Possible, yet worth checking', 'Ordinary prematurity'], 'a')])).toEqual([
      `${file}: item "gen-a": the key "a" is the only hedged option ("Possible"); hedge a distractor too or reword the key`,
    ]);
    expect(onlyHedgedKeyProblems([single('gen-a', ['Possible, yet worth checking', 'Usually normal'], 'a')])).toEqual([]);
  });

  it('reports a stem that needs the options to be read', () => {
    const item = single('gen-a', ['GNAS', 'ACVR1'], 'a', 'The parents ask about treatment. Which statement best reflects current evidence?');
    expect(optionDependentStemProblems([item])).toEqual([
      `${file}: item "gen-a": the stem asks "Which statement best", which cannot be answered with the options covered`,
    ]);
  });

  it('reports SCT feedback that narrates a panel and never names the reference key', () => {
    const item = itemSchema.parse({
      id: 'gen-sct',
      type: 'sct',
      stem: 'You suspect POH.',
      hypothesis: 'POH',
      finding: 'Normal PTH',
      panel: { '-2': 0, '-1': 0, '0': 2, '1': 9, '2': 4 },
      feedback: { '2': 'Several panel members went this far.' },
      explanation: 'Because.',
      teaches: 'genetics#inheritance',
    });
    expect(sctKeyProblems([{ file, item }])).toEqual([
      `${file}: item "gen-sct": feedback["2"] describes a panel ("panel members"); the counts are the authors' reference key`,
      `${file}: item "gen-sct": no feedback or explanation says the key is the authors' reference key`,
    ]);
  });
});

// --- The module's own items ----------------------------------------------------------------

const root = fileURLToPath(new URL('../../', import.meta.url));
const items: WrittenItem[] = analyseContent(readContentSources(root)).questions.flatMap(({ file, item }) => (item ? [{ file, item }] : []));

describe('the module items', () => {
  it('use no absolute words in what a learner picks from', () => {
    expect(absoluteWordProblems(items)).toEqual([]);
  });

  it('never make the key the only hedged option', () => {
    expect(onlyHedgedKeyProblems(items)).toEqual([]);
  });

  it('ask questions that can be answered with the options covered', () => {
    expect(optionDependentStemProblems(items)).toEqual([]);
  });

  it('call every script-concordance key the authors\' reference key, and describe no panel', () => {
    expect(sctKeyProblems(items)).toEqual([]);
  });
});
