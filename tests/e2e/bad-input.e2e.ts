import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/factories.ts';
import { baseUrl, useWatchedBrowser } from './browser.ts';

const suite = useWatchedBrowser();
const corpusFile = (name: string) => ({ name, mimeType: 'application/json', buffer: readFileSync(fixturePath(`assessments/invalid/${name}`)) });

describe('bad input in the app', () => {
  it('names what is wrong with each broken file in the user\'s language, and keeps working', async () => {
    const { page } = await suite.open();
    await page.goto(`${baseUrl}?lang=fr`);
    const importer = page.getByLabel('Importer un fichier d’évaluation…');
    const cases: Array<[string, RegExp]> = [
      ['truncated.json', /Le fichier s’arrête trop tôt à la ligne 13, colonne 5 : il semble tronqué\./],
      ['scale-not-loaded.json', /scale\.id\s+Cette évaluation porte sur la grille « dacts » \(version 2003\), qui n’est pas chargée\./],
      ['deeply-nested.json', /Le fichier est imbriqué sur plus de 64 niveaux/],
      ['proto-key.json', /La clé « __proto__ » n’est pas permise dans ce fichier/],
      ['score-above-scale.json', /ratings\.disclosure\.score\s+Le score 6 est hors de l’échelle \(1–5\)\./],
      ['newer-format-version.json', /version plus récente de l’outil/],
      ['item-id-with-control-character.json', /zero\\u0007exclusion/],
    ];
    for (const [name, message] of cases) {
      await importer.setInputFiles(corpusFile(name));
      await expect.poll(() => page.getByRole('alert').innerText()).toMatch(new RegExp(`${name.replace('.', '\\.')} n’a pas été importé[\\s\\S]*${message.source}`));
    }
    // 50 MB, made here: refused by its size before any parsing, the page stays responsive.
    const huge = join(mkdtempSync(join(tmpdir(), 'ips-huge-')), 'huge.json');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
    await importer.setInputFiles(huge);
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 20_000 }).toMatch(/huge\.json n’a pas été importé[\s\S]*Le fichier fait 50[,.]0 Mo/);
    // After all that, a good file still imports.
    await importer.setInputFiles(fixturePath('assessments/ips-25-boston-drift.json'));
    await expect.poll(() => page.locator('.saved-entry').count()).toBe(1);
    expect(await page.locator('.saved-entry').innerText()).toContain('Le Tremplin');
  });

  it('opens what an earlier version saved in this browser', async () => {
    const { page } = await suite.open();
    const assessment = JSON.parse(readFileSync(fixturePath('assessments/ips-25-boston-drift.json'), 'utf8'));
    // The database as the first released version left it (version 1: assessments and rubrics, no collections),
    // created before the app's own code runs.
    await page.addInitScript((saved) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      const request = indexedDB.open('ips-fidelity', 1);
      request.onupgradeneeded = () => {
        const database = request.result;
        database.createObjectStore('assessments', { keyPath: 'id' }).put(saved);
        database.createObjectStore('rubrics', { keyPath: 'id' });
      };
      request.onsuccess = () => request.result.close();
    }, { ...assessment, id: 'saved-by-version-1', updatedAt: '2026-06-01T10:00:00.000Z' });
    await page.goto(`${baseUrl}?lang=en`);
    await expect.poll(() => page.locator('.saved-entry').allInnerTexts()).toEqual([expect.stringContaining('Le Tremplin')]);
    await page.goto(`${baseUrl}#/a/saved-by-version-1`);
    await page.locator('.score-bar').waitFor();
    expect(await page.locator('.score-bar-total').innerText()).toMatch(/^\d+ \/ 125$/);
    // The new parts of the database work too: a workshop can be created and kept.
    await page.goto(`${baseUrl}#/workshop`);
    await page.getByRole('button', { name: 'Create the workshop' }).click();
    await page.getByText('No rating imported yet.').waitFor();
  });
});
