import { describe, expect, it } from 'vitest';
import { createCardReader } from '../../../src/room-cards/aruco.ts';
import {
  CARD_COUNT,
  answerOfCorners,
  cardOfMarker,
  markerOfCard,
  readCards,
  tallyRoom,
  type CardLetter,
  type Point,
} from '../../../src/room-cards/cards.ts';
import { paintCard, room, toRgba } from './render-cards.ts';

/** A square's corners, printed top-left first and clockwise, turned clockwise by `turn` degrees about (100, 100). */
function corners(turn: number): Point[] {
  const rad = (turn * Math.PI) / 180;
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([x, y]) => ({ x: 100 + 50 * (x! * Math.cos(rad) - y! * Math.sin(rad)), y: 100 + 50 * (x! * Math.sin(rad) + y! * Math.cos(rad)) }));
}

/** The letter on top after a clockwise turn: the printed top (A), then the left edge (D) comes up, and so on. */
const onTop: Record<number, CardLetter> = { 0: 'A', 90: 'D', 180: 'C', 270: 'B' };

describe('which way up gives which answer', () => {
  it.each(Object.entries(onTop))('turned %s° clockwise, the card answers %s', (turn, letter) => {
    expect(answerOfCorners(corners(Number(turn)))).toBe(letter);
  });

  it('a card held a little askew still answers by the nearest quarter turn', () => {
    expect(answerOfCorners(corners(30))).toBe('A');
    expect(answerOfCorners(corners(-35))).toBe('A');
    expect(answerOfCorners(corners(60))).toBe('D');
    expect(answerOfCorners(corners(200))).toBe('C');
    expect(answerOfCorners(corners(-100))).toBe('B');
  });

  it('refuses a shape that is not a square marker', () => {
    expect(() => answerOfCorners(corners(0).slice(0, 3))).toThrow(/4 corners/);
  });
});

describe('cards and markers', () => {
  it('card n is marker n - 1, and markers beyond the set are not cards', () => {
    expect(markerOfCard(1)).toBe(0);
    expect(cardOfMarker(markerOfCard(CARD_COUNT))).toBe(CARD_COUNT);
    expect(cardOfMarker(CARD_COUNT)).toBeUndefined();
    expect(cardOfMarker(-1)).toBeUndefined();
    expect(() => markerOfCard(0)).toThrow(/numbered 1 to 40/);
  });

  it('reads each card once, and ignores markers that are not ours', () => {
    const cards = readCards([
      { id: 4, corners: corners(0) },
      { id: 4, corners: corners(90) },
      { id: 200, corners: corners(0) },
      { id: 9, corners: corners(180) },
    ]);
    expect(cards).toEqual([
      { card: 5, answer: 'A' },
      { card: 10, answer: 'C' },
    ]);
  });

  it('tallies the room: counts per letter and the cards in use not seen', () => {
    expect(tallyRoom({ 1: 'A', 2: 'B', 3: 'B', 7: 'D', 30: 'A' }, 8)).toEqual({
      counts: { A: 1, B: 2, C: 0, D: 1 },
      missing: [4, 5, 6, 8],
      answered: 4,
    });
  });
});

describe('the detector behind the wrapper reads painted cards', () => {
  const read = createCardReader();

  it.each(Object.entries(onTop))('one card turned %s° reads as %s', (turn, letter) => {
    const picture = room(480, 360);
    paintCard(picture, { card: 17, x: 240, y: 180, size: 160, turn: Number(turn) });
    expect(read(toRgba(picture))).toEqual([{ card: 17, answer: letter }]);
  });

  it('reads a room of cards at once, each with its own answer, held askew', () => {
    const picture = room(1280, 720);
    const held = [
      { card: 1, turn: 0 },
      { card: 2, turn: 90 },
      { card: 3, turn: 180 },
      { card: 4, turn: 270 },
      { card: 12, turn: 12 },
      { card: 25, turn: 100 },
      { card: 39, turn: -80 },
      { card: 40, turn: 0 },
    ];
    held.forEach(({ card, turn }, i) => {
      paintCard(picture, { card, turn, x: 160 + (i % 4) * 320, y: 180 + Math.floor(i / 4) * 360, size: 150 });
    });
    const seen = read(toRgba(picture)).sort((a, b) => a.card - b.card);
    expect(seen).toEqual([
      { card: 1, answer: 'A' },
      { card: 2, answer: 'D' },
      { card: 3, answer: 'C' },
      { card: 4, answer: 'B' },
      { card: 12, answer: 'A' },
      { card: 25, answer: 'D' },
      { card: 39, answer: 'B' },
      { card: 40, answer: 'A' },
    ]);
  });

  it('sees no card in a blank wall', () => {
    expect(read(toRgba(room(320, 240)))).toEqual([]);
  });
});
