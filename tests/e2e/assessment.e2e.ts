import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/factories.ts';
import { baseUrl, useWatchedBrowser } from './browser.ts';

const suite = useWatchedBrowser();

async function open(path = '', options: Parameters<typeof suite.open>[0] = {}): Promise<Page> {
  const { page } = await suite.open(options);
  await page.goto(`${baseUrl}${path}`);
  return page;
}

async function startReview(page: Page, scaleName: RegExp, programme: string): Promise<void> {
  await page.getByRole('link', { name: scaleName }).click();
  await page.getByLabel('Nom du programme').fill(programme);
  await page.getByRole('button', { name: 'Commencer la cotation' }).click();
  await page.locator('.score-bar').waitFor();
}

function itemGroup(page: Page, number: number) {
  return page.getByRole('radiogroup', { name: new RegExp(`^${number}\\. `) });
}

describe('rating an assessment', () => {
  it('completes an IPS-25 review with the keyboard alone', async () => {
    const page = await open('?lang=fr');
    await page.getByRole('heading', { name: 'Commencer une évaluation' }).waitFor();
    // Tab to the IPS-25 start link and follow it.
    for (let presses = 0; presses < 30; presses += 1) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (/IPS-25/.test(name)) break;
    }
    await page.keyboard.press('Enter');
    await page.getByLabel('Nom du programme').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Clavier seul');
    await page.getByLabel('Nom du programme').press('Enter');
    await page.locator('.score-bar').waitFor();

    // For each item in turn: Tab into its radio group, Space picks score 1, arrows move to the wanted score.
    const wanted = Array.from({ length: 25 }, (_, index) => (index % 5) + 1);
    let rated = 0;
    for (let presses = 0; presses < 3000 && rated < 25; presses += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        const group = element?.closest('[role=radiogroup]');
        return element?.type === 'radio' && group ? { group: group.getAttribute('aria-labelledby'), checked: group.querySelector('input:checked') !== null } : null;
      });
      if (!focus || focus.checked) continue;
      await page.keyboard.press('Space');
      for (let step = 1; step < wanted[rated]!; step += 1) await page.keyboard.press('ArrowRight');
      rated += 1;
    }
    expect(rated).toBe(25);
    const expectedTotal = wanted.reduce((sum, score) => sum + score, 0);
    await expect.poll(() => page.locator('.score-bar-total').textContent()).toBe(`${expectedTotal} / 125`);
    await expect.poll(() => page.locator('.unrated-line').textContent()).toContain('Tous les items sont cotés');
    expect(await page.locator('.score-bar-band').textContent()).toBe('Fidélité passable');
  });

  it('brings every rating, note and measure back after a reload', async () => {
    const page = await open('?lang=fr');
    await startReview(page, /Commencer la cotation.*IPS-25/, 'Rechargement');
    await itemGroup(page, 1).getByRole('radio', { name: /^4/ }).check();
    await itemGroup(page, 15).getByRole('radio', { name: /^2/ }).check();
    await page.locator('#item-rapid-job-search').getByLabel('Éléments de preuve et notes').fill('Premier contact employeur après 200 jours.');
    await page.locator('#item-caseload-size').getByRole('textbox', { name: /Personnes/ }).fill('23');
    await expect.poll(() => page.locator('.score-bar-status').textContent()).toContain('Enregistré');
    const address = page.url();
    await page.reload();
    await page.locator('.score-bar').waitFor();
    expect(page.url()).toBe(address);
    expect(await itemGroup(page, 1).getByRole('radio', { name: /^4/ }).isChecked()).toBe(true);
    expect(await itemGroup(page, 15).getByRole('radio', { name: /^2/ }).isChecked()).toBe(true);
    expect(await page.locator('#item-rapid-job-search').getByLabel('Éléments de preuve et notes').inputValue()).toBe('Premier contact employeur après 200 jours.');
    expect(await page.locator('#item-caseload-size').getByRole('textbox', { name: /Personnes/ }).inputValue()).toBe('23');
    expect(await page.locator('.score-bar-total').textContent()).toBe('6 / 125');
  });

  it('suggests a score from a measured value and applies it on request', async () => {
    const page = await open('?lang=en');
    await startReviewEnglish(page);
    const card = page.locator('#item-caseload-size');
    await card.getByRole('textbox', { name: /people/i }).fill('23');
    await card.getByText('Suggested score: 4').waitFor();
    await card.getByRole('button', { name: 'Use 4' }).click();
    expect(await itemGroup(page, 1).getByRole('radio', { name: /^4/ }).isChecked()).toBe(true);
  });
});

