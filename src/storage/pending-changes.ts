import type { AssessmentAction, Rating } from '../domain/index.ts';

/**
 * A write-ahead journal of the changes not yet confirmed by IndexedDB, kept in localStorage, one key per item
 * (and one for the action plan) so tabs writing different items never touch each other's entries. localStorage
 * writes are synchronous: a change is in the journal before the page can be reloaded or closed, while an
 * IndexedDB transaction still in flight at that moment is lost.
 *
 * Each entry keeps the values storage may hold for its item while the entry's writes are unconfirmed (`bases`):
 * the value before the first of them, and each earlier write's value (it may have committed). That is how a lost
 * change is told from one overtaken by another tab, whatever the clocks say: storage holding one of `bases` means
 * nobody else wrote the item since, so the change was lost; storage holding another value means another tab
 * wrote it later, and that wins. A confirmed write drops the bases before it; a failed one drops its own value
 * (it never landed), so `bases` stays short even while every write fails.
 */
export type PendingTarget = { item: string } | 'actions';

export interface PendingBase<Value> {
  value: Value | null;
  /** The write that put `value` in storage, null for the value storage held before. */
  writeId: string | null;
}

export interface PendingEntry<Value> {
  value: Value;
  bases: Array<PendingBase<Value>>;
  updatedAt: string;
  /** Unique per write, so confirming one write never drops a later write of the same item. */
  writeId: string;
}

export type PendingChange = { target: { item: string }; entry: PendingEntry<Rating> } | { target: 'actions'; entry: PendingEntry<AssessmentAction[]> };

const PREFIX = 'ips-fidelity.pending.';

function prefixOf(assessmentId: string): string {
  return `${PREFIX}${assessmentId}:`;
}

function keyOf(assessmentId: string, target: PendingTarget): string {
  return `${prefixOf(assessmentId)}${target === 'actions' ? 'actions' : `item:${target.item}`}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** True when two stored values are the same (ratings and action plans are plain JSON). */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Reads one entry, or null when there is none or it is damaged (a damaged entry must never break loading). */
function readEntry(storage: Storage | undefined, key: string, isValue: (value: unknown) => boolean): PendingEntry<never> | null {
  try {
    const text = storage?.getItem(key);
    if (!text) return null;
    const entry = JSON.parse(text) as unknown;
    if (!isPlainObject(entry) || !isValue(entry['value']) || typeof entry['writeId'] !== 'string' || typeof entry['updatedAt'] !== 'string' || !Array.isArray(entry['bases'])) return null;
    const bases = entry['bases'].filter((base): base is PendingBase<never> => isPlainObject(base) && (base['value'] === null || isValue(base['value'])));
    return { value: entry['value'] as never, bases, updatedAt: entry['updatedAt'], writeId: entry['writeId'] };
  } catch {
    return null;
  }
}

const isRating = (value: unknown) => isPlainObject(value);
const isActions = (value: unknown) => Array.isArray(value);

function read(assessmentId: string, target: PendingTarget, storage: Storage | undefined) {
  return readEntry(storage, keyOf(assessmentId, target), target === 'actions' ? isActions : isRating);
}

function write(assessmentId: string, target: PendingTarget, entry: PendingEntry<unknown> | null, storage: Storage | undefined): void {
  try {
    if (entry) storage?.setItem(keyOf(assessmentId, target), JSON.stringify(entry));
    else storage?.removeItem(keyOf(assessmentId, target));
  } catch {
    // A full or refused localStorage only loses this safety net; the IndexedDB write still runs.
  }
}

/** Every pending change of an assessment, damaged entries left out. */
export function listPendingChanges(assessmentId: string, storage: Storage | undefined = globalThis.localStorage): PendingChange[] {
  const changes: PendingChange[] = [];
  try {
    const prefix = prefixOf(assessmentId);
    const keys = Array.from({ length: storage?.length ?? 0 }, (_, index) => storage?.key(index) ?? '').filter((key) => key.startsWith(prefix));
    for (const key of keys) {
      const rest = key.slice(prefix.length);
      if (rest === 'actions') {
        const entry = readEntry(storage, key, isActions);
        if (entry) changes.push({ target: 'actions', entry });
      } else if (rest.startsWith('item:')) {
        const entry = readEntry(storage, key, isRating);
        if (entry) changes.push({ target: { item: rest.slice('item:'.length) }, entry });
      }
    }
  } catch {
    // An unreadable localStorage holds nothing to restore.
  }
  return changes;
}

/**
 * Notes a change about to be written, with the value the tab saw before it. A change noted while an earlier one
 * (from any tab) is unconfirmed adds that earlier value to the values storage may hold.
 */
export function notePending(assessmentId: string, target: PendingTarget, change: { value: Rating | AssessmentAction[]; base: Rating | AssessmentAction[] | null; updatedAt: string; writeId: string }, storage: Storage | undefined = globalThis.localStorage): void {
  const earlier = read(assessmentId, target, storage);
  const candidates: Array<PendingBase<unknown>> = [...(earlier?.bases ?? []), ...(earlier ? [{ value: earlier.value, writeId: earlier.writeId }] : []), { value: change.base, writeId: null }];
  const bases = candidates.filter((base, index) => candidates.findIndex((other) => sameStoredValue(other.value, base.value)) === index);
  write(assessmentId, target, { value: change.value, bases, updatedAt: change.updatedAt, writeId: change.writeId }, storage);
}

/**
 * A write is in storage: its entry goes when it is the latest; otherwise storage now holds this write's value or a
 * later one, so the bases noted before it are dropped.
 */
export function confirmPending(assessmentId: string, target: PendingTarget, writeId: string, storage: Storage | undefined = globalThis.localStorage): void {
  const entry = read(assessmentId, target, storage);
  if (!entry) return;
  if (entry.writeId === writeId) {
    write(assessmentId, target, null, storage);
    return;
  }
  const position = entry.bases.findIndex((base) => base.writeId === writeId);
  if (position > 0) write(assessmentId, target, { ...entry, bases: entry.bases.slice(position) }, storage);
}

/** A write failed: its value never reached storage, so it is no longer a value storage may hold. */
export function forgetFailedWrite(assessmentId: string, target: PendingTarget, writeId: string, storage: Storage | undefined = globalThis.localStorage): void {
  const entry = read(assessmentId, target, storage);
  if (!entry || entry.writeId === writeId) return;
  write(assessmentId, target, { ...entry, bases: entry.bases.filter((base) => base.writeId !== writeId) }, storage);
}

/** Drops an entry once it is dealt with (written back, found in storage, or overtaken), unless a newer write replaced it. */
export function removePending(assessmentId: string, target: PendingTarget, writeId: string, storage: Storage | undefined = globalThis.localStorage): void {
  if (read(assessmentId, target, storage)?.writeId === writeId) write(assessmentId, target, null, storage);
}

/** What storage holding `stored` says of a pending change: in storage already, lost (to write again), or overtaken. */
export function judgePending(entry: PendingEntry<unknown>, stored: unknown): 'written' | 'lost' | 'overtaken' {
  if (sameStoredValue(stored, entry.value)) return 'written';
  return entry.bases.some((base) => sameStoredValue(stored, base.value)) ? 'lost' : 'overtaken';
}

/** Drops every pending change of an assessment (after it is deleted). */
export function clearPendingChanges(assessmentId: string, storage: Storage | undefined = globalThis.localStorage): void {
  for (const { target } of listPendingChanges(assessmentId, storage)) write(assessmentId, target, null, storage);
}
