// A large partner's account (issue 15): long lists come a page at a time
// (seats, subscriptions, credits), the wizard's key step lists the first 50 keys
// and says how many more match, and the dashboard's timeline draws one mark per
// day and kind that names the group — in English with the mouse, in Korean with
// the keyboard alone.
import { test, expect } from "./fixtures.js";
import { T, plus, iso, en, seed, tabTo, key } from "./util.js";

const user = (id) => ({ id, name: `User ${id}`, email: `user${id}@contoso.kr`, offers: [], source: "PartnerCenter" });
const seat = (id) => ({ id, level: "Enterprise", assignment: null });

function large() {
  const keys = [];
  for (let i = 1; i <= 300; i++) keys.push(key(i, i % 2 ? "Office 365 E3" : "Visio Plan 2", 5));
  const subscriptions = [];
  for (let i = 1; i <= 120; i++) subscriptions.push({ id: i, product: `Subscription ${i}`, licenses: 1, end: iso(plus(T, 100 + i)), tenant: "" });
  const credits = [];
  for (let i = 1; i <= 45; i++) credits.push({ id: i, kind: "Monthly", amount: 100, assignee: null });
  const users = [];
  for (let i = 1; i <= 60; i++) users.push(user(i));
  const vs_seats = [];
  for (let i = 1; i <= 45; i++) vs_seats.push(seat(i));
  return {
    membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, 200)), renewal_start: null, benefit_expiry: iso(plus(T, 60)) },
    keys, subscriptions, credits, users, vs_seats,
  };
}

test("seats, subscriptions and credits come a page at a time; adding a seat shows the page it is on", async ({ page }) => {
  await seed(page, large(), "visual-studio");
  const seats = page.locator(".seat");
  await expect(seats).toHaveCount(10);
  await expect(seats.first().locator("h3")).toContainText("Seat 1");
  const pager = page.getByRole("navigation", { name: "Pages" }).first();
  await expect(pager).toContainText("Page 1 of 5");
  await pager.getByRole("button", { name: "Next page" }).click();
  await expect(seats.first().locator("h3")).toContainText("Seat 11");
  // A seat added lands on the last page, which is then shown.
  await page.getByRole("button", { name: "Add one seat" }).click();
  await expect(pager).toContainText("Page 5 of 5");
  await expect(seats).toHaveCount(6);
  await expect(seats.last().locator("h3")).toContainText("Seat 46");
  expect(await page.locator("body *").count()).toBeLessThan(3000);

  await page.goto("subscriptions");
  await expect(page.locator(".sub-row")).toHaveCount(50);
  await page.getByRole("button", { name: "Next page" }).click();
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.locator(".sub-row")).toHaveCount(20);
  await expect(page.locator(".sub-row").first()).toContainText("Subscription 101");

  // The key list's pages (the Next button once rendered its own closure as text).
  await page.goto("keys");
  await expect(page.locator(".key-row")).toHaveCount(20);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("button", { name: "Next page" }).click();
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 2 of 15");
  await page.getByRole("button", { name: "Previous page" }).click();
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 1 of 15");

  await page.goto("azure-credits");
  await expect(page.locator(".credit-list > li.credit")).toHaveCount(20);
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 1 of 3");
});

test("the wizard lists the first 50 keys, says how many more match, and a search narrows them (English, Korean by keyboard)", async ({ page, browser }) => {
  await seed(page, large(), "redeem/key");
  const choices = page.locator(".choices li");
  await expect(choices).toHaveCount(50);
  await expect(page.getByText("250 more keys match: type more of the product name.")).toBeVisible();
  await page.getByLabel("Find by product").fill("visio");
  // 150 Visio keys: still 100 more than listed.
  await expect(page.getByText("100 more keys match")).toBeVisible();
  await expect(choices.first()).toContainText("Visio Plan 2");

  const context = await browser.newContext({ locale: "ko-KR" });
  const ko = await context.newPage();
  await seed(ko, large(), "redeem/key");
  await expect(ko.getByText("250개의 키가 더 있습니다. 제품 이름을 더 입력하세요.")).toBeVisible();
  await ko.locator("h1").focus();
  await tabTo(ko, "#wz-search");
  await ko.keyboard.type("office 365");
  await expect(ko.getByText("100개의 키가 더 있습니다.", { exact: false })).toBeVisible();
  await ko.keyboard.press("Tab");
  await ko.keyboard.press("Space");
  await expect(ko.locator(".choices input").first()).toBeChecked();
  await context.close();
});

test("the timeline draws one mark for 300 keys due the same day, named as a group (English, Korean)", async ({ page, browser }) => {
  const data = large();
  await seed(page, data, "./");
  // Far below the fold: drawn once its place comes near the view.
  await page.locator(".timeline-spot").scrollIntoViewIfNeeded();
  const marks = page.locator(".year-timeline .tl-mark");
  const keysMark = page.locator('.year-timeline .tl-mark[data-count="300"]');
  await expect(keysMark).toHaveCount(1);
  await expect(keysMark.locator("title")).toHaveText(`Redeem 300 keys · ${en(plus(T, 60))}`);
  // One mark per lane and day: 300 keys and 120 subscriptions are far fewer marks.
  expect(await marks.count()).toBeLessThan(130);

  const context = await browser.newContext({ locale: "ko-KR" });
  const ko = await context.newPage();
  await seed(ko, data, "./");
  await ko.locator(".timeline-spot").scrollIntoViewIfNeeded();
  await expect(ko.locator('.year-timeline .tl-mark[data-count="300"] title')).toContainText("300");
  await context.close();
});
