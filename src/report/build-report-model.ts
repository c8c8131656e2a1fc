import {
  compareItemScores,
  detectDrift,
  fillTemplate,
  findRating,
  findScore,
  localize,
  reviewConsensus,
  scoreAssessment,
  type Assessment,
  type LocalizedText,
  type Rubric,
  type RubricItem,
  type UiLocale,
} from '../domain/index.ts';
import { describeReviewKind, getReportMessages, type ReportMessages } from './report-messages.ts';

/** How many strengths and gaps the summary page names. */
const STRENGTH_COUNT = 3;
const SUMMARY_GAP_COUNT = 5;
/** Empty rows printed in the action plan when the user entered none, to fill in by hand. */
const BLANK_ACTION_ROWS = 6;

export interface ReportInput {
  rubric: Rubric;
  assessment: Assessment;
  locale: UiLocale;
  /** The day the report is made (YYYY-MM-DD), passed in so the same input always gives the same report. */
  generatedOn: string;
  /** An earlier assessment of the same programme and scale, for the "change since" section. */
  previous?: Assessment;
}

export interface ItemRef {
  number: number;
  id: string;
  title: string;
}

export interface ReportModel {
  locale: UiLocale;
  labels: ReportMessages;
  header: { programme: string; date: string };
  footer: { citation: string; paraphraseNotice: string };
  cover: { title: string; programme: string; site: string | null; date: string; kind: string; raters: string[]; scale: string; scaleVersion: string; language: string; generatedOn: string };
  summary: {
    total: string;
    max: number;
    totalValue: number | null;
    band: { id: string; label: string } | null;
    bandNote: string | null;
    /** The band scale drawn on the summary page, lowest first; `isCurrent` marks the programme's band. */
    bands: Array<{ id: string; label: string; min: number; max: number; isCurrent: boolean }>;
    profile: Array<{ id: string; title: string; mean: string; percent: number | null; percentText: string }>;
    strengths: Array<ItemRef & { score: number; anchor: string }>;
    topGaps: Array<ItemRef & { score: number; target: number }>;
    driftSentences: string[];
  };
  drift: Array<{ id: string; title: string; description: string; strength: string; signals: Array<ItemRef & { score: number }>; recommendations: string[]; caveat: string | null }>;
  gapAnalysis: Array<{ principle: { id: string; title: string }; gaps: Array<ItemRef & { score: number; target: number; currentAnchor: string; nextAnchor: string; evidence: string | null; recommendation: string }> }>;
  itemTable: Array<ItemRef & { section: string; principle: string; score: string; note: string | null }>;
  changes: null | { previousDate: string; total: { before: string; after: string; delta: string }; items: Array<ItemRef & { before: string; after: string; delta: number | null }> };
  actionPlan: { rows: Array<{ item: string; action: string; owner: string; due: string }>; blankRows: number };
  /** For a consensus assessment: each reviewer's own scores beside the consensus, and how far they agreed. */
  consensusAnnex: null | {
    intro: string;
    reviewers: string[];
    provisionalNote: string | null;
    agreementHeading: string;
    figures: Array<{ label: string; value: string }>;
    rows: Array<ItemRef & { values: string[]; consensus: string; rationale: string; differs: boolean }>;
  };
}

/** The report's English is British, like its wording. */
function intlLocale(locale: UiLocale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** Numbers as the reader writes them; U+202F (French thousands) becomes U+00A0, which PDF fonts can draw. */
function makeNumberFormat(locale: UiLocale, digits: number): (value: number) => string {
  const format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits });
  return (value) => format.format(value).replace(/\u202F/g, '\u00A0');
}

/** A date as the reader writes it, computed in UTC so the report does not depend on the machine's time zone. */
function formatDate(locale: UiLocale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day))).replace(/\u202F/g, '\u00A0');
}

/** The consensus annex: every item with each reviewer's value, the agreed value and the reason for a change. */
function buildConsensusAnnex(rubric: Rubric, assessment: Assessment, locale: UiLocale, labels: ReportMessages, refOf: (item: RubricItem) => ItemRef): ReportModel['consensusAnnex'] {
  const review = reviewConsensus(rubric, assessment);
  const number2 = makeNumberFormat(locale, 2);
  const percentFormat = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
  const orUndefined = (value: number | null, format: (value: number) => string) => (value === null ? labels.undefinedFigure : format(value).replace(/\u202F/g, '\u00A0'));
  const percent = (share: number) => percentFormat.format(share);
  const valueText = (value: number | 'na' | null) => (value === null ? labels.notRated : value === 'na' ? labels.notApplicable : String(value));
  const items = new Map(rubric.items.map((item) => [item.id, item]));
  const { agreement } = review;
  return {
    intro: labels.annexIntro,
    reviewers: review.reviewers.map((reviewer, index) => reviewer.name.trim() || fillTemplate(labels.reviewer, { number: index + 1 })),
    provisionalNote: review.counts.toSettle === 0 ? null : review.counts.toSettle === 1 ? labels.annexProvisionalOne : fillTemplate(labels.annexProvisional, { count: review.counts.toSettle }),
    agreementHeading: fillTemplate(labels.agreementFigures, { items: agreement.items }),
    figures: [
      { label: labels.exactAgreement, value: orUndefined(agreement.exactAgreement, percent) },
      { label: labels.withinOne, value: orUndefined(agreement.withinOne, percent) },
      { label: labels.meanDifference, value: orUndefined(agreement.meanAbsoluteDifference, number2) },
      { label: labels.alpha, value: `${orUndefined(agreement.krippendorffAlpha.ordinal, number2)} / ${orUndefined(agreement.krippendorffAlpha.interval, number2)}` },
    ],
    rows: review.items.flatMap((row) => {
      const item = items.get(row.item);
      if (!item) return [];
      return [
        {
          ...refOf(item),
          values: row.reviewerValues.map(valueText),
          consensus: row.consensus === null ? labels.notSettled : valueText(row.consensus),
          rationale: row.rationale,
          differs: row.agreement !== 'same',
        },
      ];
    }),
  };
}

