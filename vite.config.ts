import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    react(),
    // Installable and usable offline once loaded. 'prompt': a new version waits for the user's click, so an update
    // never reloads a page in the middle of a review.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'IPS fidelity review',
        short_name: 'IPS fidelity',
        description: 'Score a supported-employment programme against the IPS principles, on your own device.',
        lang: 'fr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4ed8',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: {
      html2canvas: fileURLToPath(new URL('./src/report/unused-jspdf-feature.ts', import.meta.url)),
      canvg: fileURLToPath(new URL('./src/report/unused-jspdf-feature.ts', import.meta.url)),
      dompurify: fileURLToPath(new URL('./src/report/unused-jspdf-feature.ts', import.meta.url)),
    },
  },
  // Relative asset paths: the built app works from any folder of any static host, or from a USB stick.
  base: './',
  // The bundled rubrics (all three languages) are one lazily loaded chunk of about 300 kB before compression.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 700 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          setupFiles: ['tests/setup/unit-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores and the tests measure nothing timed.
          fileParallelism: false,
        },
      },
    ],
    benchmark: { include: ['tests/**/*.bench.ts'] },
  },
});
