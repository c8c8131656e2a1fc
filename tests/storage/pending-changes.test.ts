import { describe, expect, it } from 'vitest';
import { changesToRestore, clearPendingChanges, confirmPending, notePendingActions, notePendingRating, readPendingChanges } from '../../src/storage/pending-changes.ts';

/** A Storage that keeps its values in a map (localStorage as the journal sees it). */
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

const at = '2026-11-28T10:00:00.000Z';

describe('the journal of pending changes', () => {
  it('forgets a write once storage confirms it, but not a later write of the same item made in the same millisecond', () => {
    const storage = memoryStorage();
    notePendingRating('a', 'disclosure', { rating: { score: 2 }, base: null, updatedAt: at, writeId: 'w1' }, storage);
    notePendingRating('a', 'disclosure', { rating: { score: 3 }, base: { score: 2 }, updatedAt: at, writeId: 'w2' }, storage);
    confirmPending('a', { item: 'disclosure' }, 'w1', storage);
    expect(readPendingChanges('a', storage).ratings['disclosure']).toMatchObject({ rating: { score: 3 }, writeId: 'w2' });
    confirmPending('a', { item: 'disclosure' }, 'w2', storage);
    expect(storage.length).toBe(0);
  });

  it('restores a change storage lost, whether or not the change before it was written', () => {
    const storage = memoryStorage();
    notePendingRating('a', 'disclosure', { rating: { score: 2 }, base: { score: 1 }, updatedAt: at, writeId: 'w1' }, storage);
    notePendingRating('a', 'disclosure', { rating: { score: 3 }, base: { score: 2 }, updatedAt: at, writeId: 'w2' }, storage);
    const pending = readPendingChanges('a', storage);
    // Neither write committed: storage still holds the value before both.
    expect(Object.keys(changesToRestore(pending, { ratings: { disclosure: { score: 1 } } }).ratings)).toEqual(['disclosure']);
    // The first committed, the second did not.
    expect(changesToRestore(pending, { ratings: { disclosure: { score: 2 } } }).ratings['disclosure']?.rating).toEqual({ score: 3 });
    // Both committed: nothing to restore.
    expect(changesToRestore(pending, { ratings: { disclosure: { score: 3 } } }).ratings).toEqual({});
  });

  it('never restores over a value another tab wrote later, whatever the clocks say', () => {
    const storage = memoryStorage();
    // This tab's write was lost; its clock runs ahead of the other tab's.
    notePendingRating('a', 'disclosure', { rating: { score: 2 }, base: null, updatedAt: '2026-11-28T12:00:00.000Z', writeId: 'w1' }, storage);
    notePendingRating('a', 'caseload-size', { rating: { score: 4 }, base: { score: 3 }, updatedAt: '2026-11-28T12:00:00.000Z', writeId: 'w2' }, storage);
    const stored = { ratings: { disclosure: { score: 5 }, 'caseload-size': { score: 3 } }, updatedAt: '2026-11-28T09:00:00.000Z' };
    const lost = changesToRestore(readPendingChanges('a', storage), stored);
    // The other tab rated disclosure 5: kept. Nobody touched caseload-size since: this tab's 4 comes back.
    expect(Object.keys(lost.ratings)).toEqual(['caseload-size']);
  });

  it('restores a lost action plan, including one that replaced no plan', () => {
    const storage = memoryStorage();
    notePendingActions('a', { actions: [{ action: 'Weekly team meeting' }], base: null, updatedAt: at, writeId: 'w1' }, storage);
    expect(changesToRestore(readPendingChanges('a', storage), { ratings: {} }).actions?.actions).toEqual([{ action: 'Weekly team meeting' }]);
    expect(changesToRestore(readPendingChanges('a', storage), { ratings: {}, actions: [{ action: 'Weekly team meeting' }] }).actions).toBeUndefined();
    clearPendingChanges('a', storage);
    expect(readPendingChanges('a', storage)).toEqual({ ratings: {} });
  });

  it('reads a damaged journal as empty and never throws when localStorage refuses', () => {
    const storage = memoryStorage();
    storage.setItem('ips-fidelity.pending.a', '{not json');
    expect(readPendingChanges('a', storage)).toEqual({ ratings: {} });
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as Storage;
    expect(() => notePendingRating('a', 'disclosure', { rating: { score: 2 }, base: null, updatedAt: at, writeId: 'w1' }, refusing)).not.toThrow();
    expect(readPendingChanges('a', undefined)).toEqual({ ratings: {} });
  });
});
