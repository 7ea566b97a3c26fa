// Technical support (R15, R16): the activation checklist ticked from what is
// recorded, the contract's last day (one year, leap day clamped), the allowances of
// the program level, the incident counter with its warning — in English with the
// mouse, in Korean with the keyboard alone.
import { test, expect } from "./fixtures.js";
import { T, plus, iso, en, ko, days, addMonths, seed, stored, tabTo, typeDate } from "./util.js";

const membership = {
  program: "Silver", anniversary: iso(plus(T, 200)), renewal_start: null, benefit_expiry: iso(plus(T, 200)),
  competencies: [{ name: "Cloud Platform", level: "Silver", cloud: true }],
};

test("support is activated step by step, its year is shown, and incidents are counted", async ({ page }) => {
  await seed(page, { membership }, "support");
  const steps = page.locator(".steps li");
  await expect(steps).toHaveCount(5);
  await expect(page.locator(".steps li[data-done=true]")).toHaveCount(0);
  await expect(steps.last()).toContainText("Record the Access ID and Contract ID first.");
  // R16 defaults for Silver with a cloud competency.
  await expect(page.locator(".allowances caption")).toHaveText("Defaults for Silver competency (legacy)");
  await expect(page.locator(".allowances tr")).toHaveText([
    "Partner On-premises Support incidents (formerly product support)15",
    "Partner Cloud Support incidents (formerly Signature cloud support)unlimited", "Advisory hours20",
  ]);
  await expect(page.locator(".incident-count")).toHaveText("Incidents used: 0 of 15 (15 left).");

  // A day in the future is refused; nothing is stored.
  await page.getByLabel("Activated on").fill(iso(plus(T, 2)));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#support-activated-error")).toHaveText("The activation day cannot be later than today.");
  expect((await stored(page)).support ?? null).toBeNull();

  // Activated three days ago, no IDs yet: waiting.
  const on = plus(T, -3);
  await page.getByLabel("Activated on").fill(iso(on));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".steps li[data-done=true]")).toHaveCount(2);
  await expect(steps.nth(2)).toContainText("Activated 3 days ago.");
  // R15: a contract year is 12 calendar months, its last day the day before
  // the anniversary.
  const end = plus(addMonths(on, 12), -1);
  await expect(page.locator(".contract-end")).toContainText(`The contract runs until ${en(end)} (in ${days(T, end)} days).`);

  // Both IDs recorded: the ticket step opens the support site.
  await page.getByLabel("Access ID").fill("ACC-1234");
  await page.getByLabel("Contract ID").fill("CON-5678");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".steps li[data-done=true]")).toHaveCount(4);
  await expect(steps.last().getByRole("link", { name: "Open Microsoft Support (new tab)" }))
    .toHaveAttribute("href", "https://support.microsoft.com/supportforbusiness/productselection");

  // R15 with a leap day: 29 Feb 2024 + 12 months = 28 Feb 2025, so the year's
  // last day is 27 Feb.
  await page.getByLabel("Activated on").fill("2024-02-29");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".contract-end")).toContainText(`The contract runs until February 27, 2025 (${days(new Date("2025-02-27T00:00:00Z"), T)} days ago).`);
  await page.getByLabel("Activated on").fill(iso(on));

  // An allowance of our own: a bad number is refused, then 3 with a warning at 1 left.
  await page.getByLabel(/On-premises incidents allowed/).fill("-1");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#support-allowed-error")).toHaveText("Enter a whole number, 0 or more.");
  await page.getByLabel(/On-premises incidents allowed/).fill("3");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".incident-count")).toHaveText("Incidents used: 0 of 3 (3 left).");
  await expect(page.getByRole("button", { name: "Take one back" })).toBeDisabled();
  await page.getByRole("button", { name: "Record one incident used" }).click();
  await page.getByRole("button", { name: "Record one incident used" }).click();
  await expect(page.locator(".incident-count")).toHaveText("Incidents used: 2 of 3 (1 left).");
  await expect(page.locator(".warn-text")).toContainText("Few incidents are left.");
  await expect(page.locator(".steps li[data-done=true]")).toHaveCount(5);
  await page.getByRole("button", { name: "Take one back" }).click();
  await expect(page.locator(".incident-count")).toHaveText("Incidents used: 1 of 3 (2 left).");
  expect((await stored(page)).support).toEqual({
    access_id: "ACC-1234", contract_id: "CON-5678", activated_on: iso(on), incidents_allowed: 3, incidents_used: 1,
  });
  await page.screenshot({ path: "test-output/screenshots/support-en-light.png", fullPage: true });

  // The contract's end and the low count are on the dashboard, leading back here.
  await page.goto("./");
  const item = page.locator(".agenda-item", { hasText: "Support contract ends" });
  await expect(item).toContainText(`in ${days(T, end)} days`);
  await item.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/support$/);
});

