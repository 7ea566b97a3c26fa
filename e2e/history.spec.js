// The ledger as people meet it: an undo that lasts past a reload and can be
// taken back, a past redemption corrected with its subscription moving back,
// the journal in Korean with its filters and CSV export, and no axe violation.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { test, expect, appReady } from "./fixtures.js";
import { seed, stored, whenSaved, assignFree, ledgerEvents as ledger } from "./util.js";

test("an undo is a void in the ledger: it survives a reload, shows in the history, and can itself be taken back", async ({ page }) => {
  await seed(page, { keys: [], users: [], vs_seats: [], subscriptions: [] }, "visual-studio");
  await page.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 1);
  await page.getByRole("button", { name: "Undo" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 0);
  await page.reload();
  await appReady(page);
  expect((await stored(page)).vs_seats).toEqual([]);
  const events = await ledger(page);
  expect(events.map((e) => e.facts.kind)).toEqual(["AddSeats", "Void"]);
  expect(events.at(-1).facts.event).toBe(events.at(-2).id);
  expect(events.at(-2).id).toMatch(/^[0-9a-f]{32}$/);

  // Named once, recorded with every change afterwards.
  await page.goto("history");
  await appReady(page);
  await page.getByLabel("Your name, recorded with each change you make in this browser").fill("Kim Min-ji");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Saved. Changes from now on carry this name.")).toBeVisible();
  const list = page.getByRole("list", { name: "Changes, newest first" });
  const added = list.getByRole("listitem").filter({ hasText: "Visual Studio subscriptions added" });
  await expect(added).toContainText("Undone");
  // Taking the undo back puts the seats back, previewed first.
  await list.getByRole("listitem").filter({ hasText: "Change undone" }).getByRole("button", { name: "Take this undo back" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Before you undo: Change undone");
  await page.getByRole("button", { name: "Undo it" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 1);
  const last = (await ledger(page)).at(-1);
  expect(last).toMatchObject({ admin: "Kim Min-ji", facts: { kind: "Void" } });
  await expect(list.getByRole("listitem").first()).toContainText("by Kim Min-ji");
  await page.screenshot({ path: "test-output/screenshots/history-en-light.png", fullPage: true });
});

test("a past redemption mistyped is corrected from the history: the preview shows the subscription moving back, then it does", async ({ page }) => {
  await seed(page, {
    membership: { program: "Gold", competencies: [], anniversary: "2021-06-30", renewal_start: null, benefit_expiry: "2021-06-30" },
    keys: [{ id: 1, product: "Office 365 E3", key: "", licenses: 100, redemption: null, replaced: false }],
    subscriptions: [{ id: 4, product: "Office 365 E3", licenses: 100, end: "2021-03-01", tenant: "contoso.onmicrosoft.com" }],
  }, "keys");
  const row = page.locator(".key-row", { hasText: "100 licenses" });
  await row.getByRole("button", { name: "Mark as redeemed…" }).click();
  await row.getByLabel("Redeemed on").fill("2021-01-01");
  await row.getByLabel("How was it redeemed?").selectOption({ label: "Licenses added to a subscription" });
  await row.getByLabel("Subscription").selectOption("4");
  await row.getByRole("button", { name: "Review" }).click();
  await row.getByRole("button", { name: "Yes, mark as redeemed" }).click();
  await whenSaved(page, (d) => d.subscriptions[0].licenses === 200);

  await page.goto("history");
  await appReady(page);
  const redeemed = page.getByRole("listitem").filter({ hasText: "Key redeemed" });
  await expect(redeemed).toContainText("Office 365 E3");
  await expect(redeemed).toContainText("takes effect January 1, 2021");
  await redeemed.getByRole("button", { name: "Undo this change" }).click();
  const preview = page.getByRole("alertdialog");
  await expect(preview).toContainText("Partner Center cannot undo a redemption");
  await expect(preview).toContainText("Office 365 E3: 100 licenses, ends March 1, 2021 (now 200, August 1, 2021)");
  await page.getByRole("button", { name: "Undo it" }).click();
  await whenSaved(page, (d) => d.subscriptions[0].licenses === 100);
  const d = await stored(page);
  expect(d.subscriptions[0]).toMatchObject({ licenses: 100, end: "2021-03-01" });
  expect(d.keys[0].redemption).toBeNull();
  await expect(redeemed).toContainText("Undone");
  // Recorded again as it was: the subscription moves as R8 says.
  await page.goto("keys");
  await appReady(page);
  await row.getByRole("button", { name: "Mark as redeemed…" }).click();
  await row.getByLabel("Redeemed on").fill("2021-01-01");
  await row.getByLabel("How was it redeemed?").selectOption({ label: "A subscription extended" });
  await row.getByLabel("Subscription").selectOption("4");
  await row.getByRole("button", { name: "Review" }).click();
  await row.getByRole("button", { name: "Yes, mark as redeemed" }).click();
  await whenSaved(page, (d) => d.keys[0].redemption?.mode === "Extend");
});

test("the history in Korean: filtered by kind, exported as CSV, with no axe violation", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR", acceptDownloads: true });
  const page = await context.newPage();
  await page.goto("settings");
  await page.locator("#backup").waitFor();
  await page.getByRole("button", { name: "예제 데이터 불러오기" }).click();
  await whenSaved(page, (d) => d.keys.length > 0);
  await page.goto("support");
  await appReady(page);
  await page.goto("history");
  await appReady(page);
  await expect(page.locator("body > main h1")).toHaveText("기록 내역");
  const list = page.getByRole("list", { name: "변경 목록(최신순)" });
  await expect(list.getByRole("listitem").first()).toContainText("샘플 데이터 불러옴");
  await page.getByLabel("변경 종류").selectOption({ label: "샘플 데이터 불러옴" });
  await expect(page.getByText("변경 1건")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "기록 내역 내보내기(CSV)" }).click()]);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.split("\n")[0]).toContain("recorded_at,takes_effect,admin,device,kind,change,record,status,event_id");
  expect(csv).toContain("Sample,샘플 데이터 불러옴");
  await list.getByRole("listitem").first().getByRole("button", { name: "이 변경 취소" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.screenshot({ path: "test-output/screenshots/history-ko-light.png", fullPage: true });
  await context.close();
});

