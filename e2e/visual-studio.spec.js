// Visual Studio seats (R3, R12–R14): the default entitlement of the program level,
// the 90-day lock with the exact date it opens, moving and assigning seats with the
// sign-in instruction, each seat's history, the grace after renewal, and users
// added by hand with their field errors — in English with the mouse, in Korean with
// the keyboard alone.
import { test, expect } from "./fixtures.js";
import { T, plus, iso, en, ko, day, seed, stored, tabTo, pickUser } from "./util.js";
const koDate = ko;

const user = (id, name, email) => ({ id, name, email, offers: [], source: "PartnerCenter" });
const seat = (id, assigned) => ({ id, level: "Enterprise", assignment: assigned ? { user: assigned[0], assigned_on: iso(assigned[1]) } : null });
const data = () => ({
  membership: {
    program: "Silver", anniversary: iso(plus(T, 20)), renewal_start: null, benefit_expiry: iso(plus(T, 20)),
    competencies: [{ name: "Cloud Platform", level: "Silver", cloud: true }],
  },
  users: [user(1, "Kim Minji", "minji@contoso.kr"), user(2, "Lee Jun", "jun@contoso.kr"), user(3, "Park Sora", "sora@contoso.kr")],
  // Seat 1 was assigned 30 days ago (locked); seat 2 on the RULES.md R13 case date.
  vs_seats: [seat(1, [1, plus(T, -30)]), seat(2, [2, day("2021-06-01")])],
});

test("seats follow the program's default, stay locked for 90 days, and move with their history", async ({ page }) => {
  await seed(page, data(), "visual-studio");
  // R14: Silver with one silver competency = 5 + 5 Enterprise seats.
  await expect(page.locator(".entitlement")).toContainText("Silver competency (legacy): 10 × Visual Studio Enterprise by default (at most 75 across all countries).");
  await expect(page.locator(".entitlement")).toContainText("Seats recorded here: 2.");
  const seats = page.locator(".seat");
  // R13: locked until assigned + 90 days, the button disabled and the date given.
  const first = seats.nth(0);
  await expect(first).toContainText(`Assigned to Kim Minji (minji@contoso.kr) on ${en(plus(T, -30))}.`);
  await expect(first.locator(".seat-lock")).toHaveText(`Can move to someone else from ${en(plus(T, 60))} (in 60 days). R13`);
  await expect(first.getByRole("button", { name: "Move seat" })).toBeDisabled();
  await expect(first.getByRole("button", { name: "Free this seat" })).toBeDisabled();
  // R3: 30 days of grace after the renewal date.
  await expect(first.locator(".seat-grace")).toContainText(`not renewed by ${en(plus(T, 20))}, this seat still works until ${en(plus(T, 50))}.`);
  // RULES.md: assigned 2021-06-01 → reassignable from 2021-08-30.
  const second = seats.nth(1);
  await expect(second.locator(".seat-lock")).toContainText("Can move to someone else (since August 30, 2021).");

  await page.getByRole("button", { name: "Add 8 seats to match the default" }).click();
  await expect(seats).toHaveCount(10);
  await expect(page.getByRole("button", { name: /Add \d+ seats/ })).toHaveCount(0);

  // Move seat 2 from Lee Jun to Park Sora; Lee Jun goes to the history.
  await pickUser(second, "Move to", "Park Sora (sora@contoso.kr)");
  await second.getByRole("button", { name: "Move seat" }).click();
  await expect(page.locator(".next-step")).toContainText("ask Park Sora to sign in at my.visualstudio.com as sora@contoso.kr");
  await expect(second).toContainText(`Assigned to Park Sora (sora@contoso.kr) on ${en(T)}.`);
  await expect(second.locator(".seat-lock")).toContainText(`from ${en(plus(T, 90))} (in 90 days)`);
  await second.getByText("Earlier holders").click();
  await expect(second.locator(".history li")).toHaveText(`Lee Jun (jun@contoso.kr): June 1, 2021 – ${en(T)}`);

  // A free seat: only people without a seat are offered; assigning without a choice says so.
  const third = seats.nth(2);
  await expect(third).toContainText("Free");
  await third.getByRole("button", { name: "Assign" }).click();
  await expect(page.locator(".next-step")).toHaveText("Choose a user first.");
  await third.getByRole("combobox", { name: "Assign to" }).click();
  await expect(third.getByRole("option")).toHaveText(["Lee Jun (jun@contoso.kr)"]);
  await pickUser(third, "Assign to", "Lee Jun (jun@contoso.kr)");
  await third.getByRole("button", { name: "Assign" }).click();
  await expect(third).toContainText(`Assigned to Lee Jun (jun@contoso.kr) on ${en(T)}.`);

  // Users: field errors, then a user added by hand.
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.locator("#user-name-error")).toHaveText("This field is required.");
  await page.getByLabel("Name", { exact: true }).fill("Choi Yuna");
  await page.getByLabel("Email or user principal name").fill("SORA@contoso.kr");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.locator("#user-email-error")).toContainText("already");
  await page.getByLabel("Email or user principal name").fill("yuna@contoso.kr");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.locator(".users tbody tr").last()).toContainText("Choi Yunayuna@contoso.krby hand");
  // People holding a seat cannot be removed; others can, with undo.
  await expect(page.locator(".users tbody tr", { hasText: "Kim Minji" })).toContainText("holds a seat");
  await page.getByRole("button", { name: "Remove Choi Yuna" }).click();
  await expect(page.locator(".users tbody tr")).toHaveCount(3);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(".users tbody tr")).toHaveCount(4);

  const d = await stored(page);
  expect(d.vs_seats).toHaveLength(10);
  expect(d.vs_seats[1].assignment).toEqual({ user: 3, assigned_on: iso(T) });
  expect(d.vs_seats[1].history).toEqual([{ user: 2, from: "2021-06-01", to: iso(T) }]);
  expect(d.vs_seats[2].assignment).toEqual({ user: 2, assigned_on: iso(T) });
  expect(d.users[3]).toMatchObject({ name: "Choi Yuna", email: "yuna@contoso.kr" });
  expect(d.users[3].source).toBeUndefined(); // "by hand" is the default, not written
  await page.screenshot({ path: "test-output/screenshots/visual-studio-en-light.png", fullPage: true });
});

