/**
 * The room's answers while the teacher scans the cards: held in memory only (never saved,
 * like everything in projector mode), for the item in view. The scanner writes here; the
 * item's tally (src/islands/Tally.tsx) reads it. Tiny and detector-free, so the tally can
 * import it without loading js-aruco2.
 */
import { atom } from 'nanostores';
import { CARD_COUNT, type CardLetter } from './cards.ts';

export interface RoomScan {
  /** The quiz item the answers belong to (its `data-quiz-item`), or null when no item is in view. */
  item: string | null;
  /** The latest answer of each card seen, by card number. */
  answers: Readonly<Record<number, CardLetter>>;
  /** How many cards are handed out (1 to this), for "not answered". */
  inUse: number;
  /** The camera is reading. */
  live: boolean;
}

export const roomScan = atom<RoomScan | null>(null);

/** How many cards are in use: remembered for the session (in memory) once the teacher sets it. */
export const cardsInUse = atom<number>(CARD_COUNT);
