// src/lms/report.ts: score, completion and success; one interaction per answer; the time formats.
import { describe, expect, it } from 'vitest';
import { interactionOf, isoDuration, scorm12Response, scorm12Time, scorm12Timespan, scorm12Type, summarize, type ModuleFacts } from '../../../src/lms/report.ts';
import type { ItemProgress } from '../../../src/stores/progress-format.ts';

const facts: ModuleFacts = {
  title: 'M',
  items: [
    { id: 'a', type: 'single', lesson: 'one' },
    { id: 'b', type: 'multi', lesson: 'one' },
    { id: 'c', type: 'text', lesson: 'two' },
    { id: 'd', type: 'order', lesson: 'two' },
  ],
  lessons: ['one', 'two'],
  masteryScore: 0.8,
};
const entry = (score: number): ItemProgress => ({
  lastResponse: {},
  lastGrade: { score: 0, verdict: 'incorrect' },
  bestGrade: { score, verdict: score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial' },
  attempts: 2,
  updatedAt: '2026-12-01T10:00:00.000Z',
  lesson: 'one',
});

describe('summarize', () => {
  it('scales the best grades over every item of the module; completion needs every lesson and every item', () => {
    const some = summarize({ progress: { version: 2, items: { a: entry(1), b: entry(0.5) } }, visited: ['one', 'two'] }, facts);
    expect(some).toMatchObject({ scaled: 0.375, answered: 2, total: 4, completed: false, passed: false });
    const all = { a: entry(1), b: entry(1), c: entry(1), d: entry(0.2) };
    expect(summarize({ progress: { version: 2, items: all }, visited: ['one'] }, facts)).toMatchObject({ scaled: 0.8, completed: false, passed: true });
    expect(summarize({ progress: { version: 2, items: all }, visited: ['two', 'one'] }, facts)).toMatchObject({ completed: true, passed: true });
    const low = { ...all, c: entry(0.9) };
    expect(summarize({ progress: { version: 2, items: low }, visited: ['one', 'two'] }, facts)).toMatchObject({ scaled: 0.775, completed: true, passed: false });
    // Records of items no longer in the module do not count.
    expect(summarize({ progress: { version: 2, items: { gone: entry(1) } }, visited: [] }, facts).answered).toBe(0);
  });
});

describe('interactionOf', () => {
  const at = new Date('2026-12-01T10:00:00.000Z');
  const of = (type: Parameters<typeof interactionOf>[0]['item']['type'], response: object, score = 1) =>
    interactionOf({ item: { id: 'x', type }, response, grade: { score, verdict: score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial' }, latencyMs: 12_345 }, at);

  it('writes every item type in SCORM 2004 / xAPI notation', () => {
    expect(of('single', { choice: 'b', confidence: 3 })).toMatchObject({ type: 'choice', response: 'b', result: 'correct', latencyMs: 12_345, timestamp: at });
    expect(of('multi', { choices: ['a', 'c'] }, 0.5)).toMatchObject({ type: 'choice', response: 'a[,]c', result: 0.5 });
    expect(of('order', { order: ['s2', 's1'] }, 0)).toMatchObject({ type: 'sequencing', response: 's2[,]s1', result: 'incorrect' });
    expect(of('rank', { ranked: ['d', 'a', 'b'] })).toMatchObject({ type: 'sequencing', response: 'd[,]a[,]b' });
    expect(of('match', { pairs: { p1: 'poh', p2: 'fop' } })).toMatchObject({ type: 'matching', response: 'p1[.]poh[,]p2[.]fop' });
    expect(of('sct', { value: -2 })).toMatchObject({ type: 'likert', response: '-2' });
    expect(of('text', { text: '  GNAS,\n paternal [,] allele ' })).toMatchObject({ type: 'fill-in', response: 'GNAS, paternal allele' });
    expect(of('twoTier', { choice: 'a', reason: 'r2' })).toMatchObject({ type: 'other', response: 'answer=a;reason=r2' });
    expect(of('hotspot', { region: 'm1' })).toMatchObject({ type: 'choice', response: 'm1' });
    expect(of('hotspot', { x: 10.456, y: 3 })).toMatchObject({ type: 'other', response: 'point=10.46,3' });
  });

  it('turns the 2004 notation into SCORM 1.2 vocabulary', () => {
    expect(scorm12Type('other')).toBe('performance');
    expect(scorm12Type('choice')).toBe('choice');
    expect(scorm12Response('p1[.]poh[,]p2[.]fop')).toBe('p1.poh,p2.fop');
    expect(scorm12Response('x'.repeat(300))).toHaveLength(255);
  });
});

describe('time formats', () => {
  it('writes SCORM 1.2 timespans and times, and ISO 8601 durations', () => {
    expect(scorm12Timespan(12_345)).toBe('0000:00:12.35');
    expect(scorm12Timespan(3_723_000)).toBe('0001:02:03.00');
    expect(scorm12Time(new Date('2026-12-01T09:08:07.000Z'))).toBe('09:08:07');
    expect(isoDuration(12_345)).toBe('PT12.35S');
    expect(isoDuration(3_723_000)).toBe('PT1H2M3S');
    expect(isoDuration(0)).toBe('PT0S');
  });
});
