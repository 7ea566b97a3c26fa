// Membership and renewal (R1, R3, R4, R5), as a new user does it: enter the
// dates, read the window, tick the Partner Center steps (kept across a reload),
// and record the renewal.
import { test, expect, appReady } from "./fixtures.js";

const iso = (d) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
const today = new Date(Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate()));
const plus = (days) => new Date(today.getTime() + days * 86400000);
const en = (d) => d.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

test("a Solutions Partner enters its dates, sees the renewal window, ticks the steps and records the renewal", async ({ page }) => {
  await page.goto("membership");
  await appReady(page);
  await expect(page.getByText("Enter the anniversary above")).toBeVisible();
  await page.getByLabel("Program offer").selectOption("solutions-partner");
  await page.getByLabel("Country or region").fill("Korea, Republic of");
  const anniversary = plus(-3);
  await page.getByLabel("Anniversary").fill(iso(anniversary));
  await page.getByLabel("Renewal start date").fill(iso(plus(2)));
  await page.getByLabel("Benefit expiry date").fill(iso(plus(20)));
  await page.getByRole("button", { name: "Save membership" }).click();
  await expect(page.getByText("The renewal start date cannot be later than the anniversary.")).toBeVisible();
  await page.getByLabel("Renewal start date").fill("");
  await page.getByRole("button", { name: "Save membership" }).click();

  // R4: the window closes 30 days after the anniversary; today is inside it.
  await expect(page.locator(".phase")).toHaveText("Renewal is open: 27 days left.");
  const dates = page.locator("dl.dates");
  await expect(dates).toContainText(en(plus(27)));
  // R1: 20 days left to redeem; R3: users keep benefits 30 days after the anniversary.
  await expect(dates).toContainText(`${en(plus(20))}: 20 days left to activate benefits and redeem keys`);
  await expect(dates).toContainText(en(plus(27)));

  await page.getByLabel("Sign in to Partner Center").check();
  await page.getByLabel("Open the membership benefits page.").check();
  await expect(page).toHaveURL(/membership\?done=0,1$/);
  await page.reload();
  await expect(page.getByLabel("Sign in to Partner Center")).toBeChecked();
  await expect(page.getByLabel("Open the membership benefits page.")).toBeChecked();
  const finish = page.getByRole("button", { name: /All done: record the renewal/ });
  await expect(finish).toBeDisabled();
  await page.getByLabel("Activate each benefit").check();
  await page.getByLabel("If a benefit cannot be activated").check();
  // R22's reading (the default): the new anniversary is 365 days after the payment.
  let next = plus(365);
  await expect(finish).toHaveText(`All done: record the renewal (new anniversary ${en(next)})`);
  // The day it was paid (today) and the new benefit expiry date: suggested, editable.
  await expect(page.getByLabel("Paid on")).toHaveValue(iso(today));
  // R22: the benefits end 30 days after the new anniversary.
  await expect(page.getByLabel("New benefit expiry date")).toHaveValue(iso(plus(395)));
  await expect(page.locator(".suggested-expiry")).toContainText(`Suggested: ${en(plus(395))}, when the benefits end, 30 days after the new anniversary ${en(next)} (365 days after the payment on ${en(today)}).`);
  await expect(page.locator(".suggested-expiry .reading-tag")).toHaveText("estimate, following R22");
  await page.getByLabel("Paid on").fill(iso(plus(1)));
  await expect(page.locator("#renew-paid-error")).toHaveText("This date cannot be later than today.");
  await expect(finish).toBeDisabled();
  // Paid yesterday: the suggestion (not yet edited) follows the day paid.
  await page.getByLabel("Paid on").fill(iso(plus(-1)));
  next = plus(364);
  await expect(page.getByLabel("New benefit expiry date")).toHaveValue(iso(plus(394)));
  await page.getByLabel("New benefit expiry date").fill(iso(plus(-2)));
  await expect(page.locator("#renew-expiry-error")).toHaveText("The new benefit expiry date cannot be before the day it was paid.");
  const expiry = new Date(next.getTime() - 86400000);
  await page.getByLabel("New benefit expiry date").fill(iso(expiry));
  await finish.click();
  await expect(page.getByText("Renewal recorded: the new anniversary and benefit expiry date are set.")).toBeVisible();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("benefits-desk/data")).data.membership);
  expect(stored).toMatchObject({
    offer: "SolutionsPartner", flow: "Keys", country: "Korea, Republic of", anniversary: iso(next), benefit_expiry: iso(expiry),
    renewals: [{ paid_on: iso(plus(-1)), previous_anniversary: iso(anniversary), anniversary: iso(next), benefit_expiry: iso(expiry) }],
  });
  await expect(page.locator(".phase")).toContainText("Renewal opens in");
  await expect(page.locator(".last-renewal")).toHaveText(`Last renewal recorded: paid on ${en(plus(-1))}; anniversary ${en(next)}, benefit expiry ${en(expiry)}.`);
});

