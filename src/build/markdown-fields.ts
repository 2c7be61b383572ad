/**
 * Which fields of each item type are markdown, so the build renders every one of them and
 * the islands receive HTML, never raw markdown. One entry per type; a type of the catalogue
 * left out does not compile.
 */
import type { Item, ItemOf, ItemType } from '../schemas/items/index.ts';

export interface MarkdownFields {
  /** Shown as paragraphs: stems, feedback, explanations, hypotheses, findings, hints. */
  block: string[];
  /** Shown inline: option, step, premise, choice and region texts, accepted answers. */
  inline: string[];
}

/** The markdown fields of one item type beyond the stem and the explanation every item has. */
export type MarkdownFieldsOf<T extends ItemType> = (item: ItemOf<T>) => MarkdownFields;
export type MarkdownFieldRegistry = { [T in ItemType]: MarkdownFieldsOf<T> };

/** Options with their own feedback (single, multi, rank, and both tiers of twoTier). */
const optionFields = (options: readonly { text: string; feedback: string }[]): MarkdownFields => ({
  inline: options.map((o) => o.text),
  block: options.map((o) => o.feedback),
});

const present = (texts: readonly (string | undefined)[]): string[] => texts.filter((t): t is string => !!t);

export const markdownFieldRegistry: MarkdownFieldRegistry = {
  single: (item) => optionFields(item.options),
  multi: (item) => optionFields(item.options),
  order: (item) => ({ inline: item.steps.map((s) => s.text), block: [] }),
  match: (item) => ({
    inline: [...item.premises.map((p) => p.text), ...item.choices.map((c) => c.text)],
    block: present(item.premises.map((p) => p.feedback)),
  }),
  twoTier: (item) => optionFields([...item.options, ...item.reasons]),
  sct: (item) => ({ inline: [], block: [item.hypothesis, item.finding, ...present(Object.values(item.feedback ?? {}))] }),
  rank: (item) => optionFields(item.options),
  text: (item) => ({
    inline: [...item.accept, ...(item.reject ?? []).map((r) => r.answer)],
    block: (item.reject ?? []).map((r) => r.feedback),
  }),
  hotspot: (item) => ({
    inline: item.regions.map((r) => r.label),
    block: present(item.regions.map((r) => r.feedback)),
  }),
};

function fieldsOf<T extends ItemType>(type: T): MarkdownFieldsOf<T> {
  return markdownFieldRegistry[type];
}

/** Every markdown field of an item: the stem and explanation first, then its type's own, then its hints. */
export function markdownFieldsOf(item: Item): MarkdownFields {
  const own = fieldsOf(item.type)(item);
  return { block: [item.stem, item.explanation, ...own.block, ...(item.hints ?? [])], inline: own.inline };
}
