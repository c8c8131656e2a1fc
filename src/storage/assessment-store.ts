import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Assessment, AssessmentAction, Rating } from '../domain/index.ts';
import type { ScaleCatalogEntry } from '../domain/rubric/bundled-catalog.ts';
import { sameStoredValue } from './pending-changes.ts';
import { isUsableAssessment } from './record-check.ts';

/** An assessment as the app keeps it: always with an id, so it has its own address. */
export type StoredAssessment = Assessment & { id: string };

interface FidelityDatabase extends DBSchema {
  assessments: { key: string; value: StoredAssessment };
  /** Rubrics the user loaded from files, kept as the raw JSON they gave so they are re-checked on every load. */
  rubrics: { key: string; value: StoredRubric };
  /** Groups of imported assessments worked on together: a workshop room's ratings, a network's sites. */
  collections: { key: string; value: StoredCollection };
}

/**
 * Assessments imported together for one piece of work: the ratings a workshop room gave a vignette, or the
 * latest assessments of a network's sites. Kept apart from the user's own assessments so hundreds of imported
 * files never crowd the saved list, and kept as imported (never edited).
 */
export interface StoredCollection {
  id: string;
  kind: 'workshop' | 'network';
  title: string;
  createdAt: string;
  updatedAt: string;
  /** The scale every member is an assessment of. */
  scaleId: string;
  /** For a workshop: the vignette the room rated, when it is one of the known vignettes. */
  vignetteId?: string;
  members: Assessment[];
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
  /** The saved assessments screens can show; damaged records are left out (see {@link listDamagedIds}). */
  listAssessments(): Promise<StoredAssessment[]>;
  /** The ids of saved records too damaged to show: they stay stored, and backups include them. */
  listDamagedIds(): Promise<string[]>;
  /** Every saved assessment record as stored, damaged ones included: what a backup holds. */
  listRecords(): Promise<unknown[]>;
  /** The assessment, undefined when there is none; throws {@link DamagedRecordError} when the record is damaged. */
  getAssessment(id: string): Promise<StoredAssessment | undefined>;
  saveAssessment(assessment: StoredAssessment): Promise<void>;
  /**
   * Writes one rating into the stored assessment (read, change, write in one transaction), so two tabs rating
   * different items of the same assessment both keep their changes.
   */
  saveRating(assessmentId: string, itemId: string, rating: Rating, updatedAt: string): Promise<void>;
  /** Replaces the action plan of the stored assessment, leaving its ratings as they are in storage. */
  saveActions(assessmentId: string, actions: AssessmentAction[], updatedAt: string): Promise<void>;
  /**
   * Writes back a change the journal kept, only if, inside the same transaction, the item still holds one of
   * `expected` (nobody else wrote it since). True when written; false when storage holds something else.
   */
  restoreRating(assessmentId: string, itemId: string, rating: Rating, expected: ReadonlyArray<Rating | null>, updatedAt: string): Promise<boolean>;
  /** The same for the action plan. */
  restoreActions(assessmentId: string, actions: AssessmentAction[], expected: ReadonlyArray<AssessmentAction[] | null>, updatedAt: string): Promise<boolean>;
  deleteAssessment(id: string): Promise<void>;
  listRubrics(): Promise<StoredRubric[]>;
  saveRubric(rubric: StoredRubric): Promise<void>;
  listCollections(): Promise<StoredCollection[]>;
  getCollection(id: string): Promise<StoredCollection | undefined>;
  saveCollection(collection: StoredCollection): Promise<void>;
  deleteCollection(id: string): Promise<void>;
}

/** A stored record that lacks what the screens need; said on screen rather than shown as a crash. */
export class DamagedRecordError extends Error {
  constructor(readonly recordId: string) {
    super(`The saved record ${recordId} is damaged and cannot be shown; download a backup to keep a copy of it.`);
    this.name = 'DamagedRecordError';
  }
}

function usableOrThrow(id: string, record: unknown): StoredAssessment | undefined {
  if (record === undefined) return undefined;
  if (!isUsableAssessment(record)) throw new DamagedRecordError(id);
  return record;
}

/** The later of two ISO instants: a restore never moves an assessment's date of change backwards. */
function laterOf(stored: string | undefined, restored: string): string {
  return stored && stored > restored ? stored : restored;
}

function holdsOneOf(current: unknown, expected: readonly unknown[]): boolean {
  return expected.some((value) => sameStoredValue(current, value));
}

function ratingOf(assessment: StoredAssessment, itemId: string): Rating | undefined {
  return Object.hasOwn(assessment.ratings, itemId) ? assessment.ratings[itemId] : undefined;
}

function damagedIds(records: readonly unknown[]): string[] {
  return records.filter((record) => !isUsableAssessment(record)).map((record) => String((record as { id?: unknown } | null)?.id ?? '?'));
}

const DATABASE_NAME = 'ips-fidelity';
// Version 1: assessments and rubrics. Version 2 adds collections; upgrading keeps every stored record.
const DATABASE_VERSION = 2;

