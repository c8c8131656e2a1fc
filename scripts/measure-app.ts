// Measures the app in Debian's Chromium, the way issue 3 asks (a script, not a timed test):
// - gzipped JavaScript loaded by the first screen;
// - time from a rating click to the next painted frame showing the new total, median of 25 clicks;
// - time from the first "Export PDF" click to the download, loading of the PDF code included.
// Usage: npm run build && npm run measure
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no port');
const baseUrl = `http://127.0.0.1:${address.port}/`;
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const scripts = new Map<string, number>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') void response.body().then((body) => scripts.set(response.url(), gzipSync(body, { level: 9 }).length));
  });
  await page.goto(`${baseUrl}?lang=fr`);
  await page.getByRole('heading', { name: 'Commencer une évaluation' }).waitFor();
  await page.waitForLoadState('networkidle');
  const firstScreen = [...scripts.values()].reduce((sum, size) => sum + size, 0);

  await page.getByRole('link', { name: /Commencer la cotation.*IPS-25/ }).click();
  await page.getByLabel('Nom du programme').fill('Mesure');
  await page.getByRole('button', { name: 'Commencer la cotation' }).click();
  await page.locator('.score-bar').waitFor();
  const durations: number[] = [];
  for (let click = 0; click < 25; click += 1) {
    const number = (click % 25) + 1;
    const score = (click % 5) + 1;
    const radio = page.getByRole('radiogroup', { name: new RegExp(`^${number}\\. `) }).getByRole('radio', { name: new RegExp(`^${score}`) });
    await radio.scrollIntoViewIfNeeded();
    // In the page: click, then wait for the frame after the total changed, and time it. The code is passed as
    // text because tsx would wrap named functions in a helper the page does not have.
    await radio.evaluate((input) => input.setAttribute('data-measure', 'yes'));
    const elapsed = (await page.evaluate(`new Promise((resolve) => {
      const input = document.querySelector('[data-measure="yes"]');
      input.removeAttribute('data-measure');
      const total = document.querySelector('.score-bar-total');
      const before = total.textContent;
      const start = performance.now();
      input.click();
      const check = () => (total.textContent !== before ? requestAnimationFrame(() => resolve(performance.now() - start)) : requestAnimationFrame(check));
      check();
    })`)) as number;
    durations.push(elapsed);
  }
  durations.sort((a, b) => a - b);

  // Click on "Export PDF" to the download, PDF code not yet loaded (first click of the visit).
  await page.goto(`${page.url().replace(/#.*$/, '')}#/a/${page.url().split('/a/')[1]?.split('/')[0]}/results`);
  await page.getByRole('button', { name: 'Exporter le rapport PDF' }).waitFor();
  const pdfStart = Date.now();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter le rapport PDF' }).click()]);
  const pdfMilliseconds = Date.now() - pdfStart;
  console.log(`first screen: ${(firstScreen / 1024).toFixed(1)} KB gzipped JavaScript (${scripts.size} files)`);
  console.log(`"Export PDF" click to download, including loading the PDF code: ${pdfMilliseconds} ms`);
  console.log(`rating click to painted total: median ${durations[12]?.toFixed(1)} ms, worst ${durations.at(-1)?.toFixed(1)} ms over ${durations.length} clicks (one frame at 60 Hz is 16.7 ms)`);
} finally {
  await browser.close();
  await server.close();
}
