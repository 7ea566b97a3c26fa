import AxeBuilder from "@axe-core/playwright";
import { test, expect, PAGES } from "./fixtures.js";

const SHOTS = "test-output/screenshots";

for (const lang of ["en", "ko"]) {
  for (const theme of ["light", "dark"]) {
    test(`every page has zero axe violations (${lang}, ${theme})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({
        locale: lang === "ko" ? "ko-KR" : "en-US",
        colorScheme: theme,
      });
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      for (const p of [...PAGES, { path: "no-such-page", en: "Page not found", ko: "페이지를 찾을 수 없습니다" }]) {
        await page.goto(p.path || "./");
        await expect(page.locator("body > main h1")).toHaveText(p[lang]);
        const result = await new AxeBuilder({ page }).analyze();
        const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(summary, `${p.path || "dashboard"}`).toEqual([]);
        if (p.path === "" || p.path === "rules" || p.path === "settings") {
          await page.screenshot({ path: `${SHOTS}/${p.path || "dashboard"}-${lang}-${theme}.png`, fullPage: true });
        }
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}

test("with sample data, every page is readable at 360 px wide without sideways scrolling", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "ko-KR" });
  const page = await context.newPage();
  await page.goto("settings");
  await page.locator("#backup").waitFor();
  await page.getByRole("button", { name: "예제 데이터 불러오기" }).click();
  for (const p of PAGES) {
    await page.goto(p.path || "./");
    await expect(page.locator("body > main h1")).toHaveText(p.ko);
    await page.waitForLoadState("networkidle");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, p.path || "dashboard").toBeLessThanOrEqual(0);
    if (["", "keys", "visual-studio"].includes(p.path)) {
      await page.screenshot({ path: `${SHOTS}/${p.path || "dashboard"}-sample-ko-light-360.png`, fullPage: true });
    }
  }
  await context.close();
});

test("the shell is readable at 360 px wide", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "ko-KR" });
  const page = await context.newPage();
  await page.goto("./");
  await expect(page.locator("body > main h1")).toHaveText("대시보드");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/dashboard-ko-light-360.png`, fullPage: true });
  await context.close();
});

for (const lang of ["en", "ko"]) {
  for (const theme of ["light", "dark"]) {
    test(`with sample data, every built page has zero axe violations (${lang}, ${theme})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ locale: lang === "ko" ? "ko-KR" : "en-US", colorScheme: theme });
      const page = await context.newPage();
      await page.goto("settings");
      await page.locator("#backup").waitFor();
      await page.getByRole("button", { name: lang === "ko" ? "예제 데이터 불러오기" : "Load sample data" }).click();
      for (const p of ["./", "membership", "keys", "subscriptions", "redeem", "visual-studio", "azure-credits", "support", "history", "settings"]) {
        await page.goto(p);
        await page.locator("body > main h1").waitFor();
        if (p === "keys") {
          // One key revealed and one redemption form open: their states are checked too.
          await page.locator(".key-row").first().waitFor();
          await page.locator(".key-row .key-secret button").first().click();
          await page.locator(".key-row[data-status=open] .key-actions button").last().click();
        }
        if (p === "visual-studio") {
          // A user chosen for a free seat, and an earlier holder's history open.
          await page.locator(".seat details.history summary").first().click();
          // The user picker open with its matches listed (checked open, too).
          await page.locator(".seat[data-assigned=false] [role=combobox]").first().click();
          await page.locator(".seat[data-assigned=false] [role=option]").first().waitFor();
        }
        if (p === "azure-credits") {
          // The credit flow open at its second step: the offers question.
          await page.locator(".credit button").first().click();
          await page.locator("#credit-user").click();
          await page.locator("#credit-user").press("ArrowDown");
          await page.locator("#credit-user").press("Enter");
          await page.locator(".assign-flow .inline-form button").first().click();
          await page.locator(".assign-flow fieldset").waitFor();
        }
        if (p === "subscriptions") {
          // The expiry notice open with a key chosen.
          await page.locator(".sub-row button").nth(1).click();
          await page.locator("#notice-key").selectOption({ index: 1 });
        }
        if (p === "redeem") {
          // The wizard reached from a notice, at its comparison: every way side by side.
          await page.goto("subscriptions");
          await page.locator(".sub-row button").nth(1).click();
          await page.locator("#notice-key").selectOption({ index: 1 });
          await page.locator(".notice-flow .actions button").click();
          await page.locator("#wz-own").check();
          await page.locator(".wizard-step button[type=submit]").click();
          await page.locator(".wizard-step button[type=submit]").click();
          await page.locator(".option").first().waitFor();
        }
        const result = await new AxeBuilder({ page }).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), p).toEqual([]);
        const name = p === "./" ? "dashboard" : p;
        await page.screenshot({ path: `${SHOTS}/${name}-sample-${lang}-${theme}.png`, fullPage: true });
      }
      await context.close();
    });
  }
}
