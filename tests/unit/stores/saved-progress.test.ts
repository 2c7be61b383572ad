// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY, latestSavedLesson, savedItemIds } from '../../../src/stores/saved-progress.ts';
import { PROGRESS_KEY as storeKey, PROGRESS_VERSION } from '../../../src/stores/progress-format.ts';

const entry = (lesson: string, updatedAt: string) => ({
  lastResponse: { choice: 'a' },
  lastGrade: { score: 1, verdict: 'correct' },
  bestGrade: { score: 1, verdict: 'correct' },
  attempts: 1,
  updatedAt,
  lesson,
});

beforeEach(() => localStorage.clear());

describe('what the directive and the home page read of saved progress', () => {
  it('is read under the key, and at the version, the store saves', () => {
    expect(PROGRESS_KEY).toBe(storeKey);
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: PROGRESS_VERSION, items: { 'poh-gene': entry('genetics', '2025-01-01T00:00:00.000Z') } }));
    expect(savedItemIds()).toEqual(new Set(['poh-gene']));
  });

  it('says when nothing is saved, and when what is saved cannot be read', () => {
    expect(savedItemIds()).toBeNull();
    expect(latestSavedLesson()).toBeUndefined();
    for (const garbage of ['{not json', '{"version":7,"items":{}}', '{"version":1}', 'null']) {
      localStorage.setItem(PROGRESS_KEY, garbage);
      expect(savedItemIds(), garbage).toBe('unreadable');
      expect(latestSavedLesson(), garbage).toBeUndefined();
    }
  });

  it('finds the lesson of the most recent answer', () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: PROGRESS_VERSION,
        items: { a: entry('the-case', '2025-01-01T00:00:00.000Z'), b: entry('genetics', '2025-03-01T00:00:00.000Z'), c: entry('histology', '2025-02-01T00:00:00.000Z') },
      }),
    );
    expect(latestSavedLesson()).toBe('genetics');
  });
});
