// The cross-browser tier: what a partner admin does first, in each engine
// (Firefox ESR, WebKitGTK, and Chromium again as the control). Each engine's
// tests are named after it, so a failure says where it came from. Run by
// `make engines` (part of `make test`), under xvfb-run for WebKitGTK.
import { describe, it, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdirSync } from "node:fs";
import { By, session, serve, waitFor, xpathString } from "./harness.mjs";
import { T, plus, iso, en, addMonths } from "../e2e/dates.js";

const DATA_KEY = "benefits-desk/data";
const PAGES = [
  ["", "Dashboard"], ["membership", "Membership"], ["keys", "Product keys"], ["subscriptions", "Subscriptions"],
  ["visual-studio", "Visual Studio"], ["azure-credits", "Azure credits"], ["support", "Support"],
  ["rules", "Rules"], ["history", "History"], ["settings", "Settings"], ["redeem", "Redeem a key"],
];
const PASS = "correct horse battery";

/** Runs the tier's tests in `engine`. */
export function suite(engine) {
  describe(engine, { timeout: 600_000 }, () => {
    let server, browser, d;

    const heading = () => d.executeScript("const h = document.querySelector('body > main h1'); return h && h.offsetParent !== null ? h.textContent.trim() : null");
    const errors = () => d.executeScript("return window.__errors");
    const noErrors = async (where) => assert.deepEqual(await errors(), [], `${engine}: errors on ${where}`);
    const open = async (path, title) => {
      await d.get(server.url + path);
      return waitFor(d, async () => (title ? (await heading())?.startsWith(title) : await heading()), `${engine}: the heading of /${path}`, 20_000);
    };
    const find = (xpath) => waitFor(d, async () => {
      const [el] = await d.findElements(By.xpath(xpath));
      return el && (await el.isDisplayed()) && (await el.isEnabled()) ? el : null;
    }, `${engine}: ${xpath}`);
    const button = async (name) => (await find(`//button[normalize-space(.)=${xpathString(name)}]`)).click();
    /** A section of the navigation, opened as a user does (no page load). */
    const nav = async (name) => (await find(`//nav[contains(@class,"site-nav")]//a[normalize-space(.)=${xpathString(name)}]`)).click();
    /** The form control a label names (its `for`, or the control inside it). */
    const control = async (label, within = "") => {
      const l = await find(`${within}//label[normalize-space(.)=${xpathString(label)}]`);
      const id = await l.getAttribute("for");
      return id ? d.findElement(By.id(id)) : l.findElement(By.css("input, select, textarea"));
    };
    const fill = async (label, value, within) => {
      const c = await control(label, within);
      await c.clear();
      await c.sendKeys(value);
    };
    /** An element whose own text contains `t` (as Playwright's getByText). */
    const byText = (t) => find(`//*[text()[contains(normalize-space(.), ${xpathString(t)})]]`);
    const waitText = (css, want) =>
      waitFor(d, async () => {
        const t = (await d.findElement(By.css(css)).getText()).trim();
        return (want instanceof RegExp ? want.test(t) : t === want) && t;
      }, `${engine}: ${css} to read ${want}`);
    const doc = async () => JSON.parse(await d.executeScript(`return localStorage.getItem("${DATA_KEY}")`));
    const stored = async () => (await doc()).data;
    /** The whole ledger as the app keeps it: the document's tail and the records moved to IndexedDB. */
    const ledgerEvents = () => d.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      const l = JSON.parse(localStorage.getItem("${DATA_KEY}")).ledger;
      const prefixes = ["e/" + (l.epoch || "") + "/", ...(l.merges || []).map((b) => "m/" + b + "/")];
      const finish = (records) => {
        const byId = new Map();
        // A record is UTF-8 bytes (a string if written before session 24).
        const text = (r) => (typeof r === "string" ? r : new TextDecoder().decode(r));
        for (const e of [...records.flatMap((r) => JSON.parse("[" + text(r) + "]")), ...l.events]) byId.set(e.id, e);
        done([...byId.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1)));
      };
      if (!l.archived) return finish([]);
      const open = indexedDB.open("benefits-desk", 1);
      open.onerror = () => done(null);
      open.onsuccess = () => {
        const tx = open.result.transaction("ledger", "readonly");
        const found = [];
        for (const p of prefixes) {
          const r = tx.objectStore("ledger").getAll(IDBKeyRange.bound(p, p + "\uffff"));
          r.onsuccess = () => found.push(...r.result);
        }
        tx.oncomplete = () => { open.result.close(); finish(found); };
      };`);
    const screenshot = async (name) => {
      mkdirSync("test-output/engines", { recursive: true });
      writeFileSync(`test-output/engines/${engine}-${name}.png`, await d.takeScreenshot(), "base64");
    };

    before(async () => {
      server = await serve();
      browser = await session(engine);
      d = browser.driver;
    });
    after(async () => {
      await browser?.quit();
      await server?.stop();
    });
    beforeEach(async () => {
      // Every test starts from an empty browser profile's storage.
      await open("");
      await d.executeScript("localStorage.clear(); sessionStorage.clear();");
    });

    it(`${engine}: every page opens from its own address with its heading and no error`, async () => {
      for (const [path, title] of PAGES) {
        await open(path, title);
        await noErrors(`/${path}`);
      }
      const pageFont = await d.executeScript("return getComputedStyle(document.querySelector('body > main h1')).fontWeight");
      assert.equal(Number(pageFont), 700);
    });

    it(`${engine}: headings are drawn bold (the font stack has a bold face here)`, async () => {
      await open("", "Dashboard");
      // Dark pixels of the heading, drawn as it is and at normal weight: a
      // bold face has clearly heavier strokes.
      const dark = async (weight) => {
        await d.executeScript("document.querySelector('body > main h1').style.fontWeight = arguments[0]", weight);
        const r = await d.executeScript("const b = document.querySelector('body > main h1').getBoundingClientRect(); return [b.x, b.y, b.width, b.height, devicePixelRatio]");
        const { PNG } = await import("pngjs");
        const png = PNG.sync.read(Buffer.from(await d.takeScreenshot(), "base64"));
        let n = 0;
        for (let y = Math.ceil(r[1] * r[4]); y < Math.floor((r[1] + r[3]) * r[4]); y++)
          for (let x = Math.ceil(r[0] * r[4]); x < Math.floor((r[0] + r[2]) * r[4]); x++) {
            const i = (y * png.width + x) * 4;
            if (Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) < 110) n++;
          }
        return n;
      };
      const bold = await dark("");
      const normal = await dark("400");
      assert.ok(bold > 1.5 * normal, `${engine}: the bold heading has ${bold} dark pixels, the normal one ${normal}`);
    });

    it(`${engine}: the sample data loads and every page draws it without an error`, async () => {
      await open("", "Dashboard");
      await button("Load sample data");
      await waitFor(d, async () => (await d.findElements(By.css(".agenda-item"))).length > 3, `${engine}: the agenda`);
      await waitFor(d, async () => (await d.executeScript(`return localStorage.getItem("${DATA_KEY}")`)) !== null, `${engine}: the sample stored`);
      await screenshot("dashboard-sample");
      for (const [path, title] of PAGES) {
        await open(path, title);
        await noErrors(`/${path} with the sample data`);
      }
      assert.ok((await d.findElements(By.css(".key-row"))).length === 0, "the redeem page lists no key rows");
      await open("keys", "Product keys");
      await waitFor(d, async () => (await d.findElements(By.css(".key-row"))).length > 3, `${engine}: the key rows`);
    });

    it(`${engine}: a key is redeemed through the wizard as a new subscription`, async () => {
      const data = {
        membership: { program: "Gold", competencies: [], anniversary: iso(plus(T, 30)), renewal_start: null, benefit_expiry: iso(plus(T, 30)) },
        keys: [{ id: 1, product: "Power BI Pro", key: "", licenses: 20, redemption: null, replaced: false }],
        subscriptions: [],
      };
      await d.executeScript("localStorage.setItem(arguments[0], arguments[1])", DATA_KEY, JSON.stringify({ schema: 2, revision: 1, data }));
      await open("keys", "Product keys");
      await (await find(`//*[contains(@class,"key-row")][contains(.,"Power BI Pro")]//a[normalize-space(.)="Redeem…"]`)).click();
      await waitFor(d, async () => /\/redeem\/tenant\?key=1$/.test(await d.getCurrentUrl()), `${engine}: the tenant step`);
      await (await control("Our own tenant, for our own demonstrations")).click();
      await fill("Tenant name (optional)", "fabrikam-demo.onmicrosoft.com");
      await button("Next");
      await (await control("A new subscription")).click();
      await button("Next");
      const year = addMonths(T, 12);
      await waitText(".option[data-mode=new] .result", `20 licenses until ${en(year)}`);
      await (await find(`//*[@data-mode="new"]//button[normalize-space(.)="Choose this"]`)).click();
      await button("Yes, mark as redeemed");
      await waitText(".done h2", `Power BI Pro: recorded as redeemed on ${en(T)} (As a new subscription).`);
      const s = await stored();
      // The new subscription's id is drawn from its event's 128 random bits.
      const subId = s.subscriptions[0]?.id;
      assert.ok(subId > 2 ** 32, `${engine}: a minted id, not a counter`);
      assert.deepEqual(s.subscriptions, [{ id: subId, product: "Power BI Pro", licenses: 20, end: iso(year), tenant: "fabrikam-demo.onmicrosoft.com" }]);
      assert.equal(s.keys[0].redemption.on, iso(T));
      assert.equal(s.keys[0].redemption.subscription, subId);
      await noErrors("the wizard");
      // Corrected from the history: a void in the ledger, which a reload keeps.
      await open("history", "History");
      await button("Undo this change");
      await byText("Partner Center cannot undo a redemption");
      await button("Undo it");
      await waitFor(d, async () => (await stored()).subscriptions.length === 0, `${engine}: the redemption undone`);
      await d.navigate().refresh();
      await waitFor(d, async () => (await heading()) === "History", `${engine}: the history again`);
      const after = await stored();
      assert.equal(after.keys[0].redemption, null);
      // Saved events move on to IndexedDB; the ledger reads back whole.
      await waitFor(d, async () => (await doc()).ledger.events.length === 0, `${engine}: the events moved to IndexedDB`);
      assert.ok((await doc()).ledger.archived > 0, `${engine}: records counted in IndexedDB`);
      const events = await ledgerEvents();
      assert.deepEqual(events.map((e) => e.facts.kind).slice(-2), ["Redeem", "Void"]);
      assert.match(events.at(-1).id, /^[0-9a-f]{32}$/, `${engine}: 128 random bits from crypto.getRandomValues`);
      await byText("Undone");
      await noErrors("the history");
    });

    it(`${engine}: Korean, from the language switch, kept after a reload`, async () => {
      await open("", "Dashboard");
      await (await find(`//div[contains(@class,"lang-switch")]/button[@lang="ko"]`)).click();
      await waitFor(d, async () => (await heading()) === "대시보드", `${engine}: the Korean heading`);
      assert.equal(await d.executeScript("return document.documentElement.lang"), "ko");
      await nav("제품 키");
      await waitFor(d, async () => (await heading()) === "제품 키", `${engine}: the Korean keys page`);
      await d.navigate().refresh();
      await waitFor(d, async () => (await heading()) === "제품 키", `${engine}: Korean after a reload`);
      await screenshot("keys-ko");
      await noErrors("the Korean pages");
    });

    it(`${engine}: dark mode, from the theme switch, kept after a reload`, async () => {
      await open("", "Dashboard");
      const select = await find(`//label[contains(@class,"theme-switch")]//select`);
      await select.findElement(By.css("option[value=dark]")).click();
      const background = () => d.executeScript("const m = getComputedStyle(document.documentElement).backgroundColor.match(/\\d+/g).map(Number); return (m[0] + m[1] + m[2]) / 3");
      await waitFor(d, async () => (await d.executeScript("return document.documentElement.dataset.theme")) === "dark", `${engine}: data-theme=dark`);
      await waitFor(d, async () => (await background()) < 60, `${engine}: a dark background`);
      await d.navigate().refresh();
      await waitFor(d, async () => (await heading()) === "Dashboard", `${engine}: the heading after a reload`);
      assert.ok((await background()) < 60, "still dark after a reload");
      await screenshot("dashboard-dark");
      await noErrors("dark mode");
    });

    it(`${engine}: the key vault locks the key texts with the passphrase (WebCrypto) and opens them again`, async () => {
      await open("", "Dashboard");
      await button("Load sample data");
      await waitFor(d, async () => (await d.findElements(By.css(".agenda-item"))).length > 0, `${engine}: the agenda`);
      // Shown at once; stored once the writer's code has come.
      const saved = () => d.executeScript(`return localStorage.getItem("${DATA_KEY}")`);
      await waitFor(d, async () => (await saved()) !== null, `${engine}: the sample stored`);
      const texts = (await stored()).keys.map((k) => k.key).filter(Boolean);
      assert.ok(texts.length > 3);
      await open("settings", "Settings");
      await fill("Passphrase", PASS, `//*[@id="vault"]`);
      await fill("Passphrase again", PASS, `//*[@id="vault"]`);
      await (await control("I understand that a forgotten passphrase loses the key texts.", `//*[@id="vault"]`)).click();
      await button("Lock the keys");
      await byText("Product keys locked with your passphrase.");
      const raw = await d.executeScript("return Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\\n')");
      for (const t of texts) assert.ok(!raw.includes(t.slice(0, 23)), `${engine}: a key text is stored in the clear`);
      await nav("Product keys");
      await byText("Product keys are unlocked in this tab.");
      const row = `//*[contains(@class,"key-row")][contains(.,"Office 365 E3")]`;
      await (await find(`${row}//button[normalize-space(.)="Show key"]`)).click();
      const shown = await waitFor(d, async () => {
        const t = (await d.findElement(By.xpath(`(${row})[1]//*[contains(@class,"key-text")]`)).getText()).trim();
        return /^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/.test(t) && t;
      }, `${engine}: the key text shown`);
      assert.ok(texts.includes(shown));
      await button("Lock now");
      await fill("Passphrase", "not the passphrase");
      await button("Unlock");
      await find(`//*[@role="alert"][normalize-space(.)="That passphrase does not open these keys. Nothing was changed."]`);
      await fill("Passphrase", PASS);
      await button("Unlock");
      await byText("Product keys are unlocked in this tab.");
      await noErrors("the key vault");
    });

    it(`${engine}: Settings says how this browser keeps the data, and offers the data folder only where the browser has the API`, async () => {
      await open("settings", "Settings");
      const state = await waitFor(d, () => d.executeScript("return document.querySelector('#keeping .keeping-state')?.textContent.trim() || null"), `${engine}: the keeping state`);
      assert.match(state, /keep|best-effort/, `${engine}: ${state}`);
      const api = await d.executeScript("return typeof window.showDirectoryPicker === 'function'");
      // Only Chromium has the File System Access API's picker.
      assert.equal(api, engine === "chromium", `${engine}: showDirectoryPicker`);
      if (api) await find(`//div[@id="folder"]//button[normalize-space(.)="Keep data in a folder…"]`);
      else await find(`//div[@id="folder"]//p[contains(@class,"folder-unsupported") and contains(., "cannot keep data in a folder")]`);
      await screenshot("settings-folder");
      await noErrors("the keeping and folder cards");
    });

    // Last: it stops the server.
    it(`${engine}: once loaded, the app reloads and moves between pages with the server gone (offline)`, async () => {
      await open("", "Dashboard");
      await d.executeAsyncScript(`const done = arguments[arguments.length - 1];
        navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller ? done() :
          navigator.serviceWorker.addEventListener("controllerchange", () => done(), { once: true }));`);
      await open("settings", "Settings");
      await server.stop();
      // A navigation to the address, as a user reopening the page does (a
      // WebDriver "refresh" may bypass the service worker).
      await d.get(server.url + "settings");
      // The error probe is not part of the app, so the worker has no copy of
      // it: offline, only the app itself is checked.
      await waitFor(d, async () => (await heading()) === "Settings", `${engine}: the page offline`);
      await nav("Product keys");
      await waitFor(d, async () => (await heading()) === "Product keys", `${engine}: another page offline`);
      await screenshot("keys-offline");
    });
  });
}
