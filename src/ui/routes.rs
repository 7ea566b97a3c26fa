//! Every path of the app and every query it reads, in one table: the router in
//! `app.rs` is built from [`Page::segment`], links come from [`Page::path`] and
//! the typed queries below, and a page never parses its own address.

use crate::i18n::Msg;
use crate::ledger::change::Target;
use crate::model::RedemptionMode;
use crate::model::TenantOwner;

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// What is due.
    Dashboard,
    /// Membership and renewal.
    Membership,
    /// Product keys.
    Keys,
    /// Cloud subscriptions.
    Subscriptions,
    /// The redemption wizard (reached from keys and subscriptions, not the menu).
    Redeem,
    /// Visual Studio seats.
    VisualStudio,
    /// Azure credits.
    Azure,
    /// Technical support.
    Support,
    /// The rules.
    Rules,
    /// Settings.
    Settings,
    /// The ledger as a journal: who changed what, and when.
    History,
}

impl Page {
    /// Every page.
    pub const ALL: [Page; 11] = [
        Page::Dashboard,
        Page::Membership,
        Page::Keys,
        Page::Subscriptions,
        Page::Redeem,
        Page::VisualStudio,
        Page::Azure,
        Page::Support,
        Page::Rules,
        Page::Settings,
        Page::History,
    ];

    /// The pages the navigation lists, in its order.
    pub const NAV: [Page; 10] = [
        Page::Dashboard,
        Page::Membership,
        Page::Keys,
        Page::Subscriptions,
        Page::VisualStudio,
        Page::Azure,
        Page::Support,
        Page::Rules,
        Page::History,
        Page::Settings,
    ];

    /// The route segment under the base (`""` for the dashboard).
    pub fn segment(self) -> &'static str {
        match self {
            Page::Dashboard => "",
            Page::Membership => "membership",
            Page::Keys => "keys",
            Page::Subscriptions => "subscriptions",
            Page::Redeem => "redeem",
            Page::VisualStudio => "visual-studio",
            Page::Azure => "azure-credits",
            Page::Support => "support",
            Page::Rules => "rules",
            Page::Settings => "settings",
            Page::History => "history",
        }
    }

    /// The page's path under the base: `/` and the segment.
    pub fn path(self) -> &'static str {
        match self {
            Page::Dashboard => "/",
            Page::Membership => "/membership",
            Page::Keys => "/keys",
            Page::Subscriptions => "/subscriptions",
            Page::Redeem => "/redeem",
            Page::VisualStudio => "/visual-studio",
            Page::Azure => "/azure-credits",
            Page::Support => "/support",
            Page::Rules => "/rules",
            Page::Settings => "/settings",
            Page::History => "/history",
        }
    }

    /// The page a path (under the base, without query) shows, if any: one
    /// segment, or two for the wizard's step (`/redeem/tenant`).
    pub fn from_path(path: &str) -> Option<Page> {
        let mut parts = path.trim_matches('/').split('/');
        let first = parts.next().unwrap_or("");
        let page = Page::ALL.into_iter().find(|p| p.segment() == first)?;
        let more = parts.count();
        (more == 0 || (page == Page::Redeem && more == 1)).then_some(page)
    }

    /// The wizard's step a path names (`/redeem/tenant`); the first step
    /// without one.
    pub fn step_of(path: &str) -> Step {
        Step::from_slug(path.trim_matches('/').split('/').nth(1).unwrap_or(""))
    }

    /// Its name in the navigation and as its heading.
    pub fn label(self) -> Msg {
        match self {
            Page::Dashboard => Msg::NavDashboard,
            Page::Membership => Msg::NavMembership,
            Page::Keys => Msg::NavKeys,
            Page::Subscriptions => Msg::NavSubscriptions,
            Page::Redeem => Msg::WzTitle,
            Page::VisualStudio => Msg::NavVisualStudio,
            Page::Azure => Msg::NavAzure,
            Page::Support => Msg::NavSupport,
            Page::Rules => Msg::NavRules,
            Page::Settings => Msg::NavSettings,
            Page::History => Msg::NavHistory,
        }
    }

    /// What the page is for.
    pub fn intro(self) -> Msg {
        match self {
            Page::Dashboard => Msg::DashboardIntro,
            Page::Membership => Msg::MembershipIntro,
            Page::Keys => Msg::KeysIntro,
            Page::Subscriptions => Msg::SubscriptionsIntro,
            Page::Redeem => Msg::WzIntro,
            Page::VisualStudio => Msg::VisualStudioIntro,
            Page::Azure => Msg::AzureIntro,
            Page::Support => Msg::SupportIntro,
            Page::Rules => Msg::RulesIntro,
            Page::Settings => Msg::SettingsIntro,
            Page::History => Msg::HistoryIntro,
        }
    }
}

