/**
 * The one module that imports ts-fsrs (FSRS, the scheduler Anki uses): the next schedule of an item
 * after a review. The store loads it with import() when a grade is recorded, so no page ships it
 * before then.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card } from 'ts-fsrs';
import type { Schedule } from '../schemas/progress-shape.ts';
import { ratingFor, ratings } from './rating.ts';
import type { StoredCertainty, StoredVerdict } from '../schemas/progress-shape.ts';

const scheduler = fsrs(
  generatorParameters({
    // Dates the learner can predict and tests can pin: no random spread of intervals.
    enable_fuzz: false,
    // One short step: a new or lapsed item answered well graduates to days at once (a lesson's
    // items are not flashcards to drill in one sitting); Hard comes back within minutes.
    learning_steps: ['1m'],
    relearning_steps: ['1m'],
  }),
);

const round2 = (n: number) => Math.round(n * 100) / 100;

function cardOf(saved: Schedule): Card {
  const due = new Date(saved.due);
  const lastReview = new Date(saved.lastReview);
  const days = Math.max(0, Math.round((due.getTime() - lastReview.getTime()) / 86_400_000));
  return {
    due,
    stability: saved.stability,
    difficulty: saved.difficulty,
    elapsed_days: 0,
    scheduled_days: days,
    // With one (re)learning step, a card in learning is always on its first.
    learning_steps: 0,
    reps: saved.reps,
    lapses: saved.lapses,
    state: saved.state,
    last_review: lastReview,
  };
}

function savedOf(card: Card, at: Date): Schedule {
  return {
    due: card.due.toISOString(),
    // FSRS refuses a stability of 0: the smallest two-decimal value stands in for a tinier one.
    stability: Math.max(0.01, round2(card.stability)),
    difficulty: round2(card.difficulty),
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as Schedule['state'],
    lastReview: at.toISOString(),
  };
}

/**
 * The schedule after answering at `at` with this verdict and certainty, from the previous schedule
 * (none for an item never scheduled). A wrong answer is due at once: the review queue may offer it
 * straight away (FSRS alone would wait a minute, its one relearning step).
 */
export function nextSchedule(previous: Schedule | undefined, verdict: StoredVerdict, certainty: StoredCertainty | undefined, at: Date): Schedule {
  const rating = ratingFor(verdict, certainty);
  const { card } = scheduler.next(previous ? cardOf(previous) : createEmptyCard(at), at, rating);
  const saved = savedOf(card, at);
  if (rating === ratings.again) saved.due = at.toISOString();
  return saved;
}
