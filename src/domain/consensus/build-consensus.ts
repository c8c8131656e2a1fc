import { compareScores, type AgreementSummary } from '../agreement/compare-raters.ts';
import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION, MAX_CONSENSUS_REVIEWERS, type Assessment, type ConsensusReviewer, type Rating, type ReviewerRating } from '../assessment/assessment-schema.ts';
import { findRating } from '../assessment/ratings.ts';
import { normalizeName } from '../history/programme-key.ts';
import type { UiLocale } from '../i18n/locale.ts';
import type { Rubric } from '../rubric/rubric-schema.ts';
import { makeIssue, type ValidationIssue } from '../validation-issue.ts';

/** What a reviewer (or the consensus) gave an item: a score, "not applicable", or nothing yet. */
export type ItemValue = number | 'na' | null;

/**
 * How the reviewers' ratings of an item compare: all gave the same value, they differ by one point or by two or
 * more, one marked it not applicable while another scored it, or a reviewer left it unrated.
 */
export type ItemAgreement = 'same' | 'differ-by-one' | 'differ-by-two-or-more' | 'na-conflict' | 'incomplete';

export interface ConsensusItem {
  item: string;
  number: number;
  /** Each reviewer's value, in the reviewers' order. */
  reviewerValues: ItemValue[];
  /** Each reviewer's evidence note for the item ('' when none). */
  reviewerNotes: string[];
  agreement: ItemAgreement;
  /** Highest minus lowest score the reviewers gave (0 with fewer than two scores). */
  spread: number;
  /** The value every reviewer gave, when they all gave the same one. */
  sharedValue: ItemValue;
  /** The agreed value, once the reviewers have settled the item. */
  consensus: ItemValue;
  rationale: string;
  /** The agreed value differs from a reviewer's and no reason has been written yet. */
  needsRationale: boolean;
  /** Agreed, with a reason where one is needed. */
  isSettled: boolean;
}

export interface ConsensusReview {
  reviewers: readonly ConsensusReviewer[];
  items: ConsensusItem[];
  /** Agreement between the reviewers' independent ratings (not the consensus). */
  agreement: AgreementSummary;
  counts: Record<ItemAgreement, number> & { settled: number; toSettle: number; needsRationale: number };
  /** Every item settled: the consensus can be reported as final. */
  isComplete: boolean;
}

export type CreateConsensusResult = { ok: true; consensus: Assessment; warnings: ValidationIssue[] } | { ok: false; errors: ValidationIssue[] };

export interface ReviewerFile {
  /** How the reviewer's file is named to the user in messages (its file name, or its programme and raters). */
  label: string;
  assessment: Assessment;
}

function valueOf(rating: { score?: number | null; na?: boolean } | undefined): ItemValue {
  if (!rating) return null;
  if (rating.na) return 'na';
  return typeof rating.score === 'number' ? rating.score : null;
}

function snapshotRatings(assessment: Assessment): Record<string, ReviewerRating> {
  const snapshot: Record<string, ReviewerRating> = {};
  for (const [itemId, rating] of Object.entries(assessment.ratings)) {
    const kept: ReviewerRating = {};
    if (typeof rating.score === 'number') kept.score = rating.score;
    if (rating.na) kept.na = true;
    if (rating.note?.trim()) kept.note = rating.note;
    if (Object.keys(kept).length > 0) snapshot[itemId] = kept;
  }
  return snapshot;
}

/**
 * Starts a consensus from reviewers' independent assessments of the same scale. The reviewers' files are not
 * changed: their scores and notes are copied into the consensus (`consensus.reviewers`) so the agreed result
 * keeps its link to them. No item is agreed yet; {@link acceptSharedValues} settles those where all agree.
 * Refused: fewer than two reviewers, different scales, a consensus given as a reviewer, one assessment twice.
 */