/// The steps of the redemption wizard, in order: `/redeem/<step>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    /// Which key.
    Key,
    /// Whose tenant.
    Tenant,
    /// A new subscription or an existing one.
    Target,
    /// The ways side by side.
    Compare,
    /// The last look before it is recorded.
    Confirm,
    /// Recorded; the replacement window.
    Done,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [
        Step::Key,
        Step::Tenant,
        Step::Target,
        Step::Compare,
        Step::Confirm,
        Step::Done,
    ];

    /// The step's route segment under `/redeem`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Key => "key",
            Step::Tenant => "tenant",
            Step::Target => "target",
            Step::Compare => "compare",
            Step::Confirm => "confirm",
            Step::Done => "done",
        }
    }

    /// The step of a segment; the first step for anything else.
    pub fn from_slug(s: &str) -> Step {
        Step::ALL
            .into_iter()
            .find(|x| x.slug() == s)
            .unwrap_or(Step::Key)
    }

    /// Its name in the step list.
    pub fn label(self) -> Msg {
        match self {
            Step::Key => Msg::WzKey,
            Step::Tenant => Msg::WzTenant,
            Step::Target => Msg::WzTarget,
            Step::Compare => Msg::WzCompare,
            Step::Confirm => Msg::WzConfirm,
            Step::Done => Msg::WzDone,
        }
    }
}

/// What has been chosen so far in the wizard, kept in its query
/// (`?key=3&owner=own&tenant=…&sub=7&mode=extend`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choice {
    /// The key.
    pub key: Option<u64>,
    /// Whose tenant.
    pub owner: Option<TenantOwner>,
    /// The tenant's name, as the user typed it.
    pub tenant: String,
    /// The subscription.
    pub target: Option<Target>,
    /// The way chosen on the compare step.
    pub mode: Option<RedemptionMode>,
}

const MODES: [(RedemptionMode, &str); 3] = [
    (RedemptionMode::New, "new"),
    (RedemptionMode::Add, "add"),
    (RedemptionMode::Extend, "extend"),
];

/// The query value of a way to redeem.
pub fn mode_slug(mode: RedemptionMode) -> &'static str {
    MODES
        .iter()
        .find(|(m, _)| *m == mode)
        .map_or("new", |(_, s)| s)
}

