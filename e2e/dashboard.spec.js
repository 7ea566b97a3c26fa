// The dashboard with data: the membership year as a picture (renewal window, due
// dates by kind, today), each agenda item leading into the flow that deals with
// it, and a printout without the app's chrome.
import { test, expect } from "./fixtures.js";
import { T, plus, iso, en, seed, tabTo, whenSaved } from "./util.js";

test("the year timeline, the agenda's links into each flow, and the printout", async ({ page }) => {
  await seed(page, {
    membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, 20)), renewal_start: null, benefit_expiry: iso(plus(T, 20)) },
    keys: [{ id: 1, product: "Power BI Pro", key: "", licenses: 5, redemption: null, replaced: false }],
    users: [{ id: 1, name: "Kim Minji", email: "minji@contoso.kr", offers: [] }],
    vs_seats: [{ id: 1, level: "Enterprise", assignment: { user: 1, assigned_on: iso(plus(T, -80)) } }],
  }, "./");
  await page.locator(".timeline-spot").scrollIntoViewIfNeeded();
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

test("the year picture below the fold is fetched when its place nears the view, or to print, not for the first look", async ({ page, context }) => {
  const chunk = /split_year_timeline[^/]*\.wasm$/;
  const fetched = [];
  context.on("request", (r) => chunk.test(r.url()) && !r.serviceWorker() && fetched.push(r.url()));
  await page.goto("./");
  await page.getByRole("button", { name: "Load sample data" }).click();
  await whenSaved(page);
  await page.reload();
  await expect(page.locator(".agenda-item").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(fetched, "not fetched for the first look").toEqual([]);
  const spot = page.locator(".timeline-spot");
  const before = await spot.boundingBox();
  await page.mouse.wheel(0, before.y - 900);
  await expect(page.locator(".year-timeline svg")).toBeVisible();
  expect(fetched.length).toBe(1);
  // Its place kept about its height: what follows hardly moves.
  const after = await spot.boundingBox();
  expect(Math.abs(after.height - before.height)).toBeLessThan(120);
  // Printing without scrolling also draws it.
  await page.reload();
  await expect(page.locator(".agenda-item").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(page.locator(".year-timeline svg")).toBeVisible();
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
  const month = page.locator(".agenda-group", { has: page.getByRole("heading", { name: "In 8 to 30 days" }) });
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
  await expect(ko.locator(".agenda-group", { has: ko.getByRole("heading", { name: "8~30일 후" }) }).locator(".agenda-item")).toHaveCount(15);
  await ko.locator("h1").focus();
  await tabTo(ko, '.agenda-item[data-count="300"] a[href$="status=open"]');
  await ko.keyboard.press("Enter");
  await expect(ko).toHaveURL(/keys\?status=open$/);
  await expect(ko.locator(".count")).toHaveText("키 300개 표시");
  await context.close();
});

test("only what can still be done is overdue; passed dates are past for 30 days; group names say their range; a key's last day matches the Keys page (English, Korean)", async ({ page, browser }) => {
  const { key, ko, addMonths } = await import("./util.js");
  // The anniversary was 40 days ago: the renewal window closed 10 days ago with no renewal recorded.
  const redeemed = (id, product, on) => ({ ...key(id, product, 5), redemption: { on: iso(on), owner: "Partner", subscription: null, mode: "New", tenant: "contoso.onmicrosoft.com" } });
  // Redeemed 12 months and 10 days ago: its last working day was 10 days ago (R2).
  const stopped = plus(addMonths(plus(T, -10), -12), 0);
  const data = {
    membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, -40)), renewal_start: null, benefit_expiry: iso(plus(T, -5)) },
    keys: [
      redeemed(1, "Visio Plan 2", stopped),
      // Stopped working 40 days ago: gone from the dashboard.
      redeemed(2, "Project Plan 3", addMonths(plus(T, -40), -12)),
      // Not redeemed by the benefit expiry date 5 days ago: past, it can no longer be redeemed (R1).
      key(3, "Power BI Pro", 5),
      // Works for 20 more days.
      redeemed(4, "Office 365 E3", addMonths(plus(T, 20), -12)),
    ],
    subscriptions: [{ id: 1, product: "Office 365 E3", licenses: 5, end: iso(plus(T, -3)), tenant: "" }],
  };
  await seed(page, data, "./");
  const group = (name) => page.locator(".agenda-group", { has: page.getByRole("heading", { name, exact: true }) });
  // A Gold offer past the 2025 cut-off: its window is the last chance to move
  // to a benefits package (R25), overdue while it can still be done.
  await expect(group("Overdue: still to do").locator(".agenda-item")).toHaveText([/Last day to move the retired offer to a benefits package/]);
  const past = group("Passed in the last 30 days").locator(".agenda-item");
  await expect(past).toHaveCount(4);
  // The day after the window closed, the membership lapsed (R24): said, with its rule.
  const lapse = past.filter({ hasText: "Not renewed by now: benefits, designation and badge are gone" });
  await expect(lapse).toContainText(en(plus(T, -9)));
  await expect(lapse.getByRole("link", { name: "R24" })).toBeVisible();
  await expect(past.filter({ hasText: "Last day the key works: Visio Plan 2" })).toContainText(en(plus(T, -10)));
  await expect(past.filter({ hasText: "Can no longer be redeemed: Power BI Pro" })).toContainText("5 days ago");
  await expect(past.filter({ hasText: "Subscription ends: Office 365 E3" })).toHaveCount(1);
  // The window opened the day after the anniversary, 39 days ago: past, and gone after 30 days.
  await expect(page.locator(".agenda-item", { hasText: "Renewal window opens" })).toHaveCount(0);
  await expect(page.locator(".agenda-item", { hasText: "Project Plan 3" })).toHaveCount(0);
  await expect(group("In 8 to 30 days").locator(".agenda-item")).toContainText([`Last day the key works: Office 365 E3`]);
  await expect(group("In 8 to 30 days").locator(".agenda-item").first()).toContainText(en(plus(T, 20)));
  // The Keys page says the same last day.
  await page.goto("keys");
  await expect(page.locator(".key-row", { hasText: "Office 365 E3" })).toContainText(`usable until ${en(plus(T, 20))}`);
  await expect(page.locator(".key-row", { hasText: "Power BI Pro" })).toContainText(`Expired on ${en(plus(T, -5))}`);

  const context = await browser.newContext({ locale: "ko-KR" });
  const kp = await context.newPage();
  await seed(kp, data, "./");
  await expect(kp.getByRole("heading", { name: "기한 지남: 아직 할 수 있음" })).toBeVisible();
  await expect(kp.getByRole("heading", { name: "최근 30일 안에 지난 날짜" })).toBeVisible();
  await expect(kp.locator(".agenda-item", { hasText: "키를 쓸 수 있는 마지막 날: Visio Plan 2" })).toContainText(ko(plus(T, -10)));
  await expect(kp.locator(".agenda-item", { hasText: "더 이상 등록할 수 없음: Power BI Pro" })).toHaveCount(1);
  await context.close();
});
