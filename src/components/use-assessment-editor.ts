import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssessmentAction, Rating } from '../domain/index.ts';
import { nowIso } from './clock.ts';
import { useServices } from './services.tsx';
import type { StoredAssessment } from '../storage/assessment-store.ts';

export type SaveState = 'saved' | 'saving' | 'failed';

/**
 * Loads one assessment and saves every change as it is made. The screen state is updated first (the rating
 * shows at once), then the whole assessment is written; writes are queued by the store, so the last change wins.
 */
export function useAssessmentEditor(id: string) {
  const { store, reportWriteFailure, reportReadFailure, clearWriteFailure } = useServices();
  const [assessment, setAssessment] = useState<StoredAssessment | null | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const pendingWrites = useRef(0);
  // The latest assessment, read by updates so two quick changes never start from the same old state.
  const latest = useRef<StoredAssessment | null>(null);

  useEffect(() => {
    let isCurrent = true;
    setAssessment(undefined);
    latest.current = null;
    void store.getAssessment(id).then(
      (found) => {
        if (!isCurrent) return;
        latest.current = found ?? null;
        setAssessment(found ?? null);
      },
      (error: unknown) => {
        if (!isCurrent) return;
        reportReadFailure(error);
        setAssessment(null);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [id, store, reportReadFailure]);

  const persist = useCallback(
    (write: Promise<void>) => {
      pendingWrites.current += 1;
      setSaveState('saving');
      write.then(
        () => {
          pendingWrites.current -= 1;
          if (pendingWrites.current === 0) {
            setSaveState('saved');
            clearWriteFailure();
          }
        },
        (error: unknown) => {
          pendingWrites.current -= 1;
          setSaveState('failed');
          reportWriteFailure(error);
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
      const next: StoredAssessment = { ...current, ratings: { ...current.ratings, [itemId]: rating }, updatedAt };
      latest.current = next;
      setAssessment(next);
      // Only this item's rating is written, so another tab's changes to other items are kept.
      persist(store.saveRating(current.id, itemId, rating, updatedAt));
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
      persist(store.saveActions(current.id, actions, updatedAt));
    },
    [persist, store],
  );

  return { assessment, saveState, updateRating, updateActions };
}
