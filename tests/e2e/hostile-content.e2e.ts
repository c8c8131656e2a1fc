import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/factories.ts';
import { baseUrl, useWatchedBrowser } from './browser.ts';

// Every test here also fails if a dialog opens, a console error appears or a request leaves the app (browser.ts).
const suite = useWatchedBrowser();
const payload = (n: number) => `<img src=x onerror=alert(${n})><script>alert(${n})</script>`;

function file(name: string, content: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) };
}

describe('hostile content stays text', () => {
  it('in a rubric loaded from a file: titles, anchors and advice', async () => {
    const { page } = await suite.open();
    const rubric = JSON.parse(readFileSync(fixturePath('rubrics/mini-rubric.json'), 'utf8'));
    rubric.id = 'hostile-mini';
    rubric.title = { en: `Hostile ${payload(1)}` };
    rubric.items[0].title = { en: payload(2) };
    rubric.items[0].anchors[0].description = { en: `<a href="javascript:alert(3)">click</a>` };
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByLabel('Load a rubric file…').setInputFiles(file('hostile.json', rubric));
    await page.getByText(/Rubric “Hostile <img/).waitFor();
    await page.getByRole('link', { name: /Start rating — Hostile/ }).click();
    await page.getByLabel('Programme name').fill(payload(4));
    await page.getByRole('button', { name: 'Start rating' }).click();
    await page.locator('.score-bar').waitFor();
    expect(await page.locator('main').innerText()).toContain(payload(2));
    expect(await page.locator('main').innerText()).toContain('<a href="javascript:alert(3)">click</a>');
    expect(await page.locator('main img, main script, main a[href^="javascript"]').count()).toBe(0);
  });

  it('in the consensus and workshop views: reviewers\' and participants\' names and notes', async () => {
    const { page } = await suite.open();
    const reviewer = (name: string, note: string) => {
      const assessment = JSON.parse(readFileSync(fixturePath('assessments/ips-25-reviewer-a.json'), 'utf8'));
      assessment.review.raters = [name];
      assessment.ratings.disclosure = { score: 2, note };
      return assessment;
    };
    await page.goto(`${baseUrl}?lang=en#/consensus/new`);
    await page.getByLabel('Add reviewers’ files…').setInputFiles([file('a.json', reviewer(payload(5), payload(6))), file('b.json', { ...reviewer(payload(7), payload(8)), id: 'other' })]);
    await page.getByRole('button', { name: 'Start the consensus' }).click();
    await page.locator('#item-disclosure').waitFor();
    const shown = await page.locator('main').innerText();
    for (const n of [5, 6, 7, 8]) expect(shown).toContain(payload(n));

    const vignette = JSON.parse(readFileSync(fixturePath('../../scales/vignettes/ips-25-clinical-silo.json'), 'utf8'));
    const participant = { ...reviewer(payload(9), 'x'), id: 'participant', review: { kind: 'workshop', date: '2026-11-28', raters: [payload(9)] }, vignette: vignette.id };
    await page.goto(`${baseUrl}#/workshop`);
    await page.getByLabel('Vignette the room rates').selectOption(vignette.id);
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    await page.getByLabel('Import participants’ files…').setInputFiles([file('p.json', participant)]);
    await page.getByText('1 participant').waitFor();
    await page.getByLabel('Show names').check();
    expect(await page.locator('main').innerText()).toContain(payload(9));
    expect(await page.locator('main img, main script').count()).toBe(0);
  });
});
