import { describe, expect, it } from 'vitest';
import { readEnvelope, type MigrationStep } from '../../src/domain/format-version.ts';

// A made-up format at version 3 exercises the mechanism every persisted format relies on.
const steps: MigrationStep[] = [
  { from: 2, name: 'v2-split-raters', migrate: ({ rater, ...rest }) => ({ ...rest, raters: String(rater).split(' & ') }) },
  { from: 1, name: 'v1-rename-programme', migrate: ({ programme, ...rest }) => ({ ...rest, program: programme }) },
];
const spec = { format: 'test/format', currentVersion: 3, notThisFormat: 'format.not-assessment' as const, steps };

describe('readEnvelope', () => {
  it('applies every step from the file version to the current one, in order, and names them', () => {
    const result = readEnvelope({ format: 'test/format', formatVersion: 1, programme: 'Le Tremplin', rater: 'Ana & Bram' }, spec, 'en');
    expect(result).toEqual({
      ok: true,
      value: { format: 'test/format', formatVersion: 3, program: 'Le Tremplin', raters: ['Ana', 'Bram'] },
      migrations: ['v1-rename-programme', 'v2-split-raters'],
    });
  });

  it('applies only the steps a newer file still needs', () => {
    const result = readEnvelope({ format: 'test/format', formatVersion: 2, program: 'X', rater: 'Ana' }, spec, 'en');
    expect(result.ok && result.migrations).toEqual(['v2-split-raters']);
  });

  it('leaves a current file untouched', () => {
    const file = { format: 'test/format', formatVersion: 3, program: 'X', raters: [] };
    expect(readEnvelope(file, spec, 'en')).toEqual({ ok: true, value: file, migrations: [] });
  });

  it('refuses a version with no step to the next one', () => {
    const result = readEnvelope({ format: 'test/format', formatVersion: 1 }, { ...spec, steps: [steps[0]!] }, 'en');
    expect(!result.ok && result.errors.map((error) => error.code)).toEqual(['format.unknown-version']);
  });

  it.each([
    [{ format: 'test/format', formatVersion: 4 }, 'format.newer-version'],
    [{ format: 'test/format', formatVersion: 0 }, 'format.unknown-version'],
    [{ format: 'test/format', formatVersion: '1' }, 'format.unknown-version'],
    [{ format: 'test/format' }, 'format.unknown-version'],
    [{ format: 'other', formatVersion: 1 }, 'format.not-assessment'],
    [null, 'format.not-assessment'],
    ['text', 'format.not-assessment'],
  ])('refuses %j with %s', (file, code) => {
    const result = readEnvelope(file, spec, 'en');
    expect(!result.ok && result.errors.map((error) => error.code)).toEqual([code]);
  });
});
