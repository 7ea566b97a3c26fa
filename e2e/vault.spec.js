// The key vault (issue 14): product keys locked with a passphrase. With the vault
// on, no key text is in localStorage or in an exported backup (the sample's key
// texts are searched for in the raw strings); a wrong passphrase changes nothing;
// a new passphrase; auto-lock with the clock moved; an encrypted backup imported,
// in English and Korean. Prints how long unlocking takes (PBKDF2, 600,000 rounds).
import { readFileSync } from "node:fs";
import { test, expect, appReady } from "./fixtures.js";
import { DATA_KEY } from "./util.js";

const PASS = "correct horse battery";

async function loadSample(page) {
  await page.goto("./");
  await appReady(page);
  await page.getByRole("button", { name: /Load sample data|샘플 데이터/ }).click();
  await expect(page.locator(".agenda-item").first()).toBeVisible();
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.keys.map((x) => x.key).filter(Boolean), DATA_KEY);
}

const raw = (page) => page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)).join("\n"));

function expectNoText(haystack, texts) {
  for (const t of texts) {
    // Every group but the last (which stays readable for the masked display).
    expect(haystack).not.toContain(t.slice(0, 23));
    expect(haystack).not.toContain(t.slice(0, 23).toLowerCase());
  }
}

async function turnOn(page, pass = PASS) {
  await page.goto("settings");
  const card = page.locator("#vault");
  await card.getByLabel("Passphrase", { exact: true }).fill(pass);
  await card.getByLabel("Passphrase again").fill(pass);
  await card.getByLabel("I understand that a forgotten passphrase loses the key texts.").check();
  await card.getByRole("button", { name: "Lock the keys" }).click();
  await expect(page.getByText("Product keys locked with your passphrase.")).toBeVisible();
}

/** Opens a page by the navigation, as a user would (a reload would lock the vault). */
const nav = (page, name) => page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name, exact: true }).first().click();

async function exportBackup(page, name) {
  await page.getByLabel("Include product keys").check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export backup" }).click()]);
  const path = `test-output/${name}.json`;
  await download.saveAs(path);
  return path;
}

