// The dashboard with data: the membership year as a picture (renewal window, due
// dates by kind, today), each agenda item leading into the flow that deals with
// it, and a printout without the app's chrome.
import { test, expect } from "./fixtures.js";
import { T, plus, iso, en, seed, tabTo } from "./util.js";

test("the year timeline, the agenda's links into each flow, and the printout", async ({ page }) => {
  await seed(page, {
    membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, 20)), renewal_start: null, benefit_expiry: iso(plus(T, 20)) },
    keys: [{ id: 1, product: "Power BI Pro", key: "", licenses: 5, redemption: null, replaced: false }],
    users: [{ id: 1, name: "Kim Minji", email: "minji@contoso.kr", offers: [] }],
    vs_seats: [{ id: 1, level: "Enterprise", assignment: { user: 1, assigned_on: iso(plus(T, -80)) } }],
  }, "./");
  const svg = page.locator(".year-timeline svg");
  await expect(svg).toHaveAttribute("role", "img");
  await expect(svg).toHaveAttribute("aria-label", /^Timeline from .* with \d+ dates and today marked/);
  // Renewal window, the key's deadline, the seat's reassignment date: each a mark with its words.
  await expect(svg.locator(".tl-window")).toHaveCount(1);
  await expect(svg.locator("circle title")).toContainText([`Redeem key: Power BI Pro · ${en(plus(T, 20))}`]);
  await expect(svg.locator(".tl-expiry title")).toHaveText(`Benefit expiry date · ${en(plus(T, 20))}`);
  await expect(svg.locator(".tl-today")).toHaveCount(1);
  // Each agenda item opens the flow that deals with it.
  const seat = page.locator(".agenda-item", { hasText: "Visual Studio seat can be reassigned: Kim Minji" });
  await expect(seat).toContainText(en(plus(T, 10)));
  await seat.getByRole("link", { name: "Seats" }).click();
  await expect(page).toHaveURL(/\/visual-studio$/);
  await page.goBack();
  await page.locator(".agenda-item", { hasText: "Redeem key" }).getByRole("link", { name: "Keys" }).click();
  await expect(page).toHaveURL(/\/keys$/);
  await page.goBack();
  await page.screenshot({ path: "test-output/screenshots/dashboard-timeline-en-light.png", fullPage: true });
  // On paper: no navigation, no buttons, the timeline and the agenda stay.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(page.locator(".flow-link").first()).toBeHidden();
  await expect(svg).toBeVisible();
  await page.screenshot({ path: "test-output/screenshots/dashboard-print.png", fullPage: true });
});

test("a large account's agenda: keys due the same day are one line that opens the key list filtered, long groups fold (English, Korean)", async ({ page, browser }) => {
  const { key } = await import("./util.js");
  const keys = [];
  for (let i = 1; i <= 300; i++) keys.push(key(i, `Product ${i}`, 5));
  const subscriptions = [];
  // Fifteen subscriptions ending on fifteen different days this month.
  for (let i = 1; i <= 15; i++) subscriptions.push({ id: i, product: `Subscription ${i}`, licenses: 1, end: iso(plus(T, 8 + i)), tenant: "" });
  const data = {
    membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, 200)), renewal_start: null, benefit_expiry: iso(plus(T, 60)) },
    keys,
    subscriptions,
  };
  await seed(page, data, "./");
  const line = page.locator(".agenda-item", { hasText: "Redeem 300 keys" });
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute("data-count", "300");
  await expect(line).toContainText(en(plus(T, 60)));
  // Fifteen lines this month: ten shown, then all on request.
  const month = page.locator(".agenda-group", { has: page.getByRole("heading", { name: "This month" }) });
  await expect(month.locator(".agenda-item")).toHaveCount(10);
  await month.getByRole("button", { name: "Show all 15" }).click();
  await expect(month.locator(".agenda-item")).toHaveCount(15);
  await month.getByRole("button", { name: "Show fewer" }).click();
  await expect(month.locator(".agenda-item")).toHaveCount(10);
  expect(await page.locator("body *").count()).toBeLessThan(3000);
  // The line leads to the keys still to redeem.
  await line.getByRole("link", { name: "Keys" }).click();
  await expect(page).toHaveURL(/keys\?status=open$/);
  await expect(page.getByLabel("Status")).toHaveValue("open");
  await expect(page.locator(".count")).toHaveText("300 keys shown");

  const context = await browser.newContext({ locale: "ko-KR" });
  const ko = await context.newPage();
  await seed(ko, data, "./");
  await expect(ko.locator(".agenda-item", { hasText: "키 300개 등록" })).toHaveCount(1);
  // Keyboard alone: Tab to "show all", Enter unfolds; Tab to the group's link, Enter opens the filtered list.
  await ko.locator("h1").focus();
  await tabTo(ko, ".agenda-group button");
  await ko.keyboard.press("Enter");
  await expect(ko.locator(".agenda-group", { has: ko.getByRole("heading", { name: "이번 달" }) }).locator(".agenda-item")).toHaveCount(15);
  await ko.locator("h1").focus();
  await tabTo(ko, '.agenda-item[data-count="300"] a[href$="status=open"]');
  await ko.keyboard.press("Enter");
  await expect(ko).toHaveURL(/keys\?status=open$/);
  await expect(ko.locator(".count")).toHaveText("키 300개 표시");
  await context.close();
});
