// The data folder (issue 28): each browser writes one file of its own in a
// folder the team syncs and merges every other file there. Playwright cannot
// answer the browser's folder picker, so the picker alone is replaced: it
// hands the app a real directory of the origin private file system
// (navigator.storage.getDirectory()); every read, write and permission call
// after it is the real File System Access API. Two browser contexts have two
// private file systems: the test copies files between them, as a sync
// client would.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, appReady } from "./fixtures.js";
import { stored, whenSaved, assignFree, ledgerEvents } from "./util.js";

/** In place of the native picker only: the directory `name` of the origin private file system. */
const folderPicker = (name) => {
  window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
};

/** Every file in the folder `name`, by file name, with its text. */
const filesIn = (page, name = "team") =>
  page.evaluate(async (name) => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
    const out = {};
    for await (const [n, h] of dir.entries()) if (h.kind === "file") out[n] = await (await h.getFile()).text();
    return out;
  }, name);

/** Writes `files` ({name: text}) into the folder `name`, as a sync client would. */
const putFiles = (page, files, name = "team") =>
  page.evaluate(async ([files, name]) => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
    for (const [n, text] of Object.entries(files)) {
      const w = await (await dir.getFileHandle(n, { create: true })).createWritable();
      await w.write(text);
      await w.close();
    }
  }, [files, name]);

/** A browser (context) whose admin is `admin`, with the picker replaced. */
async function openBrowser(browser, admin, locale = "en-US") {
  const context = await browser.newContext({ locale });
  await context.addInitScript(folderPicker, "team");
  const page = await context.newPage();
  await page.goto("./");
  await appReady(page);
  await page.evaluate((admin) => localStorage.setItem("benefits-desk/who", JSON.stringify({ admin })), admin);
  return { context, page };
}

/** Settings → "Keep data in a folder…", then the header says it is saved. */
async function connect(page) {
  await page.goto("settings");
  await appReady(page);
  await page.locator("#folder").getByRole("button", { name: "Keep data in a folder…" }).click();
  await expect(page.locator(".sync-status")).toContainText(/Saved to the folder at \d\d:\d\d/);
}

/** Settings → "Check the folder now", then the state says saved again. */
async function lookNow(page) {
  if (!page.url().endsWith("/settings")) {
    await page.goto("settings");
    await appReady(page);
  }
  const card = page.locator("#folder");
  await card.getByRole("button", { name: "Check the folder now" }).click();
  return card;
}

