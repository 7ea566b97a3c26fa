// Trunk post_build hook (run by `trunk build`, see Trunk.toml).
// 1. Moves Trunk's inline module loader into its own hashed file, so the
//    Content-Security-Policy can forbid inline scripts.
// 2. Writes the build version and the exact precache list into sw.js.
// 3. Copies index.html to 404.html, so a static host serves the app for deep links.
import { createHash } from "node:crypto";
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
if (!dir) throw new Error("post-build.mjs must run as a Trunk hook (TRUNK_STAGING_DIR unset)");

const sha = (data) => createHash("sha256").update(data).digest("hex");
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
let moved = 0;
html = html.replace(inline, (_, body) => {
  const name = `boot-${sha(body).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + "\n");
  moved += 1;
  return `<script type="module" src="${publicUrl}${name}"></script>`;
});
if (moved !== 1) throw new Error(`expected one inline loader script, found ${moved}`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error("an inline script is left in index.html");
writeFileSync(indexPath, html);

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
