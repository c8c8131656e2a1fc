import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentAction, Rating } from '../domain/index.ts';
import { announceChange, listenForChanges } from './change-channel.ts';
import { createRandomId, nowIso } from './clock.ts';
import { useServices } from './services.tsx';
import type { AssessmentStore, StoredAssessment } from '../storage/assessment-store.ts';
import { confirmPending, forgetFailedWrite, judgePending, listPendingChanges, notePending, removePending, type PendingChange, type PendingTarget } from '../storage/pending-changes.ts';

export type SaveState = 'saved' | 'saving' | 'failed';

/** Changes another tab saved while this one was open: which items, and a count per item to redraw their fields. */
export interface ExternalChange {
  items: string[];
  revisions: Readonly<Record<string, number>>;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function targetKey(target: PendingTarget): string {
  return target === 'actions' ? 'actions' : target.item;
}

interface Loaded {
  assessment: StoredAssessment;
  /** Items (and 'actions') the journal brought back. */
  restored: string[];
  /** Set when writing them back failed: they are on screen and still in the journal. */
  restoreError?: unknown;
}

/**
 * Brings back the changes storage lost (a reload during a save, a failed write), from the journal. Each is written
 * back only if, inside its own transaction, its item still holds a value this tab saw before (so another tab's
 * later change is never undone), then the other tabs are told. Entries already in storage or overtaken are
 * dropped one by one (never the whole journal: another tab may be adding to it). If storage refuses, the lost
 * changes are shown from the journal, kept there, and the failure is said. A damaged journal never stops loading.
 */
async function loadWithJournal(store: AssessmentStore, stored: StoredAssessment): Promise<Loaded> {
  const id = stored.id;
  const lost: PendingChange[] = [];
  for (const change of listPendingChanges(id)) {
    const current = change.target === 'actions' ? stored.actions : Object.hasOwn(stored.ratings, change.target.item) ? stored.ratings[change.target.item] : undefined;
    if (judgePending(change.entry, current) === 'lost') lost.push(change);
    else removePending(id, change.target, change.entry.writeId);
  }
  if (lost.length === 0) return { assessment: stored, restored: [] };
  const updatedAt = nowIso();
  const restored: string[] = [];
  try {
    for (const change of lost) {
      const expected = change.entry.bases.map((base) => base.value);
      const isWritten =
        change.target === 'actions'
          ? await store.restoreActions(id, change.entry.value, expected as Array<AssessmentAction[] | null>, updatedAt)
          : await store.restoreRating(id, change.target.item, change.entry.value, expected as Array<Rating | null>, updatedAt);
      removePending(id, change.target, change.entry.writeId);
      if (isWritten) restored.push(targetKey(change.target));
    }
  } catch (restoreError) {
    // Shown from the journal, which keeps them for the next time storage takes writes.
    const assessment: StoredAssessment = {
      ...stored,
      ratings: { ...stored.ratings, ...Object.fromEntries(lost.flatMap((change) => (change.target === 'actions' ? [] : [[change.target.item, change.entry.value]]))) },
      ...Object.fromEntries(lost.flatMap((change) => (change.target === 'actions' ? [['actions', change.entry.value]] : []))),
    };
    return { assessment, restored: lost.map((change) => targetKey(change.target)), restoreError };
  }
  if (restored.length > 0) safely(() => announceChange(id, restored));
  // Read again: the restores and any other tab's writes meanwhile are all in storage now.
  return { assessment: (await store.getAssessment(id)) ?? stored, restored };
}

/** Runs a side effect whose failure must not stop a save or a load (telling other tabs is a courtesy). */
function safely(effect: () => void): void {
  try {
    effect();
  } catch {
    // The other tabs will see the change when they next load the assessment.
  }
}

/**
 * Loads one assessment and saves every change as it is made. The screen state is updated first (the rating
 * shows at once); the change goes into a synchronous journal, then into IndexedDB as its own transaction, and the
 * other tabs are told once it is saved. Changes another tab saves to this assessment are taken in and listed,
 * except on items this tab is still writing (its own, later change wins there).
 */
export function useAssessmentEditor(id: string) {
  const { store, reportWriteFailure, reportReadFailure, clearWriteFailure } = useServices();
  const [assessment, setAssessment] = useState<StoredAssessment | null | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [externalChange, setExternalChange] = useState<ExternalChange | null>(null);
  const [restoredCount, setRestoredCount] = useState(0);
  // Writes of this tab not yet confirmed, per item ('actions' for the plan), and the targets whose last write failed.
  const inFlight = useRef(new Map<string, number>());
  const failedTargets = useRef(new Set<string>());
  // The latest assessment, read by updates so two quick changes never start from the same old state.
  const latest = useRef<StoredAssessment | null>(null);

  useEffect(() => {
    let isCurrent = true;
    setAssessment(undefined);
    setExternalChange(null);
    setRestoredCount(0);
    latest.current = null;
    inFlight.current = new Map();
    failedTargets.current = new Set();
    void (async () => {
      let found: StoredAssessment | undefined;
      try {
        found = await store.getAssessment(id);
      } catch (error) {
        if (!isCurrent) return;
        reportReadFailure(error);
        setAssessment(null);
        return;
      }
      let loaded: Loaded | undefined = found ? { assessment: found, restored: [] } : undefined;
      if (found && store.isPersistent) {
        try {
          loaded = await loadWithJournal(store, found);
        } catch {
          // Whatever went wrong with the journal, the assessment as stored still opens.
        }
      }
      if (!isCurrent) return;
      latest.current = loaded?.assessment ?? null;
      setAssessment(loaded?.assessment ?? null);
      if (loaded?.restoreError) {
        for (const target of loaded.restored) failedTargets.current.add(target);
        setSaveState('failed');
        reportWriteFailure(loaded.restoreError);
      } else setRestoredCount(loaded?.restored.length ?? 0);
    })();
    return () => {
      isCurrent = false;
    };
  }, [id, store, reportReadFailure, reportWriteFailure]);

  useEffect(
    () =>
      listenForChanges((message) => {
        if (message.assessmentId !== id) return;
        void store.getAssessment(id).then((stored) => {
          const current = latest.current;
          if (!stored || !current) return;
          // Items this tab is still writing keep this tab's value: its write comes after the read just made.
          const isOurs = (target: string) => (inFlight.current.get(target) ?? 0) > 0;
          const theirs = (itemId: string) => (Object.hasOwn(stored.ratings, itemId) ? stored.ratings[itemId] : undefined);
          const changed = message.changed.filter((itemId) => itemId !== 'actions' && !isOurs(itemId) && !sameValue(theirs(itemId), current.ratings[itemId]));
          const actionsChanged = message.changed.includes('actions') && !isOurs('actions') && !sameValue(stored.actions ?? [], current.actions ?? []);
          if (changed.length === 0 && !actionsChanged) return;
          const ratings = Object.fromEntries([
            ...Object.entries(current.ratings).filter(([itemId]) => !changed.includes(itemId)),
            ...changed.flatMap((itemId) => {
              const rating = theirs(itemId);
              return rating ? [[itemId, rating] as const] : [];
            }),
          ]);
          const next: StoredAssessment = { ...current, ratings, ...(actionsChanged ? { actions: stored.actions } : {}) };
          latest.current = next;
          setAssessment(next);
          const items = actionsChanged ? [...changed, 'actions'] : changed;
          setExternalChange((previous) => ({
            items,
            revisions: Object.fromEntries([...Object.entries(previous?.revisions ?? {}), ...items.map((item) => [item, (previous?.revisions[item] ?? 0) + 1] as const)]),
          }));
        }, reportReadFailure);
      }),
    [id, store, reportReadFailure],
  );

  const persist = useCallback(
    (assessmentId: string, write: Promise<void>, target: PendingTarget, writeId: string) => {
      const key = targetKey(target);
      inFlight.current.set(key, (inFlight.current.get(key) ?? 0) + 1);
      setSaveState('saving');
      const settle = () => {
        inFlight.current.set(key, (inFlight.current.get(key) ?? 1) - 1);
        const isIdle = [...inFlight.current.values()].every((count) => count <= 0);
        // "Saved" only when nothing is on its way and no change is left unsaved, even if later writes succeeded.
        if (isIdle) setSaveState(failedTargets.current.size > 0 ? 'failed' : 'saved');
      };
      write.then(
        () => {
          confirmPending(assessmentId, target, writeId);
          safely(() => announceChange(assessmentId, [key]));
          failedTargets.current.delete(key);
          if (failedTargets.current.size === 0) clearWriteFailure();
          settle();
        },
        (error: unknown) => {
          forgetFailedWrite(assessmentId, target, writeId);
          failedTargets.current.add(key);
          reportWriteFailure(error);
          settle();
        },
      );
    },
    [reportWriteFailure, clearWriteFailure],
  );

  const updateRating = useCallback(
    (itemId: string, change: (rating: Rating) => Rating) => {
      const current = latest.current;
      if (!current) return;
      const previous = Object.hasOwn(current.ratings, itemId) ? current.ratings[itemId] : undefined;
      const rating = change(previous ?? {});
      const updatedAt = nowIso();
      const writeId = createRandomId();
      const next: StoredAssessment = { ...current, ratings: { ...current.ratings, [itemId]: rating }, updatedAt };
      latest.current = next;
      setAssessment(next);
      if (store.isPersistent) notePending(current.id, { item: itemId }, { value: rating, base: previous ?? null, updatedAt, writeId });
      // Only this item's rating is written, so another tab's changes to other items are kept.
      persist(current.id, store.saveRating(current.id, itemId, rating, updatedAt), { item: itemId }, writeId);
    },
    [persist, store],
  );

  const updateActions = useCallback(
    (actions: AssessmentAction[]) => {
      const current = latest.current;
      if (!current) return;
      const updatedAt = nowIso();
      const writeId = createRandomId();
      const next: StoredAssessment = { ...current, actions, updatedAt };
      latest.current = next;
      setAssessment(next);
      if (store.isPersistent) notePending(current.id, 'actions', { value: actions, base: current.actions ?? null, updatedAt, writeId });
      persist(current.id, store.saveActions(current.id, actions, updatedAt), 'actions', writeId);
    },
    [persist, store],
  );

  const dismissExternalChange = useCallback(() => setExternalChange((current) => (current ? { ...current, items: [] } : null)), []);

  return { assessment, saveState, updateRating, updateActions, externalChange, dismissExternalChange, restoredCount };
}
