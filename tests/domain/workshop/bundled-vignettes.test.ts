import { describe, expect, it } from 'vitest';
import { detectDrift, scoreAssessment } from '../../../src/domain/index.ts';
import { BUNDLED_VIGNETTE_FILES, loadBundledVignettes } from '../../../src/domain/workshop/bundled-vignettes.ts';
import { parseVignette } from '../../../src/domain/workshop/parse-vignette.ts';
import { bundledRubric } from '../../helpers/factories.ts';

const findRubric = (id: string) => (id === 'ips-25' ? bundledRubric('ips-25') : undefined);

describe('shipped vignettes', () => {
  const vignettes = loadBundledVignettes(findRubric);

  it('are at least three, each in French and English', () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(3);
    for (const vignette of vignettes) {
      expect(vignette.locales.available).toEqual(expect.arrayContaining(['fr', 'en']));
      for (const paragraph of vignette.paragraphs) expect(Object.keys(paragraph)).toEqual(expect.arrayContaining(['fr', 'en']));
      for (const reference of Object.values(vignette.reference)) expect(Object.keys(reference.why)).toEqual(expect.arrayContaining(['fr', 'en']));
    }
  });

  it.each(Object.keys(BUNDLED_VIGNETTE_FILES))('%s shows exactly the drift it claims when rated as the reference says', (fileName) => {
    const result = parseVignette(BUNDLED_VIGNETTE_FILES[fileName], { findRubric });
    if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join('\n'));
    const ratings = Object.fromEntries(Object.entries(result.vignette.reference).map(([item, reference]) => [item, { score: reference.score }]));
    const detected = detectDrift(bundledRubric('ips-25'), { ratings })
      .filter((drift) => drift.detected)
      .map((drift) => drift.id);
    expect(detected.sort()).toEqual([...result.vignette.expectedDrift].sort());
  });

  it('cover the three situations a workshop needs: preparation drift, near exemplary, sheltered or clinical-silo drift', () => {
    const rubric = bundledRubric('ips-25');
    const byId = new Map(vignettes.map((vignette) => [vignette.id, vignette]));
    const bandOf = (id: string) => {
      const vignette = byId.get(id)!;
      const ratings = Object.fromEntries(Object.entries(vignette.reference).map(([item, reference]) => [item, { score: reference.score }]));
      return scoreAssessment(rubric, { ratings }).band?.id;
    };
    expect(byId.get('ips-25-preparation-first')!.expectedDrift).toContain('preparation-drift');
    expect(bandOf('ips-25-near-exemplary')).toMatch(/good|exemplary/);
    expect(byId.get('ips-25-near-exemplary')!.expectedDrift).toEqual([]);
    expect(byId.get('ips-25-clinical-silo')!.expectedDrift.some((id) => id === 'clinical-silo' || id === 'sheltered-work-drift')).toBe(true);
  });
});
