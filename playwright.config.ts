import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the production
 * build (`npm run build` first; `npm test` does it) on a fresh SQLite file.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous ceilings for a busy 2-core machine (password hashing, a production server and Chromium
  // share it); tests wait on state (test ids, responses, data-* attributes), never on a fixed delay.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    // The offline-reading worker would pre-cache ~18 pages in every new context; only the offline
    // spec needs it (it opts back in), the rest of the suite runs without it.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `rm -f data/e2e.db data/e2e.db-* data/e2e-outbox.jsonl && npm start`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    // ENABLE_TEST_CLOCK lets the spaced-repetition test move the clock with an x-test-now header (off by default).
    // Account emails go to an outbox file the tests read; TRUST_PROXY lets each test context be its own client address.
    env: {
      PORT: String(port),
      DATABASE_URL: "file:./data/e2e.db",
      SITE_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
      ENABLE_TEST_CLOCK: "1",
      EMAIL_SENDER: "outbox",
      EMAIL_OUTBOX: "./data/e2e-outbox.jsonl",
      TRUST_PROXY: "1",
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
