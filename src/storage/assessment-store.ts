import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Assessment, AssessmentAction, Rating } from '../domain/index.ts';
import type { ScaleCatalogEntry } from '../domain/rubric/bundled-catalog.ts';

/** An assessment as the app keeps it: always with an id, so it has its own address. */
export type StoredAssessment = Assessment & { id: string };

interface FidelityDatabase extends DBSchema {
  assessments: { key: string; value: StoredAssessment };
  /** Rubrics the user loaded from files, kept as the raw JSON they gave so they are re-checked on every load. */
  rubrics: { key: string; value: StoredRubric };
}

/** A rubric loaded from a file: its raw JSON, and what the home screen lists of it without parsing it again. */
export interface StoredRubric {
  id: string;
  raw: unknown;
  entry: ScaleCatalogEntry;
}

/** Everything the app persists, behind one small interface so a failing browser store can be swapped out. */
export interface AssessmentStore {
  /** True when data survives a reload; false for the in-memory fallback. */
  isPersistent: boolean;
  listAssessments(): Promise<StoredAssessment[]>;
  getAssessment(id: string): Promise<StoredAssessment | undefined>;
  saveAssessment(assessment: StoredAssessment): Promise<void>;
  /**
   * Writes one rating into the stored assessment (read, change, write in one transaction), so two tabs rating
   * different items of the same assessment both keep their changes.
   */
  saveRating(assessmentId: string, itemId: string, rating: Rating, updatedAt: string): Promise<void>;
  /** Replaces the action plan of the stored assessment, leaving its ratings as they are in storage. */
  saveActions(assessmentId: string, actions: AssessmentAction[], updatedAt: string): Promise<void>;
  deleteAssessment(id: string): Promise<void>;
  listRubrics(): Promise<StoredRubric[]>;
  saveRubric(rubric: StoredRubric): Promise<void>;
}

const DATABASE_NAME = 'ips-fidelity';
const DATABASE_VERSION = 1;

function byMostRecent(a: StoredAssessment, b: StoredAssessment): number {
  return (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '');
}

/**
 * The IndexedDB store. Each write opens its transaction at once: the browser runs read-write transactions on a
 * store in the order they were created, so the last change wins, and no change waits in a JavaScript queue that
 * a reload would drop.
 */
function createIndexedDbStore(database: IDBPDatabase<FidelityDatabase>): AssessmentStore {
  return {
    isPersistent: true,
    listAssessments: async () => (await database.getAll('assessments')).sort(byMostRecent),
    getAssessment: (id) => database.get('assessments', id),
    saveAssessment: async (assessment) => void (await database.put('assessments', structuredClone(assessment))),
    saveRating: async (assessmentId, itemId, rating, updatedAt) => {
      const transaction = database.transaction('assessments', 'readwrite');
      const stored = await transaction.store.get(assessmentId);
      if (!stored) throw new Error(`The assessment ${assessmentId} is no longer on this device.`);
      await transaction.store.put({ ...stored, ratings: { ...stored.ratings, [itemId]: structuredClone(rating) }, updatedAt });
      await transaction.done;
    },
    saveActions: async (assessmentId, actions, updatedAt) => {
      const transaction = database.transaction('assessments', 'readwrite');
      const stored = await transaction.store.get(assessmentId);
      if (!stored) throw new Error(`The assessment ${assessmentId} is no longer on this device.`);
      await transaction.store.put({ ...stored, actions: structuredClone(actions), updatedAt });
      await transaction.done;
    },
    deleteAssessment: (id) => database.delete('assessments', id),
    listRubrics: () => database.getAll('rubrics'),
    saveRubric: async (rubric) => void (await database.put('rubrics', structuredClone(rubric))),
  };
}

/** A store that lives only as long as the page: used when the browser refuses IndexedDB, and said on screen. */
export function createMemoryStore(): AssessmentStore {
  const assessments = new Map<string, StoredAssessment>();
  const rubrics = new Map<string, StoredRubric>();
  return {
    isPersistent: false,
    listAssessments: async () => [...assessments.values()].map((assessment) => structuredClone(assessment)).sort(byMostRecent),
    getAssessment: async (id) => (assessments.has(id) ? structuredClone(assessments.get(id)) : undefined),
    saveAssessment: async (assessment) => void assessments.set(assessment.id, structuredClone(assessment)),
    saveRating: async (assessmentId, itemId, rating, updatedAt) => {
      const stored = assessments.get(assessmentId);
      if (!stored) throw new Error(`The assessment ${assessmentId} is no longer on this device.`);
      assessments.set(assessmentId, { ...stored, ratings: { ...stored.ratings, [itemId]: structuredClone(rating) }, updatedAt });
    },
    saveActions: async (assessmentId, actions, updatedAt) => {
      const stored = assessments.get(assessmentId);
      if (!stored) throw new Error(`The assessment ${assessmentId} is no longer on this device.`);
      assessments.set(assessmentId, { ...stored, actions: structuredClone(actions), updatedAt });
    },
    deleteAssessment: async (id) => void assessments.delete(id),
    listRubrics: async () => [...rubrics.values()].map((rubric) => structuredClone(rubric)),
    saveRubric: async (rubric) => void rubrics.set(rubric.id, structuredClone(rubric)),
  };
}

/**
 * Opens the browser database. Private modes and disabled storage make this fail; the caller then falls back to
 * {@link createMemoryStore} and tells the user, so a refusal is never silent.
 */
export async function openAssessmentStore(): Promise<AssessmentStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser.');
  const database = await openDB<FidelityDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(db) {
      db.createObjectStore('assessments', { keyPath: 'id' });
      db.createObjectStore('rubrics', { keyPath: 'id' });
    },
  });
  return createIndexedDbStore(database);
}
