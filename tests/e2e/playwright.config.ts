import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests. `preview-*.spec.ts` drive the preview host (electron/web) in Debian's Chromium;
 * `electron.spec.ts`, where present, drives the Electron window. Each test starts its own host
 * with its own data folder (see preview-fixture.ts). Run `npm run build:renderer` first
 * (`npm test` does).
 */
export default defineConfig({
  testDir: import.meta.dirname,
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/e2e',
  reporter: 'list',
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    // `npx playwright install` cannot run here: use the system's Chromium.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'zh-CN',
    // A typical office PC screen.
    viewport: { width: 1366, height: 768 },
    screenshot: 'only-on-failure',
    acceptDownloads: true,
  },
});
