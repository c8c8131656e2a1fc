import type { MessageKey } from './i18n/domain-messages.ts';
import type { UiLocale } from './i18n/locale.ts';
import { makeIssue, type ValidationIssue } from './validation-issue.ts';

/**
 * A named, pure step that turns a file of format version `from` into version `from + 1`. Each persisted format
 * keeps its list of steps; every step has its own test and a fixture of the old version.
 */
export interface MigrationStep {
  from: number;
  name: string;
  migrate: (file: Record<string, unknown>) => Record<string, unknown>;
}

export type EnvelopeResult =
  | { ok: true; value: Record<string, unknown>; migrations: string[] }
  | { ok: false; errors: ValidationIssue[] };

interface EnvelopeSpec {
  format: string;
  currentVersion: number;
  notThisFormat: MessageKey;
  steps: readonly MigrationStep[];
}

function describeFound(value: unknown): string {
  if (value === undefined) return '—';
  return JSON.stringify(value)?.slice(0, 60) ?? String(value);
}

/**
 * Checks a file's `format` and `formatVersion` before its content, so a wrong kind of file or a file from a
 * newer tool gets one clear sentence instead of dozens of field errors, then applies the migration steps that
 * bring an older file to the current version.
 */
export function readEnvelope(value: unknown, spec: EnvelopeSpec, locale: UiLocale): EnvelopeResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: [makeIssue(locale, '', spec.notThisFormat, { found: describeFound(value === null ? null : Array.isArray(value) ? 'array' : typeof value) })] };
  }
  const file = value as Record<string, unknown>;
  if (file['format'] !== spec.format) {
    return { ok: false, errors: [makeIssue(locale, 'format', spec.notThisFormat, { found: describeFound(file['format']) })] };
  }
  const version = file['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [makeIssue(locale, 'formatVersion', 'format.unknown-version', { found: describeFound(version), supported: spec.currentVersion })] };
  }
  if (version > spec.currentVersion) {
    return { ok: false, errors: [makeIssue(locale, 'formatVersion', 'format.newer-version', { found: version, supported: spec.currentVersion })] };
  }
  let migrated = file;
  const applied: string[] = [];
  for (let from = version; from < spec.currentVersion; from += 1) {
    const step = spec.steps.find((candidate) => candidate.from === from);
    if (!step) {
      return { ok: false, errors: [makeIssue(locale, 'formatVersion', 'format.unknown-version', { found: version, supported: spec.currentVersion })] };
    }
    migrated = { ...step.migrate(migrated), formatVersion: from + 1 };
    applied.push(step.name);
  }
  return { ok: true, value: migrated, migrations: applied };
}
