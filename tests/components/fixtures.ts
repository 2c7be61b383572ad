/**
 * One item of each type as the islands receive it: parsed by the item schema, its markdown
 * rendered by the same build-time helper Quiz.astro uses.
 */
import { itemSchema, type ItemOf, type ItemType } from '../../src/schemas/items/index.ts';
import { renderItemText } from '../../src/lib/markdown.ts';
import type { QuizProps } from '../../src/islands/quiz-types.ts';

const common = {
  explanation: 'Bone needs **osteoblasts**; calcification has none.',
  teaches: 'histology#bone-or-calcium',
  refs: [],
};

const raw = {
  single: {
    ...common,
    id: 'poh-gene',
    type: 'single',
    confidence: true,
    stem: 'A girl has *plaques* of bone in the skin. Which gene?',
    options: [
      { id: 'a', text: '*ACVR1*', feedback: 'Tempting: the FOP gene.' },
      { id: 'b', text: '*GNAS*', feedback: 'Right: paternal *GNAS* loss of function.' },
      { id: 'c', text: '*PTH1R*', feedback: 'A receptor, not the cause.' },
    ],
    answer: 'b',
  },
  multi: {
    ...common,
    id: 'poh-features',
    type: 'multi',
    stem: 'Which features fit POH?',
    options: [
      { id: 'a', text: 'Dermal ossification', feedback: 'Yes: it starts in the dermis.', correct: true },
      { id: 'b', text: 'Great-toe malformation', feedback: 'No: that points to FOP.', correct: false },
      { id: 'c', text: 'Spread to deep tissue', feedback: 'Yes: it spreads inward.', correct: true },
    ],
  },
  order: {
    ...common,
    id: 'ossification-sequence',
    type: 'order',
    stem: 'Put the steps of intramembranous ossification in order.',
    steps: [
      { id: 's1', text: 'Mesenchymal cells condense' },
      { id: 's2', text: 'Osteoblasts differentiate' },
      { id: 's3', text: 'Osteoblasts lay down osteoid' },
      { id: 's4', text: 'Osteoid mineralises' },
    ],
  },
  match: {
    ...common,
    id: 'match-disorders',
    type: 'match',
    stem: 'Match each finding to a disorder.',
    premises: [
      { id: 'p1', text: 'Paternal *GNAS*, dermis first', answer: 'poh', feedback: 'POH starts in the skin.' },
      { id: 'p2', text: '*ACVR1* R206H', answer: 'fop' },
    ],
    choices: [
      { id: 'poh', text: 'POH' },
      { id: 'fop', text: 'FOP' },
      { id: 'aho', text: 'AHO' },
    ],
  },
  twoTier: {
    ...common,
    id: 'parent-of-origin',
    type: 'twoTier',
    stem: 'From which parent did the variant come?',
    options: [
      { id: 'a', text: 'Father', feedback: 'Right: paternal allele.' },
      { id: 'b', text: 'Mother', feedback: 'Maternal gives PHP1a.' },
    ],
    answer: 'a',
    reasons: [
      { id: 'r1', text: 'No hormone resistance', feedback: 'Right: resistance needs the maternal allele.' },
      { id: 'r2', text: 'X-linked inheritance', feedback: '*GNAS* is on chromosome 20.' },
    ],
    reason: 'r1',
  },
  sct: {
    ...common,
    id: 'sct-von-kossa',
    type: 'sct',
    stem: 'Script concordance.',
    hypothesis: 'The lesion is dystrophic calcification.',
    finding: 'Biopsy shows lamellar bone with osteocytes.',
    panel: { '-2': 9, '-1': 4, '0': 2, '1': 0, '2': 0 },
    feedback: { '-2': 'Bone with osteocytes is ossification.' },
  },
  rank: {
    ...common,
    id: 'rank-differential',
    type: 'rank',
    stem: 'Rank the differential.',
    options: [
      { id: 'poh', text: 'POH', relevance: 3, feedback: 'Leads: dermal bone.' },
      { id: 'aho', text: 'AHO', relevance: 2, feedback: 'Close: same gene.' },
      { id: 'oc', text: 'Osteoma cutis', relevance: 1, feedback: 'Possible but limited.' },
      { id: 'fop', text: 'FOP', relevance: 0, feedback: 'No toe malformation.' },
    ],
    k: 2,
  },
  text: {
    ...common,
    id: 'name-the-gene',
    type: 'text',
    confidence: true,
    stem: 'Name the gene.',
    accept: ['GNAS'],
    reject: [{ answer: 'ACVR1', feedback: 'ACVR1 is the FOP gene.' }],
  },
  hotspot: {
    ...common,
    id: 'biopsy-osteoblast',
    type: 'hotspot',
    stem: 'Where are the osteoblasts?',
    figure: 'biopsy',
    regions: [
      { id: 'dermis', label: 'Dermis', shape: 'rect', coords: [0, 0, 100, 50], feedback: 'The dermis, not the cells.' },
      { id: 'rim', label: 'Osteoblast rim', shape: 'circle', coords: [50, 100, 20] },
    ],
    answer: 'rim',
  },
} as const;

export function itemOf<T extends ItemType>(type: T): ItemOf<T> {
  return itemSchema.parse(raw[type]) as ItemOf<T>;
}

export function propsOf<T extends ItemType>(type: T, extra: Partial<QuizProps<T>> = {}): QuizProps<T> {
  const item = itemOf(type);
  return {
    item,
    lesson: 'histology',
    text: renderItemText(item),
    reviewUrl: '/lessons/histology/#bone-or-calcium',
    reviewLabel: 'Histology, “Bone or calcium”',
    ...(type === 'hotspot'
      ? {
          figure: {
            symbol: 'hotspot-figure-biopsy',
            title: 'Test figure',
            viewBox: [0, 0, 200, 200] as [number, number, number, number],
          },
        }
      : {}),
    ...extra,
  } as QuizProps<T>;
}
