import { createHash } from "node:crypto";
import { test, expect, PAGES, appReady, controlledBySw } from "./fixtures.js";

test("loads under the sub-path with the product name and dashboard", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await expect(page).toHaveTitle("Partner Benefits Desk");
  await expect(page.locator(".brand")).toHaveText("Partner Benefits Desk");
  await expect(page.locator("body > main h1")).toHaveText("Dashboard");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("every navigation entry opens its page and is marked current", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  const nav = page.getByRole("navigation", { name: "Sections" });
  for (const p of PAGES) {
    await nav.getByRole("link", { name: p.en, exact: true }).click();
    await expect(page).toHaveURL(`/benefits-desk/${p.path}`);
    await expect(page.locator("body > main h1")).toHaveText(p.en);
    await expect(nav.locator('[aria-current="page"]')).toHaveText(p.en);
  }
});

test("navigation works from the keyboard alone", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  const rules = page.getByRole("navigation").getByRole("link", { name: "Rules", exact: true });
  for (let i = 0; i < 30 && !(await rules.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(rules).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("body > main h1")).toHaveText("Rules");
  await expect(page.locator("#r13")).toContainText("R13");
});

test("a deep link survives a reload on a static host", async ({ page }) => {
  const response = await page.goto("visual-studio");
  expect(response.status()).toBe(404); // served by 404.html, like GitHub Pages
  await expect(page.locator("body > main h1")).toHaveText("Visual Studio");
  await page.reload();
  await expect(page.locator("body > main h1")).toHaveText("Visual Studio");
});

test("an unknown path shows a real not-found page with a way back", async ({ page }) => {
  await page.goto("no-such-page");
  await expect(page.locator("body > main h1")).toHaveText("Page not found");
  await page.getByRole("link", { name: "Back to the dashboard" }).click();
  await expect(page.locator("body > main h1")).toHaveText("Dashboard");
});

test("the app's own router: links move without a reload, back and forward return, the skip link and new-tab clicks stay the browser's, a path deeper than a page is not found", async ({ page, context }) => {
  await page.goto("./");
  await appReady(page);
  await page.evaluate(() => { window.__sameDocument = true; });
  const nav = page.getByRole("navigation", { name: "Sections" });
  await nav.getByRole("link", { name: "Product keys", exact: true }).click();
  await expect(page.locator("body > main h1")).toHaveText("Product keys");
  await nav.getByRole("link", { name: "Rules", exact: true }).click();
  await expect(page.locator("body > main h1")).toHaveText("Rules");
  await page.goBack();
  await expect(page).toHaveURL(/\/benefits-desk\/keys$/);
  await expect(page.locator("body > main h1")).toHaveText("Product keys");
  await page.goForward();
  await expect(page.locator("body > main h1")).toHaveText("Rules");
  await page.goBack();
  await page.goBack();
  await expect(page.locator("body > main h1")).toHaveText("Dashboard");
  expect(await page.evaluate(() => window.__sameDocument), "no reload on the way").toBe(true);
  // The skip link is a fragment of the page shown: the browser moves focus there.
  await page.getByRole("link", { name: "Skip to main content" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  await expect(page).toHaveURL(/\/benefits-desk\/#main$/);
  // A Ctrl-click opens a new tab, as on any site, and leaves this page where it was.
  const [opened] = await Promise.all([
    context.waitForEvent("page"),
    nav.getByRole("link", { name: "Settings", exact: true }).click({ modifiers: ["Control"] }),
  ]);
  await opened.waitForLoadState();
  expect(new URL(opened.url()).pathname).toBe("/benefits-desk/settings");
  await expect(page.locator("body > main h1")).toHaveText("Dashboard");
  await opened.close();
  await page.goto("keys/7");
  await expect(page.locator("body > main h1")).toHaveText("Page not found");
});

test("Korean is chosen when the browser prefers it", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR" });
  const page = await context.newPage();
  await page.goto("./");
  await expect(page.locator("body > main h1")).toHaveText("대시보드");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page).toHaveTitle("파트너 혜택 데스크");
  await context.close();
});

test("language and theme persist across a reload", async ({ page }) => {
  await page.goto("settings");
  await appReady(page);
  await page.locator(".site-header").getByRole("button", { name: "한국어" }).click();
  await expect(page.locator("body > main h1")).toHaveText("설정");
  await page.locator(".site-header").getByLabel("테마").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe("rgb(18, 22, 27)");
  await page.reload();
  await expect(page.locator("body > main h1")).toHaveText("설정");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".site-header select")).toHaveValue("dark");
  await page.locator(".site-header").getByRole("button", { name: "English" }).click();
  await page.locator(".site-header").getByLabel("Theme").selectOption("system");
  await page.reload();
  await expect(page.locator("body > main h1")).toHaveText("Settings");
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
});

