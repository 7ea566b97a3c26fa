// "Why this date?" (issue 10, item 8): every computed date carries a disclosure
// with its rule and the arithmetic on the user's own numbers, and says
// "estimate" where the project interprets a vague source — opened with the
// keyboard, in English and Korean.
import { test, expect } from "./fixtures.js";
import { T, plus, iso, en, ko, days, addMonths, seed, key } from "./util.js";

const redeemed = (id, product, on) => ({ ...key(id, product, 10), redemption: { on: iso(on), owner: "Partner", subscription: null, mode: "New", tenant: "contoso.onmicrosoft.com" } });
const data = () => ({
  membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, 30)), renewal_start: null, benefit_expiry: iso(plus(T, 30)) },
  keys: [key(1, "Office 365 E3", 100), redeemed(2, "Visio Plan 2", plus(T, -20))],
  subscriptions: [{ id: 4, product: "Office 365 E3", licenses: 100, end: iso(plus(T, 59)), tenant: "contoso.onmicrosoft.com" }],
  users: [{ id: 1, name: "Kim Minji", email: "minji@contoso.kr", offers: [], source: "PartnerCenter" }],
  vs_seats: [{ id: 1, level: "Enterprise", assignment: { user: 1, assigned_on: iso(plus(T, -10)) } }],
});

/** Opens a "why?" disclosure with the keyboard and returns its text. */
async function openWhy(page, scope) {
  const summary = scope.locator("details.why > summary").first();
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(scope.locator("details.why").first()).toHaveAttribute("open", "");
  return scope.locator("details.why").first();
}

test("R7 in the wizard shows the sum on the user's numbers with 'estimate'; keys, seats and the agenda show theirs (English)", async ({ page }) => {
  await seed(page, data(), "redeem/compare?key=1&owner=own&sub=4");
  // RULES.md R7 on today's numbers: A = 100 licenses with D = 59 days left, C = 100 new ones × P days.
  const p = days(T, addMonths(T, 12));
  const sum = 100 * 59 + 100 * p;
  const n = Math.floor((sum + 100) / 200);
  const x = (Math.floor((sum * 10 + 100) / 200) / 10).toFixed(1);
  const why = await openWhy(page, page.locator(".option[data-mode=add]"));
  await expect(why).toContainText(`Today ${en(T)}: 100 licenses ending ${en(plus(T, 59))} (59 days left), plus 100 new licenses × ${p} days. (100·59 + 100·${p}) / (100 + 100) = ${x} days, rounded half up to ${n} days: ${en(T)} + ${n} days = ${en(plus(T, n))}.`);
  await expect(why.locator(".estimate")).toHaveText(/^Estimate: Microsoft does not publish how a part day is rounded/);
  await expect(why.getByRole("link", { name: "R7" })).toBeVisible();
  // R8: 12 months × 100 / 100.
  const ext = await openWhy(page, page.locator(".option[data-mode=extend]"));
  await expect(ext).toContainText(`${en(plus(T, 59))} + 12 months × 100 / 100 = 12.0 months: ${en(addMonths(plus(T, 59), 12))}.`);

  await page.goto("keys");
  const row = page.locator(".key-row", { hasText: "Visio Plan 2" });
  await expect(await openWhy(page, row)).toContainText(`Redeemed ${en(plus(T, -20))} + 12 calendar months = ${en(addMonths(plus(T, -20), 12))}`);
  const open = page.locator(".key-row", { hasText: "Office 365 E3" });
  await expect(await openWhy(page, open)).toContainText(`The last day is the benefit expiry date itself, ${en(plus(T, 30))}`);
  await expect(open.locator(".estimate")).toContainText("Estimate:");

  await page.goto("visual-studio");
  await expect(await openWhy(page, page.locator(".seat").first())).toContainText(`Assigned ${en(plus(T, -10))} + 90 days = ${en(plus(T, 80))}.`);

  await page.goto("membership");
  await expect(await openWhy(page, page.locator("dl.dates"))).toContainText(`The window opens the day after the anniversary ${en(plus(T, 30))}, on ${en(plus(T, 31))}, and closes 30 days after the anniversary, on ${en(plus(T, 60))}.`);

  await page.goto("./");
  const seatLine = page.locator(".agenda-item", { hasText: "Visual Studio seat can be reassigned" });
  await expect(await openWhy(page, seatLine)).toContainText(`Assigned ${en(plus(T, -10))} + 90 days = ${en(plus(T, 80))}.`);
  // A recorded date (a subscription's end) is not computed: no disclosure.
  await expect(page.locator(".agenda-item", { hasText: "Subscription ends" }).locator("details.why")).toHaveCount(0);
});

test("the working in Korean", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR" });
  const page = await context.newPage();
  await seed(page, data(), "redeem/compare?key=1&owner=own&sub=4");
  const why = await openWhy(page, page.locator(".option[data-mode=add]"));
  await expect(why.locator("summary")).toHaveText("이 날짜인 이유");
  await expect(why).toContainText(`오늘 ${ko(T)}: ${ko(plus(T, 59))}에 끝나는 라이선스 100개(59일 남음)`);
  await expect(why.locator(".estimate")).toContainText("추정:");
  await page.goto("keys");
  await expect(await openWhy(page, page.locator(".key-row", { hasText: "Visio Plan 2" }))).toContainText(`${ko(plus(T, -20))}에 등록 + 12개월 = ${ko(addMonths(plus(T, -20), 12))}`);
  await context.close();
});

test("a seat activated after it was given: the 90 days count from the activation, and its why says so (R27; English, Korean)", async ({ page, browser }) => {
  const d = data();
  d.vs_seats = [{ id: 1, level: "Enterprise", assignment: { user: 1, assigned_on: iso(plus(T, -10)), activated_on: iso(plus(T, -4)) } }];
  await seed(page, d, "visual-studio");
  const seat = page.locator(".seat").first();
  const why = await openWhy(page, seat);
  await expect(why).toContainText(`Activated ${en(plus(T, -4))} (later than the assignment on ${en(plus(T, -10))}) + 90 days = ${en(plus(T, 86))}.`);
  await expect(why.getByRole("link", { name: "R27" })).toBeVisible();
  // The dashboard's line for it has the same day and rule.
  await page.goto("./");
  const line = page.locator(".agenda-item", { hasText: "Kim Minji" });
  await expect(line).toContainText(en(plus(T, 86)));
  await expect(line.getByRole("link", { name: "R27" })).toBeVisible();
  const context = await browser.newContext({ locale: "ko-KR" });
  const kp = await context.newPage();
  await seed(kp, d, "visual-studio");
  const kwhy = await openWhy(kp, kp.locator(".seat").first());
  await expect(kwhy).toContainText(`${ko(plus(T, -4))}에 활성화(${ko(plus(T, -10))} 할당보다 늦음) + 90일 = ${ko(plus(T, 86))}.`);
  await context.close();
});
