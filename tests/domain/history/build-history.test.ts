import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/domain/assessment/assessment-schema.ts';
import { buildHistory } from '../../../src/domain/history/build-history.ts';
import { programmeKey, withoutConsensusSources } from '../../../src/domain/history/programme-key.ts';
import { scoreAssessment } from '../../../src/domain/scoring/score-assessment.ts';
import { parseRubric } from '../../../src/domain/rubric/parse-rubric.ts';
import { bundledRubric, loadFixtureRubric, makeAssessment, ratingsSummingTo, readFixture, uniformRatings } from '../../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');

/** An IPS-25 review of the test programme on `date` with the given ratings. */
function review(date: string, ratings: Assessment['ratings'], overrides: Partial<Assessment> = {}): Assessment {
  return makeAssessment(ips25, ratings, { id: `review-${date}`, review: { kind: 'self', date, raters: [] }, ...overrides });
}

describe('programmeKey', () => {
  const base = makeAssessment(ips25);

  it('ignores case, surrounding and repeated spaces and Unicode composition', () => {
    const typedElsewhere = makeAssessment(ips25, {}, { program: { name: '  le   TREMPLIN ', site: 'Lie\u0300ge ' } });
    const typedHere = makeAssessment(ips25, {}, { program: { name: 'Le Tremplin', site: 'li\u00e8ge' } });
    expect(programmeKey(typedElsewhere)).toBe(programmeKey(typedHere));
  });

  it('keeps the scale version out, so a history goes on across versions', () => {
    expect(programmeKey({ ...base, scale: { id: 'ips-25', version: 'older' } })).toBe(programmeKey(base));
  });

  it.each([
    ['another scale', { scale: { id: 'ips-15', version: '1997-p1' } }],
    ['another site', { program: { name: 'Test programme', site: 'Namur' } }],
    ['no site', { program: { name: 'Test programme' } }],
    ['another programme', { program: { name: 'Autre programme', site: 'Liège' } }],
    ['a workshop rating of a vignette with the same name', { review: { kind: 'workshop' as const, date: '2026-11-28', raters: [] }, vignette: 'ips-25-preparation-first' }],
  ])('tells apart %s', (_, overrides: Partial<Assessment>) => {
    expect(programmeKey({ ...base, ...overrides })).not.toBe(programmeKey(base));
  });

  it('does not join parts that happen to concatenate alike', () => {
    const a = makeAssessment(ips25, {}, { program: { name: 'ab', site: 'c' } });
    const b = makeAssessment(ips25, {}, { program: { name: 'a', site: 'bc' } });
    expect(programmeKey(a)).not.toBe(programmeKey(b));
  });
});

