/** Assertion helpers shared by the grading tests. */
import { expect } from 'vitest';
import { GradingError, type GradingErrorCode } from '../../../src/grading/index.ts';

/** Run `fn` and return the GradingError it throws (failing the test otherwise). */
export function gradingError(fn: () => unknown): GradingError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GradingError);
    return error as GradingError;
  }
  throw new Error('expected a GradingError, but nothing was thrown');
}

export function expectGradingError(
  fn: () => unknown,
  code: GradingErrorCode,
  message?: string | RegExp,
): GradingError {
  const error = gradingError(fn);
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toContain(message);
  else if (message) expect(error.message).toMatch(message);
  return error;
}

/** Escape hatch for feeding ill-shaped responses to typed functions. */
export const bad = <T>(value: unknown): T => value as T;
