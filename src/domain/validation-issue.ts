import type * as z from 'zod';
import { formatMessage, isMessageKey, type MessageKey } from './i18n/domain-messages.ts';
import type { UiLocale } from './i18n/locale.ts';

/**
 * One thing wrong (or worth a warning) in a file, said in the reader's language. `path` is the JSON path
 * (`items[3].anchors`), empty for the whole file; `code` is stable so callers can react to it.
 */
export interface ValidationIssue {
  path: string;
  code: string;
  message: string;
}

/** Turns a property path (`['items', 3, 'anchors']`) into the dotted form authors read (`items[3].anchors`). */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$-]*$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

/**
 * Writes control and direction-changing characters of a quoted value as `\u0007` escapes: the reader sees
 * what is in the file, and nothing in an error message can ring a bell or reverse the text around it.
 */
function showInvisibles(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Builds an issue from a domain message key, rendered in `locale`. */
export function makeIssue(
  locale: UiLocale,
  path: readonly PropertyKey[] | string,
  key: MessageKey,
  params: Record<string, string | number> = {},
): ValidationIssue {
  return { path: typeof path === 'string' ? path : formatJsonPath(path), code: key, message: formatMessage(locale, key, params) };
}

/**
 * Converts zod's issues into ours. Schema-defined messages are domain message keys and get translated here;
 * the rest already carry zod's message in the reader's language (see `zodErrorMapFor`).
 */
export function convertZodIssues(locale: UiLocale, issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const path = formatJsonPath(issue.path);
    // A bad record key (a language code, an item id) carries the key's own problem inside: report that one.
    const inner = issue.code === 'invalid_key' ? issue.issues[0] : undefined;
    const message = inner?.message ?? issue.message;
        if (isMessageKey(message)) {
      const found = typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input ?? null);
      return { path, code: message, message: formatMessage(locale, message, { found: showInvisibles(String(found).slice(0, 80)) }) };
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return { path, code: 'schema.required', message: formatMessage(locale, 'schema.required') };
    }
    return { path, code: `schema.${issue.code}`, message: issue.message };
  });
}

/**
 * One line per issue, `path: message`, for a terminal or a plain-text list. `colon` is the reader's typographic
 * colon (French puts a non-breaking space before it).
 */
export function describeIssues(issues: readonly ValidationIssue[], colon = ':'): string {
  return issues.map((issue) => (issue.path ? `${issue.path}${colon} ${issue.message}` : issue.message)).join('\n');
}
