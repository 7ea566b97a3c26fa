// Trunk post_build hook (run by `trunk build`, see Trunk.toml).
// 1. Moves Trunk's inline module loader into its own hashed file, so the
//    Content-Security-Policy can forbid inline scripts.
// 2. Writes the build version and the exact precache list into sw.js.
// 3. Copies index.html to 404.html, so a static host serves the app for deep links.
// 5. Writes the app shell (an inline script at the top of <body>, allowed by
//    its hash in the Content-Security-Policy): the header, navigation and the current page's heading and intro,
//    in the visitor's language and theme, drawn before the wasm has loaded;
//    the app takes over when its own page is drawn (style/main.css).
// 4. Publishes the text catalogs (written by build.rs: per language, a core part
//    and one per lazily loaded page) under hashed names, and has the boot script
//    start fetching the visitor's language's core, and the part of the page a
//    deep link opens, at once, beside the wasm (docs/i18n.md).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { transform as transformCss } from "lightningcss";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
if (!dir) throw new Error("post-build.mjs must run as a Trunk hook (TRUNK_STAGING_DIR unset)");

const sha = (data) => createHash("sha256").update(data).digest("hex");
// Every script and style sheet of the first load is minified (terser,
// lightningcss): 5 KB of gzip less than the tools' readable output.
const minifyJs = async (code, module = true) => {
  const out = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) throw new Error("post-build: terser returned nothing");
  return out.code;
};
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

const targetDir = process.env.CARGO_TARGET_DIR || join(process.env.TRUNK_SOURCE_DIR || ".", "target");

// The catalogs: the wasm carries no text. Each language comes in parts
// (build.rs): `core`, fetched at start-up, and one per lazily loaded page.
const parts = readFileSync(join(targetDir, "catalog", "parts.txt"), "utf8").trim().split("\n");
if (!parts.includes("core")) throw new Error("post-build: the catalog has no core part");
const catalogs = {};
for (const lang of ["en", "ko"]) {
  catalogs[lang] = {};
  for (const part of parts) {
    const text = readFileSync(join(targetDir, "catalog", `${lang}-${part}.txt`));
    const name = `i18n-${lang}-${part.replace(/_/g, "-")}-${sha(text).slice(0, 16)}.txt`;
    writeFileSync(join(dir, name), text);
    catalogs[lang][part] = `${publicUrl}${name}`;
  }
}
// The page a deep link opens, by its path's first segment, when it has a part.
const partOf = { "azure-credits": "azure", "visual-studio": "visual_studio" };
// Mirrors ui::state::initial_lang: the stored choice, else the browser's first
// of Korean or English. A wrong guess costs one more fetch, never a wrong text.
const prefetch = `const catalogs = ${JSON.stringify(catalogs)};
{
  let lang = null;
  try { lang = (JSON.parse(localStorage.getItem("benefits-desk/prefs")) || {}).lang || null; } catch {}
  if (lang !== "en" && lang !== "ko") {
    lang = "en";
    for (const tag of navigator.languages || [navigator.language || ""]) {
      const primary = String(tag).split(/[-_]/)[0].toLowerCase();
      if (primary === "ko" || primary === "en") { lang = primary; break; }
    }
  }
  const get = (l, part) => fetch(catalogs[l][part]).then((r) => (r.ok ? r.text() : "")).catch(() => "");
  const started = { core: get(lang, "core") };
  const base = ${JSON.stringify(publicUrl)}, path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : "";
  const segment = path.split("/")[0], part = ${JSON.stringify(partOf)}[segment] || segment;
  if (part !== "core" && catalogs[lang][part]) started[part] = get(lang, part);
  // What the app calls for a part of a language's texts (ui::browser::catalog):
  // the fetch already started for it, else a new one; "" when it failed.
  window.__benefitsDeskText = (l, p) => {
    if (!catalogs[l] || !catalogs[l][p]) return Promise.resolve("");
    const first = l === lang && started[p];
    if (first) { delete started[p]; return first.then((t) => t || get(l, p)); }
    return get(l, p);
  };
}
`;

