import type { AssessmentAction, Rating } from '../domain/index.ts';

/**
 * A write-ahead journal of the changes not yet confirmed by IndexedDB, kept in localStorage. localStorage writes
 * are synchronous: a change is in the journal before the page can be reloaded or closed, while an IndexedDB
 * transaction still in flight at that moment is lost. When the assessment is next opened, what the journal still
 * holds is written again, so neither a reload during a save nor a failed write loses a rating.
 */
export interface PendingChanges {
  /** `failed`: IndexedDB refused the write (rather than the page closing while it ran). */
  ratings: Record<string, { rating: Rating; updatedAt: string; failed?: boolean }>;
  actions?: { actions: AssessmentAction[]; updatedAt: string; failed?: boolean };
}

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

/** Notes a rating about to be written. */
export function notePendingRating(assessmentId: string, itemId: string, rating: Rating, updatedAt: string, storage: Storage | undefined = globalThis.localStorage): void {
  const pending = readPendingChanges(assessmentId, storage);
  pending.ratings[itemId] = { rating, updatedAt };
  writePendingChanges(assessmentId, pending, storage);
}

/** Notes an action plan about to be written. */
export function notePendingActions(assessmentId: string, actions: AssessmentAction[], updatedAt: string, storage: Storage | undefined = globalThis.localStorage): void {
  writePendingChanges(assessmentId, { ...readPendingChanges(assessmentId, storage), actions: { actions, updatedAt } }, storage);
}

/**
 * Forgets a change once IndexedDB has it, unless a newer change of the same item was noted meanwhile (that one
 * is still on its way and stays in the journal).
 */
export function confirmPending(assessmentId: string, target: { item: string } | 'actions', updatedAt: string, storage: Storage | undefined = globalThis.localStorage): void {
  const pending = readPendingChanges(assessmentId, storage);
  if (target === 'actions') {
    if (pending.actions?.updatedAt === updatedAt) delete pending.actions;
  } else if (pending.ratings[target.item]?.updatedAt === updatedAt) {
    pending.ratings = Object.fromEntries(Object.entries(pending.ratings).filter(([itemId]) => itemId !== target.item));
  }
  writePendingChanges(assessmentId, pending, storage);
}

/** Marks a change IndexedDB refused: it is written again the next time the assessment opens, whatever came after. */
export function markPendingFailed(assessmentId: string, target: { item: string } | 'actions', updatedAt: string, storage: Storage | undefined = globalThis.localStorage): void {
  const pending = readPendingChanges(assessmentId, storage);
  const entry = target === 'actions' ? pending.actions : pending.ratings[target.item];
  if (entry?.updatedAt !== updatedAt) return;
  entry.failed = true;
  writePendingChanges(assessmentId, pending, storage);
}

/**
 * The journal's changes that storage does not have: those whose write failed, and those noted after the last
 * write storage holds (the page closed while they were on their way). A change older than the stored assessment
 * was written (IndexedDB commits in order), and may since have been changed by another tab: it is not returned.
 */
export function changesToRestore(pending: PendingChanges, storedUpdatedAt: string | undefined): PendingChanges {
  const isLost = (entry: { updatedAt: string; failed?: boolean }) => entry.failed === true || (storedUpdatedAt ?? '') < entry.updatedAt;
  return {
    ratings: Object.fromEntries(Object.entries(pending.ratings).filter(([, entry]) => isLost(entry))),
    ...(pending.actions && isLost(pending.actions) ? { actions: pending.actions } : {}),
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