export function createConsensus(
  reviewers: readonly ReviewerFile[],
  options: { id: string; date: string; now: string; locale?: UiLocale },
): CreateConsensusResult {
  const locale = options.locale ?? 'en';
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  if (reviewers.length < 2) return { ok: false, errors: [makeIssue(locale, '', 'consensus.too-few', { count: reviewers.length })] };
  if (reviewers.length > MAX_CONSENSUS_REVIEWERS) {
    return { ok: false, errors: [makeIssue(locale, '', 'consensus.too-many', { count: reviewers.length, limit: MAX_CONSENSUS_REVIEWERS })] };
  }
  const [first] = reviewers;
  const seenIds = new Map<string, string>();
  for (const reviewer of reviewers) {
    const { assessment, label } = reviewer;
    if (assessment.review.kind === 'consensus' || assessment.consensus) errors.push(makeIssue(locale, '', 'consensus.is-consensus', { file: label }));
    if (first && assessment.scale.id !== first.assessment.scale.id) {
      errors.push(makeIssue(locale, '', 'consensus.scale-differs', { file: label, found: assessment.scale.id, expected: first.assessment.scale.id }));
    }
    // Files the app wrote carry an id; a hand-written file without one is the same assessment when every field is.
    const identity = assessment.id ?? JSON.stringify(assessment);
    const earlier = seenIds.get(identity);
    if (earlier !== undefined) errors.push(makeIssue(locale, '', 'consensus.same-assessment', { file: label, other: earlier }));
    else seenIds.set(identity, label);
  }
  if (errors.length > 0 || !first) return { ok: false, errors };

  const programmeNames = [...new Map(reviewers.map(({ assessment }) => [normalizeName(assessment.program.name), assessment.program.name])).values()];
  if (programmeNames.length > 1) warnings.push(makeIssue(locale, '', 'consensus.program-differs', { names: programmeNames.join(' / ') }));
  const versions = [...new Set(reviewers.map(({ assessment }) => assessment.scale.version))];
  if (versions.length > 1) warnings.push(makeIssue(locale, '', 'consensus.version-differs', { id: first.assessment.scale.id, versions: versions.join(', ') }));

  const raters = [...new Set(reviewers.flatMap(({ assessment }) => assessment.review.raters.map((rater) => rater.trim()).filter(Boolean)))];
  const consensus: Assessment = {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id: options.id,
    scale: { ...first.assessment.scale },
    program: { ...first.assessment.program },
    review: { kind: 'consensus', date: options.date, raters },
    ratings: {},
    consensus: {
      reviewers: reviewers.map(({ assessment }) => ({
        ...(assessment.id ? { assessmentId: assessment.id } : {}),
        name: assessment.review.raters.join(', '),
        date: assessment.review.date,
        ratings: snapshotRatings(assessment),
      })),
    },
    createdAt: options.now,
    updatedAt: options.now,
  };
  return { ok: true, consensus, warnings };
}

function compareValues(values: readonly ItemValue[]): { agreement: ItemAgreement; sharedValue: ItemValue } {
  if (values.some((value) => value === null)) return { agreement: 'incomplete', sharedValue: null };
  const notApplicable = values.filter((value) => value === 'na').length;
  if (notApplicable === values.length) return { agreement: 'same', sharedValue: 'na' };
  if (notApplicable > 0) return { agreement: 'na-conflict', sharedValue: null };
  const scores = values as number[];
  const spread = Math.max(...scores) - Math.min(...scores);
  if (spread === 0) return { agreement: 'same', sharedValue: scores[0] ?? null };
  return { agreement: spread === 1 ? 'differ-by-one' : 'differ-by-two-or-more', sharedValue: null };
}

/**
 * The side-by-side review of a consensus assessment, item by item in the rubric's order: each reviewer's value
 * and note, how they compare, the agreed value and whether it still needs a reason, plus the agreement figures
 * of the independent ratings. A consensus value that differs from any reviewer's value needs a rationale.
 */
