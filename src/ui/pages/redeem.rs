//! The key redemption decision (R1, R2, R7–R10), one route per step so a reload
//! or the back button keeps a half-finished decision: `/redeem/key` → `tenant`
//! → `target` → `compare` → `confirm` → `done`. What has been chosen so far lives
//! in the query (`?key=3&owner=own&tenant=…&sub=7`), and every step checks it
//! has what it needs, sending the user back to the first step that is missing.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};

use crate::i18n::{Lang, Msg, fill, format_date, format_days};
use crate::model::{
    Dataset, ProductKey, Redemption, RedemptionMode, Subscription, SubscriptionChange, TenantOwner,
};
use crate::rules::RuleId;
use crate::rules::dates::days_between;
use crate::rules::keys::{
    KeyFacts, Outcome, RedemptionOption, Refusal, SubscriptionFacts, redemption_options,
    replacement_deadline, usable_until,
};
use crate::ui::components::RuleLink;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The words for a refusal, with its date or number filled in.
pub fn refusal_text(lang: Lang, r: Refusal) -> String {
    let date = |d: NaiveDate| format_date(lang, d);
    match r {
        Refusal::BenefitExpired { expiry } => {
            fill(lang.t(Msg::RefuseExpired), &[("date", &date(expiry))])
        }
        Refusal::AlreadyRedeemed => lang.t(Msg::RefuseRedeemed).into(),
        Refusal::CustomerTenant => lang.t(Msg::ErrCustomerTenant).into(),
        Refusal::OverThreeYears { max_licenses } => fill(
            lang.t(Msg::RefuseOverThreeYears),
            &[("count", &max_licenses.to_string())],
        ),
        Refusal::SubscriptionEnded { end } => {
            fill(lang.t(Msg::RefuseEnded), &[("date", &date(end))])
        }
        Refusal::NoSubscription | Refusal::NoActiveLicenses => lang.t(Msg::RefuseNoSub).into(),
        Refusal::EmptyKey | Refusal::OutOfRange => lang.t(Msg::RefuseOther).into(),
    }
}

/// The steps, in order.
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
    const ALL: [Step; 6] = [
        Step::Key,
        Step::Tenant,
        Step::Target,
        Step::Compare,
        Step::Confirm,
        Step::Done,
    ];

    fn slug(self) -> &'static str {
        match self {
            Step::Key => "key",
            Step::Tenant => "tenant",
            Step::Target => "target",
            Step::Compare => "compare",
            Step::Confirm => "confirm",
            Step::Done => "done",
        }
    }

    fn from_slug(s: &str) -> Step {
        Step::ALL
            .into_iter()
            .find(|x| x.slug() == s)
            .unwrap_or(Step::Key)
    }

    fn label(self) -> Msg {
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

/// Where the key goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A new subscription.
    New,
    /// A subscription recorded here.
    Existing(u64),
    /// A subscription not recorded here, described by hand.
    Other {
        /// Its active licenses.
        licenses: u32,
        /// Its end date.
        end: NaiveDate,
    },
}

/// What has been chosen so far.
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
}

