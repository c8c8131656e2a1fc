import type { Assessment, ReviewKind } from '../assessment/assessment-schema.ts';
import type { Band, Rubric } from '../rubric/rubric-schema.ts';
import { scoreAssessment, type PercentOfMaximum, type Total } from '../scoring/score-assessment.ts';
import { addMonths, daysBetween } from './calendar-dates.ts';
import { compareItemScores, type ItemScoreChange } from './compare-item-scores.ts';

/** A band without `reviewAfterMonths`, or a scale with none, is reviewed yearly (the schema says so). */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;
/** A review falls "due soon" this many days ahead, time enough to book the reviewers. */
export const DUE_SOON_DAYS = 30;

/** Why the next review falls when it does. */
export type ReviewIntervalBasis =
  /** The latest review's band sets the interval. */
  | 'band'
  /** The latest band sets none: twelve months. */
  | 'band-without-interval'
  /** The latest review has no band (not every item rated): the scale's shortest interval. */
  | 'no-band'
  /** The latest review has no band because most items were marked not applicable: the shortest interval too. */
  | 'mostly-not-applicable';

/** Where today stands against the due date: more than {@link DUE_SOON_DAYS} ahead, within them, or past it. */
export type ReviewDueStatus = 'due-later' | 'due-soon' | 'overdue';

/** How a principle's percent moved since the review before, judged on the whole percents the reader sees. */
export type PercentChange = 'up' | 'down' | 'same';

/** One review in the history, scored with the core's scoring. */
export interface HistoryEntry {
  /** The assessment's id, when it has one (every assessment the app keeps has). */
  assessmentId: string | null;
  date: string;
  kind: ReviewKind;
  /** The scale version the assessment was made with; it may differ from the rubric's. */
  scaleVersion: string;
  total: Total | null;
  /** Null while an item is unrated (a partial total would understate fidelity) or most are not applicable. */
  band: Band | null;
  percentOfMax: PercentOfMaximum;
  isComplete: boolean;
  principles: Array<{ id: string; percent: PercentOfMaximum | null }>;
}

/** One item whose score rose or fell between the two latest reviews. */
export interface HistoryItemChange extends ItemScoreChange {
  before: number;
  after: number;
  delta: number;
  direction: 'improved' | 'declined';
}

/** What changed between the review before the latest and the latest. */
export interface ChangesSinceLastReview {
  previous: HistoryEntry;
  latest: HistoryEntry;
  /** The two reviews were made with different versions of the scale. */
  versionsDiffer: boolean;
  /** Items compared: every rubric item, or when the versions differ only the items both reviews rated. */
  comparedItemCount: number;
  /** Items of the rubric. */
  itemCount: number;
  /** Change of the total; null unless both reviews are complete and on the same version (else it is not like for like). */
  totalDelta: number | null;
  /** Items scored in both reviews whose score changed, in rubric order. */
  items: HistoryItemChange[];
}

/** One principle's percent of maximum at each review, oldest first, with its change from the review before. */
export interface PrincipleTrend {
  id: string;
  points: Array<{ percent: PercentOfMaximum | null; change: PercentChange | null }>;
}

/** When the programme's next review falls, why then, and how today compares. */
export interface NextReview {
  /** YYYY-MM-DD: the latest review's date plus `intervalMonths`, clamped to the month's end. */
  dueDate: string;
  intervalMonths: number;
  intervalBasis: ReviewIntervalBasis;
  status: ReviewDueStatus;
  /** Days from `today` to the due date; negative once overdue. */
  daysUntilDue: number;
}

/** The history of one programme on one scale. */
export interface ProgrammeHistory {
  /** The programme as the latest review names it. */
  programme: { name: string; site: string | null };
  /** Oldest first. */
  entries: HistoryEntry[];
  latest: HistoryEntry;
  /** Null for a programme's first review. */
  changes: ChangesSinceLastReview | null;
  principleProfile: PrincipleTrend[];
  nextReview: NextReview;
  /** More than one scale version appears in the history. */
  hasSeveralVersions: boolean;
}

/**
 * Review order: by review date, then when the assessment was created, then last changed (two reviews on one day
 * keep the order they were made in). The app writes these timestamps in UTC, so they compare as text; a missing
 * one sorts first. `Array.prototype.sort` is stable, so full ties keep the order given.
 */
