// A keyless ("modernized") Solutions Partner from setup to a redeemed benefit
// (issue 11: R17, R18, R19, R22): the membership says there are no keys, the
// Keys page lists benefits and walks through the redemption, the dashboard and
// its "why?" follow the flow.
import { test, expect, appReady } from "./fixtures.js";

const iso = (d) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
const today = new Date(Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate()));
const plus = (days) => new Date(today.getTime() + days * 86400000);
const en = (d) => d.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
const ko = (d) => `${d.getUTCFullYear()}년 ${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일`;

test("a keyless Solutions Partner lists a benefit, walks through its redemption and sees it end with the offer (R17-R19, R22)", async ({ page }) => {
  // Bought 100 days ago: the offer ends in 265 days (R22: 365 after purchase),
  // the benefits 30 days after that.
  const bought = plus(-100);
  await page.goto("membership");
  await appReady(page);
  await page.getByLabel("Program offer").selectOption({ label: "Solutions Partner designation" });
  await page.getByLabel("A Redeem button, no keys").check();
  await page.getByLabel("Purchase or payment date (optional)").fill(iso(bought));
  await page.getByLabel("Anniversary").fill(iso(plus(265)));
  await page.getByRole("button", { name: "Save membership" }).click();
  await expect(page.locator(".offer-ends")).toContainText(en(plus(265)));

  await page.goto("keys");
  const section = page.locator("section.keyless");
  await expect(section.getByRole("heading", { name: "Benefits without keys R17" })).toBeVisible();
  await expect(section).toContainText("only records redemptions here");
  // The key form stays closed: this membership has no keys.
  await expect(page.locator("details.add-key")).not.toHaveAttribute("open", "");
  await expect(section.locator(".empty-state")).toBeVisible();
  await section.getByRole("button", { name: "Add benefit" }).click();
  await expect(section.locator("#kl-product-error")).toHaveText("This field is required.");
  await expect(section.locator("#kl-quantity-error")).toHaveText("Enter at least 1 license.");
  await section.getByLabel("Product").fill("Microsoft 365 E5");
  await section.getByLabel("Licenses").fill("25");
  await section.getByRole("button", { name: "Add benefit" }).click();
  const row = section.locator(".key-row").filter({ hasText: "Microsoft 365 E5" });
  await expect(row).toContainText("25 licenses");
  // No benefit expiry recorded: the offer's end is the last day (R19: redeemed
  // later, it would end before it began; an estimate against R22's 30 days).
  await expect(row).toContainText(`Not redeemed yet. Last day to redeem: ${en(plus(265))}.`);

  // The dashboard has it to redeem, by that day, with the working.
  await page.goto("");
  const item = page.locator(".agenda-item").filter({ hasText: "Redeem without a key: Microsoft 365 E5" });
  await expect(item).toContainText(en(plus(265)));
  await expect(item.getByRole("link", { name: "R19" })).toBeVisible();
  await item.locator("summary").click();
  await expect(item).toContainText(`A benefit without a key ends with the offer, on ${en(plus(265))}`);
  await expect(item).toContainText("Estimate: R22 keeps benefits 30 days past the membership's end");

  // The key wizard says it is for keys from before, and where benefits go.
  await page.goto("redeem/key");
  const notice = page.locator(".wz-keyless");
  await expect(notice).toContainText("This wizard is for product keys you still hold from before");
  await notice.getByRole("link", { name: "Go to benefits without keys" }).click();
  await expect(page.locator("section.keyless")).toBeVisible();

  // The checklist: recording waits until every step is ticked; a future day
  // and a missing tenant are refused at their fields.
  await page.goto("keys");
  await row.getByRole("button", { name: "Redeem…" }).click();
  const steps = row.locator("form.keyless-steps");
  const record = steps.getByRole("button", { name: "Record redemption" });
  await expect(record).toBeDisabled();
  for (const box of await steps.getByRole("checkbox").all()) await box.check();
  await expect(record).toBeEnabled();
  await steps.getByLabel("Redeemed on").fill(iso(plus(1)));
  await record.click();
  await expect(steps.locator(".field-error").first()).toBeVisible();
  await expect(steps.getByLabel("Redeemed on")).toHaveAttribute("aria-invalid", "true");
  await expect(steps.getByLabel("Tenant, for example contoso.onmicrosoft.com")).toHaveAttribute("aria-invalid", "true");
  // History: it was redeemed twenty days ago.
  await steps.getByLabel("Redeemed on").fill(iso(plus(-20)));
  await steps.getByLabel("Tenant, for example contoso.onmicrosoft.com").fill("fabrikam.onmicrosoft.com");
  await record.click();
  await expect(steps).toHaveCount(0);
  await expect(row).toContainText(`Redeemed on ${en(plus(-20))} into fabrikam.onmicrosoft.com. Ends with the offer on ${en(plus(265))}.`);
  await expect(row.getByRole("link", { name: "R19" })).toBeVisible();
  await expect(row.getByRole("button", { name: "Redeem…" })).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("benefits-desk/data")));
  expect(stored.schema).toBe(10);
  expect(stored.data.benefits).toEqual([{ id: stored.data.benefits[0].id, product: "Microsoft 365 E5", quantity: 25, redeemed: { on: iso(plus(-20)), tenant: "fabrikam.onmicrosoft.com", ends: iso(plus(265)) } }]);
  // A wrong record can be undone.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(row).toContainText("Not redeemed yet.");
  await row.getByRole("button", { name: "Redeem…" }).click();
  for (const box of await steps.getByRole("checkbox").all()) await box.check();
  await steps.getByLabel("Redeemed on").fill(iso(plus(-20)));
  await steps.getByLabel("Tenant, for example contoso.onmicrosoft.com").fill("fabrikam.onmicrosoft.com");
  await record.click();
  await expect(row).toContainText("Ends with the offer");

  // The dashboard, in Korean: it ends with the offer (R19), and why.
  await page.goto("");
  await appReady(page);
  await page.locator("body > header").getByRole("button", { name: "한국어" }).click();
  const ends = page.locator(".agenda-item").filter({ hasText: "오퍼와 함께 종료: Microsoft 365 E5" });
  await expect(ends).toContainText(ko(plus(265)));
  await expect(ends.getByRole("link", { name: "R19" })).toBeVisible();
  await ends.locator("summary").click();
  await expect(ends).toContainText(`${ko(plus(-20))}에 키 없이 등록`);
  // The Keys page in Korean fetches its own texts for the new language.
  await page.goto("keys");
  await expect(page.locator("section.keyless h2")).toHaveText("키 없는 혜택 R17");
  await expect(page.locator("section.keyless .key-row")).toContainText(`오퍼와 함께 ${ko(plus(265))}에 끝납니다.`);
  await page.screenshot({ path: "test-output/screenshots/keys-keyless-ko.png", fullPage: true });
});

