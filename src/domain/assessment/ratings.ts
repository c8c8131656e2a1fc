import type { Assessment, Rating } from './assessment-schema.ts';

/**
 * The rating of an item, read as an own property only: an item id such as `constructor` must never reach
 * `Object.prototype` through a plain-object lookup.
 */
export function findRating(assessment: Pick<Assessment, 'ratings'>, itemId: string): Rating | undefined {
  return Object.hasOwn(assessment.ratings, itemId) ? assessment.ratings[itemId] : undefined;
}

/**
 * The score a rating holds, or null when it has none or is marked not applicable. Scoring, drift and agreement
 * all read ratings through this one rule.
 */
export function readScore(rating: Rating | undefined): number | null {
  if (!rating || rating.na) return null;
  return typeof rating.score === 'number' ? rating.score : null;
}

/** The score a rater gave the item, or null when it is not rated (or marked not applicable). */
export function findScore(assessment: Pick<Assessment, 'ratings'>, itemId: string): number | null {
  return readScore(findRating(assessment, itemId));
}
