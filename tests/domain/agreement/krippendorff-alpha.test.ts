import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, type ReliabilityUnit } from '../../../src/domain/agreement/krippendorff-alpha.ts';

/**
 * The worked example of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
 * observers, twelve units, values 1–5, missing data. Published: nominal .743, interval .849; the ordinal value
 * .815 is the one reproduced by the reference implementations of the same data.
 */
const observers: ReliabilityUnit[] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const units: ReliabilityUnit[] = observers[0]!.map((_, unit) => observers.map((observer) => observer[unit]));

describe('krippendorffAlpha', () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
  ] as const)('reproduces the published worked example at the %s level (%s)', (level, published) => {
    expect(krippendorffAlpha(units, level)).toBeCloseTo(published, 3);
  });

  it('leaves out units rated by fewer than two raters', () => {
    const withLoneRatings = [...units, [5, null, null, null], [null, null, null, null]];
    expect(krippendorffAlpha(withLoneRatings, 'interval')).toBe(krippendorffAlpha(units, 'interval'));
  });

  it('is 1 when raters agree everywhere and the values vary', () => {
    expect(krippendorffAlpha([[1, 1], [3, 3], [5, 5]], 'ordinal')).toBe(1);
  });

  it('is below zero when raters disagree systematically', () => {
    expect(krippendorffAlpha([[1, 5], [5, 1], [1, 5], [5, 1]], 'interval')).toBeLessThan(0);
  });

  it('is undefined (null) without variation or without pairable ratings', () => {
    expect(krippendorffAlpha([[4, 4], [4, 4]], 'nominal')).toBeNull();
    expect(krippendorffAlpha([[4, null], [null, 3]], 'interval')).toBeNull();
    expect(krippendorffAlpha([], 'ordinal')).toBeNull();
  });

  it('does not depend on the order of raters or units', () => {
    const shuffled = [...units].reverse().map((unit) => [...unit].reverse());
    for (const level of ['nominal', 'ordinal', 'interval'] as const) {
      expect(krippendorffAlpha(shuffled, level)).toBeCloseTo(krippendorffAlpha(units, level)!, 12);
    }
  });
});