impl Choice {
    /// Read from the address's query values.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Choice {
        let target = match get("sub").as_deref() {
            Some("new") => Some(Target::New),
            Some("other") => {
                let licenses = get("licenses").and_then(|v| v.parse().ok());
                let end = get("end").and_then(|v| v.parse().ok());
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
        parts.join("&")
    }

    /// The first step whose answer is missing (or not allowed), if it comes
    /// before `step`.
    fn missing_before(&self, step: Step) -> Option<Step> {
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

/// The facts the engine needs, from the data and the choice; `None` when the
/// key or the subscription chosen is no longer there.
fn facts(
    d: &Dataset,
    c: &Choice,
    today: NaiveDate,
) -> Option<(ProductKey, Option<Subscription>, Vec<RedemptionOption>)> {
    let key = d.keys.iter().find(|k| Some(k.id) == c.key)?.clone();
    let sub = match c.target? {
        Target::Existing(id) => Some(d.subscriptions.iter().find(|s| s.id == id)?.clone()),
        Target::Other { licenses, end } => Some(Subscription {
            id: 0,
            product: key.product.clone(),
            licenses,
            end,
            tenant: c.tenant.clone(),
            history: vec![],
        }),
        Target::New => None,
    };
    let expiry = d.membership.as_ref().and_then(|m| m.benefit_expiry);
    let key_facts = KeyFacts {
        licenses: key.licenses,
        benefit_expiry: expiry.unwrap_or(today),
        redeemed: key.redemption.is_some() || key.replaced,
    };
    let target = sub.as_ref().map(|s| SubscriptionFacts {
        licenses: s.licenses,
        end: s.end,
    });
    let owner = c.owner.unwrap_or(TenantOwner::Partner);
    let options = redemption_options(&key_facts, target, owner, today);
    Some((key, sub, options))
}

fn mode_name(mode: RedemptionMode) -> Msg {
    match mode {
        RedemptionMode::New => Msg::ModeNew,
        RedemptionMode::Add => Msg::ModeAdd,
        RedemptionMode::Extend => Msg::ModeExtend,
    }
}

fn mode_slug(mode: RedemptionMode) -> &'static str {
    match mode {
        RedemptionMode::New => "new",
        RedemptionMode::Add => "add",
        RedemptionMode::Extend => "extend",
    }
}

lazy_page! {
    /// The redemption decision wizard.
    RedeemPage => redeem_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn redeem_page() -> AnyView {
    view! { <RedeemWizard/> }.into_any()
}

/// The page: the step list, then the current step.
#[component]
fn RedeemWizard() -> impl IntoView {
    let ui = use_ui();
    let params = use_params_map();
    let query = use_query_map();
    let step = Memo::new(move |_| Step::from_slug(&params.read().get("step").unwrap_or_default()));
    let choice = Memo::new(move |_| {
        let q = query.read();
        Choice::from_query(|k| q.get(k))
    });
    let mode = Memo::new(move |_| {
        query.read().get("mode").and_then(|m| {
            [
                RedemptionMode::New,
                RedemptionMode::Add,
                RedemptionMode::Extend,
            ]
            .into_iter()
            .find(|x| mode_slug(*x) == m)
        })
    });
    let navigate = use_navigate();
    // The router adds its base to paths given to `navigate` (unlike to hrefs).
    let go = Callback::new(
        move |(to, c, mode): (Step, Choice, Option<RedemptionMode>)| {
            // The step being left keeps what was chosen on it, so Back shows it again.
            let here = ui.href(&format!(
                "/redeem/{}?{}",
                step.get_untracked().slug(),
                c.query()
            ));
            if let Ok(history) = window().history() {
                let state = history
                    .state()
                    .unwrap_or(leptos::wasm_bindgen::JsValue::NULL);
                let _ = history.replace_state_with_url(&state, "", Some(&here));
            }
            let mut q = c.query();
            if let Some(m) = mode {
                q.push_str(&format!("&mode={}", mode_slug(m)));
            }
            navigate(
                &format!("/redeem/{}?{q}", to.slug()),
                NavigateOptions::default(),
            );
        },
    );
    let steps = move || {
        let lang = ui.lang.get();
        let now = step.get();
        let q = choice.get().query();
        Step::ALL
            .map(|s| {
                let label = lang.t(s.label());
                let current = (s == now).then_some("step");
                // Earlier steps are links back; later ones are not reachable yet.
                if s < now && now != Step::Done {
                    view! { <li><a href=ui.href(&format!("/redeem/{}?{q}", s.slug()))>{label}</a></li> }.into_any()
                } else {
                    view! { <li aria-current=current>{label}</li> }.into_any()
                }
            })
            .collect_view()
    };
    let body = move || {
        let (s, c) = (step.get(), choice.get());
        if let Some(first) = c.missing_before(s) {
            return view! { <Missing first choice=c/> }.into_any();
        }
        match s {
            Step::Key => view! { <KeyStep choice=c go/> }.into_any(),
            Step::Tenant => view! { <TenantStep choice=c go/> }.into_any(),
            Step::Target => view! { <TargetStep choice=c go/> }.into_any(),
            Step::Compare => view! { <CompareStep choice=c go/> }.into_any(),
            Step::Confirm => view! { <ConfirmStep choice=c mode=mode.get() go/> }.into_any(),
            Step::Done => view! { <DoneStep choice=c/> }.into_any(),
        }
    };
    view! {
        <section class="page" data-page="/redeem">
            <h1>{ui.t(Msg::WzTitle)} " " <RuleLink rule=RuleId::R7/> " " <RuleLink rule=RuleId::R8/></h1>
            <p class="lead">{ui.t(Msg::WzIntro)}</p>
            <nav aria-label=ui.t(Msg::WzStepsLabel)><ol class="wizard-steps">{steps}</ol></nav>
            {body}
        </section>
    }
}

/// A step was reached without what it needs.
#[component]
fn Missing(first: Step, choice: Choice) -> impl IntoView {
    let ui = use_ui();
    let href = ui.href(&format!("/redeem/{}?{}", first.slug(), choice.query()));
    view! {
        <div class="card empty-state" role="status">
            <p>{move || fill(ui.lang.get().t(Msg::WzMissing), &[("step", ui.lang.get().t(first.label()))])}</p>
            <p><a href=href>{ui.t(Msg::WzGoThere)}</a></p>
        </div>
    }
}

/// Back and Next, the way every step ends.
#[component]
fn StepButtons(
    /// What Next does; `None` hides it.
    next: Option<Callback<()>>,
    /// Whether Next is allowed now.
    #[prop(into)]
    ready: Signal<bool>,
) -> impl IntoView {
    let ui = use_ui();
    view! {
        <p class="actions">
            {next.map(|n| view! { <button type="submit" disabled=move || !ready.get() on:click=move |ev| { ev.prevent_default(); n.run(()); }>{ui.t(Msg::WzNext)}</button> })}
            <button type="button" class="secondary" on:click=move |_| { let _ = window().history().map(|h| h.back()); }>{ui.t(Msg::RedeemBack)}</button>
        </p>
    }
}

/// Step 1: a key not yet redeemed, found by product name.
#[component]
fn KeyStep(choice: Choice, go: Callback<(Step, Choice, Option<RedemptionMode>)>) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let picked = RwSignal::new(choice.key);
    let search = RwSignal::new(String::new());
    // Coming from a subscription's expiry notice: only keys of its product fit.
    let product = data.data.with_untracked(|d| match choice.target {
        Some(Target::Existing(id)) => d
            .subscriptions
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.product.to_lowercase()),
        _ => None,
    });
    let keys = move || {
        let lang = ui.lang.get();
        let needle = search.get().to_lowercase();
        data.data.with(|d| {
            d.keys
                .iter()
                .filter(|k| k.redemption.is_none() && !k.replaced)
                .filter(|k| product.as_ref().is_none_or(|p| k.product.to_lowercase() == *p))
                .filter(|k| k.product.to_lowercase().contains(&needle))
                .take(50)
                .map(|k| {
                    let id = k.id;
                    let dom = format!("wz-key-{id}");
                    view! {
                        <li><input type="radio" name="wz-key" id=dom.clone() prop:checked=move || picked.get() == Some(id)
                            on:change=move |_| picked.set(Some(id))/>
                        " " <label for=dom>{k.product.clone()} " · " {fill(lang.t(Msg::KeyLicensesCount), &[("count", &k.licenses.to_string())])}</label></li>
                    }
                })
                .collect_view()
        })
    };
    let next = Callback::new(move |()| {
        let mut c = choice.clone();
        c.key = picked.get_untracked();
        go.run((Step::Tenant, c, None));
    });
    view! {
        <form class="card wizard-step">
            <h2>{ui.t(Msg::WzKeyQuestion)}</h2>
            <p class="field"><label for="wz-search">{ui.t(Msg::WzSearch)}</label>
                <input id="wz-search" type="search" autocomplete="off" on:input=move |ev| search.set(event_target_value(&ev))/></p>
            <fieldset><legend class="visually-hidden">{ui.t(Msg::WzKeyQuestion)}</legend>
                <ul class="choices">{keys}</ul>
            </fieldset>
            <StepButtons next=Some(next) ready=Signal::derive(move || picked.get().is_some())/>
        </form>
    }
}

/// Step 2: whose tenant. A customer's is refused with its reason (R10).
#[component]
fn TenantStep(
    choice: Choice,
    go: Callback<(Step, Choice, Option<RedemptionMode>)>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let owner = RwSignal::new(choice.owner);
    // An existing subscription's tenant is the likely answer.
    let start = if choice.tenant.is_empty() {
        data.data.with_untracked(|d| match choice.target {
            Some(Target::Existing(id)) => d
                .subscriptions
                .iter()
                .find(|s| s.id == id)
                .map(|s| s.tenant.clone())
                .unwrap_or_default(),
            _ => String::new(),
        })
    } else {
        choice.tenant.clone()
    };
    let tenant = RwSignal::new(start);
    let next = Callback::new(move |()| {
        let mut c = choice.clone();
        c.owner = owner.get_untracked();
        c.tenant = tenant.get_untracked().trim().to_owned();
        go.run((Step::Target, c, None));
    });
    let radio = move |value: TenantOwner, id: &'static str, label: Msg| {
        view! {
            <li><input type="radio" name="wz-owner" id=id prop:checked=move || owner.get() == Some(value)
                on:change=move |_| owner.set(Some(value))/> " " <label for=id>{ui.t(label)}</label></li>
        }
    };
    view! {
        <form class="card wizard-step">
            <fieldset>
                <legend><h2>{ui.t(Msg::WzTenantQuestion)}</h2></legend>
                <ul class="choices">
                    {radio(TenantOwner::Partner, "wz-own", Msg::WzOwnTenant)}
                    {radio(TenantOwner::Customer, "wz-customer", Msg::WzCustomerTenant)}
                </ul>
            </fieldset>
            <Show when=move || owner.get() == Some(TenantOwner::Customer)>
                <p class="refused" role="alert">{move || refusal_text(ui.lang.get(), Refusal::CustomerTenant)} " " <RuleLink rule=RuleId::R10/></p>
            </Show>
            <Show when=move || owner.get() == Some(TenantOwner::Partner)>
                <p class="field"><label for="wz-tenant-name">{ui.t(Msg::WzTenantName)}</label>
                    <input id="wz-tenant-name" type="text" autocomplete="off" spellcheck="false" prop:value=tenant
                        on:input=move |ev| tenant.set(event_target_value(&ev))/></p>
            </Show>
            <StepButtons next=Some(next) ready=Signal::derive(move || owner.get() == Some(TenantOwner::Partner))/>
        </form>
    }
}

