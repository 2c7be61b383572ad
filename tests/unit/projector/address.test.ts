import { describe, expect, it } from 'vitest';
import { PROJECTOR_QUERY, projectorSearch, readAddress, speakerAddress } from '../../../src/projector/address.ts';

describe('the projector address', () => {
  it('asks for projector mode with ?present or ?speaker, with or without a value, anywhere in the query', () => {
    // As the lesson page's inline check uses it: rebuilt from its source.
    const asks = (search: string) => new RegExp(PROJECTOR_QUERY.source).test(search);
    for (const search of ['?present', '?speaker', '?present=1', '?a=b&present', '?speaker&step=2', '?x=1&present&y=2']) {
      expect(asks(search), search).toBe(true);
    }
    for (const search of ['', '?', '?presenter', '?a=present', '?unpresent', '?step=2']) expect(asks(search), search).toBe(false);
  });

  it('reads the view, step and part, counted from 1 in the address and from 0 in the code', () => {
    expect(readAddress('?present&step=3&part=2')).toEqual({ view: 'present', step: 2, part: 1 });
    expect(readAddress('?speaker&step=5')).toEqual({ view: 'speaker', step: 4, part: 0 });
    expect(readAddress('?present')).toEqual({ view: 'present', step: undefined, part: 0 });
  });

  it('ignores a step or part that is not a whole number from 1', () => {
    for (const bad of ['0', '-2', '1.5', 'two', '']) {
      expect(readAddress(`?present&step=${bad}&part=${bad}`), bad).toEqual({ view: 'present', step: undefined, part: 0 });
    }
  });

  it('writes the position, leaving out the part on a step first screen, and keeps other parameters', () => {
    expect(projectorSearch('', { view: 'present', step: 0, part: 0 })).toBe('?present&step=1');
    expect(projectorSearch('?present&step=1', { view: 'present', step: 3, part: 1 })).toBe('?present&step=4&part=2');
    expect(projectorSearch('?speaker&step=2&part=3', { view: 'speaker', step: 2, part: 0 })).toBe('?speaker&step=3');
    expect(projectorSearch('?lang=en&present&step=2', { view: 'present', step: 1, part: 2 })).toBe('?present&step=2&part=3&lang=en');
  });

  it('writes the lesson as a document with none of its own parameters', () => {
    expect(projectorSearch('?present&step=4&part=2', null)).toBe('');
    expect(projectorSearch('?present&step=4&lang=en', null)).toBe('?lang=en');
  });

  it('reads back what it writes', () => {
    const at = { view: 'speaker', step: 6, part: 2 } as const;
    expect(readAddress(projectorSearch('?x=1', at))).toEqual(at);
  });

  it('opens the speaker view at the step shown', () => {
    expect(speakerAddress('/lessons/the-case/', 2)).toBe('/lessons/the-case/?speaker&step=3');
  });
});