test("a seat assigned and a user added in Korean, using the keyboard alone", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ko-KR", colorScheme: "dark" });
  const page = await context.newPage();
  const d = data();
  d.vs_seats.push(seat(3, null));
  await seed(page, d, "visual-studio");
  await expect(page.locator(".seat").nth(0).locator(".seat-lock")).toContainText(`${ko(plus(T, 60))}부터 다른 사람에게 옮길 수 있습니다(60일 남음).`);
  // The free seat: Tab to its user list, pick by typing, Tab to Assign, Enter.
  await page.locator("h1").focus();
  await tabTo(page, "#seat-3-user");
  await page.keyboard.type("Park");
  await page.keyboard.press("Tab");
  await expect(page.locator(".seat").nth(2).getByRole("button", { name: "할당" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(".next-step")).toContainText("Park Sora 님께 sora@contoso.kr 계정으로 my.visualstudio.com에 로그인해");
  await expect(page.locator(".seat").nth(2)).toContainText(`${ko(T)}에 Park Sora (sora@contoso.kr)에게 할당됨.`);
  // A user typed in and submitted with Enter.
  await tabTo(page, "#user-name");
  await page.keyboard.type("정하늘");
  await page.keyboard.press("Tab");
  await page.keyboard.type("haneul@contoso.kr");
  await page.keyboard.press("Enter");
  await expect(page.locator(".users tbody tr").last()).toContainText("정하늘haneul@contoso.kr직접 입력");
  expect((await stored(page)).vs_seats[2].assignment).toEqual({ user: 3, assigned_on: iso(T) });
  await page.screenshot({ path: "test-output/screenshots/visual-studio-ko-dark.png", fullPage: true });
  await context.close();
});

test("with thousands of users the picker searches, lists at most 20 and says how many more match (English, then Korean by keyboard)", async ({ page, browser }) => {
  const many = { ...data(), users: [] };
  for (let i = 1; i <= 3000; i++) many.users.push(user(i, `User ${String(i).padStart(4, "0")}`, `user${i}@contoso.kr`));
  many.users.push(user(3001, "Choi Hana", "hana.choi@fabrikam.kr"));
  many.vs_seats = [seat(1, [1, plus(T, -30)]), seat(2, null)];
  await seed(page, many, "visual-studio");
  const free = page.locator(".seat").nth(1);
  const box = free.getByRole("combobox", { name: "Assign to" });
  await box.click();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  // User 1 holds seat 1, so 3,000 are offered: 20 listed, 2,980 counted.
  await expect(free.getByRole("option")).toHaveCount(20);
  await expect(free.locator(".listbox-more")).toHaveText("2980 more match: type more of the name or email.");
  // Searching by email narrows the list; the users table holds one page, not 3,001 rows.
  await box.fill("fabrikam");
  await expect(free.getByRole("option")).toHaveText(["Choi Hana (hana.choi@fabrikam.kr)"]);
  await expect(free.locator(".listbox-more")).toBeHidden();
  await box.fill("nobody-here");
  await expect(free.locator(".listbox-more")).toHaveText("No user matches.");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator(".users tbody tr")).toHaveCount(50);
  expect(await page.locator("body *").count()).toBeLessThan(3000);

  // Korean, keyboard alone: type, move down, Enter, then Assign.
  const context = await browser.newContext({ locale: "ko-KR" });
  const ko = await context.newPage();
  await seed(ko, many, "visual-studio");
  await ko.locator("h1").focus();
  await tabTo(ko, "#seat-2-user");
  await expect(ko.locator(".seat").nth(1).locator(".listbox-more")).toHaveText("2980명이 더 있습니다. 이름이나 이메일을 더 입력하세요.");
  await ko.keyboard.type("User 002");
  await ko.keyboard.press("ArrowDown");
  await expect(ko.locator("#seat-2-user")).toHaveAttribute("aria-activedescendant", "seat-2-user-user-21");
  await ko.keyboard.press("Enter");
  await expect(ko.locator("#seat-2-user")).toHaveValue("User 0021 (user21@contoso.kr)");
  await ko.keyboard.press("Tab");
  await ko.keyboard.press("Enter");
  await expect(ko.locator(".seat").nth(1)).toContainText(`${koDate(T)}에 User 0021 (user21@contoso.kr)에게 할당됨.`);
  expect((await stored(ko)).vs_seats[1].assignment).toEqual({ user: 21, assigned_on: iso(T) });
  await context.close();
});

