import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/factories.ts';
import { findViolations } from './axe.ts';
import { baseUrl, useWatchedBrowser } from './browser.ts';

const suite = useWatchedBrowser();

async function importBoston(page: Page): Promise<void> {
  await page.getByLabel('Importer un fichier d’évaluation…').setInputFiles(fixturePath('assessments/ips-25-boston-drift.json'));
  await page.getByRole('link', { name: 'Ouvrir' }).click();
  await page.locator('.score-bar').waitFor();
}

describe('accessibility (axe-core)', () => {
  it('finds no violation on the home, rating, results and history views', async () => {
    // The app's CSP rightly refuses injected scripts; this context lets the axe script in, and only this one.
    const { page } = await suite.open({ bypassCsp: true });
    await page.goto(`${baseUrl}?lang=fr`);
    await page.getByRole('heading', { name: 'Commencer une évaluation' }).waitFor();
    expect(await findViolations(page)).toEqual([]);
    await importBoston(page);
    expect(await findViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Voir les résultats' }).click();
    await page.locator('.drift-alert').first().waitFor();
    expect(await findViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Historique de ce programme' }).click();
    await page.locator('.due-notice').waitFor();
    expect(await findViolations(page)).toEqual([]);
  });

  it('names each radio group by its item and each choice by its score first', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByLabel('Import an assessment file…').setInputFiles(fixturePath('assessments/ips-25-boston-drift.json'));
    await page.getByRole('link', { name: 'Open' }).click();
    const group = page.getByRole('radiogroup', { name: '15. Rapid job search for a competitive job' });
    await group.waitFor();
    const names = await group.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.closest('label')?.textContent ?? ''));
    expect(names).toHaveLength(5);
    expect(names.map((name) => name.trim()[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(await group.getByRole('radio', { name: /^1 On average 271 days or more/ }).isChecked()).toBe(true);
  });
});

describe('hostile and failing conditions', () => {
  it('shows script-like text from an imported file as text, and runs nothing', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=en`);
    const hostile = JSON.parse(readFileSync(fixturePath('assessments/ips-25-boston-drift.json'), 'utf8'));
    hostile.program.name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    hostile.ratings['caseload-size'].note = '<b onmouseover=alert(3)>bold?</b>';
    await page.getByLabel('Import an assessment file…').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    await page.getByText('<img src=x onerror=alert(1)><script>alert(2)</script>', { exact: false }).first().waitFor();
    await page.getByRole('link', { name: 'Open' }).click();
    await page.getByRole('heading', { level: 1, name: /<img src=x onerror=alert\(1\)>/ }).waitFor();
    expect(await page.locator('#item-caseload-size textarea').inputValue()).toBe('<b onmouseover=alert(3)>bold?</b>');
    expect(await page.locator('img[src=x], b[onmouseover]').count()).toBe(0);
  });

  it('says on screen when the browser refuses storage, and keeps the ratings on screen', async () => {
    const { page } = await suite.open();
    // A browser in a strict private mode: IndexedDB is there but every open fails.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('alert').getByText(/will not let the app save/).waitFor();
    await page.getByRole('link', { name: /Start rating.*IPS-25/ }).click();
    await page.getByLabel('Programme name').fill('No storage');
    await page.getByRole('button', { name: 'Start rating' }).click();
    await page.getByRole('radiogroup', { name: /^1\. / }).getByRole('radio', { name: /^3/ }).check();
    expect(await page.locator('.score-bar-total').textContent()).toBe('3 / 125');
    await page.locator('.score-bar').getByText('⚠ Not saved on this device').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.score-bar').getByRole('button', { name: 'Export now' }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).ratings['caseload-size'].score).toBe(3);
  });

  it('says when a save fails (quota), keeps the rating on screen and offers the export', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('link', { name: /Start rating.*IPS-25/ }).click();
    await page.getByLabel('Programme name').fill('Quota');
    await page.getByRole('button', { name: 'Start rating' }).click();
    await page.locator('.score-bar').waitFor();
    // From now on every write fails as a full disk would make it fail.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByRole('radiogroup', { name: /^2\. / }).getByRole('radio', { name: /^4/ }).check();
    await page.getByRole('alert').getByText(/The last change could not be saved on this device \(The quota has been exceeded\.\)/).waitFor();
    await page.locator('.score-bar').getByText('⚠ Not saved on this device').waitFor();
    expect(await page.getByRole('radiogroup', { name: /^2\. / }).getByRole('radio', { name: /^4/ }).isChecked()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.score-bar').getByRole('button', { name: 'Export now' }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).ratings['employment-services-staff'].score).toBe(4);
  });

  it('serves a Content-Security-Policy that allows only the app itself', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=en`);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:|\*/);
  });
});