function compareReviewOrder(a: Assessment, b: Assessment): number {
  return a.review.date.localeCompare(b.review.date) || (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || (a.updatedAt ?? '').localeCompare(b.updatedAt ?? '');
}

function toEntry(rubric: Rubric, assessment: Assessment): HistoryEntry {
  const summary = scoreAssessment(rubric, assessment);
  return {
    assessmentId: assessment.id ?? null,
    date: assessment.review.date,
    kind: assessment.review.kind,
    scaleVersion: assessment.scale.version,
    total: summary.total,
    band: summary.band,
    percentOfMax: summary.percentOfMax,
    isComplete: summary.isComplete,
    principles: summary.principles.map((principle) => ({ id: principle.id, percent: principle.percent })),
  };
}

/**
 * The items two reviews can be compared on. On the same version, every rubric item. On different versions the
 * other version's item list is not at hand, so an item counts as shared when both assessments hold a rating
 * for it; only ids of this rubric are considered (items the parser accepted).
 */
function sharedItemIds(rubric: Rubric, previous: Assessment, latest: Assessment): Set<string> {
  const ids = rubric.items.map((item) => item.id);
  if (previous.scale.version === latest.scale.version) return new Set(ids);
  return new Set(ids.filter((id) => Object.hasOwn(previous.ratings, id) && Object.hasOwn(latest.ratings, id)));
}

function describeChanges(rubric: Rubric, previous: Assessment, latest: Assessment, previousEntry: HistoryEntry, latestEntry: HistoryEntry): ChangesSinceLastReview {
  const versionsDiffer = previous.scale.version !== latest.scale.version;
  const shared = sharedItemIds(rubric, previous, latest);
  const items = compareItemScores(rubric, previous, latest, shared).flatMap((change): HistoryItemChange[] =>
    // An item rated on one side only has no direction; the timeline's completeness column tells that story.
    change.before !== null && change.after !== null && change.delta !== null
      ? [{ ...change, before: change.before, after: change.after, delta: change.delta, direction: change.delta > 0 ? 'improved' : 'declined' }]
      : [],
  );
  const isLikeForLike = !versionsDiffer && previousEntry.isComplete && latestEntry.isComplete;
  return {
    previous: previousEntry,
    latest: latestEntry,
    versionsDiffer,
    comparedItemCount: shared.size,
    itemCount: rubric.items.length,
    totalDelta: isLikeForLike && previousEntry.total !== null && latestEntry.total !== null ? latestEntry.total - previousEntry.total : null,
    items,
  };
}

/** Percents are shown whole, so a change is judged on whole percents: the mark never contradicts the figures. */
function comparePercents(before: PercentOfMaximum | null, after: PercentOfMaximum | null): PercentChange | null {
  if (before === null || after === null) return null;
  const difference = Math.round(after) - Math.round(before);
  return difference > 0 ? 'up' : difference < 0 ? 'down' : 'same';
}

function tracePrinciples(rubric: Rubric, entries: readonly HistoryEntry[]): PrincipleTrend[] {
  return rubric.principles.map((principle) => {
    const percents = entries.map((entry) => entry.principles.find((candidate) => candidate.id === principle.id)?.percent ?? null);
    return { id: principle.id, points: percents.map((percent, index) => ({ percent, change: index === 0 ? null : comparePercents(percents[index - 1] ?? null, percent) })) };
  });
}

/**
 * When the next review falls. IPS fidelity is re-reviewed every six months until good fidelity, then yearly; each
 * band carries its interval. A band without one means twelve months. When the latest review has no band (an item
 * is unrated) the programme has not shown good fidelity, so the scale's shortest interval applies: the cautious
 * reading of the manual's rule.
 */
function scheduleNextReview(rubric: Rubric, latest: HistoryEntry, today: string): NextReview {
  const intervals = rubric.scoring.bands.flatMap((band) => (band.reviewAfterMonths === undefined ? [] : [band.reviewAfterMonths]));
  const [intervalMonths, intervalBasis]: [number, ReviewIntervalBasis] = latest.band
    ? latest.band.reviewAfterMonths === undefined
      ? [DEFAULT_REVIEW_INTERVAL_MONTHS, 'band-without-interval']
      : [latest.band.reviewAfterMonths, 'band']
    : [intervals.length > 0 ? Math.min(...intervals) : DEFAULT_REVIEW_INTERVAL_MONTHS, latest.isComplete ? 'mostly-not-applicable' : 'no-band'];
  const dueDate = addMonths(latest.date, intervalMonths);
  const daysUntilDue = daysBetween(today, dueDate);
  const status: ReviewDueStatus = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= DUE_SOON_DAYS ? 'due-soon' : 'due-later';
  return { dueDate, intervalMonths, intervalBasis, status, daysUntilDue };
}

/**
 * The history of one programme on one scale, from its assessments (the caller picks them, e.g. by
 * `programmeKey`; all must be of `rubric`'s scale): every review in order, scored by the core, with totals,
 * bands and the principle profile over time; the item changes between the two latest reviews (only on items both
 * reviews' scale versions share, and saying so); and when the next review is due relative to `today`
 * (YYYY-MM-DD, passed in: the domain has no clock). Null when there is no assessment. Pure.
 */
export function buildHistory(rubric: Rubric, assessments: readonly Assessment[], today: string): ProgrammeHistory | null {
  const ordered = [...assessments].sort(compareReviewOrder);
  const entries = ordered.map((assessment) => toEntry(rubric, assessment));
  const latestAssessment = ordered.at(-1);
  const latest = entries.at(-1);
  if (!latestAssessment || !latest) return null;
  const previousAssessment = ordered.at(-2);
  const previous = entries.at(-2);
  return {
    programme: { name: latestAssessment.program.name, site: latestAssessment.program.site?.trim() || null },
    entries,
    latest,
    changes: previousAssessment && previous ? describeChanges(rubric, previousAssessment, latestAssessment, previous, latest) : null,
    principleProfile: tracePrinciples(rubric, entries),
    nextReview: scheduleNextReview(rubric, latest, today),
    hasSeveralVersions: new Set(entries.map((entry) => entry.scaleVersion)).size > 1,
  };
}
