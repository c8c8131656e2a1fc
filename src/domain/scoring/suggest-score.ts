import type { Components, Measure, RubricItem } from '../rubric/rubric-schema.ts';

/**
 * The score a measured value falls in (`[atLeast, below)` ranges: caseload 23 → 4 on IPS-25), or null when the
 * value is outside what the measure allows or no range holds it.
 */
export function suggestScoreFromMeasure(measure: Measure, value: number): number | null {
  if (!Number.isFinite(value)) return null;
  if ((measure.min !== undefined && value < measure.min) || (measure.max !== undefined && value > measure.max)) return null;
  const range = measure.ranges.find(
    (candidate) => (candidate.atLeast === undefined || value >= candidate.atLeast) && (candidate.below === undefined || value < candidate.below),
  );
  return range?.score ?? null;
}

/**
 * The score a set of ticked components gives: the row with the highest `atLeast` not above the count. Unknown
 * and repeated ids are not counted, so a stale tick list cannot inflate a score.
 */
export function suggestScoreFromComponents(components: Components, tickedIds: readonly string[]): number | null {
  const known = new Set(components.list.map((component) => component.id));
  const count = new Set(tickedIds.filter((id) => known.has(id))).size;
  let best: { atLeast: number; score: number } | null = null;
  for (const row of components.scoreByCount) {
    if (row.atLeast <= count && (!best || row.atLeast > best.atLeast)) best = row;
  }
  return best?.score ?? null;
}

export interface SpecialistSuggestion {
  /** Mean of the entered values (a measured value, or scores when the item has no measure). */
  mean: number;
  score: number | null;
}

/**
 * For items rated per employment specialist: the values are averaged, then scored. With a measure, the mean
 * value goes through the measure's ranges; without one, the values are scores and their mean is rounded to the
 * nearest score, halves up (the manual averages "to the nearest anchor"). Null when no value is entered.
 */
export function suggestScoreFromSpecialists(item: Pick<RubricItem, 'measure'>, values: readonly number[], scale: { min: number; max: number }): SpecialistSuggestion | null {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return null;
  const mean = finite.reduce((sum, value) => sum + value, 0) / finite.length;
  if (item.measure) return { mean, score: suggestScoreFromMeasure(item.measure, mean) };
  if (finite.some((value) => value < scale.min || value > scale.max)) return { mean, score: null };
  return { mean, score: Math.min(scale.max, Math.max(scale.min, Math.floor(mean + 0.5))) };
}
