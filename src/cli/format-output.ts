import {
  detectDrift,
  fillTemplate as fill,
  localize,
  scoreAssessment,
  type AgreementSummary,
  type Assessment,
  type ConsensusItem,
  type ConsensusReview,
  type ItemValue,
  type LocalizedText,
  type Rubric,
  type UiLocale,
} from '../domain/index.ts';
import type { CliMessages } from './cli-messages.ts';

/** Rounds a figure for output; the domain keeps full precision and only the edges round (architecture.md §5). */
function round(value: number, digits: number): number;
function round(value: number | null, digits: number): number | null;
function round(value: number | null, digits: number): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The `score --json` shape documented in the README. */
export function toScoreJson(rubric: Rubric, assessment: Assessment, locale: UiLocale) {
  const summary = scoreAssessment(rubric, assessment);
  return {
    scale: { id: rubric.id, version: rubric.version },
    total: round(summary.total, 2),
    min: summary.min,
    max: summary.max,
    complete: summary.isComplete,
    band: summary.band ? { id: summary.band.id, label: localize(summary.band.label, locale, rubric.locales.default) } : null,
    sections: summary.sections.map((section) => ({ id: section.id, score: round(section.score, 2), max: section.max })),
    principles: summary.principles.map((principle) => ({
      id: principle.id,
      mean: principle.mean === null ? null : round(principle.mean, 2),
      percent: principle.percent === null ? null : round(principle.percent, 1),
    })),
    gaps: summary.gaps.map((gap) => ({ item: gap.item, score: gap.score, target: gap.target })),
    drift: detectDrift(rubric, assessment).map((result) => ({ id: result.id, detected: result.detected, strength: round(result.strength, 3) })),
  };
}

/** The `agreement --json` shape documented in the README. */
export function toAgreementJson(summary: AgreementSummary) {
  const maybeRound = (value: number | null, digits = 3) => (value === null ? null : round(value, digits));
  return {
    raters: summary.raters,
    items: summary.items,
    exactAgreement: maybeRound(summary.exactAgreement),
    withinOne: maybeRound(summary.withinOne),
    meanAbsoluteDifference: maybeRound(summary.meanAbsoluteDifference),
    krippendorffAlpha: {
      nominal: maybeRound(summary.krippendorffAlpha.nominal),
      ordinal: maybeRound(summary.krippendorffAlpha.ordinal),
      interval: maybeRound(summary.krippendorffAlpha.interval),
    },
    discrepancies: summary.discrepancies.map((discrepancy) => ({ item: discrepancy.item, scores: discrepancy.scores })),
  };
}

function numberFormat(locale: UiLocale, digits: number): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return (value) => format.format(value);
}

function percentFormat(locale: UiLocale): (share: number) => string {
  const format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (share) => format.format(share);
}

/** Text and label helpers for one rubric in one language, shared by the two reports. */
function labelsFor(rubric: Rubric, locale: UiLocale) {
  const text = (value: LocalizedText) => localize(value, locale, rubric.locales.default);
  const itemsById = new Map(rubric.items.map((item) => [item.id, item]));
  const itemLabel = (id: string) => {
    const item = itemsById.get(id);
    return item ? `${item.number}. ${text(item.title)}` : id;
  };
  const titleOf = (list: ReadonlyArray<{ id: string; title: LocalizedText }>, id: string) => {
    const found = list.find((candidate) => candidate.id === id);
    return found ? text(found.title) : id;
  };
  return { text, itemLabel, titleOf };
}

/** The human-readable report of `score`: total and band, sections, principles, gaps, drift. */
export function formatScore(rubric: Rubric, assessment: Assessment, locale: UiLocale, messages: CliMessages): string {
  const { text, itemLabel, titleOf } = labelsFor(rubric, locale);
  const summary = scoreAssessment(rubric, assessment);
  const drift = detectDrift(rubric, assessment);
  const number1 = numberFormat(locale, 1);
  const number2 = numberFormat(locale, 2);
  const percent = percentFormat(locale);
  const lines: string[] = [];
  lines.push(fill(messages.scoreHeading, { scale: text(rubric.title), version: rubric.version }));
  lines.push(
    fill(messages.programLine, {
      program: assessment.program.name,
      site: assessment.program.site ? ` — ${assessment.program.site}` : '',
      kind: messages.kinds[assessment.review.kind],
      date: assessment.review.date,
    }),
  );
  lines.push('');
  const bandText = summary.band ? text(summary.band.label) : summary.bandWithheld === 'mostly-not-applicable' ? messages.mostlyNotApplicable : messages.noBand;
  // A mean is shown to two decimals, as it is banded (3.476 shows as 3.48, not as a misleading 3.5).
  const formatTotal = (value: number | null) => (value === null ? '—' : rubric.scoring.method === 'mean' ? number2(value) : number1(value));
  lines.push(fill(messages.total, { total: formatTotal(summary.total), max: summary.max, percent: percent(summary.percentOfMax / 100), band: bandText }));
  if (summary.isProrated) lines.push(`  (${fill(messages.prorated, { count: summary.notApplicable.length })})`);
  lines.push(fill(messages.progress, { rated: summary.rated, items: summary.itemCount }));
  if (summary.unrated.length > 0) lines.push(fill(messages.unratedList, { items: summary.unrated.map(itemLabel).join(' · ') }));

  lines.push('', messages.sections);
  const sectionWidth = Math.max(...rubric.sections.map((section) => text(section.title).length));
  for (const section of summary.sections) {
    lines.push(`  ${titleOf(rubric.sections, section.id).padEnd(sectionWidth)}  ${formatTotal(section.score).padStart(5)} / ${section.max}`);
  }
  lines.push('', messages.principles);
  const principleWidth = Math.max(...rubric.principles.map((principle) => text(principle.title).length));
  for (const principle of summary.principles) {
    const mean = principle.mean === null ? '—' : number2(principle.mean);
    const share = principle.percent === null ? '' : percent(principle.percent / 100);
    lines.push(`  ${titleOf(rubric.principles, principle.id).padEnd(principleWidth)}  ${mean.padStart(5)}  ${share.padStart(6)}`);
  }
  lines.push('', messages.gaps);
  if (summary.gaps.length === 0) lines.push(`  ${messages.noGaps}`);
  for (const gap of summary.gaps) {
    lines.push(`  ${itemLabel(gap.item)}${messages.colon} ${gap.score} → ${gap.target}`);
    if (gap.nextAnchor) lines.push(`      ${messages.nextLevel} (${gap.score + 1})${messages.colon} ${text(gap.nextAnchor)}`);
  }
  lines.push('', messages.drift);
  for (const result of drift) {
    const status = result.detected ? messages.detected : messages.notDetected;
    lines.push(`  [${status}] ${titleOf(rubric.driftPatterns, result.id)} (${messages.strength} ${number2(result.strength)})`);
    if (result.detected) {
      const signals = result.signals.filter((signal) => signal.isCounted).map((signal) => `${itemLabel(signal.item)} = ${signal.score}`);
      lines.push(`      ${fill(messages.signalsLine, { signals: signals.join(' · ') })}`);
    }
  }
  return lines.join('\n');
}

