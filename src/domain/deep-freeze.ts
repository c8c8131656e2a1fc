/**
 * Freezes a parsed JSON value and everything in it, without recursion (parsed files are at most 64 levels deep,
 * but this never needs to rely on it). Returns the same value, typed as given.
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node === null || typeof node !== 'object' || Object.isFrozen(node)) continue;
    Object.freeze(node);
    for (const child of Object.values(node)) pending.push(child);
  }
  return value;
}
