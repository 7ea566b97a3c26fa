// Texts of the History page alone, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
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
    /// History: what an event of kind AddSubscription did.
    EvAddSubscription => "Subscription added by hand", "구독 직접 추가";
    /// History: what an event of kind ImportPortalSeats did (its detail is the number of rows).
    EvImportPortalSeats => "Visual Studio subscribers imported from the portal's export", "포털 내보내기에서 Visual Studio 구독자 가져오기";
    /// History: what an event of kind Batch did (the admin's spreadsheet imported; its detail counts the steps by kind).
    EvBatch => "Imported from your own spreadsheet", "직접 관리하던 스프레드시트에서 가져오기";
    /// History: in a spreadsheet's import, its Visual Studio seat rows (counted after it).
    EvSheetSeats => "Visual Studio seats matched or added", "Visual Studio 구독 맞춤 또는 추가";
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
    /// Report card: heading.
    ReportCardTitle => "Audit report", "감사 보고서";
    /// Report card: what it is.
    ReportCardText => "One printable page from the record of changes: who holds each Visual Studio subscription and Azure credit and since when, what each product key was redeemed into, where and when, and every change with who recorded it. Print it, or save it as PDF from the print dialog.",
        "변경 기록으로 만든 인쇄용 보고서입니다. 각 Visual Studio 구독과 Azure 크레딧을 누가 언제부터 갖고 있는지, 각 제품 키를 언제 어디에 어떻게 등록했는지, 그리고 모든 변경과 기록한 사람을 보여 줍니다. 인쇄하거나 인쇄 창에서 PDF로 저장하세요.";
    /// Report card: show.
    ReportShow => "Show the report", "보고서 보기";
    /// Report card: hide.
    ReportHide => "Hide the report", "보고서 닫기";
    /// Report card: print.
    ReportPrint => "Print", "인쇄";
    /// Report: heading.
    ReportTitle => "Audit report: Partner Benefits Desk", "감사 보고서: Partner Benefits Desk";
    /// Report: intro ({today}, {count}, {first}, {last}).
    ReportIntro => "Made on {today} from the {count} changes recorded from {first} to {last}. Holders and days are as the records stand after every change in force.",
        "{first}부터 {last}까지 기록된 변경 {count}건으로 {today}에 만들었습니다. 사용자와 날짜는 유효한 모든 변경을 적용한 현재 기록입니다.";
    /// Report: no key text.
    ReportNoKeys => "Product key texts are never part of this report.", "이 보고서에는 제품 키 문자열이 포함되지 않습니다.";
    /// Report: empty section.
    ReportNone => "None recorded.", "기록 없음.";
    /// Report: a free seat or credit.
    ReportFree => "Nobody (free)", "없음(미할당)";
    /// Report: seats heading.
    ReportSeats => "Visual Studio subscriptions: who holds them, since when", "Visual Studio 구독: 사용자와 시작일";
    /// Report column.
    ReportLevel => "Level", "수준";
    /// Report column.
    ReportHolder => "Held by", "사용자";
    /// Report column.
    ReportSince => "Since", "시작일";
    /// Report column.
    ReportActivated => "Activated", "활성화";
    /// Report column.
    ReportBefore => "Held before by", "이전 사용자";
    /// Report: keys heading.
    ReportKeys => "Product keys: what was redeemed where and when", "제품 키: 언제 어디에 등록했는지";
    /// Report column.
    ReportProduct => "Product × licenses", "제품 × 라이선스";
    /// Report column.
    ReportReceived => "Received", "받은 날";
    /// Report column.
    ReportRedeemed => "Redeemed", "등록한 날";
    /// Report: a key not redeemed.
    ReportNotRedeemed => "Not redeemed", "등록 안 함";
    /// Report column.
    ReportTenant => "Tenant", "테넌트";
    /// Report column.
    ReportWay => "How", "방법";
    /// Report column.
    ReportSubscription => "Into subscription (now)", "등록한 구독(현재)";
    /// Report: credits heading.
    ReportCredits => "Azure credits: who holds them, since when", "Azure 크레딧: 사용자와 시작일";
    /// Report column.
    ReportCredit => "Credit", "크레딧";
    /// Report column.
    ReportMoves => "Times moved", "이동 횟수";
    /// Report: changes heading.
    ReportChanges => "Record of changes, newest first", "변경 기록(최신순)";
    /// Report column.
    ReportRecorded => "Recorded", "기록 시각";
    /// Report column.
    ReportBy => "By", "기록한 사람";
    /// Report column.
    ReportEffect => "Takes effect", "적용일";
    /// Report column.
    ReportChange => "Change", "변경";
    /// Report column.
    ReportStatus => "Status", "상태";
    /// Report: older changes left out ({count}).
    ReportMore => "{count} older changes are not listed here; the CSV export of the history has every one.",
        "이전 변경 {count}건은 여기에 없습니다. 기록 내역의 CSV 내보내기에 모두 들어 있습니다.";
}
