import { describe, expect, it } from 'vitest';
import { deckReducer, LAST_PART, movedBetween, newDeck, type Deck, type DeckAction } from '../../../src/projector/deck.ts';

/** Runs actions in order; `laid-out` stands for the page measuring each step it shows. */
const run = (deck: Deck, ...actions: DeckAction[]) => actions.reduce(deckReducer, deck);
/** A projector deck over steps needing these numbers of screens, entered at step 0, with the page's measuring simulated. */
function projector(screens: number[]) {
  let deck = run(newDeck(screens.length, false), { type: 'enter', step: 0 });
  const measure = () => (deck = deckReducer(deck, { type: 'laid-out', parts: screens[deck.step]! }));
  measure();
  return {
    get deck() {
      return deck;
    },
    do(action: DeckAction) {
      deck = deckReducer(deck, action);
      measure();
      return [deck.step, deck.part];
    },
  };
}

describe('the projector deck', () => {
  it('starts inactive at the first screen of the first step', () => {
    expect(newDeck(3, false)).toEqual({ steps: 3, speaker: false, active: false, step: 0, part: 0, parts: 1, blanked: false, linked: false });
  });

  it('refuses a lesson without steps', () => {
    expect(() => newDeck(0, false)).toThrow(/at least one step/);
  });

  it('next walks through every screen of a split step, then on to the next step', () => {
    const p = projector([1, 3, 2]);
    expect([p.deck.step, p.deck.part, p.deck.parts]).toEqual([0, 0, 1]);
    const walk = [p.do({ type: 'next' }), p.do({ type: 'next' }), p.do({ type: 'next' }), p.do({ type: 'next' }), p.do({ type: 'next' })];
    expect(walk).toEqual([[1, 0], [1, 1], [1, 2], [2, 0], [2, 1]]);
    expect(p.deck.parts).toBe(2);
  });

  it('prev goes back screen by screen, and into the last screen of the step before', () => {
    const p = projector([2, 3, 1]);
    p.do({ type: 'last' });
    expect([p.deck.step, p.deck.part]).toEqual([2, 0]);
    const walk = [p.do({ type: 'prev' }), p.do({ type: 'prev' }), p.do({ type: 'prev' }), p.do({ type: 'prev' }), p.do({ type: 'prev' })];
    expect(walk).toEqual([[1, 2], [1, 1], [1, 0], [0, 1], [0, 0]]);
  });

  it('a step entered backwards waits for its measure to know its last screen', () => {
    const deck = run(newDeck(2, false), { type: 'enter', step: 1 }, { type: 'laid-out', parts: 1 }, { type: 'prev' });
    expect([deck.step, deck.part]).toEqual([0, LAST_PART]);
    expect(deckReducer(deck, { type: 'laid-out', parts: 4 }).part).toBe(3);
  });

  it('stays put at either end', () => {
    const p = projector([2, 1]);
    const start = p.deck;
    expect(deckReducer(start, { type: 'prev' })).toBe(start);
    p.do({ type: 'last' });
    const end = p.deck;
    expect(deckReducer(end, { type: 'next' })).toBe(end);
    expect(movedBetween(start, end)).toBe(true);
    expect(movedBetween(end, deckReducer(end, { type: 'next' }))).toBe(false);
  });

  it('first and last go to the first screen of the first and last steps', () => {
    const p = projector([1, 3, 3]);
    p.do({ type: 'next' });
    p.do({ type: 'next' });
    expect(p.do({ type: 'last' })).toEqual([2, 0]);
    p.do({ type: 'next' });
    expect(p.do({ type: 'last' }), 'from a later screen of the last step').toEqual([2, 0]);
    expect(p.do({ type: 'first' })).toEqual([0, 0]);
  });

  it('keeps step and screen within bounds, whatever the address asked for', () => {
    const enter = (step: number, part?: number) => run(newDeck(3, false), { type: 'enter', step, ...(part === undefined ? {} : { part }) }, { type: 'laid-out', parts: 2 });
    expect([enter(9).step, enter(-4).step, enter(Number.NaN).step, enter(1.7).step]).toEqual([2, 0, 0, 1]);
    expect([enter(1, 5).part, enter(1, -2).part, enter(1, 1).part]).toEqual([1, 0, 1]);
  });

  it('a new measure keeps the screen, within the new number of screens, or moves to the one asked for', () => {
    const deck = run(newDeck(1, false), { type: 'enter', step: 0, part: 2 }, { type: 'laid-out', parts: 4 });
    expect(deck.part).toBe(2);
    expect(deckReducer(deck, { type: 'laid-out', parts: 2 })).toMatchObject({ part: 1, parts: 2 });
    expect(deckReducer(deck, { type: 'laid-out', parts: 5, part: 4 })).toMatchObject({ part: 4, parts: 5 });
  });

  it('blank toggles, or is set; leaving projector mode brings the screen back', () => {
    const deck = run(newDeck(2, false), { type: 'enter', step: 0 });
    const blanked = deckReducer(deck, { type: 'blank' });
    expect(blanked.blanked).toBe(true);
    expect(deckReducer(blanked, { type: 'blank' }).blanked).toBe(false);
    expect(deckReducer(blanked, { type: 'blank', on: true })).toBe(blanked);
    expect(deckReducer(blanked, { type: 'blank', on: false }).blanked).toBe(false);
    expect(deckReducer(blanked, { type: 'leave' })).toMatchObject({ active: false, blanked: false, step: 0 });
  });

  it('does not move or blank outside projector mode', () => {
    const idle = newDeck(3, false);
    for (const type of ['next', 'prev', 'first', 'last', 'blank'] as const) expect(deckReducer(idle, { type }), type).toBe(idle);
  });

  it('leaving keeps the position, so the document scrolls back to the step that was shown', () => {
    const p = projector([1, 2, 1]);
    p.do({ type: 'next' });
    p.do({ type: 'next' });
    expect(deckReducer(p.deck, { type: 'leave' })).toMatchObject({ active: false, step: 1, part: 1 });
  });

  it('ignores what only the speaker view is told', () => {
    const deck = run(newDeck(3, false), { type: 'enter', step: 0 });
    expect(deckReducer(deck, { type: 'follow', step: 2, part: 0, parts: 1, blanked: true })).toBe(deck);
  });
});

