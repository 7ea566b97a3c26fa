// Dates as the tests compute them (no browser, no test runner): today at UTC
// midnight, day arithmetic, and dates written the way each language shows them.
// Shared by the Playwright flows (e2e/util.js) and the cross-browser tier.
const DAY = 86400000;
const now = new Date();
/** Today, at UTC midnight. */
export const T = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
export const plus = (d, n) => new Date(d.getTime() + n * DAY);
export const iso = (d) => d.toISOString().slice(0, 10);
export const day = (s) => new Date(`${s}T00:00:00Z`);
export const days = (a, b) => Math.round((b - a) / DAY);
/** "March 5, 2026". */
export const en = (d) => d.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
/** "2026년 3월 5일". */
export const ko = (d) => `${d.getUTCFullYear()}년 ${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일`;
/** Calendar months with the day clamped to the month's end (29 Feb + 12 months = 28 Feb). */
export const addMonths = (d, n) => {
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + n, dd = d.getUTCDate();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(dd, last)));
};

