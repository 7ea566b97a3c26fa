// The expiry notice (R6) on a subscription: its checklist, a key of the same
// product, then the redemption wizard with that subscription already chosen —
// adding (R7) and extending (R8) compared against the RULES.md formulas, a key too
// large to extend refused, and the chosen way recorded after a confirmation.
import { test, expect } from "./fixtures.js";
import { T, plus, iso, en, days, addMonths, seed, stored, tabTo, key as keyOf } from "./util.js";

test("an expiry notice leads into the wizard, which compares adding with extending and records the choice", async ({ page }) => {
  const E = plus(T, 60);
  const key = (id, licenses) => keyOf(id, "Office 365 E3", licenses);
  await seed(page, {
    membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, 45)), renewal_start: null, benefit_expiry: iso(plus(T, 45)) },
    keys: [key(1, 25), key(2, 400), { ...key(3, 10), product: "Power BI Pro" }],
    subscriptions: [{ id: 7, product: "Office 365 E3", licenses: 100, end: iso(E), tenant: "contoso.onmicrosoft.com" }],
  }, "subscriptions");
  await expect(page.locator(".sub-row")).toContainText(`100 licenses · ends ${en(E)} (in 60 days)`);
  await page.getByRole("button", { name: "I received an expiry notice" }).click();
  await expect(page.getByText(`Check the end date in the notice against the one recorded here: ${en(E)}.`)).toBeVisible();
  // Only keys of the subscription's product are offered.
  await expect(page.getByLabel("Key to use").locator("option")).toHaveText(["(choose a key)", "Office 365 E3, 25 licenses", "Office 365 E3, 400 licenses"]);
  await expect(page.getByRole("button", { name: "Compare adding and extending" })).toBeDisabled();
  await page.getByLabel("Key to use").selectOption({ label: "Office 365 E3, 400 licenses" });
  await page.getByRole("button", { name: "Compare adding and extending" }).click();

  // The wizard, at the tenant step, with the subscription's tenant filled in.
  await expect(page).toHaveURL(/\/redeem\/tenant\?key=2&sub=7$/);
  await page.getByLabel("Our own tenant, for our own demonstrations").check();
  await expect(page.getByLabel("Tenant name (optional)")).toHaveValue("contoso.onmicrosoft.com");
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.locator("#wz-sub-7")).toBeChecked();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  // 400 onto 100: more than three years of extension, refused with its rule.
  const extend = page.locator(".option[data-mode=extend]");
  await expect(extend).toHaveAttribute("data-allowed", "false");
  await expect(extend).toContainText("Not allowed: this key has more than three times the subscription's active licenses, so it alone would extend it by more than three years");
  await expect(extend.getByRole("link", { name: "R8" })).toHaveAttribute("href", /rules#r8$/);

  // Back to the notice with the 25-license key.
  await page.goto("subscriptions");
  await page.getByRole("button", { name: "I received an expiry notice" }).click();
  await page.getByLabel("Key to use").selectOption({ label: "Office 365 E3, 25 licenses" });
  await page.getByRole("button", { name: "Compare adding and extending" }).click();
  await page.getByLabel("Our own tenant, for our own demonstrations").check();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  // R7: new end = T + round_half_up((A·D + C·P) / (A + C)) days.
  const D = days(T, E), P = days(T, addMonths(T, 12));
  const addEnd = plus(T, Math.floor((100 * D + 25 * P) / 125 + 0.5));
  const add = page.locator(".option[data-mode=add]");
  await expect(add.locator(".result")).toHaveText(`125 licenses until ${en(addEnd)}`);
  await expect(add).toContainText(`The end date moves ${days(E, addEnd)} days later`);
  // R8: 100 active + 25 → three more months.
  const extendEnd = addMonths(E, 3);
  await expect(extend.locator(".result")).toHaveText(`100 licenses until ${en(extendEnd)}`);
  await expect(extend.locator("svg")).toHaveAttribute("aria-label", `Now it ends ${en(E)}. Afterwards it ends ${en(extendEnd)}.`);
  await page.screenshot({ path: "test-output/screenshots/redeem-compare-en-light.png", fullPage: true });
  await extend.getByRole("button", { name: "Choose this" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("This cannot be undone");
  await page.getByRole("button", { name: "Yes, mark as redeemed" }).click();
  await expect(page.getByText("Redemption recorded.")).toBeVisible();
  await page.getByRole("link", { name: "Subscriptions" }).last().click();
  await expect(page.locator(".sub-row")).toContainText(`ends ${en(extendEnd)}`);
  await expect(page.locator(".sub-row .history")).toContainText(`was 100 licenses until ${en(E)}`);
  const data = await stored(page);
  expect(data.subscriptions[0]).toMatchObject({ licenses: 100, end: iso(extendEnd) });
  expect(data.keys[0].redemption).toMatchObject({ on: iso(T), mode: "Extend", subscription: 7, tenant: "contoso.onmicrosoft.com" });
  // The redeemed key is no longer offered.
  await page.getByRole("button", { name: "I received an expiry notice" }).click();
  await expect(page.getByLabel("Key to use").locator("option")).toHaveCount(2);
  await page.screenshot({ path: "test-output/screenshots/subscriptions-en-light.png", fullPage: true });
});

test("the expiry notice in Korean, using the keyboard alone, hands its key to the wizard", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR" });
  const page = await context.newPage();
  const E = plus(T, 20);
  await seed(page, {
    keys: [{ id: 5, product: "Power BI Pro", key: "", licenses: 10, redemption: null, replaced: false }],
    subscriptions: [{ id: 2, product: "Power BI Pro", licenses: 40, end: iso(E), tenant: "contoso.onmicrosoft.com" }],
  }, "subscriptions");
  await page.locator("h1").focus();
  await tabTo(page, ".sub-row button");
  await page.keyboard.press("Enter");
  await expect(page.locator(".notice-flow")).toContainText("만료 알림");
  await tabTo(page, "#notice-key");
  await page.keyboard.type("Power");
  await page.keyboard.press("Tab");
  await expect(page.locator(".notice-flow .actions button")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/redeem\/tenant\?key=5&sub=2$/);
  await expect(page.locator(".wizard-steps [aria-current=step]")).toHaveText("테넌트");
  await context.close();
});