test("two browsers share one folder through a sync client: each writes its own file, merges the other's, and both end with the same data and the same conflict", async ({ browser }) => {
  // Two browsers, each loading, merging and replaying: more than the default 30 s on a slow machine.
  test.setTimeout(90_000);
  const a = await openBrowser(browser, "Kim Jiwoo");
  const b = await openBrowser(browser, "Lee Minho");
  await a.page.getByRole("button", { name: "Load sample data" }).click();
  await whenSaved(a.page, (d) => d.keys.length > 0);
  await connect(a.page);
  // A change made after leaving Settings by its link is written too.
  await a.page.locator(".site-nav").getByRole("link", { name: "Visual Studio" }).click();
  await a.page.getByRole("button", { name: "Add one seat" }).click();
  await expect.poll(async () => Object.values(await filesIn(a.page)).map((t) => JSON.parse(t).events.length)).toEqual([2]);
  const aFiles = await filesIn(a.page);
  const [aName] = Object.keys(aFiles);
  expect(Object.keys(aFiles)).toEqual([expect.stringMatching(/^benefits-desk-[0-9a-f]+\.json$/)]);
  // The file holds the ledger and no key text.
  const aFile = JSON.parse(aFiles[aName]);
  expect(aFile.written_by.admin).toBe("Kim Jiwoo");
  expect(aFile.includes_keys).toBe(false);
  expect((await stored(a.page)).keys.some((k) => k.key !== "")).toBe(true);
  expect(aFile.data.keys.every((k) => k.key === "")).toBe(true);

  // B starts empty; the sync client brings A's file over.
  await b.page.goto("settings");
  await appReady(b.page);
  await b.page.locator("#folder").getByRole("button", { name: "Keep data in a folder…" }).click();
  await putFiles(b.page, aFiles);
  await lookNow(b.page);
  await expect(b.page.locator(".sync-status")).toContainText(/merged (1 change|\d+ changes) from Kim Jiwoo/);
  await expect(b.page.getByText("Changes from the data folder merged.")).toBeVisible();
  const plain = (d) => ({ ...d, keys: d.keys.map((k) => ({ ...k, key: "" })) });
  expect(plain(await stored(b.page))).toEqual(plain(await stored(a.page)));
  // B now writes a file of its own beside A's, never A's.
  await expect.poll(async () => Object.keys(await filesIn(b.page)).length).toBe(2);
  expect((await filesIn(b.page))[aName]).toBe(aFiles[aName]);

  // The same free seat given to two people, one in each browser; each
  // writes its file after the change.
  await assignFree(a.page, 0);
  await assignFree(b.page, 1);
  const synced = async (page, n) => expect.poll(async () => {
    const files = await filesIn(page);
    return Object.values(files).reduce((m, t) => Math.max(m, JSON.parse(t).events.length), 0);
  }).toBe(n);
  const [la, lb] = [await ledgerEvents(a.page), await ledgerEvents(b.page)];
  await synced(a.page, la.length);
  await synced(b.page, lb.length);
  // The sync client copies each one's file to the other.
  const [fa, fb] = [await filesIn(a.page), await filesIn(b.page)];
  const bName = Object.keys(fb).find((n) => n !== aName);
  await putFiles(b.page, { [aName]: fa[aName] });
  await putFiles(a.page, { [bName]: fb[bName] });
  // B looks when asked; A when its tab comes back into view, by itself.
  await lookNow(b.page);
  await expect(b.page.locator("#folder .folder-merged")).toContainText("merged 1 change from Kim Jiwoo");
  await a.page.evaluate(() => document.dispatchEvent(new Event("visibilitychange", { bubbles: true })));
  await expect(a.page.locator(".sync-status")).toContainText("merged 1 change from Lee Minho");
  const [ea, eb] = [await ledgerEvents(a.page), await ledgerEvents(b.page)];
  expect(ea.map((e) => e.id)).toEqual(eb.map((e) => e.id));
  expect(plain(await stored(a.page))).toEqual(plain(await stored(b.page)));
  // Both list both files, and show the same conflict on the dashboard.
  for (const { page } of [a, b]) {
    await page.goto("settings");
    await appReady(page);
    await expect(page.locator("#folder .folder-file")).toHaveCount(2);
    await page.goto("./");
    await appReady(page);
    await expect(page.locator(".dash-conflicts")).toContainText("Changes in the history that no longer apply: 1.");
  }
  await a.page.locator("header").screenshot({ path: "test-output/screenshots/folder-header.png" });
  await a.context.close();
  await b.context.close();
});

/** This browser's own file's name (named after its device). */
const ownName = (page) =>
  page.evaluate(() => `benefits-desk-${JSON.parse(localStorage.getItem("benefits-desk/who")).device.replace(/[^0-9a-zA-Z]/g, "").slice(0, 16)}.json`);

