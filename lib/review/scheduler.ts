/**
 * Spaced repetition with FSRS (ts-fsrs). Pure: takes a card and a time, returns the next card.
 * A missed question starts as a new card rated "again" at the moment it was missed, so it comes back
 * within minutes; each rating in review moves it, further out the better it was known.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";

// No fuzz: the same history gives the same schedule (testable, and explainable to learners).
const scheduler = fsrs({ enable_fuzz: false });

export const reviewRatings = ["again", "hard", "good", "easy"] as const;
export type ReviewRating = (typeof reviewRatings)[number];
const grade: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** The columns of a ReviewCard row. */
export type StoredCard = {
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

function toCard(card: StoredCard): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    ...(card.lastReview ? { last_review: card.lastReview } : {}),
  };
}

function fromCard(card: Card): StoredCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

export function scheduleMissed(missedAt: Date): StoredCard {
  return fromCard(scheduler.next(createEmptyCard(missedAt), missedAt, Rating.Again).card);
}

export function rateCard(card: StoredCard, rating: ReviewRating, now: Date): StoredCard {
  return fromCard(scheduler.next(toCard(card), now, grade[rating]).card);
}

/** When the card would next be due for each possible rating (shown on the rating buttons). */
export function previewRatings(card: StoredCard, now: Date): Record<ReviewRating, Date> {
  const preview = scheduler.repeat(toCard(card), now);
  return { again: preview[Rating.Again].card.due, hard: preview[Rating.Hard].card.due, good: preview[Rating.Good].card.due, easy: preview[Rating.Easy].card.due };
}
