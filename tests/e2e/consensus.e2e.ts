import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/factories.ts';
import { baseUrl, useWatchedBrowser } from './browser.ts';

const suite = useWatchedBrowser();
const reviewerFiles = [fixturePath('assessments/ips-25-reviewer-a.json'), fixturePath('assessments/ips-25-reviewer-b.json')];

describe('two reviewers agree a consensus', () => {
  it('brings both files together, agrees the shared scores, asks a reason for a changed score, keeps it all on reload, and prints the annex', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('link', { name: 'Bring reviewers’ ratings together' }).click();
    await page.getByRole('heading', { name: 'Consensus of reviewers' }).waitFor();
    await page.getByLabel('Add reviewers’ files…').setInputFiles(reviewerFiles);
    await expect.poll(() => page.locator('.chosen-reviewers li').count()).toBe(2);
    await page.getByRole('button', { name: 'Start the consensus' }).click();

    await page.getByRole('heading', { name: 'Consensus: Le Tremplin — Namur' }).waitFor();
    expect(page.url()).toMatch(/#\/a\/[0-9a-f-]{36}\/consensus$/);
    // The independent ratings: 20 of 24 comparable items identical, 23 within one point.
    await expect.poll(() => page.locator('.figures').innerText()).toMatch(/Same score\s+83%\s+Within one point\s+96%/);
    await page.getByRole('heading', { name: '0 of 25 items agreed' }).waitFor();

    await page.getByRole('button', { name: 'Agree the 20 items where every reviewer gave the same score' }).click();
    await page.getByRole('heading', { name: '20 of 25 items agreed' }).waitFor();
    await page.getByRole('radio', { name: 'To settle (5)' }).check();
    await expect.poll(() => page.locator('.consensus-item').count()).toBe(5);

    const disclosure = page.locator('#item-disclosure');
    await expect.poll(() => disclosure.locator('.agreement-badge').innerText()).toContain('2 points apart');
    await disclosure.getByRole('radio', { name: '3', exact: true }).check();
    await expect.poll(() => disclosure.innerText()).toContain('A reason is needed: the agreed score differs from Reviewer A, Reviewer B.');
    await page.getByRole('heading', { name: '20 of 25 items agreed · 1 needs a reason' }).waitFor();
    await disclosure.getByLabel('Reason for the agreed score').fill('Disclosure is discussed with each person; plans with employers are not written yet.');
    await page.getByRole('heading', { name: '21 of 25 items agreed' }).waitFor();
    // Settled while the "to settle" filter is on: the item stays in view, marked agreed.
    await expect.poll(() => disclosure.locator('.settle-status').innerText()).toBe('✓ Agreed');

    await page.reload();
    await page.getByRole('heading', { name: '21 of 25 items agreed' }).waitFor();
    await expect.poll(() => page.locator('#item-disclosure textarea').inputValue()).toBe('Disclosure is discussed with each person; plans with employers are not written yet.');

    await page.getByRole('link', { name: 'See results' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PDF report' }).click()]);
    const path = await download.path();
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Annex: the reviewers\' independent ratings');
    expect(text).toContain('4 items are not settled yet: this report is provisional.');

    // Only the consensus is saved: the reviewers' files were read, not imported as assessments of their own.
    await page.goto(`${baseUrl}#/`);
    await expect.poll(() => page.locator('.saved-entry').count()).toBe(1);
  });

  it('refuses a file of another scale and a broken file with their names, and fits a phone', async () => {
    const { page } = await suite.open({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}?lang=fr#/consensus/new`);
    await page.getByRole('heading', { name: 'Consensus des évaluateurs' }).waitFor();
    const file = (path: string) => ({ name: path.split('/').at(-1) ?? path, mimeType: 'application/json', buffer: readFileSync(path) });
    await page.getByLabel('Ajouter les fichiers des évaluateurs…').setInputFiles([
      file(reviewerFiles[0]!),
      { name: 'casse.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "ips-fidelity/assessment",') },
      file(fixturePath('assessments/ips-15-example.json')),
    ]);
    await expect.poll(() => page.getByRole('alert').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('casse.json n’a pas été ajouté')]));
    await expect.poll(() => page.locator('.chosen-reviewers li').count()).toBe(2);
    await expect.poll(() => page.getByRole('alert').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('ips-15-example.json évalue « ips-15 » ; le premier fichier évalue « ips-25 ».')]));
    expect(await page.getByRole('button', { name: 'Commencer le consensus' }).isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
