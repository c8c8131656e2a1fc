import { z } from 'zod';
import type { UiLocale } from './i18n/locale.ts';

const errorMaps: Record<UiLocale, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  fr: z.locales.fr,
  nl: z.locales.nl,
};

/**
 * zod's own error messages in the reader's language, passed per parse (not through the global `z.config`) so
 * two parses in two languages never interfere.
 */
export function zodParseOptions(locale: UiLocale): { error: z.core.$ZodErrorMap; reportInput: true } {
  return { error: errorMaps[locale]().localeError, reportInput: true };
}
