import { describe, expect, it } from 'vitest';
import { detectDrift, evaluateDriftPattern } from '../../../src/domain/drift/detect-drift.ts';
import type { Rubric } from '../../../src/domain/rubric/rubric-schema.ts';
import { bundledRubric, makeAssessment, uniformRatings } from '../../helpers/factories.ts';

const rubricIds = ['ips-25', 'ips-15', 'ips-principles'];

function lowOn(rubric: Rubric, itemIds: readonly string[], base = rubric.scale.max) {
  return makeAssessment(rubric, uniformRatings(rubric, base, Object.fromEntries(itemIds.map((id) => [id, rubric.scale.min]))));
}

describe.each(rubricIds)('drift patterns of %s', (rubricId) => {
  const rubric = bundledRubric(rubricId);

  it('carries drift patterns, among them preparation drift', () => {
    expect(rubric.driftPatterns.map((pattern) => pattern.id)).toContain('preparation-drift');
  });

  it('detects none in a high-fidelity profile', () => {
    const results = detectDrift(rubric, makeAssessment(rubric, uniformRatings(rubric, rubric.scale.max)));
    expect(results.filter((result) => result.detected)).toEqual([]);
    expect(results.every((result) => result.strength === 0)).toBe(true);
  });

  it('detects none in a profile of 4s (good fidelity is not drift)', () => {
    const results = detectDrift(rubric, makeAssessment(rubric, uniformRatings(rubric, 4)));
    expect(results.filter((result) => result.detected).map((result) => result.id)).toEqual([]);
  });

  describe.each(rubric.driftPatterns.map((pattern) => [pattern.id, pattern] as const))('%s', (_id, pattern) => {
    const signalItems = pattern.signals.map((signal) => signal.item);
    const coreItems = pattern.rule.requireAnyOf ?? signalItems;

    it('is detected at full strength when every signal item is at the bottom of the scale', () => {
      const result = evaluateDriftPattern(pattern, lowOn(rubric, signalItems));
      expect(result.detected).toBe(true);
      expect(result.strength).toBe(1);
      expect(result.signals.every((signal) => signal.isCounted)).toBe(true);
    });

    it('is detected when its core items alone are at the bottom', () => {
      const result = evaluateDriftPattern(pattern, lowOn(rubric, coreItems));
      expect(result.detected).toBe(true);
      expect(result.signals.filter((signal) => signal.isCounted).map((signal) => signal.item).sort()).toEqual([...coreItems].sort());
    });

    it('is not detected when only unrelated items are low', () => {
      const unrelated = rubric.items.map((item) => item.id).filter((id) => !signalItems.includes(id));
      const result = evaluateDriftPattern(pattern, lowOn(rubric, unrelated));
      expect(result.detected).toBe(false);
      expect(result.strength).toBe(0);
    });

    it('is not detected when only its secondary signals are low', () => {
      const secondary = signalItems.filter((id) => !coreItems.includes(id));
      const result = evaluateDriftPattern(pattern, lowOn(rubric, secondary));
      expect(result.detected).toBe(false);
    });

    it('counts unrated signal items as missing, not as low', () => {
      const ratings = uniformRatings(rubric, rubric.scale.max, Object.fromEntries(signalItems.map((id) => [id, null])));
      const result = evaluateDriftPattern(pattern, makeAssessment(rubric, ratings));
      expect(result.detected).toBe(false);
      expect(result.unratedSignals).toBe(signalItems.length);
    });
  });
});

describe('IPS-25 drift patterns', () => {
  const ips25 = bundledRubric('ips-25');
  const detectedIds = (exceptions: Record<string, number>) =>
    detectDrift(ips25, makeAssessment(ips25, uniformRatings(ips25, 4, exceptions)))
      .filter((result) => result.detected)
      .map((result) => result.id);

  it('has the six patterns the issue asks for, with their titles in French and English', () => {
    const ids = ips25.driftPatterns.map((pattern) => pattern.id);
    expect(ids).toEqual(expect.arrayContaining(['preparation-drift', 'sheltered-work-drift', 'clinical-silo', 'time-limited-support', 'low-job-development', 'caseload-creep']));
    const preparation = ips25.driftPatterns.find((pattern) => pattern.id === 'preparation-drift')!;
    expect(preparation.title['en']).toBe('Boston-style preparation drift');
    expect(preparation.title['fr']?.toLowerCase()).toBe('dérive vers la préparation (approche de boston)');
    expect(preparation.caveat).toBeDefined();
  });

  it('recognises a Boston-style programme: slow search, office testing first, readiness screening', () => {
    expect(detectedIds({ 'rapid-job-search': 1, 'work-based-assessment': 2, 'zero-exclusion': 3, 'community-based-services': 2 })).toEqual(['preparation-drift']);
  });

  it('does not call one slow start preparation drift when assessment and access are sound', () => {
    expect(detectedIds({ 'rapid-job-search': 3 })).toEqual([]);
  });

  it('recognises sheltered-work drift from non-competitive jobs and stepwise assessment', () => {
    expect(detectedIds({ 'competitive-jobs': 1, 'work-based-assessment': 2 })).toContain('sheltered-work-drift');
  });

  it('recognises a clinical silo when the specialist sits outside the team', () => {
    expect(detectedIds({ 'team-assignment': 1, 'team-contact': 2 })).toEqual(['clinical-silo']);
  });

  it('recognises time-limited support from closure after a few months', () => {
    expect(detectedIds({ 'time-unlimited-follow-along': 2 })).toEqual(['time-limited-support']);
  });

  it('recognises low job development from rare, passive employer contact', () => {
    expect(detectedIds({ 'employer-contact-frequency': 1, 'employer-contact-quality': 2 })).toEqual(['low-job-development']);
  });

  it('recognises caseload creep from caseloads above 30', () => {
    expect(detectedIds({ 'caseload-size': 2 })).toEqual(['caseload-creep']);
  });

  it('reports the strength as the weighted share of signals that count', () => {
    const pattern = ips25.driftPatterns.find((candidate) => candidate.id === 'preparation-drift')!;
    const result = evaluateDriftPattern(pattern, makeAssessment(ips25, uniformRatings(ips25, 4, { 'rapid-job-search': 1, 'work-based-assessment': 1 })));
    const totalWeight = pattern.signals.reduce((sum, signal) => sum + signal.weight, 0);
    expect(result.strength).toBeCloseTo(6 / totalWeight, 10);
  });
});
