import type { UiLocale } from '../i18n/locale.ts';
import { readJsonInput } from '../json-text.ts';
import { deepFreeze } from '../deep-freeze.ts';
import { readEnvelope, type MigrationStep } from '../format-version.ts';
import { convertZodIssues, type ValidationIssue } from '../validation-issue.ts';
import { createZodParseOptions } from '../zod-locale.ts';
import { RUBRIC_FORMAT, RUBRIC_FORMAT_VERSION, RubricSchema, type Rubric } from './rubric-schema.ts';
import { validateRubric } from './validate-rubric.ts';

/** Steps that bring older rubric files to the current format; empty while version 1 is the only one. */
export const RUBRIC_MIGRATIONS: readonly MigrationStep[] = [];

export type RubricParseResult = { ok: true; rubric: Rubric; migrations: string[] } | { ok: false; errors: ValidationIssue[] };

export interface ParseOptions {
  /** Language of the error messages; English when absent. */
  locale?: UiLocale;
  /** Migration steps to apply; the shipped ones by default (tests pass their own). */
  migrations?: readonly MigrationStep[];
}

/**
 * Reads a rubric from the text of a file or from already-parsed JSON. Never throws: returns the rubric, or every
 * problem found with its JSON path and a plain-words message (a non-JSON or truncated file gives its line and
 * column; a file of another kind or from a newer tool says so in one sentence).
 */
export function parseRubric(raw: unknown, options: ParseOptions = {}): RubricParseResult {
  const locale = options.locale ?? 'en';
  try {
    const json = readJsonInput(raw, locale);
    if (!json.ok) return json;
    const envelope = readEnvelope(json.value, { format: RUBRIC_FORMAT, currentVersion: RUBRIC_FORMAT_VERSION, notThisFormat: 'format.not-rubric', steps: options.migrations ?? RUBRIC_MIGRATIONS }, locale);
    if (!envelope.ok) return envelope;
    const parsed = RubricSchema.safeParse(envelope.value, createZodParseOptions(locale));
    if (!parsed.success) return { ok: false, errors: convertZodIssues(locale, parsed.error.issues) };
    const problems = validateRubric(parsed.data, locale);
    if (problems.length > 0) return { ok: false, errors: problems };
    // Frozen: scoring caches per rubric object, and nothing may change a rubric once it has been checked.
    return { ok: true, rubric: deepFreeze(parsed.data), migrations: envelope.migrations };
  } catch (error) {
    // A bug must not turn into a crash for a user opening a file; say what happened instead.
    return { ok: false, errors: [{ path: '', code: 'internal', message: error instanceof Error ? error.message : String(error) }] };
  }
}