/** The human-readable report of `agreement`. */
export function formatAgreement(rubric: Rubric, summary: AgreementSummary, locale: UiLocale, messages: CliMessages): string {
  const { itemLabel } = labelsFor(rubric, locale);
  const percent = percentFormat(locale);
  const number2 = numberFormat(locale, 2);
  const number3 = numberFormat(locale, 3);
  const orUndefined = (value: number | null, format: (value: number) => string) => (value === null ? messages.undefinedValue : format(value));
  const lines = [
    fill(messages.agreementHeading, { raters: summary.raters, items: summary.items }),
    '',
    `  ${messages.exact}${messages.colon} ${orUndefined(summary.exactAgreement, percent)}`,
    `  ${messages.withinOne}${messages.colon} ${orUndefined(summary.withinOne, percent)}`,
    `  ${messages.mad}${messages.colon} ${orUndefined(summary.meanAbsoluteDifference, number2)}`,
    `  ${messages.alpha}${messages.colon} ${[summary.krippendorffAlpha.nominal, summary.krippendorffAlpha.ordinal, summary.krippendorffAlpha.interval].map((value) => orUndefined(value, number3)).join(' / ')}`,
    '',
    messages.discrepancies,
  ];
  if (summary.items === 0) lines.push(`  ${messages.noComparable}`);
  else if (summary.discrepancies.length === 0) lines.push(`  ${messages.noDiscrepancies}`);
  for (const discrepancy of summary.discrepancies) {
    lines.push(`  ${itemLabel(discrepancy.item)}${messages.colon} ${discrepancy.scores.map((score) => (score === null ? '–' : String(score))).join(' · ')}`);
  }
  if (summary.notApplicableConflicts.length > 0) {
    lines.push('', messages.notApplicableConflicts);
    for (const item of summary.notApplicableConflicts) lines.push(`  ${itemLabel(item)}`);
  }
  return lines.join('\n');
}

/** How a reviewer's (or the consensus') value of an item is written: the score, "n/a" or "not rated". */
function describeValue(value: ItemValue, messages: CliMessages): string {
  if (value === null) return messages.unrated;
  return value === 'na' ? messages.notApplicable : String(value);
}

function reviewerNames(review: ConsensusReview, messages: CliMessages): string[] {
  return review.reviewers.map((reviewer, index) => reviewer.name.trim() || fill(messages.reviewerFallback, { number: index + 1 }));
}

function describeAgreement(item: ConsensusItem, messages: CliMessages): string {
  return fill(messages.itemAgreements[item.agreement], { spread: item.spread });
}

/** The `consensus` command's report: the reviewers' agreement, then every item still to settle with each value. */
export function formatConsensus(rubric: Rubric, review: ConsensusReview, outputPath: string, locale: UiLocale, messages: CliMessages): string {
  const { itemLabel } = labelsFor(rubric, locale);
  const names = reviewerNames(review, messages);
  const lines = [formatAgreement(rubric, review.agreement, locale, messages), ''];
  lines.push(fill(messages.consensusWritten, { file: outputPath, settled: review.counts.settled, items: review.items.length, toSettle: review.counts.toSettle }));
  const toSettle = review.items.filter((item) => !item.isSettled);
  if (toSettle.length === 0) lines.push(messages.nothingToSettle);
  else lines.push('', messages.toSettle);
  for (const item of toSettle) {
    const values = item.reviewerValues.map((value, index) => `${names[index] ?? ''} ${describeValue(value, messages)}`).join(' · ');
    lines.push(`  ${itemLabel(item.item)}${messages.colon} ${values} (${describeAgreement(item, messages)})`);
  }
  return lines.join('\n');
}

/** The `consensus --json` shape documented in the README. */
export function toConsensusJson(review: ConsensusReview, outputPath: string, messages: CliMessages) {
  return {
    output: outputPath,
    reviewers: reviewerNames(review, messages),
    items: review.items.length,
    settled: review.counts.settled,
    toSettle: review.items
      .filter((item) => !item.isSettled)
      .map((item) => ({ item: item.item, number: item.number, values: item.reviewerValues, agreement: item.agreement })),
    agreement: toAgreementJson(review.agreement),
  };
}
