import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let server: PreviewServer | undefined;

/**
 * Serves the production build (`npm run build` runs first in `npm test`) on a free local port for the browser
 * tests, and fails at once, saying what to install, when there is no build or no Chromium.
 */
export default async function setup(project: TestProject) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (!existsSync(`${root}/dist/index.html`)) throw new Error('No production build in dist/: run `npm run build` before the browser tests (npm test does).');
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install Debian's browser with \`apt-get install -y chromium\` (.ci/run does), or set CHROMIUM_PATH.`);
  }
  server = await preview({ root, logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port.');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromiumPath', CHROMIUM_PATH);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}
