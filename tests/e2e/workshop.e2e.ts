import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { baseUrl, useWatchedBrowser } from './browser.ts';

const suite = useWatchedBrowser();
const vignettePath = (id: string) => fileURLToPath(new URL(`../../scales/vignettes/${id}.json`, import.meta.url));
const vignette = JSON.parse(readFileSync(vignettePath('ips-25-preparation-first'), 'utf8')) as { id: string; title: { en: string }; scale: { id: string; version: string }; reference: Record<string, { score: number }> };

/** A participant's exported file: the reference rating with some items changed by `offsets`. */
function participantFile(name: string, offsets: Record<string, number>, vignetteId = vignette.id) {
  const ratings = Object.fromEntries(
    Object.entries(vignette.reference).map(([item, reference]) => [item, { score: Math.min(5, Math.max(1, reference.score + (offsets[item] ?? 0))) }]),
  );
  const assessment = {
    format: 'ips-fidelity/assessment',
    formatVersion: 1,
    id: `participant-${name.toLowerCase()}`,
    scale: vignette.scale,
    program: { name: vignette.title.en },
    review: { kind: 'workshop', date: '2026-11-28', raters: [name] },
    ratings,
    vignette: vignetteId,
  };
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(assessment)) };
}

describe('a workshop on a vignette', () => {
  it('lets a participant open the vignette from a link, read it and rate it, then export the rating', async () => {
    const { page } = await suite.open({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}?lang=en&vignette=${vignette.id}`);
    await page.getByRole('heading', { name: vignette.title.en }).waitFor();
    expect(page.url()).toBe(`${baseUrl}#/vignette/${vignette.id}`);
    expect(await page.locator('.vignette-text p').count()).toBeGreaterThanOrEqual(7);
    // The reference rating and the trainer's notes are not for participants.
    const shown = await page.locator('main').innerText();
    const vignetteFile = JSON.parse(readFileSync(vignettePath(vignette.id), 'utf8')) as { trainerNotes: { en: string }; reference: Record<string, { why: { en: string } }> };
    expect(shown).not.toContain(vignetteFile.trainerNotes.en);
    for (const { why } of Object.values(vignetteFile.reference)) expect(shown).not.toContain(why.en);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByLabel('Your name or initials (optional)').fill('Alice');
    await page.getByRole('button', { name: 'Rate this vignette' }).click();
    await page.locator('.score-bar').waitFor();
    await page.getByRole('radiogroup', { name: /^9\. / }).getByRole('radio', { name: /^2\b/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export (JSON)' }).click()]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { vignette: string; review: { kind: string; raters: string[] }; ratings: Record<string, { score: number }> };
    expect(exported).toMatchObject({ vignette: vignette.id, review: { kind: 'workshop', raters: ['Alice'] }, ratings: { 'zero-exclusion': { score: 2 } } });

    // Back on the vignette, the participant finds their rating instead of starting another.
    await page.getByRole('link', { name: 'Read the vignette' }).click();
    await page.getByRole('link', { name: /Continue your rating of .* \(Alice\)/ }).waitFor();
  });

  it('shows the trainer the room\'s spread against the reference, widest first, names hidden until asked, and projects it', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=en#/workshop`);
    await page.getByRole('heading', { name: 'Workshops', level: 1 }).waitFor();
    await page.getByLabel('Vignette the room rates').selectOption(vignette.id);
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    await page.getByText('No rating imported yet.').waitFor();
    const workshopUrl = page.url();
    expect(workshopUrl).toMatch(/#\/workshop\/[0-9a-f-]{36}$/);

    await page.getByLabel('Import participants’ files…').setInputFiles([
      participantFile('Alice', {}),
      participantFile('Bruno', { 'rapid-job-search': 3, 'caseload-size': 1 }),
      participantFile('Chloé', { 'rapid-job-search': -2 }),
      participantFile('Dries', { 'rapid-job-search': 2, 'disclosure': 1 }),
      participantFile('Other', {}, 'ips-25-near-exemplary'),
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') },
    ]);
    await page.getByText('4 participants').waitFor();
    const alerts = await page.getByRole('alert').allInnerTexts();
    expect(alerts.join('\n')).toMatch(/Other\.json was not imported:\s+This rating is not of this workshop’s vignette\./);
    expect(alerts.join('\n')).toMatch(/broken\.json was not imported:\s+The file ends too early at line 1, column 2/);

    // Rapid job search is where the room spreads most: it comes first, with the reference starred.
    const first = page.locator('.spread-item').first();
    await expect.poll(() => first.locator('h3').innerText()).toBe('15. Rapid job search for a competitive job');
    const reference = vignette.reference['rapid-job-search']!.score;
    expect(await first.locator('.is-reference .spread-score').innerText()).toBe(`★ ${reference}`);
    expect(await first.locator('figcaption').innerText()).toContain(`reference score: ${reference}`);

    // Nobody is named on screen until the trainer asks.
    const distances = page.locator('table.data-table');
    expect(await distances.innerText()).not.toMatch(/Alice|Bruno|Chloé|Dries/);
    expect(await distances.locator('tbody th').allInnerTexts()).toEqual(['Participant 1', 'Participant 2', 'Participant 3', 'Participant 4']);
    await page.getByLabel('Show names').check();
    expect(await distances.locator('tbody th').allInnerTexts()).toEqual(['Alice', 'Bruno', 'Chloé', 'Dries']);

    await page.getByRole('link', { name: 'Project (large type)' }).click();
    await page.getByRole('link', { name: 'Leave projection' }).waitFor();
    expect(page.url()).toBe(`${workshopUrl}/projection`);
    expect(await page.getByLabel('Import participants’ files…').count()).toBe(0);
    expect(await page.locator('.projection h1').evaluate((heading) => parseFloat(getComputedStyle(heading).fontSize))).toBeGreaterThanOrEqual(48);
    // Names are hidden again in projection, and after a reload the room's ratings are still there.
    await page.reload();
    await page.getByText('4 participants').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/Alice|Bruno/);
    expect(page.url()).toBe(`${workshopUrl}/projection`);
  });
});
