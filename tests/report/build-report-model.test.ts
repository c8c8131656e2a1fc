import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/domain/index.ts';
import { buildReportModel } from '../../src/report/build-report-model.ts';
import { bundledRubric, makeAssessment, readFixture, uniformRatings } from '../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');
function fixtureAssessment(name: string) {
  const result = parseAssessment(readFixture(`assessments/${name}`), { findRubric: () => ips25 });
  if (!result.ok) throw new Error(name);
  return result.assessment;
}
const boston = fixtureAssessment('ips-25-boston-drift.json');

describe('buildReportModel', () => {
  const model = buildReportModel({ rubric: ips25, assessment: boston, locale: 'fr', generatedOn: '2026-11-28' });

  it('matches the reviewed golden model for the Boston-drift assessment in French', async () => {
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot('../fixtures/report/ips-25-boston-drift.fr.model.json');
  });

  it('is deterministic: the same input gives the same model', () => {
    expect(buildReportModel({ rubric: ips25, assessment: boston, locale: 'fr', generatedOn: '2026-11-28' })).toEqual(model);
  });

  it('fills the cover and the running header in the reader’s language', () => {
    expect(model.cover).toMatchObject({ title: 'Rapport d’évaluation de fidélité', programme: 'Service d’insertion « Le Tremplin »', site: 'Namur', date: '27 novembre 2026', kind: 'Autoévaluation', language: 'français', generatedOn: 'Rapport établi le 28 novembre 2026' });
    expect(model.header).toEqual({ programme: 'Service d’insertion « Le Tremplin »', date: '27 novembre 2026' });
    expect(model.footer.paraphraseNotice.length).toBeGreaterThan(20);
  });

  it('summarises total, band and the band scale with the current band marked', () => {
    expect(model.summary).toMatchObject({ total: '79', max: 125, band: { id: 'fair', label: 'Fidélité passable' }, bandNote: null });
    expect(model.summary.bands.filter((band) => band.isCurrent).map((band) => band.id)).toEqual(['fair']);
    expect(model.summary.profile.find((principle) => principle.id === 'rapid-job-search')).toEqual({ id: 'rapid-job-search', title: 'Recherche d’emploi rapide', mean: '1,5', percent: 30, percentText: '30\u00A0%' });
  });

  it('names three strengths at or above target, highest first, and the five most important gaps', () => {
    expect(model.summary.strengths).toHaveLength(3);
    expect(model.summary.strengths.every((strength) => strength.score >= 4)).toBe(true);
    expect(model.summary.topGaps.map((gap) => gap.id)).toEqual(['rapid-job-search', 'zero-exclusion', 'work-based-assessment', 'employer-contact-frequency', 'employer-contact-quality']);
  });

  it('says each detected drift in one sentence, and details it with signals, recommendations and what it is not', () => {
    expect(model.summary.driftSentences[0]).toMatch(/^Dérive vers la préparation \(approche de Boston\)\u00A0?: 6 items la signalent \(15, 14, 9, 24, 17, 18\)\.$/);
    const preparation = model.drift.find((pattern) => pattern.id === 'preparation-drift');
    expect(preparation?.signals.map((signal) => signal.number)).toEqual([15, 14, 9, 24, 17, 18]);
    expect(preparation?.recommendations.length).toBeGreaterThanOrEqual(3);
    expect(preparation?.caveat).toMatch(/Gérard/);
  });

  it('groups every gap under its principle with the current and next anchors, the evidence and a recommendation', () => {
    const gaps = model.gapAnalysis.flatMap((group) => group.gaps);
    expect(gaps).toHaveLength(14);
    const rapid = model.gapAnalysis.find((group) => group.principle.id === 'rapid-job-search')?.gaps.find((gap) => gap.id === 'rapid-job-search');
    expect(rapid).toMatchObject({ score: 1, target: 4 });
    expect(rapid?.nextAnchor).toMatch(/151 à 270 jours/);
    const zero = gaps.find((gap) => gap.id === 'zero-exclusion');
    expect(zero?.evidence).toBe('Un module « prêt à l’emploi » est exigé avant toute recherche.');
    // A gap that signals a detected drift takes that pattern's first recommendation.
    expect(zero?.recommendation).toBe(model.drift.find((pattern) => pattern.id === 'preparation-drift')?.recommendations[0]);
    // An item that is only a secondary, non-counting signal gets the general next step, not drift advice.
    expect(gaps.find((gap) => gap.id === 'supervisor-role')?.recommendation).toBe('Prévoir une étape concrète vers le niveau suivant, avec les éléments de preuve à montrer à la prochaine évaluation.');
  });

  it('lists items rated only before or only now among the changes, without a number for their change', () => {
    const previous = makeAssessment(ips25, { ...uniformRatings(ips25, 3), disclosure: { score: null } });
    const changes = buildReportModel({ rubric: ips25, assessment: boston, locale: 'fr', generatedOn: '2026-11-28', previous }).changes;
    expect(changes?.items.find((item) => item.id === 'disclosure')).toMatchObject({ before: 'non coté', after: '4', delta: null });
  });

  it('lists every item in the item table', () => {
    expect(model.itemTable).toHaveLength(25);
    expect(model.itemTable[0]).toMatchObject({ number: 1, section: 'Personnel', score: '4', note: '23 personnes par spécialiste à temps plein.' });
  });

  it('leaves empty rows to fill by hand when the action plan is empty, and prints the user’s actions otherwise', () => {
    expect(model.actionPlan).toEqual({ rows: [], blankRows: 6 });
    const withActions = buildReportModel({ rubric: ips25, assessment: { ...boston, actions: [{ item: 'rapid-job-search', action: 'Premier contact employeur en 30 jours', owner: 'Équipe', due: '2027-03-01' }] }, locale: 'fr', generatedOn: '2026-11-28' });
    expect(withActions.actionPlan).toEqual({ rows: [{ item: '15. Recherche rapide d’un emploi compétitif', action: 'Premier contact employeur en 30 jours', owner: 'Équipe', due: '1 mars 2027' }], blankRows: 0 });
  });

  it('shows the change since a previous review, per item and in total', () => {
    const previous = makeAssessment(ips25, uniformRatings(ips25, 3), { review: { kind: 'self', date: '2026-05-20', raters: [] } });
    const withChanges = buildReportModel({ rubric: ips25, assessment: boston, locale: 'en', generatedOn: '2026-11-28', previous });
    expect(withChanges.changes?.total).toEqual({ before: '75', after: '79', delta: '+4' });
    expect(withChanges.changes?.items.find((item) => item.id === 'vr-collaboration')).toBeUndefined();
    expect(withChanges.changes?.previousDate).toBe('20 May 2026');
    expect(withChanges.changes?.items.find((item) => item.id === 'rapid-job-search')).toMatchObject({ before: '3', after: '1', delta: -2 });
    expect(withChanges.changes?.items.some((item) => item.delta === 0)).toBe(false);
  });

  it('gives a report for an assessment with nothing rated', () => {
    const empty = buildReportModel({ rubric: ips25, assessment: makeAssessment(ips25), locale: 'nl', generatedOn: '2026-11-28' });
    expect(empty.summary).toMatchObject({ total: '0', band: null, bandNote: 'Geen niveau: 25 items zijn nog niet beoordeeld.', strengths: [], topGaps: [], driftSentences: [] });
    expect(empty.itemTable.every((item) => item.score === 'niet beoordeeld')).toBe(true);
  });

  it('never uses U+202F, which the PDF fonts cannot draw', () => {
    const big = buildReportModel({ rubric: ips25, assessment: boston, locale: 'fr', generatedOn: '2026-11-28', previous: boston });
    expect(JSON.stringify(big).includes('\u202F')).toBe(false);
  });
});