test("history from before the app: a seat given on 2020-12-15 is entered with that day, a future day is refused at the field (English, Korean)", async ({ page, browser }) => {
  const d = data();
  d.vs_seats = [seat(1, null)];
  await seed(page, d, "visual-studio");
  const free = page.locator(".seat").first();
  await free.getByLabel("Given on").fill(iso(plus(T, 1)));
  await expect(free.locator("#seat-1-on-error")).toHaveText("It cannot have been given later than today. For history, enter the day it happened in Partner Center.");
  await expect(free.getByRole("button", { name: "Assign" })).toBeDisabled();
  await free.getByLabel("Given on").fill("2020-12-15");
  await pickUser(free, "Assign to", "Kim Minji (minji@contoso.kr)");
  await free.getByRole("button", { name: "Assign" }).click();
  // R13 counts from that day: 2020-12-15 + 90 days.
  await expect(free.locator(".seat-lock")).toContainText("Can move to someone else (since March 15, 2021).");
  expect((await stored(page)).vs_seats[0].assignment).toEqual({ user: 1, assigned_on: "2020-12-15" });

  const context = await browser.newContext({ locale: "ko-KR" });
  const ko = await context.newPage();
  await seed(ko, d, "visual-studio");
  await ko.getByLabel("할당한 날").fill(iso(plus(T, 1)));
  await expect(ko.locator("#seat-1-on-error")).toHaveText("오늘보다 늦은 날에 할당했을 수는 없습니다. 이전 기록이라면 파트너 센터에서 할당한 날을 입력하세요.");
  // Support incidents already used this contract year, entered once.
  await ko.goto("support");
  await ko.getByLabel("이번 계약 연도에 지금까지 쓴 인시던트 수").fill("3");
  await ko.getByRole("button", { name: "저장", exact: true }).click();
  await expect(ko.locator(".incident-count")).toContainText("3건");
  expect((await stored(ko)).support.incidents_used).toBe(3);
  await context.close();
});

