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
}
