import { describe, it } from 'vitest';
import { baseUrl, useWatchedBrowser } from './browser.ts';

// Offline, the browser reports the requests it could not make; nothing else may appear.
const suite = useWatchedBrowser({ expectedProblem: /ERR_INTERNET_DISCONNECTED/ });

describe('offline use', () => {
  it('works without a network once loaded: reload, start a review, rate, see results', async () => {
    const { page, context } = await suite.open();
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('heading', { name: 'Start a review' }).waitFor();
    // Wait until the service worker has cached the whole app.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.active?.state !== 'activated') await new Promise((resolve) => registration.active?.addEventListener('statechange', resolve));
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Start a review' }).waitFor();
    await page.getByRole('link', { name: /Start rating.*IPS-25/ }).click();
    await page.getByLabel('Programme name').fill('Offline');
    await page.getByRole('button', { name: 'Start rating' }).click();
    await page.getByRole('radiogroup', { name: /^1\. / }).getByRole('radio', { name: /^5/ }).check();
    await page.getByRole('link', { name: 'See results' }).click();
    await page.getByRole('heading', { name: 'Principle profile' }).waitFor();
  });
});
