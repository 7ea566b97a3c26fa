// The workings behind a date, shown once a "why?" is opened, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Working of R1.
    WhyR1 => "The last day is the benefit expiry date itself, {expiry}: it counts in full.", "마지막 날은 혜택 만료일 {expiry} 당일이며, 그날 하루 전체가 포함됩니다.";
    /// What R1's figure assumes.
    WhyEstimateR1 => "Estimate: the FAQ's example counts the expiry day itself; the time of day Partner Center stops is not published.", "추정: FAQ의 예시는 만료일 당일을 포함하지만, 파트너 센터가 그날 몇 시에 막는지는 공개되지 않았습니다.";
    /// Working of R2.
    WhyR2 => "Redeemed {from} + 12 calendar months = {value} (a start on 29 February ends on 28 February).", "{from}에 등록 + 12개월 = {value}(2월 29일에 시작하면 2월 28일에 끝남).";
    /// Working of R3.
    WhyR3 => "Anniversary {from} + 30 days = {value}.", "기념일 {from} + 30일 = {value}.";
    /// Working of R4.
    WhyR4 => "The window opens the day after the anniversary {anniversary}, on {opens}, and closes 30 days after the anniversary, on {closes}. Reminders: 15 days before it ({before}) and 23 days after it ({after}).", "갱신 기간은 기념일 {anniversary} 다음 날인 {opens}에 시작해 기념일의 30일 뒤인 {closes}에 끝납니다. 알림: 기념일 15일 전({before})과 23일 후({after}).";
    /// Working of R4 with a renewal start date.
    WhyR4Start => "The window opens on the renewal start date Partner Center shows, {opens}, and closes 30 days after the anniversary {anniversary}, on {closes}. Reminders: 15 days before the anniversary ({before}) and 23 days after it ({after}).", "갱신 기간은 파트너 센터에 표시된 갱신 시작일 {opens}에 시작해 기념일 {anniversary}의 30일 뒤인 {closes}에 끝납니다. 알림: 기념일 15일 전({before})과 23일 후({after}).";
    /// Working of the renewal window under R23's reading.
    WhyR23 => "The window opens on the anniversary itself, {opens}, and closes 30 days later, on {closes}. Reminders: 15 days before it ({before}) and 23 days after it ({after}).", "갱신 기간은 기념일 당일인 {opens}에 시작해 30일 뒤인 {closes}에 끝납니다. 알림: 기념일 15일 전({before})과 23일 후({after}).";
    /// A working computed under a reading where sources disagree.
    WhyEstimateReading => "Estimate: this follows {rule}, where {other} reads the sources differently; pick either under Readings on the Rules page.", "추정: {rule} 해석을 따른 값이며, {other}는 출처를 다르게 해석합니다. 규칙 페이지의 '해석 선택'에서 둘 중 하나를 고르세요.";
    /// Working of R7.
    WhyR7 => "Today {today}: {a} licenses ending {end} ({d} days left), plus {c} new licenses × {p} days. ({a}·{d} + {c}·{p}) / ({a} + {c}) = {x} days, rounded half up to {n} days: {today} + {n} days = {value}.",
        "오늘 {today}: {end}에 끝나는 라이선스 {a}개({d}일 남음)와 새 라이선스 {c}개 × {p}일. ({a}·{d} + {c}·{p}) / ({a} + {c}) = {x}일, 반올림해 {n}일: {today} + {n}일 = {value}.";
    /// Working of R7 for a new subscription.
    WhyR7New => "A new subscription: today {today} + 12 months ({p} days) = {value}.", "새 구독: 오늘 {today} + 12개월({p}일) = {value}.";
    /// What R7's figure assumes.
    WhyEstimateR7 => "Estimate: Microsoft does not publish how a part day is rounded; the app rounds half a day up.", "추정: Microsoft는 하루 미만을 어떻게 반올림하는지 공개하지 않습니다. 앱은 반나절 이상을 올림합니다.";
    /// Working of R8.
    WhyR8 => "{end} + 12 months × {c} / {a} = {months} months: {value}.", "{end} + 12개월 × {c} / {a} = {months}개월: {value}.";
    /// What R8's figure assumes.
    WhyEstimateR8 => "Estimate: a part month is counted as that share of the following month's days, rounded half up.", "추정: 한 달 미만은 다음 달 일수에 그 비율을 곱해 반올림해 셉니다.";
    /// Working of R9.
    WhyR9 => "Activated {from} + 30 days = {value}.", "{from}에 활성화 + 30일 = {value}.";
    /// Working of R13.
    WhyR13 => "Assigned {from} + 90 days = {value}.", "{from}에 할당 + 90일 = {value}.";
    /// Why box: R27.
    WhyR27 => "Activated {from} (later than the assignment on {assigned}) + 90 days = {value}.", "{from}에 활성화({assigned} 할당보다 늦음) + 90일 = {value}.";
    /// Working of R15.
    WhyR15 => "This contract year started {from}. A year is 12 calendar months, so it runs through {value}; the next one starts the day after, on the anniversary.", "이 계약 연도는 {from}에 시작했습니다. 한 해는 12개월이므로 {value}까지이며, 다음 연도는 그다음 날(기념일)에 시작합니다.";
    /// Why: the day a membership lapses when not renewed (R24).
    WhyR24 => "Anniversary {anniversary} + 30 days: the renewal window closes {closes}; without a renewal by then, everything goes from {value}.", "기념일 {anniversary} + 30일: 갱신 기간은 {closes}에 닫힙니다. 그때까지 갱신하지 않으면 {value}부터 모두 사라집니다.";
    /// Why: a benefit redeemed without a key ends with the offer (R19).
    WhyR19 => "Redeemed without a key on {on}: it ends when the offer ends, {value}, whatever the day it was redeemed (a key would have run 12 months from {on}).", "{on}에 키 없이 등록: 등록한 날과 상관없이 오퍼가 끝나는 {value}에 끝납니다(키였다면 {on}부터 12개월).";
    /// Why: a monthly credit's last usable day (R21).
    WhyR21 => "Provisioned {on} + 13 months = {value}: a monthly credit cannot be used after that, whatever is left of it.", "{on}에 프로비저닝 + 13개월 = {value}. 월간 크레딧은 남은 금액과 상관없이 그 뒤로는 쓸 수 없습니다.";
    /// Why: the dates of a membership from its purchase (R22).
    WhyR22 => "Bought {bought} + 365 days = {end}, the membership's last day; its benefits end 30 days later, on {benefits}.", "{bought}에 구매 + 365일 = 멤버십 마지막 날 {end}. 혜택은 30일 뒤인 {benefits}에 끝납니다.";
    /// Working of R19 for the last day to redeem without a key.
    WhyR19Deadline => "A benefit without a key ends with the offer, on {end}: redeemed after that it would end before it began, so {value} is the last day to redeem it.", "키 없는 혜택은 오퍼와 함께 {end}에 끝납니다. 그 뒤에 등록하면 시작하기도 전에 끝나므로 {value}이(가) 마지막 등록일입니다.";
    /// Working of R21 when the membership ends first.
    WhyR21MembershipEnd => "Provisioned {on} + 13 months would be later, but a monthly credit is paid only up to the membership's end, {end}: it can be used until {value}.", "{on}에 프로비저닝 + 13개월은 더 늦지만, 월간 크레딧은 멤버십 종료일 {end}까지만 지급되므로 {value}까지 쓸 수 있습니다.";
    /// Working of R22 from the anniversary.
    WhyR22Anniversary => "The anniversary {end} is the membership's last day (as Partner Center shows it, or as the last renewal set it); its benefits end 30 days later, on {benefits}.", "기념일 {end}이(가) 멤버십 마지막 날입니다(파트너 센터에 표시된 날짜 또는 마지막 갱신이 정한 날짜). 혜택은 30일 뒤인 {benefits}에 끝납니다.";
    /// Estimate note of R19's last day to redeem without a key.
    WhyEstimateR19Deadline => "Estimate: R22 keeps benefits 30 days past the membership's end; the app reads R19 as no keyless redemption after the offer ended, since it would end before it began. Once the renewal is recorded, the new term's end applies.", "추정: R22에 따르면 혜택은 멤버십 종료 후 30일 더 유지되지만, 앱은 R19에 따라 오퍼가 끝난 뒤에는 키 없이 등록하지 않는 것으로 봅니다. 등록하면 시작하기 전에 끝나기 때문입니다. 갱신을 기록하면 새 기간의 종료일이 적용됩니다.";
}
