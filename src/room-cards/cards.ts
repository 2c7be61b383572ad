/**
 * The room's answer cards, pure: which marker is which card, which way up gives which answer,
 * and the room's tally. No camera, no DOM, no js-aruco2 (./aruco.ts wraps that), so the rules
 * are unit-tested alone and the tally can import them without loading the detector.
 *
 * A card is a square ArUco marker (dictionary ARUCO_MIP_36h12: 250 codes, at least 12 bits
 * apart, so a misread bit never turns one card into another). Card n is marker n - 1. The
 * student turns the card so the letter they choose is at the top edge and holds it up.
 */

/** The js-aruco2 dictionary the cards are printed from and read with. */
export const CARD_DICTIONARY = 'ARUCO_MIP_36h12';
/** How many cards the printed set has (numbered 1 to CARD_COUNT). */
export const CARD_COUNT = 40;
/** The answers, in the order of the card's edges: top, right, bottom, left (as printed). */
export const CARD_LETTERS = ['A', 'B', 'C', 'D'] as const;
export type CardLetter = (typeof CARD_LETTERS)[number];

export interface Point {
  x: number;
  y: number;
}

/** What the detector reports: the marker's id and its corners, the printed top-left first, clockwise. */
export interface DecodedMarker {
  id: number;
  corners: readonly Point[];
}

export interface CardAnswer {
  card: number;
  answer: CardLetter;
}

/** The card a marker id is, or undefined for a marker that is not one of ours. */
export const cardOfMarker = (id: number): number | undefined =>
  Number.isInteger(id) && id >= 0 && id < CARD_COUNT ? id + 1 : undefined;

/** The marker id printed on card n (1-based). */
export function markerOfCard(card: number): number {
  if (!Number.isInteger(card) || card < 1 || card > CARD_COUNT) throw new RangeError(`No card ${card}: the cards are numbered 1 to ${CARD_COUNT}.`);
  return card - 1;
}

/**
 * The answer a card shows: the printed edge that is uppermost in the image. The corners give
 * where the printed top edge now points; the edge on top follows from that quarter turn.
 * Image coordinates: y grows downwards.
 */
export function answerOfCorners(corners: readonly Point[]): CardLetter {
  if (corners.length !== 4) throw new RangeError(`A marker has 4 corners, not ${corners.length}.`);
  const [c0, c1, c2, c3] = corners as [Point, Point, Point, Point];
  const cx = (c0.x + c1.x + c2.x + c3.x) / 4;
  const cy = (c0.y + c1.y + c2.y + c3.y) / 4;
  // Where the printed top edge points, as an angle from "up" measured clockwise.
  const dx = (c0.x + c1.x) / 2 - cx;
  const dy = (c0.y + c1.y) / 2 - cy;
  const clockwise = (Math.atan2(dx, -dy) * 180) / Math.PI; // 0 = printed top is up, 90 = it points right
  const quarter = ((Math.round(clockwise / 90) % 4) + 4) % 4;
  // Turned a quarter clockwise, the printed left edge (D) is on top; a half turn, the bottom (C); and so on.
  return CARD_LETTERS[(4 - quarter) % 4]!;
}

/** The cards in one frame: ours only, each once. */
export function readCards(markers: readonly DecodedMarker[]): CardAnswer[] {
  const seen = new Map<number, CardLetter>();
  for (const marker of markers) {
    const card = cardOfMarker(marker.id);
    if (card !== undefined && !seen.has(card)) seen.set(card, answerOfCorners(marker.corners));
  }
  return [...seen].map(([card, answer]) => ({ card, answer }));
}

export interface RoomTally {
  counts: Record<CardLetter, number>;
  /** Cards in use (1 to `inUse`) not seen yet, by number. */
  missing: number[];
  answered: number;
}

/** How many chose each letter, and which cards in use have not answered. */
export function tallyRoom(answers: Readonly<Record<number, CardLetter>>, inUse: number): RoomTally {
  const counts: Record<CardLetter, number> = { A: 0, B: 0, C: 0, D: 0 };
  const missing: number[] = [];
  let answered = 0;
  for (let card = 1; card <= inUse; card++) {
    const answer = answers[card];
    if (answer) {
      counts[answer]++;
      answered++;
    } else missing.push(card);
  }
  return { counts, missing, answered };
}
