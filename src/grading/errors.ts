/**
 * A response that does not fit the item (as opposed to a wrong answer, which is graded).
 */

export type GradingErrorCode =
  /** Not the response shape the item type takes (missing or extra field, wrong type). */
  | 'wrong-shape'
  /** Names an option, step, premise, choice, reason or region the item does not have. */
  | 'unknown-id'
  /** Names the same id twice. */
  | 'duplicate-id'
  /** An `order` response that leaves out steps. */
  | 'incomplete'
  /** A `rank` response longer than `k`. */
  | 'too-many'
  /** A number outside its range (`sct` value, certainty). */
  | 'out-of-range'
  /** The item has a type the engine does not grade. */
  | 'unknown-type'
  /** The item itself is broken (the schema should have stopped it at build). */
  | 'broken-item';

export interface GradingErrorDetails {
  code: GradingErrorCode;
  /** The item's id, when known. */
  itemId?: string;
  /** The response field at fault, e.g. "choice", "order", "pairs.p1". */
  field?: string;
}

export class GradingError extends Error {
  readonly code: GradingErrorCode;
  readonly itemId: string | undefined;
  readonly field: string | undefined;

  constructor(message: string, details: GradingErrorDetails) {
    super(details.itemId === undefined ? message : `item "${details.itemId}": ${message}`);
    this.name = 'GradingError';
    this.code = details.code;
    this.itemId = details.itemId;
    this.field = details.field;
  }
}

export function isGradingError(error: unknown): error is GradingError {
  return error instanceof GradingError;
}
