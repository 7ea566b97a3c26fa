// The expiry notice (R6) on a subscription: a key compared both ways — adding its
// licenses (R7) and extending (R8) — against the RULES.md formulas, a key too large
// to extend refused, and the chosen way recorded after a confirmation.
import { test, expect, appReady } from "./fixtures.js";

const DATA_KEY = "benefits-desk/data";
const DAY = 86400000;
const now = new Date();
const T = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
const plus = (d, n) => new Date(d.getTime() + n * DAY);
const iso = (d) => d.toISOString().slice(0, 10);
const en = (d) => d.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
// Calendar months with the day clamped to the month's end (29 Feb + 12 months = 28 Feb).
const addMonths = (d, n) => {
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + n, day = d.getUTCDate();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day, last)));
};
const days = (a, b) => Math.round((b - a) / DAY);

test("an expiry notice compares adding with extending, refuses an oversized key, and records the choice", async ({ page }) => {
  const E = plus(T, 60);
  const key = (id, licenses) => ({ id, product: "Office 365 E3", key: "", licenses, redemption: null, replaced: false });
  const doc = {
    schema: 2, revision: 1,
    data: {
      membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, 45)), renewal_start: null, benefit_expiry: iso(plus(T, 45)) },
      keys: [key(1, 25), key(2, 400)],
      subscriptions: [{ id: 7, product: "Office 365 E3", licenses: 100, end: iso(E), tenant: "contoso.onmicrosoft.com" }],
    },
  };
  await page.goto("./");
  await appReady(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, JSON.stringify(doc)]);
  await page.goto("subscriptions");
  await expect(page.locator(".sub-row")).toContainText(`100 licenses · ends ${en(E)} (in 60 days)`);
  await page.getByRole("button", { name: "I received an expiry notice" }).click();
  await expect(page.getByText(`Check the end date in the notice against the one recorded here: ${en(E)}.`)).toBeVisible();

  await page.getByLabel("Key to use").selectOption({ label: "Office 365 E3, 25 licenses" });
  // R7: new end = T + round_half_up((A·D + C·P) / (A + C)) days.
  const D = days(T, E), P = days(T, addMonths(T, 12));
  const addEnd = plus(T, Math.floor((100 * D + 25 * P) / 125 + 0.5));
  const add = page.locator(".option").filter({ hasText: "Licenses added to a subscription" });
  await expect(add).toContainText(`125 licenses until ${en(addEnd)}`);
  // R8: 100 active + 25 → three more months.
  const extendEnd = addMonths(E, 3);
  const extend = page.locator(".option").filter({ hasText: "A subscription extended" });
  await expect(extend).toContainText(`100 licenses until ${en(extendEnd)}`);

  await page.getByLabel("Key to use").selectOption({ label: "Office 365 E3, 400 licenses" });
  await expect(page.locator(".option").filter({ hasText: "A subscription extended" })).toContainText("Not allowed: extending would run past three years");
  await expect(page.locator(".option[data-allowed=false]")).toHaveCount(1);

  await page.getByLabel("Key to use").selectOption({ label: "Office 365 E3, 25 licenses" });
  await page.locator(".option").filter({ hasText: "A subscription extended" }).getByRole("button", { name: "Choose this" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("This cannot be undone");
  await page.getByRole("button", { name: "Yes, mark as redeemed" }).click();
  await expect(page.getByText("Redemption recorded.")).toBeVisible();
  await expect(page.locator(".sub-row")).toContainText(`ends ${en(extendEnd)}`);
  await expect(page.locator(".sub-row .history")).toContainText(`was 100 licenses until ${en(E)}`);
  const data = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data, DATA_KEY);
  expect(data.subscriptions[0]).toMatchObject({ licenses: 100, end: iso(extendEnd) });
  expect(data.keys[0].redemption).toMatchObject({ on: iso(T), mode: "Extend", subscription: 7, tenant: "contoso.onmicrosoft.com" });
  // The redeemed key is no longer offered.
  await page.getByRole("button", { name: "I received an expiry notice" }).click();
  await expect(page.getByLabel("Key to use").locator("option")).toHaveCount(2);
  await expect(page.getByLabel("Key to use")).toHaveValue("");
  await expect(page.locator(".option")).toHaveCount(0);
  await page.screenshot({ path: "test-output/screenshots/subscriptions-en-light.png", fullPage: true });
});
