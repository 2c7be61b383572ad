import { describe, expect, it } from 'vitest';
import { answerKeyLines } from '../../../src/build/answer-key-lines.ts';
import { itemSchema, itemTypes, type Item } from '../../../src/schemas/items/index.ts';
import { samples } from '../../fixtures/sample-items.ts';

/** A stand-in renderer that shows where markdown was rendered. */
const inline = (markdown: string) => `[${markdown}]`;
const keyOf = (item: Item) => answerKeyLines(item, inline).join(' ');
const parsed = <T extends keyof typeof samples>(type: T) => itemSchema.parse(samples[type]());

describe('printed answer-key lines', () => {
  it.each(itemTypes)('prints a %s key', (type) => {
    expect(keyOf(parsed(type))).toMatch(/^<strong>[^<]+:<\/strong>/);
  });

  it('names the key of a single item through the markdown renderer', () => {
    expect(keyOf(parsed('single'))).toBe('<strong>Answer:</strong> [GNAS]');
  });

  it('prints the sct reference key and its highest weight with the scale labels the islands use', () => {
    expect(answerKeyLines(parsed('sct'), inline)).toEqual([
      '<strong>Reference key weights:</strong> −2: 9, −1: 4, 0: 2, +1: 0, +2: 0.',
      '<strong>Highest weight:</strong> −2 much less likely (all but ruled out); other answers earn partial credit in proportion to their weight.',
    ]);
  });

  it('prints every value that ties for the highest weight', () => {
    const item = { ...parsed('sct'), panel: { '-2': 0, '-1': 0, '0': 5, '1': 5, '2': 1 } };
    expect(keyOf(item)).toContain('0 neither more nor less likely or +1 more likely;');
  });

  it('prints the best k of a ranking, most relevant first', () => {
    expect(keyOf(parsed('rank'))).toBe(
      '<strong>Best ranking (top 3):</strong> <ol><li>[POH]</li><li>[AHO/PHP1A]</li><li>[Osteoma cutis]</li></ol>',
    );
  });

  it('prints both tiers of a twoTier key and every match', () => {
    expect(keyOf(parsed('twoTier'))).toBe('<strong>Answer:</strong> [Father] <strong>Reason:</strong> [Imprinting in the proximal tubule]');
    expect(keyOf(parsed('match'))).toContain('<li>[ACVR1 R206H, flare-ups] → [FOP]</li>');
  });
});
