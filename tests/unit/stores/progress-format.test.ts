import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressSchema } from '../../../src/schemas/progress.ts';
import {
  cbmMarks,
  emptyProgress,
  isProgress,
  mergeProgress,
  parseProgress,
  progressProblem,
  verdictFor,
  verdicts,
  type ItemProgress,
  type Progress,
} from '../../../src/stores/progress-format.ts';

const entry = (overrides: Partial<ItemProgress> = {}): ItemProgress => ({
  lastResponse: { choice: 'a' },
  lastGrade: { score: 0, verdict: 'incorrect' },
  bestGrade: { score: 0, verdict: 'incorrect' },
  attempts: 1,
  updatedAt: '2025-01-01T10:00:00.000Z',
  lesson: 'histology',
  ...overrides,
});

const progressOf = (items: Record<string, ItemProgress>): Progress => ({ version: 1, items });

// Values as JSON.parse gives them: that is all the guard ever sees (storage and import files).
const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

const json = fc.jsonValue({ maxDepth: 2 });
const scoreArb = fc.oneof(fc.constantFrom(0, 1, 0.5, -0.1, 1.5), fc.double({ min: 0, max: 1, noNaN: true }));
const gradeFields = (score: number) => ({
  score: fc.oneof({ weight: 8, arbitrary: fc.constant(score) }, fc.string({ maxLength: 3 })),
  verdict: fc.oneof({ weight: 6, arbitrary: fc.constant(verdictFor(score)) }, fc.constantFrom(...verdicts, 'wrong')),
  cbm: fc.constantFrom(...cbmMarks, 4, -1, 2.5),
  extra: json,
});
const gradeArb = scoreArb.chain((score) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record(gradeFields(score), { requiredKeys: ['score', 'verdict'] }).map(({ extra: _, ...g }) => g) },
    fc.record(gradeFields(score), { requiredKeys: [] }),
    json,
  ),
);
const entryFields = {
  lastResponse: fc.oneof({ weight: 6, arbitrary: fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 3 }) }, json),
  lastGrade: gradeArb,
  bestGrade: gradeArb,
  attempts: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 50 }) }, fc.integer({ min: -3, max: 0 }), fc.double(), fc.constant(2 ** 60)),
  certainty: fc.constantFrom(1, 2, 3, 1, 2, 3, 0, 4, '2'),
  updatedAt: fc.oneof(
    { weight: 8, arbitrary: fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }).map((d) => d.toISOString()) },
    fc.string({ maxLength: 5 }),
    fc.constant('2025-01-01'),
  ),
  lesson: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('histology', 'the-case', 'genetics') }, fc.string({ maxLength: 5 })),
  note: fc.string({ maxLength: 3 }),
};
const required = ['lastResponse', 'lastGrade', 'bestGrade', 'attempts', 'updatedAt', 'lesson'] as const;
const entryArb = fc.oneof(
  { weight: 6, arbitrary: fc.record(entryFields, { requiredKeys: [...required] }).map(({ note: _, ...e }) => e) },
  fc.record(entryFields, { requiredKeys: [] }),
);
const idArb = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('poh-gene', 'dd-match-labs', 'q1') }, fc.string({ maxLength: 5 }));
const progressFields = {
  version: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, fc.constantFrom(0, 2, '1')),
  items: fc.oneof({ weight: 8, arbitrary: fc.dictionary(idArb, entryArb, { maxKeys: 3 }) }, json),
  extra: json,
};
const progressArb = fc.oneof(
  { weight: 6, arbitrary: fc.record(progressFields, { requiredKeys: ['version', 'items'] }).map(({ extra: _, ...p }) => p) },
  fc.record(progressFields, { requiredKeys: [] }),
);