impl Choice {
    /// Read from the address's query values.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Choice {
        let target = match get("sub").as_deref() {
            Some("new") => Some(Target::New),
            Some("other") => {
                let licenses = get("licenses").and_then(|v| v.parse().ok());
                let end = get("end").and_then(|v| crate::model::iso::parse(&v));
                licenses
                    .zip(end)
                    .map(|(licenses, end)| Target::Other { licenses, end })
            }
            Some(id) => id.parse().ok().map(Target::Existing),
            None => None,
        };
        Choice {
            key: get("key").and_then(|v| v.parse().ok()),
            owner: match get("owner").as_deref() {
                Some("own") => Some(TenantOwner::Partner),
                Some("customer") => Some(TenantOwner::Customer),
                _ => None,
            },
            tenant: get("tenant").unwrap_or_default(),
            target,
            mode: get("mode").and_then(|m| MODES.iter().find(|(_, s)| *s == m).map(|(m, _)| *m)),
        }
    }

    /// The query that [`Choice::from_query`] reads back.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(k) = self.key {
            parts.push(format!("key={k}"));
        }
        match self.owner {
            Some(TenantOwner::Partner) => parts.push("owner=own".into()),
            Some(TenantOwner::Customer) => parts.push("owner=customer".into()),
            None => {}
        }
        if !self.tenant.is_empty() {
            parts.push(format!("tenant={}", encode(&self.tenant)));
        }
        match self.target {
            Some(Target::New) => parts.push("sub=new".into()),
            Some(Target::Existing(id)) => parts.push(format!("sub={id}")),
            Some(Target::Other { licenses, end }) => {
                parts.push(format!("sub=other&licenses={licenses}&end={end}"));
            }
            None => {}
        }
        if let Some(m) = self.mode {
            parts.push(format!("mode={}", mode_slug(m)));
        }
        parts.join("&")
    }

    /// The path of wizard step `step` with this choice.
    pub fn path(&self, step: Step) -> String {
        format!("{}/{}?{}", Page::Redeem.path(), step.slug(), self.query())
    }

    /// The first step whose answer is missing (or not allowed), if it comes
    /// before `step`.
    pub fn missing_before(&self, step: Step) -> Option<Step> {
        let first = if self.key.is_none() {
            Step::Key
        } else if self.owner != Some(TenantOwner::Partner) {
            Step::Tenant
        } else if self.target.is_none() {
            Step::Target
        } else {
            return None;
        };
        (first < step).then_some(first)
    }
}

/// Percent-encodes a query value (letters, digits and `-._~` kept).
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Where the Azure credit flow is: the credit being given, and to whom
/// (`/azure-credits?credit=3&user=7`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CreditStep {
    /// The credit being given.
    pub credit: Option<u64>,
    /// The user chosen.
    pub user: Option<u64>,
}

impl CreditStep {
    /// Read from the address's query values.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> CreditStep {
        CreditStep {
            credit: get("credit").and_then(|v| v.parse().ok()),
            user: get("user").and_then(|v| v.parse().ok()),
        }
    }

    /// The path of the Azure page at this step.
    pub fn path(self) -> String {
        let base = Page::Azure.path();
        match self {
            CreditStep {
                credit: Some(c),
                user: Some(u),
            } => format!("{base}?credit={c}&user={u}"),
            CreditStep {
                credit: Some(c),
                user: None,
            } => format!("{base}?credit={c}"),
            _ => base.to_owned(),
        }
    }
}

/// The key list's status filter in the address (`/keys?status=open`), by the
/// filter's slug (`all`, `open`, `redeemed`, `replaced`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeysFilter {
    /// The filter's slug, if one is set.
    pub status: Option<String>,
}

impl KeysFilter {
    /// Read from the address's query values.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> KeysFilter {
        KeysFilter {
            status: get("status"),
        }
    }

    /// The key list's path with this filter.
    pub fn path(&self) -> String {
        match &self.status {
            Some(s) => format!("{}?status={}", Page::Keys.path(), encode(s)),
            None => Page::Keys.path().to_owned(),
        }
    }
}

/// The renewal checklist's ticked steps (`/membership?done=0,2`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ticks(pub Vec<usize>);

impl Ticks {
    /// The ticked steps of a checklist of `len` steps from the `done` value;
    /// unknown parts are ignored.
    pub fn from_query(get: impl Fn(&str) -> Option<String>, len: usize) -> Ticks {
        let text = get("done").unwrap_or_default();
        let mut done: Vec<usize> = text
            .split(',')
            .filter_map(|p| p.trim().parse().ok())
            .filter(|&i| i < len)
            .collect();
        done.sort_unstable();
        done.dedup();
        Ticks(done)
    }

    /// Tick step `i`, or untick it.
    pub fn toggle(&mut self, i: usize) {
        if let Some(at) = self.0.iter().position(|&x| x == i) {
            self.0.remove(at);
        } else {
            self.0.push(i);
            self.0.sort_unstable();
        }
    }