test("a renewal is recorded only inside its window (R4): before it the page says when it opens, an Action Pack not before it expires, after it a past day inside it; keys can be redeemed again (English, Korean)", async ({ page, browser }) => {
  const seedWith = async (p, membership, path = "membership") => {
    await p.goto("./");
    await appReady(p);
    await p.evaluate((v) => localStorage.setItem("benefits-desk/data", v), JSON.stringify({
      schema: 2, revision: 1,
      data: { membership, keys: [{ id: 1, product: "Office 365 E3", key: "", licenses: 5, redemption: null, replaced: false }] },
    }));
    await p.goto(path);
    await appReady(p);
  };
  const tickAll = async (p) => {
    for (let i = 0; i < 4; i++) await p.locator(`#step-${i}`).check();
  };
  // Before the window: it opens the day after the anniversary, 41 days from now.
  await seedWith(page, { program: "Gold", competencies: [], anniversary: iso(plus(40)), renewal_start: null, benefit_expiry: iso(plus(40)) });
  await tickAll(page);
  const finish = page.getByRole("button", { name: /All done: record the renewal/ });
  await expect(page.locator(".renewal-record").getByRole("alert")).toHaveText(`The renewal window opens on ${en(plus(41))}: a renewal can be recorded from that day. R4`);
  await expect(finish).toBeDisabled();
  // An Action Pack that expires today renews from tomorrow.
  await seedWith(page, { program: "ActionPack", competencies: [], anniversary: iso(today), renewal_start: null, benefit_expiry: iso(today) });
  await tickAll(page);
  await expect(page.locator(".renewal-record").getByRole("alert")).toContainText(`An Action Pack renews only once it has expired: from ${en(plus(1))}.`);
  await expect(finish).toBeDisabled();
  // After the window (closed 10 days ago): today is refused; a day inside it is recorded.
  const anniversary = plus(-40);
  await seedWith(page, { program: "Gold", competencies: [], anniversary: iso(anniversary), renewal_start: null, benefit_expiry: iso(anniversary) }, "keys");
  await expect(page.locator(".key-row")).toContainText(`Expired on ${en(anniversary)}`);
  await page.goto("membership");
  await tickAll(page);
  await expect(page.locator(".renewal-record").getByRole("alert")).toContainText(`The renewal window closed on ${en(plus(-10))}.`);
  await page.getByLabel("Paid on").fill(iso(plus(-25)));
  await expect(page.locator(".renewal-record").getByRole("alert")).toHaveCount(0);
  await finish.click();
  await expect(page.getByText("Renewal recorded: the new anniversary and benefit expiry date are set.")).toBeVisible();
  // The new benefit expiry date (30 days after the new anniversary, paid + 365
  // days under R22's reading) makes the key redeemable again.
  const next = plus(-25 + 365 + 30);
  await page.goto("keys");
  await expect(page.locator(".key-row")).toContainText(`redeem by ${en(next)}`);

  const context = await browser.newContext({ locale: "ko-KR" });
  const kp = await context.newPage();
  await seedWith(kp, { program: "ActionPack", competencies: [], anniversary: iso(today), renewal_start: null, benefit_expiry: iso(today) });
  await tickAll(kp);
  await expect(kp.locator(".renewal-record").getByRole("alert")).toContainText("Action Pack은 만료된 뒤에만 갱신할 수 있습니다.");
  await expect(kp.getByLabel("결제한 날")).toHaveValue(iso(today));
  await context.close();
});

// A date typed into a date field as a keyboard user does. The field's segment
// order follows the browser's own language (Chromium here: month, day, year),
// not the page's; month and day move on by themselves after two digits.
async function typeDate(page, d) {
  const [y, m, day] = iso(d).split("-");
  await page.keyboard.type(m + day + y);
}

