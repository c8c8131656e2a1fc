import { readEnvelope, type MigrationStep } from '../format-version.ts';
import type { UiLocale } from '../i18n/locale.ts';
import { readJsonInput } from '../json-text.ts';
import type { Rubric } from '../rubric/rubric-schema.ts';
import { convertZodIssues, makeIssue, type ValidationIssue } from '../validation-issue.ts';
import { createZodParseOptions } from '../zod-locale.ts';
import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION, AssessmentSchema, type Assessment } from './assessment-schema.ts';
import { checkAssessment } from './check-assessment.ts';

/**
 * Steps that bring older assessment files to the current format, one named step per version. Empty while
 * version 1 is the only one; `readEnvelope` applies them in order and its tests cover the mechanism.
 */
export const ASSESSMENT_MIGRATIONS: readonly MigrationStep[] = [];

export type AssessmentParseResult<FoundRubric extends Rubric | null = Rubric | null> =
  | { ok: true; assessment: Assessment; rubric: FoundRubric; warnings: ValidationIssue[]; migrations: string[] }
  | { ok: false; errors: ValidationIssue[] };

export interface AssessmentParseOptions {
  locale?: UiLocale;
  /**
   * The rubrics the caller has loaded, looked up by id. When given, the assessment must name one of them and
   * is checked against it; when absent, only its shape is checked.
   */
  findRubric?: (scaleId: string) => Rubric | undefined;
  /** Migration steps to apply; the shipped ones by default (tests pass their own). */
  migrations?: readonly MigrationStep[];
}

/**
 * Reads an assessment from the text of a file or from parsed JSON. Never throws: returns the assessment (with
 * its rubric and any warnings) or every problem found, each with its JSON path, in the reader's language.
 */
export function parseAssessment(raw: unknown, options: AssessmentParseOptions & { findRubric: (scaleId: string) => Rubric | undefined }): AssessmentParseResult<Rubric>;
export function parseAssessment(raw: unknown, options?: AssessmentParseOptions): AssessmentParseResult;
export function parseAssessment(raw: unknown, options: AssessmentParseOptions = {}): AssessmentParseResult {
  const locale = options.locale ?? 'en';
  try {
    const json = readJsonInput(raw, locale);
    if (!json.ok) return json;
    const envelope = readEnvelope(
      json.value,
      { format: ASSESSMENT_FORMAT, currentVersion: ASSESSMENT_FORMAT_VERSION, notThisFormat: 'format.not-assessment', steps: options.migrations ?? ASSESSMENT_MIGRATIONS },
      locale,
    );
    if (!envelope.ok) return envelope;
    const parsed = AssessmentSchema.safeParse(envelope.value, createZodParseOptions(locale));
    if (!parsed.success) return { ok: false, errors: convertZodIssues(locale, parsed.error.issues) };
    const assessment = parsed.data;
    if (!options.findRubric) return { ok: true, assessment, rubric: null, warnings: [], migrations: envelope.migrations };
    const rubric = options.findRubric(assessment.scale.id);
    if (!rubric) {
      return { ok: false, errors: [makeIssue(locale, ['scale', 'id'], 'assessment.scale-not-loaded', { id: assessment.scale.id, version: assessment.scale.version })] };
    }
    const check = checkAssessment(assessment, rubric, locale);
    if (check.errors.length > 0) return { ok: false, errors: check.errors };
    return { ok: true, assessment, rubric, warnings: check.warnings, migrations: envelope.migrations };
  } catch (error) {
    return { ok: false, errors: [{ path: '', code: 'internal', message: error instanceof Error ? error.message : String(error) }] };
  }
}
