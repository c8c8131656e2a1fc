import type { Assessment } from '../assessment/assessment-schema.ts';
import { findRating } from '../assessment/ratings.ts';
import type { Anchor, Band, LocalizedText, Rubric, RubricItem } from '../rubric/rubric-schema.ts';
import { possibleTotalRange } from '../rubric/validate-rubric.ts';

const TOLERANCE = 1e-9;

/** A sum of item scores, or their mean, depending on the rubric's scoring method. */
export type Total = number;
/** A mean of 1–5 item scores. */
export type MeanScore = number;
/** 0–100: a mean as a share of the highest score. */
export type PercentOfMaximum = number;

export interface SectionScore {
  id: string;
  /** Sum (or mean) of the section's rated items. */
  score: Total;
  min: Total;
  max: Total;
  rated: number;
  itemCount: number;
  complete: boolean;
  band: Band | null;
}

export interface PrincipleScore {
  id: string;
  /** Mean over the rated items that have this principle as primary; null when none is rated. */
  mean: MeanScore | null;
  percent: PercentOfMaximum | null;
  rated: number;
  itemCount: number;
}

export interface Gap {
  item: string;
  number: number;
  score: number;
  target: number;
  /** Points missing to reach the target. */
  shortfall: number;
  /** Shortfall times the item's weight: what the gap list is sorted by. */
  importance: number;
  currentAnchor: LocalizedText | null;
  /** The anchor one level up: the concrete next step. */
  nextAnchor: LocalizedText | null;
}

export interface ScoreSummary {
  method: Rubric['scoring']['method'];
  /**
   * The total over rated items. With sum scoring and items marked not applicable, the sum is scaled up to the
   * full item count so the bands keep their meaning (`prorated` says so).
   */
  total: Total;
  /** Plain sum of the rated scores, never scaled. */
  ratedSum: number;
  prorated: boolean;
  min: Total;
  max: Total;
  percentOfMax: PercentOfMaximum;
  /** Every item that is not applicable is rated or marked so. */
  complete: boolean;
  itemCount: number;
  rated: number;
  unrated: string[];
  notApplicable: string[];
  /** The band of the total; null while an item is unrated, since a partial total would understate fidelity. */
  band: Band | null;
  sections: SectionScore[];
  principles: PrincipleScore[];
  gaps: Gap[];
}

/**
 * The band that holds `value`: the band with the highest minimum not above it. Bands tile the range (the
 * parser checks it), so a prorated 73.6 falls in the band that ends at 73, not in a hole before 74.
 */
export function findBand(bands: readonly Band[], value: number): Band | null {
  let found: Band | null = null;
  for (const band of bands) {
    if (band.min <= value + TOLERANCE && (!found || band.min > found.min)) found = band;
  }
  return found;
}

function anchorFor(item: RubricItem, score: number): Anchor | undefined {
  return item.anchors.find((anchor) => anchor.score === score);
}

interface ItemState {
  item: RubricItem;
  score: number | null;
  notApplicable: boolean;
}

function readItemStates(rubric: Rubric, assessment: Pick<Assessment, 'ratings'>): ItemState[] {
  return rubric.items.map((item) => {
    const rating = findRating(assessment, item.id);
    const notApplicable = Boolean(rating?.na && item.naAllowed);
    const score = !notApplicable && typeof rating?.score === 'number' ? rating.score : null;
    return { item, score, notApplicable };
  });
}

function aggregate(rubric: Rubric, states: readonly ItemState[]) {
  const scored = states.filter((state) => state.score !== null);
  const ratedSum = scored.reduce((sum, state) => sum + (state.score ?? 0), 0);
  const applicable = states.filter((state) => !state.notApplicable).length;
  const unrated = states.filter((state) => state.score === null && !state.notApplicable);
  const range = possibleTotalRange(rubric, states.length);
  let total: number;
  let prorated = false;
  if (rubric.scoring.method === 'mean') total = scored.length > 0 ? ratedSum / scored.length : 0;
  else if (applicable < states.length && applicable > 0) {
    total = (ratedSum * states.length) / applicable;
    prorated = true;
  } else total = ratedSum;
  return { total, ratedSum, prorated, range, complete: unrated.length === 0 && applicable > 0, rated: scored.length, unrated };
}

function scoreSections(rubric: Rubric, states: readonly ItemState[]): SectionScore[] {
  return rubric.sections.map((section) => {
    const sectionStates = states.filter((state) => state.item.section === section.id);
    const result = aggregate(rubric, sectionStates);
    return {
      id: section.id,
      score: result.total,
      min: result.range.min,
      max: result.range.max,
      rated: result.rated,
      itemCount: sectionStates.length,
      complete: result.complete,
      band: section.bands && result.complete ? findBand(section.bands, result.total) : null,
    };
  });
}

function scorePrinciples(rubric: Rubric, states: readonly ItemState[]): PrincipleScore[] {
  return rubric.principles.map((principle) => {
    const primary = states.filter((state) => state.item.principles.primary.includes(principle.id));
    const scores = primary.flatMap((state) => (state.score === null ? [] : [state.score]));
    const mean = scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
    return { id: principle.id, mean, percent: mean === null ? null : (mean / rubric.scale.max) * 100, rated: scores.length, itemCount: primary.length };
  });
}

function findGaps(rubric: Rubric, states: readonly ItemState[]): Gap[] {
  const gaps: Gap[] = [];
  for (const { item, score } of states) {
    const target = item.target ?? rubric.scoring.target;
    if (score === null || score >= target) continue;
    const shortfall = target - score;
    gaps.push({
      item: item.id,
      number: item.number,
      score,
      target,
      shortfall,
      importance: shortfall * (item.weight ?? 1),
      currentAnchor: anchorFor(item, score)?.description ?? null,
      nextAnchor: anchorFor(item, score + 1)?.description ?? null,
    });
  }
  return gaps.sort((a, b) => b.importance - a.importance || a.score - b.score || a.number - b.number);
}

/**
 * Scores an assessment against its rubric: total and band, completeness, section subtotals, the principle
 * profile (mean and percent of maximum over each principle's primary items) and the gaps to the target, most
 * important first, each with the next level's anchor as the concrete target. Pure: same input, same output.
 */
export function scoreAssessment(rubric: Rubric, assessment: Pick<Assessment, 'ratings'>): ScoreSummary {
  const states = readItemStates(rubric, assessment);
  const overall = aggregate(rubric, states);
  return {
    method: rubric.scoring.method,
    total: overall.total,
    ratedSum: overall.ratedSum,
    prorated: overall.prorated,
    min: overall.range.min,
    max: overall.range.max,
    percentOfMax: (overall.total / overall.range.max) * 100,
    complete: overall.complete,
    itemCount: states.length,
    rated: overall.rated,
    unrated: overall.unrated.map((state) => state.item.id),
    notApplicable: states.filter((state) => state.notApplicable).map((state) => state.item.id),
    band: overall.complete ? findBand(rubric.scoring.bands, overall.total) : null,
    sections: scoreSections(rubric, states),
    principles: scorePrinciples(rubric, states),
    gaps: findGaps(rubric, states),
  };
}
