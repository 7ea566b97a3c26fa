// Texts of the key redemption wizard alone, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Wizard, keyless flow: this wizard is for keys only (R17, R19).
    WzKeyless => "Your membership redeems its benefits without keys. This wizard is for product keys you still hold from before; benefits without keys are recorded with their own checklist, and adding to or extending their subscriptions is not offered.", "이 멤버십은 키 없이 혜택을 등록합니다. 이 마법사는 이전에 받아 둔 제품 키를 위한 것입니다. 키 없는 혜택은 별도의 확인 목록으로 기록하며, 그 구독에 추가하거나 연장하는 방법은 제공하지 않습니다.";
    /// Wizard, keyless flow: link to the benefits.
    WzKeylessLink => "Go to benefits without keys", "키 없는 혜택으로 이동";
    /// Subscriptions page.
    OptionChoose => "Choose this", "이 방법 선택";
    /// Wizard: name of the step list.
    WzStepsLabel => "Steps", "단계";
    /// Wizard.
    WzMissing => "This step needs an answer from an earlier one: {step}.", "이 단계에는 앞 단계의 답이 필요합니다: {step}.";
    /// Wizard.
    WzGoThere => "Go to that step", "그 단계로 가기";
    /// Wizard.
    WzKeyQuestion => "Which key?", "어떤 키인가요?";
    /// Wizard.
    WzSearch => "Find by product", "제품으로 찾기";
    /// Redemption wizard: more keys match than are listed.
    WzKeysMore => "{count} more keys match: type more of the product name.", "{count}개의 키가 더 있습니다. 제품 이름을 더 입력하세요.";
    /// Wizard.
    WzTenantQuestion => "Whose tenant will it go into?", "누구의 테넌트에 등록하나요?";
    /// Wizard.
    WzOwnTenant => "Our own tenant, for our own demonstrations", "자사 시연용 자사 테넌트";
    /// Wizard.
    WzCustomerTenant => "A customer's tenant", "고객의 테넌트";
    /// Wizard.
    WzTenantName => "Tenant name (optional)", "테넌트 이름(선택)";
    /// Wizard.
    WzTargetQuestion => "Onto which subscription?", "어느 구독에 등록하나요?";
    /// Wizard.
    WzNewSub => "A new subscription", "새 구독";
    /// Wizard.
    WzOtherSub => "An existing subscription not recorded here", "여기에 기록되지 않은 기존 구독";
    /// Wizard.
    WzOtherLicenses => "Its active licenses", "현재 활성 라이선스 수";
    /// Wizard.
    WzOtherEnd => "Its end date", "현재 종료일";
    /// Wizard: timeline label.
    WzTimelineBefore => "Now it ends {date}.", "지금은 {date}에 끝납니다.";
    /// Wizard: timeline label.
    WzTimelineAfter => "Afterwards it ends {date}.", "등록 후에는 {date}에 끝납니다.";
    /// Wizard.
    WzResult => "{licenses} licenses until {date}", "라이선스 {licenses}개, {date}까지";
    /// Wizard.
    WzLicenseDays => "License-days before and after: {before} → {after}", "등록 전후 라이선스·일: {before} → {after}";
    /// Wizard.
    WzComparing => "{product}, a key of {count} licenses", "{product}, 라이선스 {count}개짜리 키";
    /// Wizard.
    WzOnto => "onto {licenses} licenses ending {date}", "대상: 라이선스 {licenses}개, {date} 종료";
    /// Wizard.
    WzConfirmText => "Microsoft does not reverse a redemption, and neither does this app. Redeem the key in Partner Center the same way, then record it here.", "Microsoft는 사용 등록을 취소하지 않으며 이 앱도 마찬가지입니다. 파트너 센터에서 같은 방법으로 등록한 뒤 여기에 기록하세요.";
    /// Wizard.
    WzWay => "Way", "방법";
    /// Wizard.
    WzAfter => "Afterwards", "등록 후";
    /// Wizard.
    WzRecorded => "{product}: recorded as redeemed on {date} ({way}).", "{product}: {date}에 사용 등록으로 기록했습니다({way}).";
    /// Wizard.
    WzUsableUntil => "The key works until {date}.", "이 키는 {date}까지 사용할 수 있습니다.";
    /// Wizard.
    WzReplaceUntil => "If it went to the wrong tenant, or licenses were added where you meant to extend, Microsoft replaces it once if asked by {date} ({days} left).", "잘못된 테넌트에 등록했거나 연장하려다 라이선스를 추가했다면, {date}까지 요청할 때 한 번 교체받을 수 있습니다({days} 남음).";
}