/// Step 3: a new subscription, one recorded here, or one described by hand.
#[component]
fn TargetStep(
    choice: Choice,
    go: Callback<(Step, Choice, Option<RedemptionMode>)>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let picked = RwSignal::new(choice.target.map(|t| match t {
        Target::Other { .. } => "other".to_owned(),
        Target::New => "new".to_owned(),
        Target::Existing(id) => id.to_string(),
    }));
    let (lic0, end0) = match choice.target {
        Some(Target::Other { licenses, end }) => (licenses.to_string(), end.to_string()),
        _ => (String::new(), String::new()),
    };
    let licenses = RwSignal::new(lic0);
    let end = RwSignal::new(end0);
    let other = move || {
        let l = licenses.with(|l| l.trim().parse::<u32>().ok().filter(|n| *n > 0));
        let e = end.with(|e| e.trim().parse::<NaiveDate>().ok());
        (l, e)
    };
    let product = data.data.with_untracked(|d| {
        d.keys
            .iter()
            .find(|k| Some(k.id) == choice.key)
            .map(|k| k.product.to_lowercase())
            .unwrap_or_default()
    });
    let subs = move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            d.subscriptions
                .iter()
                .filter(|s| s.product.to_lowercase() == product)
                .map(|s| {
                    let value = s.id.to_string();
                    let dom = format!("wz-sub-{}", s.id);
                    let v2 = value.clone();
                    view! {
                        <li><input type="radio" name="wz-sub" id=dom.clone() prop:checked=move || picked.get().as_deref() == Some(value.as_str())
                            on:change=move |_| picked.set(Some(v2.clone()))/>
                        " " <label for=dom>{s.product.clone()} " · " {fill(lang.t(Msg::KeyLicensesCount), &[("count", &s.licenses.to_string())])}
                            " · " {fill(lang.t(Msg::SubEnds), &[("date", &format_date(lang, s.end))])}
                            {(!s.tenant.is_empty()).then(|| format!(" · {}", s.tenant))}</label></li>
                    }
                })
                .collect_view()
        })
    };
    let target = move || match picked.get().as_deref() {
        Some("new") => Some(Target::New),
        Some("other") => match other() {
            (Some(licenses), Some(end)) => Some(Target::Other { licenses, end }),
            _ => None,
        },
        Some(id) => id.parse().ok().map(Target::Existing),
        None => None,
    };
    let next = Callback::new(move |()| {
        let mut c = choice.clone();
        c.target = target();
        go.run((Step::Compare, c, None));
    });
    let fixed = move |value: &'static str, label: Msg| {
        let dom = format!("wz-sub-{value}");
        view! {
            <li><input type="radio" name="wz-sub" id=dom.clone() prop:checked=move || picked.get().as_deref() == Some(value)
                on:change=move |_| picked.set(Some(value.to_owned()))/> " " <label for=dom>{ui.t(label)}</label></li>
        }
    };
    let shown_error = move |which: usize| {
        Signal::derive(move || {
            let (l, e) = other();
            let typed = if which == 0 {
                licenses.with(|v| !v.is_empty())
            } else {
                end.with(|v| !v.is_empty())
            };
            let bad = if which == 0 { l.is_none() } else { e.is_none() };
            (typed && bad).then_some(if which == 0 {
                Msg::ErrNoLicenses
            } else {
                Msg::ErrDate
            })
        })
    };
    view! {
        <form class="card wizard-step">
            <fieldset>
                <legend><h2>{ui.t(Msg::WzTargetQuestion)}</h2></legend>
                <ul class="choices">
                    {fixed("new", Msg::WzNewSub)}
                    {subs}
                    {fixed("other", Msg::WzOtherSub)}
                </ul>
            </fieldset>
            <Show when=move || picked.get().as_deref() == Some("other")>
                <crate::ui::components::form::Field id="wz-other-licenses" label=Msg::WzOtherLicenses value=licenses kind="number" error=shown_error(0)/>
                <crate::ui::components::form::Field id="wz-other-end" label=Msg::WzOtherEnd value=end kind="date" error=shown_error(1)/>
            </Show>
            <StepButtons next=Some(next) ready=Signal::derive(move || target().is_some())/>
        </form>
    }
}

