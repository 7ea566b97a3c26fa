// The key redemption wizard (R1, R2, R7–R10), one route per step: from a key's row,
// a customer's tenant refused (R10), reload and back keeping the step, a new
// subscription and one not recorded here, an expired benefit refusing every way
// (R1), the record and the 30-day replacement window (R9) — and the whole flow in
// Korean with the keyboard alone.
import { test, expect } from "./fixtures.js";
import { T, plus, iso, en, ko, days, addMonths, seed, stored, tabTo, typeDate, key } from "./util.js";

const data = (expiry) => ({
  membership: { program: "Gold", competencies: [], anniversary: iso(expiry), renewal_start: null, benefit_expiry: iso(expiry) },
  keys: [key(1, "Power BI Pro", 20), key(2, "Dynamics 365 Sales", 10)],
  subscriptions: [],
});

test("a key goes through every step to a new subscription, with the replacement window at the end", async ({ page }) => {
  await seed(page, data(plus(T, 30)), "keys");
  await page.locator(".key-row", { hasText: "Power BI Pro" }).getByRole("link", { name: "Redeem…" }).click();
  await expect(page).toHaveURL(/\/redeem\/tenant\?key=1$/);
  await expect(page.locator(".wizard-steps [aria-current=step]")).toHaveText("Tenant");
  // R10: a customer's tenant is refused and Next stays disabled.
  await page.getByLabel("A customer's tenant").check();
  await expect(page.getByRole("alert")).toContainText("redeeming one in a customer's tenant is not allowed");
  await expect(page.getByRole("button", { name: "Next", exact: true })).toBeDisabled();
  await page.getByLabel("Our own tenant, for our own demonstrations").check();
  await page.getByLabel("Tenant name (optional)").fill("fabrikam-demo.onmicrosoft.com");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(/\/redeem\/target\?key=1&owner=own&tenant=fabrikam-demo\.onmicrosoft\.com$/);
  // A reload keeps the step and what was chosen; the step list links back.
  await page.reload();
  await expect(page.locator(".wizard-steps [aria-current=step]")).toHaveText("Subscription");
  await page.getByLabel("A new subscription").check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  // Only a new subscription is possible; adding and extending say why not.
  const year = addMonths(T, 12);
  await expect(page.locator(".option[data-mode=new] .result")).toHaveText(`20 licenses until ${en(year)}`);
  await expect(page.locator(".option[data-allowed=false]")).toHaveCount(2);
  await expect(page.locator(".option[data-mode=add] .refused")).toHaveText("Not allowed: there is no active subscription to change.");
  await page.goBack();
  await expect(page.getByLabel("A new subscription")).toBeChecked();
  await page.goForward();
  await page.locator(".option[data-mode=new]").getByRole("button", { name: "Choose this" }).click();
  await expect(page).toHaveURL(/\/redeem\/confirm\?.*mode=new$/);
  await expect(page.getByRole("alertdialog")).toContainText("fabrikam-demo.onmicrosoft.com");
  await page.getByRole("button", { name: "Yes, mark as redeemed" }).click();
  await expect(page.locator(".done h2")).toHaveText(`Power BI Pro: recorded as redeemed on ${en(T)} (As a new subscription).`);
  await expect(page.locator(".done")).toContainText(`The key works until ${en(year)}.`);
  await expect(page.locator(".done .replacement")).toContainText(`replaces it once if asked by ${en(plus(T, 30))} (30 days left).`);
  const d = await stored(page);
  // The new subscription's id is drawn from its event's id: never a counter.
  const subId = d.subscriptions[0].id;
  expect(subId).toBeGreaterThan(2 ** 32);
  expect(d.subscriptions).toEqual([{ id: subId, product: "Power BI Pro", licenses: 20, end: iso(year), tenant: "fabrikam-demo.onmicrosoft.com" }]);
  expect(d.keys[0].redemption).toMatchObject({ on: iso(T), mode: "New", subscription: subId });
  await page.screenshot({ path: "test-output/screenshots/redeem-done-en-light.png", fullPage: true });
  // A step reached without its answers sends back to the first one missing.
  await page.goto("redeem/compare");
  await expect(page.getByRole("status")).toContainText("This step needs an answer from an earlier one: Key.");
});

