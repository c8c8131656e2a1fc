import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentAction, Rating } from '../domain/index.ts';
import { announceChange, listenForChanges } from './change-channel.ts';
import { nowIso } from './clock.ts';
import { useServices } from './services.tsx';
import type { AssessmentStore, StoredAssessment } from '../storage/assessment-store.ts';
import { changesToRestore, clearPendingChanges, confirmPending, markPendingFailed, notePendingActions, notePendingRating, readPendingChanges } from '../storage/pending-changes.ts';

export type SaveState = 'saved' | 'saving' | 'failed';

/** Changes another tab saved while this one was open: which items, and a count per item to redraw their fields. */
export interface ExternalChange {
  items: string[];
  revisions: Readonly<Record<string, number>>;
}

function sameRating(a: Rating | undefined, b: Rating | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Writes back the changes the journal holds that storage lost (a reload during a save, a failed write), and
 * returns the assessment with them and how many there were.
 */
async function restorePendingChanges(store: AssessmentStore, stored: StoredAssessment): Promise<{ assessment: StoredAssessment; restored: number }> {
  const lost = changesToRestore(readPendingChanges(stored.id), stored.updatedAt);
  const entries = Object.entries(lost.ratings);
  if (entries.length === 0 && !lost.actions) {
    clearPendingChanges(stored.id);
    return { assessment: stored, restored: 0 };
  }
  let assessment = stored;
  for (const [itemId, { rating, updatedAt }] of entries) {
    await store.saveRating(stored.id, itemId, rating, updatedAt);
    assessment = { ...assessment, ratings: { ...assessment.ratings, [itemId]: rating }, updatedAt };
  }
  if (lost.actions) {
    await store.saveActions(stored.id, lost.actions.actions, lost.actions.updatedAt);
    assessment = { ...assessment, actions: lost.actions.actions };
  }
  clearPendingChanges(stored.id);
  return { assessment, restored: entries.length + (lost.actions ? 1 : 0) };
}

/**
 * Loads one assessment and saves every change as it is made. The screen state is updated first (the rating
 * shows at once); the change goes into a synchronous journal, then into IndexedDB as its own transaction, and the
 * other tabs are told once it is saved. Changes another tab saves to this assessment are taken in and listed.
 */
export function useAssessmentEditor(id: string) {
  const { store, reportWriteFailure, reportReadFailure, clearWriteFailure } = useServices();
  const [assessment, setAssessment] = useState<StoredAssessment | null | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [externalChange, setExternalChange] = useState<ExternalChange | null>(null);
  const [restoredCount, setRestoredCount] = useState(0);
  const pendingWrites = useRef(0);
  // The latest assessment, read by updates so two quick changes never start from the same old state.
  const latest = useRef<StoredAssessment | null>(null);

  useEffect(() => {
    let isCurrent = true;
    setAssessment(undefined);
    setExternalChange(null);
    setRestoredCount(0);
    latest.current = null;
    void (async () => {
      try {
        const found = await store.getAssessment(id);
        const { assessment: loaded, restored } = found && store.isPersistent ? await restorePendingChanges(store, found) : { assessment: found, restored: 0 };
        if (!isCurrent) return;
        latest.current = loaded ?? null;
        setAssessment(loaded ?? null);
        setRestoredCount(restored);
      } catch (error) {
        if (!isCurrent) return;
        reportReadFailure(error);
        setAssessment(null);
      }
    })();
    return () => {
      isCurrent = false;
    };
  }, [id, store, reportReadFailure]);

  useEffect(
    () =>
      listenForChanges((message) => {
        if (message.assessmentId !== id) return;
        void store.getAssessment(id).then((stored) => {
          const current = latest.current;
          if (!stored || !current) return;
          // Only what the other tab changed is taken from storage: this tab's own changes on their way stay.
          const theirs = (itemId: string) => (Object.hasOwn(stored.ratings, itemId) ? stored.ratings[itemId] : undefined);
          const changed = message.changed.filter((itemId) => itemId !== 'actions' && !sameRating(theirs(itemId), current.ratings[itemId]));
          const ratings = Object.fromEntries([
            ...Object.entries(current.ratings).filter(([itemId]) => !changed.includes(itemId)),
            ...changed.flatMap((itemId) => {
              const rating = theirs(itemId);
              return rating ? [[itemId, rating] as const] : [];
            }),
          ]);
          const actionsChanged = message.changed.includes('actions') && JSON.stringify(stored.actions ?? []) !== JSON.stringify(current.actions ?? []);
          if (changed.length === 0 && !actionsChanged) return;
          const next: StoredAssessment = { ...current, ratings, ...(actionsChanged ? { actions: stored.actions } : {}), updatedAt: stored.updatedAt };
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
    (write: Promise<void>, target: { item: string } | 'actions', updatedAt: string) => {
      pendingWrites.current += 1;
      setSaveState('saving');
      const assessmentId = latest.current?.id ?? id;
      write.then(
        () => {
          pendingWrites.current -= 1;
          confirmPending(assessmentId, target, updatedAt);
          announceChange(assessmentId, [target === 'actions' ? 'actions' : target.item]);
          if (pendingWrites.current === 0) {
            setSaveState('saved');
            clearWriteFailure();
          }
        },
        (error: unknown) => {
          pendingWrites.current -= 1;
          markPendingFailed(assessmentId, target, updatedAt);
          setSaveState('failed');
          reportWriteFailure(error);
        },
      );
    },
    [id, reportWriteFailure, clearWriteFailure],
  );

  const updateRating = useCallback(
    (itemId: string, change: (rating: Rating) => Rating) => {
      const current = latest.current;
      if (!current) return;
      const previous = Object.hasOwn(current.ratings, itemId) ? current.ratings[itemId] : undefined;
      const rating = change(previous ?? {});
      const updatedAt = nowIso();
      const next: StoredAssessment = { ...current, ratings: { ...current.ratings, [itemId]: rating }, updatedAt };
      latest.current = next;
      setAssessment(next);
      if (store.isPersistent) notePendingRating(current.id, itemId, rating, updatedAt);
      // Only this item's rating is written, so another tab's changes to other items are kept.
      persist(store.saveRating(current.id, itemId, rating, updatedAt), { item: itemId }, updatedAt);
    },
    [persist, store],
  );

  const updateActions = useCallback(
    (actions: AssessmentAction[]) => {
      const current = latest.current;
      if (!current) return;
      const updatedAt = nowIso();
      const next: StoredAssessment = { ...current, actions, updatedAt };
      latest.current = next;
      setAssessment(next);
      if (store.isPersistent) notePendingActions(current.id, actions, updatedAt);
      persist(store.saveActions(current.id, actions, updatedAt), 'actions', updatedAt);
    },
    [persist, store],
  );

  const dismissExternalChange = useCallback(() => setExternalChange((current) => (current ? { ...current, items: [] } : null)), []);

  return { assessment, saveState, updateRating, updateActions, externalChange, dismissExternalChange, restoredCount };
}