test("two browsers exchange backups and end with one ledger and the same data, nothing lost on either side, the same conflict shown by both", async ({ browser }) => {
  // Two browsers, each loading, merging and replaying: more than the default 30 s on a slow machine.
  test.setTimeout(90_000);
  const open = async () => {
    const context = await browser.newContext({ locale: "en-US", acceptDownloads: true });
    const page = await context.newPage();
    await page.goto("settings");
    await page.locator("#backup").waitFor();
    return { context, page };
  };
  const exportFrom = async (page) => {
    await page.goto("settings");
    await page.locator("#backup").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export backup" }).click()]);
    return download.path();
  };
  const importInto = async (page, file) => {
    await page.goto("settings");
    await page.locator("#backup").waitFor();
    await page.getByLabel("Import a backup file").setInputFiles(file);
    await page.getByRole("button", { name: "Merge into my data" }).click();
    await expect(page.getByText("Backup imported.")).toBeVisible();
  };
  const addSeat = async (page) => {
    await page.goto("visual-studio");
    await appReady(page);
    const before = await page.evaluate(() => JSON.parse(localStorage.getItem("benefits-desk/data") ?? '{"data":{"vs_seats":[]}}').data.vs_seats.length);
    await page.getByRole("button", { name: "Add one seat" }).click();
    await whenSaved(page, (d) => d.vs_seats.length === before + 1);
  };
  const a = await open();
  const b = await open();
  await a.page.getByRole("button", { name: "Load sample data" }).click();
  await whenSaved(a.page, (d) => d.keys.length > 0);
  await addSeat(a.page);
  await addSeat(b.page);
  await importInto(b.page, await exportFrom(a.page));
  await addSeat(b.page);
  // The same free seat given the same week to two people, one in each browser:
  // once merged, the later of the two no longer applies (R13).
  await assignFree(a.page, 0);
  await assignFree(b.page, 1);
  await importInto(a.page, await exportFrom(b.page));
  await importInto(b.page, await exportFrom(a.page));
  const [la, lb] = [await ledger(a.page), await ledger(b.page)];
  expect(la.map((e) => e.id)).toEqual(lb.map((e) => e.id));
  expect(la.map((e) => e.facts.kind)).toEqual(expect.arrayContaining(["Sample", "AddSeats"]));
  const plain = (d) => ({ ...d, keys: d.keys.map((k) => ({ ...k, key: "" })) });
  const [da, db] = [await stored(a.page), await stored(b.page)];
  expect(plain(da)).toEqual(plain(db));
  // Every seat either browser added is there: the sample's, one from A, two from B.
  const sampleSeats = da.vs_seats.filter((s) => s.id >= 1_000_000 && s.id < 2_000_000).length;
  expect(da.vs_seats.length).toBe(sampleSeats + 3);
  // A's own key texts stay; the history on both sides lists the same changes.
  expect(da.keys.some((k) => k.key !== "")).toBe(true);
  for (const { page } of [a, b]) {
    await page.goto("history");
    await appReady(page);
  }
  await expect(a.page.getByText(`${la.length} changes`)).toBeVisible();
  await expect(b.page.getByText(`${la.length} changes`)).toBeVisible();
  // The one conflict, the same on both sides: on the dashboard, and listed in the history.
  const conflicts = [];
  for (const { page } of [a, b]) {
    await expect(page.locator(".history-conflicts h2")).toHaveText("Changes that no longer apply (1)");
    conflicts.push(await page.locator(".history-conflicts li").innerText());
    if (page === a.page) await page.locator(".history-conflicts").screenshot({ path: "test-output/screenshots/history-conflicts.png" });
    await page.goto("./");
    await appReady(page);
    await expect(page.locator(".dash-conflicts")).toContainText("Changes in the history that no longer apply: 1.");
  }
  expect(conflicts[0]).toBe(conflicts[1]);
  await a.page.screenshot({ path: "test-output/screenshots/dashboard-conflicts.png" });
  await a.page.locator(".dash-conflicts a").click();
  await expect(a.page.locator("#history-conflicts-title")).toBeVisible();
  await a.context.close();
  await b.context.close();
});

