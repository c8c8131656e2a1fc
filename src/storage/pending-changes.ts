import type { AssessmentAction, Rating } from '../domain/index.ts';

/**
 * A write-ahead journal of the changes not yet confirmed by IndexedDB, kept in localStorage. localStorage writes
 * are synchronous: a change is in the journal before the page can be reloaded or closed, while an IndexedDB
 * transaction still in flight at that moment is lost. When the assessment is next opened, the changes storage
 * does not have are written again, so neither a reload during a save nor a failed write loses a rating.
 *
 * Each entry keeps the values the tab saw before its unconfirmed changes (`bases`). That is how a lost change is
 * told from one overtaken by another tab, whatever the clocks say: storage still holding one of them means nobody
 * else wrote the item since, so the change was lost; storage holding another value means another tab wrote it
 * later, and that wins.
 */
export interface PendingRating {
  rating: Rating;
  bases: Array<Rating | null>;
  updatedAt: string;
  /** Unique per write, so confirming one write never drops a later write of the same item. */
  writeId: string;
}

export interface PendingActions {
  actions: AssessmentAction[];
  bases: Array<AssessmentAction[] | null>;
  updatedAt: string;
  writeId: string;
}

export interface PendingChanges {
  ratings: Record<string, PendingRating>;
  actions?: PendingActions;
}

export type PendingTarget = { item: string } | 'actions';

const PREFIX = 'ips-fidelity.pending.';

function keyOf(assessmentId: string): string {
  return `${PREFIX}${assessmentId}`;
}

/** The pending changes of an assessment; empty when there are none or the journal cannot be read. */
export function readPendingChanges(assessmentId: string, storage: Storage | undefined = globalThis.localStorage): PendingChanges {
  try {
    const text = storage?.getItem(keyOf(assessmentId));
    if (!text) return { ratings: {} };
    const parsed = JSON.parse(text) as PendingChanges;
    return parsed && typeof parsed === 'object' && parsed.ratings && typeof parsed.ratings === 'object' ? parsed : { ratings: {} };
  } catch {
    return { ratings: {} };
  }
}

function writePendingChanges(assessmentId: string, pending: PendingChanges, storage: Storage | undefined): void {
  try {
    if (Object.keys(pending.ratings).length === 0 && !pending.actions) storage?.removeItem(keyOf(assessmentId));
    else storage?.setItem(keyOf(assessmentId), JSON.stringify(pending));
  } catch {
    // A full or refused localStorage only loses this safety net; the IndexedDB write still runs.
  }
}

/**
 * Notes a rating about to be written, with the value the tab saw before it. A change made before the previous one
 * is confirmed adds to the values storage may still hold (the previous write may or may not have committed).
 */
export function notePendingRating(
  assessmentId: string,
  itemId: string,
  entry: { rating: Rating; base: Rating | null; updatedAt: string; writeId: string },
  storage: Storage | undefined = globalThis.localStorage,
): void {
  const pending = readPendingChanges(assessmentId, storage);
  const earlier = pending.ratings[itemId];
  pending.ratings[itemId] = { rating: entry.rating, updatedAt: entry.updatedAt, writeId: entry.writeId, bases: [...(earlier?.bases ?? []), entry.base] };
  writePendingChanges(assessmentId, pending, storage);
}

/** Notes an action plan about to be written, with the plan the tab saw before it. */
export function notePendingActions(
  assessmentId: string,
  entry: { actions: AssessmentAction[]; base: AssessmentAction[] | null; updatedAt: string; writeId: string },
  storage: Storage | undefined = globalThis.localStorage,
): void {
  const pending = readPendingChanges(assessmentId, storage);
  pending.actions = { actions: entry.actions, updatedAt: entry.updatedAt, writeId: entry.writeId, bases: [...(pending.actions?.bases ?? []), entry.base] };
  writePendingChanges(assessmentId, pending, storage);
}

function withoutRating(pending: PendingChanges, itemId: string): PendingChanges {
  return { ...pending, ratings: Object.fromEntries(Object.entries(pending.ratings).filter(([candidate]) => candidate !== itemId)) };
}

/** Forgets a write once IndexedDB has it, unless a later write of the same target was noted meanwhile. */
export function confirmPending(assessmentId: string, target: PendingTarget, writeId: string, storage: Storage | undefined = globalThis.localStorage): void {
  let pending = readPendingChanges(assessmentId, storage);
  if (target === 'actions') {
    if (pending.actions?.writeId === writeId) delete pending.actions;
  } else if (pending.ratings[target.item]?.writeId === writeId) pending = withoutRating(pending, target.item);
  writePendingChanges(assessmentId, pending, storage);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The journal's changes that storage lost: those whose item storage still holds at a value the tab saw before
 * (the write failed, or the page closed before it committed). A change storage already holds was written; one
 * whose item now holds a third value was overtaken by another tab, whose later write is kept.
 */
export function changesToRestore(pending: PendingChanges, stored: { ratings: Record<string, Rating>; actions?: AssessmentAction[] }): PendingChanges {
  const storedRating = (itemId: string) => (Object.hasOwn(stored.ratings, itemId) ? stored.ratings[itemId] : undefined);
  const isLost = (now: unknown, bases: readonly unknown[], mine: unknown) => !sameValue(now, mine) && bases.some((base) => sameValue(now, base));
  return {
    ratings: Object.fromEntries(Object.entries(pending.ratings).filter(([itemId, entry]) => isLost(storedRating(itemId), entry.bases ?? [], entry.rating))),
    ...(pending.actions && isLost(stored.actions, pending.actions.bases ?? [], pending.actions.actions) ? { actions: pending.actions } : {}),
  };
}

/** Drops the journal of an assessment (after it is deleted, or its pending changes were written again). */
export function clearPendingChanges(assessmentId: string, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.removeItem(keyOf(assessmentId));
  } catch {
    // Nothing to do: an unreadable journal is read as empty.
  }
}
