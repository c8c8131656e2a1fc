import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_RUBRIC_FILES, loadBundledRubrics } from '../../../src/domain/rubric/bundled-rubrics.ts';
import { renderScaleCatalog } from '../../../src/domain/rubric/bundled-catalog-render.ts';
import { renderRubricJsonSchema } from '../../../src/domain/rubric/rubric-json-schema.ts';
import { listRubricTexts } from '../../../src/domain/rubric/rubric-texts.ts';
import { parseRubric } from '../../../src/domain/rubric/parse-rubric.ts';
import { bundledRubric } from '../../helpers/factories.ts';

const scalesDirectory = new URL('../../../scales/', import.meta.url);

/** The item ids of the reference table (shared/reference/ips-fidelity.md §2): other tools refer to them. */
const IPS25_ITEM_IDS = [
  'caseload-size', 'employment-services-staff', 'vocational-generalists', 'team-assignment', 'team-contact',
  'vr-collaboration', 'vocational-unit', 'supervisor-role', 'zero-exclusion', 'agency-focus', 'executive-support',
  'work-incentives-planning', 'disclosure', 'work-based-assessment', 'rapid-job-search', 'individualized-job-search',
  'employer-contact-frequency', 'employer-contact-quality', 'job-type-diversity', 'employer-diversity',
  'competitive-jobs', 'individualized-follow-along', 'time-unlimited-follow-along', 'community-based-services',
  'assertive-engagement',
];

describe('the bundled rubrics', () => {
  it.each(Object.keys(BUNDLED_RUBRIC_FILES))('%s parses without a single problem', (fileName) => {
    const result = parseRubric(readFileSync(new URL(fileName, scalesDirectory), 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(loadBundledRubrics().map((rubric) => [rubric.id, rubric] as const))('%s has every text in every language it offers', (_id, rubric) => {
    const incomplete = listRubricTexts(rubric)
      .filter(({ text }) => rubric.locales.available.some((locale) => !text[locale]?.trim()))
      .map(({ path }) => path.join('.'));
    expect(incomplete).toEqual([]);
  });

  it.each(loadBundledRubrics().map((rubric) => [rubric.id, rubric] as const))('%s states that its wording is paraphrased and cites its source', (_id, rubric) => {
    expect(rubric.source.citation.length).toBeGreaterThan(20);
    expect(rubric.source.copyright.length).toBeGreaterThan(5);
    expect(Object.keys(rubric.source.paraphraseNotice)).toEqual(expect.arrayContaining(rubric.locales.available));
  });

  it('IPS-25 has the 25 items of the reference, in order, in three sections, in French, English and Dutch', () => {
    const ips25 = bundledRubric('ips-25');
    expect(ips25.items.map((item) => item.id)).toEqual(IPS25_ITEM_IDS);
    expect(ips25.items.map((item) => item.number)).toEqual(IPS25_ITEM_IDS.map((_, index) => index + 1));
    expect(ips25.sections.map((section) => section.id)).toEqual(['staffing', 'organization', 'services']);
    expect([...ips25.locales.available].sort()).toEqual(['en', 'fr', 'nl']);
    expect(ips25.scale).toEqual({ min: 1, max: 5 });
  });

  it('IPS-25 has the bands 115 / 100 / 74 of the score sheet', () => {
    const bands = bundledRubric('ips-25').scoring.bands.map(({ id, min, max }) => ({ id, min, max }));
    expect(bands).toEqual([
      { id: 'not-supported', min: 25, max: 73 },
      { id: 'fair', min: 74, max: 99 },
      { id: 'good', min: 100, max: 114 },
      { id: 'exemplary', min: 115, max: 125 },
    ]);
  });

  it('IPS-25 models the measured, counted and per-specialist items the reference shows', () => {
    const ips25 = bundledRubric('ips-25');
    const withMeasure = ips25.items.filter((item) => item.measure).map((item) => item.number);
    const withComponents = ips25.items.filter((item) => item.components).map((item) => item.number);
    const perSpecialist = ips25.items.filter((item) => item.perSpecialist).map((item) => item.number);
    expect(withMeasure).toEqual(expect.arrayContaining([1, 2, 15, 16, 17, 19, 20, 21, 24]));
    expect(withComponents).toEqual([5, 8, 10, 11, 13, 25]);
    expect(perSpecialist).toEqual([17, 18, 24]);
  });

  it('IPS-25 has the eight official principles, each the primary principle of at least one item', () => {
    const ips25 = bundledRubric('ips-25');
    const official = ['competitive-employment', 'zero-exclusion', 'integrated-treatment', 'worker-preferences', 'benefits-counselling', 'rapid-job-search', 'systematic-job-development', 'time-unlimited-support'];
    expect(ips25.principles.map((principle) => principle.id)).toEqual([...official, 'programme-structure']);
    for (const principleId of official) {
      expect(ips25.items.some((item) => item.principles.primary.includes(principleId)), principleId).toBe(true);
    }
  });

  it('IPS-15 has 15 items in French and English with the bands 66 / 56', () => {
    const ips15 = bundledRubric('ips-15');
    expect(ips15.items).toHaveLength(15);
    expect([...ips15.locales.available].sort()).toEqual(['en', 'fr']);
    expect(ips15.scoring.bands.map(({ min, max }) => [min, max])).toEqual([
      [15, 55],
      [56, 65],
      [66, 75],
    ]);
  });

  it('the principles self-check is French first and covers the seven principles of the seed', () => {
    const selfCheck = bundledRubric('ips-principles');
    expect(selfCheck.locales.default).toBe('fr');
    expect(selfCheck.principles).toHaveLength(7);
    for (const principle of selfCheck.principles) {
      expect(selfCheck.items.filter((item) => item.principles.primary.includes(principle.id)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('scales/rubric.schema.json is what the zod schema generates (run `npm run generate` after changing the format)', () => {
    const committed = readFileSync(fileURLToPath(new URL('rubric.schema.json', scalesDirectory)), 'utf8');
    expect(committed).toBe(renderRubricJsonSchema());
  });

  it('scales/catalog.json matches the shipped rubrics (run `npm run generate` after changing one)', () => {
    const committed = readFileSync(fileURLToPath(new URL('catalog.json', scalesDirectory)), 'utf8');
    expect(committed).toBe(renderScaleCatalog());
  });
});
