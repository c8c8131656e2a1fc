import { deepFreeze } from '../deep-freeze.ts';
import { readEnvelope } from '../format-version.ts';
import type { UiLocale } from '../i18n/locale.ts';
import { readJsonInput } from '../json-text.ts';
import type { LocalizedText, Rubric } from '../rubric/rubric-schema.ts';
import { convertZodIssues, makeIssue, type ValidationIssue } from '../validation-issue.ts';
import { createZodParseOptions } from '../zod-locale.ts';
import { VIGNETTE_FORMAT, VIGNETTE_FORMAT_VERSION, VignetteSchema, type Vignette } from './vignette-schema.ts';

export type VignetteParseResult = { ok: true; vignette: Vignette } | { ok: false; errors: ValidationIssue[] };

export interface VignetteParseOptions {
  locale?: UiLocale;
  /** Finds the rubric the vignette is rated on; the vignette is checked against it. */
  findRubric: (scaleId: string) => Rubric | undefined;
}

function listVignetteTexts(vignette: Vignette): Array<{ path: Array<string | number>; text: LocalizedText }> {
  return [
    { path: ['title'], text: vignette.title },
    { path: ['trainerNotes'], text: vignette.trainerNotes },
    ...vignette.paragraphs.map((text, index) => ({ path: ['paragraphs', index], text })),
    ...Object.entries(vignette.reference).map(([item, reference]) => ({ path: ['reference', item, 'why'], text: reference.why })),
  ];
}

/** Checks a vignette against its rubric: a reference rating for every item, on the scale, known drift patterns. */
function checkVignette(vignette: Vignette, rubric: Rubric, locale: UiLocale): ValidationIssue[] {
  const errors: ValidationIssue[] = [];
  for (const { path, text } of listVignetteTexts(vignette)) {
    if (!Object.hasOwn(text, vignette.locales.default)) errors.push(makeIssue(locale, path, 'vignette.default-locale-missing', { locale: vignette.locales.default }));
  }
  const items = new Set(rubric.items.map((item) => item.id));
  for (const item of rubric.items) {
    if (!Object.hasOwn(vignette.reference, item.id)) errors.push(makeIssue(locale, ['reference'], 'vignette.missing-reference', { id: item.id }));
  }
  for (const [itemId, reference] of Object.entries(vignette.reference)) {
    if (!items.has(itemId)) errors.push(makeIssue(locale, ['reference', itemId], 'assessment.unknown-item', { scale: rubric.id, id: itemId }));
    else if (reference.score < rubric.scale.min || reference.score > rubric.scale.max) {
      errors.push(makeIssue(locale, ['reference', itemId, 'score'], 'assessment.score-outside-scale', { score: reference.score, min: rubric.scale.min, max: rubric.scale.max }));
    }
  }
  const patterns = new Set(rubric.driftPatterns.map((pattern) => pattern.id));
  vignette.expectedDrift.forEach((id, index) => {
    if (!patterns.has(id)) errors.push(makeIssue(locale, ['expectedDrift', index], 'vignette.unknown-drift', { id }));
  });
  return errors;
}

/**
 * Reads a training vignette from file text or parsed JSON and checks it against its rubric. Never throws:
 * returns the (frozen) vignette or every problem with its JSON path, in the reader's language.
 */
export function parseVignette(raw: unknown, options: VignetteParseOptions): VignetteParseResult {
  const locale = options.locale ?? 'en';
  try {
    const json = readJsonInput(raw, locale);
    if (!json.ok) return json;
    const envelope = readEnvelope(json.value, { format: VIGNETTE_FORMAT, currentVersion: VIGNETTE_FORMAT_VERSION, notThisFormat: 'format.not-vignette', steps: [] }, locale);
    if (!envelope.ok) return envelope;
    const parsed = VignetteSchema.safeParse(envelope.value, createZodParseOptions(locale));
    if (!parsed.success) return { ok: false, errors: convertZodIssues(locale, parsed.error.issues) };
    const rubric = options.findRubric(parsed.data.scale.id);
    if (!rubric) return { ok: false, errors: [makeIssue(locale, ['scale', 'id'], 'vignette.scale-not-loaded', { id: parsed.data.scale.id })] };
    const errors = checkVignette(parsed.data, rubric, locale);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, vignette: deepFreeze(parsed.data) };
  } catch (error) {
    return { ok: false, errors: [{ path: '', code: 'internal', message: error instanceof Error ? error.message : String(error) }] };
  }
}
