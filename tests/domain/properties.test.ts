import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRaters } from '../../src/domain/agreement/compare-raters.ts';
import { parseAssessment } from '../../src/domain/assessment/parse-assessment.ts';
import type { Rating } from '../../src/domain/assessment/assessment-schema.ts';
import { detectDrift } from '../../src/domain/drift/detect-drift.ts';
import { parseRubric } from '../../src/domain/rubric/parse-rubric.ts';
import type { Rubric } from '../../src/domain/rubric/rubric-schema.ts';
import { scoreAssessment } from '../../src/domain/scoring/score-assessment.ts';
import { acceptSharedValues, aggregateWorkshop, createConsensus, parseBackup, parseVignette, reviewConsensus } from '../../src/domain/index.ts';
import { bundledRubric, loadFixtureRubric, makeAssessment, readFixture } from '../helpers/factories.ts';

const runs = { numRuns: 300 };

/** The parsers turn an unexpected exception into an `internal` error; a property holds only if none appears. */
function expectNoInternalError(result: { ok: boolean; errors?: Array<{ code: string }> }) {
  expect(result.ok ? [] : (result.errors ?? []).filter((error) => error.code === 'internal')).toEqual([]);
}
const miniText = readFixture('rubrics/mini-rubric.json');
const bostonText = readFixture('assessments/ips-25-boston-drift.json');
const rubrics = ['ips-25', 'ips-15', 'ips-principles'].map(bundledRubric);
const findRubric = (id: string) => rubrics.find((rubric) => rubric.id === id);

/** Replaces the value at a random path of a JSON document with arbitrary JSON: near-valid files, the hard case. */
function mutateAt(document: unknown, choices: number[], replacement: unknown): unknown {
  const copy = structuredClone(document) as Record<string, unknown>;
  let node: unknown = copy;
  for (const choice of choices) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object' || choice % 3 === 0) {
      (node as Record<string, unknown>)[key] = replacement;
      return copy;
    }
    node = child;
  }
  return copy;
}

describe('parsers never throw', () => {
  it('parseRubric: arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const result = parseRubric(value);
      expect(result.ok).toBe(false);
      expectNoInternalError(result);
    }), runs);
  });

  it('parseRubric: arbitrary text, including broken JSON', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json().map((text) => text.slice(0, Math.max(1, text.length - 1)))), (text) => {
      expectNoInternalError(parseRubric(text));
    }), runs);
  });

  it('parseRubric: a valid rubric with one value replaced anywhere', () => {
    const valid = JSON.parse(miniText);
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), (path, replacement) => {
      const result = parseRubric(mutateAt(valid, path, replacement));
      expectNoInternalError(result);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) expect(error.message.length).toBeGreaterThan(5);
      }
    }), runs);
  });

  it('parseRubric: a truncated rubric file gives a position, whatever the cut', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: miniText.length - 2 }), (cut) => {
      const result = parseRubric(miniText.slice(0, cut));
      expect(result.ok).toBe(false);
      expectNoInternalError(result);
      if (!result.ok) expect(result.errors[0]!.message).toMatch(/line \d+, column \d+/);
    }), runs);
  });

  it('parseAssessment: arbitrary JSON, and a real assessment with one value replaced anywhere', () => {
    const valid = JSON.parse(bostonText);
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const result = parseAssessment(value, { findRubric });
      expect(result.ok).toBe(false);
      expectNoInternalError(result);
    }), runs);
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 3 }), (path, replacement) => {
      expectNoInternalError(parseAssessment(mutateAt(valid, path, replacement), { findRubric }));
    }), runs);
  });
});

const ratingArbitrary = (rubric: Rubric): fc.Arbitrary<Rating> =>
  fc.record(
    {
      score: fc.option(fc.integer({ min: rubric.scale.min, max: rubric.scale.max }), { nil: undefined }),
      na: fc.boolean(),
    },
    { requiredKeys: [] },
  );

const ratingsArbitrary = (rubric: Rubric) =>
  fc.tuple(...rubric.items.map((item) => fc.option(ratingArbitrary(rubric), { nil: undefined }).map((rating) => [item.id, rating] as const))).map((entries) =>
    Object.fromEntries(entries.filter((entry): entry is readonly [string, Rating] => entry[1] !== undefined)),
  );

// The mini fixture allows "not applicable" on one item, so the scaled-up total is exercised too.
const scoredRubrics = [...rubrics, loadFixtureRubric()];

