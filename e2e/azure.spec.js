// Azure credits (R11): giving bulk credit asks which offers the user already has and
// refuses when one clashes; the step lives in the address (reload and back work);
// bulk credit is transferred, never taken back; monthly credit is taken back with
// undo; a credit offer is added with its field error — in English with the mouse,
// in Korean with the keyboard alone.
import { test, expect } from "./fixtures.js";
import { T, en, seed, stored, tabTo, pickUser, addMonths } from "./util.js";

const user = (id, name, email, offers = []) => ({ id, name, email, offers, source: "AzureAd" });
const data = () => ({
  users: [user(1, "Kim Minji", "minji@contoso.kr"), user(2, "Lee Jun", "jun@contoso.kr", ["AzurePass"]), user(3, "Park Sora", "sora@contoso.kr")],
  credits: [
    { id: 1, kind: "Bulk", amount: 3500, assignee: null },
    { id: 2, kind: "Monthly", amount: 150, assignee: 3 },
  ],
});

test("bulk credit is refused over a clashing offer, given once it is gone, and only ever transferred", async ({ page }) => {
  await seed(page, data(), "azure-credits");
  const bulk = page.locator(".credit", { hasText: "Bulk credit, US$3,500 in all" });
  await expect(bulk).toContainText("Not given to anyone yet.");
  await bulk.getByRole("button", { name: "Give to a user" }).click();
  await expect(page).toHaveURL(/azure-credits\?credit=1$/);
  await pickUser(page, "To whom", "Lee Jun (jun@contoso.kr)");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/credit=1&user=2$/);
  // What is already known about the user is ticked; R11 refuses and names the offer.
  await expect(page.getByLabel("Azure Pass")).toBeChecked();
  await page.getByRole("button", { name: "Check and record" }).click();
  await expect(page.getByRole("alert")).toHaveText("Not allowed: bulk credit cannot be combined with Azure Pass. Choose another user, or end that offer first. R11");
  await expect(page.getByRole("alert").getByRole("link", { name: "R11" })).toBeVisible();
  expect((await stored(page)).credits[0].assignee).toBeNull();

  // A reload keeps the step; the back button returns to choosing the user.
  await page.reload();
  await expect(page.getByLabel("To whom")).toHaveValue("Lee Jun (jun@contoso.kr)");
  await page.goBack();
  await expect(page.locator(".assign-flow fieldset")).toHaveCount(0);
  await page.goForward();
  await page.getByLabel("Azure Pass").uncheck();
  await page.getByRole("button", { name: "Check and record" }).click();
  await expect(page.locator(".next-step")).toContainText("if the portal still refuses, contact Microsoft Support");
  await expect(page).toHaveURL(/azure-credits$/);
  await expect(bulk).toContainText("Held by Lee Jun (jun@contoso.kr).");
  // Bulk credit has no "take back": only a transfer, checked the same way.
  await expect(bulk.getByRole("button", { name: "Take back" })).toHaveCount(0);
  await expect(bulk).toContainText("Bulk credit cannot be taken back, only moved to someone else; when it may move depends on the reading you follow (Rules page).");
  await bulk.getByRole("button", { name: "Transfer to someone else" }).click();
  await expect(page.getByRole("heading", { name: /Transfer: Bulk credit/ })).toBeVisible();
  await page.getByRole("combobox", { name: "To whom" }).click();
  await expect(page.locator(".assign-flow").getByRole("option")).toHaveText(["Kim Minji (minji@contoso.kr)", "Park Sora (sora@contoso.kr)"]);
  // R21: one active credit per person — Park Sora holds the monthly credit.
  await pickUser(page, "To whom", "Park Sora (sora@contoso.kr)");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Check and record" }).click();
  await expect(page.getByRole("alert")).toContainText("This person already holds another credit: one active credit per person (R21).");
  await bulk.getByRole("button", { name: "Transfer to someone else" }).click();
  await pickUser(page, "To whom", "Kim Minji (minji@contoso.kr)");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByLabel("Enterprise Agreement").check();
  await page.getByRole("button", { name: "Check and record" }).click();
  await expect(page.getByRole("alert")).toContainText("cannot be combined with Enterprise Agreement");
  await page.getByLabel("Enterprise Agreement").uncheck();
  await page.getByRole("button", { name: "Check and record" }).click();
  await expect(bulk).toContainText("Held by Kim Minji (minji@contoso.kr).");
  await expect(bulk.locator(".history li")).toHaveText(`${en(T)}: moved from Lee Jun (jun@contoso.kr) to Kim Minji (minji@contoso.kr)`);

  // Monthly credit: taken back at any time, with undo.
  const monthly = page.locator(".credit", { hasText: "Monthly credit, US$150 a month" });
  await monthly.getByRole("button", { name: "Take back" }).click();
  await expect(monthly).toContainText("Not given to anyone yet.");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(monthly).toContainText("Held by Park Sora");

  // A new offer: the amount must be more than zero.
  await page.getByLabel("Kind").selectOption("bulk");
  await page.getByLabel("Amount in US$").fill("0");
  await page.getByRole("button", { name: "Add credit" }).click();
  await expect(page.locator("#credit-amount-error")).toBeVisible();
  await page.getByLabel("Amount in US$").fill("1200");
  await page.getByRole("button", { name: "Add credit" }).click();
  await expect(page.locator(".credit")).toHaveCount(3);
  const d = await stored(page);
  expect(d.credits[0]).toMatchObject({ assignee: 1, transfers: [{ from: 2, to: 1 }] });
  expect(d.credits[2]).toMatchObject({ kind: "Bulk", amount: 1200 });
  expect(d.users[1].offers ?? []).toEqual([]);
  await page.screenshot({ path: "test-output/screenshots/azure-credits-en-light.png", fullPage: true });
});

