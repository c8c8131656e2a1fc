import { normalizeName } from '../history/programme-key.ts';
import type { Assessment } from '../assessment/assessment-schema.ts';
import type { Rubric } from '../rubric/rubric-schema.ts';
import { scoreAssessment, type BandWithheld, type PercentOfMaximum, type Total } from '../scoring/score-assessment.ts';

/** One assessment of a network, reduced to what the dashboard shows, sorts and filters by. */
export interface NetworkRow {
  /** Position in the list the rows were built from: a stable key, and the last tie-break of every sort. */
  index: number;
  /** The assessment's own id, when the file had one. */
  id: string | null;
  programme: string;
  site: string;
  /** YYYY-MM-DD, so dates compare as text. */
  reviewDate: string;
  updatedAt: string | null;
  total: Total | null;
  /** The band's id (never its label, which depends on the language); null when no band is given. */
  bandId: string | null;
  /** Why there is no band, when there is none. */
  bandWithheld: BandWithheld | null;
  isComplete: boolean;
  percentOfMax: PercentOfMaximum;
  /** One value per principle of the rubric, in the rubric's order; null when none of its items is rated. */
  principlePercents: Array<PercentOfMaximum | null>;
}

export interface NetworkSummaryOptions {
  /**
   * Keep only the most recent review of each programme and site (latest review date, then latest `updatedAt`),
   * so a site reviewed every year counts once in the distribution.
   */
  isLatestPerSiteOnly?: boolean;
}

/** What the dashboard is drawn from. */
export interface NetworkSummary {
  rows: NetworkRow[];
  /** Earlier reviews of a programme and site left out by `isLatestPerSiteOnly`. */
  olderReviewsLeftOut: number;
}

/** The key under which two reviews are "the same programme and site", names compared as the whole core does. */
function siteKey(row: Pick<NetworkRow, 'programme' | 'site'>): string {
  return `${normalizeName(row.programme)}\u0000${normalizeName(row.site)}`;
}

/** True when `candidate` is a later review than `current`: by review date, then by when it was last changed. */
function isLaterReview(candidate: NetworkRow, current: NetworkRow): boolean {
  if (candidate.reviewDate !== current.reviewDate) return candidate.reviewDate > current.reviewDate;
  return (candidate.updatedAt ?? '') > (current.updatedAt ?? '');
}

function keepLatestPerSite(rows: readonly NetworkRow[]): NetworkRow[] {
  const latest = new Map<string, NetworkRow>();
  for (const row of rows) {
    const key = siteKey(row);
    const current = latest.get(key);
    if (!current || isLaterReview(row, current)) latest.set(key, row);
  }
  const kept = new Set(latest.values());
  return rows.filter((row) => kept.has(row));
}

/**
 * Builds the dashboard model of a network: one row per assessment of `rubric` (total, band id, completeness,
 * percent of maximum and the principle profile), optionally only the latest review of each programme and site.
 * Rows keep the order of `assessments`; `index` is the position there. Pure: same input, same output.
 */
export function summariseNetwork(rubric: Rubric, assessments: readonly Assessment[], options: NetworkSummaryOptions = {}): NetworkSummary {
  const all = assessments.map((assessment, index): NetworkRow => {
    const summary = scoreAssessment(rubric, assessment);
    return {
      index,
      id: assessment.id ?? null,
      programme: assessment.program.name,
      site: assessment.program.site ?? '',
      reviewDate: assessment.review.date,
      updatedAt: assessment.updatedAt ?? null,
      total: summary.total,
      bandId: summary.band?.id ?? null,
      bandWithheld: summary.bandWithheld,
      isComplete: summary.isComplete,
      percentOfMax: summary.percentOfMax,
      principlePercents: summary.principles.map((principle) => principle.percent),
    };
  });
  const rows = options.isLatestPerSiteOnly ? keepLatestPerSite(all) : all;
  return { rows, olderReviewsLeftOut: all.length - rows.length };
}

