// Texts of the Support page alone, English and Korean:
// `Id => "English", "한국어";`. build.rs joins the files of src/i18n/catalog/, in
// its CATALOG_FILES order, into the one `messages!` list (docs/i18n.md). Write each
// message in the app's own words; never paste sentences from the seed FAQ or from
// Microsoft's pages (link to them).

messages! {
    /// Label: incidents used so far this contract year (history from before the app).
    SpUsedLabel => "Incidents used so far this contract year (blank: as counted here)", "이번 계약 연도에 지금까지 쓴 인시던트 수 (비우면 여기서 센 대로)";
    /// Support page: checklist step.
    SpStepSignIn => "Sign in to Partner Center as a global admin or as the partner program's admin (the partner admin role).",
        "전역 관리자 또는 파트너 프로그램 관리자(파트너 관리자 역할) 계정으로 파트너 센터에 로그인합니다.";
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
    /// Support form: cloud incidents allowed (R28).
    SpCloudAllowedLabel => "Partner Cloud Support incidents a year (leave blank for the program default)", "연간 Partner Cloud Support 인시던트 수(비워 두면 프로그램 기본값)";
    /// Support form: advisory hours allowed (R28).
    SpHoursAllowedLabel => "Advisory hours a year (leave blank for the program default)", "연간 자문 시간(비워 두면 프로그램 기본값)";
}