test("monthly credit given in Korean with the keyboard alone, though the user has Azure Pass", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR", colorScheme: "dark" });
  const page = await context.newPage();
  const d = data();
  d.credits[1].assignee = null;
  await seed(page, d, "azure-credits");
  await page.locator("h1").focus();
  await tabTo(page, ".credit[data-kind=monthly] > .actions button");
  await page.keyboard.press("Enter");
  await expect(page.locator("#credit-user")).toBeVisible();
  await tabTo(page, "#credit-user");
  await page.keyboard.type("Lee");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/credit=2&user=2$/);
  await expect(page.getByLabel("Azure Pass")).toBeChecked();
  await tabTo(page, ".assign-flow .actions button");
  await page.keyboard.press("Enter");
  await expect(page.locator(".next-step")).toContainText("포털에서 계속 거부되면 Microsoft 지원에 문의하세요");
  await expect(page.locator(".credit[data-kind=monthly]")).toContainText("Lee Jun (jun@contoso.kr) 사용 중.");
  await page.screenshot({ path: "test-output/screenshots/azure-credits-ko-dark.png", fullPage: true });
  await context.close();
});

test("history before the app: a bulk credit's day and moves are kept; under R11's reading it moves only within its enrollment year (English, Korean)", async ({ page, browser }) => {
  const { plus, iso } = await import("./util.js");
  const d = {
    // The enrollment year ended 10 days ago, on the anniversary.
    membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, -10)), renewal_start: null, benefit_expiry: iso(plus(T, -10)) },
    users: [user(1, "Kim Minji", "minji@contoso.kr"), user(2, "Park Sora", "sora@contoso.kr")],
    credits: [{ id: 1, kind: "Bulk", amount: 3500, assignee: 1, given_on: iso(plus(T, -100)), reassigned: 2 }],
    readings: { bulk_move: "R11" },
  };
  await seed(page, d, "azure-credits");
  const bulk = page.locator(".credit", { hasText: "Bulk credit" });
  await expect(bulk).toContainText(`Held by Kim Minji (minji@contoso.kr). Given on ${en(plus(T, -100))}. Reassigned 2 times.`);
  await bulk.getByRole("button", { name: "Transfer to someone else" }).click();
  await pickUser(page, "To whom", "Park Sora (sora@contoso.kr)");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Check and record" }).click();
  await expect(page.getByRole("alert")).toContainText(`Not allowed: bulk credit moves to someone else only within the enrollment year it was given in, and that year ended on ${en(plus(T, -10))}.`);
  expect((await stored(page)).credits[0]).toMatchObject({ assignee: 1, reassigned: 2 });

  // A credit offer from before the app, with how often it was reassigned there.
  await page.goto("azure-credits");
  await page.getByLabel("Amount in US$").fill("100");
  await page.getByLabel("Times reassigned before (in Partner Center)").fill("-1");
  await page.getByRole("button", { name: "Add credit" }).click();
  await expect(page.locator("#credit-reassigned-error")).toBeVisible();
  await page.getByLabel("Times reassigned before (in Partner Center)").fill("1");
  await page.getByRole("button", { name: "Add credit" }).click();
  await expect(page.locator(".credit").nth(1)).toContainText("Reassigned once.");
  expect((await stored(page)).credits[1]).toMatchObject({ kind: "Monthly", amount: 100, reassigned: 1 });

  const context = await browser.newContext({ locale: "ko-KR" });
  const kp = await context.newPage();
  await seed(kp, d, "azure-credits?credit=1&user=2");
  await kp.getByRole("button", { name: "확인 후 기록" }).click();
  await expect(kp.getByRole("alert")).toContainText(`그 연도는 ${(await import("./util.js")).ko(plus(T, -10))}에 끝났습니다.`);
  await context.close();
});

