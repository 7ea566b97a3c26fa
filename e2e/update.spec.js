// A new deployment must reach the user: the service worker installs it in the
// background, the app says an update is ready, and "Reload now" switches to it.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, appReady, controlledBySw } from "./fixtures.js";

test("a newly deployed version is offered with a reload button", async ({ browser }) => {
  // The new version's worker copies the whole app first: slow beside other tests.
  test.setTimeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), "benefits-desk-update-"));
  cpSync("dist", dir, { recursive: true });
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = spawn("node", ["scripts/serve.mjs", "--port", String(port), "--dir", dir], { stdio: "pipe" });
  await new Promise((resolve) => server.stdout.once("data", resolve));
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const base = `http://127.0.0.1:${port}/benefits-desk/`;
    await page.goto(base);
    await appReady(page);
    await controlledBySw(page);
    await expect(page.getByText("A new version of the app is ready.")).toHaveCount(0);

    // "Deploy" a new version: a service worker with another build version.
    const swPath = join(dir, "sw.js");
    const sw = readFileSync(swPath, "utf8");
    const next = sw.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"');
    expect(next).not.toBe(sw);
    writeFileSync(swPath, next);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.getByRole("status").filter({ hasText: "A new version of the app is ready." });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Reload now" }).click()]);
    await appReady(page);
    const caches = await page.evaluate(() => caches.keys());
    expect(caches.some((name) => name.endsWith("-next"))).toBe(true);
    await expect(page.getByText("A new version of the app is ready.")).toHaveCount(0);
  } finally {
    await context.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("without service workers (blocked by a policy or a harness) the app runs online only, with no error and no update notice", async ({ browser }) => {
  // Playwright's "block" replaces register() with one that resolves to
  // nothing, as some policies and wrappers do.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("./");
  await appReady(page);
  await page.getByRole("button", { name: "Load sample data" }).click();
  await page.getByRole("link", { name: "Product keys" }).first().click();
  await expect(page.locator("body > main h1")).toHaveText("Product keys");
  await page.reload();
  await appReady(page);
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await expect(page.getByText("A new version of the app is ready.")).toHaveCount(0);
  await context.close();
});