test("the history kept before the ledger is listed by its own days: who held a seat, renewals, redemptions; corrected in the record, not undone", async ({ page }) => {
  const data = {
    membership: {
      offer: "PartnerLaunch", flow: "Keys", competencies: [], anniversary: "2026-03-01", benefit_expiry: "2026-03-31",
      renewals: [{ paid_on: "2025-02-25", previous_anniversary: "2025-03-01", anniversary: "2026-03-01", benefit_expiry: "2026-03-31", from_offer: "ActionPack" }],
    },
    keys: [{ id: 1, product: "Office 365 E3", key: "", licenses: 5, replaced: false,
      redemption: { on: "2024-04-02", owner: "Partner", subscription: 7, mode: "New", tenant: "contoso.onmicrosoft.com" } }],
    subscriptions: [{ id: 7, product: "Office 365 E3 (Contoso)", licenses: 5, end: "2025-04-01" }],
    users: [
      { id: 1, name: "Kim Min-ji", email: "minji@contoso.kr", offers: [] },
      { id: 2, name: "Lee Jun", email: "jun@contoso.kr", offers: [] },
    ],
    vs_seats: [{ id: 3, level: "Enterprise", assignment: { user: 2, assigned_on: "2024-09-01" }, history: [{ user: 1, from: "2024-01-15", to: "2024-09-01" }] }],
  };
  await page.goto("./");
  await appReady(page);
  await page.evaluate((doc) => localStorage.setItem("benefits-desk/data", doc), JSON.stringify({ schema: 8, revision: 1, data }));
  // The first change after the upgrade begins the ledger.
  await page.goto("visual-studio");
  await appReady(page);
  await page.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 2);
  const kinds = (await ledger(page)).map((e) => e.facts.kind);
  // The data as it stood and the history it holds come first (recorded
  // at one moment, so in the order of their ids), then the change.
  expect(kinds.slice(0, 6).filter((k) => k === "AsItStood")).toHaveLength(1);
  expect(kinds.filter((k) => k === "Before")).toHaveLength(5);
  expect(kinds.slice(0, 6).every((k) => k === "AsItStood" || k === "Before")).toBe(true);

  await page.goto("history");
  await appReady(page);
  await page.getByLabel("Kind of change").selectOption({ label: "Visual Studio subscription assigned" });
  const list = page.getByRole("list", { name: "Changes, newest first" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  const kim = list.getByRole("listitem").filter({ hasText: "Kim Min-ji" });
  await expect(kim).toContainText("Enterprise · Kim Min-ji <minji@contoso.kr>");
  await expect(kim).toContainText("takes effect January 15, 2024");
  await expect(kim).toContainText("From the records as they stood when this history began.");
  await expect(kim.getByRole("button")).toHaveCount(0);
  await page.getByLabel("Kind of change").selectOption({ label: "Renewal recorded" });
  await expect(list.getByRole("listitem")).toContainText("ActionPack → PartnerLaunch · March 1, 2026");
  await expect(list.getByRole("listitem")).toContainText("takes effect February 25, 2025");
  await page.getByLabel("Kind of change").selectOption({ label: "Key redeemed" });
  await expect(list.getByRole("listitem")).toContainText("Office 365 E3 · Office 365 E3 (Contoso)");
  await expect(page.getByRole("status").filter({ hasText: /^1 change$/ })).toBeVisible();
  await page.screenshot({ path: "test-output/screenshots/history-before-ledger.png", fullPage: true });
});

const storedDoc = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("benefits-desk/data")));

