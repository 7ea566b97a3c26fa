// Trunk post_build hook (run by `trunk build`, see Trunk.toml).
// 1. Moves Trunk's inline module loader into its own hashed file, so the
//    Content-Security-Policy can forbid inline scripts.
// 2. Writes the build version and the exact precache list into sw.js.
// 3. Copies index.html to 404.html, so a static host serves the app for deep links.
// 4. Publishes one text catalog per language (written by build.rs) under hashed
//    names, and has the boot script start fetching the visitor's language at
//    once, beside the wasm (docs/i18n.md).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
if (!dir) throw new Error("post-build.mjs must run as a Trunk hook (TRUNK_STAGING_DIR unset)");

const sha = (data) => createHash("sha256").update(data).digest("hex");
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

const targetDir = process.env.CARGO_TARGET_DIR || join(process.env.TRUNK_SOURCE_DIR || ".", "target");

// The catalogs: the wasm carries no text; each language is its own file.
const catalogs = {};
for (const lang of ["en", "ko"]) {
  const text = readFileSync(join(targetDir, "catalog", `${lang}.txt`));
  const name = `i18n-${lang}-${sha(text).slice(0, 16)}.txt`;
  writeFileSync(join(dir, name), text);
  catalogs[lang] = `${publicUrl}${name}`;
}
// Mirrors ui::state::initial_lang: the stored choice, else the browser's first
// of Korean or English. A wrong guess costs one more fetch, never a wrong text.
const prefetch = `const catalogs = ${JSON.stringify(catalogs)};
window.__benefitsDeskCatalogs = catalogs;
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
  window.__benefitsDeskCatalog = { lang, text: fetch(catalogs[lang]).then((r) => (r.ok ? r.text() : "")).catch(() => "") };
}
`;

const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_, loader) => {
  const body = prefetch + loader.trim();
  const name = `boot-${sha(body).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + "\n");
  moved += 1;
  return `<script type="module" src="${publicUrl}${name}"></script>`;
});
if (moved !== 1) throw new Error(`expected one inline loader script, found ${moved}`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error("an inline script is left in index.html");
writeFileSync(indexPath, html);

// Lazily loaded chunks (see scripts/bin/wasm-bindgen): published next to the main
// module when its glue imports the chunk loader, with the loader pointed at the
// hashed glue file.
const glue = readdirSync(dir).find((f) => /^benefits-desk-[0-9a-f]+\.js$/.test(f));
if (!glue) throw new Error("post-build: the main JS glue file is missing");
if (readFileSync(join(dir, glue), "utf8").includes("./__wasm_split.js")) {
  const splitDir = join(targetDir, "wasm-bindgen", process.env.TRUNK_PROFILE || "release", "split");
  const loader = readFileSync(join(splitDir, "__wasm_split.js"), "utf8");
  const pointed = loader.replace('from "./benefits-desk.js"', `from "./${glue}"`);
  if (pointed === loader) throw new Error("post-build: __wasm_split.js does not import ./benefits-desk.js");
  writeFileSync(join(dir, "__wasm_split.js"), pointed);
  const chunks = readdirSync(splitDir).filter((f) => f.endsWith(".wasm"));
  // Trunk runs wasm-opt on the main module only; the chunks get the same treatment.
  const features = ["bulk-memory", "sign-ext", "nontrapping-float-to-int", "mutable-globals", "reference-types", "multivalue"];
  for (const c of chunks) {
    execFileSync("wasm-opt", ["-Oz", "--strip-debug", ...features.map((f) => `--enable-${f}`), join(splitDir, c), "-o", join(dir, c)], { stdio: "inherit" });
  }
  console.log(`post-build: ${chunks.length} lazy chunk(s) optimised and published`);
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
copyFileSync(indexPath, join(dir, "404.html"));
console.log(`post-build: version ${version}, ${list.length} files precached, loader moved out of index.html`);
