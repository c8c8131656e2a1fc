import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readTextFile, type CliIo } from '../../src/cli/cli-io.ts';
import { runCli, stripTerminalControls } from '../../src/cli/run-cli.ts';
import { fixturePath, loadFixtureRubric, makeAssessment } from '../helpers/factories.ts';

const scale = (name: string) => fileURLToPath(new URL(`../../scales/${name}`, import.meta.url));
const boston = fixturePath('assessments/ips-25-boston-drift.json');

async function run(args: string[], lang?: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += `${text}\n`), stderr: (text) => (stderr += `${text}\n`), readText: readTextFile };
  const code = await runCli(args, io, lang);
  return { code, stdout, stderr };
}

function temporaryFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ips-cli-')), name);
  writeFileSync(path, content);
  return path;
}

const looksLikeStackTrace = /\n\s+at .+\(.+:\d+:\d+\)/;

describe('validate', () => {
  it('accepts the bundled rubrics and exits 0', async () => {
    const result = await run(['validate', scale('ips-25.json'), scale('ips-15.json'), scale('ips-principles.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('valid rubric "ips-25" version');
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('lists every problem of an invalid rubric with its path and exits 1', async () => {
    const result = await run(['validate', fixturePath('rubrics/invalid/drift-signal-unknown-item.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('driftPatterns[0].signals[0].item: Refers to the item "rapid-contacts", which this rubric does not define.');
    expect(result.stderr).toContain('driftPatterns[0].rule.requireAnyOf[0]:');
  });

  it('checks the other files even when one is missing, and still exits 1', async () => {
    const result = await run(['validate', '/nowhere/rubric.json', scale('ips-15.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Cannot open /nowhere/rubric.json: no such file.');
    expect(result.stdout).toContain('"ips-15"');
  });

  it.each([
    ['/dev/zero', 'Cannot open /dev/zero: it is not an ordinary file.'],
    ['/tmp', 'Cannot open /tmp: it is a folder, not a file.'],
  ])('refuses %s without reading it', async (path, message) => {
    const result = await run(['validate', path]);
    expect(result).toMatchObject({ code: 1, stderr: `${message}\n` });
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const path = temporaryFile('huge.json', `[${'0,'.repeat(11 * 1024 * 1024)}0]`);
    const result = await run(['validate', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/it is 22\.0 MB, larger than the 20 MB a rubric or assessment can be/);
  });

  it('lists at most 50 problems and counts the rest', async () => {
    const assessment = makeAssessment(loadFixtureRubric(), Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`unknown-item-${index}`, { score: 3 }])));
    const path = temporaryFile('many.json', JSON.stringify(assessment));
    const result = await run(['validate', path, '--scale', fixturePath('rubrics/mini-rubric.json')]);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(52);
    expect(lines.at(-1)).toBe('… and 70 more problems.');
  });

  it('validates an assessment against the bundled scales too', async () => {
    const result = await run(['validate', boston]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('25/25 items rated');
  });
});

describe('score', () => {
  it('prints the documented JSON shape', async () => {
    const result = await run(['score', boston, '--json']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['scale', 'total', 'min', 'max', 'complete', 'band', 'sections', 'principles', 'gaps', 'drift']);
    expect(output).toMatchObject({ scale: { id: 'ips-25' }, total: 79, min: 25, max: 125, complete: true, band: { id: 'fair', label: 'Fair fidelity' } });
    expect(output.sections).toEqual([
      { id: 'staffing', score: 12, max: 15 },
      { id: 'organization', score: 26, max: 40 },
      { id: 'services', score: 41, max: 70 },
    ]);
    expect(output.principles.find((principle: { id: string }) => principle.id === 'rapid-job-search')).toEqual({ id: 'rapid-job-search', mean: 1.5, percent: 30 });
    expect(output.gaps[0]).toEqual({ item: 'rapid-job-search', score: 1, target: 4 });
    expect(output.drift.find((pattern: { id: string }) => pattern.id === 'preparation-drift')).toMatchObject({ detected: true });
    expect(output.drift.filter((pattern: { detected: boolean }) => pattern.detected).map((pattern: { id: string }) => pattern.id)).toEqual(['preparation-drift', 'low-job-development']);
  });

  it('labels the band in the requested language', async () => {
    const result = await run(['score', boston, '--json', '--lang', 'nl']);
    expect(JSON.parse(result.stdout).band.label).toBe('Redelijke modelgetrouwheid');
  });

  it('writes a readable report in French, with French number formatting', async () => {
    const result = await run(['score', boston, '--lang', 'fr']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Total : 79 sur 125 \(63\s%\) · Fidélité passable/);
    expect(result.stdout).toContain('[DÉTECTÉE] Dérive vers la préparation (approche de Boston) (force 0,86)');
    expect(result.stdout).toContain('Niveau suivant (2)');
  });

  it('takes the language from LANG when --lang is absent', async () => {
    const result = await run(['score', boston], 'nl_BE.UTF-8');
    expect(result.stdout).toContain('Totaal: 79 van 125');
  });

  it('scores an assessment of a rubric loaded with --scale', async () => {
    const mini = loadFixtureRubric();
    const assessment = makeAssessment(mini, { caseload: { score: 5 }, 'team-contact': { score: 5 }, 'rapid-contact': { score: 1 }, 'job-quality': { score: 2 } });
    const path = temporaryFile('mini.json', JSON.stringify(assessment));
    const result = await run(['score', path, '--scale', fixturePath('rubrics/mini-rubric.json'), '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ scale: { id: 'mini' }, total: 13, band: { id: 'fair' }, drift: [{ id: 'slow-start', detected: true }] });
  });

  it.each([
    [['score', '/nowhere/a.json'], 'Cannot open /nowhere/a.json: no such file.'],
    [['score'], 'The score command needs 1 file(s).'],
    [['score', fixturePath('rubrics/invalid/not-json.json')], 'The file is not valid JSON: the text breaks at line 1, column 1.'],
    [['score', scale('ips-25.json')], 'This is not an assessment file: "format" should be "ips-fidelity/assessment" (found "ips-fidelity/rubric").'],
    [['score', boston, '--scale', fixturePath('rubrics/invalid/bands-gap.json')], 'scoring.bands[1]: No band covers the totals above 9 and below 11'],
    [['score', boston, '--lang', 'de'], 'Unknown language "de": use fr, en or nl.'],
  ])('answers %j with one paragraph and exit code 1', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(looksLikeStackTrace);
  });

  it('names a scale that is not loaded', async () => {
    const path = temporaryFile('dacts.json', JSON.stringify({ ...makeAssessment(loadFixtureRubric()), scale: { id: 'dacts', version: '1' } }));
    const result = await run(['score', path, '--lang', 'fr']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cette évaluation porte sur la grille « dacts » (version 1), qui n’est pas chargée.');
  });
});

describe('agreement', () => {
  const reviewerA = fixturePath('assessments/ips-25-reviewer-a.json');
  const reviewerB = fixturePath('assessments/ips-25-reviewer-b.json');

  it('prints the documented JSON shape', async () => {
    const result = await run(['agreement', reviewerA, reviewerB, '--json']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output)).toEqual(['raters', 'items', 'exactAgreement', 'withinOne', 'meanAbsoluteDifference', 'krippendorffAlpha', 'discrepancies']);
    // Reviewer B left employer-diversity unrated: 24 comparable items, 20 identical, 3 one apart, 1 two apart.
    expect(output).toMatchObject({ raters: 2, items: 24, exactAgreement: 0.833, withinOne: 0.958, meanAbsoluteDifference: 0.208 });
    expect(output.discrepancies[0]).toEqual({ item: 'disclosure', scores: [4, 2] });
    expect(output.krippendorffAlpha).toEqual({ nominal: 0.754, ordinal: 0.814, interval: 0.798 });
  });

  it('refuses to compare assessments of different scales', async () => {
    const path = temporaryFile('mini.json', JSON.stringify(makeAssessment(loadFixtureRubric(), { caseload: { score: 3 } })));
    const result = await run(['agreement', reviewerA, path, '--scale', fixturePath('rubrics/mini-rubric.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('different scales (ips-25, mini)');
  });

  it('needs at least two files', async () => {
    expect((await run(['agreement', reviewerA])).code).toBe(1);
  });
});

describe('report', () => {
  it('writes the PDF gap report, the same bytes for the same date', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ips-cli-report-'));
    const first = join(directory, 'a.pdf');
    const second = join(directory, 'b.pdf');
    const result = await run(['report', boston, '-o', first, '--lang', 'fr', '--date', '2026-11-28', '--previous', fixturePath('assessments/ips-25-reviewer-b.json')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Rapport écrit dans ${first}.`);
    await run(['report', boston, '-o', second, '--lang', 'fr', '--date', '2026-11-28', '--previous', fixturePath('assessments/ips-25-reviewer-b.json')]);
    expect(readFileSync(first).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
  });

  it.each([
    [['report', 'x.json'], 'The report command needs 1 file(s).'],
    [['report', 'x.json', '-o', '/tmp/x.pdf', '--date', '28/11/2026'], 'The date "28/11/2026" is not of the form YYYY-MM-DD.'],
  ])('answers %j with one paragraph and exit code 1', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('says so when the report cannot be written', async () => {
    const result = await run(['report', boston, '-o', '/nonexistent-folder/report.pdf']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Cannot write \/nonexistent-folder\/report\.pdf: /);
  });
});

describe('agreement text report', () => {
  it('says when there is nothing to compare, rather than claiming perfect agreement', async () => {
    const mini = loadFixtureRubric();
    const first = temporaryFile('a.json', JSON.stringify(makeAssessment(mini, { caseload: { score: 2 } })));
    const second = temporaryFile('b.json', JSON.stringify(makeAssessment(mini, { 'team-contact': { score: 3 } })));
    const result = await run(['agreement', first, second, '--scale', fixturePath('rubrics/mini-rubric.json')]);
    expect(result.stdout).toContain('No item was scored by two raters or more');
    expect(result.stdout).not.toContain('same score on every item');
  });

  it('lists items one rater marked not applicable while another scored them', async () => {
    const mini = loadFixtureRubric();
    const first = temporaryFile('a.json', JSON.stringify(makeAssessment(mini, { caseload: { score: 2 }, 'job-quality': { score: 2 } })));
    const second = temporaryFile('b.json', JSON.stringify(makeAssessment(mini, { caseload: { score: 2 }, 'job-quality': { na: true } })));
    const result = await run(['agreement', first, second, '--scale', fixturePath('rubrics/mini-rubric.json')]);
    expect(result.stdout).toContain('Items one rater marked not applicable while another scored them:\n  4. Quality of contact');
  });

  it('prints the figures of the two reviewers', async () => {
    const result = await run(['agreement', fixturePath('assessments/ips-25-reviewer-a.json'), fixturePath('assessments/ips-25-reviewer-b.json')]);
    expect(result.stdout).toContain('Exact agreement: 83%');
    expect(result.stdout).toContain('Within one point: 96%');
    expect(result.stdout).toMatch(/Krippendorff's alpha \(nominal \/ ordinal \/ interval\): 0\.754 \/ 0\.814 \/ 0\.798/);
  });
});

describe('the command line itself', () => {
  it('never passes terminal control characters from a file to the terminal', async () => {
    const mini = loadFixtureRubric();
    const path = temporaryFile('ctrl.json', JSON.stringify(makeAssessment(mini, { caseload: { score: 2 } }, { program: { name: 'Evil\u001b[31mRed\u0007\u202Eesrever' } })));
    const result = await run(['score', path, '--scale', fixturePath('rubrics/mini-rubric.json')]);
    // The escape, bell and right-to-left override are gone; what is left is harmless text.
    expect(result.stdout).toContain('Evil[31mRedesrever');
    for (const control of ['\u001b', '\u0007', '\u202e']) expect(result.stdout.includes(control)).toBe(false);
  });

  it.each([[['frobnicate']], [['score', boston, '--frobnicate']], [[]]])('shows the usage for %j and exits 1', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain('Usage: ips-fidelity <command>');
  });

  it('runs as `ips-fidelity` through its bin script, with exit codes and no stack traces', async () => {
    const bin = fileURLToPath(new URL('../../bin/ips-fidelity.mjs', import.meta.url));
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, [bin, 'score', boston, '--json']);
    expect(JSON.parse(ok.stdout).total).toBe(79);
    const failure = await exec(process.execPath, [bin, 'score', '/nowhere.json']).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim()).toBe('Cannot open /nowhere.json: no such file.');
  }, 30_000);
});

describe('consensus', () => {
  const reviewerA = fixturePath('assessments/ips-25-reviewer-a.json');
  const reviewerB = fixturePath('assessments/ips-25-reviewer-b.json');

  it('writes a consensus with the shared scores agreed and lists the items to settle, leaving the reviewers\' files as they were', async () => {
    const before = [readFileSync(reviewerA, 'utf8'), readFileSync(reviewerB, 'utf8')];
    const output = join(mkdtempSync(join(tmpdir(), 'ips-cli-consensus-')), 'consensus.json');
    const result = await run(['consensus', reviewerA, reviewerB, '-o', output, '--date', '2026-11-21']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect([readFileSync(reviewerA, 'utf8'), readFileSync(reviewerB, 'utf8')]).toEqual(before);
    expect(result.stdout).toContain(`Consensus written to ${output}: 20 of 25 items agreed, 5 to settle.`);
    expect(result.stdout).toContain('  13. Disclosure: Reviewer A 4 · Reviewer B 2 (2 points apart)');
    expect(result.stdout).toContain('  20. Diversity of employers: Reviewer A 4 · Reviewer B not rated (not rated by every reviewer)');
    const written = JSON.parse(readFileSync(output, 'utf8')) as { review: unknown; ratings: Record<string, unknown>; consensus: { reviewers: unknown[] } };
    expect(written.review).toEqual({ kind: 'consensus', date: '2026-11-21', raters: ['Reviewer A', 'Reviewer B'] });
    expect(Object.keys(written.ratings)).toHaveLength(20);
    expect(written.ratings['disclosure']).toBeUndefined();
    expect(written.consensus.reviewers).toHaveLength(2);
    // The written consensus is itself a valid assessment the other commands read.
    const validated = await run(['validate', output]);
    expect(validated.code).toBe(0);
    const reported = await run(['report', output, '-o', `${output}.pdf`, '--date', '2026-11-22']);
    expect(reported.code).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', `${output}.pdf`, '-'], { encoding: 'utf8' });
    expect(text).toContain('Annex: the reviewers\' independent ratings');
  });

  it('gives the items to settle as JSON', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'ips-cli-consensus-')), 'consensus.json');
    const result = await run(['consensus', reviewerA, reviewerB, '-o', output, '--json']);
    const parsed = JSON.parse(result.stdout) as { settled: number; toSettle: Array<{ item: string; values: unknown[]; agreement: string }> };
    expect(parsed.settled).toBe(20);
    expect(parsed.toSettle.map((item) => item.item)).toEqual(['vr-collaboration', 'zero-exclusion', 'disclosure', 'rapid-job-search', 'employer-diversity']);
    expect(parsed.toSettle[2]).toEqual({ item: 'disclosure', number: 13, values: [4, 2], agreement: 'differ-by-two-or-more' });
  });

  it('says it in French', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'ips-cli-consensus-')), 'consensus.json');
    const result = await run(['consensus', reviewerA, reviewerB, '-o', output, '--lang', 'fr']);
    expect(result.stdout).toContain('20 items sur 25 retenus, 5 à trancher.');
    expect(result.stdout).toContain('13. Divulgation (dévoilement) du trouble à l’employeur\u00A0: Reviewer A 4 · Reviewer B 2 (2 points d’écart)');
  });

  it.each([
    [['consensus', reviewerA, '-o', '/tmp/x.json'], /^The consensus command needs 2\+ file\(s\)\./],
    [['consensus', reviewerA, reviewerB], /^The consensus command needs 2\+ file\(s\)\./],
    [['consensus', reviewerA, reviewerB, '-o', reviewerB], /is one of the reviewers' files; reviewers' files are never overwritten/],
    [['consensus', reviewerA, reviewerA, '-o', '/tmp/x.json'], /ips-25-reviewer-a\.json is the same assessment as .*ips-25-reviewer-a\.json; give each reviewer's own file once\./],
  ])('refuses %j with a clear message', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(looksLikeStackTrace);
  });

  it('refuses a consensus given as a reviewer\'s file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ips-cli-consensus-'));
    const first = join(directory, 'first.json');
    await run(['consensus', reviewerA, reviewerB, '-o', first]);
    const result = await run(['consensus', first, reviewerB, '-o', join(directory, 'second.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${first} is already a consensus; give the reviewers' own files.\n`);
  });
});

describe('the broken-assessment corpus on the command line', () => {
  const corpus = readdirSync(fixturePath('assessments/invalid')).filter((name) => name.endsWith('.json') && name !== 'expected-errors.json');
  const expected = JSON.parse(readFileSync(fixturePath('assessments/invalid/expected-errors.json'), 'utf8')) as Record<string, Array<{ path: string; message: string }>>;

  it.each(corpus)('score %s: exit 1 with the parser\'s first message, no stack trace', async (name) => {
    const result = await run(['score', fixturePath(`assessments/invalid/${name}`)]);
    expect(result.code).toBe(1);
    const first = expected[name]![0]!;
    // The terminal never receives control characters, even quoted from the file.
    expect(result.stderr).toContain(stripTerminalControls(first.path ? `${first.path}: ${first.message}` : first.message));
    expect(result.stderr).not.toMatch(looksLikeStackTrace);
  });

  it('gives the messages in French with --lang fr', async () => {
    const result = await run(['validate', fixturePath('assessments/invalid/scale-not-loaded.json'), '--lang', 'fr']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('scale.id\u00A0: Cette évaluation porte sur la grille « dacts » (version 2003), qui n’est pas chargée.');
  });
});
