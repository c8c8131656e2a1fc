import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHeatMap, filterNetworkRows, sortNetworkRows, summariseNetwork } from '../../src/domain/network/summarise-network.ts';
import { bundledRubric, makeAssessment } from '../helpers/factories.ts';
import { generateNetworkAssessments } from '../helpers/network-files.ts';
import { findViolations } from './axe.ts';
import { baseUrl, useWatchedBrowser } from './browser.ts';

const suite = useWatchedBrowser();
const ips25 = bundledRubric('ips-25');
const ips15 = bundledRubric('ips-15');
const network = generateNetworkAssessments(28);
// The dashboard's figures, worked out by the core the page uses: the test checks the drawing, not the sums.
const { rows } = summariseNetwork(ips25, network);
const englishOrder = new Intl.Collator('en', { numeric: true }).compare;

let folder = '';
let files: string[] = [];
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ips-network-'));
  files = network.map((assessment, index) => {
    const path = join(folder, `site-${String(index).padStart(2, '0')}.json`);
    writeFileSync(path, JSON.stringify(assessment, null, 2));
    return path;
  });
  writeFileSync(join(folder, 'broken.json'), '{ "format": "ips-fidelity/assessment", "ratings": {');
  writeFileSync(join(folder, 'other-scale.json'), JSON.stringify(makeAssessment(ips15, {}, { program: { name: 'Ancienne grille', site: 'Namur' } })));
  writeFileSync(join(folder, 'minutes.txt'), 'Not an assessment.');
  files.push(join(folder, 'broken.json'), join(folder, 'other-scale.json'), join(folder, 'minutes.txt'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function importNetwork(viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await suite.open({ viewport });
  await page.goto(`${baseUrl}?lang=en`);
  await page.getByLabel('Import a network’s assessments…').setInputFiles(files);
  await page.getByRole('table').waitFor();
  return page;
}

function totalHeader(page: Page) {
  return page.getByRole('columnheader', { name: /^Total/ });
}

describe('importing a network', () => {
  it('imports a whole folder, lists the refused files by name with the reason, and keeps the dashboard at its address', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByLabel('Import a whole folder…').setInputFiles(folder);
    await page.getByRole('table').waitFor();
    expect(page.url()).toMatch(/#\/network\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /^28 assessments — / }).waitFor();
    expect(await page.locator('.result-headline').textContent()).toBe('28 assessments on IPS Supported Employment Fidelity Scale (IPS-25)');
    const refused = page.locator('.refused-files');
    expect(await refused.locator('p').textContent()).toBe('2 files were not imported (the others were):');
    // A folder pick names each file by its path inside the picked folder.
    expect(await refused.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^ips-network-\w+\/broken\.json The file ends too early at line 1/),
      expect.stringMatching(/^ips-network-\w+\/other-scale\.json This is an assessment on “IPS Fidelity Scale, 15 items \(1997\)”, while this network’s assessments are on “IPS Supported Employment Fidelity Scale \(IPS-25\)”/),
    ]);
    await page.getByText('1 file that is not .json was left aside.').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(28);

    const address = page.url();
    await page.reload();
    await page.getByRole('table').waitFor();
    expect(page.url()).toBe(address);
    expect(await page.locator('tbody tr').count()).toBe(28);
    expect(await refused.getByRole('listitem').count()).toBe(2);

    // Back to the home screen, then Forward to the dashboard: both addresses still work.
    await page.goBack();
    await page.getByRole('heading', { name: 'Networks' }).waitFor();
    await page.getByRole('link', { name: /^Open — 28 assessments/ }).waitFor();
    await page.goForward();
    await page.getByRole('table').waitFor();
    expect(page.url()).toBe(address);

    // A bookmark opens the dashboard alone, without the import's messages.
    const fresh = await page.context().newPage();
    await fresh.goto(address);
    await fresh.getByRole('table').waitFor();
    expect(await fresh.locator('tbody tr').count()).toBe(28);
    expect(await fresh.locator('.refused-files').count()).toBe(0);
    await fresh.close();
  });

  it('renames a network and deletes it from the home screen, with undo', async () => {
    const page = await importNetwork();
    await page.getByText('Rename').click();
    await page.getByLabel('Title of the network').fill('Walloon network');
    await page.getByRole('button', { name: 'Save the title' }).click();
    await page.getByText('Title saved.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Walloon network' }).waitFor();
    await page.getByRole('link', { name: /All networks and assessments/ }).click();
    await page.getByRole('button', { name: 'Delete — Walloon network' }).click();
    await page.getByText('Network “Walloon network” deleted.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Open — Walloon network' }).click();
    await page.getByRole('table').waitFor();
  });
});