/// A before/after picture of the end date, from today: the bar's length is time.
#[component]
fn Timeline(today: NaiveDate, before: Option<NaiveDate>, after: NaiveDate) -> impl IntoView {
    let ui = use_ui();
    let last = before.map_or(after, |b| b.max(after));
    // Whole units of the 300-wide picture: no floating-point formatting code.
    let span = days_between(today, last).max(1);
    let x = move |d: NaiveDate| 4 + 288 * days_between(today, d).clamp(0, span) / span;
    let label = move || {
        let lang = ui.lang.get();
        let after_text = fill(
            lang.t(Msg::WzTimelineAfter),
            &[("date", &format_date(lang, after))],
        );
        match before {
            Some(b) => format!(
                "{} {after_text}",
                fill(
                    lang.t(Msg::WzTimelineBefore),
                    &[("date", &format_date(lang, b))]
                )
            ),
            None => after_text,
        }
    };
    view! {
        <svg class="mini-timeline" viewBox="0 0 300 44" role="img" aria-label=label>
            <line x1="4" y1="2" x2="4" y2="42" class="tl-today"/>
            {before.map(|b| view! { <rect x="4" y="6" height="12" rx="2" width=(x(b) - 4).max(1).to_string() class="tl-before"/> })}
            <rect x="4" y="26" height="12" rx="2" width=(x(after) - 4).max(1).to_string() class="tl-after"/>
        </svg>
    }
}

