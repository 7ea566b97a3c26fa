// Texts of the Rules page alone, with the rules' worked examples, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Rules page: R1 in the app's words.
    R1Text => "Benefits can be switched on and product keys redeemed up to and including the benefit expiry date. From the next day on, nothing new can be redeemed until the membership is renewed.", "혜택 만료일 당일까지는 혜택을 활성화하고 제품 키를 등록할 수 있습니다. 다음 날부터는 멤버십을 갱신하기 전까지 새로 등록할 수 없습니다.";
    /// Rules page: the Readings section's heading.
    ReadingsTitle => "Readings where sources disagree", "해석 선택: 출처가 엇갈리는 규칙";
    /// Rules page: what the Readings section is.
    ReadingsIntro => "On three points Microsoft's pages and the FAQ say different things. Pick the reading that matches what Partner Center does for you: every date worked out under a reading is marked as an estimate and names the reading it followed. The choice is kept with your data and in backups.", "세 가지 점에서 Microsoft 문서와 FAQ의 설명이 다릅니다. 파트너 센터에서 실제로 겪는 쪽의 해석을 고르세요. 해석에 따라 계산한 날짜에는 추정 표시와 따른 해석이 함께 나옵니다. 선택은 데이터와 백업에 함께 저장됩니다.";
    /// Readings: the option RULES.md names as the default.
    ReadingDefault => "default", "기본값";
    /// Readings: the question of the new anniversary.
    ReadingAnniversary => "The anniversary after a renewal", "갱신 후의 새 기념일";
    /// Readings: R22's answer, on the worked example.
    ReadingAnniversaryR22 => "365 days after Microsoft receives the payment: anniversary {a}, paid {paid}, new anniversary {new}.", "Microsoft가 결제를 받은 날부터 365일: 기념일 {a}, {paid}에 결제하면 새 기념일은 {new}.";
    /// Readings: R4's answer, on the worked example.
    ReadingAnniversaryR4 => "The old anniversary plus 12 months, whatever the day of payment: anniversary {a}, paid {paid}, new anniversary {new}.", "결제한 날과 상관없이 이전 기념일에 12개월을 더한 날: 기념일 {a}, {paid}에 결제해도 새 기념일은 {new}.";
    /// Readings: the question of the window's first day.
    ReadingWindow => "The first day of the renewal window", "갱신 기간의 첫날";
    /// Readings: R4's answer, on the worked example.
    ReadingWindowR4 => "The day after the anniversary: anniversary {a}, the window opens {opens}.", "기념일 다음 날: 기념일이 {a}이면 {opens}에 열립니다.";
    /// Readings: R23's answer, on the worked example.
    ReadingWindowR23 => "The anniversary itself: anniversary {a}, the window opens {opens}.", "기념일 당일: 기념일이 {a}이면 {opens}에 열립니다.";
    /// Readings: the question of moving bulk credit.
    ReadingBulk => "Moving bulk Azure credit to another person", "대량 Azure 크레딧을 다른 사람에게 옮기기";
    /// Readings: R21's answer, on the worked example.
    ReadingBulkR21 => "Not before the next renewal: given {given}, it stays with its holder until {end} and can move from {after}.", "다음 갱신 전에는 불가: {given}에 할당하면 {end}까지 그 사람에게 남고 {after}부터 옮길 수 있습니다.";
    /// Readings: R11's answer, on the worked example.
    ReadingBulkR11 => "Only within the enrollment year it was given in: given {given}, it can move until {end} and no longer from {after}.", "할당한 등록 연도 안에서만 가능: {given}에 할당하면 {end}까지 옮길 수 있고 {after}부터는 옮길 수 없습니다.";
    /// Undo label: a reading was picked.
    ChangeReading => "Reading changed: the dates that depend on it moved.", "해석을 바꿨습니다. 그에 따른 날짜가 바뀌었습니다.";
    /// Rules page.
    R2Text => "Once redeemed, a key keeps working for twelve calendar months from the day of redemption, even if the benefit expiry date passes in between. A key redeemed on 29 February runs until 28 February.", "한 번 등록한 키는 그 사이 혜택 만료일이 지나더라도 등록한 날부터 12개월 동안 쓸 수 있습니다. 2월 29일에 등록한 키는 다음 해 2월 28일까지입니다.";
    /// Rules page.
    R3Text => "Benefits that belong to a person, such as Visual Studio subscriptions, keep working for 30 days after the renewal date, so there is time to renew without interrupting anyone.", "Visual Studio 구독처럼 사람에게 할당하는 혜택은 갱신일 뒤에도 30일 동안 계속 쓸 수 있어, 사용자의 작업을 끊지 않고 갱신할 시간이 있습니다.";
    /// Rules page.
    R4Text => "The renewal window opens the day after the anniversary and stays open for 30 days; where Partner Center shows an earlier renewal start date, it opens that day. Microsoft reminds you 15 days before and 23 days after the anniversary. Renewing sets the next anniversary: one year after the old one in this FAQ, 365 days after the payment in the 2025 page (R22); the app follows the reading chosen under Readings. Action Pack can only be renewed once it has expired. Missing the window means losing benefits and competencies.",
        "갱신 기간은 기념일 다음 날 시작해 30일 동안 열립니다. 파트너 센터에 더 이른 갱신 시작일이 표시되어 있으면 그날부터 열립니다. Microsoft는 기념일 15일 전과 23일 후에 알려 줍니다. 갱신하면 다음 기념일이 정해집니다. 이 FAQ는 이전 기념일의 1년 뒤, 2025년 문서(R22)는 결제일의 365일 뒤라고 하며, 앱은 '해석 선택'에서 고른 해석을 따릅니다. Action Pack은 만료된 뒤에만 갱신할 수 있습니다. 기간을 놓치면 혜택과 역량을 잃습니다.";
    /// Rules page.
    R5Text => "Each benefit has to be activated again for the new membership year in Partner Center. If a benefit is not offered for activation, the membership itself needs renewing first.", "새 멤버십 연도에는 파트너 센터에서 혜택을 하나씩 다시 활성화해야 합니다. 활성화할 수 없는 혜택이 있으면 먼저 멤버십 자체를 갱신해야 합니다.";
    /// Rules page.
    R6Text => "A notice that a subscription is about to end is answered in the portal that sent it: check the end date, then either add licenses to it or extend it into the next membership year.", "구독 종료 예정 알림은 알림을 보낸 포털에서 처리합니다. 종료일을 확인한 뒤 라이선스를 추가하거나 다음 멤버십 연도까지 연장합니다.";
    /// Rules page.
    R7Text => "Redeeming a key onto a running subscription merges the two: you get the sum of the licenses and one new end date that keeps the total license-time the same. So the key's licenses run for less than the twelve months they would have alone, and the subscription's end date moves: later if it was near, earlier if it was more than a year away.",
        "실행 중인 구독에 키를 등록하면 둘이 합쳐집니다. 라이선스 수는 합계가 되고, 전체 라이선스 기간이 같아지도록 종료일이 하나로 새로 정해집니다. 그래서 키의 라이선스는 단독으로 썼을 때의 12개월보다 짧게 쓰이고, 구독의 종료일은 옮겨집니다. 종료일이 가까웠다면 늦춰지고, 1년보다 멀었다면 앞당겨집니다.";
    /// Rules page.
    R8Text => "Extending keeps the number of licenses and pushes the end date out by twelve months times the key's licenses divided by the subscription's. One key may extend it by at most three years, so a key with more than three times the active licenses is refused for extending.", "연장하면 라이선스 수는 그대로이고, 종료일은 12개월 × 키의 라이선스 ÷ 구독의 라이선스만큼 늦춰집니다. 키 하나로는 최대 3년까지만 연장할 수 있으므로, 라이선스가 활성 라이선스의 3배를 넘는 키로는 연장할 수 없습니다.";
    /// Rules page.
    R9Text => "A key is redeemed once and whole; it cannot be split. If it went to the wrong tenant or was added instead of extending, Microsoft replaces it once, when asked within 30 days of activation.", "키는 한 번, 통째로만 등록합니다. 나눌 수 없습니다. 다른 테넌트에 등록했거나 연장 대신 추가했다면, 활성화 후 30일 안에 요청할 때 한 번 교체받을 수 있습니다.";
    /// Rules page.
    R10Text => "These licenses are for demonstrating your solutions: run by your people, in your own tenant. They never go onto a customer's account or a customer's machines.",
        "이 라이선스는 자사 솔루션을 시연하기 위한 것입니다. 자사 직원이 자사 테넌트에서 진행합니다. 고객의 계정이나 고객의 장비에는 절대 사용하지 않습니다.";
    /// Rules page.
    R11Text => "Bulk Azure credit cannot be given to someone who already has another Azure offer (Enterprise Agreement, Cloud Solution Provider, Azure in Open, Azure Pass, Action Pack or other credit). Bulk credit is never taken back, only moved to another person; this FAQ lets it move within the enrollment year, while the 2023 page (R21) keeps it with its holder until the next renewal, and the app follows the reading you pick under Readings (R21 by default). Monthly credit can be given and taken back at any time. If the portal refuses for no reason listed, ask Microsoft Support.", "다른 Azure 제품(기업 계약, CSP(클라우드 솔루션 공급자), Azure in Open, Azure Pass, Action Pack, 기타 크레딧)을 이미 가진 사람에게는 대량 Azure 크레딧을 줄 수 없습니다. 대량 크레딧은 회수하지 않고 다른 사람에게 옮기기만 합니다. 이 FAQ는 같은 등록 연도 안에서 옮길 수 있다고 하지만 2023년 문서(R21)는 다음 갱신 전까지 그 사람에게 남는다고 하며, 앱은 '해석 선택'에서 고른 해석을 따릅니다(기본값 R21). 월간 크레딧은 언제든 주고 회수할 수 있습니다. 이유 없이 포털이 거부하면 Microsoft 지원에 문의하세요.";
    /// Rules page.
    R12Text => "A Visual Studio subscription goes to a person from your Partner Center user list or your Azure AD tenant. That person then signs in to Visual Studio with that same identity to start using it; nobody shares a password.", "Visual Studio 구독은 파트너 센터 사용자 목록이나 Azure AD 테넌트에 있는 사람에게 할당합니다. 그 사람이 같은 계정으로 Visual Studio에 로그인하면 사용이 시작되며, 누구도 암호를 공유하지 않습니다.";
    /// Rules page.
    R13Text => "A seat stays with its person for 90 days after it was assigned: it can move to someone else from the assignment day plus 90 days (assigned June 1, it can move from August 30). Moving it does not reset any key-claim limits.",
        "좌석은 할당한 뒤 90일 동안 그 사람에게 있어야 합니다. 할당일에 90일을 더한 날부터 다른 사람에게 옮길 수 있습니다(6월 1일에 할당했다면 8월 30일부터). 옮겨도 키 청구 한도는 초기화되지 않습니다.";
    /// Rules page.
    R14Text => "Action Pack includes 3 Visual Studio Professional seats. Competency partners get a base of 5 Enterprise seats (10 with any gold competency), 5 more per silver and 25 more per gold competency, up to 25 per country (50 with gold). Partner Center has the final word; the app's numbers are defaults you can change.", "Action Pack에는 Visual Studio Professional 3개가 포함됩니다. 역량 파트너는 Enterprise 5개(골드 역량이 하나라도 있으면 10개)를 기본으로 받고, 실버 역량마다 5개, 골드 역량마다 25개가 더해지며, 국가별 최대 25개(골드는 50개)입니다. 최종 수량은 파트너 센터가 정하며, 앱의 수치는 바꿀 수 있는 기본값입니다.";
    /// Rules page.
    R15Text => "Technical support has to be activated in Partner Center by a global admin or an MPN partner admin. The Access ID and Contract ID can take a few days to arrive; with them you open tickets at Microsoft Support for the product concerned. A contract lasts one year.", "기술 지원은 전역 관리자나 MPN 파트너 관리자가 파트너 센터에서 활성화해야 합니다. Access ID와 Contract ID가 오기까지 며칠 걸릴 수 있으며, 이 ID로 Microsoft 지원에서 해당 제품의 티켓을 엽니다. 계약 기간은 1년입니다.";
    /// Rules page.
    R16Text => "On-premises support incidents: Action Pack 10, Silver 15, Gold 20. Signature cloud support: none with Action Pack, unlimited with a cloud competency, otherwise 5 (Silver) or 10 (Gold). Advisory hours: 5, 20 or 50. Partner Center has the final word.", "온-프레미스 지원 인시던트는 Action Pack 10건, 실버 15건, 골드 20건입니다. Signature 클라우드 지원은 Action Pack에는 없고, 클라우드 역량이 있으면 무제한, 그 밖에는 실버 5건, 골드 10건입니다. 자문 시간은 5, 20, 50시간입니다. 최종 수량은 파트너 센터가 정합니다.";
    /// Rules page.
    R17Text => "In more and more countries Partner Center no longer shows 5×5 product keys. A cloud benefit is then redeemed with a Redeem button that opens a checkout at $0 in the Microsoft 365 admin center. What you are entitled to does not change; a benefit is simply redeemed or not yet redeemed.",
        "점점 더 많은 국가에서 파트너 센터가 5×5 제품 키를 보여 주지 않습니다. 이때 클라우드 혜택은 Microsoft 365 관리 센터의 0달러 결제로 이어지는 등록(Redeem) 버튼으로 등록합니다. 받을 수 있는 제품과 수량은 같고, 혜택은 등록했거나 아직 등록하지 않았거나 둘 중 하나입니다.";
    /// Rules page.
    R18Text => "Without keys, a benefit can only go to a tenant under the partner's purchase billing account (a Microsoft Customer Agreement). Buying a program offer has needed a linked billing account and billing profile since 2024; a global admin links them. A customer's tenant is never allowed (R10).",
        "키 없이 등록하는 혜택은 파트너의 구매 청구 계정(Microsoft 고객 계약) 아래에 있는 테넌트에만 들어갈 수 있습니다. 2024년부터 프로그램 오퍼를 구매하려면 전역 관리자가 청구 계정과 청구 프로필을 연결해 두어야 합니다. 고객의 테넌트는 어떤 경우에도 안 됩니다(R10).";
    /// Rules page.
    R19Text => "A subscription redeemed without a key ends on the day the membership offer ends, whenever it was redeemed; a key-based one runs 12 months from its redemption (R2). Whether licenses can be added to it or it can be extended is not published, so for keyless benefits the app offers only redeeming.",
        "키 없이 등록한 구독은 언제 등록했든 멤버십 오퍼가 끝나는 날 함께 끝납니다. 키로 등록한 구독은 등록일부터 12개월입니다(R2). 키 없는 구독에 라이선스를 추가하거나 연장할 수 있는지는 공개되어 있지 않아, 앱은 키 없는 혜택에 대해 등록만 안내합니다.";
    /// Rules page.
    R20Text => "In the keyless flow Azure credit is not given to people: it sits on the billing profile under the billing account that bought the offer, and every Azure subscription under that profile uses it. While credit is active, those subscriptions cannot move to another profile. (With keys, each assigned person gets a sponsorship subscription: R11.)",
        "키 없는 방식에서는 Azure 크레딧을 사람에게 할당하지 않습니다. 오퍼를 구매한 청구 계정 아래의 청구 프로필에 크레딧이 들어가고, 그 프로필의 모든 Azure 구독이 크레딧을 사용합니다. 크레딧이 남아 있는 동안 그 구독들은 다른 프로필로 옮길 수 없습니다(키 방식에서는 할당된 사람마다 후원 구독: R11).";
    /// Rules page.
    R21Text => "Monthly credit arrives each month until the membership ends, and what is not used lapses at the end of the month; one monthly credit lasts at most 13 months from provisioning, can be reassigned at most 5 times, and a person holds one active credit at a time. Free e-mail addresses cannot receive credit. Bulk (yearly) credit is one amount between its start and end dates: the 2023 page says it cannot be reassigned before the next renewal, while the FAQ (R11) lets you move it within the year. The app follows the 2023 page unless you pick R11 under Readings.",
        "월간 크레딧은 멤버십이 끝날 때까지 매달 들어오고, 쓰지 않은 금액은 그달 말에 사라집니다. 월간 크레딧 하나는 프로비저닝부터 최대 13개월, 재할당은 최대 5번, 한 사람은 한 번에 하나의 크레딧만 가질 수 있습니다. 무료 이메일 주소로는 받을 수 없습니다. 대량(연간) 크레딧은 시작일과 종료일 사이에 쓰는 한 금액으로, 2023년 문서는 다음 갱신 전까지 재할당할 수 없다고 하고 FAQ(R11)는 그해 안에서 옮길 수 있다고 합니다. 앱은 '해석 선택'에서 R11을 고르지 않는 한 2023년 문서를 따릅니다.";
    /// Rules page.
    R22Text => "A membership ends 365 days after the offer was bought (or its payment received), and its benefits end 30 days after that. After a renewal the new anniversary is 365 days after Microsoft receives the payment; the FAQ (R4) instead counts 12 months from the old anniversary. The app follows the 365 days unless you pick R4 under Readings, and marks the date as an estimate; where Partner Center shows another anniversary, enter that one on the Membership page.",
        "멤버십은 오퍼를 구매한 날(또는 결제가 접수된 날)부터 365일 뒤에 끝나고, 혜택은 그로부터 30일 뒤에 끝납니다. 갱신하면 새 기념일은 Microsoft가 결제를 받은 날부터 365일 뒤입니다. FAQ(R4)는 이전 기념일부터 12개월로 계산합니다. 앱은 '해석 선택'에서 R4를 고르지 않는 한 365일을 따르고 그 날짜를 추정으로 표시합니다. 파트너 센터에 다른 기념일이 보이면 멤버십 페이지에 그 날짜를 입력하세요.";
    /// Rules page.
    R23Text => "The 2025 renewal page opens the window on the anniversary itself and closes it 30 days later; the FAQ opens it the day after (R4). The app follows R4 unless you pick R23 under Readings, and marks the first day as an estimate: under R4 the window may already be open on the anniversary itself.",
        "2025년 갱신 문서는 기념일 당일에 갱신 기간이 열리고 30일 뒤에 닫힌다고 하고, FAQ는 기념일 다음 날 열린다고 합니다(R4). 앱은 '해석 선택'에서 R23을 고르지 않는 한 R4를 따르고, 시작일을 추정으로 표시합니다. R4 기준이라도 기념일 당일에 이미 열렸을 수 있습니다.";
    /// Rules page.
    R24Text => "If the membership is not renewed inside the window, its benefits, its designation and the badge go. Software licenses for on-premises use are not perpetual: they must then be removed or bought commercially. A lapsed Action Pack can only be bought again as a new purchase.",
        "갱신 기간 안에 갱신하지 않으면 혜택, 지정(designation), 배지가 모두 사라집니다. 온-프레미스용 소프트웨어 라이선스는 영구 라이선스가 아니므로 제거하거나 상용 라이선스를 구매해야 합니다. 만료된 Action Pack은 새로 구매하는 수밖에 없습니다.";
    /// Rules page.
    R25Text => "Gold and Silver competencies were retired on 2022-09-30 and Solutions Partner designations began on 2022-10-03. The last day to buy or renew Action Pack, Learning Action Pack or legacy Silver and Gold benefits was 2025-01-21: a membership whose anniversary fell on or before that day could still renew, a later one cannot. Their successors are the benefits packages Partner Launch, Partner Success Core and Partner Success Expanded, renewed in the same window by paying the fee; the package chosen at the anniversary holds for 12 months.",
        "Gold와 Silver 역량은 2022-09-30에 종료되었고, 솔루션 파트너 지정은 2022-10-03에 시작되었습니다. Action Pack, Learning Action Pack, 레거시 Silver·Gold 혜택을 구매하거나 갱신할 수 있는 마지막 날은 2025-01-21이었습니다. 기념일이 그날이거나 그 전이면 갱신할 수 있었고, 그 뒤라면 갱신할 수 없습니다. 후속 상품은 혜택 패키지 Partner Launch, Partner Success Core, Partner Success Expanded이며 같은 갱신 기간에 요금을 내고 갱신합니다. 기념일에 고른 패키지는 12개월 동안 유지됩니다.";
    /// Rules page.
    R26Text => "A Solutions Partner designation costs US$4,730 a year (local prices vary; more designations cost nothing extra). One Action Pack per partner global account. A purchase can be refunded within 30 days, but only if no benefit was activated and no key was viewed. Benefits arrive within 24 hours of the purchase.",
        "솔루션 파트너 지정은 연 4,730달러입니다(국가별 가격은 다를 수 있고, 지정을 더 받아도 추가 요금은 없습니다). Action Pack은 파트너 글로벌 계정당 하나입니다. 구매 후 30일 안에는 환불받을 수 있지만, 혜택을 하나도 활성화하지 않았고 키를 하나도 보지 않은 경우에만 가능합니다. 혜택은 구매 후 24시간 안에 제공됩니다.";
    /// Rules page.
    R27Text => "Today's page shows Reassign once 90 days have passed since the subscription was activated; the FAQ counts from the assignment (R13). When both days are known the app counts from the later one. Moving from a legacy offer to a Solutions Partner designation, or to another solution area, means reassigning Visual Studio subscriptions and Azure credits once.",
        "현재 문서에서는 구독을 활성화한 날부터 90일이 지나면 재할당(Reassign)이 나타납니다. FAQ는 할당한 날부터 셉니다(R13). 두 날짜를 모두 알면 앱은 더 늦은 날부터 셉니다. 레거시 오퍼에서 솔루션 파트너 지정으로(또는 다른 솔루션 영역으로) 옮길 때는 Visual Studio 구독과 Azure 크레딧을 한 번 재할당해야 합니다.";
    /// Rules page.
    R28Text => "Defaults (on-premises incidents / cloud incidents / advisory hours): Action Pack 10 / none / 5; Solutions Partner 20 / unlimited / 50; legacy Silver 15 / unlimited with a cloud competency, otherwise 5 / 20; legacy Gold 20 / unlimited with a cloud competency, otherwise 10 / 50. The benefits packages' numbers are not published on these pages: enter yours. Since 2025-06-23 signature cloud support is called Partner Cloud Support and product support Partner On-premises Support.",
        "기본 제공량(온-프레미스 인시던트 / 클라우드 인시던트 / 자문 시간): Action Pack 10 / 없음 / 5, 솔루션 파트너 20 / 무제한 / 50, 레거시 Silver 15 / 클라우드 역량이 있으면 무제한, 없으면 5 / 20, 레거시 Gold 20 / 클라우드 역량이 있으면 무제한, 없으면 10 / 50. 혜택 패키지의 수치는 이 문서들에 공개되어 있지 않으니 직접 입력하세요. 2025-06-23부터 Signature 클라우드 지원은 Partner Cloud Support, 제품 지원은 Partner On-premises Support라고 부릅니다.";
    /// Rules page: a worked example (R17).
    R17Example => "Entitled to {n} licenses: with keys you store {n}-license keys and redeem each; without keys the same {n} licenses show a Redeem button, and once used the benefit reads redeemed on {on}, with no key to keep.", "{n}개 라이선스를 받을 수 있다면, 키 방식에서는 {n}개짜리 키를 보관했다가 하나씩 등록하고, 키 없는 방식에서는 같은 {n}개에 등록 버튼이 보이며 사용하면 {on}에 등록됨으로 표시될 뿐 보관할 키가 없습니다.";
    /// Rules page: a worked example, computed (R18).
    R18Example => "Into a tenant under your billing account: {own}. Into a customer's tenant: {customer}.", "내 청구 계정 아래의 테넌트로: {own}. 고객의 테넌트로: {customer}.";
    /// Rules page: a worked example (R20).
    R20Example => "Credit of {amount} on the billing profile of the offer's purchase: each Azure subscription under that profile draws on it; none of them can leave the profile before {until}.", "오퍼를 구매한 청구 프로필에 있는 {amount} 크레딧: 그 프로필의 모든 Azure 구독이 사용하며, {until} 전에는 어느 구독도 프로필을 떠날 수 없습니다.";
    /// Rules page: a worked example, computed (R21).
    R21Example => "A monthly credit provisioned on {on} can be used at most until {until}, and moved to another person at most {moves} times.", "{on}에 프로비저닝된 월간 크레딧은 최대 {until}까지 쓸 수 있고, 다른 사람에게 옮기는 것은 최대 {moves}번입니다.";
    /// Rules page: a worked example, computed (R23).
    R23Example => "Anniversary {a}: the FAQ opens the window on {opens}; the 2025 page already on {early} (estimate). Both close it on {closes}.", "기념일 {a}: FAQ 기준으로는 {opens}에 갱신 기간이 열리고, 2025년 문서 기준으로는 {early}에 이미 열립니다(추정). 둘 다 {closes}에 닫힙니다.";
    /// Rules page: a worked example, computed (R24).
    R24Example => "Anniversary {a}: renewed by {closes}, everything stays; not renewed, from {after} the benefits, the designation and its badge are gone.", "기념일 {a}: {closes}까지 갱신하면 모두 유지되고, 갱신하지 않으면 {after}부터 혜택, 지정, 배지가 사라집니다.";
    /// Rules page: a worked example, computed (R27).
    R27Example => "Assigned {assigned}, activated {activated}: it can be reassigned from {from} (counting from the assignment alone, R13: {r13}).", "{assigned}에 할당, {activated}에 활성화: {from}부터 재할당할 수 있습니다(할당일만 세면, R13: {r13}).";
    /// Rules page: a worked example, computed (R28).
    R28Example => "{offer}: {onprem} on-premises incidents, {cloud} cloud incidents, {hours} advisory hours. {package}: {unknown}.", "{offer}: 온-프레미스 인시던트 {onprem}건, 클라우드 인시던트 {cloud}, 자문 {hours}시간. {package}: {unknown}.";
    /// Rules page: a worked example, computed (R19).
    R19Example => "Offer ends {end}; a benefit redeemed without a key on {on} ends {until} (with a key it would run until {keyed}).", "오퍼 종료일 {end}: {on}에 키 없이 등록한 혜택은 {until}에 끝납니다(키로 등록했다면 {keyed}까지).";
    /// Rules page: a worked example, computed (R22).
    R22Example => "Bought {bought}: the membership ends {end} and its benefits end {benefits}.", "{bought}에 구매: 멤버십은 {end}에, 혜택은 {benefits}에 끝납니다.";
    /// Rules page: a worked example, computed (R25).
    R25Example => "An Action Pack with its anniversary on {last} could still renew; one on {next} cannot: {successors}.", "기념일이 {last}인 Action Pack은 갱신할 수 있었고, {next}이면 갱신할 수 없습니다: {successors}.";
    /// Rules page: a worked example, computed (R26).
    R26Example => "Bought {bought}: refundable through {last} if nothing was activated or viewed.", "{bought}에 구매: 아무것도 활성화하거나 보지 않았다면 {last}까지 환불받을 수 있습니다.";
    /// Rules page: a worked example, computed.
    R1Example => "Benefit expiry {date}: a key redeemed on {date} is {ok}; one redeemed on {next} is {no}.", "혜택 만료일 {date}: {date}에 키를 등록하면 {ok}, {next}에 등록하면 {no}.";
    /// Rules page.
    R2Example => "Redeemed {a} → works until {b}. Redeemed {c} → works until {d}.", "{a}에 등록 → {b}까지 사용. {c}에 등록 → {d}까지 사용.";
    /// Rules page.
    R3Example => "Renewal date {a} → Visual Studio keeps working until {b}.", "갱신일 {a} → Visual Studio는 {b}까지 계속 사용.";
    /// Rules page.
    R4Example => "Gold membership with anniversary {a}: renewal open {opens} – {closes}, next anniversary {new}. Action Pack expiring {ap}: renewal opens {apopens}.", "기념일이 {a}인 골드 멤버십: 갱신 기간 {opens} – {closes}, 다음 기념일 {new}. {ap}에 만료되는 Action Pack: {apopens}부터 갱신.";
    /// Rules page.
    R7Example => "100 licenses ending 1 March 2021, plus a key of 100 on 1 January 2021 → {licenses} licenses until {end}. A key of 25 onto a new subscription that day → until {newend}.", "2021년 3월 1일에 끝나는 라이선스 100개에 2021년 1월 1일 100개 키 추가 → 라이선스 {licenses}개, {end}까지. 같은 날 25개 키로 새 구독 → {newend}까지.";
    /// Rules page.
    R8Example => "100 licenses ending 31 March 2021, extended with 25 → until {a}. 5 licenses ending 15 May 2021, extended with 10 → until {b}. The same with 16 → {c}.", "2021년 3월 31일에 끝나는 라이선스 100개를 25개로 연장 → {a}까지. 2021년 5월 15일에 끝나는 5개를 10개로 연장 → {b}까지. 16개로 연장 → {c}.";
    /// Rules page.
    R9Example => "Activated {a} → a replacement can be asked for until {b}.", "{a}에 활성화 → {b}까지 교체 요청 가능.";
    /// Rules page.
    R10Example => "Redeeming into your own tenant: {own}. Into a customer's tenant: {customer}.", "자사 테넌트에 등록: {own}. 고객 테넌트에 등록: {customer}.";
    /// Rules page.
    R11Example => "A user with Azure Pass: bulk credit {bulk}; monthly credit {monthly}.", "Azure Pass가 있는 사용자: 대량 크레딧 {bulk}, 월간 크레딧 {monthly}.";
    /// Rules page.
    R13Example => "Assigned {a} → can move to someone else from {b}.", "{a}에 할당 → {b}부터 다른 사람에게 옮길 수 있음.";
    /// Rules page.
    R14Example => "Gold membership with one gold and one silver competency: {gold} Enterprise seats. Action Pack: {ap} Professional seats.", "골드 역량 1개와 실버 역량 1개가 있는 골드 멤버십: Enterprise {gold}개. Action Pack: Professional {ap}개.";
    /// Rules page.
    R15Example => "Activated {a} → the first contract year runs until {b}; the next starts on the anniversary, {c}.", "{a}에 활성화 → 첫 계약 연도는 {b}까지, 다음 연도는 기념일인 {c}에 시작.";
    /// Rules page.
    R16Example => "{program} without a cloud competency: {onprem} on-premises incidents, {cloud} cloud incidents, {hours} advisory hours.", "클라우드 역량이 없는 {program}: 온-프레미스 인시던트 {onprem}건, 클라우드 인시던트 {cloud}건, 자문 {hours}시간.";
    /// Rules page: an example's verdict.
    ExAllowed => "allowed", "허용";
    /// Rules page: an example's verdict.
    ExRefused => "refused", "거부";
    /// Rules page.
    ExTitle => "Worked example:", "계산 예:";
    /// Rules page.
    ExSteps => "Steps, in order:", "순서대로 할 일:";
    /// Rules page.
    RuleSource => "Microsoft's page on this (opens in a new tab)", "이 내용의 Microsoft 문서(새 탭)";
}