    /// The membership page's path with these ticks.
    pub fn path(&self) -> String {
        if self.0.is_empty() {
            return Page::Membership.path().to_owned();
        }
        let list = self
            .0
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(",");
        format!("{}?done={list}", Page::Membership.path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query_of(path: &str) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = path
            .split_once('?')
            .map_or("", |(_, q)| q)
            .split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.replace("%20", " ").replace("%26", "&")))
            .collect();
        move |k| pairs.iter().find(|p| p.0 == k).map(|p| p.1.clone())
    }

    #[test]
    fn every_page_has_its_own_path_label_and_segment_and_is_found_by_it() {
        let paths: std::collections::HashSet<_> = Page::ALL.iter().map(|p| p.path()).collect();
        let labels: std::collections::HashSet<_> = Page::ALL.iter().map(|p| p.label()).collect();
        assert_eq!(paths.len(), Page::ALL.len());
        assert_eq!(labels.len(), Page::ALL.len());
        for p in Page::ALL {
            assert_eq!(p.path(), format!("/{}", p.segment()));
            assert_eq!(Page::from_path(p.path()), Some(p));
        }
        assert_eq!(Page::from_path("/redeem/compare"), Some(Page::Redeem));
        assert_eq!(Page::from_path("/nowhere"), None);
        assert_eq!(Page::from_path("/keys/"), Some(Page::Keys));
        assert_eq!(Page::from_path("/keys/7"), None, "one segment for a page");
        assert_eq!(Page::from_path("/redeem/compare/x"), None);
        assert_eq!(Page::step_of("/redeem/compare"), Step::Compare);
        assert_eq!(Page::step_of("/redeem"), Step::Key);
        assert!(Page::NAV.iter().all(|p| Page::ALL.contains(p)));
        assert!(!Page::NAV.contains(&Page::Redeem));
    }

    #[test]
    fn a_choice_survives_the_address_both_ways() {
        let c = Choice {
            key: Some(3),
            owner: Some(TenantOwner::Partner),
            tenant: "contoso & co.onmicrosoft.com".into(),
            target: Some(Target::Other {
                licenses: 25,
                end: chrono::NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
            }),
            mode: Some(RedemptionMode::Extend),
        };
        let path = c.path(Step::Confirm);
        assert!(path.starts_with("/redeem/confirm?"));
        assert!(path.contains("tenant=contoso%20%26%20co.onmicrosoft.com"));
        assert_eq!(Choice::from_query(query_of(&path)), c);
    }

    #[test]
    fn a_step_without_its_answers_sends_back_to_the_first_missing_one() {
        let mut c = Choice::default();
        assert_eq!(c.missing_before(Step::Compare), Some(Step::Key));
        assert_eq!(c.missing_before(Step::Key), None);
        c.key = Some(1);
        c.owner = Some(TenantOwner::Customer);
        // A customer's tenant never gets past the tenant step (R10).
        assert_eq!(c.missing_before(Step::Target), Some(Step::Tenant));
        c.owner = Some(TenantOwner::Partner);
        assert_eq!(c.missing_before(Step::Compare), Some(Step::Target));
        c.target = Some(Target::New);
        assert_eq!(c.missing_before(Step::Done), None);
        assert_eq!(Step::from_slug("nonsense"), Step::Key);
    }

    #[test]
    fn credit_steps_and_ticks_read_and_write_their_queries() {
        let s = CreditStep {
            credit: Some(3),
            user: Some(7),
        };
        assert_eq!(s.path(), "/azure-credits?credit=3&user=7");
        assert_eq!(CreditStep::from_query(query_of(&s.path())), s);
        assert_eq!(CreditStep::default().path(), "/azure-credits");
        let mut t = Ticks::from_query(query_of("/membership?done=1,x,99,3,1"), 5);
        assert_eq!(t, Ticks(vec![1, 3]));
        t.toggle(0);
        t.toggle(3);
        assert_eq!(t.path(), "/membership?done=0,1");
        assert_eq!(Ticks::default().path(), "/membership");
        let f = KeysFilter {
            status: Some("open".into()),
        };
        assert_eq!(f.path(), "/keys?status=open");
        assert_eq!(KeysFilter::from_query(query_of(&f.path())), f);
    }
}