function byMostRecent(a: { updatedAt?: string }, b: { updatedAt?: string }): number {
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
    listAssessments: async () => ((await database.getAll('assessments')) as unknown[]).filter(isUsableAssessment).sort(byMostRecent),
    listDamagedIds: async () => damagedIds(await database.getAll('assessments')),
    listRecords: () => database.getAll('assessments'),
    getAssessment: async (id) => usableOrThrow(id, await database.get('assessments', id)),
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
    restoreRating: async (assessmentId, itemId, rating, expected, updatedAt) => {
      const transaction = database.transaction('assessments', 'readwrite');
      const stored = await transaction.store.get(assessmentId);
      const isExpected = stored !== undefined && isUsableAssessment(stored) && holdsOneOf(ratingOf(stored, itemId), expected);
      if (stored && isExpected) await transaction.store.put({ ...stored, ratings: { ...stored.ratings, [itemId]: structuredClone(rating) }, updatedAt: laterOf(stored.updatedAt, updatedAt) });
      await transaction.done;
      return isExpected;
    },
    restoreActions: async (assessmentId, actions, expected, updatedAt) => {
      const transaction = database.transaction('assessments', 'readwrite');
      const stored = await transaction.store.get(assessmentId);
      const isExpected = stored !== undefined && isUsableAssessment(stored) && holdsOneOf(stored.actions, expected);
      if (stored && isExpected) await transaction.store.put({ ...stored, actions: structuredClone(actions), updatedAt: laterOf(stored.updatedAt, updatedAt) });
      await transaction.done;
      return isExpected;
    },
    deleteAssessment: (id) => database.delete('assessments', id),
    listRubrics: () => database.getAll('rubrics'),
    saveRubric: async (rubric) => void (await database.put('rubrics', structuredClone(rubric))),
    listCollections: async () => (await database.getAll('collections')).sort(byMostRecent),
    getCollection: (id) => database.get('collections', id),
    saveCollection: async (collection) => void (await database.put('collections', structuredClone(collection))),
    deleteCollection: (id) => database.delete('collections', id),
  };
}

/** A store that lives only as long as the page: used when the browser refuses IndexedDB, and said on screen. */
export function createMemoryStore(): AssessmentStore {
  const assessments = new Map<string, StoredAssessment>();
  const rubrics = new Map<string, StoredRubric>();
  const collections = new Map<string, StoredCollection>();
  return {
    isPersistent: false,
    listAssessments: async () => [...assessments.values()].filter(isUsableAssessment).map((assessment) => structuredClone(assessment)).sort(byMostRecent),
    listDamagedIds: async () => damagedIds([...assessments.values()]),
    listRecords: async () => [...assessments.values()].map((assessment) => structuredClone(assessment)),
    getAssessment: async (id) => usableOrThrow(id, assessments.has(id) ? structuredClone(assessments.get(id)) : undefined),
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
    restoreRating: async (assessmentId, itemId, rating, expected, updatedAt) => {
      const stored = assessments.get(assessmentId);
      if (!stored || !holdsOneOf(ratingOf(stored, itemId), expected)) return false;
      assessments.set(assessmentId, { ...stored, ratings: { ...stored.ratings, [itemId]: structuredClone(rating) }, updatedAt: laterOf(stored.updatedAt, updatedAt) });
      return true;
    },
    restoreActions: async (assessmentId, actions, expected, updatedAt) => {
      const stored = assessments.get(assessmentId);
      if (!stored || !holdsOneOf(stored.actions, expected)) return false;
      assessments.set(assessmentId, { ...stored, actions: structuredClone(actions), updatedAt: laterOf(stored.updatedAt, updatedAt) });
      return true;
    },
    deleteAssessment: async (id) => void assessments.delete(id),
    listRubrics: async () => [...rubrics.values()].map((rubric) => structuredClone(rubric)),
    saveRubric: async (rubric) => void rubrics.set(rubric.id, structuredClone(rubric)),
    listCollections: async () => [...collections.values()].map((collection) => structuredClone(collection)).sort(byMostRecent),
    getCollection: async (id) => (collections.has(id) ? structuredClone(collections.get(id)) : undefined),
    saveCollection: async (collection) => void collections.set(collection.id, structuredClone(collection)),
    deleteCollection: async (id) => void collections.delete(id),
  };
}

/**
 * Opens the browser database. Private modes and disabled storage make this fail; the caller then falls back to
 * {@link createMemoryStore} and tells the user, so a refusal is never silent.
 */
export async function openAssessmentStore(): Promise<AssessmentStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser.');
  const database = await openDB<FidelityDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      // Each step runs only for databases older than it, so data saved by an earlier version stays in place.
      if (oldVersion < 1) {
        db.createObjectStore('assessments', { keyPath: 'id' });
        db.createObjectStore('rubrics', { keyPath: 'id' });
      }
      if (oldVersion < 2) db.createObjectStore('collections', { keyPath: 'id' });
    },
  });
  return createIndexedDbStore(database);
}
