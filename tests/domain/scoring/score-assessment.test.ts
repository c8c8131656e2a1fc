import { describe, expect, it } from 'vitest';
import { findBand, scoreAssessment } from '../../../src/domain/scoring/score-assessment.ts';
import { bundledRubric, loadFixtureRubric, makeAssessment, ratingsSummingTo, uniformRatings } from '../../helpers/factories.ts';

describe('scoreAssessment on IPS-25', () => {
  const ips25 = bundledRubric('ips-25');

  it.each([
    [25, 'not-supported'],
    [73, 'not-supported'],
    [74, 'fair'],
    [99, 'fair'],
    [100, 'good'],
    [114, 'good'],
    [115, 'exemplary'],
    [125, 'exemplary'],
  ])('puts a complete total of %i in the %s band', (total, bandId) => {
    const summary = scoreAssessment(ips25, makeAssessment(ips25, ratingsSummingTo(ips25, total)));
    expect(summary.total).toBe(total);
    expect(summary.isComplete).toBe(true);
    expect(summary.band?.id).toBe(bandId);
  });

  it('gives no band while an item is unrated, but still reports the partial total and what is missing', () => {
    const ratings = uniformRatings(ips25, 5, { 'rapid-job-search': null, disclosure: null });
    const summary = scoreAssessment(ips25, makeAssessment(ips25, ratings));
    expect(summary.isComplete).toBe(false);
    expect(summary.band).toBeNull();
    expect(summary.total).toBe(115);
    expect(summary.rated).toBe(23);
    expect(summary.unrated).toEqual(['disclosure', 'rapid-job-search']);
  });

  it('subtotals the three sections over their items', () => {
    const summary = scoreAssessment(ips25, makeAssessment(ips25, uniformRatings(ips25, 4, { 'caseload-size': 2 })));
    expect(summary.sections.map(({ id, score, max, itemCount }) => ({ id, score, max, itemCount }))).toEqual([
      { id: 'staffing', score: 10, max: 15, itemCount: 3 },
      { id: 'organization', score: 32, max: 40, itemCount: 8 },
      { id: 'services', score: 56, max: 70, itemCount: 14 },
    ]);
  });

  it('profiles each principle by the mean and percent of maximum of its primary items', () => {
    const ratings = uniformRatings(ips25, 5, { 'rapid-job-search': 1, 'work-based-assessment': 2 });
    const summary = scoreAssessment(ips25, makeAssessment(ips25, ratings));
    const rapid = summary.principles.find((principle) => principle.id === 'rapid-job-search');
    expect(rapid).toMatchObject({ mean: 1.5, percent: 30, rated: 2, itemCount: 2 });
    const benefits = summary.principles.find((principle) => principle.id === 'benefits-counselling');
    expect(benefits).toMatchObject({ mean: 5, percent: 100 });
  });

  it('lists gaps below the target, largest shortfall first, with the next level up as the concrete target', () => {
    const ratings = uniformRatings(ips25, 5, { 'rapid-job-search': 1, disclosure: 3, 'caseload-size': 2 });
    const summary = scoreAssessment(ips25, makeAssessment(ips25, ratings));
    expect(summary.gaps.map((gap) => [gap.item, gap.score, gap.target])).toEqual([
      ['rapid-job-search', 1, 4],
      ['caseload-size', 2, 4],
      ['disclosure', 3, 4],
    ]);
    const rapid = ips25.items.find((item) => item.id === 'rapid-job-search')!;
    expect(summary.gaps[0]!.nextAnchor).toEqual(rapid.anchors.find((anchor) => anchor.score === 2)!.description);
    expect(summary.gaps[0]!.currentAnchor).toEqual(rapid.anchors.find((anchor) => anchor.score === 1)!.description);
  });

  it('ignores rating keys that are not items, even ones named like Object properties', () => {
    const ratings = { ...uniformRatings(ips25, 3), constructor: { score: 5 }, toString: { score: 5 } };
    const summary = scoreAssessment(ips25, makeAssessment(ips25, ratings));
    expect(summary.total).toBe(75);
  });
});

describe('scoreAssessment on IPS-15', () => {
  const ips15 = bundledRubric('ips-15');

  it.each([
    [15, 'not-supported'],
    [55, 'not-supported'],
    [56, 'fair'],
    [65, 'fair'],
    [66, 'good'],
    [75, 'good'],
  ])('puts a complete total of %i in the %s band', (total, bandId) => {
    const summary = scoreAssessment(ips15, makeAssessment(ips15, ratingsSummingTo(ips15, total)));
    expect(summary.total).toBe(total);
    expect(summary.band?.id).toBe(bandId);
  });
});

describe('scoreAssessment with mean scoring', () => {
  const principles = bundledRubric('ips-principles');

  it('averages the items', () => {
    const summary = scoreAssessment(principles, makeAssessment(principles, uniformRatings(principles, 4)));
    expect(summary).toMatchObject({ method: 'mean', total: 4, min: 1, max: 5, percentOfMax: 80 });
  });

  // Each band boundary of the self-check, including means that fall between two-decimal limits.
  const bands = principles.scoring.bands;
  const cases = bands.flatMap((band, index) => {
    const below = bands[index - 1];
    return [[band.min, band.id], [band.max, band.id], ...(below ? [[(below.max + band.min) / 2, below.id]] : [])] as Array<[number, string]>;
  });

  it('has the four bands of the self-check', () => {
    expect(bands.map((band) => band.id)).toEqual(['far-from-model', 'partly-aligned', 'close-to-model', 'aligned']);
  });

  it.each(cases)('puts a mean of %s in the %s band (a mean between two limits goes to the lower band)', (mean, bandId) => {
    expect(findBand(bands, mean)?.id).toBe(bandId);
  });

  it('bands a real mixed profile by its mean', () => {
    const ids = principles.items.map((item) => item.id);
    const ratings = Object.fromEntries(ids.map((id, index) => [id, { score: index < 10 ? 2 : 3 }]));
    const summary = scoreAssessment(principles, makeAssessment(principles, ratings));
    expect(summary.total).toBeCloseTo((10 * 2 + 11 * 3) / 21, 12);
    expect(summary.band?.id).toBe('partly-aligned');
  });
});

