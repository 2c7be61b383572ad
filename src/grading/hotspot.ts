/**
 * `hotspot` on a figure: 1 if the point lies in the answer region (edges count as
 * inside), or the region chosen by keyboard is the answer. Coordinates are in the
 * figure's viewBox units: circle [cx, cy, r], rect [x, y, width, height],
 * polygon [x1, y1, x2, y2, ...].
 */
import type { HotspotItemInput, HotspotRegion } from '../schemas/items/hotspot.ts';
import type { Feedback, Grade, HotspotResponse } from './types.ts';
import { expectId, expectItem, expectNumber, expectShape, fail, finish, isPlainObject } from './validate.ts';

type Region = Pick<HotspotRegion, 'shape' | 'coords'>;

const EDGE = 1e-9;

function onSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): boolean {
  const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  const scale = Math.max(1, Math.hypot(bx - ax, by - ay));
  if (Math.abs(cross) > EDGE * scale * scale) return false;
  return (
    px >= Math.min(ax, bx) - EDGE &&
    px <= Math.max(ax, bx) + EDGE &&
    py >= Math.min(ay, by) - EDGE &&
    py <= Math.max(ay, by) + EDGE
  );
}

/** Even-odd ray casting, with points on an edge counted as inside. */
export function pointInPolygon(x: number, y: number, coords: readonly number[]): boolean {
  const n = Math.floor(coords.length / 2);
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = coords[2 * i]!;
    const yi = coords[2 * i + 1]!;
    const xj = coords[2 * j]!;
    const yj = coords[2 * j + 1]!;
    if (onSegment(x, y, xi, yi, xj, yj)) return true;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether (x, y) lies in the region (edges included). */
export function pointInRegion(region: Region, x: number, y: number): boolean {
  const c = region.coords;
  switch (region.shape) {
    case 'circle': {
      const [cx, cy, r] = c as [number, number, number];
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    }
    case 'rect': {
      const [rx, ry, w, h] = c as [number, number, number, number];
      return x >= rx && x <= rx + w && y >= ry && y <= ry + h;
    }
    case 'polygon':
      return pointInPolygon(x, y, c);
    default:
      return false;
  }
}

/**
 * Throws GradingError unless `response` is `{ x, y }` (finite numbers) or
 * `{ region }` naming a region of the item, not both.
 */
export function validateHotspotResponse(item: HotspotItemInput, response: unknown): HotspotResponse {
  expectItem(item, 'hotspot');
  if (isPlainObject(response) && response.region !== undefined) {
    const r = expectShape(item, response, ['region']);
    expectId(item, r.region, item.regions, 'region', 'region');
    return r as unknown as HotspotResponse;
  }
  if (isPlainObject(response) && response.x === undefined && response.y === undefined) {
    fail(
      item,
      'wrong-shape',
      undefined,
      'a hotspot response is { x, y } (a point) or { region } (a region id)',
    );
  }
  const r = expectShape(item, response, ['x', 'y']);
  expectNumber(item, r.x, 'x');
  expectNumber(item, r.y, 'y');
  return r as unknown as HotspotResponse;
}

export function gradeHotspot(item: HotspotItemInput, response: HotspotResponse): Grade {
  const valid = validateHotspotResponse(item, response);
  const answer = item.regions.find((region) => region.id === item.answer);
  let marked: (typeof item.regions)[number] | undefined;
  if (valid.region !== undefined) {
    marked = item.regions.find((region) => region.id === valid.region);
  } else {
    const hits = item.regions.filter((region) => pointInRegion(region, valid.x!, valid.y!));
    marked = hits.find((region) => region.id === item.answer) ?? hits[0];
  }
  const right = marked !== undefined && marked.id === item.answer;
  const feedback: Feedback[] = [];
  if (marked) {
    feedback.push({
      kind: 'region',
      target: marked.id,
      correct: right,
      message: marked.feedback ?? (right ? `Yes: ${marked.label}.` : `You marked ${marked.label}.`),
    });
  } else {
    feedback.push({
      kind: 'region',
      correct: false,
      message: 'Your mark lies outside every labelled region.',
    });
  }
  if (!right && answer) {
    feedback.push({
      kind: 'answer',
      target: answer.id,
      correct: true,
      message: `The answer: ${answer.label}.`,
    });
  }
  return finish(item, right ? 1 : 0, feedback, response);
}