test("the ledger's events move on to IndexedDB once saved: the stored document keeps the data, the history lists every change after a reload, a backup carries them all", async ({ page }) => {
  await seed(page, { keys: [], users: [], vs_seats: [], subscriptions: [] }, "visual-studio");
  for (let n = 1; n <= 3; n++) {
    await page.getByRole("button", { name: "Add one seat" }).click();
    await whenSaved(page, (d) => d.vs_seats.length === n);
  }
  await expect.poll(async () => (await storedDoc(page)).ledger.events.length).toBe(0);
  const doc = await storedDoc(page);
  expect(doc.schema).toBe(10);
  expect(doc.ledger.archived).toBeGreaterThan(0);
  expect((await ledger(page)).filter((e) => e.facts.kind === "AddSeats")).toHaveLength(3);

  await page.reload();
  await appReady(page);
  await page.goto("history");
  await appReady(page);
  const list = page.getByRole("list", { name: "Changes, newest first" });
  await expect(list.getByRole("listitem").filter({ hasText: "Visual Studio subscriptions added" })).toHaveCount(3);

  await page.goto("settings");
  await appReady(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export backup" }).click()]);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(file.events.filter((e) => e.facts.kind === "AddSeats")).toHaveLength(3);
});

test("a history that cannot be read whole is refused, never cut: IndexedDB cleared behind the app's back", async ({ page }) => {
  await seed(page, { keys: [], users: [], vs_seats: [], subscriptions: [] }, "visual-studio");
  await page.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 1);
  await expect.poll(async () => (await storedDoc(page)).ledger.events.length).toBe(0);
  await page.evaluate(() => new Promise((resolve) => {
    const r = indexedDB.open("benefits-desk", 1);
    r.onsuccess = () => {
      const tx = r.result.transaction("ledger", "readwrite");
      tx.objectStore("ledger").clear();
      tx.oncomplete = () => { r.result.close(); resolve(); };
    };
  }));
  await page.reload();
  await appReady(page);
  // The data is there; the history says it cannot be read, and no backup
  // without it is made.
  await expect(page.getByRole("button", { name: "Add one seat" })).toBeVisible();
  await page.goto("history");
  await appReady(page);
  await expect(page.getByRole("alert")).toContainText("The stored history could not be read in full, so none of it is shown.");
  await page.screenshot({ path: "test-output/screenshots/history-refused.png" });
  await page.goto("settings");
  await appReady(page);
  let downloaded = false;
  page.on("download", () => { downloaded = true; });
  await page.getByRole("button", { name: "Export backup" }).click();
  await expect(page.getByRole("alert")).toContainText("No backup file was made");
  await page.locator("#backup").screenshot({ path: "test-output/screenshots/backup-refused.png" });
  expect(downloaded).toBe(false);
  // Nor is another browser's backup merged over a part of it.
  const theirs = {
    format: "benefits-desk-backup", schema: 10, exported_on: "2026-12-06", includes_keys: false,
    data: { keys: [], users: [], vs_seats: [], subscriptions: [] },
    events: [{ id: "f".repeat(32), day: "2026-12-06", at: "2026-12-06T01:00:00.000Z", device: "other", admin: "", facts: { kind: "CountIncidents", by: 1 } }],
  };
  await page.getByLabel("Import a backup file").setInputFiles({ name: "theirs.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(theirs)) });
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The backup was not merged" })).toBeVisible();
  expect((await stored(page)).vs_seats).toHaveLength(1);
});

test("without IndexedDB the ledger stays whole in localStorage, as before", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, "indexedDB", { value: undefined }));
  await seed(page, { keys: [], users: [], vs_seats: [], subscriptions: [] }, "visual-studio");
  for (let n = 1; n <= 2; n++) {
    await page.getByRole("button", { name: "Add one seat" }).click();
    await whenSaved(page, (d) => d.vs_seats.length === n);
  }
  await page.reload();
  await appReady(page);
  const doc = await storedDoc(page);
  expect(doc.ledger.archived ?? 0).toBe(0);
  expect(doc.ledger.events.filter((e) => e.facts.kind === "AddSeats")).toHaveLength(2);
  await page.goto("history");
  await appReady(page);
  const list = page.getByRole("list", { name: "Changes, newest first" });
  await expect(list.getByRole("listitem").filter({ hasText: "Visual Studio subscriptions added" })).toHaveCount(2);
});