test("a subscription from before the app is added by hand with its real end date, checked field by field, and undone", async ({ page }) => {
  await seed(page, {}, "subscriptions");
  const form = page.locator("#add-subscription");
  await expect(page.locator(".empty-state")).toContainText("one from before the app can be added below");
  await form.getByRole("button", { name: "Add subscription" }).click();
  await expect(page.locator("#sub-product-error")).toHaveText("This field is required.");
  await expect(page.locator("#sub-licenses-error")).toHaveText("Enter at least 1 license.");
  await expect(page.locator("#sub-end-error")).toHaveText("Enter a real date (year-month-day).");
  expect((await stored(page)).subscriptions ?? []).toHaveLength(0);
  // Bought two years ago; it ends within the month.
  const end = plus(T, 20);
  await form.getByLabel("Product").fill("Microsoft 365 E3");
  await form.getByLabel("Active licenses").fill("25");
  await form.getByLabel("End date").fill(iso(end));
  await form.getByLabel("Tenant (optional)").fill("contoso.onmicrosoft.com");
  await form.getByRole("button", { name: "Add subscription" }).click();
  const row = page.locator(".sub-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Microsoft 365 E3 contoso.onmicrosoft.com");
  await expect(row).toContainText(`25 licenses · ends ${en(end)} (in 20 days)`);
  await expect(form.getByLabel("Product")).toHaveValue("");
  // Its expiry notice works like any other's.
  await row.getByRole("button", { name: "I received an expiry notice" }).click();
  await expect(page.getByText(`Check the end date in the notice against the one recorded here: ${en(end)}.`)).toBeVisible();
  const data = await stored(page);
  expect(data.subscriptions.map((s) => [s.product, s.licenses, s.end, s.tenant])).toEqual([["Microsoft 365 E3", 25, iso(end), "contoso.onmicrosoft.com"]]);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(row).toHaveCount(0);
});
