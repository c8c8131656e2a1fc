import type { Assessment } from '../assessment/assessment-schema.ts';
import { findScore } from '../assessment/ratings.ts';
import type { Rubric } from '../rubric/rubric-schema.ts';

/** One item whose score differs between two reviews. */
export interface ItemScoreChange {
  item: string;
  number: number;
  /** The earlier score; null when the item was not rated (or marked not applicable) then. */
  before: number | null;
  after: number | null;
  /** `after − before`; null when either side has no score, since no number measures that change. */
  delta: number | null;
}

/**
 * The items of `rubric` whose score differs between an earlier and a later assessment, in rubric order. An item
 * rated on one side only counts as changed, with no delta. `itemIds`, when given, limits the comparison to those
 * items (the ones both reviews' scale versions share). Both the history view and the PDF report's "change since
 * the previous review" read changes through this one rule.
 */
export function compareItemScores(
  rubric: Rubric,
  earlier: Pick<Assessment, 'ratings'>,
  later: Pick<Assessment, 'ratings'>,
  itemIds?: ReadonlySet<string>,
): ItemScoreChange[] {
  return rubric.items.flatMap((item) => {
    if (itemIds && !itemIds.has(item.id)) return [];
    const before = findScore(earlier, item.id);
    const after = findScore(later, item.id);
    if (before === after) return [];
    return [{ item: item.id, number: item.number, before, after, delta: before !== null && after !== null ? after - before : null }];
  });
}
