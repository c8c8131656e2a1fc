import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../src/domain/assessment/assessment-schema.ts';
import { buildHeatMap, countBands, filterNetworkRows, sortNetworkRows, summariseNetwork, type NetworkRow } from '../../../src/domain/network/summarise-network.ts';
import { loadFixtureRubric, makeAssessment, uniformRatings } from '../../helpers/factories.ts';

// The mini rubric: four items scored 1–5 (sum 4–20; low 4–9, fair 10–15, good 16–20), target 4; principles
// `rapid-search` (rapid-contact, job-quality) and `structure` (caseload, team-contact).
const mini = loadFixtureRubric();

function review(programme: string, site: string, date: string, scores: Record<string, number | null>, extra: Partial<Assessment> = {}): Assessment {
  return makeAssessment(mini, uniformRatings(mini, 3, scores), { program: { name: programme, site }, review: { kind: 'self', date, raters: [] }, ...extra });
}

const network = [
  review('Tremplin', 'Namur', '2026-03-01', { caseload: 5, 'team-contact': 5, 'rapid-contact': 5, 'job-quality': 5 }), // 20, good
  review('Alpha', 'Liège', '2026-01-15', { caseload: 1, 'team-contact': 1, 'rapid-contact': 1, 'job-quality': 1 }), // 4, low
  review('Boussole', 'Mons', '2025-11-30', { 'rapid-contact': null }), // 9 of 3 items, unrated
  review('Alpha', 'Arlon', '2026-02-10', {}), // 12, fair
  review('Cap', 'Gand', '2026-02-10', {}), // 12, fair
];

function ids(rows: readonly NetworkRow[]): string[] {
  return rows.map((row) => `${row.programme}/${row.site}`);
}

describe('summariseNetwork', () => {
  it('gives one row per assessment with total, band id, completeness and the principle profile', () => {
    const { rows, olderReviewsLeftOut } = summariseNetwork(mini, network);
    expect(olderReviewsLeftOut).toBe(0);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({
      index: 0,
      id: null,
      programme: 'Tremplin',
      site: 'Namur',
      reviewDate: '2026-03-01',
      updatedAt: null,
      total: 20,
      bandId: 'good',
      bandWithheld: null,
      isComplete: true,
      percentOfMax: 100,
      principlePercents: [100, 100],
    });
    expect(rows.map((row) => [row.total, row.bandId, row.bandWithheld])).toEqual([
      [20, 'good', null],
      [4, 'low', null],
      [9, null, 'unrated'],
      [12, 'fair', null],
      [12, 'fair', null],
    ]);
    // rapid-search of the third: only job-quality (3) is rated, so its mean is 3 = 60 %.
    expect(rows[2]?.principlePercents).toEqual([60, 60]);
  });

  it('keeps the id of an assessment that has one, and reads a missing site as empty', () => {
    const { rows } = summariseNetwork(mini, [makeAssessment(mini, {}, { id: 'a-1', program: { name: 'Solo' } })]);
    expect(rows[0]).toMatchObject({ id: 'a-1', site: '', total: 0, isComplete: false, principlePercents: [null, null] });
  });

  describe('latest review per programme and site', () => {
    const history = [
      review('Le Tremplin', 'Namur', '2024-05-01', {}, { updatedAt: '2024-05-02T10:00:00Z' }),
      review(' le  TREMPLIN ', 'namur ', '2026-05-01', {}, { updatedAt: '2026-05-01T09:00:00Z' }),
      review('Le Tremplin', 'Namur', '2026-05-01', {}, { updatedAt: '2026-05-03T09:00:00Z' }),
      review('Le Tremplin', 'Dinant', '2023-01-01', {}),
      review('Le Tremplin', 'Namur', '2025-05-01', {}),
    ];

    it('keeps only the latest review date, then the latest change, comparing names trimmed and case-insensitively', () => {
      const { rows, olderReviewsLeftOut } = summariseNetwork(mini, history, { isLatestPerSiteOnly: true });
      expect(rows.map((row) => row.index)).toEqual([2, 3]);
      expect(olderReviewsLeftOut).toBe(3);
    });

    it('keeps every review without the option', () => {
      expect(summariseNetwork(mini, history).rows).toHaveLength(5);
    });

    it('merges a site typed with a composed or a decomposed accent (a Mac and a Windows keyboard)', () => {
      const { rows } = summariseNetwork(mini, [review('A', 'Lie\u0300ge', '2026-01-01', {}), review('A', 'Li\u00e8ge', '2026-02-01', {})], { isLatestPerSiteOnly: true });
      expect(rows).toHaveLength(1);
    });

    it('does not merge sites whose names differ by an accent', () => {
      const { rows } = summariseNetwork(mini, [review('A', 'Liège', '2026-01-01', {}), review('A', 'Liege', '2026-02-01', {})], { isLatestPerSiteOnly: true });
      expect(rows).toHaveLength(2);
    });
  });
});

