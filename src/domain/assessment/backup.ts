import * as z from 'zod';
import { readEnvelope } from '../format-version.ts';
import type { UiLocale } from '../i18n/locale.ts';
import { readJsonInput } from '../json-text.ts';
import { convertZodIssues, type ValidationIssue } from '../validation-issue.ts';
import { createZodParseOptions } from '../zod-locale.ts';

/** The `format` marker of a backup: every assessment saved in one browser, written when the app cannot go on. */
export const BACKUP_FORMAT = 'ips-fidelity/backup';
export const BACKUP_FORMAT_VERSION = 1;

/** The envelope only: each assessment inside is read with `parseAssessment`, so one bad entry spoils nothing else. */
export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime({ offset: true, error: 'schema.date-time' }),
  assessments: z.array(z.unknown()).max(100_000),
});

export type BackupParseResult = { ok: true; createdAt: string; assessments: unknown[] } | { ok: false; errors: ValidationIssue[] };

/** True when parsed JSON claims to be a backup (so a caller can tell it from a single assessment file). */
export function looksLikeBackup(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as Record<string, unknown>)['format'] === BACKUP_FORMAT;
}

/** Builds the backup file's content from the saved assessments. */
export function createBackup(assessments: readonly unknown[], createdAt: string): z.infer<typeof BackupSchema> {
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, createdAt, assessments: [...assessments] };
}

/** Reads a backup's envelope from file text or parsed JSON. Never throws. */
export function parseBackup(raw: unknown, locale: UiLocale = 'en'): BackupParseResult {
  try {
    const json = readJsonInput(raw, locale);
    if (!json.ok) return json;
    const envelope = readEnvelope(json.value, { format: BACKUP_FORMAT, currentVersion: BACKUP_FORMAT_VERSION, notThisFormat: 'format.not-backup', steps: [] }, locale);
    if (!envelope.ok) return envelope;
    const parsed = BackupSchema.safeParse(envelope.value, createZodParseOptions(locale));
    if (!parsed.success) return { ok: false, errors: convertZodIssues(locale, parsed.error.issues) };
    return { ok: true, createdAt: parsed.data.createdAt, assessments: parsed.data.assessments };
  } catch (error) {
    return { ok: false, errors: [{ path: '', code: 'internal', message: error instanceof Error ? error.message : String(error) }] };
  }
}
