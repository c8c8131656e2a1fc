import { describe, expect, it } from 'vitest';
import { importNetworkFiles, makeImportReportState, readImportReport } from '../../src/components/network-import.ts';
import { bundledRubric, makeAssessment, uniformRatings } from '../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');
const ips15 = bundledRubric('ips-15');
const rubrics = new Map([ips25, ips15].map((rubric) => [rubric.id, rubric]));

function jsonFile(name: string, value: unknown): File {
  return new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });
}

async function importFiles(files: File[]) {
  const progress: Array<[number, number]> = [];
  const result = await importNetworkFiles(files, {
    locale: 'en',
    rubrics,
    describeOtherScale: (fileScaleId, networkScaleId) => `${fileScaleId} is not ${networkScaleId}`,
    onProgress: (done, total) => progress.push([done, total]),
  });
  return { ...result, progress };
}

describe('importNetworkFiles', () => {
  it('keeps the files of the scale most files are of, refuses the others by name, and counts what is not .json', async () => {
    const { scaleId, members, refused, skippedCount, progress } = await importFiles([
      jsonFile('site-10.json', makeAssessment(ips25, uniformRatings(ips25, 4), { program: { name: 'Ten' } })),
      jsonFile('site-2.json', makeAssessment(ips25, {}, { program: { name: 'Two' } })),
      jsonFile('old.json', makeAssessment(ips15, {}, { program: { name: 'Old' } })),
      jsonFile('broken.json', '{ "format": "ips-fidelity/assessment", '),
      new File(['minutes'], 'minutes.txt'),
      new File(['x'], '.DS_Store'),
    ]);
    expect(scaleId).toBe('ips-25');
    // Files are read in name order, numbers compared as numbers.
    expect(members.map((member) => member.program.name)).toEqual(['Two', 'Ten']);
    expect(refused.map((file) => file.fileName)).toEqual(['broken.json', 'old.json']);
    expect(refused[0]?.messages[0]).toMatch(/line 1/);
    expect(refused[1]?.messages).toEqual(['ips-15 is not ips-25']);
    expect(skippedCount).toBe(2);
    expect(progress.at(-1)).toEqual([4, 4]);
  });

  it('reads files with accents and a byte-order mark as their text', async () => {
    const text = `\uFEFF${JSON.stringify(makeAssessment(ips25, {}, { program: { name: 'Liège – Équipe ✓', site: 'Namur' } }))}`;
    const { members } = await importFiles([jsonFile('a.json', text), jsonFile('b.json', makeAssessment(ips25, {}, { program: { name: 'Ça va' } }))]);
    expect(members.map((member) => member.program.name)).toEqual(['Liège – Équipe ✓', 'Ça va']);
  });

  it('gives no scale and no member when no file is an assessment, and at most three reasons per file', async () => {
    const wrong = makeAssessment(ips25, { 'no-such-item': { score: 9 }, 'another-item': { score: 9 }, 'caseload-size': { score: 9 }, 'zero-exclusion': { score: 9 } });
    const { scaleId, members, refused } = await importFiles([jsonFile('wrong.json', wrong)]);
    expect(scaleId).toBeNull();
    expect(members).toEqual([]);
    expect(refused[0]?.messages).toHaveLength(3);
  });
});

describe('the import report in a history entry', () => {
  it('reads back what was stored', () => {
    const report = { refused: [{ fileName: 'broken.json', messages: ['Truncated.'] }], skippedCount: 1 };
    expect(readImportReport(structuredClone(makeImportReportState(report)))).toEqual(report);
  });

  it.each([null, undefined, 'text', { other: 1 }, { networkImport: { refused: 'no', skippedCount: 1 } }])('finds none in %j', (state) => {
    expect(readImportReport(state)).toBeNull();
  });
});
