/**
 * What an item island is given and how one item type plugs into the shared ItemFrame.
 * Types only from the schemas and the grader, so no zod reaches the browser.
 */
import type { FunctionComponent } from 'preact';
import type { Feedback, Grade, ItemType, ResponseFor } from '../grading/types.ts';
import type { ItemOf } from '../schemas/items/index.ts';
import type { ItemText } from '../text/html.ts';

// The rendered-text helpers live in src/text/html.ts (the build uses them too); re-exported
// here so an island finds everything about its props in one place.
export { escapeHtml, inline, letter, messageHtml, plain, type ItemText } from '../text/html.ts';

/**
 * A hotspot item's figure, prepared at build time: the page carries the figure once, as a
 * <symbol> in a sprite (src/build/figure-sprite.ts), and the item draws it with <use>.
 */
export interface InlineFigure {
  /** The id of the <symbol> in the page's sprite. */
  symbol: string;
  /** The figure's <title>, the accessible name of the <use> picture (a symbol's own title is not exposed through <use>). */
  title: string;
  /** The id of the figure's <desc> in the sprite, for aria-describedby. */
  describedBy?: string;
  /** The figure's viewBox: x, y, width, height. */
  viewBox: [number, number, number, number];
}

/** The props Quiz.astro hands every item island. */
export interface QuizProps<T extends ItemType = ItemType> {
  item: ItemOf<T>;
  /** Slug of the lesson the item belongs to. */
  lesson: string;
  text: ItemText;
  /** Where to review: the section in `teaches`, under the base path. */
  reviewUrl: string;
  /** "Lesson title: section heading" for the review link. */
  reviewLabel: string;
  /** Only for hotspot items. */
  figure?: InlineFigure;
  /** Prefix for element ids, when one page shows an item twice. */
  idBase?: string;
}

export interface ControlsProps<T extends ItemType, D> {
  item: ItemOf<T>;
  text: ItemText;
  draft: D;
  setDraft(draft: D): void;
  /** After checking, until "Try again". */
  locked: boolean;
  grade?: Grade | undefined;
  /** Projector mode shows the key on the controls when revealed. */
  revealed: boolean;
  idBase: string;
  figure?: InlineFigure | undefined;
}

export interface TallyCategory {
  id: string;
  /** A, B, C ... or the scale value. */
  letter: string;
  /** Plain text, for the input's label and the chart. */
  label: string;
  key: boolean;
}

export type Grader<T extends ItemType> = (item: ItemOf<T>, response: ResponseFor<T>) => Grade;

/**
 * One item type: its draft answer and its controls. The grader is loaded when first
 * needed (checking, or showing a saved answer), so a page ships no grading code until then.
 */
export interface ItemView<T extends ItemType, D> {
  empty(item: ItemOf<T>): D;
  /** The draft that shows a saved response again (one the grader has validated: it fits the item). */
  restore(item: ItemOf<T>, response: ResponseFor<T>): D;
  /**
   * The draft the server-rendered form holds when the island hydrates (what the learner did
   * before its code arrived), or undefined when they did nothing there. Controls that need code
   * (move buttons, the figure) have no form state and leave it out.
   */
  fromForm?(item: ItemOf<T>, form: FormData, idBase: string): D | undefined;
  /** The response to grade, or a sentence saying what is still missing. */
  response(item: ItemOf<T>, draft: D): ResponseFor<T> | string;
  grader(): Promise<Grader<T>>;
  Controls: FunctionComponent<ControlsProps<T, D>>;
  /** A label (inline HTML) for what a feedback entry is about, e.g. "B. GNAS". */
  about?(item: ItemOf<T>, text: ItemText, feedback: Feedback): string | undefined;
}
