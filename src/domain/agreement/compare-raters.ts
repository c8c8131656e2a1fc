import type { Assessment } from '../assessment/assessment-schema.ts';
import { findRating, findScore } from '../assessment/ratings.ts';
import { krippendorffAlpha, type ReliabilityUnit } from './krippendorff-alpha.ts';

export interface Discrepancy {
  item: string;
  /** Each rater's score in the order the raters were given; null where a rater left the item unrated. */
  scores: Array<number | null>;
  /** Highest minus lowest score given. */
  spread: number;
}

export interface AgreementSummary {
  raters: number;
  /** Items rated by at least two raters: the only ones agreement can be measured on. */
  items: number;
  /** Share (0–1) of rater pairs, over those items, that gave the same score; null with no comparable item. */
  exactAgreement: number | null;
  /** Share (0–1) of rater pairs whose scores differ by at most one point. */
  withinOne: number | null;
  /** Mean absolute difference between two raters' scores, in scale points. */
  meanAbsoluteDifference: number | null;
  krippendorffAlpha: { nominal: number | null; ordinal: number | null; interval: number | null };
  /** Items where raters differ, widest spread first. */
  discrepancies: Discrepancy[];
  /** Items one rater marked not applicable while another scored them: a disagreement no figure above shows. */
  notApplicableConflicts: string[];
}

/**
 * Compares N raters' scores item by item. `itemIds` fixes the items and their order (the rubric's order);
 * `scoresOf(rater, item)` returns a score or null. Pairwise figures count every pair of raters who both rated
 * the item, so three raters give three pairs per item.
 */
export function compareScores(
  itemIds: readonly string[],
  raterCount: number,
  scoresOf: (rater: number, item: string) => number | null,
  isNotApplicable: (rater: number, item: string) => boolean = () => false,
): AgreementSummary {
  const notApplicableConflicts: string[] = [];
  const units: ReliabilityUnit[] = [];
  const discrepancies: Discrepancy[] = [];
  let pairs = 0;
  let exactPairs = 0;
  let withinOnePairs = 0;
  let absoluteDifferenceSum = 0;
  let comparableItems = 0;
  itemIds.forEach((item) => {
    const scores = Array.from({ length: raterCount }, (_, rater) => scoresOf(rater, item));
    units.push(scores);
    const given = scores.filter((score): score is number => score !== null);
    if (given.length > 0 && scores.some((_, rater) => isNotApplicable(rater, item))) notApplicableConflicts.push(item);
    if (given.length < 2) return;
    comparableItems += 1;
    // Pairs are counted from score frequencies, not rater by rater: a room of 200 raters stays cheap.
    const frequencies = new Map<number, number>();
    for (const score of given) frequencies.set(score, (frequencies.get(score) ?? 0) + 1);
    const distinct = [...frequencies];
    distinct.forEach(([score, count], position) => {
      const samePairs = (count * (count - 1)) / 2;
      pairs += samePairs;
      exactPairs += samePairs;
      withinOnePairs += samePairs;
      for (const [otherScore, otherCount] of distinct.slice(position + 1)) {
        const difference = Math.abs(score - otherScore);
        const crossPairs = count * otherCount;
        pairs += crossPairs;
        if (difference <= 1) withinOnePairs += crossPairs;
        absoluteDifferenceSum += difference * crossPairs;
      }
    });
    const spread = Math.max(...given) - Math.min(...given);
    if (spread > 0) discrepancies.push({ item, scores, spread });
  });
  // Stable sort keeps the rubric's order among items with the same spread.
  discrepancies.sort((a, b) => b.spread - a.spread);
  return {
    raters: raterCount,
    items: comparableItems,
    exactAgreement: pairs > 0 ? exactPairs / pairs : null,
    withinOne: pairs > 0 ? withinOnePairs / pairs : null,
    meanAbsoluteDifference: pairs > 0 ? absoluteDifferenceSum / pairs : null,
    krippendorffAlpha: {
      nominal: krippendorffAlpha(units, 'nominal'),
      ordinal: krippendorffAlpha(units, 'ordinal'),
      interval: krippendorffAlpha(units, 'interval'),
    },
    discrepancies,
    notApplicableConflicts,
  };
}

/**
 * Agreement between raters' assessments of the same scale, item by item in `itemIds` order (pass the rubric's
 * item ids). Unrated and not-applicable items count as missing ratings.
 */
export function compareRaters(itemIds: readonly string[], assessments: ReadonlyArray<Pick<Assessment, 'ratings'>>): AgreementSummary {
  return compareScores(
    itemIds,
    assessments.length,
    (rater, item) => {
      const assessment = assessments[rater];
      return assessment ? findScore(assessment, item) : null;
    },
    (rater, item) => {
      const assessment = assessments[rater];
      return Boolean(assessment && findRating(assessment, item)?.na);
    },
  );
}