/// How an option changes the end date, in words.
fn shift_text(lang: Lang, before: NaiveDate, after: NaiveDate) -> String {
    let n = days_between(before, after);
    // Tenths of an average month (30.44 days), rounded, in whole numbers.
    let tenths = (n.unsigned_abs() * 1000 + 1522) / 3044;
    let months = format!("{}.{}", tenths / 10, tenths % 10);
    let msg = match n {
        0 => return lang.t(Msg::WzSameEnd).to_owned(),
        n if n > 0 => Msg::WzLater,
        _ => Msg::WzEarlier,
    };
    fill(
        lang.t(msg),
        &[("days", &format_days(lang, n.abs())), ("months", &months)],
    )
}

/// Step 4: every way side by side, refused ones with their reason and rule.
#[component]
fn CompareStep(
    choice: Choice,
    go: Callback<(Step, Choice, Option<RedemptionMode>)>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today;
    let cards = move || {
        let lang = ui.lang.get();
        let Some((key, sub, options)) = data.data.with(|d| facts(d, &choice, today)) else {
            return view! { <p class="card empty-state">{lang.t(Msg::WzGone)}</p> }.into_any();
        };
        let before = sub.as_ref().map(|s| s.end);
        let list = options
            .into_iter()
            .map(|o| {
                let rule = match (&o.result, o.mode) {
                    (Err(r), _) => r.rule(),
                    (Ok(_), RedemptionMode::Extend) => RuleId::R8,
                    _ => RuleId::R7,
                };
                let allowed = o.result.is_ok();
                let body = match o.result {
                    Ok(e) => {
                        let out: Outcome = e.value;
                        let mode = o.mode;
                        let c = choice.clone();
                        view! {
                            <p class="result">{fill(lang.t(Msg::WzResult), &[("licenses", &out.licenses.to_string()), ("date", &format_date(lang, out.end))])}</p>
                            {before.filter(|_| mode != RedemptionMode::New).map(|b| view! { <p>{shift_text(lang, b, out.end)}</p> })}
                            <p class="muted">{fill(lang.t(Msg::WzLicenseDays), &[("before", &out.license_days_before.to_string()), ("after", &out.license_days_after.to_string())])}</p>
                            <Timeline today before=before.filter(|_| mode != RedemptionMode::New) after=out.end/>
                            <p><button type="button" on:click=move |_| go.run((Step::Confirm, c.clone(), Some(mode)))>{lang.t(Msg::OptionChoose)}</button></p>
                        }
                        .into_any()
                    }
                    Err(r) => view! {
                        <p class="refused">{refusal_text(lang, r)}</p>
                        <p><button type="button" disabled=true>{lang.t(Msg::OptionChoose)}</button></p>
                    }
                    .into_any(),
                };
                view! {
                    <div class="card option" data-mode=mode_slug(o.mode) data-allowed=allowed.to_string()>
                        <h3>{lang.t(mode_name(o.mode))} " " <RuleLink rule/></h3>
                        {body}
                    </div>
                }
            })
            .collect_view();
        view! {
            <h2 class="wizard-summary">{fill(lang.t(Msg::WzComparing), &[
                ("product", &key.product),
                ("count", &key.licenses.to_string()),
            ])} {sub.map(|s| format!(" {}", fill(lang.t(Msg::WzOnto), &[("licenses", &s.licenses.to_string()), ("date", &format_date(lang, s.end))])))}</h2>
            <div class="options">{list}</div>
        }
        .into_any()
    };
    view! {
        <div class="wizard-step">
            {cards}
            <StepButtons next=None ready=Signal::derive(|| false)/>
        </div>
    }
}

