// src/lms/codec.ts: the compressed resume text an LMS keeps (SCORM suspend_data, a cmi5 state document).
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, packProgress, unpackProgress, type ItemIndex } from '../../../src/lms/codec.ts';
import { emptyProgress, type Progress } from '../../../src/stores/progress-format.ts';
import { fullProgress, moduleItems } from './full-progress.ts';

const lessons = ['the-case', 'histology', 'genetics', 'differential-diagnosis'];
// What the launch page knows of the module (the package step reads it from the build).
const index: ItemIndex = {
  ids: moduleItems().map((item) => item.id),
  lessonOf: Object.fromEntries(moduleItems().map((item) => [item.id, item.lesson])),
};

describe('LMS resume text', () => {
  it('fits SCORM 1.2 suspend_data (4,096 characters) for a learner who answered all 65 items, v2 schedules and all', async () => {
    const progress = fullProgress(true);
    expect(Object.keys(progress.items)).toHaveLength(moduleItems().length);
    expect(moduleItems().length).toBe(65);
    const json = JSON.stringify(progress);
    // The point of compressing: the JSON alone is several times the limit.
    expect(json.length).toBeGreaterThan(4096 * 3);
    const text = await encodeState({ progress: progress as unknown as Progress, visited: lessons }, index);
    console.log(`full progress: ${json.length} characters of JSON, ${text.length} in suspend_data`);
    expect(text.length).toBeLessThanOrEqual(4096);
    // Only base64 characters, which every LMS stores as they are.
    expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
    // It holds everything: inflating and unpacking it gives back the same progress, schedules included.
    const back = JSON.parse(inflateRawSync(Buffer.from(text, 'base64')).toString('utf8'));
    expect(back.v).toEqual(lessons);
    expect(unpackProgress(back.p, index)).toEqual(progress);
  });

  it('round-trips through decodeState, which reads progress as the store does', async () => {
    const progress = fullProgress(false) as unknown as Progress;
    const decoded = await decodeState(await encodeState({ progress, visited: ['genetics'] }, index), index);
    // A version-1 value comes back as version 2 (parseProgress converts it; its items await a schedule).
    expect(decoded).toEqual({ state: { progress: { ...progress, version: 2 }, visited: ['genetics'] } });
  });

  it('packs losslessly what it does not know: items outside the module, other lessons, odd times, extra fields', () => {
    const odd = {
      version: 1,
      items: {
        'gone-item': { lastResponse: { choice: 'a' }, lastGrade: { score: 0, verdict: 'incorrect' }, bestGrade: { score: 1, verdict: 'correct', cbm: 3 }, attempts: 2, updatedAt: '2019-05-01T10:00:00Z', lesson: 'old-lesson', extra: [1] },
        [index.ids[0]!]: { lastResponse: {}, lastGrade: { score: 1, verdict: 'correct' }, bestGrade: { score: 1, verdict: 'correct' }, attempts: 1, updatedAt: '2026-01-01T00:00:00.000Z', lesson: 'elsewhere', schedule: { due: 'soon' } },
      },
    };
    expect(unpackProgress(JSON.parse(JSON.stringify(packProgress(odd as unknown as Progress, index))), index)).toEqual(odd);
  });

  it('reads an empty value as a first launch, and says why a damaged value cannot be read', async () => {
    expect(await decodeState('', index)).toEqual({ state: { progress: emptyProgress(), visited: [] } });
    expect(await decodeState('not base64 at all!', index)).toEqual({ problem: 'it is not compressed progress' });
    const notProgress = Buffer.from(JSON.stringify({ p: { version: 1, items: { X: 1 } } })).toString('base64');
    const result = await decodeState(notProgress, index);
    expect('problem' in result).toBe(true);
  });
});
