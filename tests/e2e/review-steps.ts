import type { Locator, Page } from 'playwright-core';
import { baseUrl } from './browser.ts';

/** The radio group of an IPS-25 item on the rating screen, found by its number. */
export function item(page: Page, number: number): Locator {
  return page.getByRole('radiogroup', { name: new RegExp(`^${number}\\. `) });
}

/** Starts a new IPS-25 review in English and returns the rating screen's address. */
export async function startReview(page: Page, programme: string): Promise<string> {
  await page.goto(`${baseUrl}?lang=en#/new/ips-25`);
  await page.getByLabel('Programme name').fill(programme);
  await page.getByRole('button', { name: 'Start rating' }).click();
  await page.locator('.score-bar').waitFor();
  return page.url();
}

/** Waits until the rating screen says every change is saved. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('.score-bar-status').getByText('✓ Saved on this device').waitFor();
}
