import { describe, expect, it } from 'vitest';
import { compareRaters } from '../../../src/domain/agreement/compare-raters.ts';
import { bundledRubric, loadFixtureRubric, makeAssessment, uniformRatings } from '../../helpers/factories.ts';

const mini = loadFixtureRubric();
const itemIds = mini.items.map((item) => item.id);
const rater = (scores: Record<string, number | null>) => makeAssessment(mini, Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { score }])));

describe('compareRaters', () => {
  it('measures two raters: exact, within one, mean absolute difference, and the items to discuss', () => {
    const summary = compareRaters(itemIds, [
      rater({ caseload: 4, 'team-contact': 3, 'rapid-contact': 1, 'job-quality': 5 }),
      rater({ caseload: 4, 'team-contact': 4, 'rapid-contact': 4, 'job-quality': 5 }),
    ]);
    expect(summary).toMatchObject({ raters: 2, items: 4, exactAgreement: 0.5, withinOne: 0.75, meanAbsoluteDifference: 1 });
    expect(summary.discrepancies).toEqual([
      { item: 'rapid-contact', scores: [1, 4], spread: 3 },
      { item: 'team-contact', scores: [3, 4], spread: 1 },
    ]);
  });

  it('counts every pair of raters when there are more than two', () => {
    const summary = compareRaters(itemIds, [rater({ caseload: 3 }), rater({ caseload: 3 }), rater({ caseload: 4 })]);
    // Pairs: (3,3) equal, (3,4) and (3,4) one apart.
    expect(summary.items).toBe(1);
    expect(summary.exactAgreement).toBeCloseTo(1 / 3, 12);
    expect(summary.withinOne).toBe(1);
    expect(summary.meanAbsoluteDifference).toBeCloseTo(2 / 3, 12);
  });

  it('skips items fewer than two raters scored, and keeps the unrated score as null in the list', () => {
    const summary = compareRaters(itemIds, [rater({ caseload: 2, 'team-contact': 5 }), rater({ caseload: 4 }), rater({ caseload: null })]);
    expect(summary.items).toBe(1);
    expect(summary.discrepancies).toEqual([{ item: 'caseload', scores: [2, 4, null], spread: 2 }]);
  });

  it('reports figures as undefined rather than perfect when nothing can be compared', () => {
    const summary = compareRaters(itemIds, [rater({ caseload: 2 }), rater({ 'team-contact': 4 })]);
    expect(summary).toMatchObject({ items: 0, exactAgreement: null, withinOne: null, meanAbsoluteDifference: null });
    expect(summary.krippendorffAlpha).toEqual({ nominal: null, ordinal: null, interval: null });
  });

  it('keeps the rubric order among items with the same spread', () => {
    const ips25 = bundledRubric('ips-25');
    const first = makeAssessment(ips25, uniformRatings(ips25, 3));
    const second = makeAssessment(ips25, uniformRatings(ips25, 3, { 'zero-exclusion': 4, 'caseload-size': 4, 'assertive-engagement': 2 }));
    const summary = compareRaters(ips25.items.map((item) => item.id), [first, second]);
    expect(summary.discrepancies.map((discrepancy) => discrepancy.item)).toEqual(['caseload-size', 'zero-exclusion', 'assertive-engagement']);
  });
});
