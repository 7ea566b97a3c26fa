use std::collections::HashMap;

use leptos::prelude::*;

use crate::i18n::{Lang, Msg, fill, format_date, format_days};
use crate::model::Dataset;
use crate::model::sample::sample;
use crate::rules::agenda::{AgendaItem, Flow, ItemKind, Severity, agenda};
use crate::store::backup::merge;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The words for an agenda item, with the names of the records it is about.
/// Not inlined: two pages call it, and one copy keeps the bundle smaller.
#[inline(never)]
pub(crate) fn item_text(
    lang: Lang,
    item: &AgendaItem,
    names: &HashMap<(u8, u64), String>,
) -> String {
    let name = |kind: u8, id: u64| names.get(&(kind, id)).cloned().unwrap_or_default();
    let (msg, value) = match item.kind {
        ItemKind::RedeemKey(id) => (Msg::ItemRedeemKey, name(0, id)),
        ItemKind::KeyValidityEnds(id) => (Msg::ItemKeyValidity, name(0, id)),
        ItemKind::SubscriptionEnds(id) => (Msg::ItemSubscriptionEnds, name(1, id)),
        ItemKind::SeatReassignable(id) => (Msg::ItemSeatReassignable, name(2, id)),
        ItemKind::IncidentsLow(n) => (Msg::ItemIncidentsLow, n.to_string()),
        ItemKind::RenewalOpens => (Msg::ItemRenewalOpens, String::new()),
        ItemKind::RenewalCloses => (Msg::ItemRenewalCloses, String::new()),
        ItemKind::GraceEnds => (Msg::ItemGraceEnds, String::new()),
        ItemKind::SupportContractEnds => (Msg::ItemSupportEnds, String::new()),
    };
    fill(lang.t(msg), &[("name", &value), ("count", &value)])
}

/// Where an item is dealt with, and the words of the link there.
fn flow_link(flow: Flow) -> (&'static str, Msg) {
    match flow {
        Flow::Renewal => ("/membership", Msg::FlowRenewal),
        Flow::RedeemKey => ("/keys", Msg::FlowRedeem),
        Flow::ExpiryNotice => ("/subscriptions", Msg::FlowNotice),
        Flow::VisualStudio => ("/visual-studio", Msg::FlowSeats),
        Flow::Support => ("/support", Msg::FlowSupport),
    }
}

/// Names of keys (0), subscriptions (1) and seat holders (2), by id.
#[inline(never)]
pub(crate) fn names(data: &Dataset) -> HashMap<(u8, u64), String> {
    let users: HashMap<u64, &str> = data.users.iter().map(|u| (u.id, u.name.as_str())).collect();
    let keys = data.keys.iter().map(|k| ((0, k.id), k.product.clone()));
    let subs = data
        .subscriptions
        .iter()
        .map(|s| ((1, s.id), s.product.clone()));
    let seats = data.vs_seats.iter().filter_map(|s| {
        let user = s.assignment.as_ref().and_then(|a| users.get(&a.user))?;
        Some(((2, s.id), (*user).to_owned()))
    });
    keys.chain(subs).chain(seats).collect()
}

/// "in 3 days", "today", "2 days ago".
pub(crate) fn when(lang: Lang, days_left: i64) -> String {
    match days_left {
        0 => lang.t(Msg::DueToday).to_owned(),
        n if n > 0 => fill(lang.t(Msg::DueIn), &[("days", &format_days(lang, n))]),
        n => fill(lang.t(Msg::DueAgo), &[("days", &format_days(lang, -n))]),
    }
}

const GROUPS: [(Msg, &[Severity]); 4] = [
    (Msg::GroupOverdue, &[Severity::Overdue]),
    (Msg::GroupWeek, &[Severity::Today, Severity::Week]),
    (Msg::GroupMonth, &[Severity::Month]),
    (Msg::GroupLater, &[Severity::Later]),
];

/// What is due, grouped by urgency; an empty state that says how to start.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let items = Memo::new(move |_| agenda(&data.data.read(), data.today));
    let names = Memo::new(move |_| names(&data.data.read()));
    let is_empty = move || {
        data.data
            .with(|d| d.membership.is_none() && d.keys.is_empty() && d.users.is_empty())
    };
    let group = move |(title, severities): (Msg, &'static [Severity])| {
        let rows = move || {
            let lang = ui.lang.get();
            let names = names.read();
            items
                .read()
                .iter()
                .filter(|i| severities.contains(&i.severity))
                .map(|i| {
                    let why = ui.href(&format!("/rules#{}", i.rule.as_str().to_ascii_lowercase()));
                    let (path, label) = flow_link(i.flow);
                    view! {
                        <li class="agenda-item" data-severity=i.severity.as_str()>
                            <span class="agenda-what">{item_text(lang, i, &names)}</span>
                            <span class="agenda-when">{format_date(lang, i.due)} " · " {when(lang, i.days_left)}</span>
                            <a class="flow-link" href=ui.href(path)>{lang.t(label)}</a>
                            <a class="rule-link" href=why>{i.rule.as_str()}</a>
                        </li>
                    }
                })
                .collect_view()
        };
        let any = move || {
            items
                .read()
                .iter()
                .any(|i| severities.contains(&i.severity))
        };
        view! {
            <Show when=any>
                <section class="agenda-group">
                    <h2>{ui.t(title)}</h2>
                    <ul class="agenda">{rows}</ul>
                </section>
            </Show>
        }
    };
    view! {
        <section class="page" data-page="/">
            <h1>{ui.t(Msg::NavDashboard)}</h1>
            <p class="lead">{ui.t(Msg::DashboardIntro)}</p>
            <Show when=is_empty fallback=move || GROUPS.map(group).collect_view()>
                <div class="card empty-state">
                    <h2>{ui.t(Msg::EmptyTitle)}</h2>
                    <p>{ui.t(Msg::EmptyText)}</p>
                    <p><button type="button" on:click=move |_| data.change(Msg::ChangeSampleLoaded, |d| *d = merge(d, &sample(data.today)))>
                        {ui.t(Msg::LoadSample)}
                    </button></p>
                </div>
            </Show>
        </section>
    }
}
