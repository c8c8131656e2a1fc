import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/domain/index.ts';
import { buildScoresCsv, makeFileName, serializeAssessment } from '../../src/storage/assessment-files.ts';
import { bundledRubric, makeAssessment, uniformRatings } from '../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');

describe('assessment files', () => {
  it('exports a file the parser reads back to the same assessment', () => {
    const assessment = makeAssessment(ips25, uniformRatings(ips25, 4, { disclosure: 2 }));
    const result = parseAssessment(serializeAssessment(assessment), { findRubric: () => ips25 });
    expect(result.ok && result.assessment).toEqual(assessment);
  });

  it('names files after the programme, date and scale, in safe characters', () => {
    const assessment = makeAssessment(ips25, {}, { program: { name: 'Service d’insertion « Le Tremplin » / Namur' } });
    expect(makeFileName(assessment, 'json')).toBe('service-d-insertion-le-tremplin-namur_2026-11-27_ips-25.json');
  });

  it('writes the scores as CSV, one row per item then the total, with formulas neutralised', () => {
    const assessment = makeAssessment(ips25, { ...uniformRatings(ips25, 4), 'caseload-size': { score: 4, note: '=HYPERLINK("x"), "quoted"; ok' } });
    const csv = buildScoresCsv(ips25, assessment, 'fr');
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines).toHaveLength(27);
    expect(lines[0]).toBe('number,item,title,section,score,not_applicable,note');
    expect(lines[1]).toContain('1,caseload-size,');
    expect(lines[1]).toContain(',4,,"\'=HYPERLINK(""x""), ""quoted""; ok"');
    expect(lines[26]).toBe(',total,,,100,,Bonne fidélité');
  });
});