test("R14: more seats recorded than the worldwide cap are flagged (English, Korean)", async ({ page, browser }) => {
  const d = data();
  // Silver only: at most 75 seats across all countries.
  d.vs_seats = Array.from({ length: 76 }, (_, i) => seat(i + 1, null));
  await seed(page, d, "visual-studio");
  await expect(page.locator(".over-cap")).toHaveText("76 seats are recorded, more than the 75 this program level allows across all countries. Check them against Partner Center: some may be old or counted twice. R14");
  // Back under the cap, the warning goes.
  await page.locator(".seat").first().getByRole("button", { name: "Remove seat" }).click();
  await expect(page.locator(".over-cap")).toHaveCount(0);
  const context = await browser.newContext({ locale: "ko-KR" });
  const kp = await context.newPage();
  await seed(kp, d, "visual-studio");
  await expect(kp.locator(".over-cap")).toContainText("75개보다 많습니다");
  await context.close();
});

test("a seat's activation day: entered with the assignment or later, never before it was given nor after today (English, Korean)", async ({ page, browser }) => {
  const d = data();
  d.vs_seats = [seat(1, null), seat(2, [2, day("2021-06-01")])];
  await seed(page, d, "visual-studio");
  const free = page.locator(".seat").first();
  await free.getByLabel("Given on").fill("2020-12-15");
  await free.getByLabel("Activated on (if known)").fill(iso(plus(T, 1)));
  await expect(free.locator("#seat-1-activated-error")).toHaveText("The activation day cannot be later than today.");
  await expect(free.getByRole("button", { name: "Assign" })).toBeDisabled();
  await free.getByLabel("Activated on (if known)").fill("2020-12-18");
  await pickUser(free, "Assign to", "Kim Minji (minji@contoso.kr)");
  await free.getByRole("button", { name: "Assign" }).click();
  await expect(free.locator(".seat-activated")).toHaveText("Activated on December 18, 2020.");
  // Activated three days after it was given: the 90 days count from the
  // later day (R27; from the assignment alone, R13, it would be March 15).
  await expect(free.locator(".seat-lock")).toContainText("(since March 18, 2021)");
  await expect(free.locator(".seat-lock").getByRole("link", { name: "R27" })).toBeVisible();
  // A seat given before the app: its activation recorded afterwards, not before it was given.
  const old = page.locator(".seat").nth(1);
  await old.getByLabel("Activated on (if known)").fill("2021-05-30");
  await old.getByRole("button", { name: "Record activation" }).click();
  await expect(page.locator(".next-step")).toHaveText("It cannot have been activated before it was assigned on June 1, 2021.");
  await old.getByLabel("Activated on (if known)").fill("2021-06-03");
  await old.getByRole("button", { name: "Record activation" }).click();
  await expect(old.locator(".seat-activated")).toHaveText("Activated on June 3, 2021.");
  const seats = (await stored(page)).vs_seats;
  expect(seats[0].assignment).toEqual({ user: 1, assigned_on: "2020-12-15", activated_on: "2020-12-18" });
  expect(seats[1].assignment.activated_on).toBe("2021-06-03");

  const context = await browser.newContext({ locale: "ko-KR" });
  const kp = await context.newPage();
  await seed(kp, d, "visual-studio");
  await kp.locator(".seat").nth(1).getByLabel("활성화한 날(알면)").fill("2021-06-03");
  await kp.locator(".seat").nth(1).getByRole("button", { name: "활성화 기록" }).click();
  await expect(kp.locator(".seat").nth(1).locator(".seat-activated")).toHaveText("2021년 6월 3일에 활성화함.");
  await context.close();
});
