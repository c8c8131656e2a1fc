import { localize, scoreAssessment, type Assessment, type NetworkRow, type Rubric, type UiLocale } from '../domain/index.ts';

/** The exported file: the core's assessment format, indented so it can be read and diffed. */
export function serializeAssessment(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}

/** Text reduced to what is safe in a file name on every system: unaccented letters, digits and hyphens. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
}

/** A file name a person recognises: programme, date, scale; only safe characters. */
export function makeFileName(assessment: Assessment, extension: 'json' | 'csv' | 'pdf'): string {
  const name = [slug(assessment.program.name) || 'assessment', assessment.review.date, assessment.scale.id].join('_');
  return `${name}.${extension}`;
}

/** The file name of a network's table, on the same pattern: title, date of the export, scale. */
export function makeNetworkFileName(title: string, date: string, scaleId: string): string {
  return `${[slug(title) || 'network', date, scaleId].join('_')}.csv`;
}

type CsvValue = string | number | null | undefined;

function csvCell(value: CsvValue): string {
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
  const rows: CsvValue[][] = [['number', 'item', 'title', 'section', 'score', 'not_applicable', 'note']];
  for (const item of rubric.items) {
    const rating = Object.hasOwn(assessment.ratings, item.id) ? assessment.ratings[item.id] : undefined;
    rows.push([item.number, item.id, text(item.title), sections.get(item.section), rating?.na ? null : rating?.score, rating?.na ? 'yes' : '', rating?.note]);
  }
  rows.push(['', 'total', '', '', summary.total === null ? null : roundForCsv(summary.total), '', summary.band ? text(summary.band.label) : '']);
  return formatCsv(rows);
}

/** Figures in a CSV keep two decimals: enough to re-sort by, without the float noise of a mean. */
function roundForCsv(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Rows as CSV: comma-separated, UTF-8 with a byte-order mark so spreadsheet programs read accents, CRLF lines. */
function formatCsv(rows: readonly CsvValue[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * A network's table as CSV, rows in the order given (as filtered and sorted on screen): programme, site, date,
 * total, band label in the reader's language, completeness, percent of maximum, then one column per principle
 * (headed by its id, which does not change with the language). Text that looks like a formula is neutralised.
 */
export function buildNetworkCsv(rubric: Rubric, rows: readonly NetworkRow[], locale: UiLocale): string {
  const bandLabels = new Map(rubric.scoring.bands.map((band) => [band.id, localize(band.label, locale, rubric.locales.default)]));
  const header: CsvValue[] = ['programme', 'site', 'review_date', 'total', 'band', 'complete', 'percent_of_max', ...rubric.principles.map((principle) => principle.id)];
  const body = rows.map((row): CsvValue[] => [
    row.programme,
    row.site,
    row.reviewDate,
    row.total === null ? null : roundForCsv(row.total),
    row.bandId === null ? '' : bandLabels.get(row.bandId),
    row.isComplete ? 'yes' : 'no',
    roundForCsv(row.percentOfMax),
    ...row.principlePercents.map((percent) => (percent === null ? null : roundForCsv(percent))),
  ]);
  return formatCsv([header, ...body]);
}
