// Texts of the Membership page alone, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Membership page: the offers no longer sold, as a group of the list.
    OffersRetired => "No longer sold (until 2025-01-21)", "판매 종료(2025-01-21까지)";
    /// Membership page: the offers sold today, as a group of the list.
    OffersCurrent => "Sold today", "현재 판매 중";
    /// Membership page: the redemption flow question.
    FlowQuestion => "Does Partner Center show you 5×5 product keys, or a Redeem button that opens the Microsoft 365 admin center?", "파트너 센터에 5×5 제품 키가 보이나요, 아니면 Microsoft 365 관리 센터를 여는 등록(Redeem) 버튼이 보이나요?";
    /// Membership page: the key-based flow.
    FlowKeys => "Product keys", "제품 키";
    /// Membership page: the keyless flow.
    FlowKeyless => "A Redeem button, no keys", "키 없이 등록 버튼";
    /// Membership page: the purchase date field.
    Purchased => "Purchase or payment date (optional)", "구매일 또는 결제 접수일(선택)";
    /// Membership page: the dates that follow from the purchase (R22).
    MembershipEnds => "Membership ends {end}; benefits end {benefits}.", "멤버십 종료 {end}, 혜택 종료 {benefits}.";
    /// Membership page: a retired offer whose anniversary is after the cut-off (R25).
    OfferCannotRenew => "{offer} could be renewed only with an anniversary on or before January 21, 2025, so this membership cannot renew as it is. In the renewal window below, renew into one of the benefits packages that succeed it: {successors}.", "{offer}은(는) 기념일이 2025년 1월 21일 이전인 경우에만 갱신할 수 있었으므로 이 멤버십은 그대로 갱신할 수 없습니다. 아래 갱신 기간에 후속 혜택 패키지({successors}) 중 하나로 갱신하세요.";
    /// Membership page: the refund window is still open (R26).
    RefundOpen => "Refundable through {last} if no benefit is activated and no key viewed.", "혜택을 활성화하지 않고 키도 보지 않았다면 {last}까지 환불받을 수 있습니다.";
    /// Membership page.
    MembershipFormTitle => "Your membership", "멤버십 정보";
    /// Membership page.
    Offer => "Program offer", "프로그램 오퍼";
    /// Membership page.
    Country => "Country or region", "국가 또는 지역";
    /// Membership page.
    Anniversary => "Anniversary (for Action Pack: its expiry date)", "기념일(Action Pack은 만료일)";
    /// Membership page.
    RenewalStart => "Renewal start date, if Partner Center shows an earlier one (optional)", "파트너 센터에 더 이른 갱신 시작일이 있다면 그 날짜(선택)";
    /// Membership page.
    MembershipSave => "Save membership", "멤버십 저장";
    /// Membership page.
    ChangeMembershipSaved => "Membership saved.", "멤버십을 저장했습니다.";
    /// Membership page.
    ChangeRenewed => "Renewal recorded: the new anniversary and benefit expiry date are set.", "갱신을 기록했습니다. 새 기념일과 혜택 만료일이 정해졌습니다.";
    /// Membership page.
    RenewalNeedsDates => "Enter the anniversary above to see the renewal window, the days left and the steps.", "위에 기념일을 입력하면 갱신 기간, 남은 날짜, 절차가 표시됩니다.";
    /// Membership page.
    RenewalTitle => "Renewal", "갱신";
    /// Membership page.
    WindowOpens => "Renewal opens", "갱신 시작";
    /// Membership page.
    WindowCloses => "Last day to renew", "갱신 마지막 날";
    /// Membership page.
    Reminders => "Microsoft's reminders", "Microsoft 알림 발송일";
    /// Membership page.
    GraceUntil => "User-assigned benefits keep working until", "사용자에게 할당된 혜택 유지 기한";
    /// Membership page.
    LapseText => "If the window closes without a renewal, the membership's benefits lapse, with its designation and badge, and keys not yet redeemed can no longer be used.", "갱신하지 않고 기간이 끝나면 멤버십 혜택이 지정 및 배지와 함께 만료되고, 아직 등록하지 않은 키는 쓸 수 없게 됩니다.";
    /// Membership page.
    StepsTitle => "Renewing benefits in Partner Center", "파트너 센터에서 혜택 갱신하기";
    /// Membership page.
    RenewalFinish => "All done: record the renewal (new anniversary {date})", "모두 완료: 갱신 기록(새 기념일 {date})";
    /// Membership page: the same, while the day paid is outside the window.
    RenewalFinishPlain => "All done: record the renewal", "모두 완료: 갱신 기록";
    /// Renewal record: the day it was paid.
    RenewPaidOn => "Paid on", "결제한 날";
    /// Renewal record: the new benefit expiry date.
    RenewNewExpiry => "New benefit expiry date", "새 혜택 만료일";
    /// Renewal record: where the default new expiry comes from.
    RenewExpiryDefault => "Suggested: {date}, when the benefits end, 30 days after the new anniversary {anniversary} ({how}). If Partner Center shows another benefit expiry date after paying, enter that one.", "제안: 혜택이 끝나는 {date}, 곧 새 기념일 {anniversary}({how})의 30일 뒤. 결제 후 파트너 센터에 다른 혜택 만료일이 보이면 그 날짜를 입력하세요.";
    /// How the new anniversary is counted under R22's reading.
    NewAnniversaryR22 => "365 days after the payment on {paid}", "{paid} 결제일부터 365일 뒤";
    /// How the new anniversary is counted under R4's reading.
    NewAnniversaryR4 => "the anniversary {old} plus 12 months", "기념일 {old}에 12개월을 더한 날";
    /// Membership: the last renewal recorded.
    RenewLast => "Last renewal recorded: paid on {paid}; anniversary {anniversary}, benefit expiry {expiry}.", "마지막으로 기록한 갱신: {paid}에 결제, 기념일 {anniversary}, 혜택 만료일 {expiry}.";
    /// Membership page: competencies.
    CompTitle => "Competencies", "역량";
    /// Membership page.
    CompText => "Each competency adds Visual Studio seats (5 for silver, 25 for gold), and a cloud competency makes Partner Cloud Support (formerly Signature cloud support) unlimited.", "역량마다 Visual Studio 좌석이 늘어나고(실버 5개, 골드 25개), 클라우드 역량이 있으면 Partner Cloud Support(이전 이름: Signature 클라우드 지원)가 무제한이 됩니다.";
    /// Membership page.
    CompNone => "No competencies recorded.", "기록된 역량이 없습니다.";
    /// Membership page.
    CompName => "Competency name", "역량 이름";
    /// Membership page.
    CompGoldLabel => "Gold (otherwise silver)", "골드(아니면 실버)";
    /// Membership page.
    CompCloudLabel => "A cloud competency", "클라우드 역량";
    /// Membership page.
    CompAdd => "Add competency", "역량 추가";
    /// Membership page.
    CompGold => "gold", "골드";
    /// Membership page.
    CompSilver => "silver", "실버";
    /// Membership page.
    CompCloud => "cloud", "클라우드";
    /// Change label.
    ChangeCompetencyAdded => "Competency added.", "역량을 추가했습니다.";
    /// Change label.
    ChangeCompetencyRemoved => "Competency removed.", "역량을 삭제했습니다.";
    /// Renewal: which offer the renewal goes to (R25).
    RenewIntoPackage => "Benefits package it moves to", "전환할 혜택 패키지";
    /// Renewal: the move asks for one reassignment (R27).
    RenewReassignDue => "This renewal moved the membership from {from} to {to}: Visual Studio subscriptions and Azure credits must be reassigned once under the new offer.", "이번 갱신으로 멤버십이 {from}에서 {to}(으)로 바뀌었습니다. 새 오퍼에서 Visual Studio 구독과 Azure 크레딧을 한 번 다시 할당해야 합니다.";
    /// Renewal: mark the reassignment done (R27).
    RenewReassignDone => "Seats and credits reassigned", "구독과 크레딧 재할당 완료";
    /// Change label (R27).
    ChangeReassigned => "Reassignment after the move recorded.", "전환 후 재할당을 기록했습니다.";
    /// Lapse text for a legacy offer with competencies.
    LapseTextLegacy => "If the window closes without a renewal, the membership's benefits and competencies lapse, and keys not yet redeemed can no longer be used.", "갱신하지 않고 기간이 끝나면 멤버십 혜택과 역량이 만료되고, 아직 등록하지 않은 키는 쓸 수 없게 됩니다.";
    /// Refund: no longer possible, with what voided it (R26).
    RefundVoid => "No refund: a purchase is refundable only while no benefit is activated and no key viewed, and {what} already was.", "환불 불가: 혜택을 활성화하지 않고 키도 보지 않은 경우에만 환불되는데, 이미 {what}.";
    /// Refund void reason: a key redeemed.
    RefundVoidKey => "a key was redeemed", "키를 등록했습니다";
    /// Refund void reason: a keyless benefit redeemed.
    RefundVoidBenefit => "a benefit was redeemed", "혜택을 등록했습니다";
    /// Refund void reason: a Visual Studio seat assigned.
    RefundVoidSeat => "a Visual Studio subscription was assigned", "Visual Studio 구독을 할당했습니다";
    /// Refund void reason: support activated.
    RefundVoidSupport => "technical support was activated", "기술 지원을 활성화했습니다";
}
