//! The dashboard: what is due, grouped by urgency, each item with a link into
//! the flow that deals with it and to the rule behind its date; the membership
//! year as a timeline; and an empty state that says how to start.

mod timeline;

use leptos::prelude::*;

use super::Page;
use crate::i18n::words::{agenda_line_text, agenda_names, when};
use crate::i18n::{Msg, fill, format_date};
use crate::rules::agenda::{AgendaItem, AgendaLine, Flow, ItemKind, Severity, agenda, group};
use crate::ui::browser::near_view::when_near_view;
use crate::ui::components::{PageFrame, ReadingTag, RuleLink, WhyBox};
use crate::ui::data::use_data;
use crate::ui::routes::KeysFilter;
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
        Flow::Azure => (Page::Azure, Msg::FlowAzure),
    }
}

/// The urgency groups, in order, and the severities each holds.
/// Each name says its range exactly (`Severity::from_days_left`).
const GROUPS: [(Msg, &[Severity]); 5] = [
    (Msg::GroupOverdue, &[Severity::Overdue]),
    (Msg::GroupWeek, &[Severity::Today, Severity::Week]),
    (Msg::GroupMonth, &[Severity::Month]),
    (Msg::GroupLater, &[Severity::Later]),
    (Msg::GroupPast, &[Severity::Past]),
];

/// What is due, grouped by urgency; an empty state that says how to start.
#[component]
pub fn DashboardPage() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let is_empty = move || {
        data.data
            .with(|d| d.membership.is_none() && d.keys.is_empty() && d.users.is_empty())
    };
    // Changes a merge or an undo left impossible, and the backup reminder
    // chosen in Settings: said from a chunk of their own, which an empty
    // first visit never fetches.
    let notices = move || {
        (data.conflicts.get() > 0 || !is_empty()).then(|| Suspend::new(dashboard_notices()))
    };
    view! {
        <PageFrame page=Page::Dashboard>
            {notices}
            <Show when=is_empty fallback=agenda_view>
                <div class="card empty-state">
                    <h2>{ui.t(Msg::EmptyTitle)}</h2>
                    <p>{ui.t(Msg::EmptyText)}</p>
                    <p><button type="button" on:click=move |_| leptos::task::spawn_local(load_sample(data))>
                        {ui.t(Msg::LoadSample)}
                    </button></p>
                </div>
            </Show>
        </PageFrame>
    }
}

/// What is due, by urgency group, and the year's picture. In the main module:
/// as a lazy split of its own it saved 16 KB of the first load but depended on
/// 51 shared chunks, whose loading made the dashboard with data 300 ms slower
/// to draw (docs/perf.md).
fn agenda_view() -> AnyView {
    let data = use_data();
    let items = Memo::new(move |_| agenda(&data.data.read(), data.today()));
    let names = Memo::new(move |_| agenda_names(&data.data.read()));
    let groups = GROUPS
        .map(|(title, severities)| view! { <AgendaGroup title severities items names/> })
        .collect_view();
    // The year's picture sits below the agenda, usually below the fold: its
    // code (a chunk and the shared chunks it needs, about 14 KB) is fetched
    // when its place comes within a screen of the view, or for printing, so a
    // first look at what is due does not download it (docs/perf.md). Until
    // then its place keeps about its height, so its arrival moves nothing.
    let timeline = RwSignal::new(false);
    request_animation_frame(move || {
        if let Some(spot) = document().get_element_by_id("timeline-spot") {
            let place = spot.clone();
            when_near_view(&spot, move || {
                let _ = place.class_list().remove_1("waiting");
                timeline.set(true);
            });
        }
    });
    view! {
        {groups}
        <div id="timeline-spot" class="timeline-spot waiting">
            {move || timeline.get().then(|| view! { <YearTimeline items names/> })}
        </div>
    }
    .into_any()
}

