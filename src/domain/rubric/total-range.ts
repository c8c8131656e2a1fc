import type { Rubric } from './rubric-schema.ts';

/** The lowest and highest total a rubric, or a subset of `itemCount` of its items, can produce. */
export function computeTotalRange(rubric: Pick<Rubric, 'scale' | 'scoring'>, itemCount: number): { min: number; max: number } {
  return rubric.scoring.method === 'sum'
    ? { min: itemCount * rubric.scale.min, max: itemCount * rubric.scale.max }
    : { min: rubric.scale.min, max: rubric.scale.max };
}
