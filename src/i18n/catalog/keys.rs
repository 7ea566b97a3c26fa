// Texts of the Product keys page alone, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Keys page.
    KeysAddTitle => "Add a key", "키 추가";
    /// Keys page.
    KeyProduct => "Product", "제품";
    /// Keys page.
    KeyText => "Key (25 characters; leave empty if you have not received it)", "키(25자, 아직 받지 않았다면 비워 두세요)";
    /// Keys page.
    KeyLicenses => "Licenses", "라이선스 수";
    /// Keys page.
    KeyReceived => "Received on (optional)", "받은 날짜(선택)";
    /// Keys page.
    KeyAdd => "Add key", "키 추가";
    /// Keys page.
    KeySave => "Save changes", "변경 내용 저장";
    /// Keys page.
    KeysSearch => "Search by product", "제품으로 검색";
    /// Keys page.
    KeysFilter => "Status", "상태";
    /// Keys page.
    FilterAll => "All keys", "모든 키";
    /// Keys page.
    FilterNotRedeemed => "Not redeemed", "미사용";
    /// Keys page.
    FilterRedeemed => "Redeemed", "사용함";
    /// Keys page.
    FilterReplaced => "Replaced", "교체됨";
    /// Keys page.
    KeysSort => "Sort by", "정렬";
    /// Keys page.
    SortDeadline => "Deadline, soonest first", "마감일 빠른 순";
    /// Keys page.
    SortProduct => "Product name", "제품 이름";
    /// Keys page.
    KeysCount => "{count} keys shown", "키 {count}개 표시";
    /// Keys page.
    KeysNone => "No keys match this search and status.", "검색어와 상태에 맞는 키가 없습니다.";
    /// Keys page.
    KeysEmpty => "No keys yet. Add the keys listed on Partner Center's product keys page, or load the sample data from the dashboard.", "아직 키가 없습니다. 파트너 센터의 제품 키 페이지에 있는 키를 추가하거나, 대시보드에서 예제 데이터를 불러오세요.";
    /// Key row: the replacement asked, and the key given for it.
    KeyReplacedBy => "Replacement asked on {date}; the new key: {key}.", "{date}에 교체를 요청함. 새 키: {key}.";
    /// Key row: the replacement asked, the new key not recorded yet.
    KeyReplacementPending => "Replacement asked on {date}; the new key is not recorded yet.", "{date}에 교체를 요청함. 새 키는 아직 기록되지 않았습니다.";
    /// Key row: this key replaces another.
    KeyReplaces => "Replaces {key}.", "{key}을(를) 대체하는 키입니다.";
    /// Key row button: ask for a replacement (R9).
    KeyAskReplacement => "Replacement…", "교체 요청…";
    /// Key row button: record the key given for a replacement.
    KeyLinkReplacement => "Record the new key…", "새 키 기록…";
    /// Replacement form heading.
    ReplaceTitle => "Ask for a replacement key", "교체 키 요청";
    /// Replacement form heading when only the new key is missing.
    ReplaceLinkTitle => "The key given as replacement", "교체로 받은 키";
    /// Replacement form help.
    ReplaceHelp => "Microsoft replaces a redeemed key once, when it went to the wrong tenant or licenses were added instead of extending, and only if asked within 30 days after it was activated. Record the day you asked.", "Microsoft는 잘못된 테넌트에 등록했거나 연장 대신 라이선스를 추가한 키를 한 번 교체해 주며, 활성화 후 30일 안에 요청한 경우에만 가능합니다. 요청한 날을 기록하세요.";
    /// Replacement form: the day asked.
    ReplaceAskedOn => "Asked on", "요청한 날";
    /// Replacement form: the last day possible.
    ReplaceLastDay => "The last day to ask for this key: {date}.", "이 키의 교체를 요청할 수 있는 마지막 날: {date}.";
    /// Replacement form: the new key field.
    ReplaceBy => "The new key", "새 키";
    /// Replacement form: no new key yet.
    ReplaceNotYet => "(not received yet: record it later)", "(아직 받지 않음: 나중에 기록)";
    /// Replacement form: choose the new key.
    ReplaceChoose => "(choose the key)", "(키 선택)";
    /// Replacement form: save the request.
    ReplaceSave => "Record the request", "요청 기록";
    /// Replacement form: save the link.
    ReplaceLink => "Record the new key", "새 키 기록";
    /// Change notice: replacement asked.
    ChangeReplacementAsked => "Replacement request recorded.", "교체 요청을 기록했습니다.";
    /// Change notice: the new key linked.
    ChangeReplacementLinked => "Replacement key recorded.", "교체 키를 기록했습니다.";
    /// Keys page.
    KeyNoText => "no key text recorded", "키 문자열 없음";
    /// Keys page.
    KeyShow => "Show key", "키 보기";
    /// Keys page.
    KeyHide => "Hide key", "키 숨기기";
    /// Keys page.
    KeyCopy => "Copy key", "키 복사";
    /// Keys page.
    KeyCopied => "Key copied to the clipboard.", "키를 클립보드에 복사했습니다.";
    /// Keys page.
    KeyCopyFailed => "Could not copy: the browser refused access to the clipboard.", "복사하지 못했습니다. 브라우저가 클립보드 사용을 허용하지 않았습니다.";
    /// Keys page.
    KeyEdit => "Edit", "편집";
    /// Keys page.
    KeyDelete => "Delete", "삭제";
    /// Keys page.
    KeyMarkRedeemed => "Mark as redeemed…", "사용 등록 기록…";
    /// Keys page.
    ChangeKeyAdded => "Key added.", "키를 추가했습니다.";
    /// Undo notice: a benefit without a key was added.
    ChangeBenefitAdded => "Benefit added.", "혜택을 추가했습니다.";
    /// Undo notice: a benefit without a key was removed.
    ChangeBenefitRemoved => "Benefit removed.", "혜택을 삭제했습니다.";
    /// Undo notice: a redemption without a key was recorded.
    ChangeBenefitRedeemed => "Redemption recorded.", "등록을 기록했습니다.";
    /// Keys page, keyless flow: section heading (R17).
    KlTitle => "Benefits without keys", "키 없는 혜택";
    /// Keyless flow: what the section is for.
    KlIntro => "Your membership redeems its benefits without product keys: list what you are entitled to, then record each one once it is redeemed. Keys recorded further down are from before.", "이 멤버십은 제품 키 없이 혜택을 등록합니다. 받을 수 있는 혜택을 적어 두고, 등록을 마칠 때마다 기록하세요. 아래의 키는 이전에 받은 것입니다.";
    /// Keyless flow: adding or extending is not offered (R19).
    KlNoAddExtend => "Microsoft does not say whether licenses can be added to such a subscription or its end date extended, so the app only records redemptions here. Each one ends on the day the offer ends.", "이런 구독에 라이선스를 추가하거나 종료일을 연장할 수 있는지 Microsoft가 밝히지 않았으므로, 여기서는 등록만 기록합니다. 각 혜택은 오퍼가 끝나는 날 함께 끝납니다.";
    /// Keyless flow: no benefit recorded yet.
    KlEmpty => "No benefits listed yet. Add each product Partner Center offers you, with its licenses.", "아직 적어 둔 혜택이 없습니다. 파트너 센터가 제공하는 제품마다 라이선스 수와 함께 추가하세요.";
    /// Keyless flow: add button.
    KlAdd => "Add benefit", "혜택 추가";
    /// Keyless flow: a benefit's licenses.
    KlQuantity => "{count} licenses", "라이선스 {count}개";
    /// Keyless flow: not redeemed yet, with its last day (R1 or R22).
    KlOpen => "Not redeemed yet. Last day to redeem: {date}.", "아직 등록하지 않음. 등록 마감일: {date}.";
    /// Keyless flow: not redeemed, and no last day is known.
    KlNoDeadline => "Not redeemed yet. The last day to redeem is unknown: enter the benefit expiry date or the purchase day on the Membership page.", "아직 등록하지 않음. 등록 마감일을 알 수 없습니다. 멤버십 페이지에 혜택 만료일이나 구매일을 입력하세요.";
    /// Keyless flow: redeemed, and when it ends (R19).
    KlRedeemed => "Redeemed on {on} into {tenant}. Ends with the offer on {end}.", "{on}에 {tenant}(으)로 등록함. 오퍼와 함께 {end}에 끝납니다.";
    /// Keyless flow: the offer's end is unknown.
    KlEndUnknown => "its end day (enter the purchase day or the anniversary on the Membership page)", "종료일(멤버십 페이지에 구매일이나 기념일을 입력하세요)";
    /// Keyless flow: opens the checklist.
    KlRedeem => "Redeem…", "등록…";
    /// Keyless flow: remove a benefit.
    KlRemove => "Remove", "삭제";
    /// Keyless checklist, step 1 (R18).
    KlStepBilling => "In Partner Center, a global admin has linked your billing account (Microsoft Customer Agreement) and its billing profile.", "파트너 센터에서 전역 관리자가 청구 계정(Microsoft 고객 계약)과 청구 프로필을 연결해 두었습니다.";
    /// Keyless checklist, step 2 (R18, R10).
    KlStepTenant => "The tenant below belongs to your organization and sits under that billing account — never a customer's tenant.", "아래 테넌트는 우리 조직의 것이며 그 청구 계정 아래에 있습니다. 고객의 테넌트가 아닙니다.";
    /// Keyless checklist, step 3 (R17).
    KlStepCheckout => "Redeem in Partner Center took you to the Microsoft 365 admin center, and the checkout at $0 is complete.", "파트너 센터의 등록 버튼으로 Microsoft 365 관리 센터에 가서 $0 결제를 마쳤습니다.";
    /// Keyless checklist: the tenant field.
    KlTenant => "Tenant, for example contoso.onmicrosoft.com", "테넌트, 예: contoso.onmicrosoft.com";
    /// Keyless checklist: record button (enabled once every step is ticked).
    KlRecord => "Record redemption", "등록 기록";
    /// Keys page.
    ChangeKeySaved => "Key saved.", "키를 저장했습니다.";
    /// Keys page.
    ChangeKeyDeleted => "Key deleted.", "키를 삭제했습니다.";
    /// Vault: unlocked, on the Keys page.
    VaultIsOpenShort => "Product keys are unlocked in this tab.", "이 탭에서 제품 키 잠금이 해제되었습니다.";
    /// Keys page.
    RedeemTitle => "Record the redemption of {product}", "{product} 사용 등록 기록";
    /// Keys page.
    RedeemOn => "Redeemed on", "사용 등록일";
    /// Keys page.
    RedeemOwner => "Whose tenant was it redeemed in?", "어느 테넌트에 등록했나요?";
    /// Keys page.
    OwnerPartner => "Our own (partner) tenant", "우리 회사(파트너) 테넌트";
    /// Keys page.
    OwnerCustomer => "A customer's tenant", "고객 테넌트";
    /// Keys page.
    RedeemTenant => "Tenant, for example contoso.onmicrosoft.com (optional)", "테넌트, 예: contoso.onmicrosoft.com (선택)";
    /// Keys page.
    RedeemMode => "How was it redeemed?", "어떻게 등록했나요?";
    /// Keys page.
    RedeemSubscription => "Subscription", "구독";
    /// Keys page.
    SubscriptionNone => "(not recorded)", "(기록 안 함)";
    /// Keys page.
    RedeemReview => "Review", "검토";
    /// Keys page.
    RedeemConfirmText => "Microsoft does not reverse a redemption, so this app records it without Undo. Check: {product}, redeemed on {date}.", "Microsoft는 사용 등록을 취소하지 않으므로 이 앱도 되돌리기 없이 기록합니다. 확인하세요: {product}, 사용 등록일 {date}.";
    /// Keys page: link into the wizard.
    KeyRedeemWizard => "Redeem…", "등록하기…";
}
