import { describe, expect, it } from 'vitest';
import { createMemoryStore, DamagedRecordError, openAssessmentStore, type AssessmentStore, type StoredAssessment } from '../../src/storage/assessment-store.ts';
import { bundledRubric, makeAssessment } from '../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');
function stored(id: string, updatedAt: string, score = 3): StoredAssessment {
  return { ...makeAssessment(ips25, { 'caseload-size': { score } }), id, updatedAt };
}

describe.each([
  ['IndexedDB', () => openAssessmentStore()],
  ['memory', async () => createMemoryStore()],
] as const)('the %s store', (_name, open) => {
  it('saves, lists newest first, reads back and deletes', async () => {
    const store: AssessmentStore = await open();
    for (const existing of await store.listAssessments()) await store.deleteAssessment(existing.id);
    await store.saveAssessment(stored('a', '2026-11-01T10:00:00.000Z'));
    await store.saveAssessment(stored('b', '2026-11-02T10:00:00.000Z'));
    expect((await store.listAssessments()).map((assessment) => assessment.id)).toEqual(['b', 'a']);
    expect((await store.getAssessment('a'))?.ratings['caseload-size']).toEqual({ score: 3 });
    await store.deleteAssessment('a');
    expect(await store.getAssessment('a')).toBeUndefined();
  });

  it('keeps the last of several quick writes', async () => {
    const store = await open();
    await Promise.all([1, 2, 3, 4, 5].map((score) => store.saveAssessment(stored('quick', '2026-11-03T10:00:00.000Z', score))));
    expect((await store.getAssessment('quick'))?.ratings['caseload-size']?.score).toBe(5);
  });

  it('writes one rating without losing another tab\'s change to a different item', async () => {
    const store = await open();
    await store.saveAssessment(stored('two-tabs', '2026-11-05T10:00:00.000Z'));
    // Two tabs, each starting from the same stored assessment, each rating a different item.
    await Promise.all([store.saveRating('two-tabs', 'zero-exclusion', { score: 5 }, '2026-11-05T10:01:00.000Z'), store.saveRating('two-tabs', 'disclosure', { score: 2 }, '2026-11-05T10:01:01.000Z')]);
    const saved = await store.getAssessment('two-tabs');
    expect(saved?.ratings).toMatchObject({ 'caseload-size': { score: 3 }, 'zero-exclusion': { score: 5 }, disclosure: { score: 2 } });
    expect(saved?.updatedAt).toBe('2026-11-05T10:01:01.000Z');
  });

  it('writes a restored rating back only while the item still holds an expected value, never moving the date back', async () => {
    const store = await open();
    await store.saveAssessment(stored('restore', '2026-11-05T10:00:00.000Z'));
    expect(await store.restoreRating('restore', 'caseload-size', { score: 5 }, [{ score: 1 }, null], '2026-11-05T09:00:00.000Z')).toBe(false);
    expect((await store.getAssessment('restore'))?.ratings['caseload-size']).toEqual({ score: 3 });
    expect(await store.restoreRating('restore', 'caseload-size', { score: 5 }, [{ score: 3 }], '2026-11-05T09:00:00.000Z')).toBe(true);
    const after = await store.getAssessment('restore');
    expect(after?.ratings['caseload-size']).toEqual({ score: 5 });
    expect(after?.updatedAt).toBe('2026-11-05T10:00:00.000Z');
    expect(await store.restoreRating('restore', 'disclosure', { score: 2 }, [null], '2026-11-06T09:00:00.000Z')).toBe(true);
    expect(await store.restoreActions('restore', [{ action: 'Weekly team meeting' }], [null], '2026-11-06T09:00:00.000Z')).toBe(true);
    expect(await store.restoreActions('restore', [], [null], '2026-11-06T09:00:00.000Z')).toBe(false);
  });

  it('refuses a rating for an assessment that is gone', async () => {
    const store = await open();
    await expect(store.saveRating('never-saved', 'disclosure', { score: 2 }, '2026-11-05T10:00:00.000Z')).rejects.toThrow(/no longer on this device/);
  });

  it('stores a copy: changing the object afterwards changes nothing saved', async () => {
    const store = await open();
    const assessment = stored('copy', '2026-11-04T10:00:00.000Z');
    await store.saveAssessment(assessment);
    assessment.ratings['caseload-size'] = { score: 1 };
    expect((await store.getAssessment('copy'))?.ratings['caseload-size']?.score).toBe(3);
  });

  it('keeps rubrics loaded from files with their catalog entry', async () => {
    const store = await open();
    const entry = { id: 'mini', version: '1', title: { en: 'Mini' }, defaultLocale: 'en', citation: 'x', itemCount: 4 };
    await store.saveRubric({ id: 'mini', raw: { any: 'json' }, entry });
    expect(await store.listRubrics()).toContainEqual({ id: 'mini', raw: { any: 'json' }, entry });
  });

  it('keeps a damaged record stored and in backups, but out of the list, and says so when it is opened', async () => {
    const store = await open();
    const damaged = { ...stored('damaged', '2026-11-06T10:00:00.000Z'), ratings: null } as unknown as StoredAssessment;
    await store.saveAssessment(damaged);
    expect((await store.listAssessments()).some((assessment) => assessment.id === 'damaged')).toBe(false);
    expect(await store.listDamagedIds()).toContain('damaged');
    expect((await store.listRecords()).some((record) => (record as { id: string }).id === 'damaged')).toBe(true);
    await expect(store.getAssessment('damaged')).rejects.toThrow(DamagedRecordError);
    await store.deleteAssessment('damaged');
    // A consensus whose reviewers' ratings are damaged would break the side-by-side view and the report.
    const damagedConsensus = { ...stored('damaged-consensus', '2026-11-06T10:00:00.000Z'), consensus: { reviewers: [{ name: 'A', date: '2026-11-20', ratings: null }] } } as unknown as StoredAssessment;
    await store.saveAssessment(damagedConsensus);
    await expect(store.getAssessment('damaged-consensus')).rejects.toThrow(DamagedRecordError);
    await store.deleteAssessment('damaged-consensus');
  });

  it('keeps collections of imported assessments apart from the saved list, newest first', async () => {
    const store = await open();
    const member = makeAssessment(ips25, { 'caseload-size': { score: 4 } });
    const savedBefore = (await store.listAssessments()).length;
    const base = { kind: 'workshop' as const, scaleId: 'ips-25', createdAt: '2026-11-01T10:00:00.000Z', members: [member] };
    await store.saveCollection({ ...base, id: 'room-1', title: 'Room 1', updatedAt: '2026-11-01T10:00:00.000Z' });
    await store.saveCollection({ ...base, id: 'room-2', title: 'Room 2', updatedAt: '2026-11-02T10:00:00.000Z' });
    const listed = await store.listCollections();
    expect(listed.map((collection) => collection.id).filter((id) => id.startsWith('room-'))).toEqual(['room-2', 'room-1']);
    expect((await store.getCollection('room-1'))?.members[0]?.ratings['caseload-size']).toEqual({ score: 4 });
    expect(await store.listAssessments()).toHaveLength(savedBefore);
    await store.deleteCollection('room-1');
    expect(await store.getCollection('room-1')).toBeUndefined();
  });
});

describe('upgrading the browser database', () => {
  it('keeps the assessments and rubrics a version-1 database holds and adds collections', async () => {
    const { openDB } = await import('idb');
    const { IDBFactory } = await import('fake-indexeddb');
    // A browser profile of its own: the other tests keep their database open.
    globalThis.indexedDB = new IDBFactory();
    // What the first released version created and saved.
    const old = await openDB('ips-fidelity', 1, {
      upgrade(db) {
        db.createObjectStore('assessments', { keyPath: 'id' });
        db.createObjectStore('rubrics', { keyPath: 'id' });
      },
    });
    await old.put('assessments', stored('from-version-1', '2026-06-01T10:00:00.000Z', 2));
    old.close();
    const store = await openAssessmentStore();
    expect((await store.getAssessment('from-version-1'))?.ratings['caseload-size']).toEqual({ score: 2 });
    expect(await store.listCollections()).toEqual([]);
  });
});
