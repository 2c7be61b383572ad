import { describe, expect, it } from 'vitest';
import { markdownFieldsOf } from '../../../src/build/markdown-fields.ts';
import { itemSchema, itemTypes } from '../../../src/schemas/items/index.ts';
import { samples } from '../../fixtures/sample-items.ts';

const fieldsOf = <T extends keyof typeof samples>(type: T) => markdownFieldsOf(itemSchema.parse(samples[type]()));

describe('markdown fields of each item type', () => {
  it.each(itemTypes)('%s: the stem and explanation first, then only strings the item holds', (type) => {
    const { block, inline } = fieldsOf(type);
    expect(block.slice(0, 2)).toEqual([samples[type]().stem, samples[type]().explanation]);
    const json = JSON.stringify(samples[type]());
    for (const text of [...block, ...inline]) expect(json).toContain(JSON.stringify(text));
  });

  it('renders option texts inline and their feedback as paragraphs', () => {
    const { block, inline } = fieldsOf('twoTier');
    expect(inline).toEqual(['Father', 'Mother', 'Imprinting in the proximal tubule', 'X-linked inheritance']);
    expect(block).toContain('Wrong: *GNAS* is on chromosome 20.');
  });

  it('renders the sct hypothesis, finding and authored feedback, and skips absent feedback', () => {
    expect(fieldsOf('sct').block.slice(2)).toEqual([
      'The lesion is dystrophic calcification.',
      'Biopsy shows lamellar bone with osteocytes.',
      'Bone with osteocytes is ossification, not calcification.',
    ]);
    expect(fieldsOf('match').block.slice(2)).toEqual(['POH starts in the skin.']);
    expect(fieldsOf('hotspot').block.slice(2)).toEqual(['The dermis, not the cells.']);
  });

  it('renders accepted and rejected answers of a text item', () => {
    const { inline, block } = fieldsOf('text');
    expect(inline).toEqual(['GNAS', 'guanine nucleotide binding protein alpha stimulating', 'ACVR1', 'GNAQ']);
    expect(block.slice(2)).toEqual(['ACVR1 is the FOP gene.', 'GNAQ causes port-wine stains, not bone.']);
  });
});
