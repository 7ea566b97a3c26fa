// Keeping the data (issue 28, its first part): the browser asked once to keep
// the app's data after the first save, the state and a second ask in
// Settings, Safari's seven days, and the dashboard's reminder to save a backup
// file when the last one is older than the days the admin chose.
import { test, expect, appReady } from "./fixtures.js";
import { seed, whenSaved, T, iso, plus, en, ko } from "./util.js";

/** Counts calls to navigator.storage.persist, passing each on to the real one. */
const countPersistCalls = () => {
  const real = navigator.storage.persist.bind(navigator.storage);
  window.__persistCalls = 0;
  navigator.storage.persist = () => { window.__persistCalls += 1; return real(); };
};

test("the first save asks the browser to keep the data, once in this browser's life; Settings shows its answer and asks again", async ({ page }) => {
  await page.addInitScript(countPersistCalls);
  await seed(page, { keys: [], users: [], vs_seats: [], subscriptions: [] }, "visual-studio");
  expect(await page.evaluate(() => localStorage.getItem("benefits-desk/persist-asked"))).toBeNull();
  await page.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 1);
  await expect.poll(() => page.evaluate(() => window.__persistCalls)).toBe(1);
  expect(await page.evaluate(() => localStorage.getItem("benefits-desk/persist-asked"))).toBe(iso(T));
  await page.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 2);
  await page.reload();
  await appReady(page);
  await page.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === 3);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__persistCalls), "never asked by itself again").toBe(0);

  // Settings says what the browser answers, in its words, and can ask again.
  await page.goto("settings");
  await appReady(page);
  const card = page.locator("#keeping");
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(card.locator(".keeping-state")).toHaveText(persisted
    ? /has agreed to keep the app's data/
    : /best-effort basis: it may clear it when the disk runs low/);
  if (!persisted) {
    await card.getByRole("button", { name: "Ask the browser to keep it" }).click();
    await expect.poll(() => page.evaluate(() => window.__persistCalls)).toBe(1);
    const granted = await page.evaluate(() => navigator.storage.persisted());
    if (granted) await expect(card.locator(".keeping-state")).toContainText("has agreed to keep");
    else await expect(card).toContainText("The browser did not agree.");
  }
  await expect(card).not.toContainText("Safari");
});

test("the answers as the browser gives them: agreed, refused, or no Storage API (both languages)", async ({ browser }) => {
  for (const [answer, lang, expected] of [
    [true, "en-US", "This browser has agreed to keep the app's data"],
    [false, "en-US", "The browser did not agree."],
    [undefined, "ko-KR", "이 브라우저는 앱의 데이터를 계속 보관할지 알려 주지 않습니다."],
  ]) {
    const context = await browser.newContext({ locale: lang });
    const page = await context.newPage();
    await page.addInitScript((answer) => {
      if (answer === undefined) {
        Object.defineProperty(navigator, "storage", { value: undefined });
        return;
      }
      let granted = false;
      navigator.storage.persisted = async () => granted;
      navigator.storage.persist = async () => { granted = answer; return answer; };
    }, answer);
    await page.goto("settings");
    await appReady(page);
    const card = page.locator("#keeping");
    if (answer !== undefined) {
      await expect(card.locator(".keeping-state")).toContainText("best-effort");
      await card.getByRole("button", { name: "Ask the browser to keep it" }).click();
    }
    await expect(card).toContainText(expected);
    // Refused, it may be asked again; kept or not asked at all, there is nothing to ask.
    await expect(card.getByRole("button", { name: /Ask the browser|브라우저에 요청/ })).toHaveCount(answer === false ? 1 : 0);
    if (answer === false) await card.screenshot({ path: "test-output/screenshots/keeping-refused.png" });
    await context.close();
  }
});

test("Safari in a tab is told of its seven days; added to the Dock it is not", async ({ browser }) => {
  const safari = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15";
  for (const installed of [false, true]) {
    const context = await browser.newContext({ locale: "en-US", userAgent: safari });
    const page = await context.newPage();
    if (installed) await page.addInitScript(() => { window.matchMedia = (q) => ({ matches: q === "(display-mode: standalone)" }); });
    await page.goto("settings");
    await appReady(page);
    const note = page.locator("#keeping").getByText("Safari deletes what a site has stored");
    await expect(note).toHaveCount(installed ? 0 : 1);
    if (!installed) await page.locator("#keeping").screenshot({ path: "test-output/screenshots/keeping-safari.png" });
    await context.close();
  }
});

test("the reminder: chosen in Settings, quiet while the last backup file is recent, on the dashboard once it is older, gone when a new one is saved", async ({ page }) => {
  await seed(page, { keys: [], users: [{ id: 1, name: "Kim", email: "kim@contoso.com", offers: [], source: "Manual" }], vs_seats: [], subscriptions: [] }, "settings");
  const card = page.locator("#keeping");
  await expect(card).toContainText("No backup file has been saved from this browser yet.");
  const days = card.getByLabel(/Remind me on the dashboard when the last backup file is older than/);
  for (const bad of ["0", "400", "2.5"]) {
    await days.fill(bad);
    await card.getByRole("button", { name: "Save reminder" }).click();
    await expect(card.getByText("Enter a whole number of days from 1 to 365, or leave it empty.")).toBeVisible();
  }
  await days.fill("7");
  await card.getByRole("button", { name: "Save reminder" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // Never saved: due at once.
  await page.goto("./");
  await appReady(page);
  const notice = page.locator(".dash-backup");
  await expect(notice).toHaveText(/No backup file has been saved from this browser yet\. Save a backup file/);
  await notice.getByRole("link", { name: "Save a backup file" }).click();
  await expect(page.locator("#backup")).toBeVisible();
  // A backup saved today: quiet, and Settings says when.
  await page.locator("#backup").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export backup" }).click()]);
  await download.path();
  await expect(card).toContainText(`Last backup file saved from this browser: ${en(T)}.`);
  await page.goto("./");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForTimeout(300);
  await expect(notice).toHaveCount(0);
  // Eight days later (the day stored as the app stores it): due again, in Korean too.
  const old = plus(T, -8);
  await page.evaluate((d) => localStorage.setItem("benefits-desk/saved", d), iso(old));
  await page.reload();
  await appReady(page);
  await expect(notice).toContainText(`The last backup file saved from this browser is from ${en(old)}, more than 7 days ago.`);
  await page.screenshot({ path: "test-output/screenshots/dashboard-backup-reminder.png" });
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(notice).toContainText(`이 브라우저에서 마지막으로 저장한 백업 파일은 ${ko(old)}의 것으로, 7일이 넘었습니다.`);
  // Emptied: no reminder.
  await page.goto("settings");
  await appReady(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await card.screenshot({ path: "test-output/screenshots/keeping-ko-dark.png" });
  await card.getByLabel(/대시보드에서 알림/).fill("");
  await card.getByRole("button", { name: "알림 저장" }).click();
  await expect(card.getByRole("status").filter({ hasText: "저장했습니다." })).toBeVisible();
  await page.goto("./");
  await appReady(page);
  await page.waitForTimeout(300);
  await expect(notice).toHaveCount(0);
});
