import { describe, expect, it } from 'vitest';
import { clearPendingChanges, confirmPending, forgetFailedWrite, judgePending, listPendingChanges, notePending, removePending } from '../../src/storage/pending-changes.ts';

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
const disclosure = { item: 'disclosure' };

function entryOf(storage: Storage, itemId = 'disclosure') {
  const change = listPendingChanges('a', storage).find((candidate) => candidate.target !== 'actions' && candidate.target.item === itemId);
  if (!change) throw new Error(`no pending change for ${itemId}`);
  return change.entry;
}

describe('the journal of pending changes', () => {
  it('forgets a write once storage confirms it, but not a later write of the same item made in the same millisecond', () => {
    const storage = memoryStorage();
    notePending('a', disclosure, { value: { score: 2 }, base: null, updatedAt: at, writeId: 'w1' }, storage);
    notePending('a', disclosure, { value: { score: 3 }, base: { score: 2 }, updatedAt: at, writeId: 'w2' }, storage);
    confirmPending('a', disclosure, 'w1', storage);
    expect(entryOf(storage)).toMatchObject({ value: { score: 3 }, writeId: 'w2', bases: [{ value: { score: 2 }, writeId: 'w1' }] });
    confirmPending('a', disclosure, 'w2', storage);
    expect(storage.length).toBe(0);
  });

  it('judges a change lost whether or not the write before it reached storage, and written once storage has it', () => {
    const storage = memoryStorage();
    notePending('a', disclosure, { value: { score: 2 }, base: { score: 1 }, updatedAt: at, writeId: 'w1' }, storage);
    notePending('a', disclosure, { value: { score: 3 }, base: { score: 2 }, updatedAt: at, writeId: 'w2' }, storage);
    const entry = entryOf(storage);
    expect(judgePending(entry, { score: 1 })).toBe('lost');
    expect(judgePending(entry, { score: 2 })).toBe('lost');
    expect(judgePending(entry, { score: 3 })).toBe('written');
  });

  it('never judges lost a change another tab overtook, whatever the clocks say', () => {
    const storage = memoryStorage();
    notePending('a', disclosure, { value: { score: 2 }, base: null, updatedAt: '2026-11-28T12:00:00.000Z', writeId: 'w1' }, storage);
    // The other tab rated it 5 after: its value wins.
    expect(judgePending(entryOf(storage), { score: 5 })).toBe('overtaken');
  });

  it('keeps a later change of another tab whose view was stale, when the earlier write landed and the later failed', () => {
    const storage = memoryStorage();
    // Tab A rates 1 (storage held nothing); tab B, still showing nothing, rates 2.
    notePending('a', disclosure, { value: { score: 1 }, base: null, updatedAt: at, writeId: 'a1' }, storage);
    notePending('a', disclosure, { value: { score: 2 }, base: null, updatedAt: at, writeId: 'b1' }, storage);
    confirmPending('a', disclosure, 'a1', storage);
    forgetFailedWrite('a', disclosure, 'b1', storage);
    // Storage holds A's 1; B's later 2 is the user's last word and comes back.
    expect(judgePending(entryOf(storage), { score: 1 })).toBe('lost');
  });

  it('stays short while every write fails, however long the user types', () => {
    const storage = memoryStorage();
    let note = '';
    for (let keystroke = 0; keystroke < 500; keystroke += 1) {
      const before = note ? { note } : null;
      note += 'x';
      notePending('a', disclosure, { value: { note }, base: before, updatedAt: at, writeId: `w${keystroke}` }, storage);
      forgetFailedWrite('a', disclosure, `w${keystroke - 1}`, storage);
    }
    const entry = entryOf(storage);
    expect(entry.value).toEqual({ note: 'x'.repeat(500) });
    expect(entry.bases.length).toBeLessThanOrEqual(2);
    expect(judgePending(entry, null)).toBe('lost');
  });

  it('keeps one entry per item, so tabs writing different items never touch each other\'s, and a plan of its own', () => {
    const storage = memoryStorage();
    notePending('a', disclosure, { value: { score: 2 }, base: null, updatedAt: at, writeId: 'w1' }, storage);
    notePending('a', { item: 'caseload-size' }, { value: { score: 4 }, base: null, updatedAt: at, writeId: 'w2' }, storage);
    notePending('a', 'actions', { value: [{ action: 'Weekly team meeting' }], base: null, updatedAt: at, writeId: 'w3' }, storage);
    notePending('b', disclosure, { value: { score: 1 }, base: null, updatedAt: at, writeId: 'w4' }, storage);
    expect(listPendingChanges('a', storage).map((change) => (change.target === 'actions' ? 'actions' : change.target.item)).sort()).toEqual(['actions', 'caseload-size', 'disclosure']);
    removePending('a', disclosure, 'not-the-latest', storage);
    expect(listPendingChanges('a', storage)).toHaveLength(3);
    clearPendingChanges('a', storage);
    expect(listPendingChanges('a', storage)).toEqual([]);
    expect(listPendingChanges('b', storage)).toHaveLength(1);
  });

  it('leaves out damaged entries and never throws when localStorage refuses', () => {
    const storage = memoryStorage();
    storage.setItem('ips-fidelity.pending.a:item:disclosure', '{not json');
    storage.setItem('ips-fidelity.pending.a:item:caseload-size', JSON.stringify({ value: null, bases: 'oops', writeId: 'w', updatedAt: at }));
    storage.setItem('ips-fidelity.pending.a:actions', JSON.stringify({ value: 'not a plan', bases: [], writeId: 'w', updatedAt: at }));
    expect(listPendingChanges('a', storage)).toEqual([]);
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as Storage;
    expect(() => notePending('a', disclosure, { value: { score: 2 }, base: null, updatedAt: at, writeId: 'w1' }, refusing)).not.toThrow();
    expect(listPendingChanges('a', undefined)).toEqual([]);
  });
});
