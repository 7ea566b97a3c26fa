// Prints the end-to-end results as closing lines ("N passed, N failed") after
// `make test`, so a log reader sees the last tiers' outcomes at the very end:
// the Playwright flows (Chromium), then the cross-browser tier by engine.
import { existsSync, readFileSync } from "node:fs";

const file = "test-output/e2e-results.json";
if (!existsSync(file)) {
  console.error("summary: no end-to-end results found");
  process.exit(1);
}
const { stats } = JSON.parse(readFileSync(file, "utf8"));
const failed = stats.unexpected + stats.flaky;
console.log(`e2e: ${stats.expected} passed, ${failed} failed` + (stats.skipped ? `, ${stats.skipped} skipped` : ""));
let engineFailures = 0;
const tap = "test-output/engines.tap";
if (existsSync(tap)) {
  // "ok N - firefox: …" / "not ok N - webkit: …", one line a test.
  const byEngine = new Map();
  for (const m of readFileSync(tap, "utf8").matchAll(/^\s*(not ok|ok) \d+ - (\w+): /gm)) {
    const e = byEngine.get(m[2]) || { pass: 0, fail: 0 };
    e[m[1] === "ok" ? "pass" : "fail"]++;
    byEngine.set(m[2], e);
  }
  for (const [engine, e] of byEngine) {
    console.log(`engines: ${engine} ${e.pass} passed, ${e.fail} failed`);
    engineFailures += e.fail;
  }
} else {
  console.error("summary: no cross-browser results found");
  engineFailures = 1;
}
process.exit(failed || engineFailures ? 1 : 0);
