import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptSharedValues, createConsensus, parseAssessment, type Assessment } from '../../src/domain/index.ts';
import { buildReportModel } from '../../src/report/build-report-model.ts';
import { renderReportPdf } from '../../src/report/render-report-pdf.ts';
import { bundledRubric, makeAssessment, readFixture, uniformRatings } from '../helpers/factories.ts';

const ips25 = bundledRubric('ips-25');
const parsed = parseAssessment(readFixture('assessments/ips-25-boston-drift.json'), { findRubric: () => ips25 });
if (!parsed.ok) throw new Error('fixture');
const boston = parsed.assessment;

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
if (!hasPoppler()) throw new Error('pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils; .ci/run does).');

/** The text of a PDF as pdftotext reads it, and its page count. */
function readPdf(bytes: Uint8Array): { text: string; pages: number } {
  const path = join(mkdtempSync(join(tmpdir(), 'ips-report-')), 'report.pdf');
  writeFileSync(path, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

function render(assessment: Assessment, locale: 'fr' | 'en' | 'nl', previous?: Assessment) {
  return renderReportPdf(buildReportModel({ rubric: ips25, assessment, locale, generatedOn: '2026-11-28', previous }));
}

describe('renderReportPdf', () => {
  it('writes the French report with its accents, typography and French numbers intact', () => {
    const { text, pages } = readPdf(render(boston, 'fr'));
    expect(pages).toBeGreaterThanOrEqual(5);
    for (const expected of [
      'Rapport d’évaluation de fidélité',
      'Service d’insertion « Le Tremplin »',
      'Dérive vers la préparation (approche de Boston)',
      'Synthèse',
      'Analyse des écarts',
      'Plan d’action',
      '3,75 · 75 %',
      'Un module « prêt à l’emploi » est exigé avant toute recherche.',
      `Page 1 sur ${pages}`,
      `Page ${pages} sur ${pages}`,
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/paraphrase/i);
    expect(text).not.toContain('\u202F');
  });

  it.each([
    ['en', 'Fidelity review report', 'Boston-style preparation drift', 'Page 1 of'],
    ['nl', 'Rapport modelgetrouwheidsmeting', 'Voorbereidingsdrift', 'Pagina 1 van'],
  ] as const)('writes the report in %s', (locale, title, drift, page) => {
    const { text } = readPdf(render(boston, locale));
    expect(text).toContain(title);
    expect(text).toContain(drift);
    expect(text).toContain(page);
  });

  it('gives the same bytes for the same assessment and date', () => {
    expect(Buffer.from(render(boston, 'fr')).equals(Buffer.from(render(boston, 'fr')))).toBe(true);
  });

  it('shows the change since a previous review', () => {
    const previous = makeAssessment(ips25, uniformRatings(ips25, 3), { review: { kind: 'self', date: '2026-05-20', raters: [] } });
    const { text } = readPdf(render(boston, 'en', previous));
    expect(text).toContain('Change since the previous review (20 May 2026)');
  });

  it('adds the reviewers\' scores, the reasons and the agreement figures to a consensus report', () => {
    const reviewers = ['ips-25-reviewer-a.json', 'ips-25-reviewer-b.json'].map((name) => {
      const reviewer = parseAssessment(readFixture(`assessments/${name}`), { findRubric: () => ips25 });
      if (!reviewer.ok) throw new Error(name);
      return { label: name, assessment: reviewer.assessment };
    });
    const started = createConsensus(reviewers, { id: 'consensus', date: '2026-11-21', now: '2026-11-21T10:00:00.000Z' });
    if (!started.ok) throw new Error('consensus');
    const { ratings } = acceptSharedValues(ips25, started.consensus);
    ratings['disclosure'] = { score: 3, rationale: 'Disclosure is discussed with every person, not yet planned with employers.' };
    const consensus = { ...started.consensus, ratings };
    const { text } = readPdf(render(consensus, 'en'));
    expect(text).toContain('Annex: the reviewers\' independent ratings');
    expect(text).toContain('4 items are not settled yet: this report is provisional.');
    expect(text).toContain('Agreement between the reviewers (24 items rated by at least two)');
    expect(text).toMatch(/Same score: 83%/);
    expect(text.replace(/\s+/g, ' ')).toContain('Disclosure is discussed with every person, not yet planned with employers.');
    expect(text).toMatch(/Reviewer A\s+Reviewer B\s+Consensus/);
    expect(text).toMatch(/\n13\*\s+Disclosure\s+4\s+2\s+3\s/);
    expect(text).toMatch(/\n20\*\s+Diversity of employers\s+4\s+not rated\s+to settle\s/);
    // A report of an ordinary assessment has no annex.
    expect(readPdf(render(boston, 'en')).text).not.toContain('Annex');
  });

  it('gives a valid PDF for an assessment with every item unrated', () => {
    const { text, pages } = readPdf(render(makeAssessment(ips25), 'fr'));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Pas de niveau');
  });

  it('prints hostile and very long text as text, wrapped across pages', () => {
    const long = `<script>alert(1)</script> ${'évaluation très longue '.repeat(450)}`.slice(0, 10_000);
    const hostile = {
      ...boston,
      program: { name: '<img src=x onerror=alert(1)>', site: '“Site” — ‘test’ … œuvre €' },
      ratings: { ...boston.ratings, 'zero-exclusion': { score: 2, note: long }, 'caseload-size': { score: 4, note: 'emoji 🎉 and arrows → ≥ ✓' } },
    };
    const { text, pages } = readPdf(render(hostile, 'fr'));
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('“Site” — ‘test’ … œuvre €');
    expect(text).toContain('emoji ? and arrows -> >= v');
    expect(pages).toBeGreaterThan(readPdf(render(boston, 'fr')).pages);
  });

  it('holds no script, form, launch or link action whatever the text it prints', () => {
    const hostile = {
      ...boston,
      program: { name: '/JavaScript (app.alert(1)) /AcroForm /OpenAction' },
      ratings: { ...boston.ratings, disclosure: { score: 2, note: ') /S /JavaScript /JS (app.alert(2)) >> /Launch /URI (http://evil.example)' } },
    };
    // The page content is compressed, so the user's text never appears as PDF syntax; what remains readable is the
    // document's structure, where an action would be a dictionary name.
    const structure = Buffer.from(render(hostile, 'en')).toString('latin1');
    for (const action of ['/JavaScript', '/JS', '/AcroForm', '/Launch', '/URI', '/EmbeddedFile', '/XFA', '/SubmitForm']) {
      expect(structure).not.toMatch(new RegExp(`${action}\\b`));
    }
    // The one opening action jsPDF writes is the initial view (first page, fit width), not a script.
    expect(structure.match(/\/OpenAction\s*(\S+)/g)).toEqual(['/OpenAction [3']);
    const { text } = readPdf(render(hostile, 'en'));
    expect(text).toContain('/JavaScript (app.alert(1)) /AcroForm /OpenAction');
  });
});
