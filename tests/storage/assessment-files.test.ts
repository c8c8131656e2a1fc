import { describe, expect, it } from 'vitest';
import { parseAssessment } from '../../src/domain/index.ts';
import { summariseNetwork } from '../../src/domain/network/summarise-network.ts';
import { buildNetworkCsv, buildScoresCsv, makeFileName, makeNetworkFileName, serializeAssessment } from '../../src/storage/assessment-files.ts';
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

describe('network table files', () => {
  it('writes the rows in the order given, band labels in the reader\'s language, principles by id, formulas neutralised', () => {
    const { rows } = summariseNetwork(ips25, [
      makeAssessment(ips25, uniformRatings(ips25, 4), { program: { name: '=HYPERLINK("x")', site: 'Namur, centre' } }),
      makeAssessment(ips25, uniformRatings(ips25, 3, { disclosure: null }), { program: { name: 'Cap', site: '' }, review: { kind: 'self', date: '2025-01-31', raters: [] } }),
    ]);
    const lines = buildNetworkCsv(ips25, [rows[1]!, rows[0]!], 'fr').replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(`programme,site,review_date,total,band,complete,percent_of_max,${ips25.principles.map((principle) => principle.id).join(',')}`);
    expect(lines[1]).toBe('Cap,,2025-01-31,72,,no,57.6,60,60,60,60,60,60,60,60,60');
    expect(lines[2]).toBe(`"'=HYPERLINK(""x"")","Namur, centre",2026-11-27,100,Bonne fidélité,yes,80,${ips25.principles.map(() => '80').join(',')}`);
  });

  it('names the file after the title, the date and the scale', () => {
    expect(makeNetworkFileName('Réseau wallon — 2026', '2026-11-28', 'ips-25')).toBe('reseau-wallon-2026_2026-11-28_ips-25.csv');
    expect(makeNetworkFileName('???', '2026-11-28', 'ips-25')).toBe('network_2026-11-28_ips-25.csv');
  });
});
