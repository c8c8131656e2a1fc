import { bench, describe } from 'vitest';
import { compareRaters } from '../../src/domain/agreement/compare-raters.ts';
import { krippendorffAlpha } from '../../src/domain/agreement/krippendorff-alpha.ts';
import type { Assessment } from '../../src/domain/assessment/assessment-schema.ts';
import { detectDrift } from '../../src/domain/drift/detect-drift.ts';
import { scoreAssessment } from '../../src/domain/scoring/score-assessment.ts';
import { bundledRubric, makeAssessment } from '../helpers/factories.ts';

// Deterministic pseudo-random scores (a linear congruential generator), so every run measures the same work.
function scoreStream(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return 1 + (state % 5);
  };
}

const ips25 = bundledRubric('ips-25');
const itemIds = ips25.items.map((item) => item.id);
const nextScore = scoreStream(42);
const assessments: Assessment[] = Array.from({ length: 10_000 }, () =>
  makeAssessment(ips25, Object.fromEntries(itemIds.map((id) => [id, { score: nextScore() }]))),
);
const raters = assessments.slice(0, 200);
const units = itemIds.map((id) => raters.map((assessment) => assessment.ratings[id]?.score ?? null));

describe('IPS-25 scoring (budget: 10,000 assessments in under 100 ms)', () => {
  bench('scoreAssessment × 10,000', () => {
    for (const assessment of assessments) scoreAssessment(ips25, assessment);
  });

  bench('scoreAssessment + detectDrift × 10,000', () => {
    for (const assessment of assessments) {
      scoreAssessment(ips25, assessment);
      detectDrift(ips25, assessment);
    }
  });
});

describe('agreement (budget: alpha for 200 raters × 25 items in under 10 ms)', () => {
  bench('krippendorffAlpha, interval, 200 raters × 25 items', () => {
    krippendorffAlpha(units, 'interval');
  });

  bench('krippendorffAlpha, ordinal, 200 raters × 25 items', () => {
    krippendorffAlpha(units, 'ordinal');
  });

  bench('compareRaters (all figures, three alphas), 200 raters × 25 items', () => {
    compareRaters(itemIds, raters);
  });
});

describe('PDF gap report (budget: a full IPS-25 report in under 150 ms)', () => {
  const full = makeAssessment(ips25, Object.fromEntries(itemIds.map((id, index) => [id, { score: (index % 5) + 1, note: `Evidence for ${id}: interviews, records and one observed team meeting.` }])));
  bench('buildReportModel + renderReportPdf, IPS-25, French', async () => {
    const [{ buildReportModel }, { renderReportPdf }] = await Promise.all([import('../../src/report/build-report-model.ts'), import('../../src/report/render-report-pdf.ts')]);
    renderReportPdf(buildReportModel({ rubric: ips25, assessment: full, locale: 'fr', generatedOn: '2026-11-28', previous: assessments[1] }));
  });
});
