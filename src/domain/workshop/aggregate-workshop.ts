import { compareRaters, type AgreementSummary } from '../agreement/compare-raters.ts';
import type { Assessment } from '../assessment/assessment-schema.ts';
import { findRating, findScore } from '../assessment/ratings.ts';
import type { Rubric } from '../rubric/rubric-schema.ts';

export interface ScoreCount {
  score: number;
  count: number;
}

/** How a room rated one item. */
export interface ItemSpread {
  item: string;
  number: number;
  /** One entry per score of the scale, lowest first, zero counts included (so every chart has the same axis). */
  counts: ScoreCount[];
  notApplicable: number;
  unrated: number;
  /** Participants who gave a score. */
  rated: number;
  reference: number | null;
  mean: number | null;
  /** Standard deviation of the scores given (population form: the room is the whole population here). */
  standardDeviation: number | null;
  /** Highest minus lowest score given. */
  range: number | null;
  /** Share (0–1) of the scores given that equal the reference. */
  atReference: number | null;
  /** Mean signed difference from the reference: positive when the room rates more generously. */
  meanDifferenceFromReference: number | null;
}

/** How far one participant's ratings are from the reference. Identified by position, never by name, here. */
export interface ParticipantDistance {
  /** Position of the participant in the list given (0-based). */
  index: number;
  /** Items the participant scored that have a reference score. */
  compared: number;
  exact: number;
  withinOne: number;
  meanAbsoluteDistance: number | null;
  /** Mean signed difference: positive when the participant rates more generously than the reference. */
  meanSignedDistance: number | null;
}

export interface WorkshopSummary {
  participants: number;
  /** Every item, in the rubric's order. */
  items: ItemSpread[];
  /** Item ids in the order to discuss them: widest disagreement first (standard deviation, then range). */
  discussionOrder: string[];
  /** Agreement among the participants (the reference is not one of the raters). */
  agreement: AgreementSummary;
  distances: ParticipantDistance[];
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Aggregates a workshop room's ratings of the same vignette, item by item: the distribution of scores against
 * the reference rating, spread figures, the order in which to discuss the items (widest spread first, the
 * rubric's order among equals), agreement among participants, and each participant's distance from the
 * reference. `reference` maps item ids to reference scores; without one, only the room's own figures are given.
 */
export function aggregateWorkshop(rubric: Rubric, participants: ReadonlyArray<Pick<Assessment, 'ratings'>>, reference: Readonly<Record<string, number>> = {}): WorkshopSummary {
  const referenceOf = (itemId: string) => (Object.hasOwn(reference, itemId) ? (reference[itemId] ?? null) : null);
  const items = rubric.items.map((item): ItemSpread => {
    const scores: number[] = [];
    let notApplicable = 0;
    for (const participant of participants) {
      const score = findScore(participant, item.id);
      if (score !== null) scores.push(score);
      else if (findRating(participant, item.id)?.na) notApplicable += 1;
    }
    const counts: ScoreCount[] = [];
    for (let score = rubric.scale.min; score <= rubric.scale.max; score += 1) counts.push({ score, count: scores.filter((value) => value === score).length });
    const average = mean(scores);
    const standardDeviation = average === null ? null : Math.sqrt(mean(scores.map((score) => (score - average) ** 2)) ?? 0);
    const referenceScore = referenceOf(item.id);
    return {
      item: item.id,
      number: item.number,
      counts,
      notApplicable,
      unrated: participants.length - scores.length - notApplicable,
      rated: scores.length,
      reference: referenceScore,
      mean: average,
      standardDeviation,
      range: scores.length === 0 ? null : Math.max(...scores) - Math.min(...scores),
      atReference: referenceScore === null || scores.length === 0 ? null : scores.filter((score) => score === referenceScore).length / scores.length,
      meanDifferenceFromReference: referenceScore === null ? null : mean(scores.map((score) => score - referenceScore)),
    };
  });
  // Stable sort: among items with the same spread the rubric's order stays, so the list never reshuffles at random.
  const discussionOrder = [...items]
    .sort((a, b) => (b.standardDeviation ?? -1) - (a.standardDeviation ?? -1) || (b.range ?? -1) - (a.range ?? -1))
    .map((spread) => spread.item);
  const distances = participants.map((participant, index): ParticipantDistance => {
    const differences: number[] = [];
    for (const item of rubric.items) {
      const score = findScore(participant, item.id);
      const referenceScore = referenceOf(item.id);
      if (score !== null && referenceScore !== null) differences.push(score - referenceScore);
    }
    return {
      index,
      compared: differences.length,
      exact: differences.filter((difference) => difference === 0).length,
      withinOne: differences.filter((difference) => Math.abs(difference) <= 1).length,
      meanAbsoluteDistance: mean(differences.map(Math.abs)),
      meanSignedDistance: mean(differences),
    };
  });
  return {
    participants: participants.length,
    items,
    discussionOrder,
    agreement: compareRaters(
      rubric.items.map((item) => item.id),
      participants,
    ),
    distances,
  };
}
