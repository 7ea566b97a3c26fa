// Served before the app by `serve.mjs --probe` in the cross-browser tier only:
// classic WebDriver cannot read a page's console, so errors are kept here for
// the tests to read (window.__errors).
window.__errors = [];
addEventListener(
  "error",
  (e) => window.__errors.push(`error: ${e.message || (e.target && (e.target.src || e.target.href)) || "a resource failed to load"}`),
  true,
);
addEventListener("unhandledrejection", (e) => window.__errors.push(`unhandled rejection: ${(e.reason && (e.reason.stack || e.reason.message)) || e.reason}`));
const consoleError = console.error;
console.error = (...args) => {
  window.__errors.push(`console.error: ${args.map(String).join(" ")}`);
  consoleError.apply(console, args);
};