test("Action Pack renews only after it expires, said in Korean, using the keyboard alone", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR" });
  const page = await context.newPage();
  await page.goto("membership");
  await appReady(page);
  await page.locator("#program").focus();
  // On through the redemption flow's choices to the country, then past the
  // optional purchase date to the anniversary.
  const tabTo = async (id) => {
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement.id)) !== id; i++) {
      await page.keyboard.press("Tab");
    }
    await expect(page.locator(`#${id}`)).toBeFocused();
  };
  await tabTo("country");
  await page.keyboard.type("대한민국");
  await tabTo("anniversary");
  await typeDate(page, plus(10));
  // Tab on through the renewal start field to the benefit expiry date.
  for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement.id)) !== "benefit-expiry"; i++) {
    await page.keyboard.press("Tab");
  }
  await expect(page.locator("#benefit-expiry")).toBeFocused();
  await typeDate(page, plus(10));
  await page.keyboard.press("Enter");
  await expect(page.locator(".phase")).toHaveText("Action Pack은 만료된 뒤에만 갱신할 수 있습니다. 11일 후에 갱신이 열립니다.");
  await page.locator("#step-0").focus();
  await page.keyboard.press("Space");
  await expect(page.locator("#step-0")).toBeChecked();
  await page.screenshot({ path: "test-output/screenshots/membership-ko-light.png", fullPage: true });
  await context.close();
});

test("competencies entered here set the Visual Studio seats (R14) and cloud support (R16)", async ({ page }) => {
  await page.goto("./");
  await appReady(page);
  await page.evaluate((v) => localStorage.setItem("benefits-desk/data", v), JSON.stringify({
    schema: 2, revision: 1,
    data: { membership: { program: "Gold", competencies: [], anniversary: iso(plus(100)), renewal_start: null, benefit_expiry: iso(plus(100)) } },
  }));
  await page.goto("membership");
  await expect(page.getByText("No competencies recorded.")).toBeVisible();
  await page.getByRole("button", { name: "Add competency" }).click();
  await expect(page.locator("#comp-name-error")).toHaveText("This field is required.");
  await page.getByLabel("Competency name").fill("Cloud Platform");
  await page.getByLabel("Gold (otherwise silver)").check();
  await page.getByLabel("A cloud competency").check();
  await page.getByRole("button", { name: "Add competency" }).click();
  await page.getByLabel("Competency name").fill("Data Analytics");
  await page.getByRole("button", { name: "Add competency" }).click();
  await expect(page.locator(".comp-list li")).toHaveText(["Cloud Platform · gold · cloudRemove", "Data Analytics · silverRemove"]);
  // Gold: 10 base + 25 (gold) + 5 (silver) Enterprise seats; cloud support unlimited.
  await page.goto("visual-studio");
  await expect(page.locator(".entitlement")).toContainText("Gold competency (legacy): 40 × Visual Studio Enterprise by default (at most 150 across all countries).");
  await page.goto("support");
  await expect(page.locator(".allowances tr").nth(1)).toHaveText("Partner Cloud Support incidents (formerly Signature cloud support)unlimited");
  // Removing one has undo.
  await page.goto("membership");
  await page.getByRole("button", { name: "Remove Cloud Platform" }).click();
  await expect(page.locator(".comp-list li")).toHaveCount(1);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(".comp-list li")).toHaveCount(2);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("benefits-desk/data")).data.membership.competencies);
  expect(stored).toEqual([{ name: "Cloud Platform", level: "Gold", cloud: true }, { name: "Data Analytics", level: "Silver", cloud: false }]);
});

test("a keyless Solutions Partner records its offer and purchase day (R17, R22, R26); an Action Pack past the 2025 cut-off is told it cannot renew (R25)", async ({ page }) => {
  await page.goto("membership");
  await appReady(page);
  await page.getByLabel("Program offer").selectOption({ label: "Solutions Partner designation" });
  await page.getByLabel("A Redeem button, no keys").check();
  // Bought ten days ago: refundable for twenty more days (R26); the membership
  // ends 365 days after the purchase and the benefits 30 days later (R22).
  const bought = plus(-10);
  await page.getByLabel("Purchase or payment date (optional)").fill(iso(bought));
  await page.getByLabel("Anniversary").fill(iso(plus(-12)));
  await page.getByRole("button", { name: "Save membership" }).click();
  await expect(page.locator("#purchased-error")).toHaveText("The purchase day cannot be later than the anniversary it starts.");
  await page.getByLabel("Anniversary").fill(iso(plus(355)));
  await page.getByRole("button", { name: "Save membership" }).click();
  await expect(page.locator(".offer-ends")).toContainText(`Membership ends ${en(plus(355))}; benefits end ${en(plus(385))}.`);
  await expect(page.locator(".offer-ends").getByRole("link", { name: "R22" })).toBeVisible();
  await expect(page.locator(".offer-refund")).toContainText(`Refundable through ${en(plus(20))}`);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("benefits-desk/data")));
  expect(stored.schema).toBe(10);
  expect(stored.data.membership).toMatchObject({ offer: "SolutionsPartner", flow: "Keyless", purchased: iso(bought), anniversary: iso(plus(355)) });
  // No seat table is published for this offer: the Visual Studio page says so.
  await page.goto("visual-studio");
  await expect(page.locator(".not-published")).toContainText("do not publish how many Visual Studio subscriptions Solutions Partner designation gives");

  // An Action Pack stored by an older version of the app, anniversary after 2025-01-21.
  await page.evaluate((v) => localStorage.setItem("benefits-desk/data", v), JSON.stringify({
    schema: 4, revision: 1,
    data: { membership: { program: "ActionPack", competencies: [], anniversary: iso(plus(40)), renewal_start: null, benefit_expiry: iso(plus(40)) } },
  }));

  await page.goto("membership");
  await expect(page.getByLabel("Program offer")).toHaveValue("action-pack");
  await expect(page.getByLabel("Product keys")).toBeChecked();
  const alert = page.locator(".offer-retired");
  await expect(alert).toContainText("Action Pack could be renewed only with an anniversary on or before January 21, 2025, so this membership cannot renew as it is.");
  await expect(alert).toContainText("Partner Launch benefits package, Partner Success Core benefits package, Partner Success Expanded benefits package");
  await expect(alert.getByRole("link", { name: "R25" })).toBeVisible();
  // Its renewal window is when it moves to a package (R25: same window, the package's fee).
  await expect(page.locator(".renewal .phase")).toHaveText("Action Pack can only be renewed after it expires: renewal opens in 41 days.");
  await page.screenshot({ path: "test-output/screenshots/membership-offer-en-light.png", fullPage: true });
});

