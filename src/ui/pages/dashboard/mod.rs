//! The dashboard: what is due, grouped by urgency, each item with a link into
//! the flow that deals with it and to the rule behind its date; the membership
//! year as a timeline; and an empty state that says how to start.

mod timeline;

use leptos::prelude::*;

use super::Page;
use crate::i18n::words::{agenda_item_text, agenda_names, when};
use crate::i18n::{Msg, format_date};
use crate::model::sample::sample;
use crate::rules::agenda::{AgendaItem, Flow, Severity, agenda};
use crate::store::backup::merge;
use crate::ui::components::{PageFrame, RuleLink};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;
use std::collections::HashMap;
use timeline::YearTimeline;

/// Where an item is dealt with, and the words of the link there.
fn flow_link(flow: Flow) -> (Page, Msg) {
    match flow {
        Flow::Renewal => (Page::Membership, Msg::FlowRenewal),
        Flow::RedeemKey => (Page::Keys, Msg::FlowRedeem),
        Flow::ExpiryNotice => (Page::Subscriptions, Msg::FlowNotice),
        Flow::VisualStudio => (Page::VisualStudio, Msg::FlowSeats),
        Flow::Support => (Page::Support, Msg::FlowSupport),
    }
}

/// The urgency groups, in order, and the severities each holds.
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
    let names = Memo::new(move |_| agenda_names(&data.data.read()));
    let is_empty = move || {
        data.data
            .with(|d| d.membership.is_none() && d.keys.is_empty() && d.users.is_empty())
    };
    let groups = move || {
        GROUPS
            .map(|(title, severities)| view! { <AgendaGroup title severities items names/> })
            .collect_view()
    };
    view! {
        <PageFrame page=Page::Dashboard>
            <Show when=is_empty fallback=move || view! { <YearTimeline items names/> {groups()} }>
                <div class="card empty-state">
                    <h2>{ui.t(Msg::EmptyTitle)}</h2>
                    <p>{ui.t(Msg::EmptyText)}</p>
                    <p><button type="button" on:click=move |_| data.change(Msg::ChangeSampleLoaded, |d| *d = merge(d, &sample(data.today)))>
                        {ui.t(Msg::LoadSample)}
                    </button></p>
                </div>
            </Show>
        </PageFrame>
    }
}

/// One urgency group of the agenda; hidden while it has no item.
#[component]
fn AgendaGroup(
    /// The group's heading.
    title: Msg,
    /// The severities it holds.
    severities: &'static [Severity],
    /// The agenda.
    items: Memo<Vec<AgendaItem>>,
    /// The names its items are about.
    names: Memo<HashMap<(u8, u64), String>>,
) -> impl IntoView {
    let ui = use_ui();
    let rows = move || {
        let lang = ui.lang.get();
        let names = names.read();
        items
            .read()
            .iter()
            .filter(|i| severities.contains(&i.severity))
            .map(|i| {
                let (page, label) = flow_link(i.flow);
                view! {
                    <li class="agenda-item" data-severity=i.severity.as_str()>
                        <span class="agenda-what">{agenda_item_text(lang, i, &names)}</span>
                        <span class="agenda-when">{format_date(lang, i.due)} " · " {when(lang, i.days_left)}</span>
                        <a class="flow-link" href=ui.href(page.path())>{lang.t(label)}</a>
                        <RuleLink rule=i.rule/>
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
}