test("a backup edited by hand, one change under the same id with other contents, is merged as a conflict beside it, never over it; undoing one settles it", async ({ page }) => {
  await seed(page, { keys: [], users: [], vs_seats: [], subscriptions: [] }, "visual-studio");
  await page.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 1);
  const [mine] = await ledger(page);
  expect(mine.facts).toMatchObject({ kind: "AddSeats", n: 1 });
  // The same event as a copy edited by hand would carry it: three seats.
  const edited = { ...mine, facts: { ...mine.facts, n: 3 } };
  const theirs = {
    format: "benefits-desk-backup", schema: 10, exported_on: "2026-12-06", includes_keys: false,
    data: { keys: [], users: [], vs_seats: [], subscriptions: [] },
    events: [edited],
  };
  await page.goto("settings");
  await appReady(page);
  await page.getByLabel("Import a backup file").setInputFiles({ name: "edited.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(theirs)) });
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await expect(page.getByText("Backup imported.")).toBeVisible();
  // Both versions are in the ledger; one stands, the other waits as a conflict.
  const both = await ledger(page);
  expect(both.map((e) => e.facts.n).sort()).toEqual([1, 3]);
  expect(both.map((e) => e.id)).toEqual([mine.id, mine.id]);
  const standing = (await stored(page)).vs_seats.length;
  expect([1, 3]).toContain(standing);
  await page.goto("./");
  await appReady(page);
  await expect(page.locator(".dash-conflicts")).toContainText("Changes in the history that no longer apply: 1.");
  await page.goto("history");
  await appReady(page);
  const conflict = page.locator(".history-conflicts li");
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText("Another version of this change, recorded under the same id with different contents");
  await page.locator(".history-conflicts").screenshot({ path: "test-output/screenshots/history-clash.png" });
  // Undo the one that stands: the other applies in its place, and the conflict is gone.
  const list = page.getByRole("list", { name: "Changes, newest first" });
  const standingRow = list.getByRole("listitem").filter({ hasNotText: "Not applied" }).filter({ hasText: "Visual Studio subscriptions added" });
  await standingRow.getByRole("button", { name: "Undo this change" }).click();
  await page.getByRole("button", { name: "Undo it" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 4 - standing);
  await expect(page.locator(".history-conflicts")).toHaveCount(0);
  await page.reload();
  await appReady(page);
  expect((await stored(page)).vs_seats).toHaveLength(4 - standing);
});
