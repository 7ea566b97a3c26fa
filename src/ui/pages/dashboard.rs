use std::collections::HashMap;

use leptos::prelude::*;

use chrono::{Datelike, NaiveDate};

use crate::i18n::{Lang, Msg, fill, format_date, format_days};
use crate::model::Dataset;
use crate::model::sample::sample;
use crate::rules::agenda::{AgendaItem, Flow, ItemKind, Severity, agenda};
use crate::rules::dates::{add_days, add_months, days_between};
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

/// The rows of the year timeline, top to bottom.
const LANES: [Msg; 5] = [
    Msg::NavMembership,
    Msg::NavKeys,
    Msg::NavSubscriptions,
    Msg::NavVisualStudio,
    Msg::NavSupport,
];

fn lane(kind: ItemKind) -> usize {
    match kind {
        ItemKind::RenewalOpens | ItemKind::RenewalCloses | ItemKind::GraceEnds => 0,
        ItemKind::RedeemKey(_) | ItemKind::KeyValidityEnds(_) => 1,
        ItemKind::SubscriptionEnds(_) => 2,
        ItemKind::SeatReassignable(_) => 3,
        ItemKind::SupportContractEnds | ItemKind::IncidentsLow(_) => 4,
    }
}

/// What the year timeline draws: its first and last day, the renewal window,
/// one mark per lane and day (the first item of that day stands for the rest),
/// and how many items fall outside.
#[derive(Clone, Debug, PartialEq)]
pub struct YearView {
    /// First day shown.
    pub start: NaiveDate,
    /// Last day shown.
    pub end: NaiveDate,
    /// The renewal window, when known.
    pub window: Option<(NaiveDate, NaiveDate)>,
    /// (lane, item) for each mark.
    pub marks: Vec<(usize, AgendaItem)>,
    /// Items after `end`.
    pub later: usize,
}

/// The membership year around `today`: from the last anniversary (or 30 days
/// back; at most a year back) to the close of the renewal window (at least 90
/// days ahead; at most 400).
pub fn year_view(
    items: &[AgendaItem],
    anniversary: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<YearView> {
    let back = add_days(today, -30).ok()?;
    let floor = add_days(today, -365).ok()?;
    let start = anniversary
        .and_then(|a| a.checked_sub_months(chrono::Months::new(12)))
        .map_or(back, |prev| prev.clamp(floor, back));
    let opens = items
        .iter()
        .find(|i| i.kind == ItemKind::RenewalOpens)
        .map(|i| i.due);
    let closes = items
        .iter()
        .find(|i| i.kind == ItemKind::RenewalCloses)
        .map(|i| i.due);
    let end = closes
        .unwrap_or(today)
        .max(add_days(today, 90).ok()?)
        .min(add_days(today, 400).ok()?);
    let mut marks: Vec<(usize, AgendaItem)> = Vec::new();
    let mut later = 0;
    for i in items {
        if i.due > end {
            later += 1;
        } else if i.due >= start
            && !marks
                .iter()
                .any(|(l, m)| *l == lane(i.kind) && m.due == i.due)
        {
            marks.push((lane(i.kind), *i));
        }
    }
    Some(YearView {
        start,
        end,
        window: opens.zip(closes),
        marks,
        later,
    })
}

/// Short month names for the axis.
fn month_label(lang: Lang, month: u32) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::En => EN[(month as usize + 11) % 12].to_owned(),
        Lang::Ko => format!("{month}월"),
    }
}

/// The membership year as a picture: the renewal window, every due date by
/// kind, today marked. The agenda below says the same in words.
///
/// Drawn from its own chunk, fetched as the dashboard opens: the agenda is on
/// screen first, and the first load stays under its budget (docs/perf.md).
#[component]
fn YearTimeline(
    items: Memo<Vec<AgendaItem>>,
    names: Memo<HashMap<(u8, u64), String>>,
) -> impl IntoView {
    Suspend::new(year_timeline(items, names))
}