/**
 * The gap report as plain data, every text already in the reader's language and every number formatted: the PDF
 * renderer (and any other view) only draws it. Pure: the same input gives the same model.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { rubric, assessment, locale, previous } = input;
  const labels = getReportMessages(locale);
  const text = (value: LocalizedText) => localize(value, locale, rubric.locales.default);
  const number1 = makeNumberFormat(locale, 1);
  const number2 = makeNumberFormat(locale, 2);
  const percentFormat = new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 });
  const formatPercent = (share: number) => percentFormat.format(share).replace(/\u202F/g, '\u00A0');
  const summary = scoreAssessment(rubric, assessment);
  const drift = detectDrift(rubric, assessment);
  const items = new Map(rubric.items.map((item) => [item.id, item]));
  const refOf = (item: RubricItem): ItemRef => ({ number: item.number, id: item.id, title: text(item.title) });
  const anchorText = (item: RubricItem, score: number) => {
    const anchor = item.anchors.find((candidate) => candidate.score === score);
    return anchor ? text(anchor.description) : '';
  };
  const principleTitle = new Map(rubric.principles.map((principle) => [principle.id, text(principle.title)]));
  const sectionTitle = new Map(rubric.sections.map((section) => [section.id, text(section.title)]));
  const detected = drift.filter((result) => result.detected).sort((a, b) => b.strength - a.strength);

  const strengths = rubric.items
    .flatMap((item) => {
      const score = findScore(assessment, item.id);
      const target = item.target ?? rubric.scoring.target;
      return score !== null && score >= target ? [{ item, score }] : [];
    })
    .sort((a, b) => b.score - a.score || (b.item.weight ?? 1) - (a.item.weight ?? 1) || a.item.number - b.item.number)
    .slice(0, STRENGTH_COUNT)
    .map(({ item, score }) => ({ ...refOf(item), score, anchor: anchorText(item, score) }));

  // A gap's recommendation: when the item is a core signal that counted in a detected drift, that pattern's first
  // (main) advice; otherwise a step towards the next level, which the line above already names.
  const recommendationFor = (item: RubricItem): string => {
    const result = detected.find((candidate) => candidate.signals.some((signal) => signal.item === item.id && signal.isCounted && signal.isCore));
    const advice = result ? rubric.driftPatterns.find((candidate) => candidate.id === result.id)?.recommendations[0] : undefined;
    return advice ? text(advice) : labels.workTowards;
  };

  const gapsByPrinciple = new Map<string, ReportModel['gapAnalysis'][number]['gaps']>();
  for (const gap of summary.gaps) {
    const item = items.get(gap.item);
    if (!item) continue;
    const principleId = item.principles.primary[0] ?? '';
    const nextAnchor = gap.nextAnchor ? text(gap.nextAnchor) : '';
    const list = gapsByPrinciple.get(principleId) ?? [];
    list.push({
      ...refOf(item),
      score: gap.score,
      target: gap.target,
      currentAnchor: gap.currentAnchor ? text(gap.currentAnchor) : '',
      nextAnchor,
      evidence: findRating(assessment, item.id)?.note ?? null,
      recommendation: recommendationFor(item),
    });
    gapsByPrinciple.set(principleId, list);
  }

  const scoreText = (rated: Assessment, item: RubricItem) => {
    const rating = findRating(rated, item.id);
    if (rating?.na && item.naAllowed) return labels.notApplicable;
    const score = findScore(rated, item.id);
    return score === null ? labels.notRated : String(score);
  };

  let changes: ReportModel['changes'] = null;
  if (previous) {
    const before = scoreAssessment(rubric, previous);
    // Every item whose score changed, including one rated only before or only now (no number for its change).
    const changed = compareItemScores(rubric, previous, assessment).flatMap((change) => {
      const item = items.get(change.item);
      return item ? [{ ...refOf(item), before: scoreText(previous, item), after: scoreText(assessment, item), delta: change.delta }] : [];
    });
    const delta = before.total !== null && summary.total !== null ? summary.total - before.total : null;
    changes = {
      previousDate: formatDate(locale, previous.review.date),
      total: {
        before: before.total === null ? '—' : number1(before.total),
        after: summary.total === null ? '—' : number1(summary.total),
        delta: delta === null ? '—' : `${delta > 0 ? '+' : ''}${number1(delta)}`,
      },
      items: changed,
    };
  }

  const actions = assessment.actions ?? [];
  return {
    locale,
    labels,
    header: { programme: assessment.program.name, date: formatDate(locale, assessment.review.date) },
    footer: { citation: rubric.source.citation, paraphraseNotice: text(rubric.source.paraphraseNotice) },
    cover: {
      title: labels.reportTitle,
      programme: assessment.program.name,
      site: assessment.program.site ?? null,
      date: formatDate(locale, assessment.review.date),
      kind: describeReviewKind(labels, assessment.review.kind),
      raters: assessment.review.raters,
      scale: text(rubric.title),
      scaleVersion: rubric.version,
      language: labels.languages[locale],
      generatedOn: fillTemplate(labels.generatedOn, { date: formatDate(locale, input.generatedOn) }),
    },
    summary: {
      total: summary.total === null ? '—' : rubric.scoring.method === 'mean' ? number2(summary.total) : number1(summary.total),
      max: summary.max,
      totalValue: summary.total,
      band: summary.band ? { id: summary.band.id, label: text(summary.band.label) } : null,
      bandNote: summary.band ? null : summary.bandWithheld === 'mostly-not-applicable' ? labels.mostlyNotApplicable : fillTemplate(labels.noBand, { count: summary.unrated.length }),
      bands: [...rubric.scoring.bands].sort((a, b) => a.min - b.min).map((band) => ({ id: band.id, label: text(band.label), min: band.min, max: band.max, isCurrent: summary.band?.id === band.id })),
      profile: summary.principles.map((principle) => ({
        id: principle.id,
        title: principleTitle.get(principle.id) ?? principle.id,
        mean: principle.mean === null ? '—' : number2(principle.mean),
        percent: principle.percent,
        percentText: principle.percent === null ? '—' : formatPercent(principle.percent / 100),
      })),
      strengths,
      topGaps: summary.gaps.slice(0, SUMMARY_GAP_COUNT).flatMap((gap) => {
        const item = items.get(gap.item);
        return item ? [{ ...refOf(item), score: gap.score, target: gap.target }] : [];
      }),
      driftSentences: detected.map((result) => {
        const pattern = rubric.driftPatterns.find((candidate) => candidate.id === result.id);
        const counted = result.signals.filter((signal) => signal.isCounted);
        return fillTemplate(labels.driftSentence, {
          title: pattern ? text(pattern.title) : result.id,
          count: counted.length,
          items: counted.map((signal) => items.get(signal.item)?.number ?? signal.item).join(', '),
        });
      }),
    },
    drift: detected.flatMap((result) => {
      const pattern = rubric.driftPatterns.find((candidate) => candidate.id === result.id);
      if (!pattern) return [];
      return [
        {
          id: pattern.id,
          title: text(pattern.title),
          description: text(pattern.description),
          strength: formatPercent(result.strength),
          signals: result.signals.filter((signal) => signal.isCounted && signal.score !== null).flatMap((signal) => {
            const item = items.get(signal.item);
            return item ? [{ ...refOf(item), score: signal.score ?? 0 }] : [];
          }),
          recommendations: pattern.recommendations.map(text),
          caveat: pattern.caveat ? text(pattern.caveat) : null,
        },
      ];
    }),
    gapAnalysis: [
      ...rubric.principles.filter((principle) => gapsByPrinciple.has(principle.id)).map((principle) => ({ principle: { id: principle.id, title: text(principle.title) }, gaps: gapsByPrinciple.get(principle.id) ?? [] })),
      // Every gap is reported, even one whose item names no known principle.
      ...[...gapsByPrinciple].filter(([principleId]) => !principleTitle.has(principleId)).map(([principleId, gaps]) => ({ principle: { id: principleId || 'other', title: labels.otherItems }, gaps })),
    ],
    itemTable: rubric.items.map((item) => ({
      ...refOf(item),
      section: sectionTitle.get(item.section) ?? item.section,
      principle: principleTitle.get(item.principles.primary[0] ?? '') ?? '',
      score: scoreText(assessment, item),
      note: findRating(assessment, item.id)?.note ?? null,
    })),
    changes,
    actionPlan: {
      rows: actions.map((action) => {
        const item = action.item ? items.get(action.item) : undefined;
        return {
          item: item ? `${item.number}. ${text(item.title)}` : '',
          action: action.action,
          owner: action.owner ?? '',
          due: action.due ? formatDate(locale, action.due) : '',
        };
      }),
      blankRows: actions.length > 0 ? 0 : BLANK_ACTION_ROWS,
    },
    consensusAnnex: assessment.consensus ? buildConsensusAnnex(rubric, assessment, locale, labels, refOf) : null,
  };
}
