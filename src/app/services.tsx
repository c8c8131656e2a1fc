import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { parseRubric, type Rubric, type UiLocale, type ValidationIssue } from '../domain/index.ts';
import { createMemoryStore, openAssessmentStore, type AssessmentStore } from '../storage/assessment-store.ts';

export type StorageProblem = { kind: 'unavailable' } | { kind: 'write-failed'; detail: string };

interface Services {
  store: AssessmentStore;
  storageProblem: StorageProblem | null;
  reportWriteFailure: (error: unknown) => void;
  clearWriteFailure: () => void;
  /** Every rubric the app knows, by id; null while they load. */
  rubrics: Map<string, Rubric> | null;
  /** Ids of the rubrics loaded from files (the rest are bundled). */
  customRubricIds: ReadonlySet<string>;
  addRubric: (raw: string, locale: UiLocale) => Promise<{ ok: true; rubric: Rubric } | { ok: false; errors: ValidationIssue[] }>;
}

const ServicesContext = createContext<Services | null>(null);

/** The store, the known rubrics and the storage status, for every screen. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}

/**
 * Opens the browser store (falling back to memory, and saying so, when the browser refuses) and loads the
 * bundled rubrics in their own chunk, plus any rubric the user loaded from a file on an earlier visit.
 */
export function ServicesProvider({ children, storeFactory = openAssessmentStore }: { children: ReactNode; storeFactory?: () => Promise<AssessmentStore> }) {
  const [store, setStore] = useState<AssessmentStore | null>(null);
  const [storageProblem, setStorageProblem] = useState<StorageProblem | null>(null);
  const [rubrics, setRubrics] = useState<Map<string, Rubric> | null>(null);
  const [customRubricIds, setCustomRubricIds] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      let opened: AssessmentStore;
      try {
        opened = await storeFactory();
      } catch {
        opened = createMemoryStore();
        if (isCurrent) setStorageProblem({ kind: 'unavailable' });
      }
      const { loadBundledRubrics } = await import('../domain/rubric/bundled-rubrics.ts');
      const known = new Map(loadBundledRubrics().map((rubric) => [rubric.id, rubric]));
      const custom = new Set<string>();
      for (const raw of await opened.listRubrics().catch(() => [])) {
        const parsed = parseRubric(raw);
        if (parsed.ok && !known.has(parsed.rubric.id)) {
          known.set(parsed.rubric.id, parsed.rubric);
          custom.add(parsed.rubric.id);
        }
      }
      if (!isCurrent) return;
      setStore(opened);
      setRubrics(known);
      setCustomRubricIds(custom);
      // Ask the browser not to evict our data under storage pressure (Safari erases unvisited sites' data).
      void navigator.storage?.persist?.().catch(() => false);
    })();
    return () => {
      isCurrent = false;
    };
  }, [storeFactory]);

  const reportWriteFailure = useCallback((error: unknown) => {
    setStorageProblem((current) => (current?.kind === 'unavailable' ? current : { kind: 'write-failed', detail: error instanceof Error ? error.message : String(error) }));
  }, []);
  const clearWriteFailure = useCallback(() => setStorageProblem((current) => (current?.kind === 'write-failed' ? null : current)), []);

  const addRubric = useCallback<Services['addRubric']>(
    async (raw, locale) => {
      const parsed = parseRubric(raw, { locale });
      if (!parsed.ok) return parsed;
      setRubrics((current) => new Map(current ?? []).set(parsed.rubric.id, parsed.rubric));
      setCustomRubricIds((current) => new Set(current).add(parsed.rubric.id));
      try {
        await store?.saveRubric(parsed.rubric.id, JSON.parse(raw) as unknown);
      } catch (error) {
        reportWriteFailure(error);
      }
      return { ok: true, rubric: parsed.rubric };
    },
    [store, reportWriteFailure],
  );

  const value = useMemo(
    () => (store ? { store, storageProblem, reportWriteFailure, clearWriteFailure, rubrics, customRubricIds, addRubric } : null),
    [store, storageProblem, reportWriteFailure, clearWriteFailure, rubrics, customRubricIds, addRubric],
  );
  if (!value) return <p role="status" className="loading">…</p>;
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}
