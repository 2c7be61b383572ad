/**
 * validateContent against malformed content trees, each message asserted word for word.
 *
 * A fixture is tests/content/fixtures/valid-minimal/ with the case's own files laid over it,
 * so each case folder holds only the file it breaks. genetics.mdx embeds no <Quiz>, so a case
 * may replace content/questions/genetics.yaml with just the broken item.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { validateContent } from '../../src/content-validation/index.ts';
import { headingsOf, maskCode } from '../../src/text/lesson-source.ts';
import { fixtureRoot, fixturesDir, removeFixtureRoots } from './fixture-root.ts';

afterAll(removeFixtureRoots);

const Q = 'content/questions/genetics.yaml';
const L = 'content/lessons/genetics.mdx';

const cases: { fixture: string; behaviour: string; problems: string[] }[] = [
  {
    fixture: 'answer-names-no-option',
    behaviour: 'an answer that names no option is reported with the options there are',
    problems: [`${Q}: item "gen-gene": answer "e" names no option (options: a, b, c, d)`],
  },
  {
    fixture: 'duplicate-id-across-files',
    behaviour: 'an item id used in two files names both files',
    problems: [
      'content/questions/the-case.yaml: item "case-gene": id is also used by item 1 in content/questions/genetics.yaml',
    ],
  },
  {
    fixture: 'unknown-ref',
    behaviour: 'a refs id that is not in references.yaml is reported, with the likely typo',
    problems: [
      `${Q}: item "gen-name": refs "shore2003" names no reference in content/references.yaml (did you mean "shore2002"?)`,
    ],
  },
  {
    fixture: 'teaches-missing-heading',
    behaviour: 'teaches naming no heading of its lesson lists the anchors there are',
    problems: [
      `${Q}: item "gen-name": teaches "genetics#imprinting" names no ## or ### heading in ${L} (anchors: inheritance, counselling-the-gnas-family)`,
    ],
  },
  {
    fixture: 'teaches-missing-lesson',
    behaviour: 'teaches naming no lesson lists the lessons there are',
    problems: [`${Q}: item "gen-name": teaches "histology#bone" names no lesson (lessons: genetics, the-case)`],
  },
  {
    fixture: 'order-two-steps',
    behaviour: 'an order item with 2 steps is rejected',
    problems: [`${Q}: item "gen-order": steps: an order item needs at least 3 steps`],
  },
  {
    fixture: 'sct-panel-negative',
    behaviour: 'a negative sct panel count is rejected',
    problems: [`${Q}: item "gen-sct": panel "-1" must be a whole number >= 0`],
  },
  {
    fixture: 'sct-panel-fractional',
    behaviour: 'a fractional sct panel count is rejected',
    problems: [`${Q}: item "gen-sct": panel "-1" must be a whole number >= 0`],
  },
  {
    fixture: 'sct-panel-all-zero',
    behaviour: 'an sct panel with every count 0 is rejected',
    problems: [`${Q}: item "gen-sct": panel needs at least one count above 0`],
  },
  {
    fixture: 'rank-k-more-than-options',
    behaviour: 'a rank item whose k exceeds its options is rejected',
    problems: [`${Q}: item "gen-rank": k (4) is more than the number of options (3)`],
  },
  {
    fixture: 'rank-all-relevance-zero',
    behaviour: 'a rank item with no relevant option is rejected',
    problems: [`${Q}: item "gen-rank": options: a rank item needs at least one option with relevance above 0`],
  },
  {
    fixture: 'hotspot-answer-names-no-region',
    behaviour: 'a hotspot answer that names no region is reported with the regions there are',
    problems: [`${Q}: item "gen-spot": answer "osteoid" names no region (regions: bone, fat)`],
  },
  {
    fixture: 'hotspot-coords-wrong-arity',
    behaviour: 'hotspot coords of the wrong length for their shape name the region',
    problems: [
      `${Q}: item "gen-spot": regions[0].coords: a circle has 3 coords [cx, cy, r], not 4`,
      `${Q}: item "gen-spot": regions[1].coords: a polygon has an even number of coords, at least 6 ([x1, y1, x2, y2, x3, y3, ...]), not 5`,
    ],
  },
  {
    fixture: 'hotspot-region-outside-figure',
    behaviour: "a hotspot region outside the figure's viewBox is reported",
    problems: [
      `${Q}: item "gen-spot": regions[1] ("fat") lies outside the viewBox of src/figures/biopsy.svg (0 0 800 600)`,
    ],
  },
  {
    fixture: 'figure-missing',
    behaviour: 'a hotspot figure with no SVG file is reported',
    problems: [`${Q}: item "gen-spot": figure "pedigre" names no file src/figures/pedigre.svg`],
  },
  {
    fixture: 'quiz-names-no-item',
    behaviour: 'a <Quiz id> naming no item stops the build and names the lesson file and line',
    problems: [
      `${L}:14: <Quiz id="gen-parents"> names no item in content/questions (did you mean "gen-parent"?)`,
      `${L}:18: <Quiz id="gen-sibling-risk"> names no item in content/questions`,
    ],
  },
  {
    fixture: 'unknown-term-cite-and-figure',
    behaviour: 'a <Term>, <Cite> or <Figure> naming nothing is reported with the lesson file and line',
    problems: [
      `${L}:14: <Term id="imprinting"> names no entry in content/glossary.yaml`,
      `${L}:14: <Cite id="shore2020"> names no reference in content/references.yaml (did you mean "shore2002"?)`,
      `${L}:16: <Figure name="pedigree"> names no file src/figures/pedigree.svg`,
      `${L}:20: <Term id="gnass"> names no entry in content/glossary.yaml (did you mean "gnas"?)`,
    ],
  },
  {
    fixture: 'decision-point-before-its-item',
    behaviour: 'a <DecisionPoint> must follow the <Quiz> it names, and must name one',
    problems: [
      `content/lessons/the-case.mdx:22: <DecisionPoint> needs the attribute item="..."`,
      `content/lessons/the-case.mdx:16: <DecisionPoint item="case-gene"> names no <Quiz id="case-gene"> before it in the lesson (the Quiz comes after it: move the decision point below its question)`,
      `content/lessons/the-case.mdx:20: <DecisionPoint item="case-genes"> names no <Quiz id="case-genes"> before it in the lesson`,
    ],
  },
  {
    fixture: 'lesson-with-code',
    behaviour: 'a lesson with an import, an unknown component or a Quiz without id is rejected',
    problems: [
      `${L}:11: has an import; lessons hold no code (the lesson page provides Quiz, Term, Cite, Figure, TeacherNote, DifferentialTable, DecisionPoint)`,
      `${L}:15: <Pedigree> is not a lesson component (known: Quiz, Term, Cite, Figure, TeacherNote, DifferentialTable, DecisionPoint)`,
      `${L}:17: <Quiz> needs the attribute id="..."`,
    ],
  },
  {
    fixture: 'unknown-field-typo',
    behaviour: 'a misspelt field is reported as unknown, with the allowed fields, and the real one as missing',
    problems: [
      `${Q}: item "gen-name": explanation is required`,
      `${Q}: item "gen-name": text item has unknown field "explenation" (allowed: id, type, stem, explanation, teaches, refs, hints, confidence, accept, reject, fuzzy)`,
    ],
  },
  {
    fixture: 'missing-explanation',
    behaviour: 'a missing explanation and a missing option feedback are reported by field',
    problems: [
      `${Q}: item "gen-parent": explanation is required`,
      `${Q}: item "gen-parent": options[1].feedback: option feedback is required`,
    ],
  },
  {
    fixture: 'match-and-two-tier-name-nothing',
    behaviour: 'a premise answer naming no choice and a reason naming no reason are reported',
    problems: [
      `${Q}: item "gen-match": premises[1].answer: answer "maternal" names no choice (choices: pat, mat)`,
      `${Q}: item "gen-two-tier": reason "r3" names no reason (reasons: r1, r2)`,
    ],
  },
  {
    fixture: 'bad-lesson-frontmatter',
    behaviour: 'lesson frontmatter is checked field by field',
    problems: [
      `${L}: frontmatter: summary is required (expected text)`,
      `${L}: frontmatter: objectives must have at least 3 entries, got 2`,
      `${L}: frontmatter: minutes must be > 0, got 0`,
      `${L}: frontmatter has unknown field "sumary" (allowed: title, order, summary, objectives, minutes)`,
    ],
  },
  {
    fixture: 'invalid-yaml',
    behaviour: 'a YAML syntax error names the line and the usual fix',
    problems: [
      `${Q}:3: is not valid YAML: Nested mappings are not allowed in compact mappings (put text that contains ": " in quotes)`,
    ],
  },
  {
    fixture: 'question-file-without-lesson',
    behaviour: 'a question file must be named after a lesson',
    problems: [
      'content/questions/histology.yaml: names no lesson (expected content/lessons/histology.mdx; question files are named after their lesson)',
    ],
  },
  {
    fixture: 'reference-without-identifier',
    behaviour: 'a reference needs a doi, pmid or url unless it says why not, and ids are unique',
    problems: [
      'content/references.yaml: entry "case-letter": needs a doi, pmid or url (or "identifier: unavailable" or "identifier: unverified" with a note saying why)',
      'content/references.yaml: entry "shore2002": pmid must be digits only, e.g. "11784876"',
      'content/references.yaml: entry "shore2002": id is also used by entry 1 in content/references.yaml',
    ],
  },
  {
    fixture: 'disorder-and-glossary-names-nothing',
    behaviour: 'disorders and glossary entries are checked, and their refs and see ids must exist',
    problems: [
      'content/disorders.yaml: entry "poh": mineral must be one of "bone", "calcification", got "calcium"',
      'content/glossary.yaml: entry "gnas": definition is required (expected text)',
      'content/glossary.yaml: entry "gnas": glossary entry has unknown field "definiton" (allowed: id, term, definition, aliases, see)',
      'content/disorders.yaml: entry "poh": refs "kaplan1994" names no reference in content/references.yaml',
      'content/glossary.yaml: entry "poh": see "fop" names no glossary entry',
    ],
  },
];

describe('validateContent', () => {
  it('finds no problem in the valid minimal tree (all nine item types and every component)', () => {
    expect(validateContent(fixtureRoot('valid-minimal'))).toEqual([]);
  });

  it.each(cases)('$behaviour', ({ fixture, problems }) => {
    expect(validateContent(fixtureRoot(fixture))).toEqual(problems);
  });

  it('has a case above for every fixture folder', () => {
    const folders = readdirSync(fixturesDir).filter((name) => name !== 'valid-minimal');
    expect(folders.sort()).toEqual(cases.map((c) => c.fixture).sort());
  });

  it('reports a missing data file and empty folders instead of throwing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'content-empty-'));
    onTestFinished(() => rmSync(empty, { recursive: true }));
    expect(validateContent(empty)).toEqual([
      'content/lessons: has no lessons (*.mdx)',
      'content/questions: has no question files (*.yaml)',
      'content/disorders.yaml: is missing',
      'content/glossary.yaml: is missing',
      'content/references.yaml: is missing',
    ]);
  });
});

describe('heading anchors', () => {
  it('follow github-slugger on the heading text, as Astro gives heading ids, skipping code blocks', () => {
    const body = [
      '# Title',
      '## The *examination*',
      '## Counselling the `GNAS` family',
      '### What <Term id="poh">POH</Term> means',
      '## [Links](#x) & more',
      '## The examination',
      '```',
      '## not a heading',
      '```',
    ].join('\n');
    expect(headingsOf(maskCode(body)).map((h) => `${h.depth} ${h.slug}`)).toEqual([
      '1 title',
      '2 the-examination',
      '2 counselling-the-gnas-family',
      '3 what-poh-means',
      '2 links--more',
      '2 the-examination-1',
    ]);
  });
});
