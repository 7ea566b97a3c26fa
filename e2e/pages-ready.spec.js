// Pages becoming ready with a large partner's data (issue 15): every page opened
// with no data, with a large account (300 keys, 60 subscriptions, 5,000 users,
// 150 seats, 20 credits) and with the budget set of DESIGN.md (10,000 keys,
// 5,000 users, 2,000 seats, 500 subscriptions), the data sets made by the
// engine's own generator (examples/dataset.rs). Time to ready: from navigation
// start to the first frame painted after the app's page (not the HTML shell) has
// its heading, intro and first content in the document,
// over seven loads after one warm-up load (every chunk cached alike). On this
// 2-core machine a page's time moves by ±50 ms from load to load with whatever
// else the browser does, so a page passes the time budget when either its
// fastest load or its median is within it (a real regression moves both).
// Prints a table; fails past the budgets. Figures in docs/perf.md.
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import { test, expect, PAGES } from "./fixtures.js";
import { DATA_KEY, T, iso } from "./util.js";

/**
 * Every page of the router (src/ui/routes.rs, Page::ALL): the navigation's and
 * the wizard. `BENCH_PAGES=keys,redeem` measures only those (while working on one).
 */
const ALL = [...PAGES.map((p) => p.path), "redeem"].filter(
  (p) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(",").includes(p),
);
const BUDGET_LARGE_MS = 100;
const BUDGET_KEYS_DASHBOARD_MS = 300;
const MAX_NODES = 3000;
const RUNS = 7;

