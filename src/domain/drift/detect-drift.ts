import type { Assessment } from '../assessment/assessment-schema.ts';
import { findScore } from '../assessment/ratings.ts';
import type { DriftPattern, Rubric } from '../rubric/rubric-schema.ts';

export interface DriftSignalState {
  item: string;
  weight: number;
  atOrBelow: number;
  /** The item's score, null when not rated. */
  score: number | null;
  /** True when the item is rated at or below the signal's threshold. */
  isCounted: boolean;
  /** True when the rubric's rule requires at least one of these core items to count. */
  isCore: boolean;
}

export interface DriftResult {
  id: string;
  detected: boolean;
  /** Weighted share of the pattern's signals that count, from 0 to 1. */
  strength: number;
  signals: DriftSignalState[];
  /** Signals whose items are not rated yet: the strength may rise once they are. */
  unratedSignals: number;
}

/**
 * Evaluates one drift pattern. Strength is the weighted share of its signals whose items score at or below
 * their threshold; the pattern is detected when the strength reaches the rule's minimum and, if the rule names
 * core items, at least one of them counts, so low scores on secondary items alone never raise the alarm.
 */
export function evaluateDriftPattern(pattern: DriftPattern, assessment: Pick<Assessment, 'ratings'>): DriftResult {
  const core = new Set(pattern.rule.requireAnyOf ?? []);
  const signals = pattern.signals.map((signal): DriftSignalState => {
    const score = findScore(assessment, signal.item);
    return { item: signal.item, weight: signal.weight, atOrBelow: signal.atOrBelow, score, isCounted: score !== null && score <= signal.atOrBelow, isCore: core.has(signal.item) };
  });
  const totalWeight = signals.reduce((sum, signal) => sum + signal.weight, 0);
  const countingWeight = signals.reduce((sum, signal) => sum + (signal.isCounted ? signal.weight : 0), 0);
  const strength = totalWeight > 0 ? countingWeight / totalWeight : 0;
  const coreSatisfied = core.size === 0 || signals.some((signal) => signal.isCore && signal.isCounted);
  return {
    id: pattern.id,
    detected: countingWeight > 0 && coreSatisfied && strength >= pattern.rule.minStrength,
    strength,
    signals,
    unratedSignals: signals.filter((signal) => signal.score === null).length,
  };
}

/** Evaluates every drift pattern of the rubric against an assessment, in the rubric's order. */
export function detectDrift(rubric: Pick<Rubric, 'driftPatterns'>, assessment: Pick<Assessment, 'ratings'>): DriftResult[] {
  return rubric.driftPatterns.map((pattern) => evaluateDriftPattern(pattern, assessment));
}
