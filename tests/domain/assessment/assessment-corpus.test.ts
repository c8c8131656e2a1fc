import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessment, parseRubric, type ValidationIssue } from '../../../src/domain/index.ts';
import { bundledRubric, fixturePath, readFixture } from '../../helpers/factories.ts';

const findRubric = (id: string) => (id === 'ips-25' ? bundledRubric('ips-25') : undefined);
const expectedByFile = JSON.parse(readFixture('assessments/invalid/expected-errors.json')) as Record<string, ValidationIssue[]>;
const corpusFiles = readdirSync(fixturePath('assessments/invalid')).filter((name) => name.endsWith('.json') && name !== 'expected-errors.json');

describe('parseAssessment on the broken-assessment corpus', () => {
  it('has an expected message for every broken file, and a file for every expectation', () => {
    expect(Object.keys(expectedByFile).sort()).toEqual([...corpusFiles].sort());
    expect(corpusFiles.length).toBeGreaterThanOrEqual(25);
  });

  it.each(corpusFiles)('refuses %s with the message it must give', (fileName) => {
    const result = parseAssessment(readFixture(`assessments/invalid/${fileName}`), { findRubric });
    expect(result.ok ? [] : result.errors).toEqual(expectedByFile[fileName]);
  });

  it('says it in French and Dutch too', () => {
    const truncated = readFixture('assessments/invalid/truncated.json');
    const french = parseAssessment(truncated, { findRubric, locale: 'fr' });
    const dutch = parseAssessment(truncated, { findRubric, locale: 'nl' });
    expect(french.ok ? '' : french.errors[0]?.message).toBe('Le fichier s’arrête trop tôt à la ligne 13, colonne 5 : il semble tronqué.');
    expect(dutch.ok ? '' : dutch.errors[0]?.message).toMatch(/^Het bestand .*regel 13, kolom 5/);
    const date = parseAssessment(readFixture('assessments/invalid/bad-date.json'), { findRubric, locale: 'fr' });
    expect(date.ok ? '' : date.errors[0]?.message).toBe('Doit être une date au format AAAA-MM-JJ (trouvé : « 20/11/2026 »).');
  });
});

describe('huge files', () => {
  // 50 MB is generated here rather than committed: the repository stays small, the file is the same each run.
  const fiftyMegabytes = `{"format":"ips-fidelity/assessment","formatVersion":1,"program":{"name":"${'x'.repeat(50 * 1024 * 1024)}"}}`;

  it.each([
    ['an assessment', () => parseAssessment(fiftyMegabytes, { findRubric })],
    ['a rubric', () => parseRubric(fiftyMegabytes)],
  ])('refuses a 50 MB file given as %s before parsing it', (_kind, parse) => {
    const result = parse();
    expect(result.ok ? [] : result.errors).toEqual([{ path: '', code: 'json.too-large', message: 'The file is 50.0 MB, more than the 20 MB a rubric or assessment can be.' }]);
  });
});

describe('text that is unusual but valid', () => {
  it('keeps right-to-left, emoji, control characters and markup in names and notes exactly as written', () => {
    const assessment = JSON.parse(readFixture('assessments/invalid/../ips-25-reviewer-a.json')) as Record<string, unknown> & { program: { name: string }; ratings: Record<string, { note?: string }> };
    assessment.program.name = 'מרכז תעסוקה — مركز التوظيف 🌱';
    assessment.ratings['disclosure'] = { note: '<script>alert(1)</script> \u202Egnirts desrever\u202C bell\u0007 <img src=x onerror=alert(2)>' };
    const result = parseAssessment(JSON.stringify(assessment), { findRubric });
    expect(result.ok && result.assessment.program.name).toBe('מרכז תעסוקה — مركز التوظيف 🌱');
    expect(result.ok && result.assessment.ratings['disclosure']?.note).toBe(assessment.ratings['disclosure']?.note);
  });
});
