import { parse as parseTolerantly, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import type { UiLocale } from './i18n/locale.ts';
import { formatJsonPath, makeIssue, type ValidationIssue } from './validation-issue.ts';

/** Nesting beyond this is refused: no rubric or assessment needs it, and it protects the recursive checks. */
export const MAX_JSON_DEPTH = 64;
/** Longest text accepted (in UTF-16 units, about 20 MB): a full IPS-25 rubric in three languages is 0.25 MB. */
export const MAX_JSON_TEXT_LENGTH = 20 * 1024 * 1024;

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; errors: ValidationIssue[] };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * The deepest bracket nesting of a JSON text, counted in one pass that skips strings. Run before any parser that
 * recurses, so `[[[[…` a hundred thousand deep is refused instead of overflowing the stack.
 */
function measureTextDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charCodeAt(index);
    if (inString) {
      if (character === 0x5c) index += 1; // backslash: skip the escaped character
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) inString = true;
    else if (character === 0x5b || character === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (character === 0x5d || character === 0x7d) depth -= 1;
  }
  return deepest;
}

/**
 * Where a text that `JSON.parse` refused stops being JSON. `JSON.parse` does not say so reliably (Node 20 gives
 * no position for an unexpected token), so jsonc-parser, a strict scanner here (no comments, no trailing
 * commas), finds the first error's offset. The file is called truncated only when that error runs to the end of
 * the text: a malformed number or a missing value in the middle is a syntax error, not a cut.
 */
function locateSyntaxError(text: string): { line: number; column: number; truncated: boolean } {
  const errors: ParseError[] = [];
  try {
    parseTolerantly(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // The depth check runs first, so this is not expected; without a position, point at the start.
  }
  const first = errors[0];
  if (!first) return { ...lineAndColumn(text, 0), truncated: false };
  const end = text.trimEnd().length;
  // Cut short: the parser wanted more at the very end, or an unclosed string or number runs into the end.
  const isAtEnd = first.offset >= end;
  const runsIntoEnd = first.offset + first.length >= end && printParseErrorCode(first.error).startsWith('UnexpectedEndOf');
  return { ...lineAndColumn(text, first.offset), truncated: isAtEnd || runsIntoEnd };
}

/**
 * The first key written twice in one object, with its path. `JSON.parse` silently keeps the last one, so a
 * hand-edited file with a rating (or an id) given twice would lose the first without a word.
 */
function findDuplicateKey(text: string): string | null {
  const open: Array<Set<string>> = [];
  let duplicate: string | null = null;
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (property, _offset, _length, _line, _character, pathSupplier) => {
      const keys = open.at(-1);
      if (!keys || duplicate !== null) return;
      if (keys.has(property)) duplicate = formatJsonPath([...pathSupplier(), property]);
      keys.add(property);
    },
  });
  return duplicate;
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

interface WalkEntry {
  node: object;
  depth: number;
  parent: WalkEntry | null;
  key: string | number;
}

function pathOf(entry: WalkEntry, lastKey: string): string {
  const keys: Array<string | number> = [lastKey];
  for (let current: WalkEntry | null = entry; current?.parent; current = current.parent) keys.unshift(current.key);
  return formatJsonPath(keys);
}

/**
 * Walks parsed JSON without recursion (hostile nesting cannot overflow the stack): the depth of the deepest
 * array or object, stopping once past the limit, and the first forbidden key with its path. Only objects and
 * arrays are queued and paths are built only for a finding, so a 20 MB array of numbers costs little memory.
 */
export function inspectJson(value: unknown, stopAfter = MAX_JSON_DEPTH + 1): JsonShape {
  if (value === null || typeof value !== 'object') return { depth: 0, forbiddenKey: null };
  let deepest = 0;
  const stack: WalkEntry[] = [{ node: value, depth: 1, parent: null, key: '' }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.depth > deepest) deepest = entry.depth;
    if (deepest >= stopAfter) return { depth: deepest, forbiddenKey: null };
    const keys = Array.isArray(entry.node) ? null : Object.keys(entry.node);
    if (keys) {
      for (const key of keys) {
        if (FORBIDDEN_KEYS.has(key)) return { depth: deepest, forbiddenKey: { key, path: pathOf(entry, key) } };
        const child = (entry.node as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push({ node: child, depth: entry.depth + 1, parent: entry, key });
      }
    } else {
      (entry.node as unknown[]).forEach((child, index) => {
        if (child !== null && typeof child === 'object') stack.push({ node: child, depth: entry.depth + 1, parent: entry, key: index });
      });
    }
  }
  return { depth: deepest, forbiddenKey: null };
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

/**
 * Parses the text of a file as JSON without throwing: a syntax error or a truncated file is reported with its
 * line and column; texts over {@link MAX_JSON_TEXT_LENGTH}, nesting deeper than {@link MAX_JSON_DEPTH} and
 * `__proto__` keys are refused.
 */
export function parseJsonText(text: string, locale: UiLocale): JsonTextResult {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (withoutBom.length > MAX_JSON_TEXT_LENGTH) {
    return { ok: false, errors: [makeIssue(locale, '', 'json.too-large', { size: (withoutBom.length / 1024 / 1024).toFixed(1), limit: MAX_JSON_TEXT_LENGTH / 1024 / 1024 })] };
  }
  if (withoutBom.trim() === '') return { ok: false, errors: [makeIssue(locale, '', 'json.empty')] };
  if (measureTextDepth(withoutBom) > MAX_JSON_DEPTH) return { ok: false, errors: [makeIssue(locale, '', 'json.too-deep', { limit: MAX_JSON_DEPTH })] };
  let value: unknown;
  try {
    value = JSON.parse(withoutBom);
  } catch {
    const where = locateSyntaxError(withoutBom);
    const key = where.truncated ? 'json.truncated' : 'json.syntax';
    return { ok: false, errors: [makeIssue(locale, '', key, { line: where.line, column: where.column })] };
  }
  const duplicate = findDuplicateKey(withoutBom);
  if (duplicate !== null) return { ok: false, errors: [makeIssue(locale, duplicate, 'json.duplicate-key', { path: duplicate })] };
  return readJsonInput(value, locale);
}