test("files the app cannot read are named with the reason, add nothing and are never written over; this browser's own file is kept when unreadable until the admin writes it anew", async ({ browser }) => {
  const { context, page } = await openBrowser(browser, "Kim Jiwoo");
  await page.getByRole("button", { name: "Load sample data" }).click();
  await whenSaved(page, (d) => d.keys.length > 0);
  await connect(page);
  const own = await ownName(page);
  const good = (await filesIn(page))[own];
  const before = await ledgerEvents(page);
  // Another browser's file, cut short by a sync still under way; one from a
  // newer version; a damaged one; other programs' files.
  const other = JSON.parse(good);
  other.written_by = { device: "other-device", admin: "Park", written: other.written_by.written };
  const otherText = JSON.stringify(other, null, 2);
  await putFiles(page, {
    "benefits-desk-otherdevice.json": otherText.slice(0, otherText.length / 2),
    "benefits-desk-newer.json": JSON.stringify({ ...other, schema: 99 }),
    "benefits-desk-damaged.json": otherText.replace('"data"', '"data" oops'),
    "notes.txt": "shopping list",
    "budget.json": '{"total": 3}',
  });
  const card = await lookNow(page);
  const row = (name) => card.locator(".folder-file").filter({ hasText: name });
  await expect(row("benefits-desk-otherdevice.json")).toContainText("incomplete, perhaps still being synced");
  await expect(row("benefits-desk-newer.json")).toContainText("written by a newer version of the app (schema 99)");
  await expect(row("benefits-desk-damaged.json")).toContainText("damaged: not read");
  await expect(row("notes.txt")).toContainText("not a file of this app: left alone");
  await expect(row("budget.json")).toContainText("not a file of this app");
  await expect(row(own)).toContainText("this browser's file");
  await expect(card.locator(".folder-state")).toContainText(/Saved to the folder at/);
  expect((await ledgerEvents(page)).length, "nothing merged from them").toBe(before.length);
  const files = await filesIn(page);
  expect(files["notes.txt"]).toBe("shopping list");
  expect(files["benefits-desk-otherdevice.json"]).toBe(otherText.slice(0, otherText.length / 2));
  await card.screenshot({ path: "test-output/screenshots/folder-files.png" });

  // Once the sync finishes, the same file is read and merged.
  await putFiles(page, { "benefits-desk-otherdevice.json": otherText });
  await lookNow(page);
  await expect(row("benefits-desk-otherdevice.json")).toContainText("written by Park");
  await expect(card.locator(".folder-same-device")).toHaveCount(0);

  // A copy of this browser's file, as a sync client makes on a clash: named,
  // and read like any other.
  await putFiles(page, { [own.replace(".json", " (1).json")]: good });
  await lookNow(page);
  await expect(card.locator(".folder-same-device")).toContainText(`${own.replace(".json", " (1).json")} and ${own} say they come from the same browser`);

  // This browser's own file cut short: not written over, even after a change.
  const cut = good.slice(0, 200);
  await putFiles(page, { [own]: cut });
  await lookNow(page);
  await expect(card.locator(".folder-state")).toContainText(`This browser's own file in the folder (${own}) could not be read, so it was not written over.`);
  await expect(page.locator(".sync-status")).toContainText("Not saved to the folder");
  const seats = (await stored(page)).vs_seats.length;
  await page.goto("visual-studio");
  await appReady(page);
  await page.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === seats + 1);
  await page.waitForTimeout(1500);
  expect((await filesIn(page))[own]).toBe(cut);
  await page.goto("settings");
  await appReady(page);
  await expect(card.locator(".folder-state")).toContainText("could not be read");
  await card.getByRole("button", { name: "Write it anew" }).click();
  await expect(card.locator(".folder-state")).toContainText(/Saved to the folder at/);
  const anew = JSON.parse((await filesIn(page))[own]);
  expect(anew.events.length).toBe((await ledgerEvents(page)).length);
  await context.close();
});

