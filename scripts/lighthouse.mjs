// Lighthouse (mobile, simulated throttling) on the release bundle served the way
// GitHub Pages serves it (scripts/serve.mjs: sub-path, gzip), three runs after a
// warm-up, beside a static reference page served the same way in the same run.
// Prints the medians, the LCP ratio and the total blocking time against its
// 50 ms goal, with the long tasks of each run that had any. Fails below issue
// 13's gates: performance 0.98, accessibility, best practices and SEO 1.00,
// LCP within 1.5 x the reference, no layout shift. Total blocking time is
// printed, not gated: the app's start-up measures 0 ms in nearly every run,
// but Lighthouse's own tasks in the page count too, and on a busy machine
// they put even the static reference page at a median of 37-45 ms
// (docs/perf.md, session 12).
// Usage: node scripts/lighthouse.mjs [dist]
import { spawn } from "node:child_process";
import { mkdtempSync, copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const dist = process.argv[2] || "dist";
const RUNS = 3;
const GOALS = { tbt: 50 };
const GATES = { performance: 0.98, accessibility: 1, "best-practices": 1, seo: 1, lcpRatio: 1.5, cls: 0.01 };

// The reference: what a static page of the same first screen costs here.
const ref = mkdtempSync(join(tmpdir(), "lh-ref-"));
const css = readdirSync(dist).find((f) => /^main-.*\.css$/.test(f));
copyFileSync(join(dist, css), join(ref, css));
writeFileSync(join(ref, "index.html"), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Reference page">
<title>Reference</title><link rel="stylesheet" href="/benefits-desk/${css}"></head><body>
<header class="site-header"><strong>Partner Benefits Desk</strong></header>
<main><h1>Dashboard</h1><p class="intro">What is due and when, grouped by how soon, each with the rule behind its date and a link to the flow that deals with it.</p></main>
</body></html>`);

function serve(dir, port) {
  const child = spawn("node", ["scripts/serve.mjs", "--port", String(port), "--dir", dir], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) => child.stdout.once("data", () => resolve(child)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(url, chrome) {
  const runs = [];
  await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" }); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    const a = lhr.audits;
    runs.push({
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      "best-practices": lhr.categories["best-practices"].score,
      seo: lhr.categories.seo.score,
      fcp: a["first-contentful-paint"].numericValue,
      lcp: a["largest-contentful-paint"].numericValue,
      tbt: a["total-blocking-time"].numericValue,
      cls: a["cumulative-layout-shift"].numericValue,
      bytes: a["total-byte-weight"].numericValue,
      // Simulated long tasks after the first paint: what the blocking time counts.
      long: (a["long-tasks"].details?.items || [])
        .filter((t) => t.duration > 50 && t.startTime + t.duration > a["first-contentful-paint"].numericValue)
        .map((t) => `${String(t.url).split("/").pop() || t.url} at ${Math.round(t.startTime)} ms: ${Math.round(t.duration)} ms`),
    });
  }
  const medians = Object.fromEntries(Object.keys(runs[0]).filter((k) => k !== "long").map((k) => [k, median(runs.map((r) => r[k]))]));
  return { ...medians, tbtRuns: runs.map((r) => Math.round(r.tbt)), long: runs.map((r) => r.long) };
}

const servers = [await serve(dist, 4210), await serve(ref, 4211)];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox"],
});
let app, reference;
try {
  app = await measure("http://127.0.0.1:4210/benefits-desk/", chrome);
  reference = await measure("http://127.0.0.1:4211/benefits-desk/", chrome);
} finally {
  await chrome.kill();
  for (const s of servers) s.kill();
}
const row = (name, r) =>
  `${name.padEnd(10)} ${r.performance.toFixed(2).padStart(5)} ${r.accessibility.toFixed(2).padStart(5)} ${r["best-practices"].toFixed(2).padStart(5)} ${r.seo.toFixed(2).padStart(5)}` +
  ` ${(r.fcp / 1000).toFixed(2).padStart(6)} s ${(r.lcp / 1000).toFixed(2).padStart(6)} s ${r.tbt.toFixed(0).padStart(5)} ms ${r.cls.toFixed(3).padStart(6)} ${(r.bytes / 1024).toFixed(1).padStart(7)} KB`;
console.log(`Lighthouse ${RUNS} runs, medians (mobile, simulated throttling):`);
console.log("page        perf  a11y    bp   seo      FCP        LCP      TBT    CLS  transfer");
console.log(row("app", app));
console.log(row("reference", reference));
const ratio = app.lcp / reference.lcp;
console.log(`LCP ratio app / reference: ${ratio.toFixed(2)} (gate ≤ ${GATES.lcpRatio})`);
console.log(`goal TBT ≤ ${GOALS.tbt} ms: ${app.tbt <= GOALS.tbt ? "met" : "MISSED"} (median ${app.tbt.toFixed(0)} ms; runs ${app.tbtRuns.join(", ")} ms; the reference ${reference.tbtRuns.join(", ")} ms)`);
app.long.forEach((tasks, i) => tasks.length && console.log(`  app run ${i + 1}, long tasks after the first paint (simulated): ${tasks.join("; ")}`));
const misses = [
  ...["performance", "accessibility", "best-practices", "seo"].filter((k) => app[k] < GATES[k]).map((k) => `${k} ${app[k]} < ${GATES[k]}`),
  ...(ratio > GATES.lcpRatio ? [`LCP ratio ${ratio.toFixed(2)} > ${GATES.lcpRatio}`] : []),
  ...(app.cls > GATES.cls ? [`CLS ${app.cls.toFixed(3)} > ${GATES.cls}`] : []),
];
if (misses.length) {
  console.log(`lighthouse: gates missed: ${misses.join("; ")}`);
  process.exit(1);
}
console.log("lighthouse: every gate passed");
