// Size budgets, counted as the browser downloads them: Debian's Chromium opens
// the release bundle served like GitHub Pages (scripts/serve.mjs: gzip level 6)
// and every response body the page fetches until the network is idle is
// added up as it came over the wire (compressed). Two visits, each in English
// and in Korean: a first visit with nothing stored, and the dashboard with the
// sample data stored. The service worker's background copy of the whole app
// for offline use is printed but not counted: the page does not wait for it.
// Usage: node scripts/size.mjs [dist]
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS } from "../playwright.config.js";

const FIRST_VISIT = 200 * 1024; // DESIGN.md: the first view
const WITH_DATA = 215 * 1024; // DESIGN.md: the dashboard with data
const dir = process.argv[2] || "dist";

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, "127.0.0.1", () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const server = spawn("node", ["scripts/serve.mjs", "--port", String(port), "--dir", dir], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise((resolve) => server.stdout.once("data", resolve));
const base = `http://127.0.0.1:${port}/benefits-desk/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;

/** Opens the app in a new context; returns what the page and the worker fetched. */
async function visit({ locale, stored, ready }) {
  const context = await browser.newContext({ locale, serviceWorkers: "allow" });
  if (stored) await context.addInitScript(([k, v]) => localStorage.getItem(k) || localStorage.setItem(k, v), ["benefits-desk/data", stored]);
  const page = await context.newPage();
  const fetched = new Map();
  let worker = 0;
  let pending = 0;
  let last = Date.now();
  context.on("request", (req) => {
    if (!req.serviceWorker()) pending++;
    last = Date.now();
  });
  const done = async (req, ok) => {
    const size = ok ? (await req.sizes()).responseBodySize : 0;
    if (req.serviceWorker()) worker += size;
    else {
      pending--;
      const path = new URL(req.url()).pathname.replace("/benefits-desk/", "") || "(the page)";
      fetched.set(path, Math.max(fetched.get(path) || 0, size));
    }
    last = Date.now();
  };
  context.on("requestfinished", (req) => done(req, true));
  context.on("requestfailed", (req) => done(req, false));
  await page.goto(base);
  await ready(page);
  // Idle: nothing pending for a second and a half.
  while (pending > 0 || Date.now() - last < 1500) await page.waitForTimeout(100);
  await context.close();
  return { fetched, worker };
}

// The sample data as the app stores it.
const sampleContext = await browser.newContext({ locale: "en-US" });
const samplePage = await sampleContext.newPage();
await samplePage.goto(base);
await samplePage.getByRole("button", { name: "Load sample data" }).click();
await samplePage.locator(".agenda-item").first().waitFor();
await samplePage.waitForFunction(() => localStorage.getItem("benefits-desk/data"));
const sample = await samplePage.evaluate(() => localStorage.getItem("benefits-desk/data"));
await sampleContext.close();

const visits = [
  ["first visit", FIRST_VISIT, null, (p) => p.locator("body > main h1").waitFor()],
  ["dashboard with data", WITH_DATA, sample, (p) => p.locator(".agenda-item").first().waitFor()],
];
for (const [name, budget, stored, ready] of visits) {
  const results = [];
  for (const locale of ["en-US", "ko-KR"]) results.push([locale, await visit({ locale, stored, ready })]);
  const paths = [...new Set(results.flatMap(([, r]) => [...r.fetched.keys()]))].sort();
  console.log(`\n${name}`.padEnd(49) + results.map(([l]) => l.padStart(11)).join(""));
  for (const p of paths) console.log(`  ${p}`.padEnd(48) + results.map(([, r]) => (r.fetched.has(p) ? kb(r.fetched.get(p)) : "-").padStart(11)).join(""));
  const totals = results.map(([, r]) => [...r.fetched.values()].reduce((a, b) => a + b, 0));
  console.log(`  total (${results.map(([, r]) => r.fetched.size).join(" / ")} responses)`.padEnd(48) + totals.map((t) => kb(t).padStart(11)).join(""));
  const worst = Math.max(...totals);
  const verdict = worst <= budget ? "within" : `OVER by ${kb(worst - budget)}`;
  console.log(`${name}: ${kb(worst)} of ${kb(budget)} (${((100 * worst) / budget).toFixed(0)}%; ${worst} of ${budget} bytes), ${verdict}`);
  if (worst > budget) failed = true;
  if (name === "first visit") console.log(`  then, in the background, the service worker copies the app for offline use: ${kb(results[0][1].worker)}`);
}
await browser.close();
server.kill();

// Not part of either visit: each page's lazy chunk (split_*.wasm and the
// shared chunk_*.wasm), each page's own texts, and the tools worker, fetched
// when first needed. Gzip level 6, as served.
const onDemand = readdirSync(dir).filter((f) => /^(split|chunk)_.*\.wasm$|^tools(_bg\.wasm|\.js|_loader\.js)$|^i18n-(en|ko)-(?!core-).*\.txt$/.test(f));
const lazy = onDemand.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 6 }).length, 0);
console.log(`\non demand (page chunks, page texts, tools worker): ${onDemand.length} files, ${kb(lazy)} in all`);
if (failed) {
  console.error("size: over budget");
  process.exit(1);
}
