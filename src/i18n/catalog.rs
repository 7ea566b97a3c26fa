// The message list, English and Korean side by side: `Id => "English", "한국어";`.
// Read by the `messages!` macro of `messages.rs` (the app) and of `build.rs` (which
// writes one catalog file per language for the release bundle). Write each
// message in the app's own words; never paste sentences from the seed FAQ or
// from Microsoft's pages (link to them instead).

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
        "처리해야 할 일을 급한 순서대로 보여 줍니다. 혜택 만료일 전에 등록할 키, 끝나는 구독, 갱신 기간, Visual Studio 구독과 기술 지원 계약까지 한눈에 확인하세요.";
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
        "언어와 테마, 백업, 사용자 가져오기, 마감일 캘린더 내보내기, 예제 데이터, 전체 삭제를 다룹니다. 모두 이 브라우저 안에서만 처리됩니다.";
    /// Settings: section heading for appearance.
    Appearance => "Language and appearance", "언어 및 화면";
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
    /// Change: sample data removed.
    ChangeSampleRemoved => "Sample data removed.", "예제 데이터를 삭제했습니다.";
    /// Change: backup imported.
    ChangeImported => "Backup imported.", "백업을 가져왔습니다.";
    /// Change: all data cleared.
    ChangeCleared => "All data cleared.", "모든 데이터를 삭제했습니다.";
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
    /// Settings: backup heading.
    BackupTitle => "Backup", "백업";
    /// Settings: backup explanation.
    BackupText => "Everything you entered, as one file you keep. Product keys are left out unless you tick the box.",
        "입력한 모든 내용을 파일 하나로 보관합니다. 상자를 선택하지 않으면 제품 키는 빠집니다.";
    /// Settings: include keys.
    IncludeKeys => "Include product keys (keep the file somewhere safe)", "제품 키 포함(파일을 안전한 곳에 보관하세요)";
    /// Settings: export button.
    ExportBackup => "Export backup", "백업 내보내기";
    /// Settings: the backup not made, its history unreadable in part.
    BackupHistoryUnreadable => "No backup file was made: the stored history could not be read in full, and a backup without part of it would lose that part when merged. Nothing was changed; reload the page and try again.",
        "백업 파일을 만들지 않았습니다. 저장된 기록 내역을 모두 읽지 못했고, 일부가 빠진 백업은 병합할 때 그 부분을 잃게 됩니다. 아무것도 바뀌지 않았습니다. 페이지를 다시 불러온 뒤 다시 시도하세요.";
    /// Settings: a backup not merged, the history here unreadable in part.
    MergeHistoryUnreadable => "The backup was not merged: the history stored here could not be read in full, and a merge replays all of it. Nothing was changed; reload the page and try again.",
        "백업을 병합하지 않았습니다. 여기에 저장된 기록 내역을 모두 읽지 못했고, 병합은 기록 전체를 다시 적용합니다. 아무것도 바뀌지 않았습니다. 페이지를 다시 불러온 뒤 다시 시도하세요.";
    /// Settings: import label.
    ImportBackup => "Import a backup file", "백업 파일 가져오기";
    /// Import: preview heading.
    ImportPreview => "What this backup would change", "이 백업으로 바뀌는 내용";
    /// Import: merge.
    ImportMerge => "Merge into my data", "내 데이터에 합치기";
    /// Import: replace.
    ImportReplace => "Replace all my data", "내 데이터를 모두 바꾸기";
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
    /// Preview column: kind.
    PreviewKind => "Records", "항목";
    /// Preview column: added.
    PreviewAdded => "New", "새 항목";
    /// Preview column: changed.
    PreviewChanged => "Changed", "변경";
    /// Preview column: same.
    PreviewSame => "Same", "동일";
    /// Preview column: only current.
    PreviewOnlyCurrent => "Only in my data", "내 데이터에만 있음";
    /// Records: keys.
    RecordsKeys => "Product keys", "제품 키";
    /// Records: subscriptions.
    RecordsSubscriptions => "Subscriptions", "구독";
    /// Records: users.
    RecordsUsers => "Users", "사용자";
    /// Records: seats.
    RecordsSeats => "Visual Studio seats", "Visual Studio 구독";
    /// Settings: sample data heading.
    SampleTitle => "Sample data", "예제 데이터";
    /// Settings: sample explanation.
    SampleText => "Made-up data to try the app: a Gold partner with keys, subscriptions, users and seats in every state, or a Solutions Partner that redeems its benefits without keys. Either can be removed in one click and leaves your own records alone.",
        "앱을 체험할 수 있는 가상의 데이터입니다. 키, 구독, 사용자, Visual Studio 구독이 여러 상태로 들어 있는 Gold 파트너, 또는 키 없이 혜택을 등록하는 Solutions Partner 중 하나를 고르세요. 한 번에 삭제할 수 있으며 직접 입력한 기록은 그대로 둡니다.";
    /// Settings: load the second sample (issue 11).
    LoadKeylessSample => "Load sample: Solutions Partner, keyless", "예제 불러오기: Solutions Partner, 키 없음";
    /// Load sample.
    LoadSample => "Load sample data", "예제 데이터 불러오기";
    /// Remove sample.
    RemoveSample => "Remove sample data", "예제 데이터 삭제";
    /// Settings: clear heading.
    ClearTitle => "Clear all data", "모든 데이터 삭제";
    /// Settings: clear explanation.
    ClearText => "Deletes everything this app keeps in this browser. Export a backup first if you may need it. To confirm, type DELETE.",
        "이 브라우저에 저장된 앱의 모든 데이터를 삭제합니다. 나중에 필요할 수 있다면 먼저 백업을 내보내세요. 확인하려면 DELETE를 입력하세요.";
    /// Clear: confirmation field label.
    ClearConfirmLabel => "Type DELETE to confirm", "확인하려면 DELETE 입력";
    /// Clear button.
    ClearButton => "Delete all data", "모든 데이터 삭제";
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
    /// Refusal (R9): a replacement was asked before.
    RefuseReplacedBefore => "Not allowed: a replacement was already asked for this key on {date}, and a key is replaced only once.", "허용되지 않음: 이 키는 {date}에 이미 교체를 요청했습니다. 키는 한 번만 교체됩니다.";
    /// Refusal (R9): the 30 days after activation have passed.
    RefuseReplaceLate => "Not allowed: a replacement can be asked within 30 days after the key was activated, so {date} was the last day.", "허용되지 않음: 교체는 키를 활성화한 뒤 30일 안에만 요청할 수 있으므로 {date}이 마지막 날이었습니다.";
    /// Refusal (R9): not redeemed (or a day before it was).
    RefuseReplaceNotRedeemed => "A replacement is for a key already redeemed, asked on or after the day it was.", "교체는 이미 등록한 키에 대해, 등록한 날 이후에 요청하는 것입니다.";
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

    /// Settings: calendar heading.
    CalendarTitle => "Calendar", "캘린더";
    /// Settings: calendar explanation.
    CalendarText => "Every deadline on the dashboard as an .ics file for Outlook, Google Calendar or any calendar app, with reminders before each one.",
        "대시보드의 모든 마감일을 Outlook, Google 캘린더 등에서 열 수 있는 .ics 파일로 내보냅니다. 마감일마다 미리 알림이 들어 있습니다.";
    /// Settings: reminder days field.
    CalendarReminders => "Reminders, in days before (comma-separated)", "미리 알림(며칠 전, 쉼표로 구분)";
    /// Settings: reminder days invalid.
    CalendarRemindersInvalid => "Enter whole numbers of days from 0 to 365, separated by commas, for example 14, 1.",
        "0부터 365 사이의 날 수를 쉼표로 구분해 입력하세요. 예: 14, 1";
    /// Settings: export calendar button.
    CalendarExport => "Export calendar", "캘린더 내보내기";
    /// Settings: CSV heading.
    CsvTitle => "Import users from CSV", "CSV에서 사용자 가져오기";
    /// Settings: CSV explanation.
    CsvText => "A user list exported from Partner Center user management or from Azure AD / Entra ID. Comma or semicolon separated, UTF-8.",
        "파트너 센터 사용자 관리 또는 Azure AD / Entra ID에서 내보낸 사용자 목록입니다. 쉼표나 세미콜론으로 구분된 UTF-8 파일을 사용하세요.";
    /// Settings: CSV file label.
    CsvChoose => "Choose a CSV file", "CSV 파일 선택";
    /// CSV: users found.
    CsvFound => "{count} users ready to add.", "추가할 사용자 {count}명을 찾았습니다.";
    /// CSV: add button.
    CsvAdd => "Add these users", "이 사용자 추가";
    /// CSV: change label.
    ChangeUsersImported => "Users imported.", "사용자를 가져왔습니다.";
    /// CSV: rows left out heading.
    CsvProblems => "Rows left out", "제외된 행";
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
    /// Tools worker could not be started.
    ToolsUnavailable => "This tool could not be loaded. If you are offline, reload the page once while online and try again.",
        "이 도구를 불러오지 못했습니다. 오프라인이라면 온라인 상태에서 페이지를 한 번 새로 고친 뒤 다시 시도하세요.";
    /// Tools worker answered something unreadable.
    ToolsGarbled => "This tool answered in a form this page does not understand. Reload the page to get matching versions.",
        "이 도구의 응답을 이 페이지가 읽지 못했습니다. 페이지를 새로 고쳐 버전을 맞추세요.";
    /// Tools worker busy.
    ToolsWorking => "Working…", "처리 중…";
    /// Calendar exported.
    CalendarDone => "Calendar file with {count} deadlines saved.", "마감일 {count}개가 담긴 캘린더 파일을 저장했습니다.";
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
    /// Label: incidents used so far this contract year (history from before the app).
    SpUsedLabel => "Incidents used so far this contract year (blank: as counted here)", "이번 계약 연도에 지금까지 쓴 인시던트 수 (비우면 여기서 센 대로)";
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
    /// Keys page.
    StatusNotRedeemedBy => "Not redeemed: redeem by {date}", "미사용: {date}까지 사용 등록";
    /// Key status: not redeemed, and the benefit expiry date has passed (R1).
    StatusExpired => "Expired on {date}: can no longer be redeemed", "{date}에 만료됨: 더 이상 사용 등록할 수 없음";
    /// A redemption refused because no benefit expiry date is recorded (R1 cannot be checked).
    RefuseNoExpiry => "Not allowed yet: the benefit expiry date is not recorded, so R1 cannot be checked. Enter it on the Membership page first.", "아직 불가: 혜택 만료일이 기록되지 않아 R1을 확인할 수 없습니다. 먼저 멤버십 화면에서 입력하세요.";
    /// Keys page.
    StatusNotRedeemed => "Not redeemed: enter the benefit expiry date under Membership to see the deadline", "미사용: 멤버십 화면에 혜택 만료일을 입력하면 마감일이 표시됩니다";
    /// Keys page.
    StatusRedeemed => "Redeemed: usable until {date}", "사용함: {date}까지 유효";
    /// Keys page.
    StatusReplaced => "Replaced by another key", "다른 키로 교체됨";
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
    KeyLicensesCount => "{count} licenses", "라이선스 {count}개";
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
    /// Wizard, keyless flow: this wizard is for keys only (R17, R19).
    WzKeyless => "Your membership redeems its benefits without keys. This wizard is for product keys you still hold from before; benefits without keys are recorded with their own checklist, and adding to or extending their subscriptions is not offered.", "이 멤버십은 키 없이 혜택을 등록합니다. 이 마법사는 이전에 받아 둔 제품 키를 위한 것입니다. 키 없는 혜택은 별도의 확인 목록으로 기록하며, 그 구독에 추가하거나 연장하는 방법은 제공하지 않습니다.";
    /// Wizard, keyless flow: link to the benefits.
    WzKeylessLink => "Go to benefits without keys", "키 없는 혜택으로 이동";
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
    /// Vault settings title.
    VaultTitle => "Lock product keys with a passphrase", "제품 키를 암호로 잠그기";
    /// Vault help.
    VaultHelp => "Anyone who uses this browser profile can read what the app stores. With the lock on, each key text is stored encrypted (AES-GCM, with a key made from your passphrase) and only its last group stays readable, so the list can still tell keys apart. Backups keep the texts encrypted.", "이 브라우저 프로필을 쓰는 사람은 누구나 앱이 저장한 내용을 읽을 수 있습니다. 잠금을 켜면 각 키 텍스트가 암호에서 만든 키로 암호화(AES-GCM)되어 저장되고, 목록에서 키를 구별할 수 있도록 마지막 묶음만 읽을 수 있게 남습니다. 백업에도 암호화된 채로 들어갑니다.";
    /// Vault: warning before turning on.
    VaultWarning => "If you forget the passphrase, the key texts cannot be recovered by anyone. Everything else (products, dates, redemptions) stays as it is.", "암호를 잊으면 누구도 키 텍스트를 되살릴 수 없습니다. 나머지(제품, 날짜, 사용 기록)는 그대로 남습니다.";
    /// Vault: tick box.
    VaultUnderstand => "I understand that a forgotten passphrase loses the key texts.", "암호를 잊으면 키 텍스트를 잃는다는 것을 이해했습니다.";
    /// Vault: passphrase field.
    VaultPassphrase => "Passphrase", "암호";
    /// Vault: repeat field.
    VaultRepeat => "Passphrase again", "암호 다시 입력";
    /// Vault: new passphrase field.
    VaultNewPassphrase => "New passphrase", "새 암호";
    /// Vault: turn on.
    VaultTurnOn => "Lock the keys", "키 잠그기";
    /// Vault: too short.
    VaultTooShort => "Use at least 8 characters.", "8자 이상 입력하세요.";
    /// Vault: mismatch.
    VaultMismatch => "The two passphrases differ.", "두 암호가 다릅니다.";
    /// Vault: tick required.
    VaultMustTick => "Tick the box to confirm you have read this.", "읽었음을 확인하는 상자를 선택하세요.";
    /// Vault: locked status.
    VaultIsLocked => "Product keys are locked. Unlock to show or copy them.", "제품 키가 잠겨 있습니다. 보거나 복사하려면 잠금을 해제하세요.";
    /// Vault: unlocked status.
    VaultIsOpen => "Unlocked in this tab. It locks itself after {idle} minutes without use, or {hidden} minutes hidden.", "이 탭에서 잠금 해제됨. {idle}분 동안 사용하지 않거나 {hidden}분 동안 숨겨져 있으면 다시 잠깁니다.";
    /// Vault: unlocked, on the Keys page.
    VaultIsOpenShort => "Product keys are unlocked in this tab.", "이 탭에서 제품 키 잠금이 해제되었습니다.";
    /// Vault: unlock button.
    VaultUnlock => "Unlock", "잠금 해제";
    /// Vault: lock now.
    VaultLockNow => "Lock now", "지금 잠그기";
    /// Vault: change passphrase.
    VaultChange => "Change passphrase", "암호 바꾸기";
    /// Vault: turn off.
    VaultTurnOff => "Turn the lock off", "잠금 끄기";
    /// Vault: auto-lock idle minutes.
    VaultLockIdle => "Lock after minutes without use", "사용하지 않을 때 잠글 시간(분)";
    /// Vault: auto-lock hidden minutes.
    VaultLockHidden => "Lock after minutes hidden", "숨겨져 있을 때 잠글 시간(분)";
    /// Vault: busy.
    VaultBusy => "Working…", "처리 중…";
    /// Backup import: the backup's texts are locked with another passphrase.
    BackupNeedsPassphrase => "This backup's key texts are locked with another passphrase. Enter it to bring them in, or import without them.", "이 백업의 키 텍스트는 다른 암호로 잠겨 있습니다. 가져오려면 그 암호를 입력하거나, 키 텍스트 없이 가져오세요.";
    /// Backup import: the backup's passphrase field.
    BackupPassphrase => "The backup's passphrase", "백업의 암호";
    /// Backup import: without texts.
    ImportWithoutTexts => "Import without key texts", "키 텍스트 없이 가져오기";
    /// Keys page.
    ChangeKeyRedeemed => "Redemption recorded. It has no Undo, as in Partner Center.", "사용 등록을 기록했습니다. 파트너 센터와 마찬가지로 되돌릴 수 없습니다.";
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
    ModeNew => "As a new subscription", "새 구독으로";
    /// Keys page.
    ModeAdd => "Licenses added to a subscription", "기존 구독에 라이선스 추가";
    /// Keys page.
    ModeExtend => "A subscription extended", "기존 구독 기간 연장";
    /// Keys page.
    RedeemSubscription => "Subscription", "구독";
    /// Keys page.
    SubscriptionNone => "(not recorded)", "(기록 안 함)";
    /// Keys page.
    RedeemReview => "Review", "검토";
    /// Keys page.
    RedeemConfirmTitle => "This cannot be undone", "되돌릴 수 없습니다";
    /// Keys page.
    RedeemConfirmText => "Microsoft does not reverse a redemption, so this app records it without Undo. Check: {product}, redeemed on {date}.", "Microsoft는 사용 등록을 취소하지 않으므로 이 앱도 되돌리기 없이 기록합니다. 확인하세요: {product}, 사용 등록일 {date}.";
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
    /// Support: an allowance no page publishes for this offer (R28).
    SpNotPublished => "not published: enter yours", "공개되지 않음: 직접 입력";
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
    BenefitExpiry => "Benefit expiry date", "혜택 만료일";
    /// Membership page.
    MembershipSave => "Save membership", "멤버십 저장";
    /// Membership form: the purchase after the anniversary.
    ErrPurchasedOrder => "The purchase day cannot be later than the anniversary it starts.", "구매일은 그 멤버십의 기념일보다 늦을 수 없습니다.";
    /// Membership page.
    ErrRenewalStartOrder => "The renewal start date cannot be later than the anniversary.", "갱신 시작일은 기념일보다 늦을 수 없습니다.";
    /// Membership page.
    ChangeMembershipSaved => "Membership saved.", "멤버십을 저장했습니다.";
    /// Membership page.
    ChangeRenewed => "Renewal recorded: the new anniversary and benefit expiry date are set.", "갱신을 기록했습니다. 새 기념일과 혜택 만료일이 정해졌습니다.";
    /// Membership page.
    RenewalNeedsDates => "Enter the anniversary above to see the renewal window, the days left and the steps.", "위에 기념일을 입력하면 갱신 기간, 남은 날짜, 절차가 표시됩니다.";
    /// Membership page.
    RenewalTitle => "Renewal", "갱신";
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
    WindowOpens => "Renewal opens", "갱신 시작";
    /// Membership page.
    WindowCloses => "Last day to renew", "갱신 마지막 날";
    /// Membership page.
    Reminders => "Microsoft's reminders", "Microsoft 알림 발송일";
    /// Membership page.
    ExpiryOpen => "{date}: {days} left to activate benefits and redeem keys", "{date}: 혜택 활성화와 키 등록까지 {days} 남음";
    /// Membership page.
    ExpiryLastDay => "{date}: today is the last day to activate benefits and redeem keys", "{date}: 오늘이 혜택 활성화와 키 등록의 마지막 날입니다";
    /// Membership page.
    ExpiryClosed => "{date}: passed {days} ago; benefits can no longer be activated", "{date}: {days} 전에 지나 혜택을 더 이상 활성화할 수 없습니다";
    /// Membership page.
    GraceUntil => "User-assigned benefits keep working until", "사용자에게 할당된 혜택 유지 기한";
    /// Membership page.
    LapseText => "If the window closes without a renewal, the membership's benefits lapse, with its designation and badge, and keys not yet redeemed can no longer be used.", "갱신하지 않고 기간이 끝나면 멤버십 혜택이 지정 및 배지와 함께 만료되고, 아직 등록하지 않은 키는 쓸 수 없게 됩니다.";
    /// Membership page.
    StepsTitle => "Renewing benefits in Partner Center", "파트너 센터에서 혜택 갱신하기";
    /// Membership page.
    StepSignIn => "Sign in to Partner Center as the partner program's admin (the partner admin role) or as a global admin.",
        "파트너 프로그램 관리자(파트너 관리자 역할) 또는 전역 관리자 계정으로 파트너 센터에 로그인합니다.";
    /// Membership page.
    StepOpenBenefits => "Open the membership benefits page.", "멤버십 혜택 페이지를 엽니다.";
    /// Membership page.
    StepActivate => "Activate each benefit you need again for the new year.", "새해에 다시 필요한 혜택을 하나씩 활성화합니다.";
    /// Membership page.
    StepRenewMembership => "If a benefit cannot be activated, renew the membership first, then come back.", "활성화되지 않는 혜택이 있으면 먼저 멤버십을 갱신한 뒤 다시 시도합니다.";
    /// Membership page.
    RenewalFinish => "All done: record the renewal (new anniversary {date})", "모두 완료: 갱신 기록(새 기념일 {date})";
    /// Membership page: the same, while the day paid is outside the window.
    RenewalFinishPlain => "All done: record the renewal", "모두 완료: 갱신 기록";
    /// "Why?" disclosure: its summary.
    WhyTitle => "Why this date?", "이 날짜인 이유";
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
    /// Beside a date computed under a reading: a link to the Readings section.
    EstimateFollowing => "estimate, following {rule}", "추정, {rule} 기준";
    /// Renewal refused: before the window opens.
    RenewRefuseEarly => "The renewal window opens on {date}: a renewal can be recorded from that day.", "갱신 기간은 {date}에 시작됩니다. 그날부터 갱신을 기록할 수 있습니다.";
    /// Renewal refused: an Action Pack before it expired.
    RenewRefuseActionPack => "An Action Pack renews only once it has expired: from {date}.", "Action Pack은 만료된 뒤에만 갱신할 수 있습니다. {date}부터 가능합니다.";
    /// Renewal refused: after the window closed.
    RenewRefuseLate => "The renewal window closed on {date}. Paid later, it does not renew this membership: it is a new purchase.", "갱신 기간은 {date}에 끝났습니다. 그 뒤에 결제했다면 이 멤버십의 갱신이 아니라 새 구매입니다.";
    /// Renewal record: the expiry is before the payment.
    ErrExpiryBeforePaid => "The new benefit expiry date cannot be before the day it was paid.", "새 혜택 만료일은 결제한 날보다 이를 수 없습니다.";
    /// Membership: the last renewal recorded.
    RenewLast => "Last renewal recorded: paid on {paid}; anniversary {anniversary}, benefit expiry {expiry}.", "마지막으로 기록한 갱신: {paid}에 결제, 기념일 {anniversary}, 혜택 만료일 {expiry}.";
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
    /// Subscriptions page.
    OptionChoose => "Choose this", "이 방법 선택";
    /// Subscriptions page.
    HistoryLine => "{date}: was {licenses} licenses until {end}", "{date}: 이전에는 라이선스 {licenses}개, {end}까지";
    /// Subscriptions page.
    SubEnds => "ends {date}", "{date} 종료";
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
    SubsEmpty => "No subscriptions yet. They appear here once recorded, for example by loading the sample data from the dashboard.", "아직 구독이 없습니다. 대시보드에서 예제 데이터를 불러오면 여기에 표시됩니다.";
    /// Visual Studio page.
    VsProfessional => "Visual Studio Professional", "Visual Studio Professional 구독";
    /// Visual Studio page.
    VsEnterprise => "Visual Studio Enterprise", "Visual Studio Enterprise 구독";
    /// Visual Studio page: a past holder no longer in the user list.
    VsUnknownUser => "a user no longer in the list", "목록에서 삭제된 사용자";
    /// Visual Studio page.
    VsSeatsTitle => "Seats", "구독 좌석";
    /// Visual Studio page.
    VsNoSeats => "No seats recorded yet. Add the seats your program level gives you (above), then assign them to people.", "아직 기록된 좌석이 없습니다. 위에서 프로그램 등급에 맞는 좌석을 추가한 뒤 사용자에게 할당하세요.";
    /// Visual Studio page.
    VsEntitlementTitle => "Your entitlement", "내 혜택 수량";
    /// Visual Studio page.
    VsNoMembership => "Record your program level first to see how many seats it gives:", "먼저 프로그램 등급을 기록하면 받을 수 있는 좌석 수를 볼 수 있습니다:";
    /// Visual Studio page: an offer whose seats no page publishes.
    VsNotPublished => "The pages the app follows do not publish how many Visual Studio subscriptions {program} gives: add the seats Partner Center shows you.", "앱이 따르는 문서에는 {program}의 Visual Studio 구독 수가 공개되어 있지 않습니다. 파트너 센터에 보이는 좌석을 추가하세요.";
    /// Visual Studio page.
    VsDefault => "{program}: {count} × {level} by default (at most {cap} across all countries).", "{program}: 기본 {level} {count}개(모든 국가 합계 최대 {cap}개).";
    /// Visual Studio page.
    VsDefaultNote => "These numbers come from the 2018–2021 program tables. If Partner Center shows a different number, add or remove seats here to match it.", "이 수량은 2018–2021 프로그램 표를 따른 기본값입니다. 파트너 센터의 수량이 다르면 여기서 좌석을 추가하거나 삭제해 맞추세요.";
    /// Visual Studio page.
    VsAddMissing => "Add {count} seats to match the default", "기본값에 맞게 좌석 {count}개 추가";
    /// Visual Studio page.
    VsRecorded => "Seats recorded here: {count}.", "여기에 기록된 좌석: {count}개.";
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
    /// Credit row: how often it moved.
    CreditReassigned => "Reassigned {count} times.", "{count}번 재할당됨.";
    /// Credit row: moved once.
    CreditReassignedOnce => "Reassigned once.", "1번 재할당됨.";
    /// Credit row: since when the holder has it.
    CreditSince => "Given on {date}.", "{date}에 할당함.";
    /// Add credit form: moves before the app.
    CreditReassignedBefore => "Times reassigned before (in Partner Center)", "이전 재할당 횟수(파트너 센터)";
    /// Visual Studio: activated before assigned.
    VsActivatedBefore => "It cannot have been activated before it was assigned on {date}.", "{date}에 할당되기 전에 활성화되었을 수는 없습니다.";
    /// Visual Studio: the activation day field.
    VsActivatedOn => "Activated on (if known)", "활성화한 날(알면)";
    /// Visual Studio: the activation day shown.
    VsActivated => "Activated on {date}.", "{date}에 활성화함.";
    /// Visual Studio: record the activation day.
    VsRecordActivation => "Record activation", "활성화 기록";
    /// Change notice: activation recorded.
    ChangeSeatActivated => "Activation day recorded.", "활성화한 날을 기록했습니다.";
    /// Visual Studio: more seats recorded than the worldwide cap (R14).
    VsOverCap => "{count} seats are recorded, more than the {cap} this program level allows across all countries. Check them against Partner Center: some may be old or counted twice.", "기록된 좌석이 {count}개로, 이 프로그램 수준에서 모든 국가를 합쳐 허용되는 {cap}개보다 많습니다. 파트너 센터와 대조해 보세요. 오래되었거나 두 번 기록된 좌석이 있을 수 있습니다.";
    /// Visual Studio page.
    VsLevelLabel => "Level of a new seat", "새 좌석의 종류";
    /// Visual Studio page.
    VsAddSeat => "Add one seat", "좌석 1개 추가";
    /// Visual Studio page.
    VsPickFirst => "Choose a user first.", "먼저 사용자를 선택하세요.";
    /// Visual Studio page: what to tell the new subscriber.
    VsAssignedNext => "Recorded. Now assign the same seat in Partner Center, then ask {name} to sign in at my.visualstudio.com as {email} to activate it. They never need anyone else's password.", "기록했습니다. 파트너 센터에서도 같은 좌석을 할당한 뒤, {name} 님께 {email} 계정으로 my.visualstudio.com에 로그인해 활성화하도록 안내하세요. 다른 사람의 암호는 필요하지 않습니다.";
    /// Visual Studio page.
    VsFree => "Free", "비어 있음";
    /// Visual Studio page.
    VsAssignTo => "Assign to", "할당할 사용자";
    /// Visual Studio page.
    VsReassignTo => "Move to", "옮길 사용자";
    /// Visual Studio page.
    VsChooseUser => "(choose a user)", "(사용자 선택)";
    /// Visual Studio page.
    VsAssign => "Assign", "할당";
    /// Visual Studio page.
    VsRemoveSeat => "Remove seat", "좌석 삭제";
    /// Visual Studio page.
    VsAssignedTo => "Assigned to {name} on {date}.", "{date}에 {name}에게 할당됨.";
    /// Visual Studio page.
    VsLocked => "Can move to someone else from {date} (in {days}).", "{date}부터 다른 사람에게 옮길 수 있습니다({days} 남음).";
    /// Visual Studio page.
    VsUnlocked => "Can move to someone else (since {date}).", "다른 사람에게 옮길 수 있습니다({date}부터).";
    /// Visual Studio page.
    VsGrace => "If the membership is not renewed by {renewal}, this seat still works until {date}.", "{renewal}까지 멤버십을 갱신하지 않아도 이 좌석은 {date}까지 사용할 수 있습니다.";
    /// Visual Studio page.
    VsReassign => "Move seat", "좌석 옮기기";
    /// Visual Studio page.
    VsRelease => "Free this seat", "좌석 비우기";
    /// Visual Studio page.
    VsHistory => "Earlier holders", "이전 사용자";
    /// Visual Studio page.
    VsHistoryLine => "{name}: {from} – {to}", "{name}: {from}부터 {to}까지";
    /// Visual Studio page.
    VsSeatTitle => "Seat {n} · {level}", "좌석 {n} · {level}";
    /// Visual Studio page.
    VsUsersTitle => "Users", "사용자";
    /// Visual Studio page.
    VsUsersText => "People who can receive a seat or Azure credit. Add them here one by one, or import a list.", "좌석이나 Azure 크레딧을 받을 수 있는 사람입니다. 여기서 한 명씩 추가하거나 목록을 가져오세요.";
    /// Visual Studio page.
    VsUsersImport => "Import users from CSV", "CSV에서 사용자 가져오기";
    /// Visual Studio page.
    VsNoUsers => "No users yet.", "아직 사용자가 없습니다.";
    /// Visual Studio page.
    VsHoldsSeat => "holds a seat", "좌석 보유";
    /// Visual Studio page.
    VsRemoveUser => "Remove", "삭제";
    /// Visual Studio page.
    VsRemoveUserNamed => "Remove {name}", "{name} 삭제";
    /// Visual Studio page.
    VsActions => "Actions", "작업";
    /// Visual Studio page.
    VsAddUserTitle => "Add a user", "사용자 추가";
    /// Visual Studio page.
    VsAddUser => "Add user", "사용자 추가";
    /// A user's name.
    UserName => "Name", "이름";
    /// A user's email.
    UserEmail => "Email or user principal name", "이메일 또는 사용자 계정 이름";
    /// Where a user came from.
    UserSourceLabel => "Added from", "추가 경로";
    /// User source.
    SourceManual => "by hand", "직접 입력";
    /// User source.
    SourcePartnerCenter => "Partner Center", "파트너 센터";
    /// User source.
    SourceAzureAd => "Azure AD / Entra ID", "Azure AD / Entra ID 목록";
    /// Change label.
    ChangeSeatsAdded => "Seats added.", "좌석을 추가했습니다.";
    /// Change label.
    ChangeSeatAssigned => "Seat assigned.", "좌석을 할당했습니다.";
    /// Change label.
    ChangeSeatReleased => "Seat freed.", "좌석을 비웠습니다.";
    /// Change label.
    ChangeSeatRemoved => "Seat removed.", "좌석을 삭제했습니다.";
    /// Change label.
    ChangeUserAdded => "User added.", "사용자를 추가했습니다.";
    /// Change label.
    ChangeUserRemoved => "User removed.", "사용자를 삭제했습니다.";
    /// Support page: checklist step.
    SpStepSignIn => "Sign in to Partner Center as a global admin or as the partner program's admin (the partner admin role).",
        "전역 관리자 또는 파트너 프로그램 관리자(파트너 관리자 역할) 계정으로 파트너 센터에 로그인합니다.";
    /// Support page: checklist step.
    SpStepActivate => "Under the membership's technical benefits, activate Partner On-premises Support (called product support before June 23, 2025).", "멤버십의 기술 혜택에서 Partner On-premises Support(2025년 6월 23일 전 이름은 제품 지원)를 활성화합니다.";
    /// Support page: checklist step.
    SpStepWait => "Wait for the Access ID and Contract ID: this can take a few days.", "Access ID와 Contract ID가 발급되기를 기다립니다. 며칠 걸릴 수 있습니다.";
    /// Support page: checklist step.
    SpStepRecord => "Record both IDs below, so they are at hand for every ticket.", "티켓을 열 때마다 바로 쓸 수 있도록 두 ID를 아래에 기록합니다.";
    /// Support page: checklist step.
    SpStepTicket => "Open a ticket: sign in to Microsoft Support, choose the product, describe the problem.", "티켓 열기: Microsoft 지원에 로그인해 제품을 고르고 문제를 설명합니다.";
    /// Support page.
    SpOpenSupport => "Open Microsoft Support (new tab)", "Microsoft 지원 열기(새 탭)";
    /// Support page.
    SpIdsFirst => "Record the Access ID and Contract ID first.", "먼저 Access ID와 Contract ID를 기록하세요.";
    /// Support page.
    SpWaiting => "Activated {days} ago.", "{days} 전에 활성화했습니다.";
    /// Support page: a step is done.
    SpDone => "Done:", "완료:";
    /// Support page: a step is not done.
    SpToDo => "To do:", "할 일:";
    /// Support page.
    SpContractEnds => "The contract runs until {date} ({when}). Renew the activation before then.", "계약은 {date}까지입니다({when}). 그 전에 다시 활성화하세요.";
    /// Support page.
    SpActivationTitle => "Activating support", "기술 지원 활성화";
    /// Support page.
    SpFormTitle => "What Partner Center gave you", "파트너 센터에서 받은 정보";
    /// Support page.
    SpActivatedOn => "Activated on", "활성화한 날";
    /// Support page.
    SpAccessId => "Access ID", "Access ID(액세스 ID)";
    /// Support page.
    SpContractId => "Contract ID", "Contract ID(계약 ID)";
    /// Support page.
    SpAllowedLabel => "On-premises incidents allowed (leave blank for the program default)", "온-프레미스 인시던트 허용 수(비워 두면 프로그램 기본값)";
    /// Support page.
    SpSave => "Save", "저장";
    /// Support page.
    SpErrFuture => "The activation day cannot be later than today.", "활성화한 날은 오늘보다 늦을 수 없습니다.";
    /// Support page.
    SpErrNumber => "Enter a whole number, 0 or more.", "0 이상의 정수를 입력하세요.";
    /// Support page.
    SpNone => "not included", "포함되지 않음";
    /// Support page.
    SpUnlimited => "unlimited", "무제한";
    /// Support page.
    SpUsedOf => "Incidents used: {used} of {allowed} ({left} left).", "사용한 인시던트: {allowed}건 중 {used}건({left}건 남음).";
    /// Support page.
    SpUsed => "Incidents used: {used}.", "사용한 인시던트: {used}건.";
    /// Support page.
    SpLow => "Few incidents are left. Keep them for problems you cannot solve another way.", "남은 인시던트가 얼마 없습니다. 다른 방법으로 풀 수 없는 문제에 쓰세요.";
    /// Support page.
    SpDefaultsFor => "Defaults for {program}", "{program} 기본 제공량";
    /// Support page.
    SpOnPrem => "Partner On-premises Support incidents (formerly product support)", "Partner On-premises Support 인시던트(이전 이름: 제품 지원)";
    /// Support page.
    SpCloud => "Partner Cloud Support incidents (formerly Signature cloud support)", "Partner Cloud Support 인시던트(이전 이름: Signature 클라우드 지원)";
    /// Support page.
    SpAdvisory => "Advisory hours", "자문 시간";
    /// Support page.
    SpIncidentsTitle => "Incidents", "인시던트";
    /// Support page.
    SpAddIncident => "Record one incident used", "인시던트 1건 사용 기록";
    /// Support page.
    SpTakeBack => "Take one back", "1건 되돌리기";
    /// Change label.
    ChangeSupportSaved => "Support details saved.", "기술 지원 정보를 저장했습니다.";
    /// Change label.
    ChangeIncidents => "Incident count changed.", "인시던트 수를 바꿨습니다.";
    /// Support: cloud incidents used (R16).
    SpCloudUsed => "Partner Cloud Support incidents used: {used} of {allowed} ({left} left).", "사용한 Partner Cloud Support 인시던트: {allowed}건 중 {used}건({left}건 남음).";
    /// Support: advisory hours used (R16).
    SpHoursUsed => "Advisory hours used: {used} of {allowed} ({left} left).", "사용한 자문 시간: {allowed}시간 중 {used}시간({left}시간 남음).";
    /// Support: count a cloud incident.
    SpAddCloud => "Record one cloud incident used", "클라우드 인시던트 1건 사용 기록";
    /// Support: take a cloud incident back.
    SpLessCloud => "Take one cloud incident back", "클라우드 인시던트 1건 되돌리기";
    /// Support: count an advisory hour.
    SpAddHour => "Record one advisory hour used", "자문 1시간 사용 기록";
    /// Support: take an advisory hour back.
    SpLessHour => "Take one advisory hour back", "자문 1시간 되돌리기";
    /// Support: the contract year ended.
    SpYearEnded => "This contract year ended on {date}. The allowances start again for the year from {next}: start counting it, and this year's figures are kept below.", "이 계약 연도는 {date}에 끝났습니다. {next}부터 시작하는 연도에 허용량이 다시 주어집니다. 새 연도를 시작하면 올해 사용량은 아래에 남습니다.";
    /// Support: start the next contract year.
    SpStartYear => "Start the new contract year", "새 계약 연도 시작";
    /// Support: heading of earlier contract years.
    SpYearsTitle => "Earlier contract years", "지난 계약 연도";
    /// Support: one earlier contract year.
    SpYearLine => "{from} – {to}: {incidents} incidents, {cloud} cloud incidents, {hours} advisory hours.", "{from} – {to}: 인시던트 {incidents}건, 클라우드 인시던트 {cloud}건, 자문 {hours}시간.";
    /// Change notice: a new contract year.
    ChangeContractYear => "New contract year started; last year's figures are kept.", "새 계약 연도를 시작했습니다. 지난해 사용량은 남아 있습니다.";
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
    /// Azure page.
    CreditNoRemove => "Bulk credit cannot be taken back, only moved to someone else; when it may move depends on the reading you follow (Rules page).", "대량 크레딧은 회수할 수 없고 다른 사람에게 옮기기만 할 수 있습니다. 언제 옮길 수 있는지는 규칙 페이지에서 고른 해석에 따릅니다.";
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
    CreditRefused => "Not allowed: bulk credit cannot be combined with {offers}. Choose another user, or end that offer first.", "불가: 대량 크레딧은 {offers}와(과) 함께 쓸 수 없습니다. 다른 사용자를 고르거나 먼저 그 제품을 해지하세요.";
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
    /// Wizard: name of the step list.
    WzStepsLabel => "Steps", "단계";
    /// Wizard.
    WzMissing => "This step needs an answer from an earlier one: {step}.", "이 단계에는 앞 단계의 답이 필요합니다: {step}.";
    /// Wizard.
    WzGoThere => "Go to that step", "그 단계로 가기";
    /// Next step (wizard, credit flow).
    WzNext => "Next", "다음";
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
    WzSameEnd => "The end date stays the same.", "종료일은 그대로입니다.";
    /// Wizard.
    WzLater => "The end date moves {days} later (about {months} months gained).", "종료일이 {days} 늦어집니다(약 {months}개월 늘어남).";
    /// Wizard.
    WzEarlier => "The end date moves {days} earlier (about {months} months lost).", "종료일이 {days} 앞당겨집니다(약 {months}개월 줄어듦).";
    /// Wizard.
    WzGone => "The key or subscription chosen is no longer recorded. Start again from the key.", "선택한 키나 구독이 더 이상 기록되어 있지 않습니다. 키부터 다시 시작하세요.";
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
    /// Keys page: link into the wizard.
    KeyRedeemWizard => "Redeem…", "등록하기…";
    /// Subscriptions page: into the wizard.
    NoticeCompare => "Compare adding and extending", "추가와 연장 비교하기";
    /// Subscriptions page.
    NoticeNoKeys => "No key of this product is waiting to be redeemed.", "등록을 기다리는 이 제품의 키가 없습니다.";
    /// Dashboard timeline.
    TimelineTitle => "The membership year", "멤버십 연도";
    /// Dashboard timeline: what the picture shows, for screen readers.
    TimelineLabel => "Timeline from {from} to {to} with {count} dates and today marked; the same dates are listed above.", "{from}부터 {to}까지의 일정표. 날짜 {count}개와 오늘이 표시되어 있으며, 같은 날짜가 위 목록에 있습니다.";
    /// Dashboard timeline.
    TimelineLater => "{count} later dates are in the list above.", "이후 날짜 {count}개는 위 목록에 있습니다.";
    /// Dashboard timeline: the same for one date.
    TimelineLaterOne => "One later date is in the list above.", "이후 날짜 1개는 위 목록에 있습니다.";
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
    /// Working of R19 for the last day to redeem without a key.
    WhyR19Deadline => "A benefit without a key ends with the offer, on {end}: redeemed after that it would end before it began, so {value} is the last day to redeem it.", "키 없는 혜택은 오퍼와 함께 {end}에 끝납니다. 그 뒤에 등록하면 시작하기도 전에 끝나므로 {value}이(가) 마지막 등록일입니다.";
    /// Working of R21 when the membership ends first.
    WhyR21MembershipEnd => "Provisioned {on} + 13 months would be later, but a monthly credit is paid only up to the membership's end, {end}: it can be used until {value}.", "{on}에 프로비저닝 + 13개월은 더 늦지만, 월간 크레딧은 멤버십 종료일 {end}까지만 지급되므로 {value}까지 쓸 수 있습니다.";
    /// Working of R22 from the anniversary.
    WhyR22Anniversary => "The anniversary {end} is the membership's last day (as Partner Center shows it, or as the last renewal set it); its benefits end 30 days later, on {benefits}.", "기념일 {end}이(가) 멤버십 마지막 날입니다(파트너 센터에 표시된 날짜 또는 마지막 갱신이 정한 날짜). 혜택은 30일 뒤인 {benefits}에 끝납니다.";
    /// Agenda: a retired offer's last day to move to a package (R25).
    ItemMoveToPackage => "Last day to move the retired offer to a benefits package", "종료된 오퍼를 혜택 패키지로 전환할 마지막 날";
    /// Agenda: reassign seats and credits once after the move (R27).
    ItemReassignAfterMove => "Reassign Visual Studio subscriptions and Azure credits once after the move to the new offer", "새 오퍼로 전환한 뒤 Visual Studio 구독과 Azure 크레딧을 한 번 다시 할당";
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
    /// Estimate note of R19's last day to redeem without a key.
    WhyEstimateR19Deadline => "Estimate: R22 keeps benefits 30 days past the membership's end; the app reads R19 as no keyless redemption after the offer ended, since it would end before it began. Once the renewal is recorded, the new term's end applies.", "추정: R22에 따르면 혜택은 멤버십 종료 후 30일 더 유지되지만, 앱은 R19에 따라 오퍼가 끝난 뒤에는 키 없이 등록하지 않는 것으로 봅니다. 등록하면 시작하기 전에 끝나기 때문입니다. 갱신을 기록하면 새 기간의 종료일이 적용됩니다.";
    /// Support form: cloud incidents allowed (R28).
    SpCloudAllowedLabel => "Partner Cloud Support incidents a year (leave blank for the program default)", "연간 Partner Cloud Support 인시던트 수(비워 두면 프로그램 기본값)";
    /// Support form: advisory hours allowed (R28).
    SpHoursAllowedLabel => "Advisory hours a year (leave blank for the program default)", "연간 자문 시간(비워 두면 프로그램 기본값)";
    /// Validation: a seat's holders overlap.
    ErrOverlap => "Two people hold it at the same time: a holder's first day comes before the previous holder's last.", "두 사람이 동시에 보유합니다. 이전 보유자의 마지막 날보다 다음 보유자의 첫날이 앞섭니다.";
    /// Validation: a record names one that is not there.
    ErrDangling => "It names a user or subscription that is not in the data.", "데이터에 없는 사용자나 구독을 가리킵니다.";
    /// A monthly credit's last day when the membership ends first (R21).
    CreditUsableUntilEnd => "Usable until {date}, the membership's end: monthly credit is paid only up to it.", "멤버십이 끝나는 {date}까지 사용 가능: 월간 크레딧은 멤버십 종료일까지만 지급됩니다.";
    /// Refusal on replay: records taken over whose ids other records hold.
    ErrTaken => "{count} records from this data were left out: records of the same id but other contents were here first. Both stay in the history.", "이 데이터의 기록 {count}개는 들어가지 않았습니다. 같은 ID에 내용이 다른 기록이 먼저 있었습니다. 둘 다 기록 내역에 남아 있습니다.";
    /// Replay refusal: another version of the change under its id is in force.
    ErrClash => "Another version of this change, recorded under the same id with different contents (an edited or damaged copy), is in force. Undo the one that is wrong: the other then applies.", "같은 ID에 내용이 다른 이 변경의 다른 버전(수정되었거나 손상된 사본)이 적용되어 있습니다. 잘못된 쪽을 실행 취소하면 다른 쪽이 적용됩니다.";
    /// An event a newer version of the app wrote.
    ErrNewerVersion => "Recorded by a newer version of the app: kept, and applied once this browser runs that version.", "더 새로운 버전의 앱이 기록한 변경입니다. 보관되며, 이 브라우저가 그 버전을 쓰면 적용됩니다.";
    /// History: an Azure credit moved from one person to another, as the records kept before the history say.
    EvPastCreditMoved => "Azure credit moved", "Azure 크레딧 이전";
    /// History: support activated, as the records kept before the history say.
    EvPastSupportActivated => "Support activated", "기술 지원 활성화";
    /// History: the status of an event taken from the records kept before the history began.
    HistoryBefore => "From the records as they stood when this history began. If it is wrong, correct the record on its page.", "이 기록 내역이 시작될 때의 기존 기록에서 가져온 항목입니다. 틀렸다면 해당 페이지에서 기록을 고치세요.";
    /// History: what an event of kind AsItStood did.
    EvAsItStood => "Records as they stood", "기존 기록 그대로";
    /// History: what an event of kind Sample did.
    EvSample => "Sample data loaded", "샘플 데이터 불러옴";
    /// History: what an event of kind RemoveSample did.
    EvRemoveSample => "Sample data removed", "샘플 데이터 제거";
    /// History: what an event of kind Void did.
    EvVoid => "Change undone", "변경 취소";
    /// History: what an event of kind AddBenefit did.
    EvAddBenefit => "Benefit without a key added", "키 없는 혜택 추가";
    /// History: what an event of kind RemoveBenefit did.
    EvRemoveBenefit => "Benefit without a key removed", "키 없는 혜택 제거";
    /// History: what an event of kind RecordKeyless did.
    EvRecordKeyless => "Benefit redeemed without a key", "키 없이 혜택 등록";
    /// History: what an event of kind AddKey did.
    EvAddKey => "Product key added", "제품 키 추가";
    /// History: what an event of kind EditKey did.
    EvEditKey => "Product key edited", "제품 키 수정";
    /// History: what an event of kind DeleteKey did.
    EvDeleteKey => "Product key deleted", "제품 키 삭제";
    /// History: what an event of kind AskReplacement did.
    EvAskReplacement => "Replacement requested", "교체 요청";
    /// History: what an event of kind LinkReplacement did.
    EvLinkReplacement => "Replacement key linked", "교체 키 연결";
    /// History: what an event of kind Redeem did.
    EvRedeem => "Key redeemed", "키 등록";
    /// History: what an event of kind AddUser did.
    EvAddUser => "User added", "사용자 추가";
    /// History: what an event of kind ImportUsers did.
    EvImportUsers => "Users imported", "사용자 가져오기";
    /// History: what an event of kind RemoveUser did.
    EvRemoveUser => "User removed", "사용자 제거";
    /// History: what an event of kind AddSeats did.
    EvAddSeats => "Visual Studio subscriptions added", "Visual Studio 구독 추가";
    /// History: what an event of kind SetSeatActivation did.
    EvSetSeatActivation => "Visual Studio activation recorded", "Visual Studio 활성화 기록";
    /// History: what an event of kind AssignSeat did.
    EvAssignSeat => "Visual Studio subscription assigned", "Visual Studio 구독 할당";
    /// History: what an event of kind ReleaseSeat did.
    EvReleaseSeat => "Visual Studio subscription freed", "Visual Studio 구독 해제";
    /// History: what an event of kind RemoveSeat did.
    EvRemoveSeat => "Visual Studio subscription removed", "Visual Studio 구독 제거";
    /// History: what an event of kind AddCredit did.
    EvAddCredit => "Azure credit added", "Azure 크레딧 추가";
    /// History: what an event of kind SetOffers did.
    EvSetOffers => "Azure offers of a user saved", "사용자의 Azure 오퍼 저장";
    /// History: what an event of kind GiveCredit did.
    EvGiveCredit => "Azure credit given", "Azure 크레딧 할당";
    /// History: what an event of kind SetCreditProfile did.
    EvSetCreditProfile => "Azure credit's billing profile saved", "Azure 크레딧 청구 프로필 저장";
    /// History: what an event of kind TakeBackCredit did.
    EvTakeBackCredit => "Azure credit taken back", "Azure 크레딧 회수";
    /// History: what an event of kind SaveMembership did.
    EvSaveMembership => "Membership saved", "멤버십 저장";
    /// History: what an event of kind AddCompetency did.
    EvAddCompetency => "Competency added", "역량 추가";
    /// History: what an event of kind RemoveCompetency did.
    EvRemoveCompetency => "Competency removed", "역량 제거";
    /// History: what an event of kind SetReading did.
    EvSetReading => "Reading of the rules chosen", "규칙 해석 선택";
    /// History: what an event of kind Renew did.
    EvRenew => "Renewal recorded", "갱신 기록";
    /// History: what an event of kind MarkReassigned did.
    EvMarkReassigned => "Reassignment after the move recorded", "전환 후 재할당 기록";
    /// History: what an event of kind SaveSupport did.
    EvSaveSupport => "Support contract saved", "지원 계약 저장";
    /// History: what an event of kind CountIncidents did.
    EvCountIncidents => "Support incidents counted", "지원 인시던트 집계";
    /// History: what an event of kind CountSupport did.
    EvCountSupport => "Support use counted", "지원 사용량 집계";
    /// History: what an event of kind StartContractYear did.
    EvStartContractYear => "Contract year started", "계약 연도 시작";
    /// History: what an event of kind Vault did.
    EvVault => "Key vault changed", "키 보관함 변경";
    /// History: an event of a kind this version does not know.
    EvUnknown => "A change from a newer version", "새 버전에서 기록한 변경";
    /// Navigation and heading: the history page.
    NavHistory => "History", "기록 내역";
    /// History page intro.
    HistoryIntro => "Who changed what, and when: the record for an audit. Any change can be undone here.", "누가 언제 무엇을 바꿨는지 보여 주는 감사용 기록입니다. 여기서 어떤 변경이든 취소할 수 있습니다.";
    /// History: no events yet.
    HistoryEmpty => "No changes recorded yet. Each change you make from now on appears here.", "아직 기록된 변경이 없습니다. 지금부터 하는 변경이 여기에 나타납니다.";
    /// History: the admin's name field.
    HistoryAdminLabel => "Your name, recorded with each change you make in this browser", "이 브라우저에서 하는 변경마다 기록할 이름";
    /// History: save the admin's name.
    HistoryAdminSave => "Save name", "이름 저장";
    /// History: the admin's name was saved.
    HistoryAdminSaved => "Saved. Changes from now on carry this name.", "저장했습니다. 지금부터의 변경에 이 이름이 기록됩니다.";
    /// History: filter by kind.
    HistoryFilterKind => "Kind of change", "변경 종류";
    /// History: filter by admin.
    HistoryFilterAdmin => "Made by", "변경한 사람";
    /// History: filter from a day.
    HistoryFilterFrom => "From (day it took effect)", "시작일(적용일 기준)";
    /// History: filter to a day.
    HistoryFilterTo => "To", "종료일";
    /// History: every kind / every admin.
    HistoryAll => "All", "전체";
    /// History: an event without a name.
    HistoryNobody => "(no name)", "(이름 없음)";
    /// History: recorded at.
    HistoryRecorded => "Recorded {when} by {who}", "{when}에 {who} 기록";
    /// History: effective day.
    HistoryDay => "takes effect {date}", "적용일 {date}";
    /// History: the event is undone.
    HistoryUndone => "Undone", "취소됨";
    /// History: the event could not be applied.
    HistoryRefused => "Not applied: {why}", "적용되지 않음: {why}";
    /// History: undo one event.
    HistoryUndo => "Undo this change", "이 변경 취소";
    /// History: take an undo back.
    HistoryRedo => "Take this undo back", "이 취소를 되돌리기";
    /// History: undo the last change.
    HistoryUndoLast => "Undo the last change", "마지막 변경 취소";
    /// History: export as CSV.
    HistoryExport => "Export the history (CSV)", "기록 내역 내보내기(CSV)";
    /// History: conflicts heading.
    HistoryConflicts => "Changes that no longer apply ({count})", "더 이상 적용되지 않는 변경({count})";
    /// History: conflicts explanation.
    HistoryConflictsText => "A later correction, or a colleague's change merged in, made these impossible under the rules. They stay in the history: undo one, or record it again as it should be.", "나중의 수정이나 병합한 동료의 변경 때문에 규칙상 불가능해진 변경입니다. 기록에는 남아 있으니 하나를 취소하거나 올바르게 다시 기록하세요.";
    /// History: preview heading before an undo.
    HistoryPreviewTitle => "Before you undo: {what}", "취소하기 전에: {what}";
    /// History: nothing else moves.
    HistoryPreviewNothing => "Nothing else changes.", "다른 것은 바뀌지 않습니다.";
    /// History: a subscription moves.
    HistoryPreviewSub => "{name}: {licenses} licenses, ends {end} (now {licenses_now}, {end_now})", "{name}: 라이선스 {licenses}개, {end} 종료(현재 {licenses_now}개, {end_now})";
    /// History: a subscription disappears.
    HistoryPreviewSubGone => "{name} is no longer recorded", "{name} 기록이 없어집니다";
    /// History: later events that would stop applying.
    HistoryPreviewBreaks => "These later changes would no longer apply: {list}", "다음 변경은 더 이상 적용되지 않습니다: {list}";
    /// History: a redemption in Partner Center cannot be undone.
    HistoryPreviewPartnerCenter => "This corrects the record in this app only: Partner Center cannot undo a redemption.", "이 앱의 기록만 바로잡습니다. Partner Center에서는 등록을 취소할 수 없습니다.";
    /// History: confirm the undo.
    HistoryConfirm => "Undo it", "취소하기";
    /// History: cancel.
    HistoryCancel => "Keep it", "그대로 두기";
    /// History: the stored history could not be read.
    HistoryUnreadable => "The stored history could not be read in full, so none of it is shown. Your data is as it was and nothing was changed. Reload the page; if this stays, tell the person who looks after this app.", "저장된 기록 내역을 모두 읽을 수 없어 표시하지 않습니다. 데이터는 그대로이며 아무것도 바뀌지 않았습니다. 페이지를 다시 불러오고, 계속되면 앱 관리자에게 알리세요.";
    /// History: a list label.
    HistoryListLabel => "Changes, newest first", "변경 목록(최신순)";
    /// History: shown count.
    HistoryCount => "{count} changes", "변경 {count}건";
    /// History: how many changes are listed, when one.
    HistoryCountOne => "1 change", "변경 1건";
    /// Change label: undone from the history.
    ChangeUndone => "Change undone.", "변경을 취소했습니다.";
}