describe('sortNetworkRows', () => {
  const { rows } = summariseNetwork(mini, network);

  it('sorts by total both ways, ties by programme then site; rows without a complete total stay last', () => {
    const withoutTotal: NetworkRow = { ...rows[0]!, index: 9, programme: 'Zèbre', total: null, bandId: null, bandWithheld: 'unrated', isComplete: false };
    const all = [...rows, withoutTotal];
    // Boussole's 9 is a partial sum (an item unrated): it is not ranked among complete totals.
    expect(ids(sortNetworkRows(mini, all, { key: { by: 'total' }, direction: 'ascending' }))).toEqual(['Alpha/Liège', 'Alpha/Arlon', 'Cap/Gand', 'Tremplin/Namur', 'Boussole/Mons', 'Zèbre/Namur']);
    expect(ids(sortNetworkRows(mini, all, { key: { by: 'total' }, direction: 'descending' }))).toEqual(['Tremplin/Namur', 'Alpha/Arlon', 'Cap/Gand', 'Alpha/Liège', 'Boussole/Mons', 'Zèbre/Namur']);
  });

  it('sorts by band along the scale (not the labels), rows without a band last in both directions', () => {
    expect(ids(sortNetworkRows(mini, rows, { key: { by: 'band' }, direction: 'ascending' }))).toEqual(['Alpha/Liège', 'Alpha/Arlon', 'Cap/Gand', 'Tremplin/Namur', 'Boussole/Mons']);
    expect(ids(sortNetworkRows(mini, rows, { key: { by: 'band' }, direction: 'descending' }))).toEqual(['Tremplin/Namur', 'Alpha/Arlon', 'Cap/Gand', 'Alpha/Liège', 'Boussole/Mons']);
  });

  it('sorts by programme, site and date', () => {
    expect(ids(sortNetworkRows(mini, rows, { key: { by: 'programme' }, direction: 'ascending' }))).toEqual(['Alpha/Arlon', 'Alpha/Liège', 'Boussole/Mons', 'Cap/Gand', 'Tremplin/Namur']);
    expect(ids(sortNetworkRows(mini, rows, { key: { by: 'site' }, direction: 'descending' }))).toEqual(['Tremplin/Namur', 'Boussole/Mons', 'Alpha/Liège', 'Cap/Gand', 'Alpha/Arlon']);
    expect(ids(sortNetworkRows(mini, rows, { key: { by: 'date' }, direction: 'descending' }))).toEqual(['Tremplin/Namur', 'Alpha/Arlon', 'Cap/Gand', 'Alpha/Liège', 'Boussole/Mons']);
  });

  it('sorts by a principle, an unrated principle last', () => {
    const unratedPrinciple: NetworkRow = { ...rows[3]!, index: 7, programme: 'Aaa', principlePercents: [null, 60] };
    const sorted = sortNetworkRows(mini, [...rows, unratedPrinciple], { key: { by: 'principle', principleId: 'rapid-search' }, direction: 'ascending' });
    expect(sorted.map((row) => row.principlePercents[0])).toEqual([20, 60, 60, 60, 100, null]);
    expect(sorted.at(-1)?.programme).toBe('Aaa');
  });

  it('uses the collation it is given for text', () => {
    const accents = summariseNetwork(mini, [review('Église', 'x', '2026-01-01', {}), review('Fabrique', 'x', '2026-01-01', {})]).rows;
    expect(ids(sortNetworkRows(mini, accents, { key: { by: 'programme' }, direction: 'ascending' }))).toEqual(['Fabrique/x', 'Église/x']);
    const collator = new Intl.Collator('fr');
    expect(ids(sortNetworkRows(mini, accents, { key: { by: 'programme' }, direction: 'ascending' }, collator.compare))).toEqual(['Église/x', 'Fabrique/x']);
  });

  it('leaves its input as it was', () => {
    const before = ids(rows);
    sortNetworkRows(mini, rows, { key: { by: 'total' }, direction: 'descending' });
    expect(ids(rows)).toEqual(before);
  });
});