describe('the speaker view deck', () => {
  const speaker = () => run(newDeck(4, true), { type: 'enter', step: 1 });

  it('on its own, moves a whole step at a time (it shows steps whole)', () => {
    const deck = speaker();
    expect(run(deck, { type: 'next' })).toMatchObject({ step: 2, part: 0, parts: 1 });
    expect(run(deck, { type: 'prev' })).toMatchObject({ step: 0, part: 0 });
    expect(run(deck, { type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' }).step).toBe(3);
    expect(deckReducer(deck, { type: 'laid-out', parts: 3 }), 'the speaker view is never laid out in screens').toBe(deck);
  });

  it('follows the projector window, which then owns the position', () => {
    const linked = deckReducer(speaker(), { type: 'follow', step: 3, part: 1, parts: 2, blanked: true });
    expect(linked).toMatchObject({ linked: true, step: 3, part: 1, parts: 2, blanked: true });
    for (const type of ['next', 'prev', 'first', 'last', 'blank'] as const) expect(deckReducer(linked, { type }), type).toBe(linked);
  });

  it('moves on its own again once the projector window has left', () => {
    const linked = deckReducer(speaker(), { type: 'follow', step: 2, part: 0, parts: 1, blanked: false });
    const alone = deckReducer(linked, { type: 'unlink' });
    expect(alone.linked).toBe(false);
    expect(deckReducer(alone, { type: 'next' }).step).toBe(3);
    expect(deckReducer(alone, { type: 'blank' }).blanked).toBe(true);
  });

  it('keeps a followed position within the lesson', () => {
    expect(deckReducer(speaker(), { type: 'follow', step: 40, part: -1, parts: 0, blanked: false })).toMatchObject({ step: 3, part: 0, parts: 1 });
  });
});
