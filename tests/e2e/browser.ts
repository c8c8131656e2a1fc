import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const baseUrl = inject('baseUrl');

/** Chromium as the probe found it works here: headless, no sandbox (root), no background traffic. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and dialogs seen so far. */
  problems: string[];
  /** Requests that tried to leave the app's own origin (they are blocked). */
  foreignRequests: string[];
}

/**
 * A fresh browser context (its own empty storage) and page, watched: any request to another origin is blocked
 * and recorded, and console errors, page errors and dialogs are collected for the test to assert on.
 */
export async function openWatchedPage(browser: Browser, options: { viewport?: { width: number; height: number }; locale?: string; bypassCsp?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, locale: options.locale ?? 'fr-BE', acceptDownloads: true, bypassCSP: options.bypassCsp ?? false });
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, context, problems, foreignRequests };
}

/**
 * Registers a browser for the file's tests and, after each test, the checks every test must pass: no request
 * left the app's origin, no console error, no uncaught exception, no dialog. `open` gives a fresh watched page
 * (closed after the test).
 */
export function useWatchedBrowser(
  suiteOptions: { expectedProblem?: RegExp } = {},
): { open: (options?: Parameters<typeof openWatchedPage>[1]) => Promise<WatchedPage> } {
  let browser: Browser | undefined;
  let current: WatchedPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    if (!current) return;
    const { foreignRequests, problems, context } = current;
    current = undefined;
    await context.close();
    expect(foreignRequests).toEqual([]);
    // A suite may expect one kind of message (the offline test's refused network requests), and only that.
    const { expectedProblem } = suiteOptions;
    expect(expectedProblem ? problems.filter((problem) => !expectedProblem.test(problem)) : problems).toEqual([]);
  });
  return {
    open: async (options) => {
      if (!browser) throw new Error('The browser is not started yet.');
      current = await openWatchedPage(browser, options);
      return current;
    },
  };
}
