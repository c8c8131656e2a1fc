// Lighthouse (mobile) on the rating view, as issue 3 asks (≥ 90). Run by hand, not in `npm test`: it fetches
// lighthouse 12.2.3 from the npm registry through npx (version 13 needs Node 22).
// Usage: npm run build && npm run measure:lighthouse
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const server = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0 } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('no port');
const baseUrl = `http://127.0.0.1:${address.port}/`;
const profile = mkdtempSync(join(tmpdir(), 'ips-lighthouse-'));
try {
  // An assessment must exist in the browser profile Lighthouse will use.
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: flags });
  const page = await context.newPage();
  await page.goto(`${baseUrl}?lang=fr`);
  await page.getByLabel('Importer un fichier d’évaluation…').setInputFiles(join(root, 'tests/fixtures/assessments/ips-25-boston-drift.json'));
  await page.getByRole('link', { name: 'Ouvrir' }).click();
  await page.locator('.score-bar').waitFor();
  const ratingUrl = page.url();
  await context.close();

  const report = join(profile, 'report.json');
  execFileSync('npx', ['-y', 'lighthouse@12.2.3', ratingUrl, `--chrome-path=${chromiumPath}`, `--chrome-flags=${[...flags, `--user-data-dir=${profile}`].join(' ')}`, '--disable-storage-reset', '--form-factor=mobile', '--only-categories=performance,accessibility', '--output=json', `--output-path=${report}`, '--quiet'], { stdio: 'inherit' });
  const result = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }>; audits: Record<string, { displayValue?: string }> };
  for (const [name, category] of Object.entries(result.categories)) console.log(`${name}: ${Math.round(category.score * 100)}`);
  for (const audit of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) console.log(`${audit}: ${result.audits[audit]?.displayValue}`);
} finally {
  await server.close();
}
