import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseUrl, useWatchedBrowser } from './browser.ts';
import { item, startReview, waitUntilSaved } from './review-steps.ts';

const suite = useWatchedBrowser();

describe('recovering from damaged saved data', () => {
  it('says when saved data is damaged instead of breaking, and lets the user download everything and import it back', async () => {
    const { page } = await suite.open();
    await startReview(page, 'Kept safe');
    await item(page, 1).getByRole('radio', { name: /^4/ }).check();
    await waitUntilSaved(page);
    const damagedAddress = await startReview(page, 'Damaged');
    // A record damaged outside the app (an old bug, a browser extension): its ratings are no longer an object.
    const damagedId = damagedAddress.split('/a/')[1]!;
    await page.evaluate(async (id) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ips-fidelity');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = database.transaction('assessments', 'readwrite');
        const store = transaction.objectStore('assessments');
        const read = store.get(id);
        read.onsuccess = () => store.put({ ...read.result, ratings: null });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      database.close();
    }, damagedId);
    await page.reload();

    // The rating screen says the record cannot be read; the home page lists the rest and says one is damaged.
    await page.getByRole('alert').getByText(/The saved record .* is damaged and cannot be shown/).waitFor();
    await page.goto(`${baseUrl}#/`);
    await page.getByText('1 saved assessment is damaged and cannot be shown. It stays on this device; download a backup to keep a copy.').waitFor();
    await expect.poll(() => page.locator('.saved-entry').allInnerTexts()).toEqual([expect.stringContaining('Kept safe')]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all saved assessments' }).click()]);
    await page.getByText('Backup downloaded: 2 assessments.').waitFor();
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; assessments: Array<{ program: { name: string } }> };
    expect(backup.format).toBe('ips-fidelity/backup');
    expect(backup.assessments.map((assessment) => assessment.program.name).sort()).toEqual(['Damaged', 'Kept safe']);

    // Importing the backup here leaves what is already saved alone and names the entry it cannot read.
    await page.getByLabel('Import an assessment file…').setInputFiles(await download.path());
    const alert = page.getByRole('alert').filter({ hasText: 'Backup read' });
    await alert.getByText('Backup read: 0 assessments imported, 1 already on this device unchanged. These entries could not be read:').waitFor();
    expect(await alert.innerText()).toMatch(/assessments\[\d\]\.ratings/);

    // In an empty browser, the backup brings back every assessment that can be read.
    const fresh = await page.context().browser()!.newContext({ acceptDownloads: true });
    const freshPage = await fresh.newPage();
    await freshPage.goto(`${baseUrl}?lang=en`);
    await freshPage.getByLabel('Import an assessment file…').setInputFiles(await download.path());
    await freshPage.getByRole('alert').getByText('Backup read: 1 assessments imported, 0 already on this device unchanged. These entries could not be read:').waitFor();
    await expect.poll(() => freshPage.locator('.saved-entry').allInnerTexts()).toEqual([expect.stringContaining('Kept safe')]);
    // Restoring the same backup again adds nothing.
    await freshPage.getByLabel('Import an assessment file…').setInputFiles(await download.path());
    await freshPage.getByRole('alert').getByText('Backup read: 0 assessments imported, 1 already on this device unchanged.').waitFor();
    expect(await freshPage.locator('.saved-entry').count()).toBe(1);
    await fresh.close();
  });
});