describe('the progress guard', () => {
  it('accepts and rejects exactly what the zod schema does (property)', () => {
    const values = fc.oneof({ weight: 8, arbitrary: progressArb }, json).map(asJson);
    fc.assert(
      fc.property(values, (value) => {
        expect(isProgress(value)).toBe(progressSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('the generator reaches both valid and invalid progress', () => {
    const sample = fc.sample(progressArb.map(asJson), { numRuns: 2000, seed: 42 });
    const valid = sample.filter(isProgress);
    expect(valid.length).toBeGreaterThan(100);
    expect(valid.some((v) => Object.keys(v.items).length > 0)).toBe(true);
    expect(sample.length - valid.length).toBeGreaterThan(100);
  });

  it('accepts empty progress and a full entry', () => {
    expect(progressProblem(emptyProgress())).toBeUndefined();
    const full = progressOf({ 'poh-gene': entry({ certainty: 3, lastGrade: { score: 1, verdict: 'correct', cbm: 3 }, bestGrade: { score: 1, verdict: 'correct', cbm: 3 } }) });
    expect(progressProblem(full)).toBeUndefined();
    expect(progressSchema.safeParse(full).success).toBe(true);
  });

  it.each([
    ['[1,2]', 'it is not a progress object'],
    ['{"version":2,"items":{}}', 'its version is 2, not 1'],
    ['{"items":{}}', 'its version is missing, not 1'],
    ['{"version":1,"items":[]}', 'its items are not an object'],
    ['{"version":1,"items":{},"more":1}', 'it has an unknown field "more"'],
  ])('says why %s is not progress', (text, problem) => {
    expect(parseProgress(text)).toEqual({ problem });
  });

  it('names the item and the field at fault', () => {
    const bad = progressOf({ 'poh-gene': entry({ lastGrade: { score: 0.5, verdict: 'correct' } }) });
    expect(progressProblem(bad)).toBe('item "poh-gene": lastGrade.verdict does not fit its score');
    expect(progressProblem(progressOf({ 'Not An Id': entry() }))).toBe('item "Not An Id": the id is not kebab-case');
    expect(progressProblem(progressOf({ a: entry({ attempts: 0 }) }))).toBe('item "a": attempts is not a whole number from 1');
  });

  it('reports text that is not JSON', () => {
    expect(parseProgress('{not json')).toEqual({ problem: 'it is not valid JSON' });
  });
});

describe('merging imported progress', () => {
  const ours = entry({ lastGrade: { score: 1, verdict: 'correct' }, bestGrade: { score: 1, verdict: 'correct' }, attempts: 3, updatedAt: '2025-01-01T10:00:00.000Z' });
  const theirs = entry({ lastResponse: { choice: 'c' }, lastGrade: { score: 0, verdict: 'incorrect' }, bestGrade: { score: 0.5, verdict: 'partial' }, attempts: 1, updatedAt: '2025-02-01T10:00:00.000Z' });

  it('keeps the better best grade, takes the newer last answer and the larger attempt count', () => {
    const merged = mergeProgress(progressOf({ q: ours }), progressOf({ q: theirs }));
    expect(merged.items.q).toEqual({ ...theirs, bestGrade: { score: 1, verdict: 'correct' }, attempts: 3 });
  });

  it('adds items only the import has and keeps items only ours has', () => {
    const merged = mergeProgress(progressOf({ a: ours }), progressOf({ b: theirs }));
    expect(Object.keys(merged.items).sort()).toEqual(['a', 'b']);
  });

  it('on equal scores keeps the grade with the higher certainty-based mark', () => {
    const a = entry({ bestGrade: { score: 1, verdict: 'correct', cbm: 1 }, lastGrade: { score: 1, verdict: 'correct', cbm: 1 } });
    const b = entry({ bestGrade: { score: 1, verdict: 'correct', cbm: 3 }, lastGrade: { score: 1, verdict: 'correct', cbm: 3 } });
    expect(mergeProgress(progressOf({ q: a }), progressOf({ q: b })).items.q!.bestGrade.cbm).toBe(3);
    expect(mergeProgress(progressOf({ q: b }), progressOf({ q: a })).items.q!.bestGrade.cbm).toBe(3);
  });

  it('never lowers a best grade (property)', () => {
    const scoreOf = fc.constantFrom(0, 0.25, 0.5, 1);
    fc.assert(
      fc.property(scoreOf, scoreOf, (x, y) => {
        const a = entry({ bestGrade: { score: x, verdict: verdictFor(x) } });
        const b = entry({ bestGrade: { score: y, verdict: verdictFor(y) } });
        const merged = mergeProgress(progressOf({ q: a }), progressOf({ q: b }));
        expect(merged.items.q!.bestGrade.score).toBe(Math.max(x, y));
        expect(isProgress(merged)).toBe(true);
      }),
    );
  });
});
