import { describe, expect, it } from 'vitest';
import { gradeHotspot, pointInPolygon, pointInRegion } from '../../../src/grading/index.ts';
import { hotspot } from '../../fixtures/sample-items.ts';
import { bad, expectGradingError } from './helpers.ts';

const circle = { shape: 'circle' as const, coords: [50, 100, 20] };
const rect = { shape: 'rect' as const, coords: [0, 0, 100, 50] };
const lShape = [200, 0, 300, 0, 300, 50, 250, 50, 250, 100, 200, 100];

describe('hotspot geometry (viewBox units)', () => {
  it('finds points in a circle [cx, cy, r], edge included', () => {
    expect(pointInRegion(circle, 50, 100)).toBe(true);
    expect(pointInRegion(circle, 70, 100)).toBe(true);
    expect(pointInRegion(circle, 65, 115)).toBe(false);
  });

  it('finds points in a rect [x, y, width, height], edges included', () => {
    expect(pointInRegion(rect, 10, 10)).toBe(true);
    expect(pointInRegion(rect, 100, 50)).toBe(true);
    expect(pointInRegion(rect, 101, 10)).toBe(false);
    expect(pointInRegion(rect, 10, -1)).toBe(false);
  });

  it('finds points in a concave polygon by ray casting, edges and vertices included', () => {
    expect(pointInPolygon(225, 75, lShape)).toBe(true);
    expect(pointInPolygon(275, 25, lShape)).toBe(true);
    expect(pointInPolygon(275, 75, lShape)).toBe(false); // the notch of the L
    expect(pointInPolygon(250, 75, lShape)).toBe(true); // on an edge
    expect(pointInPolygon(300, 0, lShape)).toBe(true); // a vertex
    expect(pointInPolygon(199, 50, lShape)).toBe(false);
  });
});

describe('hotspot', () => {
  it('scores a point in the answer region 1', () => {
    expect(gradeHotspot(hotspot(), { x: 55, y: 105 })).toMatchObject({ score: 1, verdict: 'correct' });
  });

  it('scores the answer region chosen by keyboard 1', () => {
    expect(gradeHotspot(hotspot(), { region: 'rim' })).toMatchObject({ score: 1, verdict: 'correct' });
  });

  it("scores a point in another region 0, with that region's feedback and the answer named", () => {
    const g = gradeHotspot(hotspot(), { x: 10, y: 10 });
    expect(g).toMatchObject({ score: 0, verdict: 'incorrect' });
    expect(g.feedback.slice(0, 2)).toEqual([
      { kind: 'region', target: 'dermis', correct: false, message: 'The dermis, not the cells.' },
      { kind: 'answer', target: 'rim', correct: true, message: 'The answer: Osteoblast rim.' },
    ]);
  });

  it('names the region marked when it has no feedback of its own', () => {
    const g = gradeHotspot(hotspot(), { region: 'bone' });
    expect(g.feedback[0]).toEqual({
      kind: 'region',
      target: 'bone',
      correct: false,
      message: 'You marked Bone island.',
    });
  });

  it('says when a point lies outside every region', () => {
    const g = gradeHotspot(hotspot(), { x: 500, y: 500 });
    expect(g.score).toBe(0);
    expect(g.feedback[0]).toEqual({
      kind: 'region',
      correct: false,
      message: 'Your mark lies outside every labelled region.',
    });
  });

  it('counts a point where regions overlap as the answer when it lies in the answer', () => {
    const item = hotspot();
    item.regions[0]!.coords = [0, 0, 100, 100]; // now overlaps the rim circle
    expect(gradeHotspot(item, { x: 50, y: 90 }).score).toBe(1);
  });

  it('scores a point in the notch of a concave answer polygon 0', () => {
    const item = { ...hotspot(), answer: 'bone' };
    expect(gradeHotspot(item, { x: 225, y: 75 }).score).toBe(1);
    expect(gradeHotspot(item, { x: 275, y: 75 }).score).toBe(0);
  });

  it('throws for an unknown region, a point with a region, or a point that is not two numbers', () => {
    expectGradingError(
      () => gradeHotspot(hotspot(), { region: 'nucleus' }),
      'unknown-id',
      'region "nucleus" names no region (regions: dermis, rim, bone)',
    );
    expectGradingError(() => gradeHotspot(hotspot(), bad({ x: 1, y: 2, region: 'rim' })), 'wrong-shape');
    expectGradingError(() => gradeHotspot(hotspot(), bad({ x: 1 })), 'wrong-shape', 'needs "y"');
    expectGradingError(() => gradeHotspot(hotspot(), bad({ x: Number.NaN, y: 1 })), 'wrong-shape');
    expectGradingError(() => gradeHotspot(hotspot(), bad({ x: '1', y: 1 })), 'wrong-shape');
    expectGradingError(
      () => gradeHotspot(hotspot(), bad({})),
      'wrong-shape',
      '{ x, y } (a point) or { region }',
    );
  });
});
