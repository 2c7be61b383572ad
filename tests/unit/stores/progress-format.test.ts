import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressSchema, progressV1Schema } from '../../../src/schemas/progress.ts';
import { cbmMarksV1, verdicts } from '../../../src/schemas/progress-shape.ts';
import {
  emptyProgress,
  isProgress,
  isProgressV1,
  mergeProgress,
  parseProgress,
  progressProblem,
  verdictFor,
  type ItemProgress,
  type Progress,
  type Schedule,
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

const progressOf = (items: Record<string, ItemProgress>): Progress => ({ version: 2, items });
const schedule = (overrides: Partial<Schedule> = {}): Schedule => ({
  due: '2025-01-09T10:00:00.000Z',
  stability: 8.3,
  difficulty: 1,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview: '2025-01-01T10:00:00.000Z',
  ...overrides,
});

// Values as JSON.parse gives them: that is all the guard ever sees (storage and import files).
const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

const json = fc.jsonValue({ maxDepth: 2 });
const scoreArb = fc.oneof(fc.constantFrom(0, 1, 0.5, -0.1, 1.5), fc.double({ min: 0, max: 1, noNaN: true }));
const cbmV2 = fc.oneof(fc.constantFrom(...cbmMarksV1, 4, -1, 2.5, -6.01, 3.01), fc.double({ min: -7, max: 4 }));
const cbmV1 = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...cbmMarksV1) }, fc.constantFrom(1.5, -1));
const gradeFields = (score: number, cbm: fc.Arbitrary<number>) => ({
  score: fc.oneof({ weight: 8, arbitrary: fc.constant(score) }, fc.string({ maxLength: 3 })),
  verdict: fc.oneof({ weight: 6, arbitrary: fc.constant(verdictFor(score)) }, fc.constantFrom(...verdicts, 'wrong')),
  cbm,
  extra: json,
});
const gradeArbOf = (cbm: fc.Arbitrary<number>) =>
  scoreArb.chain((score) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.record(gradeFields(score, cbm), { requiredKeys: ['score', 'verdict'] }).map(({ extra: _, ...g }) => g) },
      fc.record(gradeFields(score, cbm), { requiredKeys: [] }),
      json,
    ),
  );
const gradeArb = gradeArbOf(cbmV2);
const isoArb = fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }).map((d) => d.toISOString());
const scheduleFields = {
  due: fc.oneof({ weight: 8, arbitrary: isoArb }, fc.constant('2025-01-01')),
  stability: fc.oneof({ weight: 6, arbitrary: fc.double({ min: 0, max: 400, noNaN: true }) }, fc.constantFrom(-0.01, Infinity, '2')),
  difficulty: fc.oneof({ weight: 6, arbitrary: fc.double({ min: 1, max: 10, noNaN: true }) }, fc.constantFrom(0.99, 10.01, 0)),
  reps: fc.oneof({ weight: 6, arbitrary: fc.nat(30) }, fc.constantFrom(-1, 1.5)),
  lapses: fc.oneof({ weight: 6, arbitrary: fc.nat(30) }, fc.constantFrom(-1, 0.5)),
  state: fc.constantFrom(0, 1, 2, 3, 0, 1, 2, 3, 4, '2'),
  lastReview: fc.oneof({ weight: 8, arbitrary: isoArb }, fc.string({ maxLength: 4 })),
  extra: json,
};
const scheduleArb = fc.oneof(
  { weight: 6, arbitrary: fc.record(scheduleFields, { requiredKeys: ['due', 'stability', 'difficulty', 'reps', 'lapses', 'state', 'lastReview'] }).map(({ extra: _, ...s }) => s) },
  fc.record(scheduleFields, { requiredKeys: [] }),
  json,
);
const entryFields = {
  lastResponse: fc.oneof({ weight: 6, arbitrary: fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 3 }) }, json),
  lastGrade: gradeArb,
  bestGrade: gradeArb,
  attempts: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 50 }) }, fc.integer({ min: -3, max: 0 }), fc.double(), fc.constant(2 ** 60)),
  certainty: fc.constantFrom(0, 1, 2, 3, 1, 2, 3, 4, -1, '2'),
  updatedAt: fc.oneof(
    { weight: 8, arbitrary: fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }).map((d) => d.toISOString()) },
    fc.string({ maxLength: 5 }),
    fc.constant('2025-01-01'),
  ),
  lesson: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('histology', 'the-case', 'genetics') }, fc.string({ maxLength: 5 })),
  schedule: scheduleArb,
  note: fc.string({ maxLength: 3 }),
};
const required = ['lastResponse', 'lastGrade', 'bestGrade', 'attempts', 'updatedAt', 'lesson'] as const;
// Entries as version 1 wrote them (no schedule, the six marks, certainty 1-3), mostly.
const { schedule: _schedule, ...v1EntryFields } = entryFields;
const entryV1Fields = { ...v1EntryFields, lastGrade: gradeArbOf(cbmV1), bestGrade: gradeArbOf(cbmV1), certainty: fc.constantFrom(1, 2, 3, 1, 2, 3, 0) };
const entryArb = fc.oneof(
  { weight: 6, arbitrary: fc.record(entryFields, { requiredKeys: [...required] }).map(({ note: _, ...e }) => e) },
  { weight: 4, arbitrary: fc.record(entryV1Fields, { requiredKeys: [...required] }).map(({ note: _, ...e }) => e) },
  fc.record(entryFields, { requiredKeys: [] }),
);
const idArb = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('poh-gene', 'dd-match-labs', 'q1') }, fc.string({ maxLength: 5 }));
const progressFields = {
  version: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(1, 2) }, fc.constantFrom(0, 3, '1', '2')),
  items: fc.oneof({ weight: 8, arbitrary: fc.dictionary(idArb, entryArb, { maxKeys: 3 }) }, json),
  extra: json,
};
const progressArb = fc.oneof(
  { weight: 6, arbitrary: fc.record(progressFields, { requiredKeys: ['version', 'items'] }).map(({ extra: _, ...p }) => p) },
  fc.record(progressFields, { requiredKeys: [] }),
);

