import { describe, expect, it } from 'vitest';
import { createMemoryStore, openAssessmentStore, type AssessmentStore, type StoredAssessment } from '../../src/storage/assessment-store.ts';
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
});
