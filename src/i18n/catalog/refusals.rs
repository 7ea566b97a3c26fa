// Why a change was refused, as the pages that make changes show it, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Refusal (R9): a replacement was asked before.
    RefuseReplacedBefore => "Not allowed: a replacement was already asked for this key on {date}, and a key is replaced only once.", "허용되지 않음: 이 키는 {date}에 이미 교체를 요청했습니다. 키는 한 번만 교체됩니다.";
    /// Refusal (R9): the 30 days after activation have passed.
    RefuseReplaceLate => "Not allowed: a replacement can be asked within 30 days after the key was activated, so {date} was the last day.", "허용되지 않음: 교체는 키를 활성화한 뒤 30일 안에만 요청할 수 있으므로 {date}이 마지막 날이었습니다.";
    /// Refusal (R9): not redeemed (or a day before it was).
    RefuseReplaceNotRedeemed => "A replacement is for a key already redeemed, asked on or after the day it was.", "교체는 이미 등록한 키에 대해, 등록한 날 이후에 요청하는 것입니다.";
    /// A redemption refused because no benefit expiry date is recorded (R1 cannot be checked).
    RefuseNoExpiry => "Not allowed yet: the benefit expiry date is not recorded, so R1 cannot be checked. Enter it on the Membership page first.", "아직 불가: 혜택 만료일이 기록되지 않아 R1을 확인할 수 없습니다. 먼저 멤버십 화면에서 입력하세요.";
    /// Renewal refused: before the window opens.
    RenewRefuseEarly => "The renewal window opens on {date}: a renewal can be recorded from that day.", "갱신 기간은 {date}에 시작됩니다. 그날부터 갱신을 기록할 수 있습니다.";
    /// Renewal refused: an Action Pack before it expired.
    RenewRefuseActionPack => "An Action Pack renews only once it has expired: from {date}.", "Action Pack은 만료된 뒤에만 갱신할 수 있습니다. {date}부터 가능합니다.";
    /// Renewal refused: after the window closed.
    RenewRefuseLate => "The renewal window closed on {date}. Paid later, it does not renew this membership: it is a new purchase.", "갱신 기간은 {date}에 끝났습니다. 그 뒤에 결제했다면 이 멤버십의 갱신이 아니라 새 구매입니다.";
    /// Subscriptions page.
    RefuseExpired => "Not allowed: the benefit expiry date ({date}) has passed.", "불가: 혜택 만료일({date})이 지났습니다.";
    /// Subscriptions page.
    RefuseRedeemed => "Not allowed: this key was already redeemed.", "불가: 이미 등록한 키입니다.";
    /// Subscriptions page.
    RefuseOverThreeYears => "Not allowed: this key has more than three times the subscription's active licenses, so it alone would extend it by more than three years. A key can extend it with at most {count} licenses.",
        "불가: 이 키의 라이선스가 구독의 활성 라이선스의 3배를 넘어 키 하나로 3년 넘게 연장하게 됩니다. 이 구독은 라이선스 {count}개 이하의 키로만 연장할 수 있습니다.";
    /// Subscriptions page.
    RefuseEnded => "Not allowed: the subscription already ended on {date}.", "불가: 구독이 {date}에 이미 끝났습니다.";
    /// Subscriptions page.
    RefuseNoSub => "Not allowed: there is no active subscription to change.", "불가: 변경할 활성 구독이 없습니다.";
    /// Subscriptions page.
    RefuseOther => "Not allowed with these dates.", "이 날짜로는 할 수 없습니다.";
    /// Azure: a monthly credit has moved the most times allowed (R21).
    CreditMovesUsed => "This monthly credit has already moved {max} times, the most a monthly credit may (R21).", "이 월간 크레딧은 이미 최대 횟수인 {max}번 옮겨졌습니다(R21).";
    /// Azure: a person holds one active credit at a time (R21).
    CreditHoldsOne => "This person already holds another credit: one active credit per person (R21). Take that one back or give this one to someone else.", "이 사람은 이미 다른 크레딧을 갖고 있습니다. 한 사람에게 활성 크레딧은 하나뿐입니다(R21). 그 크레딧을 회수하거나 이 크레딧을 다른 사람에게 주세요.";
    /// Azure: a free-mail address cannot receive credit (R21; heuristic list).
    CreditFreeMail => "{domain} is a free e-mail service, and free-mail addresses cannot receive credit (R21). The app knows only common ones; give the credit to a work address.", "{domain}은(는) 무료 메일 서비스이며 무료 메일 주소는 크레딧을 받을 수 없습니다(R21). 앱은 널리 쓰이는 곳만 알고 있으니 회사 주소로 주세요.";
    /// Refusal (R20): keyless, credit is not given to people.
    CreditOnProfile => "With keyless redemption, credit sits on a billing profile and every Azure subscription under that profile draws on it; it is not given to a person (R20).", "키 없는 등록 방식에서는 크레딧이 청구 프로필에 있고, 그 프로필 아래의 모든 Azure 구독이 크레딧을 함께 씁니다. 사람에게 할당하지 않습니다(R20).";
    /// Refusal (R21's reading): bulk credit does not move before the next renewal.
    CreditUntilRenewal => "Not allowed under the reading the app follows (R21): bulk credit stays with its holder until its enrollment year ends on {date}, and can move from the day after. The FAQ (R11) reads it the other way; pick that reading on the Rules page if Partner Center lets you move it.", "허용되지 않음(앱이 따르는 R21 해석): 대량 크레딧은 등록 연도가 끝나는 {date}까지 지금 가진 사람에게 남고, 그다음 날부터 옮길 수 있습니다. FAQ(R11)는 반대로 해석합니다. 파트너 센터에서 옮길 수 있다면 규칙 페이지에서 그 해석을 고르세요.";
    /// Refusal (R11's reading): bulk credit moves only within its enrollment year.
    CreditYearEnded => "Not allowed: bulk credit moves to someone else only within the enrollment year it was given in, and that year ended on {date}.", "허용되지 않음: 대량 크레딧은 할당한 등록 연도 안에서만 다른 사람에게 옮길 수 있으며, 그 연도는 {date}에 끝났습니다.";
    /// Visual Studio: activated before assigned.
    VsActivatedBefore => "It cannot have been activated before it was assigned on {date}.", "{date}에 할당되기 전에 활성화되었을 수는 없습니다.";
    /// Azure page.
    CreditRefused => "Not allowed: bulk credit cannot be combined with {offers}. Choose another user, or end that offer first.", "불가: 대량 크레딧은 {offers}와(과) 함께 쓸 수 없습니다. 다른 사용자를 고르거나 먼저 그 제품을 해지하세요.";
    /// Refusal: a replacement cannot be replaced (R9).
    RefuseReplaceReplacement => "This key is itself a replacement. A key is replaced once, and this one was that replacement.", "이 키는 교체로 받은 키입니다. 교체는 한 번뿐이며 이 키가 그 교체입니다.";
    /// Refusal: dated before the record's latest change.
    ErrBeforeLastChange => "This record changed later, on {date}. Enter a day on or after that, or record the changes in the order they happened.", "이 기록은 그 뒤인 {date}에 바뀌었습니다. 그날 이후의 날짜를 입력하거나 일어난 순서대로 기록하세요.";
    /// Refusal: a keyless redemption after the offer ended (R19).
    ErrOfferEnded => "The offer ended on {date}. A benefit without a key ends with the offer, so redeemed after that it would end before it began: record the renewal first.", "오퍼가 {date}에 끝났습니다. 키 없는 혜택은 오퍼와 함께 끝나므로 그 뒤에 등록하면 시작 전에 끝납니다. 먼저 갱신을 기록하세요.";
    /// Refusal: a redeemed key's licenses are fixed (R9).
    ErrRedeemedLicenses => "This key is redeemed: its licenses are already in its subscription and cannot change (a key is never split).", "등록된 키입니다. 라이선스가 이미 구독에 들어가 있어 바꿀 수 없습니다(키는 나눌 수 없음).";
    /// Refusal: removing a user who holds a credit.
    ErrUserHoldsCredit => "This person holds an Azure credit. Take it back or move it to someone else first.", "이 사용자는 Azure 크레딧을 보유하고 있습니다. 먼저 회수하거나 다른 사람에게 옮기세요.";
    /// Refusal: a retired offer renews only into a package (R25).
    ErrRetiredRenewal => "This offer is retired: with an anniversary after January 21, 2025 it renews only by moving to a benefits package, and no one can renew into a retired offer. Choose a package.", "종료된 오퍼입니다. 기념일이 2025년 1월 21일 이후이면 혜택 패키지로 전환해야만 갱신되며, 종료된 오퍼로는 갱신할 수 없습니다. 패키지를 선택하세요.";
    /// Refusal on replay: records taken over whose ids other records hold.
    ErrTaken => "{count} records from this data were left out: records of the same id but other contents were here first. Both stay in the history.", "이 데이터의 기록 {count}개는 들어가지 않았습니다. 같은 ID에 내용이 다른 기록이 먼저 있었습니다. 둘 다 기록 내역에 남아 있습니다.";
    /// Replay refusal: another version of the change under its id is in force.
    ErrClash => "Another version of this change, recorded under the same id with different contents (an edited or damaged copy), is in force. Undo the one that is wrong: the other then applies.", "같은 ID에 내용이 다른 이 변경의 다른 버전(수정되었거나 손상된 사본)이 적용되어 있습니다. 잘못된 쪽을 실행 취소하면 다른 쪽이 적용됩니다.";
    /// An event a newer version of the app wrote.
    ErrNewerVersion => "Recorded by a newer version of the app: kept, and applied once this browser runs that version.", "더 새로운 버전의 앱이 기록한 변경입니다. 보관되며, 이 브라우저가 그 버전을 쓰면 적용됩니다.";
}
