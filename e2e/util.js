// Helpers the flow tests share: today's date as the app sees it, date arithmetic
// in UTC, dates written the way each language shows them, seeding stored data,
// and moving focus with the Tab key alone.
import { expect, appReady } from "./fixtures.js";

export const DATA_KEY = "benefits-desk/data";
import { iso } from "./dates.js";
export { T, plus, iso, day, days, en, ko, addMonths } from "./dates.js";

/** A product key record as stored, with no key text and not redeemed. */
export const key = (id, product, licenses) => ({ id, product, key: "", licenses, redemption: null, replaced: false });

/** Stores `data` as a schema-2 document, then opens `path` with it. */
export async function seed(page, data, path) {
  await page.goto("./");
  await appReady(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DATA_KEY, JSON.stringify({ schema: 2, revision: 1, data })]);
  await page.goto(path);
  await appReady(page);
}

/**
 * Waits until the last change is stored: the code that writes data is fetched
 * at the first use, and leaving before it has saved asks first (a navigation
 * the test starts right after a change would be held by that question).
 */
export async function whenSaved(page, has = () => true) {
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), DATA_KEY).then((t) => t !== null && has(JSON.parse(t).data))).toBe(true);
}

/**
 * The stored data set, once storage has settled: the code that writes data is
 * fetched at the first use, so a change made just before may still be on its
 * way (two reads 100 ms apart agree).
 */
export async function stored(page) {
  const read = () => page.evaluate((k) => localStorage.getItem(k), DATA_KEY);
  let last = await read();
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(100);
    const now = await read();
    if (now !== null && now === last) break;
    last = now;
  }
  return JSON.parse(last).data;
}

/** Presses Tab until `selector` has focus (at most `limit` times), then checks it. */
export async function tabTo(page, selector, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) break;
    await page.keyboard.press("Tab");
  }
  await expect(page.locator(selector)).toBeFocused();
}

/**
 * Types a date into a focused date field as a keyboard user does. The field's
 * segment order follows the browser's own language (Chromium here: month, day,
 * year), not the page's; month and day move on by themselves after two digits.
 */
export async function typeDate(page, d) {
  const [y, m, dd] = iso(d).split("-");
  await page.keyboard.type(m + dd + y);
}

/**
 * Picks a user in a user picker (a searching combobox) the way a mouse user
 * does: types part of the name, then clicks the match.
 */
export async function pickUser(scope, label, text) {
  const box = scope.getByRole("combobox", { name: label });
  await box.fill(text.split(" (")[0]);
  await scope.getByRole("option", { name: text }).click();
  await expect(box).toHaveValue(text);
}

/**
 * The whole ledger as the app keeps it (schema 10): the events still in the
 * stored document and those moved on to IndexedDB (`store::archive`), each
 * once, in replay order (recorded moment, then id).
 */
export async function ledgerEvents(page) {
  return page.evaluate(async () => {
    const doc = JSON.parse(localStorage.getItem("benefits-desk/data"));
    const l = doc.ledger;
    const prefixes = [`e/${l.epoch ?? ""}/`, ...(l.merges ?? []).map((b) => `m/${b}/`)];
    const records = !l.archived ? [] : await new Promise((resolve, reject) => {
      const open = indexedDB.open("benefits-desk", 1);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction("ledger", "readonly");
        const store = tx.objectStore("ledger");
        const found = [];
        let moves = 0;
        for (const p of prefixes) {
          const range = IDBKeyRange.bound(p, `${p}\uffff`);
          const r = store.getAll(range);
          r.onsuccess = () => found.push(...r.result);
          // A record joined from others (`store::archive::compact`) counts them: `…/<hash>.<n>`.
          const k = store.getAllKeys(range);
          k.onsuccess = () => { for (const key of k.result) moves += Number(/\.(\d+)$/.exec(key)?.[1] ?? 1); };
        }
        tx.oncomplete = () => { open.result.close(); found.moves = moves; resolve(found); };
        tx.onerror = () => reject(tx.error);
      };
    });
    if ((records.moves ?? 0) < (l.archived ?? 0)) throw new Error(`IndexedDB holds ${records.moves} of ${l.archived} moves`);
    // Each stored event once (a tail being moved may be in both places);
    // two versions of one id, as a merge of an edited copy leaves them, both.
    const byText = new Map();
    // A record is UTF-8 bytes (a string if written before session 24).
    const text = (r) => (typeof r === "string" ? r : new TextDecoder().decode(r));
    for (const e of [...records.flatMap((r) => JSON.parse(`[${text(r)}]`)), ...l.events]) byText.set(JSON.stringify(e), e);
    return [...byText.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  });
}

/**
 * On the Visual Studio page, gives the first free seat to the `nth` person
 * offered (the sample's seats come first, its event being the oldest, so the
 * first free one is the same seat in two browsers holding the sample), and
 * waits until it is stored.
 */
export async function assignFree(page, nth) {
  await page.goto("visual-studio");
  await appReady(page);
  const assigned = (await stored(page)).vs_seats.filter((s) => s.assignment).length;
  const free = page.locator(".seat").filter({ has: page.getByRole("combobox", { name: "Assign to" }) }).first();
  const name = (await free.innerText()).split("\n")[0].split(" · ")[0];
  const seat = page.locator(".seat").filter({ hasText: new RegExp(`^${name} · `) });
  await seat.getByRole("combobox", { name: "Assign to" }).click();
  const who = await seat.getByRole("option").nth(nth).innerText();
  await pickUser(seat, "Assign to", who);
  await seat.getByRole("button", { name: "Assign" }).click();
  await expect(seat).toContainText(`Assigned to ${who}`);
  await whenSaved(page, (d) => d.vs_seats.filter((s) => s.assignment).length === assigned + 1);
}
