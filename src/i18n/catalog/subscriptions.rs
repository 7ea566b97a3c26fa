// Texts of the Subscriptions page alone, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Subscriptions page.
    HistoryLine => "{date}: was {licenses} licenses until {end}", "{date}: 이전에는 라이선스 {licenses}개, {end}까지";
    /// Subscriptions page.
    NoticeButton => "I received an expiry notice", "만료 알림을 받았습니다";
    /// Subscriptions page.
    NoticeTitle => "Expiry notice for {product}", "{product} 만료 알림";
    /// Subscriptions page.
    NoticeCheckEnd => "Check the end date in the notice against the one recorded here: {date}.", "알림에 적힌 종료일이 여기에 기록된 날짜({date})와 같은지 확인합니다.";
    /// Subscriptions page.
    NoticeChooseKey => "Pick a key not yet redeemed and compare adding its licenses with extending.", "아직 등록하지 않은 키를 골라 라이선스 추가와 기간 연장을 비교합니다.";
    /// Expiry notice, keyless (R19): no key answers it; renewing does.
    NoticeKeyless => "Redeemed without a key, it ends with your offer, on {date}, and adding licenses or extending is not published for this flow. Renew the membership in its window instead, then redeem the benefit for the new year.", "키 없이 등록한 구독은 오퍼와 함께 {date}에 끝나며, 이 방식에서는 라이선스 추가나 기간 연장이 공개되어 있지 않습니다. 대신 갱신 기간에 멤버십을 갱신한 뒤 새 연도의 혜택을 등록하세요.";
    /// Expiry notice, keyless: the link to the renewal.
    NoticeKeylessRenew => "Go to the renewal", "갱신하러 가기";
    /// Subscriptions page.
    NoticeKey => "Key to use", "사용할 키";
    /// Subscriptions page.
    NoticeKeyNone => "(choose a key)", "(키 선택)";
    /// Subscriptions page.
    NoticeKeyOption => "{product}, {count} licenses", "{product}, 라이선스 {count}개";
    /// Subscriptions page.
    SubsEmpty => "No subscriptions yet. They appear here when a key is redeemed in the app; one from before the app can be added below.", "아직 구독이 없습니다. 앱에서 키를 사용하면 여기에 표시되며, 앱을 쓰기 전의 구독은 아래에서 추가할 수 있습니다.";
    /// Subscriptions page: into the wizard.
    NoticeCompare => "Compare adding and extending", "추가와 연장 비교하기";
    /// Subscriptions page.
    NoticeNoKeys => "No key of this product is waiting to be redeemed.", "등록을 기다리는 이 제품의 키가 없습니다.";
    /// Subscriptions page: the form's heading.
    SubsAddTitle => "Add a subscription from before the app", "앱을 쓰기 전의 구독 추가";
    /// Subscriptions page: what the form is for.
    SubsAddText => "For a subscription bought or redeemed before you used this app, as Partner Center shows it today. A key redeemed here records its subscription itself.", "이 앱을 쓰기 전에 구매하거나 사용한 구독을 파트너 센터에 지금 보이는 그대로 입력하세요. 여기서 사용한 키의 구독은 자동으로 기록됩니다.";
    /// Subscriptions page: the form's field.
    SubsAddProduct => "Product", "제품";
    /// Subscriptions page: the form's field.
    SubsAddLicenses => "Active licenses", "활성 라이선스 수";
    /// Subscriptions page: the form's field.
    SubsAddEnd => "End date", "종료일";
    /// Subscriptions page: the form's field.
    SubsAddTenant => "Tenant (optional)", "테넌트(선택)";
    /// Subscriptions page: the form's button.
    SubsAddButton => "Add subscription", "구독 추가";
    /// Change label.
    ChangeSubscriptionAdded => "Subscription added.", "구독을 추가했습니다.";
}