async function startReviewEnglish(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Start rating.*IPS-25/ }).click();
  await page.getByLabel('Programme name').fill('Calculator');
  await page.getByRole('button', { name: 'Start rating' }).click();
  await page.locator('.score-bar').waitFor();
}

describe('files', () => {
  it('exports, deletes, imports and finds the same scores', async () => {
    const page = await open('?lang=fr');
    await startReview(page, /Commencer la cotation.*IPS-25/, 'Aller-retour');
    for (const [number, score] of [[1, 5], [2, 3], [9, 1], [21, 4]] as const) await itemGroup(page, number).getByRole('radio', { name: new RegExp(`^${score}`) }).check();
    const totalBefore = await page.locator('.score-bar-total').textContent();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (JSON)' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'ips-fidelity/assessment', program: { name: 'Aller-retour' }, ratings: { 'caseload-size': { score: 5 } } });

    await page.getByRole('link', { name: 'Évaluation de fidélité IPS' }).click();
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('Évaluation « Aller-retour » supprimée.').waitFor();
    expect(await page.getByRole('button', { name: 'Ouvrir' }).count()).toBe(0);

    await page.getByLabel('Importer un fichier d’évaluation…').setInputFiles({ name: 'aller-retour.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByText('Évaluation « Aller-retour » importée.').waitFor();
    await page.getByRole('link', { name: 'Ouvrir' }).click();
    await page.locator('.score-bar').waitFor();
    expect(await page.locator('.score-bar-total').textContent()).toBe(totalBefore);

    // The same file again: it comes in as a copy, the assessment already here is not overwritten.
    await itemGroup(page, 1).getByRole('radio', { name: /^1/ }).check();
    await page.getByRole('link', { name: 'Évaluation de fidélité IPS' }).click();
    await page.getByLabel('Importer un fichier d’évaluation…').setInputFiles({ name: 'aller-retour.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByText('Évaluation « Aller-retour » importée comme copie').waitFor();
    expect(await page.getByRole('link', { name: 'Ouvrir' }).count()).toBe(2);
  });

  it('undoes a deletion', async () => {
    const page = await open('?lang=en');
    await startReviewEnglish(page);
    await page.getByRole('link', { name: 'IPS fidelity review' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Open' }).waitFor();
  });

  it('refuses a broken rubric and a broken assessment with readable messages, and keeps working', async () => {
    const page = await open('?lang=fr');
    await page.getByLabel('Charger un fichier de grille…').setInputFiles({ name: 'bands-gap.json', mimeType: 'application/json', buffer: readFileSync(fixturePath('rubrics/invalid/bands-gap.json')) });
    const rubricAlert = page.getByRole('alert');
    await rubricAlert.getByText('bands-gap.json n’a pas été chargé :').waitFor();
    expect(await rubricAlert.textContent()).toContain('scoring.bands[1] Aucun niveau ne couvre les totaux au-dessus de 9 et en dessous de 11');

    await page.getByLabel('Importer un fichier d’évaluation…').setInputFiles({ name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "ips-fidelity/assessment", "ratings": {') });
    await page.getByText('truncated.json n’a pas été importé :').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/Le fichier s’arrête trop tôt à la ligne 1, colonne \d+/);
    await startReview(page, /Commencer la cotation.*15 items/, 'Toujours là');
  });

  it('refuses a rubric file that reuses the id of a shipped scale', async () => {
    const page = await open('?lang=en');
    const impostor = JSON.parse(readFileSync(fixturePath('rubrics/mini-rubric.json'), 'utf8'));
    impostor.id = 'ips-25';
    await page.getByLabel('Load a rubric file…').setInputFiles({ name: 'impostor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(impostor)) });
    await page.getByRole('alert').getByText(/belongs to a scale that comes with the tool/).waitFor();
  });

  it('loads a valid rubric file and rates against it', async () => {
    const page = await open('?lang=en');
    await page.getByLabel('Load a rubric file…').setInputFiles({ name: 'mini.json', mimeType: 'application/json', buffer: readFileSync(fixturePath('rubrics/mini-rubric.json')) });
    await page.getByText('Rubric “Mini scale” loaded.').waitFor();
    await page.getByRole('link', { name: /Start rating.*Mini scale/ }).click();
    await page.getByLabel('Programme name').fill('Custom');
    await page.getByRole('button', { name: 'Start rating' }).click();
    await itemGroup(page, 1).getByRole('radio', { name: /^3/ }).check();
    expect(await page.locator('.score-bar-total').textContent()).toBe('3 / 20');
  });
});

describe('results and language', () => {
  it('shows the preparation-drift alert for a Boston-style profile', async () => {
    const page = await open('?lang=fr');
    await page.getByLabel('Importer un fichier d’évaluation…').setInputFiles(fixturePath('assessments/ips-25-boston-drift.json'));
    await page.getByRole('link', { name: 'Ouvrir' }).click();
    await page.getByRole('link', { name: 'Voir les résultats' }).click();
    const alert = page.locator('.drift-alert', { hasText: 'Dérive vers la préparation (approche de Boston)' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('15. Recherche rapide d’un emploi compétitif\u00A0: 1');
    expect(await page.locator('.recharts-polygon').count()).toBeGreaterThan(0);
  });

  it('returns to the same place in the rating view with Back from the results', async () => {
    const page = await open('?lang=en');
    await page.getByLabel('Import an assessment file…').setInputFiles(fixturePath('assessments/ips-25-boston-drift.json'));
    await page.getByRole('link', { name: 'Open' }).click();
    await itemGroup(page, 18).scrollIntoViewIfNeeded();
    const position = await page.evaluate(() => window.scrollY);
    expect(position).toBeGreaterThan(1000);
    // The position is kept as the scroll event arrives (a person never clicks within that frame).
    await expect.poll(() => page.evaluate(() => Object.values(sessionStorage).map(Number).some((value) => value > 1000)), { timeout: 10_000 }).toBe(true);
    // Leave from this position without scrolling (Playwright would scroll up to a link before clicking it, and
    // a person who scrolled up to the toolbar rightly comes back to the toolbar).
    await page.evaluate(() => {
      window.location.hash = `${window.location.hash}/results`;
    });
    await page.getByRole('heading', { name: 'Principle profile' }).waitFor();
    await page.goBack();
    await page.locator('.score-bar').waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(position - 50);
  });

  it('exports the PDF gap report from the results view', async () => {
    const page = await open('?lang=fr');
    await page.getByLabel('Importer un fichier d’évaluation…').setInputFiles(fixturePath('assessments/ips-25-boston-drift.json'));
    await page.getByRole('link', { name: 'Ouvrir' }).click();
    await page.getByRole('link', { name: 'Voir les résultats' }).click();
    // An action entered in the app is kept across a reload and printed in the report.
    await page.getByRole('button', { name: 'Ajouter une action' }).click();
    const action = page.getByRole('group', { name: 'Action 1' });
    await action.getByLabel('Item').selectOption('rapid-job-search');
    await action.getByLabel('Action', { exact: true }).fill('Premier contact employeur dans les 30 jours');
    await action.getByLabel('Qui').fill('Équipe emploi');
    await expect.poll(() => page.locator('.drift-alert').count()).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    await page.reload();
    expect(await page.getByRole('group', { name: 'Action 1' }).getByLabel('Qui').inputValue()).toBe('Équipe emploi');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter le rapport PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^service-d-insertion-le-tremplin_2026-11-27_ips-25\.pdf$/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', (await download.path())!, '-'], { encoding: 'utf8' });
    expect(text).toContain('Rapport d’évaluation de fidélité');
    expect(text).toContain('Dérive vers la préparation (approche de Boston)');
    expect(text).toContain('Premier contact employeur dans les 30 jours');
    expect(text).toContain('Équipe emploi');
  });

  it('switches language, remembers it, and takes ?lang= from the address', async () => {
    const page = await open('?lang=nl');
    await page.getByRole('heading', { name: 'Een meting starten' }).waitFor();
    expect(page.url()).not.toContain('lang=');
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { name: 'Start a review' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Start a review' }).waitFor();
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Start a review' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('opens the start form of a scale from a ?scale= link, and a reload does not start another review', async () => {
    const page = await open('?scale=ips-principles&lang=fr');
    await page.getByRole('heading', { name: 'Nouvelle évaluation : Autodiagnostic des principes IPS' }).waitFor();
    expect(page.url()).toMatch(/#\/new\/ips-principles$/);
    await page.getByLabel('Nom du programme').fill('Atelier');
    await page.getByRole('button', { name: 'Commencer la cotation' }).click();
    await page.locator('.score-bar').waitFor();
    const address = page.url();
    await page.reload();
    await page.locator('.score-bar').waitFor();
    expect(page.url()).toBe(address);
    await page.getByRole('link', { name: 'Évaluation de fidélité IPS' }).click();
    expect(await page.getByRole('button', { name: 'Ouvrir' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Ouvrir' }).count()).toBe(1);
  });
});
