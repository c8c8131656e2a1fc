import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatMessage, type Rubric, type UiLocale, type ValidationIssue } from '../domain/index.ts';
import { BUNDLED_CATALOG, type ScaleCatalogEntry } from '../domain/rubric/bundled-catalog.ts';
import { createMemoryStore, openAssessmentStore, type AssessmentStore } from '../storage/assessment-store.ts';

export type StorageProblem = { kind: 'unavailable' } | { kind: 'write-failed'; detail: string } | { kind: 'read-failed'; detail: string };

type AddRubricResult = { ok: true; rubric: Rubric } | { ok: false; errors: ValidationIssue[] };

interface Services {
  store: AssessmentStore;
  storageProblem: StorageProblem | null;
  reportWriteFailure: (error: unknown) => void;
  reportReadFailure: (error: unknown) => void;
  clearWriteFailure: () => void;
  /** The scales to offer: the shipped ones, then those loaded from files. Known without loading any rubric. */
  catalog: readonly ScaleCatalogEntry[];
  /** Ids of the rubrics loaded from files. */
  customRubricIds: ReadonlySet<string>;
  /** Every rubric, parsed, by id; null until a screen asks for them with {@link useRubrics}. */
  rubrics: Map<string, Rubric> | null;
  requestRubrics: () => void;
  /** Loads (once) and returns the parsed rubrics. */
  loadRubrics: () => Promise<Map<string, Rubric>>;
  addRubric: (raw: string, locale: UiLocale) => Promise<AddRubricResult>;
}

const ServicesContext = createContext<Services | null>(null);

/** The store, the scale catalog and the storage status, for every screen. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>.');
  return services;
}

/** The parsed rubrics, loading them (in their own chunk) the first time a screen needs them; null meanwhile. */
export function useRubrics(): Map<string, Rubric> | null {
  const { rubrics, requestRubrics } = useServices();
  useEffect(() => {
    requestRubrics();
  }, [requestRubrics]);
  return rubrics;
}

// One load of the rubrics per store, shared by every screen that asks.
const rubricLoads = new WeakMap<AssessmentStore, Promise<Map<string, Rubric>>>();

/** The shipped rubrics and those the user loaded from files (re-checked), parsed once per store. */
function loadAllRubrics(store: AssessmentStore): Promise<Map<string, Rubric>> {
  let load = rubricLoads.get(store);
  if (!load) {
    load = (async () => {
      const [{ loadBundledRubrics }, { parseRubric }] = await Promise.all([import('../domain/rubric/bundled-rubrics.ts'), import('../domain/rubric/parse-rubric.ts')]);
      const known = new Map(loadBundledRubrics().map((rubric) => [rubric.id, rubric]));
      for (const entry of await store.listRubrics().catch(() => [])) {
        const parsed = parseRubric(entry.raw);
        if (parsed.ok && !known.has(parsed.rubric.id)) known.set(parsed.rubric.id, parsed.rubric);
      }
      return known;
    })();
    rubricLoads.set(store, load);
  }
  return load;
}

function catalogEntryOf(rubric: Rubric): ScaleCatalogEntry {
  return { id: rubric.id, version: rubric.version, title: rubric.title, defaultLocale: rubric.locales.default, citation: rubric.source.citation, itemCount: rubric.items.length };
}

/**
 * Opens the browser store (falling back to memory, and saying so, when the browser refuses). The first screen
 * needs only the scale catalog; the rubrics and the parser load when a screen asks for them.
 */
export function ServicesProvider({ children, storeFactory = openAssessmentStore }: { children: ReactNode; storeFactory?: () => Promise<AssessmentStore> }) {
  const [store, setStore] = useState<AssessmentStore | null>(null);
  const [storageProblem, setStorageProblem] = useState<StorageProblem | null>(null);
  const [customEntries, setCustomEntries] = useState<ScaleCatalogEntry[]>([]);
  const [rubrics, setRubrics] = useState<Map<string, Rubric> | null>(null);

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
      const stored = await opened.listRubrics().catch(() => []);
      if (!isCurrent) return;
      setCustomEntries(stored.filter((entry) => !BUNDLED_CATALOG.some((bundled) => bundled.id === entry.id)).map((entry) => entry.entry));
      setStore(opened);
      // Ask the browser not to evict our data under storage pressure (Safari erases unvisited sites' data).
      void navigator.storage?.persist?.().catch(() => false);
    })();
    return () => {
      isCurrent = false;
    };
  }, [storeFactory]);

  const loadRubrics = useCallback(async (): Promise<Map<string, Rubric>> => {
    if (!store) return new Map();
    const known = await loadAllRubrics(store);
    // Set once: every screen asks on mount, and a fresh copy each time would re-render every consumer.
    // addRubric replaces the map when a rubric is added.
    setRubrics((current) => current ?? new Map(known));
    return known;
  }, [store]);

  const requestRubrics = useCallback(() => void loadRubrics(), [loadRubrics]);

  const reportWriteFailure = useCallback((error: unknown) => {
    setStorageProblem((current) => (current?.kind === 'unavailable' ? current : { kind: 'write-failed', detail: error instanceof Error ? error.message : String(error) }));
  }, []);
  const reportReadFailure = useCallback((error: unknown) => {
    setStorageProblem((current) => (current?.kind === 'unavailable' ? current : { kind: 'read-failed', detail: error instanceof Error ? error.message : String(error) }));
  }, []);
  const clearWriteFailure = useCallback(() => setStorageProblem((current) => (current?.kind === 'write-failed' ? null : current)), []);

  const addRubric = useCallback(
    async (raw: string, locale: UiLocale): Promise<AddRubricResult> => {
      const [{ parseRubric }, known] = await Promise.all([import('../domain/rubric/parse-rubric.ts'), loadRubrics()]);
      const parsed = parseRubric(raw, { locale });
      if (!parsed.ok) return parsed;
      const rubric = parsed.rubric;
      // A file must not replace a shipped scale: assessments made with it would silently change meaning.
      if (BUNDLED_CATALOG.some((entry) => entry.id === rubric.id)) {
        return { ok: false, errors: [{ path: 'id', code: 'rubric.id-taken', message: formatMessage(locale, 'rubric.id-taken', { id: rubric.id }) }] };
      }
      const entry = catalogEntryOf(rubric);
      known.set(rubric.id, rubric);
      setRubrics(new Map(known));
      setCustomEntries((current) => [...current.filter((candidate) => candidate.id !== rubric.id), entry]);
      try {
        await store?.saveRubric({ id: rubric.id, raw: JSON.parse(raw) as unknown, entry });
      } catch (error) {
        reportWriteFailure(error);
      }
      return { ok: true, rubric };
    },
    [store, loadRubrics, reportWriteFailure],
  );

  const catalog = useMemo(() => [...BUNDLED_CATALOG, ...customEntries.filter((entry) => !BUNDLED_CATALOG.some((bundled) => bundled.id === entry.id))], [customEntries]);
  const customRubricIds = useMemo(() => new Set(customEntries.map((entry) => entry.id)), [customEntries]);
  const value = useMemo(
    () => (store ? { store, storageProblem, reportWriteFailure, reportReadFailure, clearWriteFailure, catalog, customRubricIds, rubrics, requestRubrics, loadRubrics, addRubric } : null),
    [store, storageProblem, reportWriteFailure, reportReadFailure, clearWriteFailure, catalog, customRubricIds, rubrics, requestRubrics, loadRubrics, addRubric],
  );
  if (!value) return <p role="status" className="loading">…</p>;
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}