/** The columns a network table can be sorted by; a principle column names the principle. */
export type NetworkSortKey = { by: 'programme' | 'site' | 'date' | 'total' | 'band' } | { by: 'principle'; principleId: string };

export type SortDirection = 'ascending' | 'descending';

export interface NetworkSort {
  key: NetworkSortKey;
  direction: SortDirection;
}

/** Compares two texts; the interface passes its language's collation, tests and the default use code points. */
export type CompareText = (a: string, b: string) => number;

const compareCodePoints: CompareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Where each band sits on the rubric's scale, lowest first: sorting by band follows the scale, not the labels. */
function rankBands(rubric: Rubric): Map<string, number> {
  return new Map([...rubric.scoring.bands].sort((a, b) => a.min - b.min).map((band, rank) => [band.id, rank]));
}

/**
 * Sorts rows by one column, ascending or descending. A row without a value in that column (unrated principle,
 * no band, no total) always comes last, whichever the direction, so reversing a sort never buries the figures
 * under blanks. Ties are broken by programme, then site, then original position, so the order is stable.
 * Returns a new array; `rows` is left as it is.
 */
export function sortNetworkRows(rubric: Rubric, rows: readonly NetworkRow[], sort: NetworkSort, compareText: CompareText = compareCodePoints): NetworkRow[] {
  const bandRanks = rankBands(rubric);
  const { key } = sort;
  const principleIndex = key.by === 'principle' ? rubric.principles.findIndex((principle) => principle.id === key.principleId) : -1;
  const valueOf = (row: NetworkRow): string | number | null => {
    switch (key.by) {
      case 'programme':
        return row.programme;
      case 'site':
        return row.site;
      case 'date':
        return row.reviewDate;
      case 'total':
        // A partial sum is not comparable with complete totals: it sorts with the rows that have none.
        return row.isComplete ? row.total : null;
      case 'band':
        return row.bandId === null ? null : (bandRanks.get(row.bandId) ?? null);
      case 'principle':
        return row.principlePercents[principleIndex] ?? null;
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compareValues = (a: string | number, b: string | number) => (typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b)));
  const keyed = rows.map((row) => ({ row, value: valueOf(row) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else {
      const byValue = compareValues(a.value, b.value);
      if (byValue !== 0) return sign * byValue;
    }
    return compareText(a.row.programme, b.row.programme) || compareText(a.row.site, b.row.site) || a.row.index - b.row.index;
  });
  return keyed.map((entry) => entry.row);
}

/** Which rows to show. Every condition given must hold; an absent condition lets every row through. */
export interface NetworkFilter {
  /** Band ids to keep; `null` in the list keeps the rows without a band. */
  bandIds?: ReadonlyArray<string | null>;
  totalMin?: number;
  totalMax?: number;
  /** Inclusive YYYY-MM-DD bounds on the review date. */
  dateFrom?: string;
  dateTo?: string;
  /** Rows where this principle is rated and strictly below `percent`. */
  principleBelow?: { principleId: string; percent: PercentOfMaximum };
  /** Text found in the programme or the site, ignoring case and accents. */
  search?: string;
}

/** Lower case without accents or repeated spaces, so "liege" finds "Liège". */
function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Keeps the rows that meet every condition of `filter`, in their order. A row without a complete total fails a
 * total bound (a partial sum would pass "at most 73" for a site that is merely unfinished), and a principle nobody
 * rated is not "below" anything: an unknown figure never passes a figure test.
 */
export function filterNetworkRows(rubric: Rubric, rows: readonly NetworkRow[], filter: NetworkFilter): NetworkRow[] {
  const bandIds = filter.bandIds ? new Set(filter.bandIds) : null;
  const principleIndex = filter.principleBelow ? rubric.principles.findIndex((principle) => principle.id === filter.principleBelow?.principleId) : -1;
  const search = filter.search ? foldForSearch(filter.search.trim()) : '';
  return rows.filter((row) => {
    if (bandIds && !bandIds.has(row.bandId)) return false;
    const total = row.isComplete ? row.total : null;
    if (filter.totalMin !== undefined && (total === null || total < filter.totalMin)) return false;
    if (filter.totalMax !== undefined && (total === null || total > filter.totalMax)) return false;
    if (filter.dateFrom !== undefined && row.reviewDate < filter.dateFrom) return false;
    if (filter.dateTo !== undefined && row.reviewDate > filter.dateTo) return false;
    if (filter.principleBelow) {
      const percent = row.principlePercents[principleIndex] ?? null;
      if (percent === null || percent >= filter.principleBelow.percent) return false;
    }
    if (search && !foldForSearch(`${row.programme} ${row.site}`).includes(search)) return false;
    return true;
  });
}

/** How many rows fall in each band, and how many have none and why. */
export interface BandDistribution {
  /** Every band of the rubric, lowest first, with its count (zero included, so the bars line up). */
  bands: Array<{ bandId: string; count: number }>;
  /** Rows without a band: some item not rated, or too many items not applicable. */
  noBand: Record<BandWithheld, number>;
  rowCount: number;
}

/** Counts rows per band in the order of the rubric's scale, and the rows without a band by reason. */
export function countBands(rubric: Rubric, rows: readonly NetworkRow[]): BandDistribution {
  const counts = new Map([...rubric.scoring.bands].sort((a, b) => a.min - b.min).map((band) => [band.id, 0]));
  const noBand: Record<BandWithheld, number> = { unrated: 0, 'mostly-not-applicable': 0 };
  for (const row of rows) {
    if (row.bandId !== null && counts.has(row.bandId)) counts.set(row.bandId, (counts.get(row.bandId) ?? 0) + 1);
    else noBand[row.bandWithheld ?? 'unrated'] += 1;
  }
  return { bands: [...counts].map(([bandId, count]) => ({ bandId, count })), noBand, rowCount: rows.length };
}

/**
 * How a principle's percent stands against the rubric's target item score: at or above it, within one point
 * of it, or further below. Shown as a shape and a word as well as a colour.
 */
export type HeatLevel = 'at-target' | 'near-target' | 'below-target';

export interface HeatMapCell {
  principleId: string;
  percent: PercentOfMaximum | null;
  level: HeatLevel | null;
}

export interface HeatMapRow {
  /** The row's `index`, to key it and to find its table row. */
  index: number;
  programme: string;
  site: string;
  cells: HeatMapCell[];
}

export interface HeatMap {
  /** The rubric's principles, in its order: the columns. */
  principleIds: string[];
  rows: HeatMapRow[];
}

/** A little slack so a mean of exactly the target, turned into a percent and back, still counts as reached. */
const LEVEL_TOLERANCE = 1e-9;

/**
 * The principle-by-site matrix: one row per given row, in the order given (the table's current sort), one cell
 * per principle of the rubric with its percent of maximum and its level against the rubric's target (a mean at
 * the target item score is "at target"; up to one point below, "near"). Null where nothing was rated.
 */
export function buildHeatMap(rubric: Rubric, rows: readonly NetworkRow[]): HeatMap {
  const percentOf = (score: number) => (score / rubric.scale.max) * 100;
  const targetPercent = percentOf(rubric.scoring.target);
  const nearPercent = percentOf(rubric.scoring.target - 1);
  const levelOf = (percent: PercentOfMaximum | null): HeatLevel | null => {
    if (percent === null) return null;
    if (percent >= targetPercent - LEVEL_TOLERANCE) return 'at-target';
    return percent >= nearPercent - LEVEL_TOLERANCE ? 'near-target' : 'below-target';
  };
  const principleIds = rubric.principles.map((principle) => principle.id);
  return {
    principleIds,
    rows: rows.map((row) => ({
      index: row.index,
      programme: row.programme,
      site: row.site,
      cells: principleIds.map((principleId, column) => {
        const percent = row.principlePercents[column] ?? null;
        return { principleId, percent, level: levelOf(percent) };
      }),
    })),
  };
}
