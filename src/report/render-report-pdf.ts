import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { fillTemplate } from '../domain/index.ts';
import type { ReportModel } from './build-report-model.ts';

// Only jsPDF's text, vector drawing and autoTable are used: never html(), addJS, AcroForm or a new window, so
// nothing from a file can run, and the optional html2canvas / DOMPurify code is never loaded.

const PAGE = { width: 210, height: 297, margin: 18, top: 24, bottom: 30 };
const WIDTH = PAGE.width - 2 * PAGE.margin;
const INK: [number, number, number] = [26, 26, 26];
const MUTED: [number, number, number] = [90, 90, 90];
const ACCENT: [number, number, number] = [29, 78, 216];

/**
 * Helvetica (WinAnsi) draws French and Dutch accents and « » ’ … but not every character a user may type: those
 * outside it are replaced so a stray emoji or arrow cannot garble the line around it.
 */
function toPdfText(text: string): string {
  return text
    .replace(/\u202F/g, '\u00A0')
    .replace(/[≥]/g, '>=')
    .replace(/[≤]/g, '<=')
    .replace(/→/g, '->')
    .replace(/[✓✔]/g, 'v')
    // eslint-disable-next-line no-control-regex -- tab and newline are kept on purpose
    .replace(/[^\u0009\u000A\u0020-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/gu, '?');
}

class ReportWriter {
  readonly doc: jsPDF;
  private y = PAGE.top;

  constructor(private readonly model: ReportModel) {
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
    // Fixed metadata: the same model gives the same bytes.
    this.doc.setCreationDate(new Date(Date.UTC(2000, 0, 1)));
    this.doc.setFileId('00000000000000000000000000000000');
    this.doc.setProperties({ title: toPdfText(`${model.cover.title} — ${model.cover.programme}`), subject: toPdfText(model.cover.scale), creator: 'IPS fidelity review' });
    this.doc.setLanguage(model.locale === 'fr' ? 'fr' : model.locale === 'nl' ? 'nl' : 'en-GB');
  }

  /** Starts a new page unless `height` millimetres still fit on this one. */
  ensureRoom(height: number) {
    if (this.y + height > PAGE.height - PAGE.bottom) this.newPage();
  }

  newPage() {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  heading(text: string, size = 15) {
    this.ensureRoom(size * 0.9);
    this.y += 2;
    this.doc.setFont('helvetica', 'bold').setFontSize(size).setTextColor(...INK);
    for (const line of this.doc.splitTextToSize(toPdfText(text), WIDTH) as string[]) {
      this.ensureRoom(size * 0.45);
      this.doc.text(line, PAGE.margin, this.y);
      this.y += size * 0.45;
    }
    this.y += 1.5;
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; color?: [number, number, number]; indent?: number; gapAfter?: number } = {}) {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    this.doc.setFont('helvetica', options.bold ? 'bold' : 'normal').setFontSize(size).setTextColor(...(options.color ?? INK));
    const lineHeight = size * 0.42;
    for (const line of this.doc.splitTextToSize(toPdfText(text), WIDTH - indent) as string[]) {
      this.ensureRoom(lineHeight);
      this.doc.text(line, PAGE.margin + indent, this.y);
      this.y += lineHeight;
    }
    this.y += options.gapAfter ?? 1.5;
  }

  bullets(lines: readonly string[], size = 10) {
    for (const line of lines) {
      this.ensureRoom(size * 0.42);
      this.doc.setFont('helvetica', 'normal').setFontSize(size).setTextColor(...INK);
      this.doc.text('•', PAGE.margin + 1, this.y);
      this.paragraph(line, { size, indent: 5, gapAfter: 0.8 });
    }
    this.y += 1;
  }

  table(head: string[], body: string[][], columnStyles: Record<number, { cellWidth?: number | 'auto' | 'wrap' }> = {}) {
    autoTable(this.doc, {
      head: [head.map(toPdfText)],
      body: body.map((row) => row.map(toPdfText)),
      startY: this.y,
      margin: { left: PAGE.margin, right: PAGE.margin, top: PAGE.top, bottom: PAGE.bottom },
      styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.6, overflow: 'linebreak', textColor: INK, lineColor: [200, 200, 200], lineWidth: 0.1 },
      headStyles: { fillColor: [235, 240, 252], textColor: INK, fontStyle: 'bold' },
      columnStyles,
      // A row is never split across two pages: a score must stay beside its item.
      rowPageBreak: 'avoid',
    });
    this.y = ((this.doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? this.y) + 6;
  }

  /**
   * The band scale: one shaded segment per band, in proportion to its range, the total marked above and below the
   * bar; the band names go in a legend underneath, so narrow bands never squeeze their label.
   */
  bandScale() {
    const { bands, totalValue, max } = this.model.summary;
    const low = bands[0]?.min ?? 0;
    const span = Math.max(1, max - low);
    const height = 7;
    this.ensureRoom(height + 16 + bands.length * 5);
    const top = this.y + 5;
    const shadeOf = (index: number) => 240 - index * 30;
    bands.forEach((band, index) => {
      const x = PAGE.margin + ((band.min - low) / span) * WIDTH;
      const width = ((Math.min(band.max, max) - band.min + (index === bands.length - 1 ? 0 : 1)) / span) * WIDTH;
      this.doc.setFillColor(shadeOf(index), shadeOf(index), 255).setDrawColor(...MUTED).setLineWidth(0.2);
      this.doc.rect(x, top, width, height, 'FD');
    });
    if (totalValue !== null) {
      const x = PAGE.margin + ((Math.min(Math.max(totalValue, low), max) - low) / span) * WIDTH;
      this.doc.setFillColor(...INK);
      this.doc.triangle(x - 1.8, top - 4, x + 1.8, top - 4, x, top - 0.5, 'F');
      this.doc.triangle(x - 1.8, top + height + 4, x + 1.8, top + height + 4, x, top + height + 0.5, 'F');
      this.doc.setFont('helvetica', 'bold').setFontSize(9).setTextColor(...INK).text(toPdfText(this.model.summary.total), x + 2.5, top - 1.5);
    }
    this.y = top + height + 8;
    bands.forEach((band, index) => {
      this.doc.setFillColor(shadeOf(index), shadeOf(index), 255).setDrawColor(...MUTED).rect(PAGE.margin, this.y - 2.8, 5, 3.2, 'FD');
      this.doc.setFont('helvetica', band.isCurrent ? 'bold' : 'normal').setFontSize(9).setTextColor(...INK);
      // The programme's band: bold and pointed at, not told by colour alone.
      this.doc.text(toPdfText(`${band.label} (${band.min}–${band.max})${band.isCurrent ? '  <' : ''}`), PAGE.margin + 7, this.y);
      this.y += 4.6;
    });
    this.y += 3;
  }

  /** The principle profile as horizontal bars (percent of maximum), drawn with vector primitives. */
  profileChart() {
    const rows = this.model.summary.profile;
    const labelWidth = 70;
    const barWidth = WIDTH - labelWidth - 22;
    for (const row of rows) {
      this.ensureRoom(6);
      // The whole principle name on one line: the font shrinks to fit rather than the name being cut.
      let size = 8.5;
      this.doc.setFont('helvetica', 'normal').setTextColor(...INK);
      while (size > 6 && this.doc.setFontSize(size).getTextWidth(toPdfText(row.title)) > labelWidth - 2) size -= 0.25;
      this.doc.text(toPdfText(row.title), PAGE.margin, this.y + 3);
      this.doc.setFontSize(8.5);
      this.doc.setDrawColor(...MUTED).setLineWidth(0.15).rect(PAGE.margin + labelWidth, this.y, barWidth, 4);
      if (row.percent !== null) {
        this.doc.setFillColor(...ACCENT).rect(PAGE.margin + labelWidth, this.y, (barWidth * row.percent) / 100, 4, 'F');
        this.doc.text(toPdfText(`${row.mean} · ${row.percentText}`), PAGE.margin + labelWidth + barWidth + 2, this.y + 3);
      } else this.doc.text('—', PAGE.margin + labelWidth + barWidth + 2, this.y + 3);
      this.y += 6;
    }
    this.y += 3;
  }

  /** Running header and footer on every page but the cover, with "page x of y". */
  decoratePages() {
    const pages = this.doc.getNumberOfPages();
    const { labels, header, footer } = this.model;
    for (let page = 1; page <= pages; page += 1) {
      this.doc.setPage(page);
      this.doc.setFont('helvetica', 'normal').setFontSize(7.5).setTextColor(...MUTED);
      this.doc.text(toPdfText(`${header.programme} · ${header.date}`), PAGE.margin, 12);
      this.doc.setDrawColor(...MUTED).setLineWidth(0.1).line(PAGE.margin, 14, PAGE.width - PAGE.margin, 14);
      // The paraphrase statement first (it must never be cut), then the citation.
      this.doc.setFontSize(6.5);
      const lines = [
        ...(this.doc.splitTextToSize(toPdfText(footer.paraphraseNotice), WIDTH - 26) as string[]),
        ...(this.doc.splitTextToSize(toPdfText(footer.citation), WIDTH - 26) as string[]),
      ].slice(0, 8);
      this.doc.text(lines, PAGE.margin, PAGE.height - 24, { lineHeightFactor: 1.15 });
      this.doc.setFontSize(7.5).text(toPdfText(fillTemplate(labels.page, { page, pages })), PAGE.width - PAGE.margin, PAGE.height - 24, { align: 'right' });
    }
  }
}

/**
 * Draws a report model as a PDF (A4): cover, summary with the band scale and the principle profile, drift, gap
 * analysis, item table, change since the previous review, action plan; header and footer on every page. Same
 * model, same bytes.
 */
export function renderReportPdf(model: ReportModel): Uint8Array {
  const writer = new ReportWriter(model);
  const { labels, cover, summary } = model;
  const colon = labels.colon;
  const fromTo = (score: number, target: number) => fillTemplate(labels.fromTo, { score, target });

  writer.paragraph(cover.title, { size: 24, bold: true, gapAfter: 6 });
  writer.paragraph(cover.programme, { size: 16, bold: true, gapAfter: 8 });
  const coverRows: Array<[string, string]> = [
    [labels.site, cover.site ?? '—'],
    [labels.date, cover.date],
    [labels.kind, cover.kind],
    [labels.raters, cover.raters.join(', ') || '—'],
    [labels.scale, `${cover.scale} (${labels.version} ${cover.scaleVersion})`],
    [labels.language, cover.language],
  ];
  for (const [label, value] of coverRows) {
    writer.paragraph(label, { size: 9, color: MUTED, gapAfter: 0.5 });
    writer.paragraph(value, { size: 12, gapAfter: 3 });
  }
  writer.paragraph(cover.generatedOn, { size: 9, color: MUTED });

  writer.newPage();
  writer.heading(labels.summary, 18);
  writer.paragraph(`${labels.total}${colon} ${summary.total} / ${summary.max} · ${summary.band ? summary.band.label : (summary.bandNote ?? '')}`, { size: 13, bold: true, gapAfter: 4 });
  writer.bandScale();
  writer.heading(labels.profile, 12);
  writer.profileChart();
  writer.heading(labels.strengths, 12);
  writer.bullets(summary.strengths.map((strength) => `${strength.number}. ${strength.title} (${strength.score}) — ${strength.anchor}`));
  writer.heading(labels.topGaps, 12);
  writer.bullets(summary.topGaps.map((gap) => `${gap.number}. ${gap.title}${colon} ${fromTo(gap.score, gap.target)}`));
  writer.heading(labels.driftAlerts, 12);
  writer.bullets(summary.driftSentences.length > 0 ? summary.driftSentences : [labels.noDrift]);

  if (model.drift.length > 0) {
    writer.newPage();
    writer.heading(labels.driftSection, 18);
    for (const pattern of model.drift) {
      writer.heading(`${pattern.title} (${pattern.strength})`, 13);
      writer.paragraph(pattern.description);
      writer.paragraph(labels.signals, { bold: true });
      writer.bullets(pattern.signals.map((signal) => `${signal.number}. ${signal.title}${colon} ${signal.score}`));
      writer.paragraph(labels.recommendations, { bold: true });
      writer.bullets(pattern.recommendations);
      if (pattern.caveat) writer.paragraph(`${labels.notDrift}${colon} ${pattern.caveat}`, { color: MUTED, gapAfter: 4 });
    }
  }

  if (model.gapAnalysis.length > 0) {
    writer.newPage();
    writer.heading(labels.gapAnalysis, 18);
    for (const group of model.gapAnalysis) {
      writer.heading(group.principle.title, 13);
      for (const gap of group.gaps) {
        writer.paragraph(`${gap.number}. ${gap.title}${colon} ${fromTo(gap.score, gap.target)}`, { bold: true });
        writer.paragraph(`${labels.current} (${gap.score})${colon} ${gap.currentAnchor}`, { indent: 4 });
        writer.paragraph(`${labels.nextLevel} (${gap.score + 1})${colon} ${gap.nextAnchor}`, { indent: 4 });
        if (gap.evidence) writer.paragraph(`${labels.evidence}${colon} ${gap.evidence}`, { indent: 4, color: MUTED });
        writer.paragraph(`${labels.recommendation}${colon} ${gap.recommendation}`, { indent: 4, gapAfter: 3 });
      }
    }
  }

  writer.newPage();
  writer.heading(labels.itemTable, 18);
  writer.table(
    ['#', labels.item, labels.section, labels.principle, labels.score, labels.note],
    model.itemTable.map((row) => [String(row.number), row.title, row.section, row.principle, row.score, row.note ?? '']),
    { 0: { cellWidth: 8 }, 1: { cellWidth: 45 }, 2: { cellWidth: 22 }, 3: { cellWidth: 30 }, 4: { cellWidth: 14 } },
  );

  if (model.changes) {
    writer.heading(fillTemplate(labels.changes, { date: model.changes.previousDate }), 14);
    writer.paragraph(`${labels.total}${colon} ${fillTemplate(labels.fromTo, { score: model.changes.total.before, target: model.changes.total.after })} (${model.changes.total.delta})`, { bold: true });
    writer.table(
      ['#', labels.item, labels.before, labels.after, labels.change],
      model.changes.items.map((row) => [String(row.number), row.title, row.before, row.after, row.delta === null ? '—' : `${row.delta > 0 ? '+' : ''}${row.delta}`]),
    );
  }

  // The action plan is one block: its heading and rows start on a fresh page if they would not fit.
  writer.ensureRoom(24 + (model.actionPlan.rows.length + model.actionPlan.blankRows) * 13);
  writer.heading(labels.actionPlan, 14);
  writer.table(
    [labels.item, labels.action, labels.owner, labels.due],
    [...model.actionPlan.rows.map((row) => [row.item, row.action, row.owner, row.due]), ...Array.from({ length: model.actionPlan.blankRows }, () => ['\n\n', '', '', ''])],
    { 0: { cellWidth: 45 }, 2: { cellWidth: 28 }, 3: { cellWidth: 24 } },
  );

  const annex = model.consensusAnnex;
  if (annex) {
    writer.newPage();
    writer.heading(labels.annex, 18);
    writer.paragraph(annex.intro);
    if (annex.provisionalNote) writer.paragraph(annex.provisionalNote, { bold: true });
    writer.heading(annex.agreementHeading, 12);
    writer.bullets(annex.figures.map((figure) => `${figure.label}${colon} ${figure.value}`));
    // A mark beside the number, not colour alone, shows the items the reviewers first rated differently.
    writer.paragraph(labels.differsLegend, { size: 9, color: MUTED });
    writer.table(
      ['#', labels.item, ...annex.reviewers, labels.consensus, labels.rationale],
      annex.rows.map((row) => [`${row.number}${row.differs ? '*' : ''}`, row.title, ...row.values, row.consensus, row.rationale]),
      {
        0: { cellWidth: 11 },
        1: { cellWidth: 50 },
        // Two or three reviewers keep their names on one line; more share the width.
        ...Object.fromEntries(annex.reviewers.map((_, index) => [index + 2, { cellWidth: annex.reviewers.length <= 3 ? 22 : ('auto' as const) }])),
        [annex.reviewers.length + 2]: { cellWidth: 22 },
      },
    );
  }

  writer.decoratePages();
  return new Uint8Array(writer.doc.output('arraybuffer'));
}