/// How many recorded changes no longer apply, with a link to them in the
/// history; and the reminder to save a backup file, when the admin chose
/// one in Settings and it is due, with a link to the backup there. Lazy:
/// most visits have neither.
#[cfg_attr(feature = "split", lazy)]
async fn dashboard_notices() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    let conflicts = move || {
        (data.conflicts.get() > 0).then(|| view! {
            <p class="notice warning dash-conflicts" role="status">
                {move || fill(ui.lang.get().t(Msg::DashConflicts), &[("count", &data.conflicts.get().to_string())])} " "
                <a href=ui.href("/history#history-conflicts-title")>{move || ui.lang.get().t(Msg::DashConflictsLink)}</a>
            </p>
        })
    };
    let due = crate::ui::state::with_backend(crate::store::prefs::Reminder::load)
        .filter(|r| r.due(data.today()));
    let reminder = due.map(|r| {
        let text = move || {
            let lang = ui.lang.get();
            match r.saved {
                Some(on) => fill(
                    lang.t(Msg::DashBackupDue),
                    &[("date", &format_date(lang, on)), ("days", &r.days.to_string())],
                ),
                None => lang.t(Msg::BackupNeverSaved).to_owned(),
            }
        };
        view! {
            <p class="notice warning dash-backup" role="status">
                {text} " " <a href=ui.href("/settings#backup")>{move || ui.lang.get().t(Msg::DashBackupLink)}</a>
            </p>
        }
    });
    view! { {conflicts} {reminder} }.into_any()
}

/// Record the sample's event, in a chunk of its own (with the ledger's code):
/// a first visit that never loads the sample does not download it.
#[cfg_attr(feature = "split", lazy)]
async fn load_sample(data: crate::ui::data::DataCtx) {
    let _ = data.record(
        Msg::ChangeSampleLoaded,
        crate::ledger::Facts::Sample { keyless: false },
    );
}

/// Lines an urgency group shows before "show all".
const FIRST_LINES: usize = 10;

/// Where a line is dealt with: its flow's page; many keys open the key list
/// filtered to them.
fn line_href(line: &AgendaLine) -> String {
    let status = match line.first.kind {
        _ if line.count == 1 => None,
        ItemKind::RedeemKey(_) => Some("open"),
        ItemKind::KeyValidityEnds(_) => Some("redeemed"),
        _ => None,
    };
    match status {
        Some(s) => KeysFilter {
            status: Some(s.into()),
        }
        .path(),
        None => flow_link(line.first.flow).0.path().to_owned(),
    }
}

/// One urgency group of the agenda, as lines (items of a kind due the same day
/// together); the first ten, then "show all". Hidden while it has no item.
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
    let all = RwSignal::new(false);
    let lines = Memo::new(move |_| {
        let mine: Vec<AgendaItem> = items
            .read()
            .iter()
            .filter(|i| severities.contains(&i.severity))
            .copied()
            .collect();
        group(&mine)
    });
    let data = use_data();
    let rows = move || {
        let lang = ui.lang.get();
        let names = names.read();
        let readings = data.data.with(|d| d.readings);
        let shown = if all.get() { usize::MAX } else { FIRST_LINES };
        lines.read().iter().take(shown).map(|l| {
            let label = flow_link(l.first.flow).1;
            view! {
                <li class="agenda-item" data-severity=l.first.severity.as_str() data-count=l.count>
                    <span class="agenda-what">{agenda_line_text(lang, l, &names)}</span>
                    <span class="agenda-when">{format_date(lang, l.first.due)} " · " {when(lang, l.first.days_left)}
                        {l.first.kind.reading(&readings).map(|reading| view! { " " <ReadingTag reading/> })}</span>
                    <a class="flow-link" href=ui.href(&line_href(l))>{lang.t(label)}</a>
                    <RuleLink rule=l.first.rule/>
                    <WhyBox why=l.first value=l.first.due/>
                </li>
            }
        }).collect_view()
    };
    let count = move || lines.read().len();
    let toggle = move || {
        let lang = ui.lang.get();
        (count() > FIRST_LINES).then(|| {
            let text = if all.get() { lang.t(Msg::AgendaShowFewer).to_owned() } else { fill(lang.t(Msg::AgendaShowAll), &[("count", &count().to_string())]) };
            view! { <button type="button" class="secondary" aria-expanded=move || all.get().to_string() on:click=move |_| all.update(|a| *a = !*a)>{text}</button> }
        })
    };
    view! {
        <Show when=move || { count() > 0 }>
            <section class="agenda-group">
                <h2>{ui.t(title)}</h2>
                <ul class="agenda">{rows}</ul>
                {toggle}
            </section>
        </Show>
    }
}
