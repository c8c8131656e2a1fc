// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ServicesProvider } from '../../src/components/services.tsx';
import { useAssessmentEditor } from '../../src/components/use-assessment-editor.ts';
import { createMemoryStore, type AssessmentStore } from '../../src/storage/assessment-store.ts';
import { listPendingChanges, notePending } from '../../src/storage/pending-changes.ts';
import { bundledRubric, makeAssessment } from '../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');

/** A store that says it persists (so the journal is used), seeded with one assessment; writes may be refused. */
async function seededStore(options: { refuseWrites: boolean }): Promise<AssessmentStore> {
  const memory = createMemoryStore();
  await memory.saveAssessment({ ...makeAssessment(ips25, { 'caseload-size': { score: 3 } }), id: 'a', updatedAt: '2026-11-28T09:00:00.000Z' });
  return {
    ...memory,
    isPersistent: true,
    saveRating: options.refuseWrites ? () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : memory.saveRating,
    restoreRating: options.refuseWrites ? () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : memory.restoreRating,
  };
}

function wrapperFor(store: AssessmentStore) {
  return ({ children }: { children: ReactNode }) => <ServicesProvider storeFactory={async () => store}>{children}</ServicesProvider>;
}

describe('useAssessmentEditor and the journal', () => {
  beforeEach(() => localStorage.clear());

  it('writes back a rating the page closed on, says so, and empties the journal', async () => {
    const store = await seededStore({ refuseWrites: false });
    notePending('a', { item: 'zero-exclusion' }, { value: { score: 2 }, base: null, updatedAt: '2026-11-28T09:00:01.000Z', writeId: 'w1' });
    const { result } = renderHook(() => useAssessmentEditor('a'), { wrapper: wrapperFor(store) });
    await waitFor(() => expect(result.current.restoredCount).toBe(1));
    expect(result.current.assessment?.ratings['zero-exclusion']).toEqual({ score: 2 });
    expect((await store.getAssessment('a'))?.ratings['zero-exclusion']).toEqual({ score: 2 });
    expect(listPendingChanges('a')).toEqual([]);
  });

  it('still opens the assessment, with the journal\'s rating, when storage refuses to take it back', async () => {
    const store = await seededStore({ refuseWrites: true });
    notePending('a', { item: 'zero-exclusion' }, { value: { score: 2 }, base: null, updatedAt: '2026-11-28T09:00:01.000Z', writeId: 'w1' });
    const { result } = renderHook(() => useAssessmentEditor('a'), { wrapper: wrapperFor(store) });
    await waitFor(() => expect(result.current.assessment).toBeTruthy());
    expect(result.current.assessment?.ratings).toMatchObject({ 'caseload-size': { score: 3 }, 'zero-exclusion': { score: 2 } });
    expect(result.current.saveState).toBe('failed');
    // Kept for the next time storage works.
    expect(listPendingChanges('a').map((change) => change.target)).toEqual([{ item: 'zero-exclusion' }]);
  });

  it('never writes back over a value another tab saved since, and opens whatever the journal holds', async () => {
    const store = await seededStore({ refuseWrites: false });
    // The journal says caseload-size went from 2 to 4, but storage holds 3: another tab's later change.
    notePending('a', { item: 'caseload-size' }, { value: { score: 4 }, base: { score: 2 }, updatedAt: '2026-11-28T12:00:00.000Z', writeId: 'w1' });
    localStorage.setItem('ips-fidelity.pending.a:item:disclosure', '{"value": null, "bases": "damaged"');
    const { result } = renderHook(() => useAssessmentEditor('a'), { wrapper: wrapperFor(store) });
    await waitFor(() => expect(result.current.assessment).toBeTruthy());
    expect(result.current.assessment?.ratings['caseload-size']).toEqual({ score: 3 });
    expect((await store.getAssessment('a'))?.ratings['caseload-size']).toEqual({ score: 3 });
    expect(result.current.restoredCount).toBe(0);
    expect(listPendingChanges('a')).toEqual([]);
  });

  it('says "not saved" while any change is unsaved, even after a later change to another item succeeds', async () => {
    const memory = await seededStore({ refuseWrites: false });
    let refuse = true;
    const store: AssessmentStore = { ...memory, saveRating: (...args) => (refuse ? Promise.reject(new Error('refused')) : memory.saveRating(...args)) };
    const { result } = renderHook(() => useAssessmentEditor('a'), { wrapper: wrapperFor(store) });
    await waitFor(() => expect(result.current.assessment).toBeTruthy());
    result.current.updateRating('disclosure', () => ({ score: 4 }));
    await waitFor(() => expect(result.current.saveState).toBe('failed'));
    refuse = false;
    result.current.updateRating('caseload-size', () => ({ score: 5 }));
    await waitFor(() => expect(listPendingChanges('a').some((change) => change.target !== 'actions' && change.target.item === 'caseload-size')).toBe(false));
    expect(result.current.saveState).toBe('failed');
    // Changing the refused item again, successfully, clears it.
    result.current.updateRating('disclosure', () => ({ score: 4 }));
    await waitFor(() => expect(result.current.saveState).toBe('saved'));
  });
});