// The app shell. Its route table mirrors src/ui/routes.rs (`Page`: segment,
// label, intro, the navigation's order, the rules beside a heading);
// e2e/shell.spec.js checks that the shell
// and the app draw the same heading and intro on every page.
const names = readFileSync(join(targetDir, "catalog", "names.txt"), "utf8").trim().split("\n");
const decode = (file) =>
  file.split("\n").slice(2, names.length + 2).map((line) => line.replace(/\\(n|\\)/g, (_, c) => (c === "n" ? "\n" : "\\")));
const pages = [
  ["", "NavDashboard", "DashboardIntro", true], ["membership", "NavMembership", "MembershipIntro", true],
  ["keys", "NavKeys", "KeysIntro", true], ["subscriptions", "NavSubscriptions", "SubscriptionsIntro", true],
  ["redeem", "WzTitle", "WzIntro", false, ["R7", "R8"]], ["visual-studio", "NavVisualStudio", "VisualStudioIntro", true],
  ["azure-credits", "NavAzure", "AzureIntro", true], ["support", "NavSupport", "SupportIntro", true],
  ["rules", "NavRules", "RulesIntro", true], ["history", "NavHistory", "HistoryIntro", true],
  ["settings", "NavSettings", "SettingsIntro", true],
];
// index.html is what a visit to the root gets: its shell carries the
// dashboard's heading and intro only; 404.html (every deep link on a static
// host) carries every page's.
const shellFor = (entryOnly) => {
  const intros = pages.filter((p) => !entryOnly || p[0] === "").map((p) => p[2]);
  const wanted = ["AppName", "NavLabel", "Language", "Theme", "ThemeSystem", "ThemeLight", "ThemeDark", "FooterPrivacy", ...pages.map((p) => p[1]), ...intros];
  const shellTexts = {};
  for (const lang of ["en", "ko"]) {
    const texts = decode(readFileSync(join(targetDir, "catalog", `${lang}.txt`), "utf8"));
    shellTexts[lang] = Object.fromEntries(wanted.map((n) => {
      const i = names.indexOf(n);
      if (i < 0) throw new Error(`post-build: no message ${n} for the app shell`);
      return [n, texts[i]];
    }));
  }
  return `// The app shell (scripts/post-build.mjs): drawn before the wasm runs.
(() => {
  const base = ${JSON.stringify(publicUrl)}, t = ${JSON.stringify(shellTexts)}, pages = ${JSON.stringify(pages)};
  let prefs = {};
  try { prefs = JSON.parse(localStorage.getItem("benefits-desk/prefs")) || {}; } catch {}
  let lang = prefs.lang;
  if (lang !== "en" && lang !== "ko") {
    lang = "en";
    for (const tag of navigator.languages || [navigator.language || ""]) {
      const p = String(tag).split(/[-_]/)[0].toLowerCase();
      if (p === "ko" || p === "en") { lang = p; break; }
    }
  }
  const root = document.documentElement;
  root.lang = lang;
  if (prefs.theme === "light" || prefs.theme === "dark") root.dataset.theme = prefs.theme;
  const x = t[lang], path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : "";
  const page = pages.find((p) => p[0] === path.split("/")[0] && x[p[2]]);
  const esc = (s) => s.replace(/[&<>"]/g, (c) => "&#" + c.charCodeAt(0) + ";");
  const theme = prefs.theme || "system";
  const nav = pages.filter((p) => p[3]).map((p) =>
    '<li><a href="' + base + p[0] + '"' + (page && page[0] === p[0] ? ' aria-current="page"' : "") + ">" + esc(x[p[1]]) + "</a></li>").join("");
  const option = (v, n) => '<option value="' + v + '"' + (theme === v ? " selected" : "") + ">" + esc(x[n]) + "</option>";
  const el = document.createElement("div");
  el.id = "app-shell";
  el.innerHTML = '<header class="site-header"><div class="brand-row"><a class="brand" href="' + base + '"><img src="' + base +
    'icons/icon.svg" alt="" width="28" height="28"><span>' + esc(x.AppName) + '</span></a><div class="switches"><div class="lang-switch" role="group" aria-label="' +
    esc(x.Language) + '"><button type="button" lang="ko" aria-pressed="' + (lang === "ko") + '">한국어</button><button type="button" lang="en" aria-pressed="' +
    (lang === "en") + '">English</button></div><label class="theme-switch"><span>' + esc(x.Theme) + "</span><select>" + option("system", "ThemeSystem") +
    option("light", "ThemeLight") + option("dark", "ThemeDark") + '</select></label></div></div><nav class="site-nav" aria-label="' + esc(x.NavLabel) +
    '"><ul>' + nav + '</ul></nav></header><div class="notices"></div><main>' +
    (page ? '<section class="page"><h1>' + esc(x[page[1]]) +
      (page[4] || []).map((r) => ' <a class="rule-link" href="' + base + "rules#" + r.toLowerCase() + '">' + r + "</a>").join("") + '</h1><p class="lead">' + esc(x[page[2]]) + "</p></section>" : "") +
    '</main><footer class="site-footer"><p>' + esc(x.FooterPrivacy) + "</p></footer>";
  document.body.prepend(el);
  // On a narrow screen the row scrolls: the current page's link in view, as the app does.
  const list = el.querySelector(".site-nav ul"), link = el.querySelector("[aria-current=page]");
  if (link && (link.offsetLeft + link.offsetWidth > list.scrollLeft + list.clientWidth)) list.scrollLeft = link.offsetLeft - 16;
})();
`;
};
// Minified, under a line that says what it is.
const minifiedShell = async (entryOnly) =>
  `// The app shell (scripts/post-build.mjs)\n${await minifyJs(shellFor(entryOnly), false)}`;
