// Serves dist/ the way GitHub Pages serves a project site: under a sub-path,
// with 404.html (status 404) for unknown paths, and text and wasm gzip-compressed
// when the browser accepts it (so local figures match hosted ones). Loopback only.
// Usage: node scripts/serve.mjs [--port 8080] [--base /benefits-desk/] [--dir dist]
import { createReadStream, existsSync, statSync } from "node:fs";
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
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip({ level: 6 })) : body).pipe(res);
};

createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  if (path === base.slice(0, -1)) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
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
