import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { baseUrl, useWatchedBrowser } from './browser.ts';

/** The budget of issue 3: gzipped JavaScript the home screen loads, charts and rubrics left for later. */
const FIRST_SCREEN_BUDGET_BYTES = 120 * 1024;

const suite = useWatchedBrowser();

describe('the first screen', () => {
  it(`loads at most ${FIRST_SCREEN_BUDGET_BYTES / 1024} KB of gzipped JavaScript`, async () => {
    const { page } = await suite.open();
    const scripts = new Map<string, number>();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      void response.body().then((body) => scripts.set(response.url(), gzipSync(body, { level: 9 }).length));
    });
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByRole('heading', { name: 'Start a review' }).waitFor();
    await page.waitForLoadState('networkidle');
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    const listing = [...scripts].map(([url, size]) => `${new URL(url).pathname} ${(size / 1024).toFixed(1)} KB`).join('\n');
    console.log(`first screen: ${(total / 1024).toFixed(1)} KB gzipped JavaScript\n${listing}`);
    expect(total, listing).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_BYTES);
  });
});
