import type { LocalizedText } from './rubric-schema.ts';

/**
 * The text in `locale`, else in the rubric's default locale, else in any language it has: a rubric shown in
 * Dutch still shows its French-only items rather than blanks.
 */
export function localize(text: LocalizedText, locale: string, fallbackLocale: string): string {
  if (Object.hasOwn(text, locale)) return text[locale] ?? '';
  if (Object.hasOwn(text, fallbackLocale)) return text[fallbackLocale] ?? '';
  return Object.values(text)[0] ?? '';
}
