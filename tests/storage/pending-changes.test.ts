import { describe, expect, it } from 'vitest';
import { changesToRestore, clearPendingChanges, confirmPending, markPendingFailed, notePendingActions, notePendingRating, readPendingChanges } from '../../src/storage/pending-changes.ts';

/** A Storage that keeps its values in a map, and one that refuses every write (a full or disabled localStorage). */
function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

describe('the journal of pending changes', () => {
  it('keeps a change until storage confirms it, and a newer change of the same item after an older confirmation', () => {
    const storage = memoryStorage();
    notePendingRating('a', 'disclosure', { score: 2 }, '2026-11-28T10:00:00.000Z', storage);
    notePendingRating('a', 'disclosure', { score: 3 }, '2026-11-28T10:00:01.000Z', storage);
    confirmPending('a', { item: 'disclosure' }, '2026-11-28T10:00:00.000Z', storage);
    expect(readPendingChanges('a', storage).ratings['disclosure']).toEqual({ rating: { score: 3 }, updatedAt: '2026-11-28T10:00:01.000Z' });
    confirmPending('a', { item: 'disclosure' }, '2026-11-28T10:00:01.000Z', storage);
    expect(storage.length).toBe(0);
  });

  it('restores what the page closed on and what failed, but not what storage already has', () => {
    const storage = memoryStorage();
    notePendingRating('a', 'caseload-size', { score: 4 }, '2026-11-28T10:00:00.000Z', storage);
    notePendingRating('a', 'disclosure', { score: 2 }, '2026-11-28T10:00:05.000Z', storage);
    notePendingRating('a', 'zero-exclusion', { score: 1 }, '2026-11-28T10:00:01.000Z', storage);
    markPendingFailed('a', { item: 'zero-exclusion' }, '2026-11-28T10:00:01.000Z', storage);
    notePendingActions('a', [{ action: 'Weekly team meeting' }], '2026-11-28T10:00:06.000Z', storage);
    // Storage holds everything up to 10:00:02: caseload-size was written; the failed write must come back anyway.
    const lost = changesToRestore(readPendingChanges('a', storage), '2026-11-28T10:00:02.000Z');
    expect(Object.keys(lost.ratings).sort()).toEqual(['disclosure', 'zero-exclusion']);
    expect(lost.actions?.actions).toEqual([{ action: 'Weekly team meeting' }]);
    clearPendingChanges('a', storage);
    expect(readPendingChanges('a', storage)).toEqual({ ratings: {} });
  });

  it('reads a damaged journal as empty and never throws when localStorage refuses', () => {
    const storage = memoryStorage();
    storage.setItem('ips-fidelity.pending.a', '{not json');
    expect(readPendingChanges('a', storage)).toEqual({ ratings: {} });
    const refusing = { ...memoryStorage(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as Storage;
    expect(() => notePendingRating('a', 'disclosure', { score: 2 }, '2026-11-28T10:00:00.000Z', refusing)).not.toThrow();
    expect(readPendingChanges('a', undefined)).toEqual({ ratings: {} });
  });
});
