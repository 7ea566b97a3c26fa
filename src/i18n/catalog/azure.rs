// Texts of the Azure credits page alone, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Credit row: how often it moved.
    CreditReassigned => "Reassigned {count} times.", "{count}번 재할당됨.";
    /// Credit row: moved once.
    CreditReassignedOnce => "Reassigned once.", "1번 재할당됨.";
    /// Credit row: since when the holder has it.
    CreditSince => "Given on {date}.", "{date}에 할당함.";
    /// Add credit form: moves before the app.
    CreditReassignedBefore => "Times reassigned before (in Partner Center)", "이전 재할당 횟수(파트너 센터)";
    /// Azure page.
    CreditTransferLine => "{date}: moved from {from} to {to}", "{date}: {from}에서 {to}(으)로 이전";
    /// Azure page.
    CreditAssign => "Give to a user", "사용자에게 할당";
    /// Azure page.
    CreditFree => "Not given to anyone yet.", "아직 아무에게도 할당하지 않았습니다.";
    /// Azure page.
    CreditGiveOther => "Give to someone else", "다른 사람에게 할당";
    /// Azure page.
    CreditRemove => "Take back", "회수";
    /// Azure page.
    CreditHeldBy => "Held by {name}.", "{name} 사용 중.";
    /// Azure page.
    CreditTransfer => "Transfer to someone else", "다른 사람에게 이전";
    /// Azure: the billing profile field.
    CreditProfileLabel => "Billing profile (as Partner Center names it)", "청구 프로필(파트너 센터에 표시된 이름)";
    /// Azure: the provisioning day field.
    CreditProvisionedLabel => "Provisioned on", "프로비저닝한 날";
    /// Azure: where the credit sits (R20).
    CreditOnProfileLine => "On billing profile {profile}: every Azure subscription under it draws on this credit, and none can leave the profile while the credit is active.", "청구 프로필 {profile}에 있음: 이 프로필 아래의 모든 Azure 구독이 이 크레딧을 쓰며, 크레딧이 유효한 동안에는 어떤 구독도 프로필을 떠날 수 없습니다.";
    /// Azure: no billing profile recorded yet (R20).
    CreditNoProfile => "Billing profile not recorded yet: add the one under the billing account used to buy the offer.", "청구 프로필이 아직 기록되지 않았습니다. 오퍼를 구매한 청구 계정 아래의 프로필을 추가하세요.";
    /// Azure: a monthly credit's last usable day (R21).
    CreditUsableUntil => "Usable until {date} (13 months from provisioning).", "{date}까지 사용 가능(프로비저닝부터 13개월).";
    /// Azure: disclosure of the profile form (keyless).
    CreditProfileEdit => "Billing profile and provisioning day", "청구 프로필과 프로비저닝한 날";
    /// Azure: disclosure of the provisioning form (keys).
    CreditProvisionEdit => "Provisioning day", "프로비저닝한 날";
    /// Azure: save the profile form.
    CreditProfileSave => "Save", "저장";
    /// Undo label: a credit's profile or provisioning day was recorded.
    ChangeCreditProfile => "Billing profile and provisioning day saved.", "청구 프로필과 프로비저닝한 날을 저장했습니다.";
    /// Azure page, keyless: what changes (R20).
    CreditKeylessNote => "Your membership redeems without keys: Azure credit sits on a billing profile under the billing account used to buy the offer, and is not given to people. Record each credit's profile and the day it was provisioned.", "멤버십이 키 없는 방식으로 등록합니다. Azure 크레딧은 오퍼를 구매한 청구 계정 아래의 청구 프로필에 있으며 사람에게 할당하지 않습니다. 크레딧마다 프로필과 프로비저닝한 날을 기록하세요.";
    /// Azure page.
    CreditsEmpty => "No credit offers recorded yet. Add the monthly or bulk credit your membership includes below.", "아직 기록된 크레딧이 없습니다. 아래에서 멤버십에 포함된 월간 또는 대량 크레딧을 추가하세요.";
    /// Azure page.
    CreditGone => "That credit is no longer recorded.", "해당 크레딧은 더 이상 기록되어 있지 않습니다.";
    /// Azure page.
    CreditAssignedNext => "Recorded. Give the same user the credit in the Azure portal; if the portal still refuses, contact Microsoft Support.", "기록했습니다. Azure 포털에서도 같은 사용자에게 크레딧을 할당하세요. 포털에서 계속 거부되면 Microsoft 지원에 문의하세요.";
    /// Azure page.
    CreditTransferTitle => "Transfer: {credit}", "이전: {credit}";
    /// Azure page.
    CreditAssignTitle => "Give: {credit}", "할당: {credit}";
    /// Azure page.
    CreditWho => "To whom", "받을 사용자";
    /// Azure page.
    CreditOffersQuestion => "Which of these does this user already have?", "이 사용자가 이미 가진 것을 모두 고르세요.";
    /// Azure page.
    CreditCheck => "Check and record", "확인 후 기록";
    /// Azure page.
    CreditAddTitle => "Add a credit offer", "크레딧 추가";
    /// Azure page.
    CreditKindLabel => "Kind", "종류";
    /// Azure page.
    CreditKindMonthly => "Monthly credit", "월간 크레딧";
    /// Azure page.
    CreditKindBulk => "Bulk credit", "대량 크레딧";
    /// Azure page.
    CreditAmount => "Amount in US$", "금액(US$)";
    /// Azure page.
    CreditAdd => "Add credit", "크레딧 추가";
    /// Change label.
    ChangeCreditReleased => "Credit taken back.", "크레딧을 회수했습니다.";
    /// Change label.
    ChangeCreditAssigned => "Credit given.", "크레딧을 할당했습니다.";
    /// Change label.
    ChangeOffersSaved => "The user's other offers were saved.", "사용자의 다른 제품 정보를 저장했습니다.";
    /// Change label.
    ChangeCreditAdded => "Credit added.", "크레딧을 추가했습니다.";
    /// A monthly credit's last day when the membership ends first (R21).
    CreditUsableUntilEnd => "Usable until {date}, the membership's end: monthly credit is paid only up to it.", "멤버십이 끝나는 {date}까지 사용 가능: 월간 크레딧은 멤버십 종료일까지만 지급됩니다.";
}