test("with the vault on no key text is stored or exported; wrong passphrase, lock, unlock, a new key, a new passphrase", async ({ page }) => {
  const texts = await loadSample(page);
  expect(texts.length).toBeGreaterThan(3);
  await page.goto("settings");
  const card = page.locator("#vault");
  // Refused before anything happens: too short, different, not ticked.
  await card.getByLabel("Passphrase", { exact: true }).fill("short");
  await card.getByLabel("Passphrase again").fill("short");
  await card.getByRole("button", { name: "Lock the keys" }).click();
  await expect(card.getByRole("alert")).toHaveText("Use at least 8 characters.");
  await card.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await card.getByLabel("Passphrase again").fill(PASS + "!");
  await card.getByRole("button", { name: "Lock the keys" }).click();
  await expect(card.getByRole("alert")).toHaveText("The two passphrases differ.");
  await card.getByLabel("Passphrase again").fill(PASS);
  await card.getByRole("button", { name: "Lock the keys" }).click();
  await expect(card.getByRole("alert")).toHaveText("Tick the box to confirm you have read this.");
  expect(await raw(page)).toContain(texts[0]);
  await turnOn(page);
  expectNoText(await raw(page), texts);
  expectNoText(readFileSync(await exportBackup(page, "vault-backup-1"), "utf8"), texts);

  // Unlocked in this tab: the Keys page shows and copies the real text.
  await nav(page, "Product keys");
  await expect(page.getByText("Product keys are unlocked in this tab.")).toBeVisible();
  const row = page.locator(".key-row", { hasText: "Office 365 E3" }).first();
  const shown = await row.locator(".key-text").textContent();
  expect(shown).toMatch(/^•••••-•••••-•••••-•••••-[A-Z0-9]{5}$/);
  await row.getByRole("button", { name: "Show key" }).click();
  await expect(row.locator(".key-text")).toHaveText(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/);
  const full = await row.locator(".key-text").textContent();
  expect(texts).toContain(full);

  // Locked: no show, no copy; a wrong passphrase changes nothing.
  await page.getByRole("button", { name: "Lock now" }).click();
  await expect(row.locator(".key-text")).toHaveText(shown);
  await expect(row.getByRole("button", { name: "Show key" })).toBeDisabled();
  await page.getByLabel("Passphrase", { exact: true }).fill("not the passphrase");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByRole("alert")).toHaveText("That passphrase does not open these keys. Nothing was changed.");
  const t0 = Date.now();
  await page.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText("Product keys are unlocked in this tab.")).toBeVisible();
  console.log(`vault: unlock (PBKDF2-SHA-256, 600,000 iterations, check value opened) ${Date.now() - t0} ms end to end`);
  await row.getByRole("button", { name: "Show key" }).click();
  await expect(row.locator(".key-text")).toHaveText(full);

  // A key added while unlocked is stored sealed.
  await page.getByText("Add a key").click();
  await page.getByLabel("Product", { exact: true }).fill("Vault test");
  await page.getByLabel(/^Key \(25 characters/).fill("VVVVV-WWWWW-XXXXX-YYYYY-ZZZZZ");
  await page.getByLabel("Licenses", { exact: true }).fill("2");
  await page.getByRole("button", { name: "Add key", exact: true }).click();
  await expect(page.locator(".key-row", { hasText: "Vault test" })).toContainText("•••••-•••••-•••••-•••••-ZZZZZ");
  expectNoText(await raw(page), [...texts, "VVVVV-WWWWW-XXXXX-YYYYY-ZZZZZ"]);
  // A locked text is still no duplicate: it is opened to compare.
  await page.getByLabel("Product", { exact: true }).fill("Vault test twice");
  await page.getByLabel(/^Key \(25 characters/).fill("vvvvv-wwwww-xxxxx-yyyyy-zzzzz");
  await page.getByLabel("Licenses", { exact: true }).fill("1");
  await page.getByRole("button", { name: "Add key", exact: true }).click();
  await expect(page.locator(".key-form").getByRole("alert")).toHaveText("Another record already has this value.");
  await expect(page.locator(".key-row", { hasText: "Vault test twice" })).toHaveCount(0);

  // A new passphrase: the old one no longer opens them.
  await nav(page, "Settings");
  await page.locator(".vault-change summary").click();
  await page.getByLabel("New passphrase").fill("a brand new passphrase");
  await page.getByLabel("Passphrase again").fill("a brand new passphrase");
  await page.locator(".vault-change").getByRole("button", { name: "Change passphrase" }).click();
  await expect(page.getByText("Passphrase changed: every key text is locked with the new one.")).toBeVisible();
  expectNoText(await raw(page), texts);
  await page.getByRole("button", { name: "Lock now" }).click();
  await page.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByRole("alert")).toHaveText("That passphrase does not open these keys. Nothing was changed.");
  await page.getByLabel("Passphrase", { exact: true }).fill("a brand new passphrase");
  await page.getByRole("button", { name: "Unlock" }).click();
  // Turning it off brings the texts back readable.
  await page.getByRole("button", { name: "Turn the lock off" }).click();
  await expect(page.getByText("Lock turned off: key texts are stored readable again.")).toBeVisible();
  expect(await raw(page)).toContain(full);
  expect(await raw(page)).toContain("VVVVV-WWWWW-XXXXX-YYYYY-ZZZZZ");
});

test("the vault locks itself after 10 minutes without use, after the time set, and after a time hidden", async ({ page }) => {
  await page.clock.install();
  await loadSample(page);
  await turnOn(page);
  await expect(page.getByText(/Unlocked in this tab\. It locks itself after 10 minutes without use/)).toBeVisible();
  await page.clock.fastForward("09:00");
  await expect(page.locator("#vault").getByRole("button", { name: "Lock now" })).toBeVisible();
  await page.clock.fastForward("01:30");
  await expect(page.locator("#vault").getByText("Product keys are locked. Unlock to show or copy them.")).toBeVisible();
  await page.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await page.getByRole("button", { name: "Unlock" }).click();
  await page.getByLabel("Lock after minutes without use").fill("2");
  await page.getByLabel("Lock after minutes without use").press("Tab");
  await expect(page.getByText(/locks itself after 2 minutes without use/)).toBeVisible();
  await page.clock.fastForward("02:30");
  await expect(page.locator("#vault").getByText("Product keys are locked. Unlock to show or copy them.")).toBeVisible();

  // Hidden (another tab in front) for longer than its own limit, while the idle one is far off.
  await page.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await page.getByRole("button", { name: "Unlock" }).click();
  await page.getByLabel("Lock after minutes without use").fill("60");
  await page.getByLabel("Lock after minutes without use").press("Tab");
  await page.getByLabel("Lock after minutes hidden").fill("3");
  await page.getByLabel("Lock after minutes hidden").press("Tab");
  await expect(page.getByText(/after 60 minutes without use, or 3 minutes hidden/)).toBeVisible();
  const setHidden = (hidden) => page.evaluate((h) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (h ? "hidden" : "visible") });
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
  await setHidden(true);
  await page.clock.fastForward("02:00");
  await setHidden(false);
  await expect(page.locator("#vault").getByRole("button", { name: "Lock now" })).toBeVisible();
  await setHidden(true);
  await page.clock.fastForward("03:10");
  await setHidden(false);
  await expect(page.locator("#vault").getByText("Product keys are locked. Unlock to show or copy them.")).toBeVisible();
});

