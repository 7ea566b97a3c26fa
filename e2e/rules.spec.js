// The rules page: every rule in both languages with its worked example computed by
// the engine (the RULES.md answers), its source page, and "why?" links landing on it.
import { test, expect } from "./fixtures.js";

test("each rule has its own words, a live worked example and its source; why-links land on it", async ({ page, browser }) => {
  await page.goto("rules");
  await expect(page.locator("li.rule")).toHaveCount(28);
  // The program since 2022, its RULES.md cases computed by the engine.
  await expect(page.locator("#r19 .example")).toContainText("Offer ends March 10, 2026; a benefit redeemed without a key on November 1, 2025 ends March 10, 2026");
  await expect(page.locator("#r22 .example")).toContainText("Bought June 1, 2023: the membership ends May 31, 2024 and its benefits end June 30, 2024.");
  await expect(page.locator("#r25 .example")).toContainText("anniversary on January 21, 2025 could still renew; one on January 22, 2025 cannot");
  await expect(page.locator("#r19 .source a")).toHaveAttribute("href", "https://learn.microsoft.com/en-us/partner-center/cloud-services");
  await expect(page.locator("#r8 .example")).toHaveText(
    "Worked example: 100 licenses ending 31 March 2021, extended with 25 → until June 30, 2021. 5 licenses ending 15 May 2021, extended with 10 → until May 15, 2023. The same with 16 → refused.");
  await expect(page.locator("#r13 .example")).toContainText("Assigned June 1, 2021 → can move to someone else from August 30, 2021.");
  await expect(page.locator("#r5 .example li")).toHaveCount(4);
  await expect(page.locator("#r1 .source a")).toHaveAttribute("href", "https://learn.microsoft.com/en-us/partner-center/benefits-faq#q-what-does-benefit-expiry-date-mean");
  await page.screenshot({ path: "test-output/screenshots/rules-full-en-light.png", fullPage: true });
  // A "why?" link elsewhere in the app lands on its rule, in view and focused.
  await page.goto("support");
  await page.locator("#activation-title").getByRole("link", { name: "R15" }).click();
  await expect(page).toHaveURL(/rules#r15$/);
  await expect(page.locator("#r15")).toBeFocused();
  await expect(page.locator("#r15")).toBeInViewport();

  const context = await browser.newContext({ locale: "ko-KR", colorScheme: "dark" });
  const ko = await context.newPage();
  await ko.goto("rules#r7");
  await expect(ko.locator("#r7 .example")).toContainText("라이선스 200개, 2021년 8월 1일까지");
  await expect(ko.locator("#r7 .source a")).toHaveAttribute("href", /learn\.microsoft\.com\/ko-kr\//);
  await expect(ko.locator("#r7")).toBeInViewport();
  await expect(ko.locator("#r22 .example")).toContainText("2023년 6월 1일에 구매: 멤버십은 2024년 5월 31일에, 혜택은 2024년 6월 30일에 끝납니다.");
  await ko.screenshot({ path: "test-output/screenshots/rules-full-ko-dark.png", fullPage: true });
  await context.close();
});

test("rules link to the page that holds them, and the texts say what the rules say (English, Korean)", async ({ page, browser }) => {
  await page.goto("rules");
  await expect(page.locator("#r3 .source a")).toHaveAttribute("href", /benefits-faq#q-what-does-benefit-expiry-date-mean$/);
  await expect(page.locator("#r14 .source a")).toHaveAttribute("href", /\/en-us\/partner-center\/mpn-benefits-visual-studio$/);
  await expect(page.locator("#r16 .source a")).toHaveAttribute("href", /\/en-us\/partner-center\/mpn-benefits-technical-support$/);
  await expect(page.locator("#r7")).toContainText("the key's licenses run for less than the twelve months");
  await expect(page.locator("#r4")).toContainText("The renewal window opens the day after the anniversary");
  const context = await browser.newContext({ locale: "ko-KR" });
  const ko = await context.newPage();
  await ko.goto("rules");
  await expect(ko.locator("#r13")).toContainText("6월 1일에 할당했다면 8월 30일부터");
  await expect(ko.locator("#r10")).toContainText("시연");
  await expect(ko.locator("#r16 .source a")).toHaveAttribute("href", /\/ko-kr\/partner-center\/mpn-benefits-technical-support$/);
  await context.close();
});
