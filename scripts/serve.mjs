// Serves dist/ the way GitHub Pages serves a project site: under a sub-path,
// with 404.html (status 404) for unknown paths, and text and wasm gzip-compressed
// when the browser accepts it (so local figures match hosted ones). Loopback only.
// Usage: node scripts/serve.mjs [--port 8080] [--base /benefits-desk/] [--dir dist]
//        [--probe file.js]: tests only: every HTML page loads that script first
//        (at <base>__probe.js), for browsers whose driver cannot read the console.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { createGzip } from "node:zlib";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg("port", process.env.PORT || 8080));
const base = arg("base", "/benefits-desk/");
const root = arg("dir", "dist");
const probe = arg("probe", null);
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".png": "image/png",
  ".svg": "image/svg+xml", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
};

// What GitHub Pages compresses: text of every kind, and wasm.
const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);

const send = (req, res, status, file) => {
  const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] || "");
  res.writeHead(status, {
    "Content-Type": types[extname(file)] || "application/octet-stream",
    "Cache-Control": "no-cache",
    Vary: "Accept-Encoding",
    ...(gzip ? { "Content-Encoding": "gzip" } : {}),
  });
  if (probe && extname(file) === ".html") {
    const html = readFileSync(file, "utf8").replace(/<head>/, `<head><script src="${base}__probe.js"></script>`);
    const out = gzip ? createGzip({ level: 6 }) : res;
    if (gzip) out.pipe(res);
    out.end(html);
    return;
  }
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip({ level: 6 })) : body).pipe(res);
};

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  if (path === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  if (probe && path === `${base}__probe.js`) return send(req, res, 200, probe);
  if (path.startsWith(base)) {
    let file = normalize(join(root, path.slice(base.length)));
    if (file.startsWith(normalize(root))) {
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      if (existsSync(file) && statSync(file).isFile()) return send(req, res, 200, file);
    }
  }
  const notFound = join(root, "404.html");
  if (existsSync(notFound)) return send(req, res, 404, notFound);
  res.writeHead(404).end("not found");
}).listen(port, "127.0.0.1", () => {
  console.log(`Partner Benefits Desk: http://127.0.0.1:${port}${base}`);
});
