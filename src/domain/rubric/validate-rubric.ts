import type { MessageKey } from '../i18n/domain-messages.ts';
import type { UiLocale } from '../i18n/locale.ts';
import { formatJsonPath, makeIssue, type ValidationIssue } from '../validation-issue.ts';
import type { Band, Measure, Rubric, RubricItem } from './rubric-schema.ts';
import { listRubricTexts } from './rubric-texts.ts';
import { computeTotalRange } from './total-range.ts';

type Path = Array<string | number>;
type Report = (path: Path, key: MessageKey, params?: Record<string, string | number>) => void;

/** Mean scores are compared to two decimals: a band may end at 3.49 and the next start at 3.5. */
const MEAN_BAND_STEP = 0.01;
/** Widest rating scale accepted (score levels): every check enumerates the scores, so a 1–10⁹ scale is refused. */
export const MAX_SCALE_LEVELS = 21;
const TOLERANCE = 1e-9;

function checkUniqueIds(list: ReadonlyArray<{ id: string }>, listPath: Path, listName: string, report: Report) {
  const firstIndex = new Map<string, number>();
  list.forEach((entry, index) => {
    const earlier = firstIndex.get(entry.id);
    if (earlier === undefined) firstIndex.set(entry.id, index);
    else report([...listPath, index, 'id'], 'rubric.duplicate-id', { id: entry.id, list: listName, first: `${listPath.join('.')}[${earlier}]` });
  });
}

function checkScoreInScale(score: number, rubric: Rubric, path: Path, report: Report, key: MessageKey = 'rubric.score-outside-scale') {
  if (score < rubric.scale.min || score > rubric.scale.max) report(path, key, { score, min: rubric.scale.min, max: rubric.scale.max });
}

function checkAnchors(item: RubricItem, rubric: Rubric, itemPath: Path, report: Report) {
  const counts = new Map<number, number>();
  for (const anchor of item.anchors) counts.set(anchor.score, (counts.get(anchor.score) ?? 0) + 1);
  const missing: number[] = [];
  for (let score = rubric.scale.min; score <= rubric.scale.max; score += 1) if (!counts.has(score)) missing.push(score);
  const repeated = [...counts].filter(([, count]) => count > 1).map(([score]) => score);
  const outside = [...counts.keys()].filter((score) => score < rubric.scale.min || score > rubric.scale.max);
  if (missing.length > 0 || repeated.length > 0 || outside.length > 0) {
    report([...itemPath, 'anchors'], 'rubric.anchors-coverage', {
      min: rubric.scale.min,
      max: rubric.scale.max,
      missing: missing.join(', ') || '—',
      repeated: [...repeated, ...outside].join(', ') || '—',
    });
  }
}

function formatRange(band: Band): string {
  return `${band.min}–${band.max}`;
}

/**
 * Bands must tile the possible range of the total: sorted by minimum, no overlap, no hole. With sum scoring
 * totals are whole numbers, so a band ending at 73 and the next starting at 74 touch.
 */
function checkBands(bands: readonly Band[], low: number, high: number, method: Rubric['scoring']['method'], bandsPath: Path, report: Report) {
  const step = method === 'sum' ? 1 : MEAN_BAND_STEP;
  bands.forEach((band, index) => {
    if (band.min > band.max) report([...bandsPath, index], 'rubric.bands-order', { id: band.id, min: band.min, max: band.max });
    if (method === 'sum') {
      for (const value of [band.min, band.max]) if (!Number.isInteger(value)) report([...bandsPath, index], 'rubric.bands-integer', { value });
    }
  });
  const sorted = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  for (let position = 1; position < sorted.length; position += 1) {
    const previous = sorted[position - 1];
    const current = sorted[position];
    if (!previous || !current) continue;
    if (current.band.min <= previous.band.max + TOLERANCE) {
      report([...bandsPath, current.index], 'rubric.bands-overlap', {
        first: previous.band.id,
        firstRange: formatRange(previous.band),
        second: current.band.id,
        secondRange: formatRange(current.band),
      });
    } else if (current.band.min - previous.band.max > step + TOLERANCE) {
      report([...bandsPath, current.index], 'rubric.bands-gap', {
        from: previous.band.max,
        to: current.band.min,
        first: previous.band.id,
        second: current.band.id,
      });
    }
  }
  const lowest = sorted[0]?.band.min ?? Number.POSITIVE_INFINITY;
  const highest = Math.max(...bands.map((band) => band.max));
  if (lowest > low + TOLERANCE || highest < high - TOLERANCE) {
    report(bandsPath, 'rubric.bands-range', { min: low, max: high, from: lowest, to: highest });
  }
}

