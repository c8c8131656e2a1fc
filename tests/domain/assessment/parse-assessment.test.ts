import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../../src/domain/assessment/parse-assessment.ts';
import type { Rubric } from '../../../src/domain/rubric/rubric-schema.ts';
import { bundledRubric, loadFixtureRubric, makeAssessment, readFixture } from '../../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');
const mini = loadFixtureRubric();
const rubrics = new Map<string, Rubric>([
  [ips25.id, ips25],
  [mini.id, mini],
]);
const findRubric = (id: string) => rubrics.get(id);

function errorsOf(raw: unknown, locale: 'en' | 'fr' | 'nl' = 'en') {
  const result = parseAssessment(raw, { findRubric, locale });
  return result.ok ? [] : result.errors.map(({ path, code, message }) => ({ path, code, message }));
}

describe('parseAssessment', () => {
  it('reads a saved IPS-25 assessment and finds its rubric', () => {
    const result = parseAssessment(readFixture('assessments/ips-25-boston-drift.json'), { findRubric });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rubric?.id).toBe('ips-25');
    expect(result.assessment.ratings['caseload-size']).toEqual({ score: 4, measure: 23, note: '23 personnes par spécialiste à temps plein.', sources: ['MIS'] });
    expect(result.warnings).toEqual([]);
  });

  it('accepts ratings without a score: not rated yet', () => {
    const result = parseAssessment(makeAssessment(mini, { caseload: { note: 'to check' }, 'team-contact': { score: null } }), { findRubric });
    expect(result.ok).toBe(true);
  });

  it('checks only the shape when no rubric lookup is given', () => {
    const result = parseAssessment(makeAssessment(mini, { 'no-such-item': { score: 9 } }));
    expect(result.ok && result.rubric).toBeNull();
  });

  it('says which scale is missing when the rubric is not loaded', () => {
    const assessment = { ...makeAssessment(mini), scale: { id: 'dacts', version: '2' } };
    expect(errorsOf(assessment)).toEqual([
      { path: 'scale.id', code: 'assessment.scale-not-loaded', message: 'This assessment is for the scale "dacts" (version 2), which is not loaded. Load the rubric file for that scale first.' },
    ]);
  });

  it('names unknown items and scores outside the scale', () => {
    expect(errorsOf(makeAssessment(mini, { caseload: { score: 6 }, 'case-load': { score: 3 } }))).toEqual([
      { path: 'ratings.caseload.score', code: 'assessment.score-outside-scale', message: 'The score 6 is outside the scale (1–5).' },
      { path: 'ratings.case-load', code: 'assessment.unknown-item', message: 'The scale "mini" has no item "case-load".' },
    ]);
  });

  it('refuses "not applicable" where the rubric does not allow it, and a score together with it', () => {
    expect(errorsOf(makeAssessment(mini, { caseload: { na: true }, 'job-quality': { na: true, score: 3 } })).map((error) => [error.path, error.code])).toEqual([
      ['ratings.caseload.na', 'assessment.na-not-allowed'],
      ['ratings.job-quality', 'assessment.score-and-na'],
    ]);
  });

  it('refuses evidence that does not belong to the item', () => {
    const assessment = makeAssessment(mini, {
      caseload: { measure: -3, components: ['meeting'] },
      'team-contact': { components: ['meeting', 'lunch'], specialists: [{ value: 2 }] },
      'job-quality': { measure: 4 },
    });
    expect(errorsOf(assessment).map((error) => [error.path, error.code])).toEqual([
      // The measure has a minimum and no maximum: the message names only the limit that exists.
      ['ratings.caseload.measure', 'assessment.measure-too-low'],
      ['ratings.caseload.components', 'assessment.no-components'],
      ['ratings.team-contact.specialists', 'assessment.no-specialists'],
      ['ratings.team-contact.components[1]', 'assessment.unknown-component'],
      ['ratings.job-quality.measure', 'assessment.no-measure'],
    ]);
  });

  it('refuses per-specialist values outside what the item allows', () => {
    const assessment = makeAssessment(mini, { 'rapid-contact': { specialists: [{ value: 3 }, { value: -1 }] }, 'job-quality': { specialists: [{ value: 4 }, { value: 9 }] } });
    expect(errorsOf(assessment).map((error) => [error.path, error.code])).toEqual([
      ['ratings.rapid-contact.specialists[1].value', 'assessment.measure-too-low'],
      // Scored per specialist without a measure: the scale's 1–5 are both limits.
      ['ratings.job-quality.specialists[1].value', 'assessment.measure-outside'],
    ]);
  });

  it('warns, without refusing, when the assessment was made with another version of the rubric', () => {
    const assessment = { ...makeAssessment(mini, { caseload: { score: 3 } }), scale: { id: 'mini', version: '0.9' } };
    const result = parseAssessment(assessment, { findRubric });
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual(['assessment.version-differs']);
  });

  it('checks the shape: kind, date, programme name', () => {
    const assessment = { ...makeAssessment(mini), review: { kind: 'audit', date: '27/11/2026', raters: [] }, program: { name: ' ' } };
    expect(errorsOf(assessment).map((error) => error.path)).toEqual(['program.name', 'review.kind', 'review.date']);
  });

  it('says in one sentence that a rubric is not an assessment', () => {
    expect(errorsOf(readFixture('rubrics/mini-rubric.json'), 'fr')).toEqual([
      { path: 'format', code: 'format.not-assessment', message: 'Ce n’est pas un fichier d’évaluation : « format » devrait valoir « ips-fidelity/assessment » (trouvé : "ips-fidelity/rubric").' },
    ]);
  });

  it('gives the position of a truncated file', () => {
    const text = readFixture('assessments/ips-25-boston-drift.json');
    const errors = errorsOf(text.slice(0, 400), 'nl');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('json.truncated');
    expect(errors[0]!.message).toMatch(/^Het bestand stopt te vroeg op regel \d+, kolom \d+/);
  });

  it('refuses a file from a newer version of the tool', () => {
    expect(errorsOf({ ...makeAssessment(mini), formatVersion: 7 }).map((error) => error.code)).toEqual(['format.newer-version']);
  });
});

describe('assessment format versions', () => {
  it('refuses a version that is not a whole number', () => {
    const result = parseAssessment({ ...makeAssessment(mini), formatVersion: 1.5 }, { findRubric });
    expect(!result.ok && result.errors[0]!.code).toBe('format.unknown-version');
  });

  it('passes the shipped migration list (empty while version 1 is current) and reports none applied', () => {
    const result = parseAssessment(makeAssessment(mini), { findRubric });
    expect(result.ok && result.migrations).toEqual([]);
  });
});