function dataset(name) {
  return execFileSync("cargo", ["run", "--quiet", "--locked", "--example", "dataset", "--", name, iso(T)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Records, in the page, when its heading first appears and the frame after. */
function watchReady() {
  window.__ready = new Promise((resolve) => {
    const check = () => {
      // The page's heading and intro and the first of its own content (the
      // dashboard's agenda is a chunk of its own, fetched after the heading).
      if (!document.querySelector("body > main section.page > p.lead ~ *")) return;
      obs.disconnect();
      const dom = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({ dom, painted: performance.now() }), 0));
    };
    const obs = new MutationObserver(check);
    obs.observe(document, { childList: true, subtree: true });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A browser context with `doc` stored (null: nothing), watching for ready. */
async function open(browser, doc) {
  const context = await browser.newContext();
  await context.addInitScript(watchReady);
  const page = await context.newPage();
  await page.goto("./");
  await page.evaluate(() => window.__ready);
  await page.evaluate(([k, v]) => (v ? localStorage.setItem(k, v) : localStorage.removeItem(k)), [DATA_KEY, doc]);
  return page;
}

/** What a page shows when it did not become ready: enough to tell why. */
const stuckState = () => ({
  url: location.href,
  visibility: document.visibilityState,
  unsaved: document.documentElement.hasAttribute("data-unsaved"),
  main: (document.querySelector("main")?.outerHTML ?? "(no main)").slice(0, 1200),
});

/** Loads that were not ready within a minute and were loaded again (printed). */
const stuck = [];

/**
 * Opens `path` and returns the time to ready and the DOM nodes once it has
 * settled. A load not ready within a minute is printed with what the page
 * shows and loaded once more (CI once saw one load never become ready); a
 * second such load in a row fails the test with what the page showed.
 */
async function load(page, path) {
  let painted;
  for (let attempt = 1; painted === undefined; attempt++) {
    await page.goto(path);
    const ready = await Promise.race([
      page.evaluate(() => window.__ready),
      new Promise((resolve) => setTimeout(() => resolve(null), 60_000)),
    ]);
    if (ready) {
      painted = ready.painted;
      continue;
    }
    const state = await page.evaluate(stuckState).catch((e) => String(e));
    const line = `/${path} not ready within 60 s (attempt ${attempt}): ${JSON.stringify(state)}`;
    console.log(line);
    stuck.push(line);
    if (attempt === 2) throw new Error(line);
  }
  // Whatever a page fetches after its heading (the dashboard's timeline) is counted too.
  await page.waitForTimeout(150);
  return { ms: painted, nodes: await page.evaluate(() => document.getElementsByTagName("*").length) };
}

/**
 * Every page with each data set, the loads interleaved (no data, large, 10,000
 * keys, again...) so that a slower moment of the machine falls on all three alike.
 */
async function measure(pages, paths) {
  const out = pages.map(() => ({}));
  for (const path of paths) {
    const runs = pages.map(() => []);
    for (let run = 0; run <= RUNS; run++) {
      for (const [i, page] of pages.entries()) {
        const r = await load(page, path);
        if (run > 0) runs[i].push(r);
      }
    }
    runs.forEach((rs, i) => {
      const ms = rs.map((r) => r.ms);
      out[i][path] = { ms: Math.min(...ms), median: median(ms), nodes: Math.max(...rs.map((r) => r.nodes)) };
    });
  }
  for (const page of pages.slice(1)) await expect(page.locator(".recovery")).toHaveCount(0);
  return out;
}

/** The table's rows: each page's times with no data, the large account and 10,000 keys. */
function tabulate([empty, big, keys], paths) {
  return paths.map((p) => ({
    page: `/${p}`,
    empty: empty[p].ms,
    large: big[p].ms,
    largeNodes: big[p].nodes,
    keys: keys[p].ms,
    keysNodes: keys[p].nodes,
    medianLarge: big[p].median - empty[p].median,
    medianKeys: keys[p].median - empty[p].median,
  }));
}

/** The large account's excess over no data (the better of fastest and median deltas). */
const largeDelta = (r) => Math.min(r.large - r.empty, r.medianLarge);
const keysDelta = (r) => Math.min(r.keys - r.empty, r.medianKeys);
/** How far a page is past its time budgets (negative: within them). */
const excess = (r) =>
  Math.max(largeDelta(r) - BUDGET_LARGE_MS, r.page === "/" ? keysDelta(r) - BUDGET_KEYS_DASHBOARD_MS : -Infinity);

test("every page is ready within its budget with a large account and with 10,000 keys @bench", async ({ browser }) => {
  test.setTimeout(900_000);
  const large = dataset("large");
  const budget = dataset("budget");
  const pages = [await open(browser, null), await open(browser, large), await open(browser, budget)];
  let rows = tabulate(await measure(pages, ALL), ALL);
  // A page over budget is measured once more, alone: a moment when the machine
  // was busy passes, a real regression stays. The better round counts.
  const again = rows.filter((r) => excess(r) > 0).map((r) => r.page.slice(1));
  if (again.length) {
    console.log(`over budget in the first round, measured again: ${again.map((p) => `/${p}`).join(" ")}`);
    const second = tabulate(await measure(pages, again), again);
    rows = rows.map((r) => {
      const s = second.find((x) => x.page === r.page);
      return s && excess(s) < excess(r) ? s : r;
    });
  }
  const f = (x) => x.toFixed(0).padStart(7);
  const lines = [
    `pages ready (ms from navigation start, fastest of ${RUNS}; +delta of the medians in brackets; DOM nodes):`,
    "page              no data   large  +delta (median)  nodes | 10k keys  +delta (median)  nodes",
    ...rows.map((r) =>
      `${r.page.padEnd(16)} ${f(r.empty)} ${f(r.large)} ${f(r.large - r.empty)} (${f(r.medianLarge)}) ${String(r.largeNodes).padStart(6)} | ${f(r.keys)}  ${f(r.keys - r.empty)} (${f(r.medianKeys)}) ${String(r.keysNodes).padStart(6)}`,
    ),
    `budgets: large account +${BUDGET_LARGE_MS} ms on every page; 10,000 keys dashboard +${BUDGET_KEYS_DASHBOARD_MS} ms; at most ${MAX_NODES} DOM nodes`,
    `loads not ready within 60 s and loaded again: ${stuck.length}`,
  ];
  console.log(lines.join("\n"));
  mkdirSync("test-output", { recursive: true });
  writeFileSync("test-output/pages-ready.json", JSON.stringify(rows, null, 2));
  for (const r of rows) {
    const over = largeDelta(r) - BUDGET_LARGE_MS;
    if (over > 0) console.log(`over budget: ${r.page} with a large account by ${over.toFixed(0)} ms`);
    expect.soft(largeDelta(r), `${r.page} with a large account, ms over no data`).toBeLessThanOrEqual(BUDGET_LARGE_MS);
    expect.soft(r.largeNodes, `${r.page} DOM nodes, large account`).toBeLessThanOrEqual(MAX_NODES);
    expect.soft(r.keysNodes, `${r.page} DOM nodes, 10,000 keys`).toBeLessThanOrEqual(MAX_NODES);
  }
  const dash = rows.find((r) => r.page === "/");
  if (dash) expect.soft(keysDelta(dash), "dashboard with 10,000 keys").toBeLessThanOrEqual(BUDGET_KEYS_DASHBOARD_MS);
});