test("a Gold membership past the 2025 cut-off renews only as a move to a benefits package (R25), which asks for one reassignment of seats and credits (R27); English and Korean", async ({ page, browser }) => {
  const seedGold = async (p) => {
    await p.goto("./");
    await appReady(p);
    await p.evaluate((v) => localStorage.setItem("benefits-desk/data", v), JSON.stringify({
      schema: 7, revision: 1,
      data: { membership: { offer: "Gold", competencies: [], anniversary: iso(plus(-3)), renewal_start: null, benefit_expiry: iso(plus(20)) } },
    }));
  };
  await seedGold(page);
  // The dashboard: the window is the last chance to move to a package, not a renewal.
  await page.goto("./");
  await appReady(page);
  await expect(page.locator(".agenda-item", { hasText: "Last day to move the retired offer to a benefits package" })).toContainText(en(plus(27)));
  await expect(page.locator(".agenda-item", { hasText: "Renewal window closes" })).toHaveCount(0);
  await page.goto("membership");
  await appReady(page);
  // Legacy words: competencies lapse.
  await expect(page.locator(".renewal")).toContainText("the membership's benefits and competencies lapse");
  for (let i = 0; i < 4; i++) await page.locator(`#step-${i}`).check();
  const pick = page.getByLabel("Benefits package it moves to");
  await expect(pick).toBeVisible();
  await pick.selectOption({ label: "Partner Success Expanded benefits package" });
  await page.getByRole("button", { name: /All done: record the renewal/ }).click();
  await expect(page.getByText("Renewal recorded: the new anniversary and benefit expiry date are set.")).toBeVisible();
  const m = await page.evaluate(() => JSON.parse(localStorage.getItem("benefits-desk/data")).data.membership);
  expect(m.offer).toBe("PartnerSuccessExpanded");
  expect(m.renewals[0]).toMatchObject({ paid_on: iso(today), from_offer: "Gold" });
  // R27: one reassignment, on the dashboard and here, until marked done.
  const due = page.locator(".reassign-due");
  await expect(due).toContainText("from Gold competency (legacy) to Partner Success Expanded benefits package");
  await expect(page.locator(".renewal")).toContainText("the membership's benefits lapse, with its designation and badge");
  await page.goto("./");
  await appReady(page);
  await expect(page.locator(".agenda-item", { hasText: "Reassign Visual Studio subscriptions and Azure credits once" })).toHaveCount(1);
  await page.goto("membership");
  await page.getByRole("button", { name: "Seats and credits reassigned" }).click();
  await expect(due).toHaveCount(0);
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem("benefits-desk/data")).data.membership.renewals[0]);
  expect(after.reassigned_on).toBe(iso(today));

  const context = await browser.newContext({ locale: "ko-KR" });
  const kp = await context.newPage();
  await seedGold(kp);
  await kp.goto("membership");
  await appReady(kp);
  for (let i = 0; i < 4; i++) await kp.locator(`#step-${i}`).check();
  await expect(kp.getByLabel("전환할 혜택 패키지")).toBeVisible();
  await kp.screenshot({ path: "test-output/screenshots/renewal-package-ko-light.png", fullPage: true });
  await context.close();
});
