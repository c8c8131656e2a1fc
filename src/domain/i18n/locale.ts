/** The interface languages the tool ships. Rubrics may carry others; their text falls back to the rubric default. */
export const UI_LOCALES = ['fr', 'en', 'nl'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** True when `value` is one of the interface languages, so a `--lang` flag or `?lang=` can be trusted. */
export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}