test("the folder moved away, its permission withdrawn, a full disk and two tabs: each said plainly, the data here intact, nothing half written", async ({ browser }) => {
  const { context, page } = await openBrowser(browser, "Kim Jiwoo");
  await page.getByRole("button", { name: "Load sample data" }).click();
  await whenSaved(page, (d) => d.keys.length > 0);
  await connect(page);
  const own = await ownName(page);
  const data = await stored(page);

  // The folder deleted (or moved, or renamed) behind the app's back.
  await page.evaluate(async () => (await navigator.storage.getDirectory()).removeEntry("team", { recursive: true }));
  const card = await lookNow(page);
  await expect(card.locator(".folder-state")).toContainText("The folder can no longer be found: it was moved, renamed or deleted.");
  await expect(page.locator(".sync-status")).toContainText("Folder not connected");
  expect(await stored(page)).toEqual(data);
  // Chosen again where it is now: the file is written there.
  await card.getByRole("button", { name: "Keep data in a folder…" }).click();
  await expect(card.locator(".folder-state")).toContainText(/Saved to the folder at/);
  expect(Object.keys(await filesIn(page))).toEqual([own]);

  // A full disk: the write fails whole, the file stays as it was.
  const kept = (await filesIn(page))[own];
  await page.goto("visual-studio");
  await appReady(page);
  await page.evaluate(() => {
    const real = FileSystemWritableFileStream.prototype.write;
    window.__restoreWrite = () => { FileSystemWritableFileStream.prototype.write = real; };
    FileSystemWritableFileStream.prototype.write = async function () {
      throw new DOMException("The disk is full.", "QuotaExceededError");
    };
  });
  await page.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === data.vs_seats.length + 1);
  await expect(page.locator(".sync-status")).toContainText("Not saved to the folder");
  expect((await filesIn(page))[own]).toBe(kept);
  // To Settings by its link (the page stays, and so does the full disk).
  await page.locator(".sync-status").getByRole("link", { name: "Details" }).click();
  await expect(card.locator(".folder-state")).toContainText("This browser's file could not be written: the disk is full.");
  await page.evaluate(() => window.__restoreWrite());
  await lookNow(page);
  await expect(card.locator(".folder-state")).toContainText(/Saved to the folder at/);
  expect(JSON.parse((await filesIn(page))[own]).data.vs_seats.length).toBe(data.vs_seats.length + 1);

  // Two tabs of one browser: one file, holding what either recorded.
  const second = await context.newPage();
  await second.goto("visual-studio");
  await appReady(second);
  await expect(second.locator(".sync-status")).toContainText(/Saved to the folder at/);
  await second.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(second, (d) => d.vs_seats.length === data.vs_seats.length + 2);
  await page.goto("visual-studio");
  await appReady(page);
  await page.getByRole("button", { name: "Add one seat" }).click();
  await whenSaved(page, (d) => d.vs_seats.length === data.vs_seats.length + 3);
  await expect.poll(async () => JSON.parse((await filesIn(page))[own]).data.vs_seats.length).toBe(data.vs_seats.length + 3);
  expect(Object.keys(await filesIn(page))).toEqual([own]);
  await second.close();

  // Permission withdrawn. The private file system's handles always have it,
  // so here alone the browser's answer is stood in for: "prompt" until the
  // admin clicks, as Chrome answers on a new visit to a real folder.
  await page.addInitScript(() => {
    let state = "prompt";
    FileSystemHandle.prototype.queryPermission = async () => state;
    FileSystemHandle.prototype.requestPermission = async () => { state = "granted"; return state; };
  });
  await page.reload();
  await appReady(page);
  const status = page.locator(".sync-status");
  await expect(status).toContainText("The browser needs your permission to use the folder again.");
  await status.getByRole("button", { name: "Reconnect folder" }).click();
  await expect(status).toContainText(/Saved to the folder at/);
  await context.close();
});

test("the folder card in Korean and dark mode, axe clean, and in a browser without the API the file-based way instead", async ({ browser }) => {
  const { context, page } = await openBrowser(browser, "김지우", "ko-KR");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByRole("button", { name: "예제 데이터 불러오기" }).click();
  await whenSaved(page, (d) => d.keys.length > 0);
  await page.goto("settings");
  await appReady(page);
  await page.locator("#folder").getByRole("button", { name: "폴더에 데이터 보관…" }).click();
  await expect(page.locator(".sync-status")).toContainText(/\d\d:\d\d에 폴더에 저장함/);
  await expect(page.locator("#folder .folder-name")).toHaveText("폴더: team");
  const axe = await new AxeBuilder({ page }).include("#folder").include(".site-header").analyze();
  expect(axe.violations).toEqual([]);
  await page.locator("#folder").screenshot({ path: "test-output/screenshots/folder-ko-dark.png" });
  await context.close();

  const plain = await browser.newContext({ locale: "en-US" });
  await plain.addInitScript(() => Object.defineProperty(window, "showDirectoryPicker", { value: undefined }));
  const p = await plain.newPage();
  await p.goto("settings");
  await appReady(p);
  await expect(p.locator("#folder .folder-unsupported")).toContainText("This browser cannot keep data in a folder; Chrome and Edge on a computer can.");
  await expect(p.locator("#folder").getByRole("button")).toHaveCount(0);
  await expect(p.locator(".sync-status")).toHaveCount(0);
  await plain.close();
});