describe.each(scoredRubrics.map((rubric) => [rubric.id, rubric] as const))('scoring %s stays within the scale', (_id, rubric) => {
  it('total, percentages, drift strengths and bands stay in bounds for any ratings', () => {
    fc.assert(fc.property(ratingsArbitrary(rubric), (ratings) => {
      const assessment = makeAssessment(rubric, ratings);
      const summary = scoreAssessment(rubric, assessment);
      if (summary.rated > 0) {
        expect(summary.total).toBeGreaterThanOrEqual(rubric.scoring.method === 'sum' ? summary.rated * rubric.scale.min : rubric.scale.min);
        expect(summary.total).toBeLessThanOrEqual(summary.max + 1e-9);
      }
      expect(summary.band !== null).toBe(summary.isComplete && summary.bandWithheld === null);
      if (summary.isProrated) expect(summary.notApplicable.length).toBeGreaterThan(0);
      for (const principle of summary.principles) {
        if (principle.percent !== null) expect(principle.percent).toBeGreaterThanOrEqual(0);
        if (principle.percent !== null) expect(principle.percent).toBeLessThanOrEqual(100);
      }
      for (const gap of summary.gaps) expect(gap.score).toBeLessThan(gap.target);
      for (const drift of detectDrift(rubric, assessment)) {
        expect(drift.strength).toBeGreaterThanOrEqual(0);
        expect(drift.strength).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 200 });
  });
});

describe('agreement figures stay in bounds', () => {
  const ips25 = rubrics[0]!;
  it('for any set of raters with missing ratings', () => {
    fc.assert(fc.property(fc.array(ratingsArbitrary(ips25), { minLength: 2, maxLength: 6 }), (raters) => {
      const summary = compareRaters(ips25.items.map((item) => item.id), raters.map((ratings) => makeAssessment(ips25, ratings)));
      for (const share of [summary.exactAgreement, summary.withinOne]) if (share !== null) expect(share).toBeGreaterThanOrEqual(0);
      for (const share of [summary.exactAgreement, summary.withinOne]) if (share !== null) expect(share).toBeLessThanOrEqual(1);
      for (const alpha of Object.values(summary.krippendorffAlpha)) if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-9);
      if (summary.meanAbsoluteDifference !== null) expect(summary.meanAbsoluteDifference).toBeLessThanOrEqual(ips25.scale.max - ips25.scale.min);
      if (summary.exactAgreement !== null) expect(summary.withinOne!).toBeGreaterThanOrEqual(summary.exactAgreement);
      // The frequency-based pair counts must equal a plain rater-by-rater count.
      let pairs = 0;
      let exact = 0;
      let withinOne = 0;
      let difference = 0;
      for (const item of ips25.items) {
        const scores = raters.map((ratings) => (ratings[item.id]?.na ? null : (ratings[item.id]?.score ?? null))).filter((score): score is number => score !== null);
        if (scores.length < 2) continue;
        scores.forEach((first, index) => {
          for (const second of scores.slice(index + 1)) {
            pairs += 1;
            if (first === second) exact += 1;
            if (Math.abs(first - second) <= 1) withinOne += 1;
            difference += Math.abs(first - second);
          }
        });
      }
      expect(summary.exactAgreement).toBe(pairs > 0 ? exact / pairs : null);
      expect(summary.withinOne).toBe(pairs > 0 ? withinOne / pairs : null);
      expect(summary.meanAbsoluteDifference).toBe(pairs > 0 ? difference / pairs : null);
    }), { numRuns: 150 });
  });
});

describe('the review workflows stay consistent for any ratings', () => {
  const ips25 = rubrics[0]!;
  const findIps25 = (id: string) => (id === 'ips-25' ? ips25 : undefined);

  it('parseVignette and parseBackup never throw, whatever they are given', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.string()), (value) => {
      expectNoInternalError(parseVignette(value, { findRubric: findIps25 }));
      expectNoInternalError(parseBackup(value));
    }), runs);
  });

  it('a workshop\'s counts add up to the room and its spreads stay on the scale', () => {
    fc.assert(fc.property(fc.array(ratingsArbitrary(ips25), { maxLength: 12 }), ratingsArbitrary(ips25), (room, referenceRatings) => {
      const reference = Object.fromEntries(Object.entries(referenceRatings).flatMap(([item, rating]) => (typeof rating.score === 'number' ? [[item, rating.score]] : [])));
      const summary = aggregateWorkshop(ips25, room.map((ratings) => makeAssessment(ips25, ratings)), reference);
      expect([...summary.discussionOrder].sort()).toEqual(ips25.items.map((item) => item.id).sort());
      for (const spread of summary.items) {
        expect(spread.counts.reduce((sum, entry) => sum + entry.count, 0) + spread.notApplicable + spread.unrated).toBe(room.length);
        if (spread.range !== null) expect(spread.range).toBeLessThanOrEqual(ips25.scale.max - ips25.scale.min);
        if (spread.atReference !== null) expect(spread.atReference).toBeLessThanOrEqual(1);
      }
      for (const distance of summary.distances) {
        expect(distance.exact).toBeLessThanOrEqual(distance.withinOne);
        if (distance.meanAbsoluteDistance !== null) expect(distance.meanAbsoluteDistance).toBeLessThanOrEqual(ips25.scale.max - ips25.scale.min);
      }
    }), { numRuns: 150 });
  });

  it('a consensus settles exactly the items it agrees, and asks a reason exactly where it departs from a reviewer', () => {
    fc.assert(fc.property(fc.array(ratingsArbitrary(ips25), { minLength: 2, maxLength: 4 }), ratingsArbitrary(ips25), (reviewers, agreed) => {
      const started = createConsensus(
        reviewers.map((ratings, index) => ({ label: `r${index}`, assessment: makeAssessment(ips25, ratings, { id: `r${index}`, review: { kind: 'external', date: '2026-11-20', raters: [`R${index}`] } }) })),
        { id: 'c', date: '2026-11-21', now: '2026-11-21T10:00:00.000Z' },
      );
      expect(started.ok).toBe(true);
      if (!started.ok) return;
      const review = reviewConsensus(ips25, { ...started.consensus, ratings: agreed });
      expect(review.counts.settled + review.counts.toSettle).toBe(ips25.items.length);
      for (const item of review.items) {
        const differs = item.consensus !== null && item.reviewerValues.some((value) => value !== null && value !== item.consensus);
        expect(item.needsRationale).toBe(differs);
        expect(item.isSettled).toBe(item.consensus !== null && !differs);
      }
      // Accepting the shared values never changes an item that already has an agreed value.
      const accepted = acceptSharedValues(ips25, { ...started.consensus, ratings: agreed });
      for (const [itemId, rating] of Object.entries(agreed)) if (typeof rating.score === 'number' || rating.na) expect(accepted.ratings[itemId]).toEqual(rating);
    }), { numRuns: 150 });
  });
});