export function reviewConsensus(rubric: Rubric, consensus: Pick<Assessment, 'ratings' | 'consensus'>): ConsensusReview {
  const reviewers = consensus.consensus?.reviewers ?? [];
  const reviewerRating = (reviewer: ConsensusReviewer, itemId: string) => (Object.hasOwn(reviewer.ratings, itemId) ? reviewer.ratings[itemId] : undefined);
  const counts = { same: 0, 'differ-by-one': 0, 'differ-by-two-or-more': 0, 'na-conflict': 0, incomplete: 0, settled: 0, toSettle: 0, needsRationale: 0 };
  const items = rubric.items.map((rubricItem): ConsensusItem => {
    const reviewerValues = reviewers.map((reviewer) => valueOf(reviewerRating(reviewer, rubricItem.id)));
    const { agreement, sharedValue } = compareValues(reviewerValues);
    const agreed = findRating(consensus, rubricItem.id);
    const consensusValue = valueOf(agreed);
    const rationale = agreed?.rationale?.trim() ?? '';
    const differsFromAReviewer = consensusValue !== null && reviewerValues.some((value) => value !== null && value !== consensusValue);
    const needsRationale = differsFromAReviewer && rationale === '';
    const isSettled = consensusValue !== null && !needsRationale;
    counts[agreement] += 1;
    if (isSettled) counts.settled += 1;
    else counts.toSettle += 1;
    if (needsRationale) counts.needsRationale += 1;
    const scores = reviewerValues.filter((value): value is number => typeof value === 'number');
    return {
      item: rubricItem.id,
      number: rubricItem.number,
      reviewerValues,
      spread: scores.length > 1 ? Math.max(...scores) - Math.min(...scores) : 0,
      reviewerNotes: reviewers.map((reviewer) => reviewerRating(reviewer, rubricItem.id)?.note ?? ''),
      agreement,
      sharedValue,
      consensus: consensusValue,
      rationale,
      needsRationale,
      isSettled,
    };
  });
  const byItem = new Map(items.map((item) => [item.item, item]));
  const agreement = compareScores(
    rubric.items.map((item) => item.id),
    reviewers.length,
    (rater, itemId) => {
      const value = byItem.get(itemId)?.reviewerValues[rater] ?? null;
      return typeof value === 'number' ? value : null;
    },
    (rater, itemId) => byItem.get(itemId)?.reviewerValues[rater] === 'na',
  );
  return { reviewers, items, agreement, counts, isComplete: counts.toSettle === 0 };
}

/** The rating without an agreed value (the item is to settle again), keeping its reason, note and evidence. */
export function withoutAgreedValue(rating: Rating): Rating {
  const rest = { ...rating };
  delete rest.score;
  delete rest.na;
  return rest;
}

/** The rating that records an agreed value, keeping the item's other fields (note, rationale, evidence). */
export function withAgreedValue(rating: Rating, value: Exclude<ItemValue, null>): Rating {
  const rest = withoutAgreedValue(rating);
  return value === 'na' ? { ...rest, na: true } : { ...rest, score: value };
}

/**
 * Settles every item all reviewers rated alike and that has no agreed value yet, returning the new ratings (the
 * input is not changed). Items agreed before are left as they are, so a decision is never overwritten.
 */
export function acceptSharedValues(rubric: Rubric, consensus: Pick<Assessment, 'ratings' | 'consensus'>): { ratings: Record<string, Rating>; accepted: string[] } {
  const ratings = { ...consensus.ratings };
  const accepted: string[] = [];
  for (const item of reviewConsensus(rubric, consensus).items) {
    if (item.agreement !== 'same' || item.sharedValue === null || item.consensus !== null) continue;
    ratings[item.item] = withAgreedValue(Object.hasOwn(ratings, item.item) ? (ratings[item.item] ?? {}) : {}, item.sharedValue);
    accepted.push(item.item);
  }
  return { ratings, accepted };
}
