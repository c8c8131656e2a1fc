import { localize, scoreAssessment, type Assessment, type Rubric, type UiLocale } from '../domain/index.ts';

/** The exported file: the core's assessment format, indented so it can be read and diffed. */
export function serializeAssessment(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}

/** A file name a person recognises: programme, date, scale; only safe characters. */
export function makeFileName(assessment: Assessment, extension: 'json' | 'csv' | 'pdf'): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60);
  const name = [slug(assessment.program.name) || 'assessment', assessment.review.date, assessment.scale.id].join('_');
  return `${name}.${extension}`;
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Quote every cell that could split or start a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",;\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The scores as CSV (comma-separated, UTF-8 with a byte-order mark so spreadsheet programs read accents): one
 * row per item, then the total and band. Text that looks like a formula is neutralised.
 */
export function buildScoresCsv(rubric: Rubric, assessment: Assessment, locale: UiLocale): string {
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale, rubric.locales.default);
  const summary = scoreAssessment(rubric, assessment);
  const sections = new Map(rubric.sections.map((section) => [section.id, text(section.title)]));
  const rows: Array<Array<string | number | null | undefined>> = [['number', 'item', 'title', 'section', 'score', 'not_applicable', 'note']];
  for (const item of rubric.items) {
    const rating = Object.hasOwn(assessment.ratings, item.id) ? assessment.ratings[item.id] : undefined;
    rows.push([item.number, item.id, text(item.title), sections.get(item.section), rating?.na ? null : rating?.score, rating?.na ? 'yes' : '', rating?.note]);
  }
  rows.push(['', 'total', '', '', summary.total === null ? null : Math.round(summary.total * 100) / 100, '', summary.band ? text(summary.band.label) : '']);
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