test("a benefit cannot be recorded as redeemed after the benefit expiry date (R1), and the refusal says so", async ({ page }) => {
  await page.goto("");
  await appReady(page);
  await page.evaluate((v) => localStorage.setItem("benefits-desk/data", v), JSON.stringify({
    schema: 6, revision: 1,
    data: {
      membership: { offer: "PartnerSuccessCore", flow: "Keyless", competencies: [], anniversary: iso(plus(100)), renewal_start: null, benefit_expiry: iso(plus(-10)) },
      keys: [], subscriptions: [], users: [], vs_seats: [], support: null,
      benefits: [{ id: 4, product: "Dynamics 365 Sales", quantity: 5 }],
    },
  }));
  await page.goto("keys");
  const row = page.locator("section.keyless .key-row");
  await row.getByRole("button", { name: "Redeem…" }).click();
  for (const box of await row.getByRole("checkbox").all()) await box.check();
  await row.getByLabel("Tenant, for example contoso.onmicrosoft.com").fill("contoso.onmicrosoft.com");
  await row.getByRole("button", { name: "Record redemption" }).click();
  await expect(row.getByRole("alert")).toContainText(en(plus(-10)));
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("benefits-desk/data")));
  expect(stored.data.benefits[0].redeemed).toBeUndefined();
  // A day on or before the expiry is history and is kept.
  await row.getByLabel("Redeemed on").fill(iso(plus(-10)));
  await row.getByRole("button", { name: "Record redemption" }).click();
  await expect(row).toContainText(`Redeemed on ${en(plus(-10))}`);
});

test("the second sample, a keyless Solutions Partner, is chosen in Settings beside the first and removed whole (English, Korean)", async ({ page }) => {
  await page.goto("settings");
  await appReady(page);
  await page.getByRole("button", { name: "Load sample: Solutions Partner, keyless" }).click();
  await page.goto("");
  // Bought 320 days ago: the offer ends in 45 days (R22); two redeemed benefits end with it (R19).
  const ends = page.locator(".agenda-item").filter({ hasText: "2 benefits end with the offer" });
  await expect(ends).toContainText(en(plus(45)));
  await expect(page.locator(".agenda-item").filter({ hasText: "Redeem 2 benefits without keys" })).toContainText(en(plus(45)));
  await page.goto("keys");
  await expect(page.locator("section.keyless .key-row")).toHaveCount(4);
  await expect(page.locator("section.keyless .key-row").filter({ hasText: "Power BI Pro" })).toContainText(`Last day to redeem: ${en(plus(45))}`);
  await page.goto("membership");
  await expect(page.getByLabel("A Redeem button, no keys")).toBeChecked();
  // In Korean, then removed in one click.
  await page.goto("settings");
  await appReady(page);
  await page.locator("body > header").getByRole("button", { name: "한국어" }).click();
  await page.getByRole("button", { name: "예제 데이터 삭제" }).click();
  await expect(page.getByRole("button", { name: "예제 불러오기: Solutions Partner, 키 없음" })).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("benefits-desk/data")));
  expect(stored.data.benefits ?? []).toEqual([]);
  expect(stored.data.membership).toBeNull();
});

test("an expiry notice for a subscription redeemed without a key points to the renewal, not to a key (R19)", async ({ page }) => {
  await page.goto("");
  await appReady(page);
  // Bought 300 days ago: the offer ends 365 days after the purchase (R22).
  await page.evaluate((v) => localStorage.setItem("benefits-desk/data", v), JSON.stringify({
    schema: 7, revision: 1,
    data: {
      membership: { offer: "SolutionsPartner", flow: "Keyless", purchased: iso(plus(-300)), competencies: [], anniversary: iso(plus(65)) },
      keys: [{ id: 1, product: "Microsoft 365 E5", key: "", licenses: 5, redemption: null, replaced: false }],
      subscriptions: [{ id: 7, product: "Microsoft 365 E5", licenses: 25, end: iso(plus(65)) }],
      users: [], vs_seats: [], support: null,
    },
  }));
  await page.goto("subscriptions");
  await page.getByRole("button", { name: "I received an expiry notice" }).click();
  const notice = page.locator(".notice-flow");
  await expect(notice).toContainText(`it ends with your offer, on ${en(plus(65))}, and adding licenses or extending is not published for this flow`);
  await expect(notice.getByRole("link", { name: "R19" })).toBeVisible();
  // Even with a key of the same product at hand, no key is offered.
  await expect(notice.getByLabel("Key to use")).toHaveCount(0);
  await notice.getByRole("link", { name: "Go to the renewal" }).click();
  await expect(page).toHaveURL(/membership$/);
});
