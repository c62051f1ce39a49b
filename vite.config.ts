// Build, dev server and test configuration. The module library is checked and bundled by
// libraryPlugin; the service worker and manifest come from vite-plugin-pwa.

import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { libraryPlugin } from './src/content/libraryPlugin.ts';
import { catalogPlugin } from './src/i18n/catalogPlugin.ts';
import { SummaryReporter } from './test/summaryReporter.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  plugins: [
    preact(),
    libraryPlugin('modules-content'),
    catalogPlugin('src/i18n/messages'),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Roundtable',
        short_name: 'Roundtable',
        description: 'Peer-learning sessions around one table: a module library, reader rotation and takeaways, offline and peer to peer.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d3557',
        background_color: '#f7f5f0',
        screenshots: [
          { src: '/screenshots/library-wide.png', sizes: '1280x720', type: 'image/png', form_factor: 'wide', label: 'The module library' },
          { src: '/screenshots/library-narrow.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'The module library on a phone' },
        ],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
        globIgnores: ['screenshots/**'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/signal/],
        cleanupOutdatedCaches: true,
        // The first install controls the open page at once; later versions wait for the person.
        clientsClaim: true,
      },
    }),
  ],
  test: {
    reporters: ['default', new SummaryReporter()],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}', 'test/helpers/**/*.test.ts'],
          setupFiles: ['test/setup.ts'],
          // Unit tests first, then the browser: on two cores, Chromium and the unit workers
          // running side by side starve each other into timeouts.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
