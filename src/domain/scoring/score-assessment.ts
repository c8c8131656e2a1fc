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
    sectionItems: rubric.sections.map((section) => indexesWhere((item) => item.section === section.id)),
    principleItems: rubric.principles.map((principle) => indexesWhere((item) => item.principles.primary.includes(principle.id))),
    anchors: rubric.items.map((item) => new Map(item.anchors.map((anchor: Anchor) => [anchor.score, anchor.description]))),
  };
  plans.set(rubric, plan);
  return plan;
}

function readItemStates(rubric: Rubric, assessment: Pick<Assessment, 'ratings'>): ItemState[] {
  return rubric.items.map((item) => {
    const rating = findRating(assessment, item.id);
    const notApplicable = Boolean(rating?.na && item.naAllowed);
    const score = !notApplicable && typeof rating?.score === 'number' ? rating.score : null;
    return { item, score, notApplicable };
  });
}

interface Aggregate {
  total: number;
  ratedSum: number;
  prorated: boolean;
  range: { min: number; max: number };
  complete: boolean;
  rated: number;
}

/** Sum or mean of the given items' scores; with sum scoring and not-applicable items, scaled to the full count. */
function aggregate(rubric: Rubric, states: readonly ItemState[], indexes: readonly number[]): Aggregate {
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
  const range = possibleTotalRange(rubric, count);
  let total = ratedSum;
  let prorated = false;
  if (rubric.scoring.method === 'mean') total = rated > 0 ? ratedSum / rated : 0;
  else if (notApplicable > 0 && applicable > 0) {
    total = (ratedSum * count) / applicable;
    prorated = true;
  }
  return { total, ratedSum, prorated, range, complete: rated === applicable && applicable > 0, rated };
}

function scoreSections(rubric: Rubric, states: readonly ItemState[], plan: ScoringPlan): SectionScore[] {
  return rubric.sections.map((section, sectionIndex) => {
    const indexes = plan.sectionItems[sectionIndex] ?? [];
    const result = aggregate(rubric, states, indexes);
    return {
      id: section.id,
      score: result.total,
      min: result.range.min,
      max: result.range.max,
      rated: result.rated,
      itemCount: indexes.length,
      complete: result.complete,
      band: section.bands && result.complete ? findBand(section.bands, result.total) : null,
    };
  });
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
  const overall = aggregate(rubric, states, rubric.items.map((_, index) => index));
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
    unrated: states.filter((state) => state.score === null && !state.notApplicable).map((state) => state.item.id),
    notApplicable: states.filter((state) => state.notApplicable).map((state) => state.item.id),
    band: overall.complete ? findBand(rubric.scoring.bands, overall.total) : null,
    sections: scoreSections(rubric, states, plan),
    principles: scorePrinciples(rubric, states, plan),
    gaps: findGaps(rubric, states, plan),
  };
}
