import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3123);
/** The same site built for a project page under a base path (npm run build:base), served by the same `npm start`. */
const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? PORT + 1);
const E2E_BASE_PATH = '/purge-atlas';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // tests wait for conditions, never for fixed times; these are ceilings, generous for a loaded 2-core machine
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    // the service worker precaches the whole site on first visit; only the offline tests (which allow it) need that
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // every test against the static export (out/) as `npm start` serves it
    { name: 'site', testIgnore: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${PORT}` } },
    // links, assets, downloads, embeds and the service worker of the build under a base path (out-base/)
    { name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${BASE_PORT}` } },
  ],
  webServer: [
    {
      command: `npm start`,
      env: { PORT: String(PORT), HOST: '127.0.0.1' },
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npm start`,
      env: { PORT: String(BASE_PORT), HOST: '127.0.0.1', BASE_PATH: E2E_BASE_PATH, OUT_DIR: 'out-base' },
      url: `http://127.0.0.1:${BASE_PORT}${E2E_BASE_PATH}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
