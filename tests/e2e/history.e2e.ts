import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Assessment, Rating } from '../../src/domain/assessment/assessment-schema.ts';
import { addMonths, daysBetween } from '../../src/domain/history/calendar-dates.ts';
import { todayIso } from '../../src/components/clock.ts';
import { formatIsoDate } from '../../src/components/format-date.ts';
import { bundledRubric } from '../helpers/factories.ts';
import { baseUrl, useWatchedBrowser } from './browser.ts';

const suite = useWatchedBrowser();
const ips25 = bundledRubric('ips-25');

// Review dates relative to today, so the due status is the same whichever day the test runs: the latest review
// (fair fidelity, re-reviewed after six months) is eight months old, so its follow-up is overdue.
const today = todayIso();
const firstDate = addMonths(today, -20);
const olderVersionDate = addMonths(today, -14);
const latestDate = addMonths(today, -8);

/** Every IPS-25 item at 3, with the given exceptions; an exception of null leaves the item out of the file. */
function ratings(exceptions: Record<string, number | null>): Record<string, Rating> {
  return Object.fromEntries(
    ips25.items.flatMap((item) => {
      const score = Object.hasOwn(exceptions, item.id) ? exceptions[item.id] : 3;
      return score === null || score === undefined ? [] : [[item.id, { score }]];
    }),
  );
}

