// The dashboard with data: the membership year as a picture (renewal window, due
// dates by kind, today), each agenda item leading into the flow that deals with
// it, and a printout without the app's chrome.
import { test, expect } from "./fixtures.js";
import { T, plus, iso, en, seed } from "./util.js";

test("the year timeline, the agenda's links into each flow, and the printout", async ({ page }) => {
  await seed(page, {
    membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, 20)), renewal_start: null, benefit_expiry: iso(plus(T, 20)) },
    keys: [{ id: 1, product: "Power BI Pro", key: "", licenses: 5, redemption: null, replaced: false }],
    users: [{ id: 1, name: "Kim Minji", email: "minji@contoso.kr", offers: [] }],
    vs_seats: [{ id: 1, level: "Enterprise", assignment: { user: 1, assigned_on: iso(plus(T, -80)) } }],
  }, "./");
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
