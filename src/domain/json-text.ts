import { parse as parseTolerantly, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { UiLocale } from './i18n/locale.ts';
import { makeIssue, type ValidationIssue } from './validation-issue.ts';

/** Nesting beyond this is refused: no rubric or assessment needs it, and it protects the recursive checks. */
export const MAX_JSON_DEPTH = 64;

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; errors: ValidationIssue[] };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** jsonc-parser errors that mean the text stopped before its end: an unclosed string, object or array. */
const END_OF_TEXT_ERRORS = new Set(['UnexpectedEndOfString', 'UnexpectedEndOfComment', 'UnexpectedEndOfNumber', 'CloseBraceExpected', 'CloseBracketExpected']);

/**
 * Where a text that `JSON.parse` refused stops being JSON. `JSON.parse` does not say so reliably (Node 20 gives
 * no position for an unexpected token), so jsonc-parser, a strict scanner here (no comments, no trailing
 * commas), finds the first error's offset. A text that ends inside a value or before closing brackets is
 * reported as truncated.
 */
function locateSyntaxError(text: string): { line: number; column: number; truncated: boolean } {
  const errors: ParseError[] = [];
  parseTolerantly(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { ...lineAndColumn(text, 0), truncated: false };
  const atEnd = first.offset >= text.trimEnd().length;
  return { ...lineAndColumn(text, first.offset), truncated: atEnd || END_OF_TEXT_ERRORS.has(printParseErrorCode(first.error)) };
}

/**
 * `JSON.parse` turns a `"__proto__"` key into an own property that, copied into a plain object later, would
 * replace that object's prototype. No rubric or assessment uses it, so it is refused outright.
 */
const FORBIDDEN_KEYS = new Set(['__proto__']);

interface JsonShape {
  depth: number;
  forbiddenKey: { key: string; path: string } | null;
}

/**
 * Walks parsed JSON without recursion (hostile nesting cannot overflow the stack): the depth of the deepest
 * array or object, stopping once past the limit, and the first forbidden key with its path.
 */
export function inspectJson(value: unknown, stopAfter = MAX_JSON_DEPTH + 1): JsonShape {
  let deepest = 0;
  const stack: Array<{ node: unknown; depth: number; path: string }> = [{ node: value, depth: 0, path: '' }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, depth, path } = entry;
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest >= stopAfter) return { depth: deepest, forbiddenKey: null };
    if (Array.isArray(node)) {
      node.forEach((child, index) => stack.push({ node: child, depth: level, path: `${path}[${index}]` }));
      continue;
    }
    for (const key of Object.keys(node)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { depth: deepest, forbiddenKey: { key, path: childPath } };
      stack.push({ node: (node as Record<string, unknown>)[key], depth: level, path: childPath });
    }
  }
  return { depth: deepest, forbiddenKey: null };
}

/**
 * Parses the text of a file as JSON without throwing: a syntax error or a truncated file is reported with its
 * line and column; nesting deeper than {@link MAX_JSON_DEPTH} and `__proto__` keys are refused.
 */
export function parseJsonText(text: string, locale: UiLocale): JsonTextResult {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (withoutBom.trim() === '') return { ok: false, errors: [makeIssue(locale, '', 'json.empty')] };
  let value: unknown;
  try {
    value = JSON.parse(withoutBom);
  } catch {
    const where = locateSyntaxError(withoutBom);
    const key = where.truncated ? 'json.truncated' : 'json.syntax';
    return { ok: false, errors: [makeIssue(locale, '', key, { line: where.line, column: where.column })] };
  }
  return readJsonInput(value, locale);
}

/**
 * Accepts what callers have: the text of a file (parsed here) or JSON already parsed elsewhere (checked for
 * depth and forbidden keys all the same), so every entry point applies the same protections.
 */
export function readJsonInput(raw: unknown, locale: UiLocale): JsonTextResult {
  if (typeof raw === 'string') return parseJsonText(raw, locale);
  const shape = inspectJson(raw);
  if (shape.depth > MAX_JSON_DEPTH) return { ok: false, errors: [makeIssue(locale, '', 'json.too-deep', { limit: MAX_JSON_DEPTH })] };
  if (shape.forbiddenKey) {
    return { ok: false, errors: [makeIssue(locale, shape.forbiddenKey.path, 'json.forbidden-key', { key: shape.forbiddenKey.key, path: shape.forbiddenKey.path })] };
  }
  return { ok: true, value: raw };
}