test("with the network cut, a reload and a deep link still show the app", async ({ page, context }) => {
  await page.goto("./");
  await appReady(page);
  await controlledBySw(page);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await expect(page.locator("body > main h1")).toHaveText("Dashboard");
  await page.goto("support");
  await expect(page.locator("body > main h1")).toHaveText("Support");
  // Pages loaded lazily (their own wasm chunk) open offline too: the service
  // worker cached every chunk at install, before any of them was visited.
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.locator("body > main h1")).toHaveText("Settings");
  await expect(page.getByRole("button", { name: "Export backup" })).toBeVisible();
  await page.getByRole("link", { name: "Rules" }).click();
  await expect(page.locator("body > main h1")).toHaveText("Rules");
  await context.setOffline(false);
});

test("the page forbids inline scripts but its own shell and loads only its own files", async ({ page }) => {
  const response = await page.goto("./");
  const html = await response.text();
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain("unsafe-inline");
  // One inline script, the app shell, allowed by its own hash and nothing else.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toHaveLength(1);
  expect(inline[0]).toMatch(/^\/\/ The app shell/);
  const hash = createHash("sha256").update(inline[0]).digest("base64");
  expect(csp).toContain(`script-src 'self' 'sha256-${hash}' 'wasm-unsafe-eval'`);
  await appReady(page);
});

test("the guard watches every browser context a test opens, not only its own page", async ({ browser, guard }) => {
  const context = await browser.newContext({ locale: "ko-KR" });
  const page = await context.newPage();
  await page.goto("./");
  await page.evaluate(() => console.error("deliberate error from a second context"));
  await expect.poll(() => guard.some((p) => p.includes("deliberate error from a second context"))).toBe(true);
  // Seen, so the guard works; cleared, so this test itself passes.
  guard.length = 0;
  await context.close();
});

test("served compressed like the hosting; on a 390 px phone the navigation is one row that keeps the current page in view", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "ko-KR" });
  const page = await context.newPage();
  const encodings = {};
  page.on("response", (r) => {
    const m = r.url().match(/\.(wasm|css|txt)$/);
    if (m) encodings[m[1]] = r.headers()["content-encoding"];
  });
  await page.goto("settings");
  await appReady(page);
  expect(encodings).toMatchObject({ wasm: "gzip", css: "gzip", txt: "gzip" });
  const nav = await page.locator(".site-nav ul").boundingBox();
  expect(nav.height).toBeLessThan(60);
  // Settings is the last link: the row scrolled to it.
  await expect(page.locator('.site-nav a[aria-current="page"]')).toBeInViewport();
  // The page itself never scrolls sideways; the row scrolls inside itself.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "test-output/screenshots/nav-390-ko-light.png" });
  await context.close();
});

test("the HTML shell draws the header, navigation and each page's heading and intro before the wasm, in the visitor's language and theme; the app takes over without a shift", async ({ browser }) => {
  test.setTimeout(120_000);
  for (const [locale, scheme] of [["en-US", "light"], ["ko-KR", "dark"]]) {
    const context = await browser.newContext({ locale, colorScheme: scheme });
    await context.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__cls += e.value; }).observe({ type: "layout-shift", buffered: true });
    });
    const page = await context.newPage();
    // The shell alone: no service worker, and the wasm never arrives.
    const bare = await browser.newContext({ locale, colorScheme: scheme, serviceWorkers: "block" });
    const shellPage = await bare.newPage();
    await shellPage.route(/\.wasm$/, () => {});
    for (const path of [...PAGES.map((p) => p.path), "redeem"]) {
      await page.goto(path || "./");
      await appReady(page);
      const app = await page.evaluate(() => [document.querySelector("body > main h1").textContent, document.querySelector("body > main .lead").textContent]);
      expect(await page.locator("#app-shell").count(), `${path}: the shell is gone once the app has drawn`).toBe(0);
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => window.__cls), `${path}: layout shift`).toBe(0);
      // Without the wasm, the shell alone: the same heading and intro, the same navigation.
      await shellPage.goto(path || "./");
      const shell = shellPage.locator("#app-shell");
      await expect(shell.locator("h1")).toHaveText(app[0]);
      await expect(shell.locator(".lead")).toHaveText(app[1]);
      await expect(shell.locator(".site-nav a")).toHaveCount(10);
      await expect(shellPage.locator("html")).toHaveAttribute("lang", locale.slice(0, 2));
    }
    await shellPage.screenshot({ path: `test-output/screenshots/shell-${locale}.png` });
    await bare.close();
    await context.close();
  }
});