test("an encrypted backup: replaced in, it stays locked with its passphrase; merged into another vault it asks for it (Korean)", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US", acceptDownloads: true });
  const page = await context.newPage();
  const texts = await loadSample(page);
  await turnOn(page);
  const file = await exportBackup(page, "vault-backup-2");
  await context.close();

  const ko = await browser.newContext({ locale: "ko-KR" });
  const kp = await ko.newPage();
  await kp.goto("./");
  await appReady(kp);
  await kp.goto("settings");
  await kp.getByLabel("백업 파일 가져오기").setInputFiles(file);
  await kp.getByRole("button", { name: "내 데이터를 모두 바꾸기" }).click();
  expectNoText(await raw(kp), texts);
  await expect(kp.locator("#vault").getByText("제품 키가 잠겨 있습니다. 보거나 복사하려면 잠금을 해제하세요.")).toBeVisible();
  await kp.locator("#vault").getByLabel("암호", { exact: true }).fill("틀린 암호입니다");
  await kp.locator("#vault").getByRole("button", { name: "잠금 해제" }).click();
  await expect(kp.locator("#vault").getByRole("alert")).toHaveText("이 암호로는 키를 열 수 없습니다. 아무것도 바뀌지 않았습니다.");
  await kp.locator("#vault").getByLabel("암호", { exact: true }).fill(PASS);
  await kp.locator("#vault").getByRole("button", { name: "잠금 해제" }).click();
  await expect(kp.locator("#vault").getByRole("button", { name: "지금 잠그기" })).toBeVisible();

  // Another browser with its own vault: merging asks for the backup's passphrase.
  const other = await browser.newContext({ locale: "en-US" });
  const op = await other.newPage();
  await loadSample(op);
  await turnOn(op, "another passphrase here");
  await op.getByLabel("Import a backup file").setInputFiles(file);
  await op.getByRole("button", { name: "Merge into my data" }).click();
  await expect(op.getByText("This backup's key texts are locked with another passphrase.", { exact: false })).toBeVisible();
  await op.getByLabel("The backup's passphrase").fill("wrong one!");
  await op.locator(".backup-pass").getByRole("button", { name: "Merge into my data" }).click();
  await expect(op.getByText("That passphrase does not open these keys. Nothing was changed.")).toBeVisible();
  await op.getByLabel("The backup's passphrase").fill(PASS);
  await op.locator(".backup-pass").getByRole("button", { name: "Merge into my data" }).click();
  await expect(op.getByText("Backup imported.")).toBeVisible();
  await expect(op.locator(".backup-pass")).toHaveCount(0);
  expectNoText(await raw(op), texts);
  await ko.close();
  await other.close();
});

test("two tabs: the vault turned on in one, the other sees it locked, edits without touching texts, and locks when the passphrase changes", async ({ context }) => {
  const a = await context.newPage();
  const texts = await loadSample(a);
  const b = await context.newPage();
  await b.goto("keys");
  await appReady(b);
  await turnOn(a);
  await expect(b.getByText("Product keys are locked. Unlock to show or copy them.")).toBeVisible();
  const row = b.locator(".key-row", { hasText: "Office 365 E3" }).first();
  await expect(row.locator(".key-text")).toHaveText(/^•••••-•••••-•••••-•••••-[A-Z0-9]{5}$/);
  // An edit in the locked tab keeps the sealed text as it is.
  await row.getByRole("button", { name: "Edit" }).click();
  await b.getByLabel("Licenses", { exact: true }).last().fill("30");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(row).toContainText("30");
  expectNoText(await raw(b), texts);
  // Unlocked in both; a new passphrase in one locks the other (its key is stale).
  await b.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await b.getByRole("button", { name: "Unlock" }).click();
  await expect(b.getByText("Product keys are unlocked in this tab.")).toBeVisible();
  await a.locator(".vault-change summary").click();
  await a.getByLabel("New passphrase").fill("the second passphrase");
  await a.getByLabel("Passphrase again").fill("the second passphrase");
  await a.locator(".vault-change").getByRole("button", { name: "Change passphrase" }).click();
  await expect(a.getByText("Passphrase changed: every key text is locked with the new one.")).toBeVisible();
  await expect(b.getByText("Product keys are locked. Unlock to show or copy them.")).toBeVisible();
  await b.getByLabel("Passphrase", { exact: true }).fill("the second passphrase");
  await b.getByRole("button", { name: "Unlock" }).click();
  await row.getByRole("button", { name: "Show key" }).click();
  await expect(row.locator(".key-text")).toHaveText(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/);
  expect(texts).toContain(await row.locator(".key-text").textContent());
});
