// The cross-browser tier's harness: the release bundle served like GitHub Pages
// (with the error probe), a local WebDriver (geckodriver for Debian's Firefox
// ESR, WebKitWebDriver for WebKitGTK's MiniBrowser) and selenium-webdriver.
// Nothing here downloads a browser or a driver.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder, By, until } from "selenium-webdriver";

export { By, until };

const WEBKIT_DIR = process.env.WEBKIT_DIR || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1";

export const ENGINES = {
  firefox: {
    driver: process.env.GECKODRIVER || "geckodriver",
    args: (port) => ["--port", String(port), "--host", "127.0.0.1"],
    capabilities: () => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX || "/usr/bin/firefox-esr",
        args: ["-headless", "-profile", mkdtempSync(join(tmpdir(), "benefits-desk-firefox-"))],
        prefs: {
          "intl.accept_languages": "en-US",
          "intl.locale.requested": "en-US",
          // The machine's network is closed: no update, telemetry or portal checks.
          "app.update.disabledForTesting": true,
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
          "datareporting.policy.dataSubmissionEnabled": false,
          "toolkit.telemetry.enabled": false,
          "browser.safebrowsing.malware.enabled": false,
          "browser.safebrowsing.phishing.enabled": false,
          "extensions.update.enabled": false,
          "browser.shell.checkDefaultBrowser": false,
          "ui.prefersReducedMotion": 1,
        },
      },
    }),
  },
  // The control: the engine every other tier runs, driven the same way.
  chromium: {
    driver: process.env.CHROMEDRIVER || "chromedriver",
    args: (port) => [`--port=${port}`],
    capabilities: () => ({
      browserName: "chrome",
      "goog:chromeOptions": {
        binary: process.env.CHROMIUM || "/usr/bin/chromium",
        args: ["--headless=new", "--lang=en-US", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
          `--user-data-dir=${mkdtempSync(join(tmpdir(), "benefits-desk-chromium-"))}`],
      },
    }),
  },
  webkit: {
    driver: process.env.WEBKIT_DRIVER || "WebKitWebDriver",
    args: (port) => [`--port=${port}`],
    capabilities: () => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: join(WEBKIT_DIR, "MiniBrowser"), args: ["--automation"] },
    }),
  },
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Starts `cmd` and resolves once it prints `ready` (a RegExp) or the port answers. */
function start(cmd, args, ready, env = {}) {
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let out = "";
  return new Promise((resolve, reject) => {
    const seen = (d) => {
      out += d;
      if (ready.test(out)) resolve(child);
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${cmd} exited (${code}) before it was ready:\n${out}`)));
    setTimeout(() => reject(new Error(`${cmd} was not ready in 30 s:\n${out}`)), 30_000).unref();
  });
}

/** Serves dist/ with the error probe; returns { url, stop }. */
export async function serve(port) {
  port ??= await freePort();
  const server = await start("node", ["scripts/serve.mjs", "--port", String(port), "--dir", "dist", "--probe", "e2e-engines/probe.js"], /Partner Benefits Desk: http/);
  return {
    port,
    url: `http://127.0.0.1:${port}/benefits-desk/`,
    // Once gone (exited or killed), a second stop has nothing to wait for.
    stop: () => new Promise((resolve) => (server.exitCode !== null || server.signalCode !== null ? resolve() : (server.once("exit", resolve), server.kill()))),
  };
}

/** A browser session of `engine` with helpers that read like the Playwright tests. */
export async function session(engine) {
  const e = ENGINES[engine];
  const port = await freePort();
  const driverProcess = spawn(e.driver, e.args(port), { stdio: "ignore", env: { ...process.env, LANG: "en_US.UTF-8", LANGUAGE: "en_US" } });
  // Ready when its status answers (WebKitWebDriver prints nothing).
  for (let i = 0; ; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (up) break;
    if (driverProcess.exitCode !== null || i > 150) throw new Error(`${e.driver} did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  let driver;
  try {
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(e.capabilities()).build();
  } catch (err) {
    driverProcess.kill();
    throw err;
  }
  await driver.manage().window().setRect({ width: 1280, height: 900 }).catch(() => {});
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  return {
    driver,
    async quit() {
      await driver.quit().catch(() => {});
      driverProcess.kill();
    },
  };
}

/** Waits until `fn` returns a truthy value (polled), failing with `what`. */
export async function waitFor(driver, fn, what, timeout = 15_000) {
  let last;
  try {
    return await driver.wait(async () => {
      try {
        last = await fn();
        return last;
      } catch (err) {
        last = err.message;
        return false;
      }
    }, timeout);
  } catch {
    throw new Error(`timed out waiting for ${what} (last seen: ${JSON.stringify(last)})`);
  }
}

export const xpathString = (s) => (s.includes('"') ? `concat("${s.split('"').join('", \'"\', "')}")` : `"${s}"`);