/** Measure ranges are half-open `[atLeast, below)` and must tile the line: no overlap, no hole, open only at the ends. */
function checkMeasure(measure: Measure, rubric: Rubric, measurePath: Path, report: Report) {
  if (measure.min !== undefined && measure.max !== undefined && measure.min > measure.max) {
    report(measurePath, 'rubric.measure-limits', { min: measure.min, max: measure.max });
  }
  const ranges = measure.ranges.map((range, index) => ({ range, index }));
  const seenScores = new Set<number>();
  for (const { range, index } of ranges) {
    checkScoreInScale(range.score, rubric, [...measurePath, 'ranges', index, 'score'], report);
    if (seenScores.has(range.score)) report([...measurePath, 'ranges', index, 'score'], 'rubric.duplicate-score', { score: range.score });
    seenScores.add(range.score);
    if (range.atLeast !== undefined && range.below !== undefined && range.atLeast >= range.below) {
      report([...measurePath, 'ranges', index], 'rubric.measure-empty-range', { score: range.score, atLeast: range.atLeast, below: range.below });
    }
  }
  const sorted = [...ranges].sort((a, b) => (a.range.atLeast ?? Number.NEGATIVE_INFINITY) - (b.range.atLeast ?? Number.NEGATIVE_INFINITY));
  sorted.forEach(({ range, index }, position) => {
    const isFirst = position === 0;
    const isLast = position === sorted.length - 1;
    if ((range.atLeast === undefined && !isFirst) || (range.below === undefined && !isLast)) {
      report([...measurePath, 'ranges', index], 'rubric.measure-open');
    }
    const next = sorted[position + 1];
    if (!next || range.below === undefined || next.range.atLeast === undefined) return;
    if (next.range.atLeast < range.below) {
      report([...measurePath, 'ranges', next.index], 'rubric.measure-overlap', { first: range.score, second: next.range.score });
    } else if (next.range.atLeast > range.below) {
      report([...measurePath, 'ranges', next.index], 'rubric.measure-gap', { from: range.below, to: next.range.atLeast });
    }
  });
}

function checkComponents(item: RubricItem, rubric: Rubric, itemPath: Path, report: Report) {
  const components = item.components;
  if (!components) return;
  const componentsPath = [...itemPath, 'components'];
  checkUniqueIds(components.list, [...componentsPath, 'list'], `${item.id} components`, report);
  const rows = components.scoreByCount.map((row, index) => ({ row, index }));
  if (!rows.some(({ row }) => row.atLeast === 0)) report([...componentsPath, 'scoreByCount'], 'rubric.components-start');
  const sorted = [...rows].sort((a, b) => a.row.atLeast - b.row.atLeast);
  sorted.forEach(({ row, index }, position) => {
    const rowPath = [...componentsPath, 'scoreByCount', index];
    checkScoreInScale(row.score, rubric, [...rowPath, 'score'], report);
    if (row.atLeast > components.list.length) {
      report(rowPath, 'rubric.components-count', { count: row.atLeast, available: components.list.length });
    }
    const previous = sorted[position - 1];
    if (previous && (previous.row.atLeast === row.atLeast || previous.row.score >= row.score)) {
      report(rowPath, 'rubric.components-order', { count: row.atLeast });
    }
  });
}

function checkItems(rubric: Rubric, report: Report) {
  const sectionIds = new Set(rubric.sections.map((section) => section.id));
  const principleIds = new Set(rubric.principles.map((principle) => principle.id));
  checkUniqueIds(rubric.items, ['items'], 'items', report);
  const firstWithNumber = new Map<number, number>();
  rubric.items.forEach((item, index) => {
    const earlier = firstWithNumber.get(item.number);
    if (earlier === undefined) firstWithNumber.set(item.number, index);
    else report(['items', index, 'number'], 'rubric.duplicate-number', { number: item.number, first: `items[${earlier}]` });
  });
  rubric.items.forEach((item, index) => {
    const itemPath: Path = ['items', index];
    if (!sectionIds.has(item.section)) report([...itemPath, 'section'], 'rubric.unknown-reference', { kind: 'section', id: item.section });
    for (const kind of ['primary', 'supporting'] as const) {
      (item.principles[kind] ?? []).forEach((principleId, principleIndex) => {
        if (!principleIds.has(principleId)) {
          report([...itemPath, 'principles', kind, principleIndex], 'rubric.unknown-reference', { kind: 'principle', id: principleId });
        }
      });
    }
    const supporting = new Set(item.principles.supporting ?? []);
    item.principles.primary.forEach((principleId, principleIndex) => {
      if (supporting.has(principleId)) report([...itemPath, 'principles', 'primary', principleIndex], 'rubric.principle-twice', { id: principleId });
    });
    checkAnchors(item, rubric, itemPath, report);
    if (item.measure) checkMeasure(item.measure, rubric, [...itemPath, 'measure'], report);
    checkComponents(item, rubric, itemPath, report);
    if (item.measure && item.components) report(itemPath, 'rubric.item-scored-twice');
    if (item.target !== undefined) checkScoreInScale(item.target, rubric, [...itemPath, 'target'], report, 'rubric.target-outside-scale');
  });
}