describe('scoreAssessment with items marked not applicable', () => {
  const mini = loadFixtureRubric();

  it('leaves the item out and scales the sum up so the bands keep their meaning', () => {
    const summary = scoreAssessment(mini, makeAssessment(mini, { caseload: { score: 4 }, 'team-contact': { score: 4 }, 'rapid-contact': { score: 4 }, 'job-quality': { na: true } }));
    expect(summary.isComplete).toBe(true);
    expect(summary.notApplicable).toEqual(['job-quality']);
    expect(summary.ratedSum).toBe(12);
    expect(summary.total).toBe(16);
    expect(summary.isProrated).toBe(true);
    expect(summary.band?.id).toBe('good');
  });

  it('keeps section subtotals as plain sums over the applicable items, so they add up to the rated sum', () => {
    const summary = scoreAssessment(mini, makeAssessment(mini, { caseload: { score: 4 }, 'team-contact': { score: 4 }, 'rapid-contact': { score: 2 }, 'job-quality': { na: true } }));
    expect(summary.sections.map(({ id, score, max }) => ({ id, score, max }))).toEqual([
      { id: 'staffing', score: 8, max: 10 },
      { id: 'services', score: 2, max: 5 },
    ]);
    expect(summary.sections.reduce((sum, section) => sum + (section.score ?? 0), 0)).toBe(summary.ratedSum);
    expect(summary.total).toBeCloseTo(40 / 3, 10);
    expect(summary.percentOfMax).toBeCloseTo((10 / 15) * 100, 10);
  });

  it('never scales a partial sum: with an item still unrated the total is what was given', () => {
    const summary = scoreAssessment(mini, makeAssessment(mini, { caseload: { score: 5 }, 'job-quality': { na: true } }));
    expect(summary).toMatchObject({ total: 5, isProrated: false, isComplete: false, band: null });
  });

  it('does not honour "not applicable" on an item that does not allow it', () => {
    const summary = scoreAssessment(mini, makeAssessment(mini, { caseload: { na: true }, 'team-contact': { score: 4 }, 'rapid-contact': { score: 4 }, 'job-quality': { score: 4 } }));
    expect(summary.isComplete).toBe(false);
    expect(summary.unrated).toEqual(['caseload']);
  });

  it('ranks gaps by shortfall times the item weight', () => {
    const summary = scoreAssessment(mini, makeAssessment(mini, { caseload: { score: 2 }, 'job-quality': { score: 3 } }));
    expect(summary.gaps.map((gap) => [gap.item, gap.importance])).toEqual([
      ['caseload', 2],
      ['job-quality', 2],
    ]);
  });
});

describe('findBand', () => {
  const bands = loadFixtureRubric().scoring.bands;

  it.each([
    [4, 'low'],
    [9, 'low'],
    [9.5, 'low'],
    [10, 'fair'],
    [20, 'good'],
  ])('finds the band holding %s', (value, bandId) => {
    expect(findBand(bands, value)?.id).toBe(bandId);
  });

  it('finds no band below the lowest one', () => {
    expect(findBand(bands, 3)).toBeNull();
  });
});

describe('scoreAssessment edge cases', () => {
  const mini = loadFixtureRubric();
  const principles = bundledRubric('ips-principles');

  it('gives no mean at all, rather than 0, when nothing is rated', () => {
    const summary = scoreAssessment(principles, makeAssessment(principles));
    expect(summary.total).toBeNull();
    expect(summary.sections.every((section) => section.score === null)).toBe(true);
    expect(summary.bandWithheld).toBe('unrated');
  });

  it('bands a mean as it is shown, rounded to two decimals', () => {
    const ids = principles.items.map((item) => item.id);
    // 73 / 21 = 3.476…: shown 3.48, below the 3.5 limit.
    const below = Object.fromEntries(ids.map((id, index) => [id, { score: index < 10 ? 4 : 3 }]));
    expect(scoreAssessment(principles, makeAssessment(principles, below)).band?.id).toBe('partly-aligned');
    // 3.4999 would show as 3.50 and is banded as 3.50.
    expect(findBand(principles.scoring.bands, Math.round(3.4999 * 100) / 100)?.id).toBe('close-to-model');
  });

  it('says why there is no band when more than half the items are not applicable', () => {
    const summary = scoreAssessment(mini, makeAssessment(mini, { caseload: { score: 2 }, 'job-quality': { na: true } }));
    expect(summary.isComplete).toBe(false);
    const ips = { ...mini, items: mini.items.map((item) => ({ ...item, naAllowed: true })) };
    const mostlyNa = scoreAssessment(ips, makeAssessment(ips, { caseload: { score: 2 }, 'team-contact': { na: true }, 'rapid-contact': { na: true }, 'job-quality': { na: true } }));
    expect(mostlyNa).toMatchObject({ isComplete: true, isProrated: false, total: 2, band: null, bandWithheld: 'mostly-not-applicable' });
    const allNa = scoreAssessment(ips, makeAssessment(ips, Object.fromEntries(ips.items.map((item) => [item.id, { na: true }]))));
    expect(allNa).toMatchObject({ isComplete: true, band: null, bandWithheld: 'mostly-not-applicable', unrated: [] });
  });
});