test("support recorded in Korean, using the keyboard alone", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR", colorScheme: "dark" });
  const page = await context.newPage();
  await seed(page, { membership: { ...membership, program: "Gold", competencies: [] } }, "support");
  await expect(page.locator(".allowances tr")).toHaveText([
    "Partner On-premises Support 인시던트(이전 이름: 제품 지원)20",
    "Partner Cloud Support 인시던트(이전 이름: Signature 클라우드 지원)10", "자문 시간50",
  ]);
  await page.locator("h1").focus();
  await tabTo(page, "#support-activated");
  const on = plus(T, -1);
  await typeDate(page, on);
  await tabTo(page, "#support-access", 5);
  await page.keyboard.type("ACC-9");
  await page.keyboard.press("Tab");
  await page.keyboard.type("CON-9");
  await page.keyboard.press("Enter");
  await expect(page.locator(".contract-end")).toContainText(`계약은 ${ko(plus(addMonths(on, 12), -1))}까지입니다`);
  await expect(page.locator(".steps li[data-done=true]")).toHaveCount(4);
  await tabTo(page, ".incident-actions button:not(.secondary)");
  await page.keyboard.press("Enter");
  await expect(page.locator(".incident-count")).toHaveText("사용한 인시던트: 20건 중 1건(19건 남음).");
  await page.screenshot({ path: "test-output/screenshots/support-ko-dark.png", fullPage: true });
  await context.close();
});

test("cloud incidents and advisory hours are counted where limited; a new contract year keeps last year's figures (R16; English, Korean)", async ({ page, browser }) => {
  const activated = plus(T, -400);
  // R15: the year's last day is the day before its anniversary, and the next
  // year starts on the anniversary itself (no drift).
  const anniversary = addMonths(activated, 12);
  const end = plus(anniversary, -1);
  const d = {
    // Gold without a cloud competency: 20 incidents, 10 cloud incidents, 50 advisory hours.
    membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, 200)), renewal_start: null, benefit_expiry: iso(plus(T, 200)) },
    support: { access_id: "A-1", contract_id: "C-1", activated_on: iso(activated), incidents_allowed: null, incidents_used: 7, cloud_incidents_used: 1, advisory_hours_used: 3 },
  };
  await seed(page, d, "support");
  const counters = page.locator(".support-counter");
  await expect(counters).toHaveText([
    "Partner Cloud Support incidents used: 1 of 10 (9 left).",
    "Advisory hours used: 3 of 50 (47 left).",
  ]);
  await page.getByRole("button", { name: "Record one cloud incident used" }).click();
  await page.getByRole("button", { name: "Record one advisory hour used" }).click();
  await expect(counters).toHaveText([/2 of 10 \(8 left\)/, /4 of 50 \(46 left\)/]);
  // The contract year ended: the counters start again, the figures stay in the history.
  await expect(page.locator(".contract-ended")).toContainText(`This contract year ended on ${en(end)}. The allowances start again for the year from ${en(anniversary)}`);
  await page.getByRole("button", { name: "Start the new contract year" }).click();
  await expect(page.locator(".contract-years li")).toHaveText(`${en(activated)} – ${en(end)}: 7 incidents, 2 cloud incidents, 4 advisory hours.`);
  await expect(page.locator(".incident-count")).toHaveText("Incidents used: 0 of 20 (20 left).");
  await expect(page.locator(".contract-ended")).toHaveCount(0);
  const s = (await stored(page)).support;
  expect(s).toMatchObject({ activated_on: iso(anniversary), incidents_used: 0, years: [{ from: iso(activated), to: iso(end), incidents_used: 7, cloud_incidents_used: 2, advisory_hours_used: 4 }] });
  // A cloud competency makes cloud support unlimited: no counter for it.
  await seed(page, { ...d, membership: { ...d.membership, competencies: [{ name: "Cloud Platform", level: "Gold", cloud: true }] } }, "support");
  await expect(page.locator(".support-counter")).toHaveText(["Advisory hours used: 3 of 50 (47 left)."]);

  const context = await browser.newContext({ locale: "ko-KR" });
  const kp = await context.newPage();
  await seed(kp, d, "support");
  await expect(kp.locator(".contract-ended")).toContainText(`이 계약 연도는 ${ko(end)}에 끝났습니다.`);
  await expect(kp.locator(".support-counter").first()).toHaveText("사용한 Partner Cloud Support 인시던트: 10건 중 1건(9건 남음).");
  await context.close();
});

test("a benefits package's cloud incidents and advisory hours, not published, are entered and then counted (R28; English, Korean)", async ({ page, browser }) => {
  const d = {
    membership: { offer: "PartnerSuccessCore", competencies: [], anniversary: iso(plus(T, 200)), renewal_start: null, benefit_expiry: iso(plus(T, 200)) },
    support: { access_id: "A-1", contract_id: "C-1", activated_on: iso(plus(T, -10)), incidents_allowed: null, incidents_used: 0 },
  };
  await seed(page, d, "support");
  // Nothing published: no counter until the admin enters the numbers.
  await expect(page.locator(".support-counter")).toHaveCount(0);
  await page.getByLabel(/Partner Cloud Support incidents a year/).fill("-1");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#support-cloud-allowed-error")).toHaveText("Enter a whole number, 0 or more.");
  await page.getByLabel(/Partner Cloud Support incidents a year/).fill("6");
  await page.getByLabel(/Advisory hours a year/).fill("30");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".support-counter")).toHaveText([
    "Partner Cloud Support incidents used: 0 of 6 (6 left).",
    "Advisory hours used: 0 of 30 (30 left).",
  ]);
  expect((await stored(page)).support).toMatchObject({ cloud_incidents_allowed: 6, advisory_hours_allowed: 30 });
  const context = await browser.newContext({ locale: "ko-KR" });
  const kp = await context.newPage();
  await seed(kp, { ...d, support: { ...d.support, cloud_incidents_allowed: 6 } }, "support");
  await expect(kp.getByLabel(/연간 Partner Cloud Support 인시던트 수/)).toHaveValue("6");
  await expect(kp.locator(".support-counter")).toHaveText("사용한 Partner Cloud Support 인시던트: 6건 중 0건(6건 남음).");
  await context.close();
});
