// Shared fixtures: every test fails on a console error, an uncaught exception, or
// any request that leaves 127.0.0.1.
import { test as base, expect } from "@playwright/test";

export const PAGES = [
  { path: "", en: "Dashboard", ko: "대시보드" },
  { path: "membership", en: "Membership", ko: "멤버십" },
  { path: "keys", en: "Product keys", ko: "제품 키" },
  { path: "subscriptions", en: "Subscriptions", ko: "구독" },
  { path: "visual-studio", en: "Visual Studio", ko: "Visual Studio 구독" },
  { path: "azure-credits", en: "Azure credits", ko: "Azure 크레딧" },
  { path: "support", en: "Support", ko: "기술 지원" },
  { path: "rules", en: "Rules", ko: "규칙" },
  { path: "history", en: "History", ko: "기록 내역" },
  { path: "settings", en: "Settings", ko: "설정" },
];

// GitHub Pages answers a deep link with 404.html and status 404; Chromium logs
// that status as a console error although the app then loads normally.
const expected404 = /Failed to load resource: the server responded with a status of 404/;

/**
 * The code that saves a change is fetched at the first use, so a change made a
 * moment ago may still wait in memory (the page marks that with `data-unsaved`
 * on its root element, and leaving would ask first). A test then leaves the
 * page or reads what is stored only once it has been saved, as a user who
 * waits a moment would; at most 10 s (a save that cannot happen is the test's
 * own subject, and it goes on).
 */
function settleBeforeLeavingOrReading(page) {
  const settled = () =>
    page.waitForFunction(() => !document.documentElement.hasAttribute("data-unsaved"), null, { timeout: 10_000 }).catch(() => {});
  for (const method of ["goto", "reload", "evaluate"]) {
    const original = page[method].bind(page);
    page[method] = async (...args) => {
      await settled();
      return original(...args);
    };
  }
}

/** Watches one browser context: its requests, and every page's console and errors. */
function watch(context, problems) {
  context.on("request", (req) => {
    const url = new URL(req.url());
    const local = url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:";
    if (!local) problems.push(`request left 127.0.0.1: ${req.url()}`);
  });
  const watchPage = (page) => {
    settleBeforeLeavingOrReading(page);
    page.on("console", (msg) => {
      if (msg.type() === "error" && !expected404.test(msg.text())) problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
  };
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
}

export const test = base.extend({
  // Every context a test opens is guarded, not only the default one: the
  // browser's newContext/newPage are wrapped for the test's duration.
  guard: [
    async ({ context, browser }, use) => {
      const problems = [];
      watch(context, problems);
      const { newContext, newPage } = browser;
      browser.newContext = async (...args) => {
        const c = await newContext.apply(browser, args);
        watch(c, problems);
        return c;
      };
      browser.newPage = async (...args) => {
        const c = await browser.newContext(...args);
        const p = await c.newPage();
        return p;
      };
      try {
        await use(problems);
      } finally {
        browser.newContext = newContext;
        browser.newPage = newPage;
      }
      expect(problems, problems.join("\n")).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the app has mounted (the main heading is on screen). */
export async function appReady(page) {
  await expect(page.locator("body > main h1")).toBeVisible();
}

/** Waits until a service worker controls the page, so reloads can be served offline. */
export async function controlledBySw(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}
