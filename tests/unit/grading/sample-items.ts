/**
 * Sample items, one per type, written as an author writes them in YAML
 * (no defaults filled in). Shared by the grading and schema tests.
 */
import type {
  HotspotItemInput,
  MatchItemInput,
  MultiItemInput,
  OrderItemInput,
  RankItemInput,
  SctItemInput,
  SingleItemInput,
  TextItemInput,
  TwoTierItemInput,
} from '../../../src/schemas/items/index.ts';

const common = {
  stem: 'A 9-month-old girl has firm plaques in the skin of one leg.',
  explanation: 'The explanation that teaches the reasoning.',
  teaches: 'differential-diagnosis#the-examination',
};

export const single = (): SingleItemInput => ({
  ...common,
  id: 'poh-gene',
  type: 'single',
  options: [
    { id: 'a', text: 'ACVR1', feedback: 'Tempting: FOP gene. Wrong here.' },
    { id: 'b', text: 'GNAS', feedback: 'Right: paternal GNAS loss of function.' },
    { id: 'c', text: 'PTH1R', feedback: 'Wrong: a receptor, not the cause.' },
    { id: 'd', text: 'ENPP1', feedback: 'Wrong: arterial calcification.' },
  ],
  answer: 'b',
});

export const multi = (): MultiItemInput => ({
  ...common,
  id: 'poh-features',
  type: 'multi',
  options: [
    { id: 'a', text: 'Dermal ossification', feedback: 'Yes: it starts in the dermis.', correct: true },
    { id: 'b', text: 'Great-toe malformation', feedback: 'No: that points to FOP.', correct: false },
    { id: 'c', text: 'Progression to deep tissue', feedback: 'Yes: it spreads inward.', correct: true },
    { id: 'd', text: 'Flare-ups after injury', feedback: 'No: typical of FOP.', correct: false },
    { id: 'e', text: 'Intramembranous bone', feedback: 'Yes: mostly without cartilage.', correct: true },
  ],
});

export const order = (): OrderItemInput => ({
  ...common,
  id: 'ossification-sequence',
  type: 'order',
  steps: [
    { id: 's1', text: 'Mesenchymal condensation' },
    { id: 's2', text: 'Osteoblast differentiation' },
    { id: 's3', text: 'Osteoid deposition' },
    { id: 's4', text: 'Mineralisation' },
  ],
});

export const match = (): MatchItemInput => ({
  ...common,
  id: 'match-disorders',
  type: 'match',
  premises: [
    { id: 'p1', text: 'Paternal GNAS, dermis first', answer: 'poh', feedback: 'POH starts in the skin.' },
    { id: 'p2', text: 'ACVR1 R206H, flare-ups', answer: 'fop' },
    { id: 'p3', text: 'Maternal GNAS, PTH resistance', answer: 'php1a' },
  ],
  choices: [
    { id: 'poh', text: 'POH' },
    { id: 'fop', text: 'FOP' },
    { id: 'php1a', text: 'PHP1A' },
  ],
});

export const twoTier = (): TwoTierItemInput => ({
  ...common,
  id: 'parent-of-origin',
  type: 'twoTier',
  options: [
    { id: 'a', text: 'Father', feedback: 'Right: paternal allele.' },
    { id: 'b', text: 'Mother', feedback: 'Wrong: maternal gives AHO with PTH resistance.' },
  ],
  answer: 'a',
  reasons: [
    {
      id: 'r1',
      text: 'Imprinting in the proximal tubule',
      feedback: 'Right: hormone resistance needs the maternal allele.',
    },
    { id: 'r2', text: 'X-linked inheritance', feedback: 'Wrong: GNAS is on chromosome 20.' },
  ],
  reason: 'r1',
});

export const sct = (): SctItemInput => ({
  ...common,
  id: 'sct-von-kossa',
  type: 'sct',
  hypothesis: 'The lesion is dystrophic calcification.',
  finding: 'Biopsy shows lamellar bone with osteocytes.',
  panel: { '-2': 9, '-1': 4, '0': 2, '1': 0, '2': 0 },
  feedback: { '-2': 'Bone with osteocytes is ossification, not calcification.' },
});

export const rank = (): RankItemInput => ({
  ...common,
  id: 'rank-differential',
  type: 'rank',
  options: [
    { id: 'poh', text: 'POH', relevance: 3, feedback: 'Leads: dermal bone, paternal GNAS.' },
    { id: 'aho', text: 'AHO/PHP1A', relevance: 2, feedback: 'Close: same gene, other parent.' },
    { id: 'oc', text: 'Osteoma cutis', relevance: 1, feedback: 'Possible but limited.' },
    { id: 'fop', text: 'FOP', relevance: 0, feedback: 'Unlikely: no toe malformation.' },
    { id: 'jdm', text: 'Juvenile dermatomyositis', relevance: 0, feedback: 'Calcinosis, not bone.' },
  ],
  k: 3,
});

export const text = (): TextItemInput => ({
  ...common,
  id: 'name-the-gene',
  type: 'text',
  accept: ['GNAS', 'guanine nucleotide binding protein alpha stimulating'],
  reject: [
    { answer: 'ACVR1', feedback: 'ACVR1 is the FOP gene.' },
    { answer: 'GNAQ', feedback: 'GNAQ causes port-wine stains, not bone.' },
  ],
});

export const hotspot = (): HotspotItemInput => ({
  ...common,
  id: 'biopsy-osteoblast',
  type: 'hotspot',
  figure: 'biopsy',
  regions: [
    {
      id: 'dermis',
      label: 'Dermis',
      shape: 'rect',
      coords: [0, 0, 100, 50],
      feedback: 'The dermis, not the cells.',
    },
    { id: 'rim', label: 'Osteoblast rim', shape: 'circle', coords: [50, 100, 20] },
    {
      id: 'bone',
      label: 'Bone island',
      shape: 'polygon',
      // An L shape: concave, so ray casting is exercised.
      coords: [200, 0, 300, 0, 300, 50, 250, 50, 250, 100, 200, 100],
    },
  ],
  answer: 'rim',
});

export const samples = { single, multi, order, match, twoTier, sct, rank, text, hotspot };
