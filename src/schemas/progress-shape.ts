/**
 * The saved progress format's constants and TypeScript shape, zod-free: the bottom of the house, so
 * the zod schema (./progress.ts), the store's hand-written guard (src/stores/progress-format.ts)
 * and the scheduler (src/scheduling/) all take them from here.
 */
import { kebabIdPattern } from './ids.ts';

/** The format the store writes. Version 1 (no schedule) is still read, and migrated on load. */
export const PROGRESS_VERSION = 2;
export const PREVIOUS_PROGRESS_VERSION = 1;

/** Item ids and lesson slugs: kebab-case. */
export const slugPattern = kebabIdPattern;
/** Times as `Date.prototype.toISOString()` writes them. */
export const isoTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** Version 1's six certainty-based marks: right at certainty 1/2/3, wrong at 1/2/3. */
export const cbmMarksV1: readonly number[] = [1, 2, 3, 0, -2, -6];
/**
 * Version 2: any mark from the worst (wrong, very sure) to the best (right, very sure); partial
 * credit scales it. (Plain numbers, not an object: the bundler writes them in where they are used.)
 */
export const cbmMin = -6;
export const cbmMax = 3;
export const verdicts = ['correct', 'partial', 'incorrect'] as const;
/** The certainties: 0 = "no idea"; 1 not sure, 2 fairly sure, 3 very sure. */
export const certainties = [0, 1, 2, 3] as const;
/** Version 1's certainties: no "no idea" yet. */
export const certaintiesV1 = [1, 2, 3] as const;
/** The FSRS card states: new, learning, review, relearning. */
export const scheduleStates = [0, 1, 2, 3] as const;
/** FSRS's bounds on a card's difficulty. */
export const difficultyMin = 1;
export const difficultyMax = 10;

export type StoredVerdict = (typeof verdicts)[number];
export type StoredCertainty = (typeof certainties)[number];

/**
 * The verdict a score must carry: the grader's rule (grading/validate.ts verdictOf), written
 * again here because importing it would bundle the graders' shared code with the store.
 */
export function verdictFor(score: number): StoredVerdict {
  return score === 1 ? 'correct' : score === 0 ? 'incorrect' : 'partial';
}

export interface StoredGrade {
  /** In [0, 1]. */
  score: number;
  verdict: StoredVerdict;
  cbm?: number;
}

/** An FSRS card as saved (floats to 2 decimals: the saved text must stay small). */
export interface Schedule {
  /** ISO time the item is due again. */
  due: string;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  state: (typeof scheduleStates)[number];
  /** ISO time of the review that set this schedule. */
  lastReview: string;
}

export interface ItemProgress {
  /** The response as the grader takes it (certainty kept beside it). */
  lastResponse: Record<string, unknown>;
  lastGrade: StoredGrade;
  bestGrade: StoredGrade;
  attempts: number;
  certainty?: StoredCertainty;
  /** ISO time of the last attempt. */
  updatedAt: string;
  /** Slug of the lesson the item belongs to. */
  lesson: string;
  /** When to review it; absent until a first unhinted try was scheduled. */
  schedule?: Schedule;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  items: Record<string, ItemProgress>;
}

/** Version 1 as it was saved: no schedule, certainty 1-3, one of the six marks. */
export interface ItemProgressV1 extends Omit<ItemProgress, 'schedule' | 'certainty'> {
  certainty?: (typeof certaintiesV1)[number];
}

export interface ProgressV1 {
  version: typeof PREVIOUS_PROGRESS_VERSION;
  items: Record<string, ItemProgressV1>;
}
