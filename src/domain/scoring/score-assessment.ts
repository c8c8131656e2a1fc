import type { Assessment } from '../assessment/assessment-schema.ts';
import { findRating, readScore } from '../assessment/ratings.ts';
import type { Anchor, Band, LocalizedText, Rubric, RubricItem } from '../rubric/rubric-schema.ts';
import { computeTotalRange } from '../rubric/total-range.ts';

const TOLERANCE = 1e-9;
/**
 * With more than half the items not applicable, a total scaled up from the rest would rest on too little: no
 * band is given then (the rubric's bands assume the scale's items apply).
 */
export const MIN_APPLICABLE_SHARE = 0.5;
/** Means are compared with two-decimal band limits, so a mean is banded as it is shown: rounded to 0.01. */
const MEAN_PRECISION = 100;

/** Why a complete-looking assessment has no band. */
export type BandWithheld = 'unrated' | 'mostly-not-applicable';

/** A sum of item scores, or their mean, depending on the rubric's scoring method. */
export type Total = number;
/** A mean of 1–5 item scores. */
export type MeanScore = number;
/** 0–100: a mean as a share of the highest score. */
export type PercentOfMaximum = number;

export interface SectionScore {
  id: string;
  /** Sum (or mean) of the section's rated items; null for a mean with nothing rated. */
  score: Total | null;
  min: Total;
  max: Total;
  rated: number;
  itemCount: number;
  isComplete: boolean;
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
   * The sum (or mean) of the rated items. With sum scoring, once every applicable item is rated, items marked
   * not applicable are made up for by scaling the sum to the full item count (`isProrated`), so the bands keep
   * their meaning; a partial sum is never scaled.
   */
  total: Total | null;
  /** Plain sum of the rated scores, never scaled. */
  ratedSum: number;
  isProrated: boolean;
  min: Total;
  max: Total;
  /** The total as a share of the highest total its applicable items allow. */
  percentOfMax: PercentOfMaximum;
  /** Every item is rated or marked not applicable. */
  isComplete: boolean;
  /** Why there is no band, when there is none. */
  bandWithheld: BandWithheld | null;
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

interface ItemState {
  item: RubricItem;
  score: number | null;
  notApplicable: boolean;
}

/**
 * What scoring needs from a rubric, indexed once: which items each section and principle holds, and each item's
 * anchors by score. Cached per rubric object (rubrics are never mutated after parsing), so scoring thousands of
 * assessments of one scale does not re-scan the rubric each time.
 */
interface ScoringPlan {
  allItems: number[];
  sectionItems: number[][];
  principleItems: number[][];
  anchors: Array<Map<number, LocalizedText>>;
}

const plans = new WeakMap<Rubric, ScoringPlan>();

function planFor(rubric: Rubric): ScoringPlan {
  const cached = plans.get(rubric);
  if (cached) return cached;
  const indexesWhere = (test: (item: RubricItem) => boolean) => rubric.items.flatMap((item, index) => (test(item) ? [index] : []));
  const plan: ScoringPlan = {
    allItems: rubric.items.map((_, index) => index),
    sectionItems: rubric.sections.map((section) => indexesWhere((item) => item.section === section.id)),
    principleItems: rubric.principles.map((principle) => indexesWhere((item) => item.principles.primary.includes(principle.id))),
    anchors: rubric.items.map((item) => new Map(item.anchors.map((anchor: Anchor) => [anchor.score, anchor.description]))),
  };
  plans.set(rubric, plan);
  return plan;
}

function readItemStates(rubric: Rubric, assessment: Pick<Assessment, 'ratings'>): ItemState[] {
  return rubric.items.map((item) => {
    // One reading of a rating for scoring, drift and agreement: `na` means no score, and it only takes the
    // item out of the total where the rubric allows it (elsewhere the item simply counts as unrated).
    const rating = findRating(assessment, item.id);
    return { item, score: readScore(rating), notApplicable: Boolean(rating?.na && item.naAllowed) };
  });
}

interface Aggregate {
  total: number | null;
  ratedSum: number;
  isProrated: boolean;
  min: number;
  /** Highest possible total of the applicable items (not-applicable items leave the maximum too). */
  max: number;
  isComplete: boolean;
  rated: number;
  notApplicable: number;
}

/**
 * Sum or mean of the given items' scores. With sum scoring, not-applicable items leave the maximum; once every
 * applicable item is rated, `prorate` scales the sum back to the full item count so a band defined on the full
 * range still applies. A partial sum is never scaled: it would guess scores nobody gave.
 */
function aggregate(rubric: Rubric, states: readonly ItemState[], indexes: readonly number[], prorate: boolean): Aggregate {
  let ratedSum = 0;
  let rated = 0;
  let notApplicable = 0;
  for (const index of indexes) {
    const state = states[index];
    if (!state) continue;
    if (state.notApplicable) notApplicable += 1;
    else if (state.score !== null) {
      ratedSum += state.score;
      rated += 1;
    }
  }
  const count = indexes.length;
  const applicable = count - notApplicable;
  const isComplete = rated === applicable;
  const range = computeTotalRange(rubric, count);
  if (rubric.scoring.method === 'mean') {
    return { total: rated > 0 ? ratedSum / rated : null, ratedSum, isProrated: false, min: range.min, max: range.max, isComplete, rated, notApplicable };
  }
  if (prorate && isComplete && notApplicable > 0 && applicable >= count * MIN_APPLICABLE_SHARE) {
    return { total: (ratedSum * count) / applicable, ratedSum, isProrated: true, min: range.min, max: range.max, isComplete, rated, notApplicable };
  }
  const applicableRange = computeTotalRange(rubric, applicable);
  return { total: ratedSum, ratedSum, isProrated: false, min: applicableRange.min, max: applicableRange.max, isComplete, rated, notApplicable };
}

function scoreSections(rubric: Rubric, states: readonly ItemState[], plan: ScoringPlan): SectionScore[] {
  return rubric.sections.map((section, sectionIndex) => {
    const indexes = plan.sectionItems[sectionIndex] ?? [];
    // Subtotals are plain sums over the applicable items, so they add up to the rated sum; only a subscale's
    // band is looked up on the prorated value, like the total's.
    const result = aggregate(rubric, states, indexes, false);
    const forBand = section.bands && result.isComplete ? bandValue(rubric, aggregate(rubric, states, indexes, true)) : null;
    return {
      id: section.id,
      score: result.total,
      min: result.min,
      max: result.max,
      rated: result.rated,
      itemCount: indexes.length,
      isComplete: result.isComplete,
      band: section.bands && forBand !== null ? findBand(section.bands, forBand) : null,
    };
  });
}

/**
 * The value a band is looked up with, or null when none may be given: a mean rounded as it is shown; nothing
 * when too few items apply.
 */
function bandValue(rubric: Rubric, result: Aggregate): number | null {
  if (result.total === null) return null;
  const applicable = result.rated;
  const count = applicable + result.notApplicable;
  if (applicable < count * MIN_APPLICABLE_SHARE || applicable === 0) return null;
  return rubric.scoring.method === 'mean' ? Math.round(result.total * MEAN_PRECISION) / MEAN_PRECISION : result.total;
}

function scorePrinciples(rubric: Rubric, states: readonly ItemState[], plan: ScoringPlan): PrincipleScore[] {
  return rubric.principles.map((principle, principleIndex) => {
    const indexes = plan.principleItems[principleIndex] ?? [];
    let sum = 0;
    let rated = 0;
    for (const index of indexes) {
      const score = states[index]?.score ?? null;
      if (score === null) continue;
      sum += score;
      rated += 1;
    }
    const mean = rated > 0 ? sum / rated : null;
    return { id: principle.id, mean, percent: mean === null ? null : (mean / rubric.scale.max) * 100, rated, itemCount: indexes.length };
  });
}

function findGaps(rubric: Rubric, states: readonly ItemState[], plan: ScoringPlan): Gap[] {
  const gaps: Gap[] = [];
  states.forEach(({ item, score }, index) => {
    const target = item.target ?? rubric.scoring.target;
    if (score === null || score >= target) return;
    const shortfall = target - score;
    const anchors = plan.anchors[index];
    gaps.push({
      item: item.id,
      number: item.number,
      score,
      target,
      shortfall,
      importance: shortfall * (item.weight ?? 1),
      currentAnchor: anchors?.get(score) ?? null,
      nextAnchor: anchors?.get(score + 1) ?? null,
    });
  });
  return gaps.sort((a, b) => b.importance - a.importance || a.score - b.score || a.number - b.number);
}

/**
 * Scores an assessment against its rubric: total and band, completeness, section subtotals, the principle
 * profile (mean and percent of maximum over each principle's primary items) and the gaps to the target, most
 * important first, each with the next level's anchor as the concrete target. Pure: same input, same output.
 */
export function scoreAssessment(rubric: Rubric, assessment: Pick<Assessment, 'ratings'>): ScoreSummary {
  const plan = planFor(rubric);
  const states = readItemStates(rubric, assessment);
  const overall = aggregate(rubric, states, plan.allItems, true);
  const fullRange = computeTotalRange(rubric, states.length);
  const bandValueOverall = bandValue(rubric, overall);
  return {
    method: rubric.scoring.method,
    total: overall.total,
    ratedSum: overall.ratedSum,
    isProrated: overall.isProrated,
    min: fullRange.min,
    max: fullRange.max,
    percentOfMax: overall.max > 0 && overall.total !== null ? (overall.total / overall.max) * 100 : 0,
    isComplete: overall.isComplete,
    bandWithheld: !overall.isComplete ? 'unrated' : bandValueOverall === null ? 'mostly-not-applicable' : null,
    itemCount: states.length,
    rated: overall.rated,
    unrated: states.filter((state) => state.score === null && !state.notApplicable).map((state) => state.item.id),
    notApplicable: states.filter((state) => state.notApplicable).map((state) => state.item.id),
    band: overall.isComplete && bandValueOverall !== null ? findBand(rubric.scoring.bands, bandValueOverall) : null,
    sections: scoreSections(rubric, states, plan),
    principles: scorePrinciples(rubric, states, plan),
    gaps: findGaps(rubric, states, plan),
  };
}
