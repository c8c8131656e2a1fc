/** The locale Intl formats dates with: the app's English is British, like its wording and the PDF report. */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/**
 * A review date (YYYY-MM-DD) as the reader writes it. Read and formatted in UTC: a calendar date has no time of
 * day, and reading it in the local zone would show the day before west of Greenwich.
 */
export function formatIsoDate(isoDate: string, locale: string, dateStyle: 'medium' | 'long' = 'long'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle, timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
