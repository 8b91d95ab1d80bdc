import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './scripts/chromium.mjs';

const chromium = findChromium();
if (!chromium) throw new Error(NO_CHROMIUM_MESSAGE);

/** `E2E_PORT` lets a second checkout (a git worktree) run its browser tests at the same time. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The student on the bus: a phone-sized screen by default; desktop where a test says so.
    ...devices['Pixel 7'],
    browserName: 'chromium',
    viewport: { width: 390, height: 844 },
    locale: 'de-DE',
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure'
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore'
  }
});