// Inline, so it costs no request before the first paint; the
// Content-Security-Policy allows exactly this script by its hash.
const withShell = (page, shell) => {
  if (!page.includes("<body>")) throw new Error("post-build: no <body> to put the app shell in");
  if (!page.includes("script-src 'self'")) throw new Error("post-build: the CSP no longer has script-src 'self'");
  const shellHash = createHash("sha256").update(shell).digest("base64");
  return page
    .replace("<body>", `<body>\n    <script>${shell}</script>`)
    .replace("script-src 'self'", `script-src 'self' 'sha256-${shellHash}'`);
};

const inline = /<script type="?module"?(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
let moved = 0;
// The wasm and its glue are fetched once the shell has been painted: on a
// slow connection the page's first screen (HTML, CSS, the shell) then gets the
// bandwidth first, and the 200 KB of wasm follow a frame later (or 100 ms
// later in a tab opened in the background, where no frame comes).
const afterPaint = (loader) => {
  const m = loader.match(/import init, \* as bindings from '([^']+)';/);
  if (!m) throw new Error("post-build: Trunk's loader no longer imports its glue as expected");
  return loader.replace(
    m[0],
    `await new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve, 0)); setTimeout(resolve, 100); });
const bindings = await import('${m[1]}');
const init = bindings.default;`,
  );
};
const loaders = [...html.matchAll(inline)];
if (loaders.length !== 1) throw new Error(`expected one inline loader script, found ${loaders.length}`);
const boot = await minifyJs(afterPaint(loaders[0][1].trim()).replace("const bindings = await import(", `${prefetch}const bindings = await import(`));
html = html.replace(inline, () => {
  const name = `boot-${sha(boot).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), boot + "\n");
  moved += 1;
  return `<script type="module" src="${publicUrl}${name}"></script>`;
});
if (moved !== 1) throw new Error(`expected one inline loader script, found ${moved}`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error("an inline script is left in index.html");
// Trunk's preloads would start those downloads before the first paint.
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "");
// The style sheet, minified; its Subresource Integrity hash follows.
for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)" integrity="(sha384-[^"]+)"\/?>/g)) {
  const file = join(dir, m[1].slice(publicUrl.length));
  const { code } = transformCss({ filename: file, code: readFileSync(file), minify: true });
  writeFileSync(file, code);
  html = html.replace(m[2], `sha384-${createHash("sha384").update(code).digest("base64")}`);
}
writeFileSync(indexPath, withShell(html, await minifiedShell(true)));

// Lazily loaded chunks (see scripts/bin/wasm-bindgen): published next to the main
// module when its glue imports the chunk loader, with the loader pointed at the
// hashed glue file.
// An unsigned LEB128 number in a wasm module at `at`: [value, where it ends].
function readLeb(wasm, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = wasm[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

// A wasm module without the named custom sections (section id 0).
function withoutCustomSections(wasm, names) {
  const leb = (at) => readLeb(wasm, at);
  const kept = [wasm.subarray(0, 8)];
  for (let at = 8; at < wasm.length; ) {
    const [size, body] = leb(at + 1);
    const end = body + size;
    let drop = false;
    if (wasm[at] === 0) {
      const [length, name] = leb(body);
      drop = names.includes(wasm.subarray(name, name + length).toString("utf8"));
    }
    if (!drop) kept.push(wasm.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}
// wasm-split-cli's loader writes one loader per chunk, each a copy of the same
// fetch-and-instantiate function plus its dependencies by name: 36 KB, 3 KB
// gzip of every first visit. Here the copies become one function, and each
// chunk a number with its dependencies as ranges ("19-21,40"); the exported
// names (which the main module imports) stay. The build fails if a loader is
// not the expected one, or names a chunk not yet defined.
function compactLoaders(loader) {
  const fetcher = (file) => `makeLoad(() => {
    const src = fetch(new URL("./${file}.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [`;
  const first = loader.indexOf("const __chunk_");
  const firstExport = loader.indexOf("export const __wasm_split_load_");
  const start = Math.min(...[first, firstExport].filter((i) => i >= 0));
  if (start === Infinity || start < 0) throw new Error("post-build: __wasm_split.js defines no loaders");
  const head = loader.slice(0, start).replace(/\/\*[^*]*\*\/\s*$/, "");
  const body = loader.slice(start).replace(/\/\*[^*]*\*\/\n/g, "");
  const item = /^(?:const __chunk_(\d+) = |export const (__wasm_split_load_\w+) = wrapAsyncCb\()/;
  const chunks = [];
  // Chunks that depend on no other (most of them), written as ranges of
  // their numbers rather than one entry each.
  const plain = [];
  const exported = [];
  const defined = new Set();
  let rest = body;
  const ranges = (deps) => {
    const ns = deps.map((d) => {
      const m = /^__chunk_(\d+)$/.exec(d);
      if (!m || !defined.has(Number(m[1]))) throw new Error(`post-build: __wasm_split.js: dependency ${d} is not a chunk defined before`);
      return Number(m[1]);
    });
    const out = [];
    for (const n of ns) {
      const last = out[out.length - 1];
      if (last && n === last[1] + 1) last[1] = n;
      else out.push([n, n]);
    }
    return out.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(",");
  };
  while (rest.trim()) {
    const m = item.exec(rest);
    if (!m) throw new Error(`post-build: __wasm_split.js has an unexpected line: ${rest.slice(0, 80)}`);
    const file = m[1] ? `chunk_${m[1]}` : `split_${m[2].slice("__wasm_split_load_".length)}`;
    const expected = fetcher(file);
    rest = rest.slice(m[0].length);
    if (!rest.startsWith(expected)) throw new Error(`post-build: __wasm_split.js's loader of ${file} is not the expected one; see compactLoaders`);
    rest = rest.slice(expected.length);
    const close = rest.indexOf("]");
    const deps = rest.slice(0, close).split(",").map((d) => d.trim()).filter(Boolean);
    rest = rest.slice(close + 1);
    const end = m[1] ? ");" : "));";
    if (!rest.startsWith(end)) throw new Error(`post-build: __wasm_split.js's loader of ${file} ends unexpectedly`);
    rest = rest.slice(end.length).replace(/^\s+/, "");
    if (m[1]) {
      if (deps.length) chunks.push(`[${m[1]}, "${ranges(deps)}"]`);
      else plain.push(`__chunk_${m[1]}`);
      defined.add(Number(m[1]));
    } else {
      exported.push(`export const ${m[2]} = wrapAsyncCb(load("${file}", "${ranges(deps)}"));`);
    }
  }
  return `${head}
const chunks = [];
// A fetch that fails outright (a connection dropped; CI saw one chunk of a
// page's hundred fail and the page stay blank) is tried twice more, 200 and
// 400 ms later, before the part is given up as not loaded.
function fetchAgain(url, left = 2, wait = 200) {
    return fetch(url).catch((e) => left ? new Promise((r) => setTimeout(r, wait)).then(() => fetchAgain(url, left - 1, wait * 2)) : Promise.reject(e));
}
function load(file, deps) {
    return makeLoad(() => {
        const src = fetchAgain(new URL("./" + file + ".wasm", import.meta.url));
        src.catch(() => {});
        return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
    }, deps ? deps.split(",").flatMap((r) => {
        const [a, b = a] = r.split("-").map(Number);
        return Array.from({ length: b - a + 1 }, (_, i) => chunks[a + i]);
    }) : []);
}
// First the chunks that need no other, by ranges of their numbers; then
// the others, each after the chunks it needs.
for (const r of "${ranges(plain)}".split(",").filter(Boolean)) {
    const [a, b = a] = r.split("-").map(Number);
    for (let n = a; n <= b; n++) chunks[n] = load("chunk_" + n, "");
}
for (const [n, deps] of [${chunks.join(", ")}]) chunks[n] = load("chunk_" + n, deps);
${exported.join("\n")}
`;
}

// wasm-split-cli's loader starts the fetch of a chunk and of every chunk it
// depends on in one task. A fetch costs the page's main thread about a
// millisecond (more on a busy machine): the code that saves a change has three
// dependencies, a page up to thirty-five, so that one task ran up to 28 ms
// (Lighthouse's total blocking time counts it four times over, less 50 ms).
// Here each dependency's fetch starts in a task of its own, right after the
// chunk's; nothing else changes (the fetches still run side by side).
function spreadFetches(loader) {
  const original = `    const loader = async () => {
        const parallelStuff = deps.map(d => d());
        const instantiate = fetcher();
        await Promise.all(parallelStuff);`;
  const spread = `    const loader = async () => {
        const instantiate = fetcher();
        const parallelStuff = [];
        for (const d of deps) {
            await new Promise((resolve) => (globalThis.scheduler?.postTask ? scheduler.postTask(resolve) : setTimeout(resolve, 0)));
            parallelStuff.push(d());
        }
        await Promise.all(parallelStuff);`;
  if (!loader.includes(original)) throw new Error("post-build: __wasm_split.js's loader has changed; see spreadFetches");
  return loader.replace(original, spread);
}

// The main module's imports from its JS glue are named after the web API they
// call plus a 16-digit hash (`__wbg_createElement_1a2b…`), in the wasm and
// again in the glue: some 200 names, whose hashes do not compress (3.5 KB of
// the first load, gzip). Each is renamed to a short name, the same in both
// files; the lazy chunks import only from the main module, so nothing else
// names them. The build fails if a name is not found exactly once in the glue.
function shortImportNames(wasm, glueCode, module) {
  let renamed = 0;
  const [out, names] = renameImports(wasm, module, () => shortName(renamed++));
  for (const [field, name] of names) {
    const key = new RegExp(`([{,])${field.replace(/\$/g, "\\$")}:`, "g");
    const found = glueCode.match(key) || [];
    if (found.length !== 1 || glueCode.split(field).length !== 2) throw new Error(`post-build: the glue names ${field} ${glueCode.split(field).length - 1} times, not once as a key`);
    glueCode = glueCode.replace(key, `$1${name}:`);
  }
  return [out, glueCode, renamed];
}

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function shortName(i) {
  let n = "";
  do {
    n = letters[i % 52] + n;
    i = Math.floor(i / 52) - 1;
  } while (i >= 0);
  return `$${n}`;
}

// The main module's imports from `module`, each renamed by `rename(field)`;
// the module and the (field, new name) pairs. Fails if none is renamed.
function renameImports(wasm, module, rename) {
  const leb = (at) => readLeb(wasm, at);
  const uleb = (n) => {
    const out = [];
    do {
      let byte = n & 0x7f;
      n = Math.floor(n / 128);
      if (n) byte |= 0x80;
      out.push(byte);
    } while (n);
    return Buffer.from(out);
  };
  const str = (t) => Buffer.concat([uleb(Buffer.byteLength(t)), Buffer.from(t)]);
  const out = [wasm.subarray(0, 8)];
  const names = [];
  for (let at = 8; at < wasm.length; ) {
    const [size, body] = leb(at + 1);
    const end = body + size;
    if (wasm[at] !== 2) {
      out.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = leb(body);
    const entries = [uleb(count)];
    for (let k = 0; k < count; k++) {
      const [ml, ms] = leb(p);
      const mod = wasm.subarray(ms, ms + ml).toString("utf8");
      const [fl, fs] = leb(ms + ml);
      const field = wasm.subarray(fs, fs + fl).toString("utf8");
      const descStart = fs + fl;
      let q = descStart;
      const kind = wasm[q++];
      if (kind === 0) q = leb(q)[1];
      else if (kind === 1) { q++; const flags = wasm[q++]; q = leb(q)[1]; if (flags & 1) q = leb(q)[1]; }
      else if (kind === 2) { const flags = wasm[q++]; q = leb(q)[1]; if (flags & 1) q = leb(q)[1]; }
      else if (kind === 3) q += 2;
      else throw new Error(`post-build: unknown import kind ${kind}`);
      let name = field;
      if (mod === module) {
        name = rename(field);
        names.push([field, name]);
      }
      entries.push(str(mod), str(name), wasm.subarray(descStart, q));
      p = q;
    }
    const section = Buffer.concat(entries);
    out.push(Buffer.from([2]), uleb(section.length), section);
    at = end;
  }
  if (!names.length) throw new Error(`post-build: the main module imports nothing from ${module}`);
  return [Buffer.concat(out), names];
}

const wasmFeatures = ["bulk-memory", "sign-ext", "nontrapping-float-to-int", "mutable-globals", "reference-types", "multivalue"];
const glue = readdirSync(dir).find((f) => /^benefits-desk-[0-9a-f]+\.js$/.test(f));
if (!glue) throw new Error("post-build: the main JS glue file is missing");
if (readFileSync(join(dir, glue), "utf8").includes("./__wasm_split.js")) {
  const splitDir = join(targetDir, "wasm-bindgen", process.env.TRUNK_PROFILE || "release", "split");
  const loader = readFileSync(join(splitDir, "__wasm_split.js"), "utf8");
  const pointed = loader.replace('from "./benefits-desk.js"', `from "./${glue}"`);
  if (pointed === loader) throw new Error("post-build: __wasm_split.js does not import ./benefits-desk.js");
  writeFileSync(join(dir, "__wasm_split.js"), await minifyJs(compactLoaders(spreadFetches(pointed))));
  const chunks = readdirSync(splitDir).filter((f) => f.endsWith(".wasm"));
  // Trunk runs wasm-opt on the main module only; the chunks get the same treatment.
  for (const c of chunks) {
    execFileSync("wasm-opt", ["-Oz", "--strip-debug", "--strip-producers", "--strip-target-features", ...wasmFeatures.map((f) => `--enable-${f}`), join(splitDir, c), "-o", join(dir, c)], { stdio: "inherit" });
  }
  console.log(`post-build: ${chunks.length} lazy chunk(s) optimised and published`);
}
writeFileSync(join(dir, glue), await minifyJs(readFileSync(join(dir, glue), "utf8")));
// The main module keeps Trunk's optimisation; only the custom sections that
// no browser reads go (about 250 bytes; on each lazy chunk above, half of
// the smallest ones).
// Cut out byte for byte: a wasm-opt run, even without passes, re-encodes the
// module 1.5 KB larger.
const mainWasm = join(dir, glue.replace(/\.js$/, "_bg.wasm"));
{
  const [wasm, code, count] = shortImportNames(withoutCustomSections(readFileSync(mainWasm), ["producers", "target_features"]), readFileSync(join(dir, glue), "utf8"), "./benefits-desk_bg.js");
  let main = wasm;
  // The lazy parts' loaders are named after their function plus a 19-digit
  // hash (`__wasm_split_load_why_body_2490…`), in the main module, in the
  // loader and in the chunk's file name: the function's name alone is kept
  // (the build fails if two would be the same).
  const loaderPath = join(dir, "__wasm_split.js");
  if (existsSync(loaderPath)) {
    let loader = readFileSync(loaderPath, "utf8");
    const seen = new Set();
    const [split, pairs] = renameImports(main, "./__wasm_split.js", (field) => {
      const short = field.replace(/^__wasm_split_load_/, "").replace(/_\d{6,}$/, "");
      if (seen.has(short)) throw new Error(`post-build: two lazy parts are named ${short}`);
      seen.add(short);
      return short;
    });
    for (const [field, short] of pairs) {
      const long = field.slice("__wasm_split_load_".length);
      const named = loader.split(`export const ${field}=`).length - 1;
      if (named !== 1) throw new Error(`post-build: __wasm_split.js exports ${field} ${named} times, not once`);
      loader = loader.replace(`export const ${field}=`, `export const ${short}=`);
      if (long !== short) {
        const file = `"split_${long}"`;
        if (loader.split(file).length !== 2) throw new Error(`post-build: __wasm_split.js names ${file} not once`);
        loader = loader.replace(file, `"split_${short}"`);
        renameSync(join(dir, `split_${long}.wasm`), join(dir, `split_${short}.wasm`));
      }
    }
    writeFileSync(loaderPath, loader);
    main = split;
    console.log(`post-build: ${pairs.length} lazy parts' loaders renamed short`);
  }
  writeFileSync(mainWasm, main);
  writeFileSync(join(dir, glue), code);
  console.log(`post-build: ${count} imports of the main module renamed short`);
}

const files = [];
const walk = (d) => {
  for (const entry of readdirSync(d)) {
    const p = join(d, entry);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dir, p).split("\\").join("/"));
  }
};
walk(dir);
const cached = files.filter((f) => f !== "sw.js" && f !== "404.html" && f !== "index.html").sort();
const hash = createHash("sha256");
for (const f of [...cached, "index.html"]) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest("hex").slice(0, 16);
const list = ["./", ...cached.map((f) => "./" + f)];

const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace("__BUILD_VERSION__", version)
  .replace("__PRECACHE_LIST__", JSON.stringify(list));
if (sw.includes("__PRECACHE_LIST__") || sw.includes("__BUILD_VERSION__")) throw new Error("sw.js placeholders not replaced");
writeFileSync(swPath, sw);
writeFileSync(join(dir, "404.html"), withShell(html, await minifiedShell(false)));
console.log(`post-build: version ${version}, ${list.length} files precached, loader moved out of index.html`);