describe('the progress guard', () => {
  it('accepts and rejects exactly what the zod schemas do, for version 2 and version 1 (property)', () => {
    const values = fc.oneof({ weight: 8, arbitrary: progressArb }, json).map(asJson);
    fc.assert(
      fc.property(values, (value) => {
        expect(isProgress(value)).toBe(progressSchema.safeParse(value).success);
        expect(isProgressV1(value)).toBe(progressV1Schema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('the generator reaches valid and invalid progress of both versions, with and without schedules', () => {
    const sample = fc.sample(progressArb.map(asJson), { numRuns: 3000, seed: 42 });
    const valid = sample.filter(isProgress);
    const validV1 = sample.filter(isProgressV1);
    expect(valid.length).toBeGreaterThan(50);
    expect(validV1.length).toBeGreaterThan(50);
    expect(valid.some((v) => Object.values(v.items).some((e) => e.schedule))).toBe(true);
    expect(valid.some((v) => Object.values(v.items).some((e) => e.certainty === 0))).toBe(true);
    expect(validV1.some((v) => Object.keys(v.items).length > 0)).toBe(true);
    expect(sample.length - valid.length - validV1.length).toBeGreaterThan(100);
  });

  it('accepts empty progress and a full entry', () => {
    expect(progressProblem(emptyProgress())).toBeUndefined();
    const full = progressOf({ 'poh-gene': entry({ certainty: 3, lastGrade: { score: 1, verdict: 'correct', cbm: 3 }, bestGrade: { score: 1, verdict: 'correct', cbm: 3 } }) });
    expect(progressProblem(full)).toBeUndefined();
    expect(progressSchema.safeParse(full).success).toBe(true);
    const v2 = progressOf({ q: entry({ certainty: 0, lastGrade: { score: 0.5, verdict: 'partial', cbm: 1.5 }, schedule: schedule() }) });
    expect(progressProblem(v2)).toBeUndefined();
    expect(progressSchema.safeParse(v2).success).toBe(true);
  });

  it('reads version 1 as version 2, every field kept, and says it came from version 1', () => {
    const v1 = { version: 1, items: { q: entry({ certainty: 2, lastGrade: { score: 1, verdict: 'correct', cbm: 2 }, bestGrade: { score: 1, verdict: 'correct', cbm: 2 } }) } };
    expect(parseProgress(JSON.stringify(v1))).toEqual({ progress: { version: 2, items: v1.items }, from: 1 });
    expect(parseProgress(JSON.stringify(progressOf(v1.items)))).toEqual({ progress: progressOf(v1.items) });
  });

  it('holds version 1 to its own rules: no schedule, no "no idea", only the six marks', () => {
    const v1 = (e: ItemProgress) => JSON.stringify({ version: 1, items: { q: e } });
    expect(parseProgress(v1(entry({ schedule: schedule() })))).toEqual({ problem: 'item "q" has an unknown field "schedule"' });
    expect(parseProgress(v1(entry({ certainty: 0 })))).toEqual({ problem: 'item "q": certainty is not 1, 2 or 3' });
    expect(parseProgress(v1(entry({ lastGrade: { score: 0.5, verdict: 'partial', cbm: 1.5 } })))).toEqual({
      problem: 'item "q": lastGrade.cbm is not a certainty-based mark',
    });
  });

  it('names the schedule field at fault', () => {
    expect(progressProblem(progressOf({ q: entry({ schedule: schedule({ difficulty: 11 }) }) }))).toBe('item "q": schedule.difficulty is not a number from 1 to 10');
    expect(progressProblem(progressOf({ q: entry({ schedule: schedule({ due: 'soon' }) }) }))).toBe('item "q": schedule.due is not an ISO time');
    expect(progressProblem(progressOf({ q: entry({ lastGrade: { score: 0, verdict: 'incorrect', cbm: -7 } }) }))).toBe(
      'item "q": lastGrade.cbm is not a number from -6 to 3',
    );
  });

  it.each([
    ['[1,2]', 'it is not a progress object'],
    ['{"version":3,"items":{}}', 'its version is 3, not 1 or 2'],
    ['{"items":{}}', 'its version is missing, not 1 or 2'],
    ['{"version":2,"items":[]}', 'its items are not an object'],
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

  it('keeps the schedule of the later review, whichever side has the newer attempt', () => {
    const early = schedule({ lastReview: '2025-01-01T10:00:00.000Z', due: '2025-01-01T10:00:00.000Z' });
    const late = schedule({ lastReview: '2025-01-05T10:00:00.000Z', due: '2025-03-01T10:00:00.000Z' });
    // A hinted try is newer but left the schedule as the earlier, unhinted try set it.
    const hinted = { ...theirs, schedule: early };
    expect(mergeProgress(progressOf({ q: { ...ours, schedule: late } }), progressOf({ q: hinted })).items.q!.schedule).toBe(late);
    expect(mergeProgress(progressOf({ q: hinted }), progressOf({ q: { ...ours, schedule: late } })).items.q!.schedule).toBe(late);
    expect(mergeProgress(progressOf({ q: ours }), progressOf({ q: hinted })).items.q!.schedule).toBe(early);
    expect(mergeProgress(progressOf({ q: hinted }), progressOf({ q: ours })).items.q!.schedule).toBe(early);
    expect(mergeProgress(progressOf({ q: ours }), progressOf({ q: theirs })).items.q).not.toHaveProperty('schedule');
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