function assessmentFile(id: string, date: string, kind: Assessment['review']['kind'], version: string, itemRatings: Record<string, Rating>): { name: string; mimeType: string; buffer: Buffer } {
  const assessment: Assessment = {
    format: 'ips-fidelity/assessment',
    formatVersion: 1,
    id,
    scale: { id: 'ips-25', version },
    // The same programme typed a little differently each time: the history still joins them.
    program: { name: id === 'tremplin-first' ? 'le tremplin ' : 'Le Tremplin', site: 'Namur' },
    review: { kind, date, raters: ['C. Coordinator'] },
    ratings: itemRatings,
  };
  return { name: `${id}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(assessment)) };
}

// 75 − 2 − 2 − 2 − 1 − 1 = 67: not supported employment.
const first = assessmentFile('tremplin-first', firstDate, 'self', ips25.version, ratings({ 'caseload-size': 1, 'zero-exclusion': 1, 'rapid-job-search': 1, disclosure: 2, 'agency-focus': 2 }));
// An older version of the scale without the employer-diversity item: 24 items, 72 + 1 + 1 − 1 = 73, and no band.
const olderVersion = assessmentFile('tremplin-older', olderVersionDate, 'external', 'older', ratings({ 'employer-diversity': null, 'caseload-size': 4, 'zero-exclusion': 4, 'rapid-job-search': 2 }));
// 75 + 2 + 2 − 2 + 2 + 1 = 80: fair fidelity.
const latest = assessmentFile('tremplin-latest', latestDate, 'consensus', ips25.version, ratings({ 'caseload-size': 5, 'zero-exclusion': 5, 'rapid-job-search': 1, 'employer-diversity': 5, 'competitive-jobs': 4 }));

async function importFiles(page: Page, files: ReadonlyArray<ReturnType<typeof assessmentFile>>): Promise<void> {
  for (const file of files) {
    await page.getByLabel('Import an assessment file…').setInputFiles(file);
    await page.getByText('Assessment “Le Tremplin” imported.').or(page.getByText('Assessment “le tremplin ” imported.')).waitFor();
  }
}

async function tableRows(page: Page, selector: string): Promise<string[][]> {
  // innerText: the text as shown, a line per block (the scale version sits on its own line under the date).
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll<HTMLElement>('th, td')].map((cell) => cell.innerText.trim())));
}

describe('programme history', () => {
  it('shows the timeline, the changes since the last review, the due date and the version note, and survives a reload and a phone', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=en`);
    // Imported out of order: the history orders them by review date.
    await importFiles(page, [latest, first, olderVersion]);
    await page.getByRole('link', { name: 'History (3 reviews)' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'History: Le Tremplin — Namur' }).waitFor();
    expect(page.url()).toMatch(/#\/a\/tremplin-[a-z]+\/history$/);

    const medium = (date: string) => formatIsoDate(date, 'en', 'medium');
    const rows = await tableRows(page, '.timeline-table');
    // The first cell holds the date, the kind of review and, since the versions differ, the scale version.
    expect(rows.map(([review, total, band, complete]) => ({ review: review?.replace(' (this one)', '').split('\n'), total, band, complete }))).toEqual([
      { review: [medium(firstDate), 'Self-audit', `version ${ips25.version}`], total: '67', band: 'Not supported employment', complete: 'Yes' },
      { review: [medium(olderVersionDate), 'External review', 'version older'], total: '73', band: '—', complete: 'No' },
      { review: [medium(latestDate), 'Consensus', `version ${ips25.version}`], total: '80', band: 'Fair fidelity', complete: 'Yes' },
    ]);

    const dueDate = addMonths(latestDate, 6);
    const overdueDays = daysBetween(dueDate, today);
    expect(await page.locator('.due-date').textContent()).toBe(`Next review due ${formatIsoDate(dueDate, 'en')}: overdue by ${overdueDays} days`);
    expect(await page.locator('.due-notice .due-icon').textContent()).toBe('⚠');

    const changes = page.locator('section', { has: page.getByRole('heading', { name: 'Changes since the last review' }) });
    expect(await changes.locator('.version-note').textContent()).toBe(`Compared on 24 of 25 items: the versions differ (older and ${ips25.version}).`);
    expect(await changes.locator('.item-changes li').allTextContents()).toEqual([
      '▲ 1. Caseload size: 4 → 5, improved by 1 point',
      '▲ 9. Zero exclusion criteria: 4 → 5, improved by 1 point',
      '▼ 15. Rapid job search for a competitive job: 2 → 1, declined by 1 point',
      '▲ 21. Competitive jobs: 3 → 4, improved by 1 point',
    ]);

    // Zero exclusion: 20 %, then 80 %, then 100 %; the marks are read out in words.
    const profile = await tableRows(page, '.profile-history-table');
    expect(profile.find(([principle]) => principle === 'Zero exclusion')?.map((cell) => cell.split('\n'))).toEqual([['Zero exclusion'], ['20%'], ['80% ▲', 'up'], ['100% ▲', 'up']]);

    // The chart loads on its own and draws one band line per band above the lowest.
    await page.locator('.timeline-chart .recharts-line').waitFor();
    expect((await page.locator('.threshold-legend li').allTextContents()).map((text) => text.trim())).toEqual(['Fair fidelity: from 74', 'Good fidelity: from 100', 'Exemplary fidelity: from 115']);

    const address = page.url();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'History: Le Tremplin — Namur' }).waitFor();
    expect(page.url()).toBe(address);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.timeline-chart .recharts-line').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('links each review to its results and back to the history, and Back returns', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=en`);
    await importFiles(page, [first, latest]);
    await page.getByRole('link', { name: 'History (2 reviews)' }).first().click();
    await page.getByRole('heading', { level: 1, name: /^History/ }).waitFor();
    const historyAddress = page.url();
    await page.locator('.timeline-table').getByRole('link', { name: formatIsoDate(firstDate, 'en', 'medium') }).click();
    await page.getByRole('heading', { level: 1, name: 'Results: le tremplin' }).waitFor();
    await page.getByRole('link', { name: 'History of this programme' }).click();
    await page.getByRole('heading', { level: 1, name: /^History/ }).waitFor();
    expect(page.url()).toMatch(/#\/a\/tremplin-first\/history$/);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Results: le tremplin' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /^History/ }).waitFor();
    expect(page.url()).toBe(historyAddress);
  });

  it('greets a programme’s first review, with its due date', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=fr`);
    await page.getByLabel('Importer un fichier d’évaluation…').setInputFiles(latest);
    await page.getByText('Évaluation « Le Tremplin » importée.').waitFor();
    expect(await page.getByRole('link', { name: /^Historique/ }).count()).toBe(0);
    await page.goto(`${baseUrl}#/a/tremplin-latest/history`);
    await page.getByRole('heading', { level: 1, name: 'Historique : Le Tremplin — Namur' }).waitFor();
    await page.getByText(`C’est la première évaluation de ce programme (${formatIsoDate(latestDate, 'fr')}).`).waitFor();
    expect(await page.locator('.due-date').textContent()).toContain(`Prochaine évaluation le ${formatIsoDate(addMonths(latestDate, 6), 'fr')}`);
    expect(await page.getByRole('heading', { name: 'Changements depuis la dernière évaluation' }).count()).toBe(0);
    expect(await page.locator('.timeline-table tbody tr').count()).toBe(1);
  });
});
