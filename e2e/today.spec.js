// "Today" follows the clock (issue 26): a tab left open past midnight moves to
// the new day without a reload, so last-day warnings and statuses are as of
// the day the admin reads them.
import { test, expect } from "./fixtures.js";
import { key, seed } from "./util.js";

test("a tab open past midnight moves to the new day: the key's last day becomes expired (R1); Korean too", async ({ browser }) => {
  for (const [locale, before, after] of [
    ["en-US", "Not redeemed: redeem by March 10, 2026", "Expired on March 10, 2026: can no longer be redeemed"],
    ["ko-KR", "미사용: 2026년 3월 10일까지 사용 등록", "2026년 3월 10일에 만료됨: 더 이상 사용 등록할 수 없음"],
  ]) {
    const context = await browser.newContext({ locale, timezoneId: "Asia/Seoul" });
    const page = await context.newPage();
    // Two minutes before midnight on the benefit expiry date, Seoul time.
    await page.clock.install({ time: new Date("2026-03-10T23:58:00+09:00") });
    await seed(page, {
      membership: { offer: "SolutionsPartner", competencies: [], anniversary: "2026-06-30", renewal_start: null, benefit_expiry: "2026-03-10" },
      keys: [key(1, "Office 365 E3", 25)],
    }, "keys");
    const status = page.locator(".key-row .key-status");
    await expect(status).toContainText(before);
    // The clock passes midnight; the minute's check moves the page to the new day.
    await page.clock.runFor(3 * 60 * 1000);
    await expect(status).toContainText(after);
    await context.close();
  }
});
