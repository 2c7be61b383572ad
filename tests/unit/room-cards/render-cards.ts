/**
 * Test helper: paints answer cards into a picture, as a camera would see them, from the same
 * marker bits the printed cards use (src/room-cards/aruco.ts). Used by the unit tests (RGBA
 * frames for the detector) and the browser test (a Y4M video for Chromium's fake camera).
 */
import { cardBits } from '../../../src/room-cards/aruco.ts';

/** A grey picture, one byte a pixel (0 black, 255 white). */
export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface Placement {
  card: number;
  /** Centre of the marker, pixels. */
  x: number;
  y: number;
  /** Side of the marker's black square, pixels. */
  size: number;
  /** How far the card is turned clockwise in the picture, degrees. */
  turn: number;
}

/** A picture of a room: a mid-grey wall (cards show their white margin around the marker). */
export function room(width: number, height: number, shade = 150): Grey {
  return { width, height, data: new Uint8Array(width * height).fill(shade) };
}

/** Paints one card (its white margin, the black border, the data bits), turned by `turn`. */
export function paintCard(picture: Grey, { card, x, y, size, turn }: Placement): void {
  const bits = cardBits(card);
  const cells = bits.length + 2; // the black border round the data bits
  const cell = size / cells;
  const margin = cell * 2; // the printed card's white quiet zone, two cells wide
  const half = size / 2 + margin;
  const rad = (turn * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const reach = Math.ceil(half * Math.SQRT2) + 1;
  for (let py = Math.max(0, Math.floor(y - reach)); py < Math.min(picture.height, y + reach); py++) {
    for (let px = Math.max(0, Math.floor(x - reach)); px < Math.min(picture.width, x + reach); px++) {
      // Back into the card's own frame (undo the clockwise turn), sampling at the pixel's centre.
      const dx = px + 0.5 - x;
      const dy = py + 0.5 - y;
      const u = dx * cos + dy * sin;
      const v = -dx * sin + dy * cos;
      if (Math.abs(u) > half || Math.abs(v) > half) continue;
      const col = Math.floor((u + size / 2) / cell);
      const row = Math.floor((v + size / 2) / cell);
      let white = true;
      if (col >= 0 && col < cells && row >= 0 && row < cells) {
        const inside = col > 0 && col < cells - 1 && row > 0 && row < cells - 1;
        white = inside && bits[row - 1]![col - 1] === 1;
      }
      picture.data[py * picture.width + px] = white ? 255 : 0;
    }
  }
}

/** The picture as RGBA, the shape of a canvas ImageData. */
export function toRgba(picture: Grey): { width: number; height: number; data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(picture.width * picture.height * 4);
  for (let i = 0; i < picture.data.length; i++) {
    data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = picture.data[i]!;
    data[i * 4 + 3] = 255;
  }
  return { width: picture.width, height: picture.height, data };
}

/**
 * A Y4M video (the format Chromium's fake camera reads): the header, then `frames` copies of
 * the picture as raw I420 (the grey as luma, chroma neutral).
 */
export function toY4m(picture: Grey, frames = 2): Buffer {
  const { width, height } = picture;
  if (width % 2 || height % 2) throw new RangeError('I420 needs an even width and height.');
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), Buffer.from(picture.data), chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}
