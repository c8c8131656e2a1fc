/** The levels of measurement alpha is computed for: scores as categories, as ranks, or as distances. */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval';

/** One unit (an item) and the values its raters gave it; null or undefined marks a missing rating. */
export type ReliabilityUnit = ReadonlyArray<number | null | undefined>;

interface Coincidences {
  values: number[];
  /** o[c][k]: coincidences of value index c with value index k. */
  matrix: number[][];
  /** n_c: how often each value is pairable. */
  marginals: number[];
  total: number;
}

/**
 * Builds the coincidence matrix (Krippendorff 2011, section C). Units with fewer than two ratings cannot be
 * paired and are left out; each pairable unit contributes its value pairs weighted by 1 / (m_u − 1).
 */
function buildCoincidences(units: readonly ReliabilityUnit[]): Coincidences {
  const valueSet = new Set<number>();
  const pairable: Array<Map<number, number>> = [];
  for (const unit of units) {
    const counts = new Map<number, number>();
    let rated = 0;
    for (const value of unit) {
      if (value === null || value === undefined || !Number.isFinite(value)) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      rated += 1;
    }
    if (rated < 2) continue;
    pairable.push(counts);
    for (const value of counts.keys()) valueSet.add(value);
  }
  const values = [...valueSet].sort((a, b) => a - b);
  const indexOf = new Map(values.map((value, index) => [value, index]));
  const matrix = values.map(() => values.map(() => 0));
  for (const counts of pairable) {
    let rated = 0;
    for (const count of counts.values()) rated += count;
    const entries = [...counts].map(([value, count]) => [indexOf.get(value) ?? 0, count] as const);
    for (const [c, countC] of entries) {
      const row = matrix[c];
      if (!row) continue;
      for (const [k, countK] of entries) {
        row[k] = (row[k] ?? 0) + (c === k ? countC * (countC - 1) : countC * countK) / (rated - 1);
      }
    }
  }
  const marginals = matrix.map((row) => row.reduce((sum, cell) => sum + cell, 0));
  return { values, matrix, marginals, total: marginals.reduce((sum, count) => sum + count, 0) };
}

function distanceFunction(level: AlphaLevel, { values, marginals }: Coincidences): (c: number, k: number) => number {
  if (level === 'nominal') return (c, k) => (c === k ? 0 : 1);
  const at = (list: readonly number[], index: number) => list[index] ?? 0;
  if (level === 'interval') return (c, k) => (at(values, c) - at(values, k)) ** 2;
  // Ordinal: the distance between two ranks is the mass of values between them (both ends counted by half).
  const cumulative = [0];
  for (const count of marginals) cumulative.push(at(cumulative, cumulative.length - 1) + count);
  return (c, k) => {
    const low = Math.min(c, k);
    const high = Math.max(c, k);
    const between = at(cumulative, high + 1) - at(cumulative, low) - (at(marginals, low) + at(marginals, high)) / 2;
    return between ** 2;
  };
}

/**
 * Krippendorff's alpha for any number of raters, with missing ratings allowed: 1 − observed / expected
 * disagreement over the coincidence matrix. Returns null when it is undefined: fewer than two pairable values
 * in all, or no variation at all (everyone gave the same score everywhere), where agreement cannot be told from
 * chance.
 */
export function krippendorffAlpha(units: readonly ReliabilityUnit[], level: AlphaLevel): number | null {
  const coincidences = buildCoincidences(units);
  const { matrix, marginals, total } = coincidences;
  if (total < 2 || coincidences.values.length < 2) return null;
  const distance = distanceFunction(level, coincidences);
  let observed = 0;
  let expected = 0;
  marginals.forEach((marginalC, c) => {
    const row = matrix[c] ?? [];
    marginals.forEach((marginalK, k) => {
      if (c === k) return;
      const delta = distance(c, k);
      observed += (row[k] ?? 0) * delta;
      expected += marginalC * marginalK * delta;
    });
  });
  if (expected === 0) return null;
  return 1 - ((total - 1) * observed) / expected;
}
