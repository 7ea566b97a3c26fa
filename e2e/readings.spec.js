// Readings (issue 11 §5): where the sources disagree, the Rules page lets the
// user pick which one the app follows, and every date computed under it moves
// and says which reading it followed, as an estimate.
import { test, expect } from "./fixtures.js";
import { T, en, ko, plus, iso, seed, stored, addMonths } from "./util.js";

const gold = (anniversary) => ({
  membership: { program: "Gold", competencies: [], anniversary: iso(anniversary), renewal_start: null, benefit_expiry: iso(anniversary) },
});

test("a reading switched on the Rules page moves the window's first day and the new anniversary, on the dashboard and the membership page", async ({ page, browser }) => {
  const anniversary = plus(T, -3);
  await seed(page, gold(anniversary), "membership");
  // Defaults: the window opens the day after the anniversary (R4), the new
  // anniversary is 365 days after the payment (R22); both say so.
  const opens = page.locator("dd.window-opens");
  await expect(opens).toHaveText(`${en(plus(T, -2))} estimate, following R4`);
  for (let i = 0; i < 4; i++) await page.locator(`#step-${i}`).check();
  const finish = page.getByRole("button", { name: /All done: record the renewal/ });
  await expect(finish).toHaveText(`All done: record the renewal (new anniversary ${en(plus(T, 365))})`);
  await page.goto("./");
  const item = page.locator(".agenda-item", { hasText: "Renewal window opens" });
  await expect(item).toContainText(en(plus(T, -2)));
  await expect(item.locator(".reading-tag")).toHaveText("estimate, following R4");
  await item.getByText("Why this date?").click();
  await expect(item.locator(".estimate")).toHaveText("Estimate: this follows R4, where R23 reads the sources differently; pick either under Readings on the Rules page.");

  // The tag links to its question; pick the other reading of both questions.
  await item.locator(".reading-tag").click();
  await expect(page).toHaveURL(/rules#reading-window$/);
  await expect(page.locator("#reading-window")).toBeFocused();
  await page.getByRole("radio", { name: /^R23 / }).check();
  await page.locator("#reading-anniversary").getByRole("radio", { name: /^R4 / }).check();
  await expect(page.getByText("Reading changed: the dates that depend on it moved.")).toBeVisible();
  expect((await stored(page)).readings).toEqual({ new_anniversary: "R4", window_opens: "R23", bulk_move: "R21" });

  await page.goto("./");
  await expect(item).toContainText(en(anniversary));
  await expect(item.locator(".reading-tag")).toHaveText("estimate, following R23");
  await page.goto("membership");
  await expect(opens).toHaveText(`${en(anniversary)} estimate, following R23`);
  for (let i = 0; i < 4; i++) await page.locator(`#step-${i}`).check();
  const next = addMonths(anniversary, 12);
  await expect(finish).toHaveText(`All done: record the renewal (new anniversary ${en(next)})`);
  await expect(page.locator(".suggested-expiry")).toContainText(`(the anniversary ${en(anniversary)} plus 12 months)`);
  await finish.click();
  expect((await stored(page)).membership.anniversary).toBe(iso(next));

  // Undo takes the reading back; in Korean the tag says which reading.
  const context = await browser.newContext({ locale: "ko-KR" });
  const kp = await context.newPage();
  await seed(kp, { ...gold(anniversary), readings: { window_opens: "R23" } }, "membership");
  await expect(kp.locator("dd.window-opens")).toHaveText(`${ko(anniversary)} 추정, R23 기준`);
  await kp.goto("rules");
  await expect(kp.locator("#reading-window").getByRole("radio", { name: /^R23 / })).toBeChecked();
  await kp.locator("#reading-window").getByRole("radio", { name: /^R4 / }).check();
  await kp.getByRole("button", { name: "실행 취소" }).click();
  await expect(kp.locator("#reading-window").getByRole("radio", { name: /^R23 / })).toBeChecked();
  await context.close();
});
