import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../../src/domain/history/calendar-dates.ts';

describe('addMonths', () => {
  it.each([
    ['2026-03-15', 6, '2026-09-15'],
    ['2026-08-20', 6, '2027-02-20'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-01-10', -1, '2025-12-10'],
    ['2026-06-30', 0, '2026-06-30'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('knows that 1900 was not a leap year and 2000 was', () => {
    expect(addMonths('1900-01-31', 1)).toBe('1900-02-28');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29');
  });

  it('refuses text that is not an ISO date', () => {
    expect(() => addMonths('27/11/2026', 6)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-11-27', '2026-11-27', 0],
    ['2026-11-27', '2026-11-28', 1],
    ['2026-11-28', '2026-11-27', -1],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['1970-01-01', '2000-03-01', 11_017],
    ['1999-12-31', '2000-01-01', 1],
  ])('from %s to %s is %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});