function checkDriftPatterns(rubric: Rubric, report: Report) {
  const itemIds = new Set(rubric.items.map((item) => item.id));
  checkUniqueIds(rubric.driftPatterns, ['driftPatterns'], 'drift patterns', report);
  rubric.driftPatterns.forEach((pattern, index) => {
    const patternPath: Path = ['driftPatterns', index];
    const signalItems = new Set<string>();
    pattern.signals.forEach((signal, signalIndex) => {
      const signalPath = [...patternPath, 'signals', signalIndex];
      if (!itemIds.has(signal.item)) report([...signalPath, 'item'], 'rubric.unknown-reference', { kind: 'item', id: signal.item });
      const earlier = pattern.signals.findIndex((candidate) => candidate.item === signal.item);
      if (signalItems.has(signal.item)) report([...signalPath, 'item'], 'rubric.duplicate-id', { id: signal.item, list: `${pattern.id} signals`, first: `${formatJsonPath([...patternPath, 'signals', earlier])}` });
      signalItems.add(signal.item);
      checkScoreInScale(signal.atOrBelow, rubric, [...signalPath, 'atOrBelow'], report);
      // A high-fidelity profile must trigger no pattern, so a signal cannot count at the top score.
      if (signal.atOrBelow === rubric.scale.max) report([...signalPath, 'atOrBelow'], 'rubric.signal-at-top', { score: signal.atOrBelow });
    });
    (pattern.rule.requireAnyOf ?? []).forEach((itemId, requireIndex) => {
      if (!signalItems.has(itemId)) report([...patternPath, 'rule', 'requireAnyOf', requireIndex], 'rubric.require-not-signal', { id: itemId });
    });
  });
}

/**
 * The checks a schema cannot express: unique ids, references that resolve, anchors for every score, bands and
 * measure ranges that tile their range, texts present in the default language. Returns every problem found,
 * each with its JSON path, in the reader's language.
 */
export function validateRubric(rubric: Rubric, locale: UiLocale): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report: Report = (path, key, params) => issues.push(makeIssue(locale, path, key, params));

  if (!rubric.locales.available.includes(rubric.locales.default)) {
    // One clear message instead of one per text: the texts cannot be checked against a language the file lacks.
    report(['locales', 'default'], 'rubric.default-locale-not-available', { locale: rubric.locales.default });
  } else {
    for (const { path, text } of listRubricTexts(rubric)) {
      if (!Object.hasOwn(text, rubric.locales.default)) report(path, 'rubric.default-locale-missing', { locale: rubric.locales.default });
    }
  }
  if (rubric.scale.min >= rubric.scale.max) {
    report(['scale'], 'rubric.scale-order', { min: rubric.scale.min, max: rubric.scale.max });
    return issues; // every later check measures against the scale
  }
  if (rubric.scale.max - rubric.scale.min + 1 > MAX_SCALE_LEVELS) {
    report(['scale'], 'rubric.scale-too-wide', { min: rubric.scale.min, max: rubric.scale.max, limit: MAX_SCALE_LEVELS });
    return issues;
  }
  const seenLocales = new Set<string>();
  rubric.locales.available.forEach((locale, index) => {
    if (seenLocales.has(locale)) report(['locales', 'available', index], 'rubric.duplicate-locale', { locale });
    seenLocales.add(locale);
  });
  checkUniqueIds(rubric.principles, ['principles'], 'principles', report);
  checkUniqueIds(rubric.sections, ['sections'], 'sections', report);
  rubric.sections.forEach((section, index) => {
    if (!rubric.items.some((item) => item.section === section.id)) report(['sections', index], 'rubric.section-empty', { id: section.id });
  });
  checkItems(rubric, report);
  checkScoreInScale(rubric.scoring.target, rubric, ['scoring', 'target'], report, 'rubric.target-outside-scale');

  checkUniqueIds(rubric.scoring.bands, ['scoring', 'bands'], 'bands', report);
  const totalRange = computeTotalRange(rubric, rubric.items.length);
  checkBands(rubric.scoring.bands, totalRange.min, totalRange.max, rubric.scoring.method, ['scoring', 'bands'], report);
  rubric.sections.forEach((section, index) => {
    if (!section.bands) return;
    const sectionRange = computeTotalRange(rubric, rubric.items.filter((item) => item.section === section.id).length);
    checkUniqueIds(section.bands, ['sections', index, 'bands'], `${section.id} bands`, report);
    checkBands(section.bands, sectionRange.min, sectionRange.max, rubric.scoring.method, ['sections', index, 'bands'], report);
  });
  checkDriftPatterns(rubric, report);
  return issues;
}
