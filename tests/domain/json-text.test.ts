import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, MAX_JSON_TEXT_LENGTH, inspectJson, parseJsonText } from '../../src/domain/json-text.ts';

describe('parseJsonText', () => {
  it('returns the parsed value', () => {
    expect(parseJsonText('{"a":[1,2]}', 'en')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['{"a": 1,\n "b": }', 'json.syntax', 2, 7],
    ['{"a": [1, 2', 'json.truncated', 1, 12],
    ['{"a": "unterminated', 'json.truncated', 1, 7],
    ['{"a": 1} trailing', 'json.syntax', 1, 10],
    ['{\n "a": 1.\n, "b": 2}', 'json.syntax', 2, 7],
    ['nonsense', 'json.syntax', 1, 1],
  ])('locates the problem in %j', (text, code, line, column) => {
    const result = parseJsonText(text, 'en');
    expect(!result.ok && result.errors[0]!.code).toBe(code);
    expect(!result.ok && result.errors[0]!.message).toContain(`line ${line}, column ${column}`);
  });

  it('refuses a key written twice in one object, naming it', () => {
    const result = parseJsonText('{"ratings": {"caseload-size": {"score": 2}, "caseload-size": {"score": 5}}}', 'en');
    expect(!result.ok && result.errors[0]).toMatchObject({ code: 'json.duplicate-key', path: 'ratings.caseload-size' });
    expect(parseJsonText('[{"a": 1}, {"a": 2}]', 'en').ok).toBe(true);
  });

  it('says an empty file is empty', () => {
    const result = parseJsonText('  \n ', 'fr');
    expect(!result.ok && result.errors[0]!.message).toBe('Le fichier est vide.');
  });

  it.each([
    ['balanced', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['never closed', '['.repeat(100_000)],
    ['inside an object', `{"a":${'{"b":'.repeat(50_000)}1`],
  ])('refuses nesting deeper than the limit without overflowing the stack (%s)', (_kind, deep) => {
    const result = parseJsonText(deep, 'en');
    expect(!result.ok && result.errors.map((error) => error.code)).toEqual(['json.too-deep']);
  });

  it('counts brackets inside strings as text, not nesting', () => {
    expect(parseJsonText(JSON.stringify({ note: '['.repeat(500) }), 'en').ok).toBe(true);
  });

  it('refuses a text longer than the limit before parsing it', () => {
    const result = parseJsonText(`"${'x'.repeat(MAX_JSON_TEXT_LENGTH)}"`, 'en');
    expect(!result.ok && result.errors[0]!.code).toBe('json.too-large');
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    const justTooDeep = `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    expect(!parseJsonText(justTooDeep, 'en').ok).toBe(true);
    const deepEnough = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(parseJsonText(deepEnough, 'en').ok).toBe(true);
  });
});

describe('inspectJson', () => {
  it('finds a __proto__ key with its path', () => {
    expect(inspectJson(JSON.parse('{"a":[{"b":1},{"__proto__":{}}]}')).forbiddenKey).toEqual({ key: '__proto__', path: 'a[1].__proto__' });
  });

  it('lets "constructor" and "prototype" through: they are plain keys once parsed', () => {
    expect(inspectJson({ constructor: 1, prototype: 2 }).forbiddenKey).toBeNull();
  });
});
