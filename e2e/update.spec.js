// A new deployment must reach the user: the service worker installs it in the
// background, the app says an update is ready, and "Reload now" switches to it.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, appReady, controlledBySw } from "./fixtures.js";

test("a newly deployed version is offered with a reload button", async ({ browser }) => {
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