#[cfg_attr(feature = "split", lazy)]
async fn year_timeline(
    items: Memo<Vec<AgendaItem>>,
    names: Memo<HashMap<(u8, u64), String>>,
) -> AnyView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today;
    let dates = Memo::new(move |_| {
        data.data.with(|d| {
            let m = d.membership.as_ref();
            (
                m.and_then(|m| m.anniversary),
                m.and_then(|m| m.benefit_expiry),
            )
        })
    });
    (move || {
        let lang = ui.lang.get();
        let (anniversary, expiry) = dates.get();
        let v = year_view(&items.read(), anniversary, today)?;
        // Whole units of the 1000-wide picture: no floating-point formatting code.
        let span = days_between(v.start, v.end).max(1);
        let x = move |d: NaiveDate| 170 + 820 * days_between(v.start, d).clamp(0, span) / span;
        let names = names.read();
        let lanes = LANES
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let y = 40 + i * 28;
                view! {
                    <text x="0" y=y + 4 class="tl-lane">{lang.t(*m)}</text>
                    <line x1="170" x2="990" y1=y y2=y class="tl-row"/>
                }
            })
            .collect_view();
        let mut ticks = Vec::new();
        let mut m = NaiveDate::from_ymd_opt(v.start.year(), v.start.month(), 1)?;
        while m <= v.end {
            if m >= v.start {
                ticks.push(m);
            }
            m = add_months(m, 1).ok()?;
        }
        let ticks = ticks
            .into_iter()
            .map(|t| {
                let tx = x(t).to_string();
                view! {
                    <line x1=tx.clone() x2=tx.clone() y1="18" y2="168" class="tl-tick"/>
                    <text x=tx y="14" class="tl-month">{month_label(lang, t.month())}</text>
                }
            })
            .collect_view();
        let window = v.window.map(|(o, c)| {
            let (a, b) = (x(o.max(v.start)), x(c.min(v.end)));
            view! { <rect x=a.to_string() y="28" width=(b - a).max(2).to_string() height="24" rx="3" class="tl-window"/> }
        });
        let marks = v
            .marks
            .iter()
            .map(|(l, i)| {
                let label = format!("{} · {}", item_text(lang, i, &names), format_date(lang, i.due));
                view! {
                    <circle cx=x(i.due).to_string() cy=40 + l * 28 r="6" class="tl-mark" data-severity=i.severity.as_str()>
                        <title>{label}</title>
                    </circle>
                }
            })
            .collect_view();
        let tx = x(today).to_string();
        let summary = fill(lang.t(Msg::TimelineLabel), &[
            ("from", &format_date(lang, v.start)),
            ("to", &format_date(lang, v.end)),
            ("count", &v.marks.len().to_string()),
        ]);
        let later = (v.later > 0).then(|| {
            view! { <p class="muted">{fill(lang.t(Msg::TimelineLater), &[("count", &v.later.to_string())])}</p> }
        });
        Some(view! {
            <figure class="card year-timeline">
                <figcaption><h2>{lang.t(Msg::TimelineTitle)}</h2></figcaption>
                <svg viewBox="0 0 1000 190" role="img" aria-label=summary>
                    {ticks}
                    {lanes}
                    {window}
                    {marks}
                    <line x1=tx.clone() x2=tx.clone() y1="18" y2="172" class="tl-today"/>
                    {expiry.filter(|e| *e >= v.start && *e <= v.end).map(|e| {
                        // The benefit expiry date: a diamond on the membership row.
                        let (ex, label) = (x(e), format!("{} · {}", lang.t(Msg::BenefitExpiry), format_date(lang, e)));
                        view! {
                            <rect x=(ex - 6).to_string() y="34" width="12" height="12" class="tl-expiry"
                                transform=format!("rotate(45 {ex} 40)")><title>{label}</title></rect>
                        }
                    })}
                    <text x=tx y="186" class="tl-today-label">{lang.t(Msg::DueToday)}</text>
                </svg>
                {later}
            </figure>
        })
    })
    .into_any()
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
            <Show when=is_empty fallback=move || view! { <YearTimeline items names/> {GROUPS.map(group).collect_view()} }>
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

#[cfg(test)]
mod timeline_tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_year_runs_from_the_last_anniversary_to_past_the_renewal_window() {
        let today = d(2026, 11, 26);
        let data = sample(today);
        let items = agenda(&data, today);
        let anniversary = data.membership.as_ref().and_then(|m| m.anniversary);
        let v = year_view(&items, anniversary, today).unwrap();
        // The sample's anniversary is 45 days ahead: the year began 12 months before it.
        assert_eq!(v.start, d(2026, 1, 10));
        // The window closes 30 days after the anniversary, inside 90 days from today.
        assert_eq!(v.end, d(2027, 2, 24));
        assert_eq!(v.window, Some((d(2027, 1, 11), d(2027, 2, 9))));
        // One mark per lane and day; whatever falls after the end is counted.
        let mut seen = std::collections::HashSet::new();
        assert!(v.marks.iter().all(|(l, i)| seen.insert((*l, i.due))));
        assert!(
            v.marks
                .iter()
                .all(|(_, i)| i.due >= v.start && i.due <= v.end)
        );
        let after = items.iter().filter(|i| i.due > v.end).count();
        assert_eq!(v.later, after);
        assert!(after > 0 && !v.marks.is_empty());
    }

    #[test]
    fn without_an_anniversary_the_view_starts_a_month_back() {
        let today = d(2026, 11, 26);
        let v = year_view(&[], None, today).unwrap();
        assert_eq!((v.start, v.end), (d(2026, 10, 27), d(2027, 2, 24)));
        assert!(v.marks.is_empty() && v.window.is_none());
    }
}
