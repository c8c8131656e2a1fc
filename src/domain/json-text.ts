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

/**
 * Where `JSON.parse` gave up, read from its message. V8 (Node, Chromium) says "position N", Firefox "line L
 * column C"; an "end of JSON input" means the text stopped early. Returns null when the engine says neither.
 */
function locateSyntaxError(text: string, message: string): { line: number; column: number; truncated: boolean } | null {
  const truncated = /end of (JSON )?(input|data)|unterminated/i.test(message);
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]), truncated };
  const position = /position (\d+)/i.exec(message);
  if (position) {
    const offset = Number(position[1]);
    return { ...lineAndColumn(text, offset), truncated: truncated || offset >= text.trimEnd().length };
  }
  if (truncated) return { ...lineAndColumn(text, text.length), truncated };
  return null;
}

/** Depth of the deepest array or object, counted without recursion so hostile nesting cannot overflow the stack. */
export function measureJsonDepth(value: unknown, stopAfter = MAX_JSON_DEPTH + 1): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest >= stopAfter) return deepest;
    for (const child of Object.values(current)) stack.push([child, level]);
  }
  return deepest;
}

/**
 * Parses the text of a file as JSON without throwing: a syntax error or a truncated file is reported with its
 * line and column, and nesting deeper than {@link MAX_JSON_DEPTH} is refused.
 */
export function parseJsonText(text: string, locale: UiLocale): JsonTextResult {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (withoutBom.trim() === '') return { ok: false, errors: [makeIssue(locale, '', 'json.empty')] };
  let value: unknown;
  try {
    value = JSON.parse(withoutBom);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = locateSyntaxError(withoutBom, message) ?? { ...lineAndColumn(withoutBom, 0), truncated: false };
    const key = where.truncated ? 'json.truncated' : 'json.syntax';
    return { ok: false, errors: [makeIssue(locale, '', key, { line: where.line, column: where.column })] };
  }
  if (measureJsonDepth(value) > MAX_JSON_DEPTH) {
    return { ok: false, errors: [makeIssue(locale, '', 'json.too-deep', { limit: MAX_JSON_DEPTH })] };
  }
  return { ok: true, value };
}
