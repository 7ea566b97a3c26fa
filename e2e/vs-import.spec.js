// Issue 29, item 1: the Visual Studio subscriptions portal's subscriber export,
// imported on the Visual Studio page through its file input — the preview of
// every row before anything is saved, the rows left out with their line and
// column, one Undo for the whole import, the same file twice changing nothing;
// in Korean, a file whose dates read both ways (the admin says which) and a
// row the rules refuse, which refuses the import. The files are written here
// in the documented format, with made-up people.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, appReady } from "./fixtures.js";
import { T, plus, iso, en, ko, day, seed, stored, ledgerEvents } from "./util.js";

const user = (id, name, email) => ({ id, name, email, offers: [], source: "PartnerCenter" });
const csv = (rows) => ({ name: "subscribers.csv", mimeType: "text/csv", buffer: Buffer.from(rows.join("\r\n")) });

const HEADER = "Subscriber Name,Email,Notification Email Address,Subscription Level,Assigned,Activated,Expiration Date (UTC),Reference,Subscription Status,Subscription GUID";
const US_FILE = csv([
  HEADER,
  "Kim Minji,minji@contoso.kr,,Visual Studio Enterprise subscription,3/15/2024,3/16/2024,6/30/2027,Dev team,Assigned,11111111-1111-1111-1111-111111111111",
  "Lee Jun,jun@contoso.kr,,Visual Studio Professional subscription,1/20/2025,,6/30/2027,,Assigned,22222222-2222-2222-2222-222222222222",
  ",,,Visual Studio Enterprise subscription,,,6/30/2027,,Unassigned,33333333-3333-3333-3333-333333333333",
  "Park Sora,sora@contoso.kr,,Visual Studio Test Professional subscription,2/1/2025,,6/30/2027,,Assigned,44444444-4444-4444-4444-444444444444",
  '"Choi, Yuna",yuna@contoso.kr,,Visual Studio Enterprise subscription,13/31/2025,,6/30/2027,,Assigned,55555555-5555-5555-5555-555555555555',
]);

test("the portal's subscriber export: a preview of every row, one import, one undo, and the same file twice changes nothing", async ({ page }) => {
  // Kim Minji's seat was typed in by hand ten days ago; the portal says March 2024.
  await seed(page, {
    users: [user(1, "Kim Minji", "minji@contoso.kr")],
    vs_seats: [{ id: 1, level: "Enterprise", assignment: { user: 1, assigned_on: iso(plus(T, -10)) } }],
  }, "visual-studio");
  const card = page.locator("#vs-import");
  await expect(card.getByRole("heading", { name: "Import from the subscriptions portal" })).toBeVisible();
  await card.getByLabel("Subscriber export (CSV):").setInputFiles(US_FILE);
  await expect(card.getByRole("status").first()).toHaveText(
    "Subscriptions read: 3. New seats: 2. Assigned: 0. Corrected to the portal's days: 1. Already as the portal says: 0. Free in the portal but held here, left as they are: 0. People added to the user list: 1.");
  await expect(card.locator(".problems li")).toHaveText([
    "Line 5, Subscription Level “Visual Studio Test Professional subscription”: a level this app does not keep (it keeps Professional and Enterprise)",
    "Line 6, Assigned “13/31/2025”: not a date",
  ]);
  const rows = card.locator(".import-preview tbody tr");
  await expect(rows).toHaveCount(3);
  for (const text of ["minji@contoso.kr", "Enterprise", "March 15, 2024", "days corrected"]) await expect(rows.nth(0)).toContainText(text);
  await expect(rows.nth(1)).toContainText("jun@contoso.kr");
  await expect(rows.nth(1)).toContainText("new seat");
  await expect(rows.nth(2)).toContainText("new seat");
  // The preview passes axe.
  expect((await new AxeBuilder({ page }).include("#vs-import").analyze()).violations.map((v) => v.id)).toEqual([]);
  // Nothing saved before Import.
  expect((await stored(page)).vs_seats).toHaveLength(1);

  await card.getByRole("button", { name: "Import" }).click();
  await expect(page.locator(".next-step")).toHaveText("3 subscriptions imported from the portal's export.");
  const seats = page.locator(".seat");
  await expect(seats).toHaveCount(3);
  // The 90 days now count from the portal's days: R27 takes the later of
  // assigned (March 15) and activated (March 16).
  await expect(seats.nth(0)).toContainText("Assigned to Kim Minji (minji@contoso.kr) on March 15, 2024.");
  await expect(seats.nth(0).locator(".seat-lock")).toContainText("Can move to someone else (since June 14, 2024). R27");
  await expect(page.locator(".users tbody tr")).toHaveCount(2);

  // One Undo takes the whole import back.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(seats).toHaveCount(1);
  await expect(seats.nth(0)).toContainText(`on ${en(plus(T, -10))}.`);
  await expect(page.locator(".users tbody tr")).toHaveCount(1);

  // Imported again, then the same file once more: nothing left to do.
  await card.getByLabel("Subscriber export (CSV):").setInputFiles(US_FILE);
  await card.getByRole("button", { name: "Import" }).click();
  await expect(seats).toHaveCount(3);
  await card.getByLabel("Subscriber export (CSV):").setInputFiles(US_FILE);
  await expect(card.getByRole("status").first()).toContainText("Already as the portal says: 3.");
  await expect(card.getByText("Everything in this file is already here: there is nothing to import.")).toBeVisible();
  await expect(card.getByRole("button", { name: "Import" })).toBeDisabled();
  const data = await stored(page);
  expect(data.vs_seats).toHaveLength(3);
  expect(data.users.map((u) => u.email).sort()).toEqual(["jun@contoso.kr", "minji@contoso.kr"]);
  const imports = (await ledgerEvents(page)).filter((e) => e.facts.kind === "ImportPortalSeats");
  expect(imports.length).toBe(2); // the first voided by Undo, the second kept
  // Kept for the next import: each seat's GUID.
  expect(data.vs_seats.map((s) => s.portal.split("\u001f")[0]).sort()).toEqual([
    "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222", "33333333-3333-3333-3333-333333333333"]);

  // A file that is not the export says which column it lacks.
  await card.getByLabel("Subscriber export (CSV):").setInputFiles(csv(["Name,Email", "Kim Minji,minji@contoso.kr"]));
  await expect(card.getByRole("alert")).toHaveText("This is not the subscriber export: it has no “Subscription Level” column.");
});

