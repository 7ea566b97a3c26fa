// End-to-end tests: Debian's Chromium (never a downloaded browser) against the
// release bundle in dist/, served under /benefits-desk/ on 127.0.0.1 the way
// GitHub Pages serves it (scripts/serve.mjs).
import { defineConfig } from "@playwright/test";

export const PORT = Number(process.env.E2E_PORT || 4173);
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-output/playwright",
  // A ceiling per test, not a measure: a slow machine running two workers
  // took some flows past 30 s that pass alone in half that.
  timeout: 60_000,
  workers: 2,
  reporter: [["list"], ["json", { outputFile: "test-output/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/benefits-desk/`,
    locale: "en-US",
    colorScheme: "light",
    serviceWorkers: "allow",
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  // Timed benchmarks and the heaviest flows (titles tagged @bench) run after
  // every other test has finished and one at a time, so nothing else shares
  // the two cores while they measure, and they slow no other test.
  projects: [
    { name: "flows", grepInvert: /@bench/ },
    { name: "bench", grep: /@bench/, dependencies: ["flows"], workers: 1 },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT} --dir dist`,
    url: `http://127.0.0.1:${PORT}/benefits-desk/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