/// Step 5: what will be recorded, and that it cannot be undone.
#[component]
fn ConfirmStep(
    choice: Choice,
    mode: Option<RedemptionMode>,
    go: Callback<(Step, Choice, Option<RedemptionMode>)>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today;
    let lang = ui.lang.get_untracked();
    let found = data.data.with_untracked(|d| facts(d, &choice, today));
    let picked = mode.and_then(|m| {
        let (key, sub, options) = found?;
        let o = options.into_iter().find(|o| o.mode == m)?;
        Some((key, sub, m, o.result))
    });
    let Some((key, sub, mode, result)) = picked else {
        return view! { <Missing first=Step::Compare choice/> }.into_any();
    };
    let outcome = match result {
        Ok(e) => e.value,
        Err(r) => {
            return view! { <p class="card refused" role="alert">{refusal_text(lang, r)}</p> }
                .into_any();
        }
    };
    let key_text = format!(
        "{} · {}",
        key.product,
        fill(
            lang.t(Msg::KeyLicensesCount),
            &[("count", &key.licenses.to_string())]
        )
    );
    let tenant_text = if choice.tenant.is_empty() {
        lang.t(Msg::WzOwnTenant).to_owned()
    } else {
        choice.tenant.clone()
    };
    let confirm = move |_| {
        let c = choice.clone();
        let key_id = key.id;
        let product = key.product.clone();
        data.change_final(Msg::ChangeKeyRedeemed, |d| {
            let sub_id = match c.target {
                Some(Target::Existing(id)) => {
                    if let Some(s) = d.subscriptions.iter_mut().find(|s| s.id == id) {
                        s.history.push(SubscriptionChange {
                            on: today,
                            licenses: s.licenses,
                            end: s.end,
                            key: Some(key_id),
                        });
                        s.licenses = outcome.licenses;
                        s.end = outcome.end;
                    }
                    id
                }
                other => {
                    // A new subscription, or one not recorded until now: it is recorded here.
                    let id = d.subscriptions.iter().map(|s| s.id + 1).max().unwrap_or(1);
                    let history = match other {
                        Some(Target::Other { licenses, end }) => vec![SubscriptionChange {
                            on: today,
                            licenses,
                            end,
                            key: Some(key_id),
                        }],
                        _ => vec![],
                    };
                    d.subscriptions.push(Subscription {
                        id,
                        product,
                        licenses: outcome.licenses,
                        end: outcome.end,
                        tenant: c.tenant.clone(),
                        history,
                    });
                    id
                }
            };
            if let Some(k) = d.keys.iter_mut().find(|k| k.id == key_id) {
                k.redemption = Some(Redemption {
                    on: today,
                    owner: TenantOwner::Partner,
                    subscription: Some(sub_id),
                    mode,
                    tenant: c.tenant.clone(),
                });
            }
        });
        go.run((Step::Done, choice.clone(), None));
    };
    let target_text = match &sub {
        Some(s) => fill(
            lang.t(Msg::WzOnto),
            &[
                ("licenses", &s.licenses.to_string()),
                ("date", &format_date(lang, s.end)),
            ],
        ),
        None => lang.t(Msg::WzNewSub).to_owned(),
    };
    view! {
        <div class="card confirm wizard-step" role="alertdialog" aria-labelledby="wz-confirm-title" aria-describedby="wz-confirm-text">
            <h2 id="wz-confirm-title">{lang.t(Msg::RedeemConfirmTitle)}</h2>
            <p id="wz-confirm-text">{lang.t(Msg::WzConfirmText)}</p>
            <dl class="dates">
                <dt>{lang.t(Msg::WzKey)}</dt><dd>{key_text}</dd>
                <dt>{lang.t(Msg::WzTenant)}</dt><dd>{tenant_text}</dd>
                <dt>{lang.t(Msg::WzTarget)}</dt><dd>{target_text}</dd>
                <dt>{lang.t(Msg::WzWay)}</dt><dd>{lang.t(mode_name(mode))}</dd>
                <dt>{lang.t(Msg::WzAfter)}</dt><dd>{fill(lang.t(Msg::WzResult), &[("licenses", &outcome.licenses.to_string()), ("date", &format_date(lang, outcome.end))])}</dd>
            </dl>
            <p class="actions">
                <button type="button" class="danger" on:click=confirm>{lang.t(Msg::RedeemConfirm)}</button>
                <button type="button" class="secondary" on:click=move |_| { let _ = window().history().map(|h| h.back()); }>{lang.t(Msg::RedeemBack)}</button>
            </p>
        </div>
    }
    .into_any()
}

