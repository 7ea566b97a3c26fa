// Texts of the Visual Studio page alone, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
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
    VsAssign => "Assign", "할당";
    /// Visual Studio page.
    VsRemoveSeat => "Remove seat", "좌석 삭제";
    /// Visual Studio page.
    VsAssignedTo => "Assigned to {name} on {date}.", "{date}에 {name}에게 할당됨.";
    /// Visual Studio page.
    VsLocked => "Can move to someone else from {date} (in {days}).", "{date}부터 다른 사람에게 옮길 수 있습니다({days} 남음).";
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
    /// Visual Studio page, portal import: the card's heading.
    VsImportTitle => "Import from the subscriptions portal", "구독 관리 포털에서 가져오기";
    /// Visual Studio page, portal import: what the card does.
    VsImportText => "Export the subscriber list from the Visual Studio Subscriptions admin portal and choose the file here. Seats, the people who hold them and the days they were assigned and activated come from it, so the 90-day dates are right for seats given long before this app. Nothing is saved until you press Import.", "Visual Studio 구독 관리 포털에서 구독자 목록을 내보낸 뒤 여기서 파일을 선택하세요. 좌석과 좌석을 가진 사람, 할당일과 활성화일을 파일에서 읽으므로, 이 앱을 쓰기 전에 준 좌석도 90일 날짜가 정확합니다. 가져오기를 누르기 전에는 아무것도 저장되지 않습니다.";
    /// Visual Studio page, portal import: link to Microsoft's page on exporting.
    VsImportHow => "How to export the list (Microsoft Learn)", "목록을 내보내는 방법 (Microsoft Learn)";
    /// Visual Studio page, portal import: the file input's label.
    VsImportChoose => "Subscriber export (CSV):", "구독자 내보내기 파일(CSV):";
    /// Visual Studio page, portal import: after importing; {count} rows.
    VsImportDone => "{count} subscriptions imported from the portal's export.", "포털 내보내기에서 구독 {count}개를 가져왔습니다.";
    /// Visual Studio page, portal import: what the file would do.
    VsImportSummary => "Subscriptions read: {rows}. New seats: {added}. Assigned: {assigned}. Corrected to the portal's days: {updated}. Already as the portal says: {same}. Free in the portal but held here, left as they are: {held}. People added to the user list: {users}.", "읽은 구독: {rows}개. 새 좌석: {added}개. 할당: {assigned}개. 포털 날짜로 고침: {updated}개. 이미 포털과 같음: {same}개. 포털에서는 비었지만 여기서는 할당되어 그대로 둠: {held}개. 사용자 목록에 추가될 사람: {users}명.";
    /// Visual Studio page, portal import: every row is already here.
    VsImportNothing => "Everything in this file is already here: there is nothing to import.", "이 파일의 내용이 모두 이미 있습니다. 가져올 것이 없습니다.";
    /// Visual Studio page, portal import: the question when every date reads two ways.
    VsImportOrder => "Every date in this file can be read two ways. How does the portal write them?", "이 파일의 날짜는 모두 두 가지로 읽힐 수 있습니다. 포털은 날짜를 어떻게 씁니까?";
    /// Visual Studio page, portal import: month first.
    VsImportMonthFirst => "Month first: 3/4/2026 is March 4", "월이 먼저: 3/4/2026은 3월 4일";
    /// Visual Studio page, portal import: day first.
    VsImportDayFirst => "Day first: 3/4/2026 is 3 April", "일이 먼저: 3/4/2026은 4월 3일";
    /// Visual Studio page, portal import: a row the rules refuse; nothing is imported.
    VsImportRefused => "Line {line} cannot be imported: {why} Nothing is imported until every row can be.", "{line}행은 가져올 수 없습니다: {why} 모든 행을 가져올 수 있을 때까지 아무것도 가져오지 않습니다.";
    /// Visual Studio page, portal import: heading of the rows left out.
    VsImportLeftOut => "Rows left out", "제외된 행";
    /// Visual Studio page, portal import: a row left out.
    VsImportProblem => "Line {line}, {column} “{value}”: {why}", "{line}행, {column} “{value}”: {why}";
    /// Visual Studio page, portal import: rows refused or left out beyond those listed.
    VsImportMore => "…and {count} more rows, not listed here. Correct the file and choose it again to see them.", "…외 {count}개 행은 여기 표시하지 않았습니다. 파일을 고친 뒤 다시 선택하면 볼 수 있습니다.";
    /// Visual Studio page, portal import: the preview table's name.
    VsImportPreview => "What importing each row does", "행마다 가져오기 결과";
    /// Visual Studio page, portal import: preview column.
    VsImportLevel => "Level", "수준";
    /// Visual Studio page, portal import: preview column.
    VsImportLine => "Line", "행";
    /// Visual Studio page, portal import: preview column, and the export's column of that name.
    VsImportAssigned => "Assigned", "할당일";
    /// Visual Studio page, portal import: preview column.
    VsImportResult => "Result", "결과";
    /// Visual Studio page, portal import: the button.
    VsImportButton => "Import", "가져오기";
    /// Visual Studio page, portal import: a row's result.
    VsImportAdded => "new seat", "새 좌석";
    /// Visual Studio page, portal import: a row's result.
    VsImportSame => "already here", "이미 있음";
    /// Visual Studio page, portal import: a row's result.
    VsImportUpdated => "days corrected", "날짜 고침";
    /// Visual Studio page, portal import: a row's result.
    VsImportAssignedNow => "assigned", "할당";
    /// Visual Studio page, portal import: a row's result.
    VsImportHeldHere => "held here: left as it is", "여기서는 할당됨: 그대로 둠";
    /// Visual Studio page, portal import: the file is empty.
    VsImportEmpty => "The file is empty.", "파일이 비어 있습니다.";
    /// Visual Studio page, portal import: not text.
    VsImportNotText => "Line {line} is not text this app can read. Save the file as CSV (UTF-8) and choose it again.", "{line}행은 이 앱이 읽을 수 있는 텍스트가 아닙니다. 파일을 CSV(UTF-8)로 저장한 뒤 다시 선택하세요.";
    /// Visual Studio page, portal import: not CSV.
    VsImportMalformed => "Line {line} cannot be read as CSV (a quote left open?).", "{line}행을 CSV로 읽을 수 없습니다(닫히지 않은 따옴표가 있나요?).";
    /// Visual Studio page, portal import: headers only.
    VsImportNoRows => "The file has column names but no subscribers.", "파일에 열 이름만 있고 구독자가 없습니다.";
    /// Visual Studio page, portal import: a column the export always has is missing.
    VsImportMissing => "This is not the subscriber export: it has no “{column}” column.", "구독자 내보내기 파일이 아닙니다: “{column}” 열이 없습니다.";
    /// Visual Studio page, portal import: the export's level column.
    VsImportColLevel => "Subscription Level", "구독 수준";
    /// Visual Studio page, portal import: the export's email column.
    VsImportColEmail => "Email", "이메일";
    /// Visual Studio page, portal import: why a row is left out.
    VsImportBadLevel => "a level this app does not keep (it keeps Professional and Enterprise)", "이 앱이 관리하지 않는 수준입니다(Professional과 Enterprise만 관리)";
    /// Visual Studio page, portal import: why a row is left out.
    VsImportBadDate => "not a date", "날짜가 아닙니다";
    /// Visual Studio page, portal import: why a row is left out.
    VsImportNoDay => "assigned, but without the day it was", "할당되었지만 할당일이 없습니다";
    /// Visual Studio page, portal import: why a row is left out.
    VsImportActivatedFirst => "activated before it was assigned", "할당되기 전에 활성화되었습니다";
    /// Visual Studio page, portal import: why a row is left out.
    VsImportTwice => "the same subscription as line {first}", "{first}행과 같은 구독입니다";
    /// Change label.
    ChangeSubscribersImported => "Subscribers imported.", "구독자를 가져왔습니다.";
}
