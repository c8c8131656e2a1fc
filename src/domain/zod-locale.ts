import type * as z from 'zod';
import { en, fr, nl } from 'zod/locales';
import type { UiLocale } from './i18n/locale.ts';

// Named imports keep the other fifty-odd zod locales out of the browser bundle.
const errorMaps: Record<UiLocale, () => { localeError: z.core.$ZodErrorMap }> = { en, fr, nl };

/**
 * zod's own error messages in the reader's language, passed per parse (not through the global `z.config`) so
 * two parses in two languages never interfere.
 */
export function createZodParseOptions(locale: UiLocale): { error: z.core.$ZodErrorMap; reportInput: true } {
  return { error: errorMaps[locale]().localeError, reportInput: true };
}