test("bulk credit under the default reading (R21) stays with its holder until the next renewal; switching to R11's reading on the Rules page lets it move", async ({ page }) => {
  const { plus, iso } = await import("./util.js");
  // Anniversary 10 days ago; the credit was given 5 days ago, in the year that
  // ends on the next anniversary.
  const next = addMonths(plus(T, -10), 12);
  await seed(page, {
    membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, -10)), renewal_start: null, benefit_expiry: iso(plus(T, -10)) },
    users: [user(1, "Kim Minji", "minji@contoso.kr"), user(2, "Park Sora", "sora@contoso.kr")],
    credits: [{ id: 1, kind: "Bulk", amount: 3500, assignee: 1, given_on: iso(plus(T, -5)) }],
  }, "azure-credits?credit=1&user=2");
  await page.getByRole("button", { name: "Check and record" }).click();
  await expect(page.getByRole("alert")).toContainText(`Not allowed under the reading the app follows (R21): bulk credit stays with its holder until its enrollment year ends on ${en(next)}`);
  await expect(page.getByRole("alert").getByRole("link", { name: "R21" })).toBeVisible();
  expect((await stored(page)).credits[0].assignee).toBe(1);
  // The other reading, picked on the Rules page, is stored with the data.
  await page.goto("rules#reading-bulk");
  await expect(page.getByRole("radio", { name: /^R21 default/ })).toBeChecked();
  await page.getByRole("radio", { name: /^R11 / }).check();
  expect((await stored(page)).readings).toMatchObject({ bulk_move: "R11" });
  await page.goto("azure-credits?credit=1&user=2");
  await page.getByRole("button", { name: "Check and record" }).click();
  await expect(page.locator(".credit", { hasText: "Bulk credit" })).toContainText("Held by Park Sora (sora@contoso.kr).");
});

test("keyless: credit sits on a billing profile (R20), nobody is offered it, and a monthly credit shows its last usable day (R21)", async ({ page }) => {
  const { plus, iso } = await import("./util.js");
  await seed(page, {
    membership: { offer: "SolutionsPartner", flow: "Keyless", competencies: [], anniversary: iso(plus(T, 100)) },
    users: [user(1, "Kim Minji", "minji@contoso.kr")],
    credits: [{ id: 1, kind: "Monthly", amount: 150, assignee: null }],
  }, "azure-credits");
  await expect(page.locator(".keyless-note")).toContainText("Azure credit sits on a billing profile");
  const monthly = page.locator(".credit");
  await expect(monthly).toContainText("Billing profile not recorded yet");
  await expect(monthly.getByRole("button", { name: "Give to a user" })).toHaveCount(0);
  await monthly.getByText("Billing profile and provisioning day").click();
  await monthly.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#credit-1-profile-error")).toHaveText("This field is required.");
  await page.getByLabel("Billing profile (as Partner Center names it)").first().fill("Contoso BP");
  await page.getByLabel("Provisioned on").first().fill(iso(plus(T, 1)));
  await monthly.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#credit-1-provisioned-error")).toBeVisible();
  const provisioned = plus(T, -30);
  await page.getByLabel("Provisioned on").first().fill(iso(provisioned));
  await monthly.getByRole("button", { name: "Save" }).click();
  // 13 months on would be later than the membership's end, 100 days from now.
  const membershipEnd = plus(T, 100);
  await expect(monthly).toContainText("On billing profile Contoso BP");
  // The membership ends first: monthly credit is paid only up to its end (R21).
  await expect(monthly).toContainText(`Usable until ${en(membershipEnd)}, the membership's end: monthly credit is paid only up to it.`);
  expect((await stored(page)).credits[0]).toMatchObject({ billing_profile: "Contoso BP", provisioned: iso(provisioned), assignee: null });
  // A link straight to giving it to someone is refused, naming R20.
  await page.goto("azure-credits?credit=1&user=1");
  await page.getByRole("button", { name: "Check and record" }).click();
  await expect(page.getByRole("alert")).toContainText("it is not given to a person (R20)");
  await expect(page.getByRole("alert").getByRole("link", { name: "R20" })).toBeVisible();
  // The dashboard has the last usable day, with its working.
  await page.goto("./");
  const item = page.locator(".agenda-item", { hasText: "Last day to use monthly credit of US$150 a month" });
  await expect(item).toContainText(en(membershipEnd));
  await item.getByText("Why this date?").click();
  await expect(item.locator("details.why")).toContainText(`Provisioned ${en(provisioned)} + 13 months would be later, but a monthly credit is paid only up to the membership's end, ${en(membershipEnd)}`);
});
