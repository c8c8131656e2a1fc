import { describe, expect, it } from 'vitest';
import { useWatchedBrowser } from './browser.ts';
import { item, startReview, waitUntilSaved } from './review-steps.ts';

const suite = useWatchedBrowser();

describe('storage faults lose no rating', () => {
  it('writes again, after a reload, the ratings whose save failed halfway', async () => {
    const { page } = await suite.open();
    const address = await startReview(page, 'Failing writes');
    await item(page, 1).getByRole('radio', { name: /^4/ }).check();
    await waitUntilSaved(page);
    // The next writes start their transaction, read the stored assessment, then fail on the write itself.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('Simulated failure halfway through the write.', 'UnknownError');
      };
    });
    await item(page, 2).getByRole('radio', { name: /^5/ }).check();
    await item(page, 9).getByRole('radio', { name: /^2/ }).check();
    await page.getByRole('alert').getByText(/The last change could not be saved on this device \(Simulated failure halfway/).waitFor();

    // A reload brings back the browser's own IndexedDB: the journal writes the two failed ratings again.
    await page.reload();
    await page.getByText('2 changes that had not been saved when the page closed (or whose saving failed) are saved now.').waitFor();
    expect(await item(page, 1).getByRole('radio', { name: /^4/ }).isChecked()).toBe(true);
    expect(await item(page, 2).getByRole('radio', { name: /^5/ }).isChecked()).toBe(true);
    expect(await item(page, 9).getByRole('radio', { name: /^2/ }).isChecked()).toBe(true);
    // They are in storage now, not only on screen: another reload shows them without restoring anything.
    await page.goto('about:blank');
    await page.goto(address);
    await page.locator('.score-bar').waitFor();
    expect(await page.locator('.score-bar-total').innerText()).toBe('11 / 125');
    expect(await page.getByText(/are saved now/).count()).toBe(0);
  });

  it('keeps a rating clicked just before a reload, while its save could not yet run', async () => {
    const { page } = await suite.open();
    await startReview(page, 'Reload during a save');
    await item(page, 3).getByRole('radio', { name: /^3/ }).check();
    await waitUntilSaved(page);
    // Another connection holds the store in a long read-write transaction: the app's write must wait behind it,
    // so the reload surely comes before the write commits.
    await page.evaluate(async () => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ips-fidelity');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = database.transaction('assessments', 'readwrite').objectStore('assessments');
      const until = Date.now() + 5_000;
      const keepBusy = () => {
        if (Date.now() < until) store.get('none').onsuccess = keepBusy;
      };
      keepBusy();
    });
    await item(page, 4).getByRole('radio', { name: /^5/ }).check();
    await page.locator('.score-bar-status').getByText('Saving…').waitFor();
    await page.reload();
    await page.getByText('1 change that had not been saved when the page closed (or whose saving failed) is saved now.').waitFor();
    expect(await item(page, 3).getByRole('radio', { name: /^3/ }).isChecked()).toBe(true);
    expect(await item(page, 4).getByRole('radio', { name: /^5/ }).isChecked()).toBe(true);
    expect(await page.locator('.score-bar-total').innerText()).toBe('8 / 125');
  });

  it('tells the second tab what the first changed, and neither overwrites the other', async () => {
    const first = await suite.open();
    const address = await startReview(first.page, 'Two tabs');
    const second = await first.context.newPage();
    await second.goto(address);
    await second.locator('.score-bar').waitFor();

    await item(first.page, 5).getByRole('radio', { name: /^2/ }).check();
    await first.page.locator('#item-team-contact textarea').first().fill('Seen at the Tuesday team meeting.');
    // The second tab says what changed and shows it; its own fields for that item are redrawn with the new note.
    await second.getByRole('alert').getByText('Another tab changed this assessment (5). This screen now shows those changes.').waitFor();
    await expect.poll(() => item(second, 5).getByRole('radio', { name: /^2/ }).isChecked()).toBe(true);
    await expect.poll(() => second.locator('#item-team-contact textarea').first().inputValue()).toBe('Seen at the Tuesday team meeting.');

    await item(second, 6).getByRole('radio', { name: /^4/ }).check();
    await first.page.getByRole('alert').getByText(/Another tab changed this assessment \(6\)/).waitFor();
    await waitUntilSaved(second);
    await waitUntilSaved(first.page);

    for (const page of [first.page, second]) {
      await page.reload();
      await page.locator('.score-bar').waitFor();
      expect(await page.locator('.score-bar-total').innerText()).toBe('6 / 125');
    }
    await second.close();
  });
});
