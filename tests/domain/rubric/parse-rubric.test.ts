import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../../src/domain/rubric/parse-rubric.ts';
import { fixturePath, readFixture } from '../../helpers/factories.ts';

interface ExpectedError {
  path: string;
  code: string;
  message: string;
}

const expectedByFile = JSON.parse(readFixture('rubrics/invalid/expected-errors.json')) as Record<string, ExpectedError[]>;
const corpusFiles = readdirSync(fixturePath('rubrics/invalid')).filter((name) => name.endsWith('.json') && name !== 'expected-errors.json');

describe('parseRubric on the malformed-rubric corpus', () => {
  it('has an expected message for every broken file, and a file for every expectation', () => {
    expect(Object.keys(expectedByFile).sort()).toEqual([...corpusFiles].sort());
    expect(corpusFiles.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpusFiles)('refuses %s with the message it must give', (fileName) => {
    const result = parseRubric(readFixture(`rubrics/invalid/${fileName}`));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(expectedByFile[fileName]);
  });
});

describe('parseRubric', () => {
  const validText = readFixture('rubrics/mini-rubric.json');

  it('accepts a valid rubric from its text or from parsed JSON', () => {
    const fromText = parseRubric(validText);
    const fromValue = parseRubric(JSON.parse(validText));
    expect(fromText.ok && fromText.rubric.id).toBe('mini');
    expect(fromValue).toEqual(fromText);
  });

  it('accepts a byte-order mark at the start of the file', () => {
    expect(parseRubric(`\uFEFF${validText}`).ok).toBe(true);
  });

  it('gives the line and column where a broken file stops making sense', () => {
    const broken = validText.replace('"version": "1.0",', '"version": "1.0"');
    const result = parseRubric(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = broken.split('\n').findIndex((text) => text.includes('"title": { "en": "Mini scale"')) + 1;
    expect(result.errors[0]!.code).toBe('json.syntax');
    expect(result.errors[0]!.message).toContain(`line ${line},`);
  });

  it('speaks French and Dutch when asked', () => {
    const broken = readFixture('rubrics/invalid/bands-gap.json');
    const french = parseRubric(broken, { locale: 'fr' });
    const dutch = parseRubric(broken, { locale: 'nl' });
    expect(!french.ok && french.errors[0]!.message).toBe('Aucun niveau ne couvre les totaux au-dessus de 9 et en dessous de 11, après « low » et avant « fair ».');
    expect(!dutch.ok && dutch.errors[0]!.message).toBe('Geen niveau dekt de totalen boven 9 en onder 11, na "low" en voor "fair".');
  });

  it('translates zod shape messages too', () => {
    const result = parseRubric(readFixture('rubrics/invalid/wrong-types.json'), { locale: 'fr' });
    expect(!result.ok && result.errors[0]).toMatchObject({ path: 'scale.min', code: 'schema.invalid_type' });
    expect(!result.ok && result.errors[0]!.message).toMatch(/nombre/);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, true, [], {}, 'null', '"text"', '{', Symbol('x'), () => 1, new Date(0)]) {
      const result = parseRubric(input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.filter((error) => error.code === 'internal')).toEqual([]);
    }
  });

  it('refuses a "__proto__" key given as an already-parsed object', () => {
    const value = JSON.parse(validText);
    value.items[0].title = JSON.parse('{"en":"x","__proto__":{"polluted":true}}');
    const result = parseRubric(value);
    expect(!result.ok && result.errors[0]).toMatchObject({ path: 'items[0].title.__proto__', code: 'json.forbidden-key' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
