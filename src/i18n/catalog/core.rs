// Texts shared by the app's frame, the dashboard and more than one page (the first visit's catalog part), English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Product name.
    AppName => "Partner Benefits Desk", "파트너 혜택 데스크";
    /// Link that jumps past the navigation.
    SkipToContent => "Skip to main content", "본문으로 바로 가기";
    /// Name of the main navigation landmark.
    NavLabel => "Sections", "메뉴";
    /// Navigation: dashboard.
    NavDashboard => "Dashboard", "대시보드";
    /// Navigation: membership.
    NavMembership => "Membership", "멤버십";
    /// Navigation: product keys.
    NavKeys => "Product keys", "제품 키";
    /// Navigation: subscriptions.
    NavSubscriptions => "Subscriptions", "구독";
    /// Navigation: Visual Studio.
    NavVisualStudio => "Visual Studio", "Visual Studio 구독";
    /// Navigation: Azure credits.
    NavAzure => "Azure credits", "Azure 크레딧";
    /// Navigation: technical support.
    NavSupport => "Support", "기술 지원";
    /// Navigation: rules.
    NavRules => "Rules", "규칙";
    /// Navigation: settings.
    NavSettings => "Settings", "설정";
    /// Label of the language switch.
    Language => "Language", "언어";
    /// The other language's texts could not be fetched (offline before they were kept).
    LangUnavailable => "That language could not be loaded. Check the connection and try again.", "그 언어를 불러오지 못했습니다. 연결을 확인한 뒤 다시 시도하세요.";
    /// User picker: more users match than are listed.
    PickerMore => "{count} more match: type more of the name or email.", "{count}명이 더 있습니다. 이름이나 이메일을 더 입력하세요.";
    /// User picker: nobody matches what was typed.
    PickerNoMatch => "No user matches.", "일치하는 사용자가 없습니다.";
    /// Label of the theme switch.
    Theme => "Theme", "테마";
    /// Theme: follow the system.
    ThemeSystem => "System", "시스템 설정";
    /// Theme: light.
    ThemeLight => "Light", "밝게";
    /// Theme: dark.
    ThemeDark => "Dark", "어둡게";
    /// Dashboard: what it is.
    DashboardIntro => "Everything that is due, in order of urgency: keys to redeem before the benefit expiry date, subscriptions that end, the renewal window, Visual Studio seats and your support contract.",
        "처리할 일을 급한 순서로 보여 줍니다: 혜택 만료일 전에 등록할 키, 끝나는 구독, 갱신 기간, Visual Studio 구독, 기술 지원 계약.";
    /// Membership: what it is.
    MembershipIntro => "Your program offer, how its benefits are redeemed, its dates, and the renewal window that follows from them.",
        "프로그램 오퍼와 혜택 등록 방식, 기념일과 혜택 만료일, 그에 따른 갱신 기간을 관리합니다.";
    /// Keys: what it is.
    KeysIntro => "Product keys, masked until you choose to reveal one, with the last day to redeem each and how long a redeemed key lasts.",
        "제품 키는 직접 표시하기 전까지 가려 둡니다. 키마다 등록 마감일과 등록 후 사용 기한을 보여 줍니다.";
    /// Subscriptions: what it is.
    SubscriptionsIntro => "Cloud subscriptions with their licenses and end dates.",
        "클라우드 구독의 라이선스 수와 종료일을 관리합니다.";
    /// Visual Studio: what it is.
    VisualStudioIntro => "Visual Studio seats, who holds each one, and the day each can move to someone else.",
        "Visual Studio 구독을 누가 쓰고 있는지, 언제 다른 사람에게 옮길 수 있는지 관리합니다.";
    /// Azure: what it is.
    AzureIntro => "Monthly and bulk Azure credit, and which users can receive it.",
        "월간 및 대량 Azure 크레딧과 이를 받을 수 있는 사용자를 관리합니다.";
    /// Support: what it is.
    SupportIntro => "Your technical support contract: Access ID, Contract ID, incidents allowed and used.",
        "기술 지원 계약의 액세스 ID, 계약 ID, 허용된 인시던트와 사용한 인시던트를 관리합니다.";
    /// Rules: what it is.
    RulesIntro => "Every date and decision in this app comes from one of these rules. Each explanation in the app names its rule.",
        "이 앱의 모든 날짜와 결정은 아래 규칙 중 하나에서 나옵니다. 앱의 설명마다 근거가 된 규칙 번호를 보여 줍니다.";
    /// Settings: what it is.
    SettingsIntro => "Language and theme, backups, importing users, exporting deadlines to a calendar, sample data, and clearing everything. All of it stays in this browser.",
        "언어와 테마, 백업, 사용자 가져오기, 마감일 캘린더 내보내기, 예제 데이터, 전체 삭제. 모두 이 브라우저 안에서만 처리됩니다.";
    /// Not found: heading.
    NotFoundTitle => "Page not found", "페이지를 찾을 수 없습니다";
    /// Not found: explanation.
    NotFoundText => "Nothing lives at this address. The link may be mistyped, or the page may have moved.",
        "이 주소에는 아무 페이지도 없습니다. 링크가 잘못되었거나 페이지가 옮겨졌을 수 있습니다.";
    /// Not found: way back.
    NotFoundHome => "Back to the dashboard", "대시보드로 돌아가기";
    /// A new version was downloaded.
    UpdateReady => "A new version of the app is ready.", "앱의 새 버전이 준비되었습니다.";
    /// Button that switches to the new version.
    UpdateReload => "Reload now", "지금 새로 고침";
    /// Storage is blocked.
    StorageUnavailable => "This browser does not allow the app to save data. Your changes last only until this tab is closed.",
        "이 브라우저에서는 앱이 데이터를 저장할 수 없습니다. 변경 내용은 이 탭을 닫을 때까지만 유지됩니다.";
    /// A preference could not be saved.
    PrefsNotSaved => "Your choice applies now but could not be saved in this browser.",
        "선택한 내용은 지금 적용되지만 이 브라우저에 저장하지 못했습니다.";
    /// Footer: privacy promise.
    FooterPrivacy => "Your data stays in this browser. Nothing is sent anywhere.",
        "데이터는 이 브라우저에만 저장되며 어디로도 전송되지 않습니다.";
    /// R1 title.
    R1Title => "Benefit expiry date: the last day to activate and redeem", "혜택 만료일: 활성화와 키 등록의 마지막 날";
    /// R2 title.
    R2Title => "A redeemed key works for 12 months", "등록한 키는 12개월 동안 사용 가능";
    /// R3 title.
    R3Title => "30 more days for user-assigned benefits after renewal", "갱신 후 사용자 할당 혜택은 30일 더 사용 가능";
    /// R4 title.
    R4Title => "The renewal window", "갱신 기간";
    /// R5 title.
    R5Title => "Renewing benefits in Partner Center", "파트너 센터에서 혜택 갱신";
    /// R6 title.
    R6Title => "When a subscription expiry notice arrives", "구독 만료 알림을 받았을 때";
    /// R7 title.
    R7Title => "Adding licenses moves the end date", "라이선스를 추가하면 종료일이 바뀜";
    /// R8 title.
    R8Title => "Extending a subscription with a key", "키로 구독 기간 연장";
    /// R9 title.
    R9Title => "One redemption per key, one replacement within 30 days", "키는 한 번만 등록, 교체는 30일 안에 한 번";
    /// R10 title.
    R10Title => "For your own demonstrations only", "자사 시연 용도로만 사용";
    /// R11 title.
    R11Title => "Azure credit and other offers", "Azure 크레딧과 다른 제품의 중복";
    /// R12 title.
    R12Title => "Assigning Visual Studio", "Visual Studio 할당";
    /// R13 title.
    R13Title => "Reassigning Visual Studio after 90 days", "90일 후 Visual Studio 재할당";
    /// R14 title.
    R14Title => "Visual Studio seats by program level", "프로그램 등급별 Visual Studio 수량";
    /// R15 title.
    R15Title => "Activating support and opening a ticket", "기술 지원 활성화와 티켓 만들기";
    /// R16 title.
    R16Title => "Support incidents and advisory hours", "지원 인시던트와 자문 시간";
    /// R17 title.
    R17Title => "Keyless (modernized) redemption", "키 없는(현대화된) 등록";
    /// R18 title.
    R18Title => "Keyless benefits land in a billing-account tenant", "키 없는 혜택은 청구 계정의 테넌트로";
    /// R19 title.
    R19Title => "A keyless subscription ends with the offer", "키 없는 구독은 오퍼와 함께 종료";
    /// R20 title.
    R20Title => "Azure credit on a billing profile", "청구 프로필의 Azure 크레딧";
    /// R21 title.
    R21Title => "Kinds of Azure credit and their limits", "Azure 크레딧 종류와 한도";
    /// R22 title.
    R22Title => "Membership end and benefits end", "멤버십 종료일과 혜택 종료일";
    /// R23 title.
    R23Title => "The renewal window, another reading", "갱신 기간의 다른 해석";
    /// R24 title.
    R24Title => "What a lapse costs", "갱신하지 않으면 잃는 것";
    /// R25 title.
    R25Title => "Which offers can still be bought or renewed", "아직 구매하거나 갱신할 수 있는 오퍼";
    /// R26 title.
    R26Title => "Fees and the 30-day refund", "요금과 30일 환불";
    /// R27 title.
    R27Title => "Visual Studio: reassigning today", "Visual Studio: 현재의 재할당 기준";
    /// R28 title.
    R28Title => "Support allowances by offer", "오퍼별 지원 제공량";
    /// Save failed: quota.
    SaveQuota => "This browser's storage for the app is full, so the last change was not saved. It is still shown here; export a backup, then remove data you no longer need.",
        "이 브라우저의 앱 저장 공간이 가득 차서 마지막 변경 내용을 저장하지 못했습니다. 변경 내용은 화면에 그대로 있으니 백업을 내보낸 뒤 필요 없는 데이터를 지우세요.";
    /// Save failed: storage unavailable.
    SaveUnavailable => "The last change could not be saved because this browser refused access to storage.",
        "브라우저가 저장소 접근을 거부하여 마지막 변경 내용을 저장하지 못했습니다.";
    /// Save refused while unreadable data waits.
    SaveBlocked => "Nothing is saved until you decide what to do with the stored data that could not be read (see above).",
        "읽을 수 없는 저장 데이터를 어떻게 할지 정하기 전까지는 아무것도 저장하지 않습니다(위 안내 참고).";
    /// A change waiting to be saved gave way to another tab's data.
    SaveSuperseded => "Another tab saved data before this tab could save your last change. The other tab's data is shown and kept; make your change again.",
        "이 탭이 마지막 변경 내용을 저장하기 전에 다른 탭이 데이터를 저장했습니다. 다른 탭의 데이터를 보여 주고 그대로 두었으니 변경 내용을 다시 입력하세요.";
    /// A change that must be saved at once, before the saving code is here.
    SaveNotReady => "The app is still loading the code that saves your data. Nothing was changed; try again in a moment.",
        "데이터를 저장하는 코드를 아직 불러오는 중입니다. 아무것도 바뀌지 않았으니 잠시 후 다시 시도하세요.";
    /// The saving code could not be fetched; a change waits in memory.
    SaveCodeUnavailable => "The code that saves your data could not be loaded, so your last change is shown but not saved yet. Check the connection: the app tries again at your next action.",
        "데이터를 저장하는 코드를 불러오지 못해 마지막 변경 내용이 화면에만 있고 아직 저장되지 않았습니다. 연결을 확인하세요. 다음 작업 때 다시 시도합니다.";
    /// Undo button.
    Undo => "Undo", "실행 취소";
    /// Dismiss a notice.
    Dismiss => "Dismiss", "닫기";
    /// Change: sample data loaded.
    ChangeSampleLoaded => "Sample data loaded.", "예제 데이터를 불러왔습니다.";
    /// Change: started fresh after unreadable data.
    ChangeFreshStart => "Started with empty data. The unreadable copy is still kept in this browser.",
        "빈 데이터로 새로 시작했습니다. 읽을 수 없던 데이터의 사본은 이 브라우저에 계속 보관됩니다.";
    /// Recovery: heading.
    RecoveryTitle => "Your stored data could not be read", "저장된 데이터를 읽을 수 없습니다";
    /// Recovery: what happened.
    RecoveryText => "It has not been changed or deleted, and a copy is kept in this browser. Download it to keep it safe, then start with empty data or import a backup.",
        "데이터는 바뀌거나 삭제되지 않았고 사본도 이 브라우저에 보관되어 있습니다. 먼저 내려받아 안전하게 보관한 뒤, 빈 데이터로 시작하거나 백업을 가져오세요.";
    /// Recovery: not JSON.
    RecoveryNotJson => "The stored text is cut short or damaged; the first problem is at line {line}, column {column}.",
        "저장된 텍스트가 잘렸거나 손상되었습니다. 첫 문제는 {line}행 {column}열에 있습니다.";
    /// Recovery: wrong shape.
    RecoveryWrongShape => "The stored text is not in the shape this app writes.", "저장된 텍스트가 이 앱이 쓰는 형식이 아닙니다.";
    /// Recovery: newer schema.
    RecoveryNewer => "The data was saved by a newer version of this app. Reload to get that version; this one will not touch it.",
        "이 앱의 최신 버전이 저장한 데이터입니다. 새로 고침하여 최신 버전을 받으세요. 현재 버전은 이 데이터를 건드리지 않습니다.";
    /// Recovery: invalid.
    RecoveryInvalid => "Some records break the app's rules ({count} problems), for example an impossible email or a key with no licenses.",
        "일부 기록이 앱의 규칙에 맞지 않습니다({count}건). 예를 들어 이메일 형식이 틀렸거나 라이선스가 없는 키입니다.";
    /// Recovery: download button.
    RecoveryDownload => "Download the stored data", "저장된 데이터 내려받기";
    /// Recovery: start fresh button.
    RecoveryFresh => "Start with empty data", "빈 데이터로 시작";
    /// Settings: import label.
    ImportBackup => "Import a backup file", "백업 파일 가져오기";
    /// Cancel.
    Cancel => "Cancel", "취소";
    /// Import: not JSON.
    ImportNotJson => "This file is not a backup: it is not readable JSON (line {line}, column {column}). Nothing was changed.",
        "백업 파일이 아닙니다. 읽을 수 있는 JSON이 아닙니다({line}행 {column}열). 아무것도 바뀌지 않았습니다.";
    /// Import: not a backup.
    ImportNotBackup => "This file is not a Partner Benefits Desk backup. Nothing was changed.",
        "파트너 혜택 데스크 백업 파일이 아닙니다. 아무것도 바뀌지 않았습니다.";
    /// Import: newer.
    ImportNewer => "This backup comes from a newer version of the app. Reload to update, then import it. Nothing was changed.",
        "최신 버전의 앱에서 만든 백업입니다. 새로 고침하여 업데이트한 뒤 가져오세요. 아무것도 바뀌지 않았습니다.";
    /// Import: wrong field.
    ImportWrongField => "This backup has a field that cannot be read at line {line}, column {column}. Nothing was changed.",
        "이 백업의 {line}행 {column}열에 읽을 수 없는 항목이 있습니다. 아무것도 바뀌지 않았습니다.";
    /// Import: invalid.
    ImportInvalid => "This backup has records that break the app's rules ({count} problems). Nothing was changed.",
        "이 백업에 앱의 규칙에 맞지 않는 기록이 있습니다({count}건). 아무것도 바뀌지 않았습니다.";
    /// Load sample.
    LoadSample => "Load sample data", "예제 데이터 불러오기";
    /// Dashboard: how many recorded changes a merge or an undo left impossible.
    DashConflicts => "Changes in the history that no longer apply: {count}.", "기록 중 더 이상 적용되지 않는 변경: {count}건.";
    /// Dashboard: link to those changes on the History page.
    DashConflictsLink => "Review them in the history", "기록 내역에서 확인하기";
    /// Dashboard: empty heading.
    EmptyTitle => "Nothing to track yet", "아직 관리할 항목이 없습니다";
    /// Dashboard: empty explanation.
    EmptyText => "Start by entering your membership dates on the Membership page, or load the sample data to see how the app works.",
        "멤버십 페이지에서 멤버십 날짜를 입력하거나, 예제 데이터를 불러와 앱이 어떻게 동작하는지 살펴보세요.";
    /// Agenda group: overdue.
    GroupOverdue => "Overdue: still to do", "기한 지남: 아직 할 수 있음";
    /// Agenda group: today and the 7 days after (Severity::Today, Week).
    GroupWeek => "Today and the next 7 days", "오늘과 앞으로 7일";
    /// Agenda group: 8 to 30 days ahead.
    GroupMonth => "In 8 to 30 days", "8~30일 후";
    /// Agenda group: more than 30 days ahead.
    GroupLater => "In more than 30 days", "30일 넘게 남음";
    /// Agenda group: dates that passed in the last 30 days, nothing left to do.
    GroupPast => "Passed in the last 30 days", "최근 30일 안에 지난 날짜";
    /// Agenda item: redeem key.
    ItemRedeemKey => "Redeem key: {name}", "키 등록: {name}";
    /// Agenda: not renewed, the membership lapses this day (R24).
    ItemLapse => "Not renewed by now: benefits, designation and badge are gone; on-premises software must be removed or licensed", "이때까지 갱신하지 않으면 혜택, 지정, 배지가 사라지고 온-프레미스 소프트웨어는 제거하거나 정식 라이선스를 사야 함";
    /// Agenda: an Action Pack not renewed lapses this day (R24).
    ItemLapseRebuy => "Not renewed by now: Action Pack and its benefits are gone and it can only be bought again as a new purchase", "이때까지 갱신하지 않으면 Action Pack과 혜택이 사라지며 새로 구매하는 수밖에 없음";
    /// Agenda: a benefit without a key to redeem by this day (R1, R17).
    ItemRedeemBenefit => "Redeem without a key: {name}", "키 없이 등록: {name}";
    /// Agenda: a benefit redeemed without a key ends with the offer (R19).
    ItemBenefitEnds => "Ends with the offer: {name}", "오퍼와 함께 종료: {name}";
    /// Agenda: a monthly credit's last usable day (R21).
    ItemCreditEnds => "Last day to use monthly credit of {name} a month (13 months from provisioning)", "월 {name} 월간 크레딧을 쓸 수 있는 마지막 날(프로비저닝부터 13개월)";
    /// Agenda line: several benefits without keys to redeem the same day.
    ItemRedeemBenefits => "Redeem {count} benefits without keys", "키 없는 혜택 {count}개 등록";
    /// Agenda line: several benefits without keys past their last day (R1).
    ItemBenefitsExpired => "{count} benefits can no longer be redeemed", "혜택 {count}개를 더 이상 등록할 수 없음";
    /// Agenda line: several benefits redeemed without keys end the same day (R19).
    ItemBenefitsEnd => "{count} benefits end with the offer", "혜택 {count}개가 오퍼와 함께 종료";
    /// Agenda item: a key not redeemed by the benefit expiry date, which passed (R1).
    ItemKeyExpired => "Can no longer be redeemed: {name}", "더 이상 등록할 수 없음: {name}";
    /// Agenda line: several keys not redeemed by the benefit expiry date, which passed.
    ItemKeysExpired => "{count} keys can no longer be redeemed", "키 {count}개를 더 이상 등록할 수 없음";
    /// Agenda item: key validity ends.
    ItemKeyValidity => "Last day the key works: {name}", "키를 쓸 수 있는 마지막 날: {name}";
    /// Agenda item: subscription ends.
    ItemSubscriptionEnds => "Subscription ends: {name}", "구독 종료: {name}";
    /// Agenda item: renewal opens.
    ItemRenewalOpens => "Renewal window opens", "갱신 기간 시작";
    /// Agenda item: renewal closes.
    ItemRenewalCloses => "Renewal window closes", "갱신 기간 종료";
    /// Agenda item: grace ends.
    ItemGraceEnds => "Visual Studio grace period ends", "Visual Studio 유예 기간 종료";
    /// Agenda item: seat reassignable.
    ItemSeatReassignable => "Visual Studio seat can be reassigned: {name}", "Visual Studio 구독 재할당 가능: {name}";
    /// Agenda line: several keys to redeem by the same day.
    ItemRedeemKeys => "Redeem {count} keys", "키 {count}개 등록";
    /// Agenda line: several keys stop working the same day.
    ItemKeysValidity => "Last day {count} keys work", "키 {count}개를 쓸 수 있는 마지막 날";
    /// Agenda line: several subscriptions end the same day.
    ItemSubscriptionsEnd => "{count} subscriptions end", "구독 {count}개 종료";
    /// Agenda line: several seats can be reassigned from the same day.
    ItemSeatsReassignable => "{count} Visual Studio seats can be reassigned", "Visual Studio 구독 {count}개 재할당 가능";
    /// Agenda: the button that lists every line of an urgency group.
    AgendaShowAll => "Show all {count}", "{count}개 모두 보기";
    /// Agenda: the button that folds a long urgency group again.
    AgendaShowFewer => "Show fewer", "접기";
    /// Agenda item: support contract ends.
    ItemSupportEnds => "Support contract ends", "기술 지원 계약 종료";
    /// Agenda item: incidents low.
    ItemIncidentsLow => "Support incidents left: {count}", "남은 지원 인시던트: {count}건";
    /// Days left: today.
    DueToday => "today", "오늘";
    /// Days left: in N days.
    DueIn => "in {days}", "{days} 남음";
    /// Days left: N days ago.
    DueAgo => "{days} ago", "{days} 지남";
    /// CSV row problem.
    CsvRowEmail => "line {line}: the email or user principal name is missing or malformed", "{line}행: 이메일 또는 사용자 계정 이름이 없거나 형식이 틀렸습니다";
    /// CSV row problem.
    CsvRowDuplicate => "line {line}: the same email appears earlier in the file", "{line}행: 같은 이메일이 파일 앞쪽에 이미 있습니다";
    /// CSV row problem.
    CsvRowExists => "line {line}: a user with this email is already stored", "{line}행: 이 이메일의 사용자가 이미 저장되어 있습니다";
    /// CSV row problem.
    CsvRowShort => "line {line}: the row has too few columns", "{line}행: 열 수가 부족합니다";
    /// CSV file problem.
    CsvEmpty => "The file is empty.", "파일이 비어 있습니다.";
    /// CSV file problem.
    CsvNoEmail => "No column holds an email or user principal name. Export the list again with that column.",
        "이메일 또는 사용자 계정 이름 열이 없습니다. 해당 열을 포함해 목록을 다시 내보내세요.";
    /// CSV file problem.
    CsvNotUtf8 => "Line {line} is not UTF-8 text. Save the file as \"CSV UTF-8\" and try again.",
        "{line}행이 UTF-8 텍스트가 아닙니다. 파일을 \"CSV UTF-8\" 형식으로 저장한 뒤 다시 시도하세요.";
    /// CSV file problem.
    CsvMalformed => "Line {line} is not valid CSV (an unclosed quote, for example).", "{line}행이 올바른 CSV가 아닙니다(예: 닫히지 않은 따옴표).";
    /// Field error: key format.
    ErrKeyFormat => "Enter the key as five groups of five letters or digits: XXXXX-XXXXX-XXXXX-XXXXX-XXXXX.",
        "키는 영문자·숫자 다섯 자씩 다섯 묶음으로 입력하세요: XXXXX-XXXXX-XXXXX-XXXXX-XXXXX";
    /// Field error: licenses.
    ErrNoLicenses => "Enter at least 1 license.", "라이선스는 1개 이상이어야 합니다.";
    /// Field error: email.
    ErrEmailShape => "Enter an email address or user principal name, like name@contoso.com.",
        "name@contoso.com 같은 이메일 주소나 사용자 계정 이름을 입력하세요.";
    /// Field error: a locked key text that cannot be read.
    ErrSealed => "This locked key text is damaged or was written by a newer version of the app.", "잠긴 키 텍스트가 손상되었거나 더 새로운 버전의 앱에서 저장되었습니다.";
    /// Field error: empty.
    ErrEmpty => "This field is required.", "필수 입력 항목입니다.";
    /// Field error: duplicate.
    ErrDuplicate => "Another record already has this value.", "같은 값을 가진 항목이 이미 있습니다.";
    /// Field error: date order.
    ErrDateOrder => "This date must not be later than the date it leads up to.", "이 날짜는 이어지는 날짜보다 늦을 수 없습니다.";
    /// Field error: amount.
    ErrNoAmount => "Enter an amount greater than zero.", "0보다 큰 금액을 입력하세요.";
    /// Field error: a date later than today where only past days make sense.
    ErrInFuture => "This date cannot be later than today.", "이 날짜는 오늘보다 늦을 수 없습니다.";
    /// Field error: a seat or credit given on a day still to come.
    ErrGivenFuture => "It cannot have been given later than today. For history, enter the day it happened in Partner Center.", "오늘보다 늦은 날에 할당했을 수는 없습니다. 이전 기록이라면 파트너 센터에서 할당한 날을 입력하세요.";
    /// Label: the day a seat or a credit was given (today, or a past day from before the app).
    GivenOn => "Given on", "할당한 날";
    /// Field error: not a date.
    ErrDate => "Enter a real date (year-month-day).", "실제 있는 날짜를 입력하세요(연-월-일).";
    /// A record named in a validation problem.
    RecKey => "Product key #{id}", "제품 키 #{id}";
    /// A record in a validation message.
    RecBenefit => "Benefit without a key #{id}", "키 없는 혜택 #{id}";
    /// A record named in a validation problem.
    RecSubscription => "Subscription #{id}", "구독 #{id}";
    /// A record named in a validation problem.
    RecUser => "User #{id}", "사용자 #{id}";
    /// A record named in a validation problem.
    RecSeat => "Visual Studio seat #{id}", "Visual Studio 구독 #{id}";
    /// A record named in a validation problem.
    RecCredit => "Azure credit #{id}", "Azure 크레딧 #{id}";
    /// A record named in a validation problem.
    RecMembership => "Membership", "멤버십";
    /// A validation problem's record: the key vault.
    RecVault => "Key vault", "키 보관함";
    /// After the first problems listed.
    ProblemsMore => "…and {count} more", "…외 {count}건";
    /// Keys page.
    StatusNotRedeemedBy => "Not redeemed: redeem by {date}", "미사용: {date}까지 사용 등록";
    /// Key status: not redeemed, and the benefit expiry date has passed (R1).
    StatusExpired => "Expired on {date}: can no longer be redeemed", "{date}에 만료됨: 더 이상 사용 등록할 수 없음";
    /// Keys page.
    StatusNotRedeemed => "Not redeemed: enter the benefit expiry date under Membership to see the deadline", "미사용: 멤버십 화면에 혜택 만료일을 입력하면 마감일이 표시됩니다";
    /// Keys page.
    StatusRedeemed => "Redeemed: usable until {date}", "사용함: {date}까지 유효";
    /// Keys page.
    StatusReplaced => "Replaced by another key", "다른 키로 교체됨";
    /// Keys page.
    KeyLicensesCount => "{count} licenses", "라이선스 {count}개";
    /// Announced: the vault was turned on.
    ChangeVaultOn => "Product keys locked with your passphrase.", "제품 키를 암호로 잠갔습니다.";
    /// Announced: the passphrase changed.
    ChangeVaultPassphrase => "Passphrase changed: every key text is locked with the new one.", "암호를 바꿨습니다. 모든 키 텍스트가 새 암호로 잠겼습니다.";
    /// Announced: the vault was turned off.
    ChangeVaultOff => "Lock turned off: key texts are stored readable again.", "잠금을 껐습니다. 키 텍스트가 다시 읽을 수 있는 상태로 저장됩니다.";
    /// Vault: wrong passphrase.
    VaultWrong => "That passphrase does not open these keys. Nothing was changed.", "이 암호로는 키를 열 수 없습니다. 아무것도 바뀌지 않았습니다.";
    /// Vault: must unlock first.
    VaultLockedFirst => "Unlock the product keys first.", "먼저 제품 키 잠금을 해제하세요.";
    /// Vault: no WebCrypto.
    VaultUnavailable => "This browser cannot encrypt here (it needs a secure https page). Nothing was changed.", "이 브라우저는 여기에서 암호화할 수 없습니다(보안 https 페이지가 필요합니다). 아무것도 바뀌지 않았습니다.";
    /// Vault: passphrase field.
    VaultPassphrase => "Passphrase", "암호";
    /// Vault: locked status.
    VaultIsLocked => "Product keys are locked. Unlock to show or copy them.", "제품 키가 잠겨 있습니다. 보거나 복사하려면 잠금을 해제하세요.";
    /// Vault: unlock button.
    VaultUnlock => "Unlock", "잠금 해제";
    /// Vault: lock now.
    VaultLockNow => "Lock now", "지금 잠그기";
    /// Vault: busy.
    VaultBusy => "Working…", "처리 중…";
    /// Keys page.
    ChangeKeyRedeemed => "Redemption recorded. It has no Undo, as in Partner Center.", "사용 등록을 기록했습니다. 파트너 센터와 마찬가지로 되돌릴 수 없습니다.";
    /// Keys page.
    ModeNew => "As a new subscription", "새 구독으로";
    /// Keys page.
    ModeAdd => "Licenses added to a subscription", "기존 구독에 라이선스 추가";
    /// Keys page.
    ModeExtend => "A subscription extended", "기존 구독 기간 연장";
    /// Keys page.
    RedeemConfirmTitle => "This cannot be undone", "되돌릴 수 없습니다";
    /// Keys page.
    RedeemConfirm => "Yes, mark as redeemed", "예, 사용 등록으로 기록";
    /// Keys page.
    RedeemBack => "Back", "뒤로";
    /// Keys page.
    ErrCustomerTenant => "Benefit licenses are for the partner's demonstrations: redeeming one in a customer's tenant is not allowed.",
        "혜택 라이선스는 파트너의 시연용입니다. 고객 테넌트에 등록할 수 없습니다.";
    /// Keys page.
    ErrAfterExpiry => "On that day the benefit expiry date ({date}) had passed, and keys can no longer be redeemed.", "그날은 혜택 만료일({date})이 지나 키를 등록할 수 없습니다.";
    /// Keys page.
    ErrFuture => "The redemption day cannot be later than today.", "사용 등록일은 오늘보다 늦을 수 없습니다.";
    /// Keys page.
    PagePrev => "Previous page", "이전 페이지";
    /// Keys page.
    PageNext => "Next page", "다음 페이지";
    /// Keys page.
    PageOf => "Page {page} of {pages}", "{pages}쪽 중 {page}쪽";
    /// Keys page: the pager's name.
    Pages => "Pages", "페이지";
    /// Membership page.
    ProgramActionPack => "Action Pack", "Action Pack(액션 팩)";
    /// Membership page.
    ProgramSilver => "Silver competency (legacy)", "Silver 역량(레거시)";
    /// Membership page.
    ProgramGold => "Gold competency (legacy)", "Gold 역량(레거시)";
    /// Membership page: an offer.
    OfferLearningActionPack => "Learning Action Pack", "Learning Action Pack(학습용 액션 팩)";
    /// Membership page: an offer.
    OfferSolutionsPartner => "Solutions Partner designation", "솔루션 파트너 지정";
    /// Membership page: an offer.
    OfferPartnerLaunch => "Partner Launch benefits package", "Partner Launch 혜택 패키지";
    /// Membership page: an offer.
    OfferPartnerSuccessCore => "Partner Success Core benefits package", "Partner Success Core 혜택 패키지";
    /// Membership page: an offer.
    OfferPartnerSuccessExpanded => "Partner Success Expanded benefits package", "Partner Success Expanded 혜택 패키지";
    /// Support: an allowance no page publishes for this offer (R28).
    SpNotPublished => "not published: enter yours", "공개되지 않음: 직접 입력";
    /// Membership page.
    BenefitExpiry => "Benefit expiry date", "혜택 만료일";
    /// Membership form: the purchase after the anniversary.
    ErrPurchasedOrder => "The purchase day cannot be later than the anniversary it starts.", "구매일은 그 멤버십의 기념일보다 늦을 수 없습니다.";
    /// Membership page.
    ErrRenewalStartOrder => "The renewal start date cannot be later than the anniversary.", "갱신 시작일은 기념일보다 늦을 수 없습니다.";
    /// Membership page.
    PhaseNotYet => "Renewal opens in {days}.", "갱신은 {days} 후에 열립니다.";
    /// Membership page: R23's reading on the anniversary itself.
    PhaseMayBeOpen => "Estimate: the 2025 renewal page opens the window on the anniversary itself, so it may already be open today (R23).", "추정: 2025년 갱신 문서는 기념일 당일에 갱신 기간이 열린다고 하므로 오늘 이미 열렸을 수 있습니다(R23).";
    /// Membership page.
    PhaseNotYetActionPack => "Action Pack can only be renewed after it expires: renewal opens in {days}.", "Action Pack은 만료된 뒤에만 갱신할 수 있습니다. {days} 후에 갱신이 열립니다.";
    /// Membership page.
    PhaseOpen => "Renewal is open: {days} left.", "갱신 기간입니다. {days} 남았습니다.";
    /// Membership page.
    PhaseMissed => "The renewal window closed {days} ago. Benefits and competencies have lapsed.", "갱신 기간이 {days} 전에 끝났습니다. 혜택과 역량이 만료되었습니다.";
    /// Membership page.
    ExpiryOpen => "{date}: {days} left to activate benefits and redeem keys", "{date}: 혜택 활성화와 키 등록까지 {days} 남음";
    /// Membership page.
    ExpiryLastDay => "{date}: today is the last day to activate benefits and redeem keys", "{date}: 오늘이 혜택 활성화와 키 등록의 마지막 날입니다";
    /// Membership page.
    ExpiryClosed => "{date}: passed {days} ago; benefits can no longer be activated", "{date}: {days} 전에 지나 혜택을 더 이상 활성화할 수 없습니다";
    /// Membership page.
    StepSignIn => "Sign in to Partner Center as the partner program's admin (the partner admin role) or as a global admin.",
        "파트너 프로그램 관리자(파트너 관리자 역할) 또는 전역 관리자 계정으로 파트너 센터에 로그인합니다.";
    /// Membership page.
    StepOpenBenefits => "Open the membership benefits page.", "멤버십 혜택 페이지를 엽니다.";
    /// Membership page.
    StepActivate => "Activate each benefit you need again for the new year.", "새해에 다시 필요한 혜택을 하나씩 활성화합니다.";
    /// Membership page.
    StepRenewMembership => "If a benefit cannot be activated, renew the membership first, then come back.", "활성화되지 않는 혜택이 있으면 먼저 멤버십을 갱신한 뒤 다시 시도합니다.";
    /// "Why?" disclosure: its summary.
    WhyTitle => "Why this date?", "이 날짜인 이유";
    /// Beside a date computed under a reading: a link to the Readings section.
    EstimateFollowing => "estimate, following {rule}", "추정, {rule} 기준";
    /// Renewal record: the expiry is before the payment.
    ErrExpiryBeforePaid => "The new benefit expiry date cannot be before the day it was paid.", "새 혜택 만료일은 결제한 날보다 이를 수 없습니다.";
    /// Subscriptions page.
    SubEnds => "ends {date}", "{date} 종료";
    /// Visual Studio page.
    VsProfessional => "Visual Studio Professional", "Visual Studio Professional 구독";
    /// Visual Studio page.
    VsEnterprise => "Visual Studio Enterprise", "Visual Studio Enterprise 구독";
    /// Visual Studio page.
    VsChooseUser => "(choose a user)", "(사용자 선택)";
    /// Visual Studio page.
    VsUnlocked => "Can move to someone else (since {date}).", "다른 사람에게 옮길 수 있습니다({date}부터).";
    /// Visual Studio page.
    VsHoldsSeat => "holds a seat", "좌석 보유";
    /// Visual Studio page.
    VsRemoveUser => "Remove", "삭제";
    /// Visual Studio page.
    VsRemoveUserNamed => "Remove {name}", "{name} 삭제";
    /// User source.
    SourceManual => "by hand", "직접 입력";
    /// User source.
    SourcePartnerCenter => "Partner Center", "파트너 센터";
    /// User source.
    SourceAzureAd => "Azure AD / Entra ID", "Azure AD / Entra ID 목록";
    /// Support page: checklist step.
    SpStepActivate => "Under the membership's technical benefits, activate Partner On-premises Support (called product support before June 23, 2025).", "멤버십의 기술 혜택에서 Partner On-premises Support(2025년 6월 23일 전 이름은 제품 지원)를 활성화합니다.";
    /// Support page: checklist step.
    SpStepWait => "Wait for the Access ID and Contract ID: this can take a few days.", "Access ID와 Contract ID가 발급되기를 기다립니다. 며칠 걸릴 수 있습니다.";
    /// Support page: checklist step.
    SpStepRecord => "Record both IDs below, so they are at hand for every ticket.", "티켓을 열 때마다 바로 쓸 수 있도록 두 ID를 아래에 기록합니다.";
    /// Support page: checklist step.
    SpStepTicket => "Open a ticket: sign in to Microsoft Support, choose the product, describe the problem.", "티켓 열기: Microsoft 지원에 로그인해 제품을 고르고 문제를 설명합니다.";
    /// Support page.
    SpErrFuture => "The activation day cannot be later than today.", "활성화한 날은 오늘보다 늦을 수 없습니다.";
    /// Support page.
    SpErrNumber => "Enter a whole number, 0 or more.", "0 이상의 정수를 입력하세요.";
    /// Support page.
    SpNone => "not included", "포함되지 않음";
    /// Support page.
    SpUnlimited => "unlimited", "무제한";
    /// Dashboard: link into the flow.
    FlowRenewal => "Renewal", "갱신하기";
    /// Dashboard: link into the flow.
    FlowRedeem => "Keys", "키 보기";
    /// Dashboard: link into the flow.
    FlowNotice => "Subscription", "구독 보기";
    /// Dashboard: link into the flow.
    FlowSeats => "Seats", "좌석 보기";
    /// Dashboard: link into the flow.
    FlowSupport => "Support", "지원 보기";
    /// Dashboard: link to the Azure credits page.
    FlowAzure => "Credits", "크레딧 보기";
    /// Azure offer.
    OfferEa => "Enterprise Agreement", "Enterprise Agreement(기업 계약)";
    /// Azure offer.
    OfferCsp => "Cloud Solution Provider",
        "CSP(클라우드 솔루션 공급자)";
    /// Azure offer.
    OfferOpen => "Azure in Open", "Azure in Open(오픈 라이선스)";
    /// Azure offer.
    OfferPass => "Azure Pass",
        "Azure Pass 프로모션";
    /// Azure offer.
    OfferActionPack => "Action Pack credit", "Action Pack 크레딧";
    /// Azure offer.
    OfferOther => "Another credit or prepaid offer", "기타 크레딧 또는 선불 제품";
    /// Azure page.
    CreditMonthly => "Monthly credit, US${amount} a month", "월간 크레딧, 매월 US${amount}";
    /// Azure page.
    CreditBulk => "Bulk credit, US${amount} in all", "대량 크레딧, 총 US${amount}";
    /// Azure page.
    CreditNoRemove => "Bulk credit cannot be taken back, only moved to someone else; when it may move depends on the reading you follow (Rules page).", "대량 크레딧은 회수할 수 없고 다른 사람에게 옮기기만 할 수 있습니다. 언제 옮길 수 있는지는 규칙 페이지에서 고른 해석에 따릅니다.";
    /// A step of a procedure (R6).
    StepNoticeSignIn => "Sign in to the portal the notice came from.", "알림을 보낸 포털에 로그인합니다.";
    /// A step (R6).
    StepReviewEnd => "Look up the subscription's end date.", "구독의 종료일을 확인합니다.";
    /// A step (R6).
    StepAddOrExtend => "Add licenses to it, or extend it into the next year.", "라이선스를 추가하거나 다음 연도까지 연장합니다.";
    /// A step (R12).
    StepOpenVs => "In Partner Center, open the Visual Studio benefit.", "파트너 센터에서 Visual Studio 혜택을 엽니다.";
    /// A step (R12).
    StepPickUser => "Choose the person from the user list or the Azure AD tenant.", "사용자 목록이나 Azure AD 테넌트에서 사람을 고릅니다.";
    /// A step (R12).
    StepUserSignsIn => "That person signs in to Visual Studio with the same identity.", "그 사람이 같은 계정으로 Visual Studio에 로그인합니다.";
    /// Wizard step.
    WzKey => "Key", "키";
    /// Wizard step.
    WzTenant => "Tenant", "테넌트";
    /// Wizard step.
    WzTarget => "Subscription", "구독";
    /// Wizard step.
    WzCompare => "Compare", "비교";
    /// Wizard step.
    WzConfirm => "Confirm", "확인";
    /// Wizard step.
    WzDone => "Recorded", "기록 완료";
    /// Wizard heading.
    WzTitle => "Redeem a key", "키 사용 등록";
    /// Wizard intro.
    WzIntro => "Decide where a key goes before you redeem it in Partner Center: a redemption cannot be undone, and adding licenses moves the end date.", "파트너 센터에서 키를 등록하기 전에 어디에 쓸지 정하세요. 등록은 되돌릴 수 없고, 라이선스를 추가하면 종료일이 바뀝니다.";
    /// Next step (wizard, credit flow).
    WzNext => "Next", "다음";
    /// Wizard.
    WzSameEnd => "The end date stays the same.", "종료일은 그대로입니다.";
    /// Wizard.
    WzLater => "The end date moves {days} later (about {months} months gained).", "종료일이 {days} 늦어집니다(약 {months}개월 늘어남).";
    /// Wizard.
    WzEarlier => "The end date moves {days} earlier (about {months} months lost).", "종료일이 {days} 앞당겨집니다(약 {months}개월 줄어듦).";
    /// Wizard.
    WzGone => "The key or subscription chosen is no longer recorded. Start again from the key.", "선택한 키나 구독이 더 이상 기록되어 있지 않습니다. 키부터 다시 시작하세요.";
    /// Dashboard timeline.
    TimelineTitle => "The membership year", "멤버십 연도";
    /// Dashboard timeline: what the picture shows, for screen readers.
    TimelineLabel => "Timeline from {from} to {to} with {count} dates and today marked; the same dates are listed above.", "{from}부터 {to}까지의 일정표. 날짜 {count}개와 오늘이 표시되어 있으며, 같은 날짜가 위 목록에 있습니다.";
    /// Dashboard timeline.
    TimelineLater => "{count} later dates are in the list above.", "이후 날짜 {count}개는 위 목록에 있습니다.";
    /// Dashboard timeline: the same for one date.
    TimelineLaterOne => "One later date is in the list above.", "이후 날짜 1개는 위 목록에 있습니다.";
    /// Agenda: a retired offer's last day to move to a package (R25).
    ItemMoveToPackage => "Last day to move the retired offer to a benefits package", "종료된 오퍼를 혜택 패키지로 전환할 마지막 날";
    /// Agenda: reassign seats and credits once after the move (R27).
    ItemReassignAfterMove => "Reassign Visual Studio subscriptions and Azure credits once after the move to the new offer", "새 오퍼로 전환한 뒤 Visual Studio 구독과 Azure 크레딧을 한 번 다시 할당";
    /// Validation: a seat's holders overlap.
    ErrOverlap => "Two people hold it at the same time: a holder's first day comes before the previous holder's last.", "두 사람이 동시에 보유합니다. 이전 보유자의 마지막 날보다 다음 보유자의 첫날이 앞섭니다.";
    /// Validation: a record names one that is not there.
    ErrDangling => "It names a user or subscription that is not in the data.", "데이터에 없는 사용자나 구독을 가리킵니다.";
    /// Navigation and heading: the history page.
    NavHistory => "History", "기록 내역";
    /// History page intro.
    HistoryIntro => "Who changed what, and when: the record for an audit. Any change can be undone here.", "누가 언제 무엇을 바꿨는지 보여 주는 감사용 기록입니다. 여기서 어떤 변경이든 취소할 수 있습니다.";
    /// No backup file saved here yet (Settings, and the dashboard's reminder).
    BackupNeverSaved => "No backup file has been saved from this browser yet.", "이 브라우저에서 저장한 백업 파일이 아직 없습니다.";
    /// Dashboard: the reminder chosen in Settings is due.
    DashBackupDue => "The last backup file saved from this browser is from {date}, more than {days} days ago.", "이 브라우저에서 마지막으로 저장한 백업 파일은 {date}의 것으로, {days}일이 넘었습니다.";
    /// Dashboard: link to the backup in Settings.
    DashBackupLink => "Save a backup file", "백업 파일 저장";
}
