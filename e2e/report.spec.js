// Issue 29, item 4: the audit report on the History page — who holds each
// Visual Studio subscription and Azure credit since when (and who held it
// before), what each key was redeemed into, where and when, the record of
// changes with who recorded each — in English and in Korean, with no axe
// violation, and laid out to print alone (no navigation, no buttons, no
// journal around it). Made-up records.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, appReady } from "./fixtures.js";
import { whenSaved } from "./util.js";

const DATA = {
  membership: { offer: "PartnerLaunch", flow: "Keys", competencies: [], anniversary: "2026-03-01", benefit_expiry: "2026-03-31" },
  keys: [
    { id: 1, product: "Office 365 E3", key: "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", licenses: 5, replaced: false, received: "2024-03-20",
      redemption: { on: "2024-04-02", owner: "Partner", subscription: 7, mode: "New", tenant: "contoso.onmicrosoft.com" } },
    { id: 2, product: "Visio Plan 2", key: "", licenses: 3, replaced: false, redemption: null },
  ],
  subscriptions: [{ id: 7, product: "Office 365 E3 (Contoso)", licenses: 5, end: "2025-04-01" }],
  users: [
    { id: 1, name: "Kim Min-ji", email: "minji@contoso.kr", offers: [] },
    { id: 2, name: "Lee Jun", email: "jun@contoso.kr", offers: [] },
  ],
  vs_seats: [{ id: 3, level: "Enterprise", assignment: { user: 2, assigned_on: "2024-09-01", activated_on: "2024-09-03" }, history: [{ user: 1, from: "2024-01-15", to: "2024-09-01" }] }],
  credits: [{ id: 4, kind: "Bulk", amount: 3500, assignee: 1, given_on: "2025-01-10", reassigned: 1 }],
};

async function withLedger(page) {
  await page.goto("./");
  await appReady(page);
  await page.evaluate((doc) => localStorage.setItem("benefits-desk/data", doc), JSON.stringify({ schema: 8, revision: 1, data: DATA }));
  // The first change begins the ledger with the records as they stood.
  await page.goto("visual-studio");
  await appReady(page);
  await page.getByRole("button", { name: /Add one seat|좌석 1개 추가/ }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 2);
  await page.goto("history");
  await appReady(page);
}

test("the audit report: holders since when, redemptions where and when, every change with who recorded it; printed alone", async ({ page }) => {
  await withLedger(page);
  await page.getByLabel("Your name, recorded with each change you make in this browser").fill("Kim Min-ji");
  await page.getByRole("button", { name: "Save name" }).click();
  await page.getByRole("button", { name: "Show the report" }).click();
  const report = page.locator("article.audit-report");
  await expect(report.getByRole("heading", { name: "Audit report: Partner Benefits Desk" })).toBeVisible();
  const seats = report.getByRole("table").nth(0);
  await expect(seats.locator("tbody tr")).toHaveCount(2);
  await expect(seats.locator("tbody tr").nth(0).locator("td")).toHaveText(
    ["Visual Studio Enterprise", "Lee Jun (jun@contoso.kr)", "September 1, 2024", "September 3, 2024", "Kim Min-ji (minji@contoso.kr) (January 15, 2024 – September 1, 2024)"]);
  await expect(seats.locator("tbody tr").nth(1)).toContainText("Nobody (free)");
  const keys = report.getByRole("table").nth(1);
  await expect(keys.locator("tbody tr").nth(0)).toContainText("Office 365 E3 × 5");
  await expect(keys.locator("tbody tr").nth(0)).toContainText("April 2, 2024");
  await expect(keys.locator("tbody tr").nth(0)).toContainText("contoso.onmicrosoft.com");
  await expect(keys.locator("tbody tr").nth(0)).toContainText("Office 365 E3 (Contoso) × 5 · April 1, 2025");
  await expect(keys.locator("tbody tr").nth(1)).toContainText("Not redeemed");
  const credits = report.getByRole("table").nth(2);
  await expect(credits.locator("tbody tr").nth(0)).toContainText("Kim Min-ji (minji@contoso.kr)");
  await expect(credits.locator("tbody tr").nth(0)).toContainText("January 10, 2025");
  const changes = report.getByRole("table").nth(3);
  // Newest first: the seat added, then the history the records held before the ledger.
  await expect(changes.locator("tbody tr").first()).toContainText("Visual Studio subscriptions added");
  await expect(changes).toContainText("Visual Studio subscription assigned");
  // A key's text is never in the report.
  await expect(report).not.toContainText("AAAAA");
  expect((await new AxeBuilder({ page }).include("article.audit-report").analyze()).violations.map((v) => v.id)).toEqual([]);

  // Printed, the report stands alone.
  await page.emulateMedia({ media: "print" });
  await expect(report).toBeVisible();
  for (const hidden of [".site-nav", ".admin-name", ".report-card", ".history-event"]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  await page.screenshot({ path: "test-output/screenshots/report-print-en.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".site-nav")).toBeVisible();
});

test("in Korean and dark: the same report in Korean, with no axe violation", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR", colorScheme: "dark" });
  const page = await context.newPage();
  await withLedger(page);
  await page.getByRole("button", { name: "보고서 보기" }).click();
  const report = page.locator("article.audit-report");
  await expect(report.getByRole("heading", { name: "감사 보고서: Partner Benefits Desk" })).toBeVisible();
  await expect(report.getByRole("table").nth(0).locator("tbody tr").nth(0)).toContainText("2024년 9월 1일");
  await expect(report.getByRole("table").nth(1).locator("tbody tr").nth(1)).toContainText("등록 안 함");
  await expect(report).toContainText("이 보고서에는 제품 키 문자열이 포함되지 않습니다.");
  expect((await new AxeBuilder({ page }).include("article.audit-report").analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: "test-output/screenshots/report-ko-dark.png", fullPage: true });
  await context.close();
});