/// Step 6: recorded; how long the key works and until when a replacement can
/// be asked for.
#[component]
fn DoneStep(choice: Choice) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today;
    move || {
        let lang = ui.lang.get();
        let found = data.data.with(|d| {
            d.keys
                .iter()
                .find(|k| Some(k.id) == choice.key)
                .and_then(|k| Some((k.product.clone(), k.redemption.clone()?)))
        });
        let Some((product, r)) = found else {
            return view! { <p class="card empty-state">{lang.t(Msg::WzGone)}</p> }.into_any();
        };
        let until = usable_until(r.on).map(|e| e.value).ok();
        let replace = replacement_deadline(r.on).map(|e| e.value).ok();
        view! {
            <div class="card wizard-step done" role="status">
                <h2>{fill(lang.t(Msg::WzRecorded), &[("product", &product), ("date", &format_date(lang, r.on)), ("way", lang.t(mode_name(r.mode)))])}</h2>
                {until.map(|u| view! { <p>{fill(lang.t(Msg::WzUsableUntil), &[("date", &format_date(lang, u))])} " " <RuleLink rule=RuleId::R2/></p> })}
                {replace.map(|x| view! {
                    <p class="replacement">{fill(lang.t(Msg::WzReplaceUntil), &[("date", &format_date(lang, x)), ("days", &format_days(lang, days_between(today, x).max(0)))])}
                        " " <RuleLink rule=RuleId::R9/></p>
                })}
                <p class="actions">
                    <a class="button" href=ui.href("/keys")>{lang.t(Msg::NavKeys)}</a>
                    <a class="button secondary" href=ui.href("/subscriptions")>{lang.t(Msg::NavSubscriptions)}</a>
                </p>
            </div>
        }
        .into_any()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_survives_the_address_both_ways() {
        let c = Choice {
            key: Some(3),
            owner: Some(TenantOwner::Partner),
            tenant: "contoso & co.onmicrosoft.com".into(),
            target: Some(Target::Other {
                licenses: 25,
                end: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
            }),
        };
        let q = c.query();
        assert!(q.contains("tenant=contoso%20%26%20co.onmicrosoft.com"));
        let pairs: Vec<(String, String)> = q
            .split('&')
            .filter_map(|p| p.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.replace("%20", " ").replace("%26", "&")))
            .collect();
        let back = Choice::from_query(|k| pairs.iter().find(|p| p.0 == k).map(|p| p.1.clone()));
        assert_eq!(back, c);
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
    }
}
