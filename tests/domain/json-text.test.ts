import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, inspectJson, parseJsonText } from '../../src/domain/json-text.ts';

describe('parseJsonText', () => {
  it('returns the parsed value', () => {
    expect(parseJsonText('{"a":[1,2]}', 'en')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['{"a": 1,\n "b": }', 'json.syntax', 2, 7],
    ['{"a": [1, 2', 'json.truncated', 1, 12],
    ['{"a": "unterminated', 'json.truncated', 1, 7],
    ['{"a": 1} trailing', 'json.syntax', 1, 10],
    ['nonsense', 'json.syntax', 1, 1],
  ])('locates the problem in %j', (text, code, line, column) => {
    const result = parseJsonText(text, 'en');
    expect(!result.ok && result.errors[0]!.code).toBe(code);
    expect(!result.ok && result.errors[0]!.message).toContain(`line ${line}, column ${column}`);
  });

  it('says an empty file is empty', () => {
    const result = parseJsonText('  \n ', 'fr');
    expect(!result.ok && result.errors[0]!.message).toBe('Le fichier est vide.');
  });

  it('refuses nesting deeper than the limit without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseJsonText(deep, 'en')).not.toThrow();
    const result = parseJsonText(deep, 'en');
    expect(!result.ok && result.errors[0]!.code).toMatch(/^json\.(too-deep|syntax)$/);
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
