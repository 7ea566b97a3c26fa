// Texts of the Settings page alone, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Settings: section heading for appearance.
    Appearance => "Language and appearance", "언어 및 화면";
    /// Change: sample data removed.
    ChangeSampleRemoved => "Sample data removed.", "예제 데이터를 삭제했습니다.";
    /// Change: backup imported.
    ChangeImported => "Backup imported.", "백업을 가져왔습니다.";
    /// Change: all data cleared.
    ChangeCleared => "All data cleared.", "모든 데이터를 삭제했습니다.";
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
    /// Import: preview heading.
    ImportPreview => "What this backup would change", "이 백업으로 바뀌는 내용";
    /// Import: merge.
    ImportMerge => "Merge into my data", "내 데이터에 합치기";
    /// Import: replace.
    ImportReplace => "Replace all my data", "내 데이터를 모두 바꾸기";
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
    CsvText => "A user list exported from Partner Center user management, the Microsoft 365 admin center (Export users) or Entra ID (Download users), as the site wrote it: columns in any order, named in English or Korean; comma, semicolon or tab; UTF-8 or UTF-16 (Excel's Unicode text).",
        "파트너 센터 사용자 관리, Microsoft 365 관리 센터(사용자 내보내기) 또는 Entra ID(사용자 다운로드)에서 받은 사용자 목록을 그대로 사용하세요. 열 순서는 상관없고 열 이름은 영어나 한국어일 수 있습니다. 쉼표, 세미콜론, 탭 구분과 UTF-8, UTF-16(Excel의 유니코드 텍스트)을 읽습니다.";
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
    /// Vault settings title.
    VaultTitle => "Lock product keys with a passphrase", "제품 키를 암호로 잠그기";
    /// Vault help.
    VaultHelp => "Anyone who uses this browser profile can read what the app stores. With the lock on, each key text is stored encrypted (AES-GCM, with a key made from your passphrase) and only its last group stays readable, so the list can still tell keys apart. Backups keep the texts encrypted.", "이 브라우저 프로필을 쓰는 사람은 누구나 앱이 저장한 내용을 읽을 수 있습니다. 잠금을 켜면 각 키 텍스트가 암호에서 만든 키로 암호화(AES-GCM)되어 저장되고, 목록에서 키를 구별할 수 있도록 마지막 묶음만 읽을 수 있게 남습니다. 백업에도 암호화된 채로 들어갑니다.";
    /// Vault: warning before turning on.
    VaultWarning => "If you forget the passphrase, the key texts cannot be recovered by anyone. Everything else (products, dates, redemptions) stays as it is.", "암호를 잊으면 누구도 키 텍스트를 되살릴 수 없습니다. 나머지(제품, 날짜, 사용 기록)는 그대로 남습니다.";
    /// Vault: tick box.
    VaultUnderstand => "I understand that a forgotten passphrase loses the key texts.", "암호를 잊으면 키 텍스트를 잃는다는 것을 이해했습니다.";
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
    /// Vault: unlocked status.
    VaultIsOpen => "Unlocked in this tab. It locks itself after {idle} minutes without use, or {hidden} minutes hidden.", "이 탭에서 잠금 해제됨. {idle}분 동안 사용하지 않거나 {hidden}분 동안 숨겨져 있으면 다시 잠깁니다.";
    /// Vault: change passphrase.
    VaultChange => "Change passphrase", "암호 바꾸기";
    /// Vault: turn off.
    VaultTurnOff => "Turn the lock off", "잠금 끄기";
    /// Vault: auto-lock idle minutes.
    VaultLockIdle => "Lock after minutes without use", "사용하지 않을 때 잠글 시간(분)";
    /// Vault: auto-lock hidden minutes.
    VaultLockHidden => "Lock after minutes hidden", "숨겨져 있을 때 잠글 시간(분)";
    /// Backup import: the backup's texts are locked with another passphrase.
    BackupNeedsPassphrase => "This backup's key texts are locked with another passphrase. Enter it to bring them in, or import without them.", "이 백업의 키 텍스트는 다른 암호로 잠겨 있습니다. 가져오려면 그 암호를 입력하거나, 키 텍스트 없이 가져오세요.";
    /// Backup import: the backup's passphrase field.
    BackupPassphrase => "The backup's passphrase", "백업의 암호";
    /// Backup import: without texts.
    ImportWithoutTexts => "Import without key texts", "키 텍스트 없이 가져오기";
    /// Settings: the card on keeping the data.
    KeepTitle => "Keeping your data", "데이터 보관";
    /// Keeping: the browser has granted persistent storage.
    KeepPersistent => "This browser has agreed to keep the app's data: it will not clear it to make room. Clearing the site's data by hand, another browser or a new computer still starts empty, so save a backup file now and then.", "이 브라우저는 앱의 데이터를 보관하기로 했습니다. 공간이 부족해도 지우지 않습니다. 다만 사이트 데이터를 직접 지우거나 다른 브라우저나 새 컴퓨터를 쓰면 빈 상태로 시작하므로 가끔 백업 파일을 저장하세요.";
    /// Keeping: best-effort storage.
    KeepBestEffort => "This browser keeps the app's data on a best-effort basis: it may clear it when the disk runs low.", "이 브라우저는 앱의 데이터를 가능한 한 보관할 뿐이며, 디스크 공간이 부족하면 지울 수 있습니다.";
    /// Keeping: the browser does not say.
    KeepUnknown => "This browser does not say whether it will keep the app's data. Save a backup file now and then.", "이 브라우저는 앱의 데이터를 계속 보관할지 알려 주지 않습니다. 가끔 백업 파일을 저장하세요.";
    /// Keeping: button asking for persistent storage.
    KeepAsk => "Ask the browser to keep it", "보관을 브라우저에 요청";
    /// Keeping: the browser did not grant it.
    KeepRefused => "The browser did not agree. Chrome and Edge agree more readily once the app is installed or the site is bookmarked; Firefox asks you.", "브라우저가 동의하지 않았습니다. Chrome과 Edge는 앱을 설치하거나 사이트를 북마크하면 더 쉽게 동의하며, Firefox는 사용자에게 묻습니다.";
    /// Keeping: Safari in a tab deletes data after seven days without a visit.
    KeepSafari => "Safari deletes what a site has stored once Safari has been used for seven days without a visit to it. Add the app to the Home Screen or the Dock to keep the data, and save a backup file.", "Safari는 사이트를 방문하지 않은 채 7일 동안 사용되면 그 사이트가 저장한 데이터를 삭제합니다. 데이터를 보관하려면 앱을 홈 화면이나 Dock에 추가하고 백업 파일도 저장하세요.";
    /// Keeping: the day of the last backup file saved here.
    KeepLastSaved => "Last backup file saved from this browser: {date}.", "이 브라우저에서 마지막으로 저장한 백업 파일: {date}.";
    /// Keeping: the reminder's field.
    KeepRemindLabel => "Remind me on the dashboard when the last backup file is older than this many days (empty: never)", "마지막 백업 파일이 이 일수보다 오래되면 대시보드에서 알림 (비워 두면 알리지 않음)";
    /// Keeping: saves the reminder.
    KeepRemindSave => "Save reminder", "알림 저장";
    /// Keeping: the reminder was saved.
    KeepRemindSaved => "Saved.", "저장했습니다.";
    /// Keeping: the reminder's days are not a number from 1 to 365.
    KeepRemindInvalid => "Enter a whole number of days from 1 to 365, or leave it empty.", "1부터 365까지의 일수를 입력하거나 비워 두세요.";
    /// Folder: the card's heading.
    FolderTitle => "Data folder", "데이터 폴더";
    /// Folder: what it does.
    FolderIntro => "Keep the data in a folder your team already syncs, such as a OneDrive or SharePoint folder. This browser writes one file of its own there and reads all the others, so each colleague's changes are merged in and no one's file is written over. Product key texts never go into the folder.",
        "팀이 이미 동기화하는 폴더(OneDrive나 SharePoint 폴더 등)에 데이터를 보관합니다. 이 브라우저는 그 폴더에 자기 파일 하나만 쓰고 다른 파일은 모두 읽으므로, 동료의 변경 내용이 합쳐지고 누구의 파일도 덮어쓰지 않습니다. 제품 키 문자열은 폴더에 절대 들어가지 않습니다.";
    /// Folder: this browser has no File System Access API.
    FolderUnsupported => "This browser cannot keep data in a folder; Chrome and Edge on a computer can. Here, export a backup below and merge the other browsers' files with Import: that is the same merge. The reminder above tells you when the last backup file is old.",
        "이 브라우저는 폴더에 데이터를 보관할 수 없습니다. 컴퓨터의 Chrome과 Edge에서는 가능합니다. 여기서는 아래에서 백업을 내보내고, 다른 브라우저의 파일은 가져오기로 합치세요. 같은 방식의 병합입니다. 마지막 백업 파일이 오래되면 위의 알림이 알려 줍니다.";
    /// Folder: button that opens the folder picker.
    FolderChoose => "Keep data in a folder…", "폴더에 데이터 보관…";
    /// Folder: the folder in use.
    FolderName => "Folder: {name}", "폴더: {name}";
    /// Folder: look at the folder now.
    FolderLookNow => "Check the folder now", "지금 폴더 확인";
    /// Folder: stop using the folder.
    FolderStop => "Stop using this folder", "이 폴더 사용 중지";
    /// Folder: what stopping leaves.
    FolderStopNote => "The files already in the folder stay as they are.", "폴더에 있는 파일은 그대로 남습니다.";
    /// Folder: the handle could not be kept.
    FolderNotKept => "The browser would not keep the folder for the next visit (its storage is blocked or full), so it is not used.",
        "브라우저가 다음 방문을 위해 폴더를 기억하지 못해(저장소가 막혔거나 가득 참) 폴더를 사용하지 않습니다.";
    /// Folder: the first look is under way.
    FolderWorking => "Checking the folder…", "폴더 확인 중…";
    /// Folder: this browser's file is up to date.
    FolderSavedAt => "Saved to the folder at {time}", "{time}에 폴더에 저장함";
    /// Folder: other browsers' changes merged.
    FolderMerged => "{time}: merged {count} changes from {who}", "{time}: {who}의 변경 {count}건을 합침";
    /// Folder: one change from another browser merged.
    FolderMergedOne => "{time}: merged 1 change from {who}", "{time}: {who}의 변경 1건을 합침";
    /// Folder: permission needed again.
    FolderNeedsPermission => "The browser needs your permission to use the folder again.", "폴더를 다시 사용하려면 브라우저에 권한을 주어야 합니다.";
    /// Folder: button asking for permission again.
    FolderReconnect => "Reconnect folder", "폴더 다시 연결";
    /// Folder: the folder is not where it was.
    FolderGone => "The folder can no longer be found: it was moved, renamed or deleted. Choose it again where it is now; the data in this browser is unchanged.",
        "폴더를 찾을 수 없습니다. 옮겨졌거나 이름이 바뀌었거나 삭제되었습니다. 지금 있는 곳에서 다시 선택하세요. 이 브라우저의 데이터는 그대로입니다.";
    /// Folder: the disk is full.
    FolderFull => "This browser's file could not be written: the disk is full. The data in this browser and the file in the folder are unchanged; free some space and check the folder again.",
        "디스크가 가득 차서 이 브라우저의 파일을 쓰지 못했습니다. 이 브라우저의 데이터와 폴더의 파일은 그대로입니다. 공간을 확보한 뒤 폴더를 다시 확인하세요.";
    /// Folder: another failure, by the browser's name for it.
    FolderFailed => "The folder could not be used ({name}). The data in this browser is unchanged.", "폴더를 사용할 수 없습니다({name}). 이 브라우저의 데이터는 그대로입니다.";
    /// Folder: this browser's own file could not be read.
    FolderOwnUnreadable => "This browser's own file in the folder ({file}) could not be read, so it was not written over. If the sync app is still copying it, wait and check again. If it is damaged, write it anew from this browser's data.",
        "폴더에 있는 이 브라우저의 파일({file})을 읽지 못해 덮어쓰지 않았습니다. 동기화 앱이 아직 복사 중이면 잠시 뒤 다시 확인하세요. 파일이 손상되었다면 이 브라우저의 데이터로 새로 쓰세요.";
    /// Folder: write this browser's file anew.
    FolderWriteAnew => "Write it anew", "새로 쓰기";
    /// Folder: the history here could not be read whole.
    FolderHistoryUnreadable => "The history stored in this browser could not be read in full, so nothing was merged or written. Reload the page and check again.",
        "이 브라우저에 저장된 기록 내역을 모두 읽지 못해 아무것도 합치거나 쓰지 않았습니다. 페이지를 다시 불러온 뒤 다시 확인하세요.";
    /// Folder (header): the folder is not connected.
    FolderNotConnected => "Folder not connected", "폴더 연결 안 됨";
    /// Folder (header): the folder has a problem; details in Settings.
    FolderNotSaved => "Not saved to the folder", "폴더에 저장 안 됨";
    /// Folder (header): link to the card in Settings.
    FolderDetails => "Details", "자세히";
    /// Folder (header): the region's name for screen readers.
    FolderStatusLabel => "Data folder", "데이터 폴더";
    /// Folder: heading of the list of files.
    FolderFilesTitle => "Files in the folder", "폴더의 파일";
    /// Folder: this browser's own file.
    FolderFileOwn => "this browser's file", "이 브라우저의 파일";
    /// Folder: a file read, its changes and who wrote it.
    FolderFileRead => "{count} changes, written by {who}", "변경 {count}건, {who} 작성";
    /// Folder: a file read, with one change.
    FolderFileReadOne => "1 change, written by {who}", "변경 1건, {who} 작성";
    /// Folder: a file that is not the app's.
    FolderFileNotOurs => "not a file of this app: left alone", "이 앱의 파일이 아님: 그대로 둠";
    /// Folder: a file cut short.
    FolderFileCutShort => "incomplete, perhaps still being synced: read again at the next check", "불완전함(아직 동기화 중일 수 있음): 다음 확인 때 다시 읽음";
    /// Folder: a file from a newer version.
    FolderFileNewer => "written by a newer version of the app (schema {schema}): not read. Reload the app to update it.", "더 새로운 버전의 앱이 씀(스키마 {schema}): 읽지 않음. 앱을 다시 불러와 업데이트하세요.";
    /// Folder: a damaged file.
    FolderFileDamaged => "damaged: not read", "손상됨: 읽지 않음";
    /// Folder: files that claim one browser.
    FolderSameDevice => "{a} and {b} say they come from the same browser: a copy the sync app made, or a copied browser profile. Both were read; you may delete the copy.",
        "{a}와 {b}는 같은 브라우저에서 왔다고 합니다. 동기화 앱이 만든 사본이거나 복사한 브라우저 프로필입니다. 둘 다 읽었으며 사본은 삭제해도 됩니다.";
    /// Change: other browsers' changes merged from the folder.
    ChangeFolderMerged => "Changes from the data folder merged.", "데이터 폴더의 변경 내용을 합쳤습니다.";
    /// Settings: the records-as-CSV card's heading.
    CsvOutTitle => "Export records as CSV", "기록을 CSV로 내보내기";
    /// Settings: what the records-as-CSV card gives.
    CsvOutText => "One file a kind of record, one row a record, every date as year-month-day: for a spreadsheet, a colleague or an audit. Key texts are never written to these files; a backup carries them.", "기록 종류마다 파일 하나, 기록마다 한 행이며 날짜는 모두 연-월-일로 씁니다. 스프레드시트나 동료, 감사에 쓰세요. 키 문자열은 이 파일에 쓰지 않습니다. 키는 백업에 담깁니다.";
    /// Settings: export button.
    CsvOutKeys => "Product keys (CSV)", "제품 키(CSV)";
    /// Settings: export button.
    CsvOutSubscriptions => "Subscriptions (CSV)", "구독(CSV)";
    /// Settings: export button.
    CsvOutSeats => "Visual Studio seats (CSV)", "Visual Studio 좌석(CSV)";
    /// Settings: export button.
    CsvOutCredits => "Azure credits (CSV)", "Azure 크레딧(CSV)";
    /// Sheet import: heading.
    SheetTitle => "Import your own spreadsheet", "직접 관리하던 스프레드시트 가져오기";
    /// Sheet import: what it does.
    SheetText => "Product keys, subscriptions or Visual Studio seats you kept in a spreadsheet before this app. Save the sheet as CSV (UTF-8, or Excel's Unicode text). You check which column is which and how the dates read, and see what every row would do before anything is saved; one Undo takes the whole import back.",
        "이 앱을 쓰기 전에 스프레드시트로 관리하던 제품 키, 구독, Visual Studio 구독을 가져옵니다. 시트를 CSV(UTF-8 또는 Excel의 유니코드 텍스트)로 저장하세요. 어느 열이 무엇인지, 날짜를 어떻게 읽는지 확인하고, 저장하기 전에 각 행이 무엇을 바꾸는지 봅니다. 실행 취소 한 번으로 가져온 내용 전체를 되돌립니다.";
    /// Sheet import: the kind question.
    SheetKindLegend => "Each row of the file is", "파일의 각 행은";
    /// Sheet import: kind keys.
    SheetKindKeys => "a product key", "제품 키";
    /// Sheet import: kind subscriptions.
    SheetKindSubscriptions => "a subscription", "구독";
    /// Sheet import: kind seats.
    SheetKindSeats => "a Visual Studio seat", "Visual Studio 구독";
    /// Sheet import: the file input.
    SheetChoose => "Spreadsheet saved as CSV", "CSV로 저장한 스프레드시트";
    /// Sheet import: an Excel workbook chosen.
    SheetWorkbook => "This is an Excel workbook (.xlsx), which the app does not read. In Excel choose File, Save As, \"CSV UTF-8\", and choose that file here.",
        "Excel 통합 문서(.xlsx)는 앱이 읽지 않습니다. Excel에서 파일, 다른 이름으로 저장, \"CSV UTF-8\"을 고른 뒤 그 파일을 여기서 선택하세요.";
    /// Sheet import: empty file.
    SheetEmpty => "The file is empty.", "파일이 비어 있습니다.";
    /// Sheet import: not text ({line}).
    SheetNotText => "Line {line} is not text in UTF-8 or UTF-16. Save the sheet as \"CSV UTF-8\" and try again.",
        "{line}번째 줄이 UTF-8이나 UTF-16 텍스트가 아닙니다. 시트를 \"CSV UTF-8\"로 저장한 뒤 다시 시도하세요.";
    /// Sheet import: not CSV ({line}).
    SheetMalformed => "Line {line} cannot be read as CSV (a quote that is never closed?). Nothing was imported.",
        "{line}번째 줄을 CSV로 읽을 수 없습니다(닫히지 않은 따옴표?). 아무것도 가져오지 않았습니다.";
    /// Sheet import: header only.
    SheetNoRows => "The file has a header row and nothing under it.", "파일에 머리글 행만 있고 그 아래에 내용이 없습니다.";
    /// Sheet import: mapping heading.
    SheetMappingTitle => "Columns", "열";
    /// Sheet import: mapping explanation.
    SheetMappingText => "Which column of the file holds each field, guessed from the headers. Change any that is wrong; the rows are read again.",
        "각 항목이 파일의 어느 열에 있는지 머리글로 추측했습니다. 틀린 것이 있으면 바꾸세요. 행을 다시 읽습니다.";
    /// Sheet import: mapping column header.
    SheetField => "Field", "항목";
    /// Sheet import: mapping column header.
    SheetColumn => "Column in the file", "파일의 열";
    /// Sheet import: no column.
    SheetNotInFile => "(not in the file)", "(파일에 없음)";
    /// Sheet import: needed field.
    SheetNeeded => "(needed)", "(필수)";
    /// Sheet import: needed fields without a column ({fields}).
    SheetMissing => "Choose a column for: {fields}.", "다음 항목의 열을 고르세요: {fields}.";
    /// Sheet field.
    SheetColProduct => "Product", "제품";
    /// Sheet field.
    SheetColKey => "Product key", "제품 키";
    /// Sheet field.
    SheetColLicenses => "Licenses", "라이선스 수";
    /// Sheet field.
    SheetColReceived => "Day received", "받은 날";
    /// Sheet field.
    SheetColRedeemed => "Day redeemed", "등록한 날";
    /// Sheet field.
    SheetColTenant => "Tenant", "테넌트";
    /// Sheet field.
    SheetColEnd => "End date", "종료일";
    /// Sheet field.
    SheetColEmail => "Holder's email", "사용자 이메일";
    /// Sheet field.
    SheetColName => "Holder's name", "사용자 이름";
    /// Sheet field.
    SheetColLevel => "Level", "수준";
    /// Sheet field.
    SheetColAssigned => "Day assigned", "할당한 날";
    /// Sheet field.
    SheetColActivated => "Day activated", "활성화한 날";
    /// Sheet import: dates heading.
    SheetDatesTitle => "Dates", "날짜";
    /// Sheet import: no dates.
    SheetDatesNone => "The columns chosen hold no dates.", "고른 열에 날짜가 없습니다.";
    /// Sheet import: year-first dates.
    SheetDatesYearFirst => "Dates with the year first (2026-03-01, 2026. 3. 1.) read only one way.",
        "연도가 앞에 오는 날짜(2026-03-01, 2026. 3. 1.)는 한 가지로만 읽힙니다.";
    /// Sheet import: the order, as the file shows it.
    SheetDatesOrder => "Dates with the year last (3/1/2026) read as", "연도가 뒤에 오는 날짜(3/1/2026)는 다음과 같이 읽습니다";
    /// Sheet import: the order, which the file cannot tell.
    SheetDatesEither => "Every date with the year last (3/1/2026) reads both ways. Which is it?",
        "연도가 뒤에 오는 날짜(3/1/2026)가 모두 두 가지로 읽힙니다. 어느 쪽입니까?";
    /// Sheet import: month first.
    SheetMonthFirst => "month/day/year (as in the United States)", "월/일/연도(미국식)";
    /// Sheet import: day first.
    SheetDayFirst => "day/month/year", "일/월/연도";
    /// Sheet import: the first date as read ({line}, {text}, {day}).
    SheetDatesExample => "For example, line {line}: “{text}” is read as {day}.", "예: {line}번째 줄의 “{text}”는 {day}로 읽습니다.";
    /// Sheet import: confirmation.
    SheetDatesConfirm => "The dates are read right", "날짜를 올바르게 읽었습니다";
    /// Sheet import: summary ({rows}, {changes}, {same}, {refused}, {left}).
    SheetSummary => "{rows} rows read: {changes} to import, {same} already here, {refused} refused by the rules. Left out: {left}.",
        "{rows}개 행을 읽었습니다. 가져올 행 {changes}개, 이미 있는 행 {same}개, 규칙이 거부한 행 {refused}개입니다. 빠진 행: {left}개.";
    /// Sheet import: rows left out heading.
    SheetLeftOut => "Rows left out", "빠진 행";
    /// Sheet import: a cell's problem.
    SheetProblem => "Line {line}, column “{column}” (“{value}”): {why}", "{line}번째 줄, “{column}” 열(“{value}”): {why}";
    /// Sheet import: a cell that is no date.
    SheetBadDate => "not a date the app reads (2026-03-01, 3/1/2026 or 2026. 3. 1.)", "앱이 읽을 수 있는 날짜가 아닙니다(2026-03-01, 3/1/2026, 2026. 3. 1.)";
    /// Sheet import: a row's problem.
    SheetProblemRow => "Line {line}: {why}", "{line}번째 줄: {why}";
    /// Sheet import: a row twice ({first}).
    SheetTwice => "the same record as line {first}", "{first}번째 줄과 같은 항목입니다";
    /// Sheet import: unknown level.
    SheetBadLevel => "not a level this app keeps (Visual Studio Professional or Enterprise)", "이 앱이 관리하는 수준(Visual Studio Professional 또는 Enterprise)이 아닙니다";
    /// Sheet import: a held seat without its day.
    SheetNoDay => "a seat with a holder needs the day it was assigned", "사용자가 있는 구독에는 할당한 날이 필요합니다";
    /// Sheet import: a refused row ({line}, {why}).
    SheetRefused => "Line {line} is refused: {why}", "{line}번째 줄은 거부됩니다: {why}";
    /// Sheet import: more not listed ({count}).
    SheetMore => "And {count} more rows.", "그 밖에 {count}개 행이 더 있습니다.";
    /// Sheet import: preview region.
    SheetPreview => "Every row and what importing it does", "각 행과 가져오면 바뀌는 내용";
    /// Sheet import: preview column.
    SheetLine => "Line", "줄";
    /// Sheet import: preview column.
    SheetRecord => "Record", "항목";
    /// Sheet import: preview column.
    SheetResult => "Result", "결과";
    /// Sheet import: a free seat.
    SheetFreeSeat => "free", "미할당";
    /// Sheet import: row result.
    SheetAdded => "Added", "추가";
    /// Sheet import: row result.
    SheetAddedRedeemed => "Added and recorded as redeemed on its day", "추가하고 그날 등록한 것으로 기록";
    /// Sheet import: row result.
    SheetRedeemed => "Already here: recorded as redeemed on its day", "이미 있음: 그날 등록한 것으로 기록";
    /// Sheet import: row result.
    SheetSame => "Already here: nothing changes", "이미 있음: 바뀌는 것 없음";
    /// Sheet import: row result.
    SheetSeatAssigned => "Seat given to its holder", "사용자에게 구독 할당";
    /// Sheet import: row result.
    SheetSeatUpdated => "Seat's days corrected", "구독 날짜 수정";
    /// Sheet import: row result.
    SheetSeatHeld => "Free in the file but held here: left as it is", "파일에서는 미할당이지만 여기서는 할당됨: 그대로 둠";
    /// Sheet import: nothing to import.
    SheetNothing => "Nothing to import: every row is already here or refused.", "가져올 것이 없습니다. 모든 행이 이미 있거나 거부되었습니다.";
    /// Sheet import: refused rows left out.
    SheetRefusedNote => "Refused rows are left out of the import. Correct them in the file and import it again (rows already here are not added twice), or enter them by hand.",
        "거부된 행은 가져오지 않습니다. 파일에서 고친 뒤 다시 가져오거나(이미 있는 행은 두 번 추가되지 않습니다) 직접 입력하세요.";
    /// Sheet import: the button ({count}).
    SheetImport => "Import {count} rows", "{count}개 행 가져오기";
    /// Sheet import: done ({count}).
    SheetDone => "{count} rows imported. Undo takes the whole import back.", "{count}개 행을 가져왔습니다. 실행 취소로 전체를 되돌릴 수 있습니다.";
    /// Sheet import: keys locked.
    SheetVaultLocked => "Your product keys are locked. Unlock them (Key lock, above) so the keys in the file can be compared with yours and locked too.",
        "제품 키가 잠겨 있습니다. 파일의 키를 기존 키와 비교하고 함께 잠글 수 있도록 먼저 잠금을 해제하세요(위의 키 잠금).";
    /// Sheet import: the data changed meanwhile.
    SheetChanged => "Nothing was imported: the records changed meanwhile (in another tab?). Choose the file again to see what it would do now.",
        "아무것도 가져오지 않았습니다. 그사이 기록이 바뀌었습니다(다른 탭에서?). 파일을 다시 골라 지금 바뀌는 내용을 확인하세요.";
    /// Change: spreadsheet imported.
    ChangeSheetImported => "Spreadsheet imported.", "스프레드시트를 가져왔습니다.";
}
