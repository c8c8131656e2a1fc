import { describe, expect, it } from 'vitest';
import { aggregateWorkshop } from '../../../src/domain/index.ts';
import { loadFixtureRubric, makeAssessment } from '../../helpers/factories.ts';

// The mini rubric: four items on a 1–5 scale.
const mini = loadFixtureRubric();
const [first, second, third, fourth] = mini.items.map((item) => item.id) as [string, string, string, string];

const room = [
  makeAssessment(mini, { [first]: { score: 2 }, [second]: { score: 5 }, [third]: { score: 3 } }),
  makeAssessment(mini, { [first]: { score: 2 }, [second]: { score: 1 }, [third]: { score: 4 } }),
  makeAssessment(mini, { [first]: { score: 3 }, [second]: { score: 3 } }),
  makeAssessment(mini, { [first]: { score: 2 }, [second]: { score: 5 }, [third]: { score: 3 } }),
];
const reference = { [first]: 2, [second]: 4, [third]: 3, [fourth]: 4 };

describe('aggregateWorkshop', () => {
  const summary = aggregateWorkshop(mini, room, reference);
  const byItem = new Map(summary.items.map((item) => [item.item, item]));

  it('counts every score of the scale for every item, zeros included, against the reference', () => {
    expect(byItem.get(first)).toMatchObject({
      counts: [
        { score: 1, count: 0 },
        { score: 2, count: 3 },
        { score: 3, count: 1 },
        { score: 4, count: 0 },
        { score: 5, count: 0 },
      ],
      rated: 4,
      unrated: 0,
      reference: 2,
      mean: 2.25,
      range: 1,
      atReference: 0.75,
      meanDifferenceFromReference: 0.25,
    });
    expect(byItem.get(first)?.standardDeviation).toBeCloseTo(Math.sqrt(0.1875), 12);
    expect(byItem.get(third)).toMatchObject({ rated: 3, unrated: 1, atReference: 2 / 3 });
    expect(byItem.get(fourth)).toMatchObject({ rated: 0, mean: null, standardDeviation: null, range: null, atReference: null, meanDifferenceFromReference: null });
  });

  it('puts the items the room disagrees on most first, and the unrated last', () => {
    // Second item: 5, 1, 3, 5 (sd 1.66); third: 3, 4, 3 (sd 0.47); first: sd 0.43; fourth: nobody rated it.
    expect(summary.discussionOrder).toEqual([second, third, first, fourth]);
  });

  it('gives each participant\'s distance from the reference, by position only', () => {
    expect(summary.distances[0]).toEqual({ index: 0, compared: 3, exact: 2, withinOne: 3, meanAbsoluteDistance: 1 / 3, meanSignedDistance: 1 / 3 });
    // Participant 2: 2 (=), 1 (−3), 4 (+1).
    expect(summary.distances[1]).toEqual({ index: 1, compared: 3, exact: 1, withinOne: 2, meanAbsoluteDistance: 4 / 3, meanSignedDistance: -2 / 3 });
    expect(summary.distances[2]).toMatchObject({ compared: 2, exact: 0, withinOne: 2, meanAbsoluteDistance: 1 });
    expect(JSON.stringify(summary.distances)).not.toMatch(/name|rater/);
  });

  it('measures the room\'s agreement among participants, not with the reference', () => {
    expect(summary.agreement.raters).toBe(4);
    expect(summary.agreement.items).toBe(3);
    expect(summary.agreement.discrepancies[0]?.item).toBe(second);
  });

  it('works without a reference and with an empty room', () => {
    const free = aggregateWorkshop(mini, room);
    expect(free.items.every((item) => item.reference === null && item.atReference === null)).toBe(true);
    expect(free.distances.every((distance) => distance.compared === 0 && distance.meanAbsoluteDistance === null)).toBe(true);
    const empty = aggregateWorkshop(mini, [], reference);
    expect(empty.participants).toBe(0);
    expect(empty.items.every((item) => item.rated === 0)).toBe(true);
    expect(empty.agreement.exactAgreement).toBeNull();
  });

  it('counts "not applicable" apart from unrated', () => {
    const withNa = aggregateWorkshop(mini, [makeAssessment(mini, { [first]: { na: true } }), makeAssessment(mini, {})]);
    expect(withNa.items[0]).toMatchObject({ notApplicable: 1, unrated: 1, rated: 0 });
  });
});