describe('buildHistory', () => {
  it('gives nothing for no assessment', () => {
    expect(buildHistory(ips25, [], '2026-11-27')).toBeNull();
  });

  it('orders the reviews by date whatever order they come in, and scores each with the core', () => {
    const first = review('2025-03-10', ratingsSummingTo(ips25, 70));
    const second = review('2025-09-15', ratingsSummingTo(ips25, 88));
    const third = review('2026-04-02', ratingsSummingTo(ips25, 104), { review: { kind: 'external', date: '2026-04-02', raters: [] } });
    const history = buildHistory(ips25, [third, first, second], '2026-05-01');
    expect(history?.entries.map(({ date, kind, total, band, isComplete }) => ({ date, kind, total, band: band?.id, isComplete }))).toEqual([
      { date: '2025-03-10', kind: 'self', total: 70, band: 'not-supported', isComplete: true },
      { date: '2025-09-15', kind: 'self', total: 88, band: 'fair', isComplete: true },
      { date: '2026-04-02', kind: 'external', total: 104, band: 'good', isComplete: true },
    ]);
    const scored = scoreAssessment(ips25, third);
    expect(history?.latest).toMatchObject({ assessmentId: 'review-2026-04-02', percentOfMax: scored.percentOfMax, scaleVersion: ips25.version });
    expect(history?.latest.principles).toEqual(scored.principles.map(({ id, percent }) => ({ id, percent })));
  });

  it('orders two reviews of one day by creation time, then by last change', () => {
    const ratings = uniformRatings(ips25, 3);
    const morning = review('2026-05-04', ratings, { id: 'morning', createdAt: '2026-05-04T08:00:00.000Z', updatedAt: '2026-05-06T10:00:00.000Z' });
    const afternoon = review('2026-05-04', ratings, { id: 'afternoon', createdAt: '2026-05-04T14:00:00.000Z', updatedAt: '2026-05-04T15:00:00.000Z' });
    const sameCreationEarlierChange = review('2026-05-04', ratings, { id: 'edited-first', createdAt: '2026-05-04T14:00:00.000Z', updatedAt: '2026-05-04T14:30:00.000Z' });
    const history = buildHistory(ips25, [afternoon, morning, sameCreationEarlierChange], '2026-06-01');
    expect(history?.entries.map((entry) => entry.assessmentId)).toEqual(['morning', 'edited-first', 'afternoon']);
  });

  it('keeps the given order when reviews tie on date and timestamps', () => {
    const ratings = uniformRatings(ips25, 3);
    const history = buildHistory(ips25, [review('2026-05-04', ratings, { id: 'b' }), review('2026-05-04', ratings, { id: 'a' })], '2026-06-01');
    expect(history?.entries.map((entry) => entry.assessmentId)).toEqual(['b', 'a']);
  });

  it('names the programme as its latest review does', () => {
    const older = review('2025-01-01', {}, { program: { name: 'le tremplin', site: ' ' } });
    const newer = review('2026-01-01', {}, { program: { name: 'Le Tremplin', site: 'Namur' } });
    expect(buildHistory(ips25, [newer, older], '2026-02-01')?.programme).toEqual({ name: 'Le Tremplin', site: 'Namur' });
    expect(buildHistory(ips25, [older], '2026-02-01')?.programme).toEqual({ name: 'le tremplin', site: null });
  });

  describe('a single review', () => {
    const only = review('2026-03-15', ratingsSummingTo(ips25, 90));
    const history = buildHistory(ips25, [only], '2026-04-01');

    it('has one entry, no changes and a profile of one point per principle', () => {
      expect(history?.entries).toHaveLength(1);
      expect(history?.changes).toBeNull();
      expect(history?.hasSeveralVersions).toBe(false);
      expect(history?.principleProfile).toHaveLength(ips25.principles.length);
      expect(history?.principleProfile.every((trend) => trend.points.length === 1 && trend.points[0]!.change === null)).toBe(true);
    });

    it('is due for review six months later, below good fidelity', () => {
      expect(history?.nextReview).toEqual({ dueDate: '2026-09-15', intervalMonths: 6, intervalBasis: 'band', status: 'due-later', daysUntilDue: 167 });
    });
  });

  describe('changes since the last review', () => {
    it('lists the items whose score rose or fell, in rubric order, with the change of the total', () => {
      const before = review('2025-10-01', uniformRatings(ips25, 3, { 'caseload-size': 2, 'rapid-job-search': 4 }));
      const after = review('2026-04-01', uniformRatings(ips25, 3, { 'caseload-size': 4, 'rapid-job-search': 2, 'zero-exclusion': 5 }));
      const changes = buildHistory(ips25, [before, after], '2026-04-02')?.changes;
      expect(changes?.items).toEqual([
        { item: 'caseload-size', number: 1, before: 2, after: 4, delta: 2, direction: 'improved' },
        { item: 'zero-exclusion', number: 9, before: 3, after: 5, delta: 2, direction: 'improved' },
        { item: 'rapid-job-search', number: 15, before: 4, after: 2, delta: -2, direction: 'declined' },
      ]);
      expect(changes).toMatchObject({ versionsDiffer: false, comparedItemCount: 25, itemCount: 25, totalDelta: 2 });
      expect(changes?.previous.date).toBe('2025-10-01');
      expect(changes?.latest.date).toBe('2026-04-01');
    });

    it('compares only the two latest reviews', () => {
      const first = review('2025-01-01', uniformRatings(ips25, 1));
      const second = review('2025-07-01', uniformRatings(ips25, 3));
      const third = review('2026-01-01', uniformRatings(ips25, 3, { disclosure: 4 }));
      const changes = buildHistory(ips25, [first, second, third], '2026-01-02')?.changes;
      expect(changes?.items.map((change) => change.item)).toEqual(['disclosure']);
      expect(changes?.totalDelta).toBe(1);
    });

    it('leaves out items rated on one side only, and gives no total change while a review is incomplete', () => {
      const before = review('2025-10-01', uniformRatings(ips25, 3, { disclosure: null }));
      const after = review('2026-04-01', uniformRatings(ips25, 4, { 'rapid-job-search': null }));
      const changes = buildHistory(ips25, [before, after], '2026-04-02')?.changes;
      expect(changes?.items.map((change) => change.item)).not.toContain('disclosure');
      expect(changes?.items.map((change) => change.item)).not.toContain('rapid-job-search');
      expect(changes?.items).toHaveLength(23);
      expect(changes?.totalDelta).toBeNull();
    });
  });

  describe('reviews on different versions of the scale', () => {
    // The older version had no item on employer diversity: its file holds no rating for it.
    const olderVersionRatings = Object.fromEntries(Object.entries(uniformRatings(ips25, 3)).filter(([id]) => id !== 'employer-diversity'));
    const older = review('2025-10-01', { ...olderVersionRatings, 'caseload-size': { score: 2 } }, { scale: { id: 'ips-25', version: 'older' } });
    const current = review('2026-04-01', uniformRatings(ips25, 4, { 'employer-diversity': 1 }));
    const history = buildHistory(ips25, [current, older], '2026-04-02');

    it('compares only the items both reviews rated, and says how many of how many', () => {
      expect(history?.changes).toMatchObject({ versionsDiffer: true, comparedItemCount: 24, itemCount: 25, totalDelta: null });
      expect(history?.changes?.items).toHaveLength(24);
      expect(history?.changes?.items.find((change) => change.item === 'caseload-size')).toMatchObject({ before: 2, after: 4, direction: 'improved' });
      expect(history?.changes?.items.some((change) => change.item === 'employer-diversity')).toBe(false);
    });

    it('keeps each review’s own version in the timeline and flags the mixture', () => {
      expect(history?.entries.map((entry) => entry.scaleVersion)).toEqual(['older', ips25.version]);
      expect(history?.hasSeveralVersions).toBe(true);
    });

    it('counts an item absent from the older review as not rated there', () => {
      expect(history?.entries[0]).toMatchObject({ isComplete: false, band: null });
    });
  });

  describe('the principle profile over time', () => {
    it('gives each principle its percent at every review and marks the change from the review before', () => {
      const first = review('2025-01-01', uniformRatings(ips25, 3));
      const second = review('2025-07-01', uniformRatings(ips25, 3, { 'zero-exclusion': 5, disclosure: 2 }));
      const third = review('2026-01-01', uniformRatings(ips25, 3, { 'zero-exclusion': 5, 'work-incentives-planning': null }));
      const profile = buildHistory(ips25, [first, second, third], '2026-01-02')?.principleProfile ?? [];
      const byId = new Map(profile.map((trend) => [trend.id, trend.points]));
      expect(byId.get('zero-exclusion')).toEqual([
        { percent: 60, change: null },
        { percent: 100, change: 'up' },
        { percent: 100, change: 'same' },
      ]);
      // Worker preferences: disclosure, individualized search and the two diversity items; 2,3,3,3 → mean 2.75.
      expect(byId.get('worker-preferences')).toEqual([
        { percent: 60, change: null },
        { percent: expect.closeTo(55), change: 'down' },
        { percent: 60, change: 'up' },
      ]);
      expect(byId.get('benefits-counselling')?.at(-1)).toEqual({ percent: null, change: null });
      expect(profile.map((trend) => trend.id)).toEqual(ips25.principles.map((principle) => principle.id));
    });
  });

  describe('the next review', () => {
    it.each([
      ['not supported', 60, '2026-03-31', 6, '2026-09-30'],
      ['fair', 90, '2026-08-31', 6, '2027-02-28'],
      ['good', 105, '2027-02-28', 12, '2028-02-28'],
      ['exemplary', 120, '2028-02-29', 12, '2029-02-28'],
    ])('after a %s review (total %i) on %s comes %i months later, on %s', (_, total, date, months, due) => {
      const next = buildHistory(ips25, [review(date, ratingsSummingTo(ips25, total))], date)?.nextReview;
      expect(next).toMatchObject({ dueDate: due, intervalMonths: months, intervalBasis: 'band' });
    });

    it.each([
      ['2026-08-15', 'due-later', 31],
      ['2026-08-16', 'due-soon', 30],
      ['2026-09-15', 'due-soon', 0],
      ['2026-09-16', 'overdue', -1],
      ['2027-03-15', 'overdue', -181],
    ])('seen on %s, a review due on 2026-09-15 is %s (%i days left)', (today, status, days) => {
      const next = buildHistory(ips25, [review('2026-03-15', ratingsSummingTo(ips25, 90))], today)?.nextReview;
      expect(next).toMatchObject({ dueDate: '2026-09-15', status, daysUntilDue: days });
    });

    it('takes the scale’s shortest interval when the latest review has no band yet', () => {
      const earlierGood = review('2025-09-01', ratingsSummingTo(ips25, 110));
      const latestIncomplete = review('2026-03-01', uniformRatings(ips25, 5, { disclosure: null }));
      const next = buildHistory(ips25, [earlierGood, latestIncomplete], '2026-03-02')?.nextReview;
      expect(next).toMatchObject({ dueDate: '2026-09-01', intervalMonths: 6, intervalBasis: 'no-band' });
    });

    it('says so when the latest review has no band because most items were marked not applicable', () => {
      // IPS-25 allows no "not applicable"; a scale that allows it everywhere, with the IPS intervals.
      const source = JSON.parse(readFixture('rubrics/mini-rubric.json')) as { items: Array<{ naAllowed?: boolean }>; scoring: { bands: Array<{ reviewAfterMonths?: number }> } };
      source.items.forEach((item) => (item.naAllowed = true));
      source.scoring.bands.forEach((band, index) => (band.reviewAfterMonths = index === 0 ? 6 : 12));
      const parsed = parseRubric(source);
      if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
      const rubric = parsed.rubric;
      const [first, ...others] = rubric.items.map((item) => item.id) as [string, ...string[]];
      const mostlyNotApplicable = makeAssessment(rubric, { [first]: { score: 4 }, ...Object.fromEntries(others.map((item) => [item, { na: true }])) }, { review: { kind: 'self', date: '2026-01-31', raters: [] } });
      expect(buildHistory(rubric, [mostlyNotApplicable], '2026-02-01')?.nextReview).toMatchObject({ dueDate: '2026-07-31', intervalMonths: 6, intervalBasis: 'mostly-not-applicable' });
    });

    it('counts twelve months when the scale gives no interval', () => {
      const plain = loadFixtureRubric();
      const complete = makeAssessment(plain, uniformRatings(plain, 2), { review: { kind: 'self', date: '2026-01-31', raters: [] } });
      const incomplete = makeAssessment(plain, { caseload: { score: 2 } }, { review: { kind: 'self', date: '2026-01-31', raters: [] } });
      expect(buildHistory(plain, [complete], '2026-02-01')?.nextReview).toMatchObject({ dueDate: '2027-01-31', intervalMonths: 12, intervalBasis: 'band-without-interval' });
      expect(buildHistory(plain, [incomplete], '2026-02-01')?.nextReview).toMatchObject({ dueDate: '2027-01-31', intervalMonths: 12, intervalBasis: 'no-band' });
    });
  });
});

describe('withoutConsensusSources', () => {
  it('leaves out the reviewers\' own assessments a consensus among them was made from, and nothing else', () => {
    const reviewerA = { ...makeAssessment(ips25), id: 'reviewer-a' };
    const reviewerB = { ...makeAssessment(ips25), id: 'reviewer-b' };
    const earlier = { ...makeAssessment(ips25), id: 'earlier-review' };
    const consensus = {
      ...makeAssessment(ips25, {}, { review: { kind: 'consensus', date: '2026-11-21', raters: [] } }),
      id: 'consensus',
      consensus: { reviewers: [{ assessmentId: 'reviewer-a', name: 'A', date: '2026-11-20', ratings: {} }, { assessmentId: 'reviewer-b', name: 'B', date: '2026-11-20', ratings: {} }] },
    };
    expect(withoutConsensusSources([earlier, reviewerA, reviewerB, consensus]).map((assessment) => assessment.id)).toEqual(['earlier-review', 'consensus']);
    expect(withoutConsensusSources([earlier, reviewerA]).map((assessment) => assessment.id)).toEqual(['earlier-review', 'reviewer-a']);
  });
});