describe('the network dashboard', () => {
  it('sorts by total both ways, the column header saying which', async () => {
    const page = await importNetwork();
    expect(await totalHeader(page).getAttribute('aria-sort')).toBeNull();
    await totalHeader(page).getByRole('button').click();
    expect(await totalHeader(page).getAttribute('aria-sort')).toBe('ascending');
    const ascending = sortNetworkRows(ips25, rows, { key: { by: 'total' }, direction: 'ascending' }, englishOrder);
    // A partial sum says so beside the figure, and sorts after the complete totals.
    expect(await page.locator('tbody tr td.is-number').allTextContents()).toEqual(ascending.map((row) => (row.isComplete ? String(row.total) : `${row.total} (partial: items not rated)`)));
    expect(await page.locator('tbody tr th').allTextContents()).toEqual(ascending.map((row) => row.programme));

    await totalHeader(page).getByRole('button').click();
    expect(await totalHeader(page).getAttribute('aria-sort')).toBe('descending');
    const descending = sortNetworkRows(ips25, rows, { key: { by: 'total' }, direction: 'descending' }, englishOrder);
    expect(await page.locator('tbody tr th').allTextContents()).toEqual(descending.map((row) => row.programme));

    // The history entry keeps the sort and the filters: a reload shows the table as it was left.
    await page.getByRole('region', { name: 'Filters' }).getByLabel('Fair fidelity').uncheck();
    const withoutFair = descending.filter((row) => row.bandId !== 'fair');
    await page.getByText(`${withoutFair.length} of 28 assessments match the filters.`).waitFor();
    await page.reload();
    await page.getByRole('table').waitFor();
    expect(await totalHeader(page).getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByRole('region', { name: 'Filters' }).getByLabel('Fair fidelity').isChecked()).toBe(false);
    expect(await page.locator('tbody tr th').allTextContents()).toEqual(withoutFair.map((row) => row.programme));
  });

  it('filters by band, counts the distribution and writes each heat-map cell as text with its level', async () => {
    const page = await importNetwork();
    const filters = page.getByRole('region', { name: 'Filters' });
    for (const band of ['Not supported employment', 'Fair fidelity', 'Exemplary fidelity', 'No band']) await filters.getByLabel(band).uncheck();
    const good = sortNetworkRows(ips25, filterNetworkRows(ips25, rows, { bandIds: ['good'] }), { key: { by: 'programme' }, direction: 'ascending' }, englishOrder);
    expect(good.length).toBeGreaterThan(1);
    await page.getByText(`${good.length} of 28 assessments match the filters.`).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(good.length);
    expect(new Set(await page.locator('tbody tr td:nth-child(5)').allTextContents())).toEqual(new Set(['Good fidelity']));
    expect(await page.locator('.band-bar-row').allTextContents()).toEqual([
      'Not supported employment0 (0%)',
      'Fair fidelity0 (0%)',
      `Good fidelity${good.length} (100%)`,
      'Exemplary fidelity0 (0%)',
      'No band0 (0%)',
    ]);

    const levelWords = { 'at-target': 'at or above the target', 'near-target': 'less than one point below', 'below-target': 'more than one point below' };
    const marks = { 'at-target': '●', 'near-target': '◐', 'below-target': '○' };
    const firstRow = buildHeatMap(ips25, good).rows[0]!;
    const expectedCells = firstRow.cells.map((cell) => (cell.level === null || cell.percent === null ? '—not rated' : `${marks[cell.level]} ${Math.round(cell.percent)}%, ${levelWords[cell.level]}`));
    expect(await page.locator('tbody tr').first().locator('td.heat-cell').allTextContents()).toEqual(expectedCells);
  });

  it('exports the table as filtered and sorted to CSV', async () => {
    const page = await importNetwork();
    await page.getByRole('region', { name: 'Filters' }).getByLabel('Programme or site contains').fill('liege');
    await totalHeader(page).getByRole('button').click();
    await totalHeader(page).getByRole('button').click();
    const expected = sortNetworkRows(ips25, filterNetworkRows(ips25, rows, { search: 'liege' }), { key: { by: 'total' }, direction: 'descending' }, englishOrder);
    expect(expected.length).toBeGreaterThan(1);
    await page.getByText(`${expected.length} of 28 assessments match the filters.`).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the table (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^28-assessments-[a-z0-9-]+_\d{4}-\d{2}-\d{2}_ips-25\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(`programme,site,review_date,total,band,complete,percent_of_max,${ips25.principles.map((principle) => principle.id).join(',')}`);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 4).join(','))).toEqual(expected.map((row) => `${row.programme},${row.site},${row.reviewDate},${row.total}`));
  });

  it('finds no accessibility violation on the home screen with a network and on the dashboard, in French', async () => {
    const { page } = await suite.open({ bypassCsp: true });
    await page.goto(`${baseUrl}?lang=fr`);
    await page.getByLabel('Importer les évaluations d’un réseau…').setInputFiles(files);
    await page.getByRole('table').waitFor();
    await page.getByText('2 fichiers n’ont pas été importés (les autres l’ont été) :').waitFor();
    expect(await findViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Tous les réseaux et évaluations/ }).click();
    await page.getByRole('heading', { name: 'Réseaux' }).waitFor();
    expect(await findViolations(page)).toEqual([]);
  });

  it('fits a 390 px phone: the table scrolls inside its own box, never the page', async () => {
    const page = await importNetwork({ width: 390, height: 844 });
    const widths = await page.evaluate(() => {
      const box = document.querySelector('.table-scroll');
      return { page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, box: box?.clientWidth ?? 0, table: box?.scrollWidth ?? 0 };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.table).toBeGreaterThan(widths.box);
  });
});
