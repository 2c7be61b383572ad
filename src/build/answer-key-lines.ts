/**
 * The printed answer key of each item type: a few lines of HTML for the handout's key
 * (src/components/site/PrintAnswerKey.astro). One entry per type; a type of the catalogue left out
 * does not compile. Build time only: it is handed the markdown renderer, so it holds no
 * markdown engine of its own.
 */
import { idealRanking } from '../grading/rank.ts';
import { sctKeys, sctMeaning, sctValueLabel } from '../schemas/items/catalogue.ts';
import type { Item, ItemOf, ItemType } from '../schemas/items/index.ts';

/** Inline markdown to HTML. */
export type InlineMarkdown = (markdown: string) => string;
export type AnswerKeyLinesOf<T extends ItemType> = (item: ItemOf<T>, inline: InlineMarkdown) => string[];
export type AnswerKeyLineRegistry = { [T in ItemType]: AnswerKeyLinesOf<T> };

const list = (tag: 'ul' | 'ol', entries: readonly string[]) => `<${tag}>${entries.map((e) => `<li>${e}</li>`).join('')}</${tag}>`;

export const answerKeyLineRegistry: AnswerKeyLineRegistry = {
  single: (item, inline) => {
    const key = item.options.find((o) => o.id === item.answer);
    return [`<strong>Answer:</strong> ${inline(key?.text ?? item.answer)}`];
  },
  multi: (item, inline) => [
    `<strong>Correct options:</strong>`,
    list('ul', item.options.filter((o) => o.correct).map((o) => inline(o.text))),
  ],
  order: (item, inline) => [`<strong>Right order:</strong>`, list('ol', item.steps.map((s) => inline(s.text)))],
  match: (item, inline) => {
    const choice = new Map(item.choices.map((c) => [c.id, c.text]));
    return [
      `<strong>Matches:</strong>`,
      list('ul', item.premises.map((p) => `${inline(p.text)} → ${inline(choice.get(p.answer) ?? p.answer)}`)),
    ];
  },
  twoTier: (item, inline) => {
    const answer = item.options.find((o) => o.id === item.answer);
    const reason = item.reasons.find((r) => r.id === item.reason);
    return [
      `<strong>Answer:</strong> ${inline(answer?.text ?? item.answer)}`,
      `<strong>Reason:</strong> ${inline(reason?.text ?? item.reason)}`,
    ];
  },
  sct: (item) => {
    const top = Math.max(...sctKeys.map((key) => item.panel[key]));
    const modal = sctKeys.filter((key) => item.panel[key] === top);
    return [
      `<strong>Reference key weights:</strong> ${sctKeys.map((key) => `${sctValueLabel(key)}: ${item.panel[key]}`).join(', ')}.`,
      `<strong>Highest weight:</strong> ${modal.map((key) => `${sctValueLabel(key)} ${sctMeaning[key]}`).join(' or ')}; other answers earn partial credit in proportion to their weight.`,
    ];
  },
  rank: (item, inline) => [
    `<strong>Best ranking (top ${item.k}):</strong>`,
    list('ol', idealRanking(item.options).slice(0, item.k).map((o) => inline(o.text))),
  ],
  text: (item, inline) => [`<strong>Accepted:</strong> ${item.accept.map((a) => inline(a)).join('; ')}`],
  hotspot: (item, inline) => {
    const region = item.regions.find((r) => r.id === item.answer);
    return [`<strong>Answer:</strong> ${inline(region?.label ?? item.answer)} (on the figure)`];
  },
};

function linesOf<T extends ItemType>(type: T): AnswerKeyLinesOf<T> {
  return answerKeyLineRegistry[type];
}

/** The key of one item as HTML lines. */
export function answerKeyLines(item: Item, inline: InlineMarkdown): string[] {
  return linesOf(item.type)(item, inline);
}
