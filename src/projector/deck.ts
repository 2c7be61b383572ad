/**
 * The deck: where projector mode is in the lesson, as a pure `(deck, action) → deck`. No DOM:
 * the page measures how many screens a step needs (./paginate.ts) and tells the deck with
 * `laid-out`; the speaker view is told the projector's position with `follow`.
 *
 * The speaker view moves step by step (it shows a step whole); once a projector window has
 * answered (`linked`), that window owns the position and the speaker view only follows it.
 */

export interface Deck {
  /** How many steps (`##` sections) the lesson has. */
  readonly steps: number;
  /** The speaker view (notes, next step, clock), not the screen the room sees. */
  readonly speaker: boolean;
  readonly active: boolean;
  /** The step shown, from 0. */
  readonly step: number;
  /** The screen of that step shown, from 0, of `parts` screens. */
  readonly part: number;
  readonly parts: number;
  readonly blanked: boolean;
  /** Speaker view: a projector window answered, so it owns the position. */
  readonly linked: boolean;
}

/** A step's last screen, whatever its number turns out to be once the step is laid out. */
export const LAST_PART = Number.POSITIVE_INFINITY;

export type DeckAction =
  | { type: 'enter'; step: number; part?: number }
  | { type: 'leave' }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  /** The step shown was measured: it needs `parts` screens; show `part` (default: the one asked for, within bounds). */
  | { type: 'laid-out'; parts: number; part?: number }
  /** Blank the screen (`on`), bring it back, or toggle. */
  | { type: 'blank'; on?: boolean }
  /** Speaker view: the projector window's position. */
  | { type: 'follow'; step: number; part: number; parts: number; blanked: boolean }
  /** Speaker view: the projector window left. */
  | { type: 'unlink' };

export function newDeck(steps: number, speaker: boolean): Deck {
  if (!Number.isInteger(steps) || steps < 1) throw new RangeError(`a deck needs at least one step, not ${steps}`);
  return { steps, speaker, active: false, step: 0, part: 0, parts: 1, blanked: false, linked: false };
}

const clampStep = (deck: Deck, step: number) => Math.max(0, Math.min(deck.steps - 1, Math.trunc(step) || 0));

/** Moves to another step (or screen); a new step has one screen until it is laid out. */
function moveTo(deck: Deck, step: number, part: number): Deck {
  const to = clampStep(deck, step);
  const parts = to === deck.step ? deck.parts : 1;
  return { ...deck, step: to, part: deck.speaker ? 0 : part, parts: deck.speaker ? 1 : parts };
}

export function deckReducer(deck: Deck, action: DeckAction): Deck {
  switch (action.type) {
    case 'enter': {
      const part = Math.max(0, Math.trunc(action.part ?? 0) || 0);
      return { ...deck, active: true, step: clampStep(deck, action.step), part, parts: 1 };
    }
    case 'leave':
      return { ...deck, active: false, blanked: false };
    case 'follow':
      if (!deck.speaker) return deck;
      return {
        ...deck,
        linked: true,
        step: clampStep(deck, action.step),
        part: Math.max(0, action.part),
        parts: Math.max(1, action.parts),
        blanked: action.blanked,
      };
    case 'unlink':
      return deck.linked ? { ...deck, linked: false } : deck;
    case 'laid-out': {
      if (deck.speaker) return deck;
      const parts = Math.max(1, Math.trunc(action.parts));
      return { ...deck, parts, part: Math.max(0, Math.min(action.part ?? deck.part, parts - 1)) };
    }
  }
  // Moving and blanking: only in projector mode, and not in a speaker view a projector drives.
  if (!deck.active || (deck.speaker && deck.linked)) return deck;
  switch (action.type) {
    case 'blank': {
      const blanked = action.on ?? !deck.blanked;
      return blanked === deck.blanked ? deck : { ...deck, blanked };
    }
    case 'next':
      if (!deck.speaker && deck.part < deck.parts - 1) return { ...deck, part: deck.part + 1 };
      return deck.step < deck.steps - 1 ? moveTo(deck, deck.step + 1, 0) : deck;
    case 'prev':
      if (!deck.speaker && deck.part > 0) return { ...deck, part: deck.part - 1 };
      return deck.step > 0 ? moveTo(deck, deck.step - 1, LAST_PART) : deck;
    case 'first':
      return moveTo(deck, 0, 0);
    case 'last':
      return moveTo(deck, deck.steps - 1, 0);
  }
}

/** True when two decks show a different screen. */
export const movedBetween = (a: Deck, b: Deck): boolean => a.step !== b.step || a.part !== b.part;