test("a subscription not recorded here is compared, and after the expiry date every way is refused (R1)", async ({ page }) => {
  await seed(page, data(plus(T, 10)), "redeem/target?key=2&owner=own");
  await page.getByLabel("An existing subscription not recorded here").check();
  await page.getByLabel("Its active licenses").fill("0");
  await expect(page.locator("#wz-other-licenses-error")).toBeVisible();
  await expect(page.getByRole("button", { name: "Next", exact: true })).toBeDisabled();
  await page.getByLabel("Its active licenses").fill("5");
  const end = plus(T, 100);
  await page.getByLabel("Its end date").fill(iso(end));
  await page.getByRole("button", { name: "Next", exact: true }).click();
  // R8: 5 active + 10 → 24 more months; R7: 15 licenses, license-days conserved.
  await expect(page.locator(".option[data-mode=extend] .result")).toHaveText(`5 licenses until ${en(addMonths(end, 24))}`);
  const P = days(T, addMonths(T, 12));
  const addEnd = plus(T, Math.floor((5 * 100 + 10 * P) / 15 + 0.5));
  await expect(page.locator(".option[data-mode=add] .result")).toHaveText(`15 licenses until ${en(addEnd)}`);
  await page.locator(".option[data-mode=add]").getByRole("button", { name: "Choose this" }).click();
  await page.getByRole("button", { name: "Yes, mark as redeemed" }).click();
  // The subscription is recorded from now on, with what it was before.
  const d = await stored(page);
  expect(d.subscriptions[0]).toMatchObject({ product: "Dynamics 365 Sales", licenses: 15, end: iso(addEnd), history: [{ licenses: 5, end: iso(end), key: 2 }] });

  // The benefit expired yesterday: nothing can be redeemed, each way says so with R1.
  await seed(page, data(plus(T, -1)), "redeem/compare?key=1&owner=own&sub=new");
  await expect(page.locator(".option[data-allowed=false]")).toHaveCount(3);
  await expect(page.locator(".option[data-mode=new] .refused")).toContainText(en(plus(T, -1)));
  await expect(page.locator(".option[data-mode=new]").getByRole("link", { name: "R1" })).toBeVisible();
  await expect(page.locator(".option button:enabled")).toHaveCount(0);
});

test("the wizard in Korean, using the keyboard alone", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR", colorScheme: "dark" });
  const page = await context.newPage();
  const start = data(plus(T, 30));
  start.subscriptions = [{ id: 4, product: "Power BI Pro", licenses: 60, end: iso(plus(T, 21)), tenant: "contoso.onmicrosoft.com" }];
  await seed(page, start, "redeem/key");
  await expect(page.locator(".wizard-steps [aria-current=step]")).toHaveText("키");
  // Find the key by typing, pick it with the arrow keys, Enter for Next.
  await page.locator("h1").focus();
  await tabTo(page, "#wz-search");
  await page.keyboard.type("power");
  await page.keyboard.press("Tab");
  await expect(page.locator("#wz-key-1")).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(page.locator(".wizard-steps [aria-current=step]")).toHaveText("테넌트");
  await tabTo(page, "#wz-own");
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(page.locator(".wizard-steps [aria-current=step]")).toHaveText("구독");
  // R8: 60 active + 20 → four more months. Radios: the arrow key moves from "new" to the recorded subscription.
  await tabTo(page, "#wz-sub-new");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#wz-sub-4")).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.locator(".option[data-mode=extend] .result")).toHaveText(`라이선스 60개, ${ko(addMonths(plus(T, 21), 4))}까지`);
  await tabTo(page, ".option[data-mode=extend] button");
  await page.keyboard.press("Enter");
  await tabTo(page, ".confirm button.danger");
  await page.keyboard.press("Enter");
  await expect(page.locator(".done h2")).toContainText(`${ko(T)}에 사용 등록으로 기록했습니다`);
  await page.screenshot({ path: "test-output/screenshots/redeem-ko-dark.png", fullPage: true });
  await context.close();
});
