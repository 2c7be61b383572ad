import { describe, expect, it } from 'vitest';
import { disorderPairs } from '../../../src/projector/differential-pairs.ts';
import { halves, nextRegion, parseRegions, regionPath } from '../../../src/projector/spotlight.ts';

describe('the differential two at a time', () => {
  it('pairs the reference (POH, the first column) with each other disorder in table order', () => {
    expect(disorderPairs(['poh', 'fop', 'oc', 'aho'])).toEqual([
      ['poh', 'fop'],
      ['poh', 'oc'],
      ['poh', 'aho'],
    ]);
  });

  it('can take another column as the reference, and refuses one that is not there', () => {
    expect(disorderPairs(['a', 'b', 'c'], 1)).toEqual([
      ['b', 'a'],
      ['b', 'c'],
    ]);
    expect(disorderPairs(['a'])).toEqual([]);
    expect(() => disorderPairs(['a', 'b'], 2)).toThrow(/reference column 2/);
  });
});

describe('spotlight regions', () => {
  it('moves to the next region and, past the last, turns off', () => {
    expect([nextRegion(-1, 3), nextRegion(0, 3), nextRegion(2, 3), nextRegion(-1, 0)]).toEqual([0, 1, -1, -1]);
  });

  it('a figure without named regions has its two halves', () => {
    expect(halves([0, 0, 800, 600])).toEqual([
      { label: 'left half', shape: 'rect', coords: [0, 0, 400, 600] },
      { label: 'right half', shape: 'rect', coords: [400, 0, 400, 600] },
    ]);
  });

  it('draws each shape as a closed path', () => {
    expect(regionPath({ label: 'r', shape: 'rect', coords: [1, 2, 3, 4] })).toBe('M1,2h3v4h-3Z');
    expect(regionPath({ label: 'p', shape: 'polygon', coords: [0, 0, 10, 0, 5, 8] })).toBe('M0,0L10,0L5,8Z');
    expect(regionPath({ label: 'c', shape: 'circle', coords: [10, 10, 5] })).toBe('M5,10a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z');
  });

  it('reads the regions a figure lists, and ignores a malformed list', () => {
    const good = [{ label: 'Marker 1', shape: 'circle', coords: [150, 290, 52] }];
    expect(parseRegions(JSON.stringify(good))).toEqual(good);
    expect(parseRegions(JSON.stringify([{ label: 'x', shape: 'star', coords: [1] }]))).toBeUndefined();
    expect(parseRegions('{not json')).toBeUndefined();
    expect(parseRegions(undefined)).toBeUndefined();
  });
});