describe('filterNetworkRows', () => {
  const { rows } = summariseNetwork(mini, network);

  it.each([
    ['no condition', {}, ['Tremplin/Namur', 'Alpha/Liège', 'Boussole/Mons', 'Alpha/Arlon', 'Cap/Gand']],
    ['one band', { bandIds: ['fair'] }, ['Alpha/Arlon', 'Cap/Gand']],
    ['a band and "no band"', { bandIds: ['good', null] }, ['Tremplin/Namur', 'Boussole/Mons']],
    ['an empty band set', { bandIds: [] }, []],
    // Boussole's 9 is a partial sum: a total bound compares complete totals only.
    ['a total range, bounds included', { totalMin: 9, totalMax: 12 }, ['Alpha/Arlon', 'Cap/Gand']],
    ['a date range, bounds included', { dateFrom: '2026-01-15', dateTo: '2026-02-10' }, ['Alpha/Liège', 'Alpha/Arlon', 'Cap/Gand']],
    ['a principle strictly below a percent', { principleBelow: { principleId: 'structure', percent: 60 } }, ['Alpha/Liège']],
    ['text in the programme, any case', { search: 'ALPHA' }, ['Alpha/Liège', 'Alpha/Arlon']],
    ['text in the site, without accents', { search: ' liege ' }, ['Alpha/Liège']],
    ['every condition at once', { bandIds: ['fair', 'low'], search: 'alpha', totalMin: 10 }, ['Alpha/Arlon']],
  ] as const)('keeps the rows matching %s', (_, filter, expected) => {
    expect(ids(filterNetworkRows(mini, rows, filter))).toEqual(expected);
  });

  it('never lets a missing figure pass a figure test', () => {
    const blank: NetworkRow = { ...rows[0]!, total: null, principlePercents: [null, null] };
    expect(filterNetworkRows(mini, [blank], { totalMax: 100 })).toEqual([]);
    expect(filterNetworkRows(mini, [blank], { principleBelow: { principleId: 'structure', percent: 100 } })).toEqual([]);
  });
});

describe('countBands', () => {
  it('counts each band in scale order, zero included, and the rows without a band by reason', () => {
    const { rows } = summariseNetwork(mini, network);
    const mostlyNotApplicable: NetworkRow = { ...rows[0]!, bandId: null, bandWithheld: 'mostly-not-applicable' };
    expect(countBands(mini, [...rows, mostlyNotApplicable])).toEqual({
      bands: [
        { bandId: 'low', count: 1 },
        { bandId: 'fair', count: 2 },
        { bandId: 'good', count: 1 },
      ],
      noBand: { unrated: 1, 'mostly-not-applicable': 1 },
      rowCount: 6,
    });
  });

  it('counts nothing for no rows', () => {
    expect(countBands(mini, [])).toEqual({ bands: [{ bandId: 'low', count: 0 }, { bandId: 'fair', count: 0 }, { bandId: 'good', count: 0 }], noBand: { unrated: 0, 'mostly-not-applicable': 0 }, rowCount: 0 });
  });
});

describe('buildHeatMap', () => {
  it('has the rubric principles as columns and the rows in the order given, with percent and level per cell', () => {
    const { rows } = summariseNetwork(mini, network);
    const sorted = sortNetworkRows(mini, rows, { key: { by: 'total' }, direction: 'descending' });
    const heatMap = buildHeatMap(mini, sorted);
    expect(heatMap.principleIds).toEqual(['rapid-search', 'structure']);
    expect(heatMap.rows.map((row) => row.index)).toEqual(sorted.map((row) => row.index));
    expect(heatMap.rows[0]?.cells).toEqual([
      { principleId: 'rapid-search', percent: 100, level: 'at-target' },
      { principleId: 'structure', percent: 100, level: 'at-target' },
    ]);
  });

  it.each([
    [{ 'rapid-contact': 4, 'job-quality': 4 }, 80, 'at-target'],
    [{ 'rapid-contact': 3, 'job-quality': 4 }, 70, 'near-target'],
    [{ 'rapid-contact': 3, 'job-quality': 3 }, 60, 'near-target'],
    [{ 'rapid-contact': 2, 'job-quality': 3 }, 50, 'below-target'],
    [{ 'rapid-contact': null, 'job-quality': null }, null, null],
  ] as const)('levels %j against the target of 4 (80 %%): %s → %s', (scores, percent, level) => {
    const heatMap = buildHeatMap(mini, summariseNetwork(mini, [review('P', 'S', '2026-01-01', scores)]).rows);
    expect(heatMap.rows[0]?.cells[0]).toEqual({ principleId: 'rapid-search', percent, level });
  });
});