test("in Korean: dates that read both ways are asked about, and a row the rules refuse refuses the import", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR", colorScheme: "dark" });
  const page = await context.newPage();
  // 김민지 has held her seat since ten days ago; before her, 이준 until twenty days ago.
  await seed(page, {
    users: [user(1, "김민지", "minji@contoso.kr"), user(2, "이준", "jun@contoso.kr")],
    vs_seats: [{
      id: 1, level: "Enterprise",
      assignment: { user: 1, assigned_on: iso(plus(T, -10)) },
      history: [{ user: 2, from: "2021-01-04", to: iso(plus(T, -20)) }],
    }],
  }, "visual-studio");
  await appReady(page);
  const card = page.locator("#vs-import");
  const file = (rows) => csv(["구독자 이름\t로그인 이메일\t구독 수준\t할당 날짜\t활성화 날짜\t만료 날짜(UTC)", ...rows]);
  await card.getByLabel("구독자 내보내기 파일(CSV):").setInputFiles(file([
    "박소라\tsora@contoso.kr\tVisual Studio Professional 구독\t3/4/2025\t\t1/6/2027",
    "김민지\tminji@contoso.kr\tVisual Studio Enterprise 구독\t5/2/2024\t\t1/6/2027",
  ]));
  const question = card.getByRole("group", { name: "이 파일의 날짜는 모두 두 가지로 읽힐 수 있습니다. 포털은 날짜를 어떻게 씁니까?" });
  await expect(question).toBeVisible();
  const rows = card.locator(".import-preview tbody tr");
  await expect(rows.nth(0)).toContainText(ko(day("2025-03-04")));
  await question.getByLabel("일이 먼저: 3/4/2026은 4월 3일").check();
  await expect(rows.nth(0)).toContainText(ko(day("2025-04-03")));
  await expect(question.getByLabel("일이 먼저: 3/4/2026은 4월 3일")).toBeChecked();
  // 김민지's seat changed hands twenty days ago: the portal's 2024 cannot be.
  await expect(card.locator(".problems li.field-error")).toContainText("3행은 가져올 수 없습니다");
  await expect(card.getByRole("button", { name: "가져오기" })).toBeDisabled();
  expect((await new AxeBuilder({ page }).include("#vs-import").analyze()).violations.map((v) => v.id)).toEqual([]);

  // Without that row, the import goes in whole.
  await card.getByLabel("구독자 내보내기 파일(CSV):").setInputFiles(file([
    "박소라\tsora@contoso.kr\tVisual Studio Professional 구독\t3/4/2025\t\t1/6/2027",
  ]));
  await question.getByLabel("일이 먼저: 3/4/2026은 4월 3일").check();
  await expect(rows.nth(0)).toContainText(ko(day("2025-04-03")));
  await card.getByRole("button", { name: "가져오기" }).click();
  await expect(page.locator(".next-step")).toHaveText("포털 내보내기에서 구독 1개를 가져왔습니다.");
  await expect(page.locator(".seat")).toHaveCount(2);
  await expect(page.locator(".seat").nth(1)).toContainText(ko(day("2025-04-03")));
  await context.close();
});
