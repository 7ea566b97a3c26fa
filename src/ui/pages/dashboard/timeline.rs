//! The membership year as a picture: the renewal window, every due date by
//! kind, today marked. The agenda beside it says the same in words.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::i18n::words::agenda_line_text;
use crate::i18n::{Lang, Msg, fill, format_date, month_short};
use crate::rules::agenda::{AgendaItem, AgendaLine, ItemKind, Severity, group};
use crate::rules::dates::{add_days, add_months, days_between};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The rows of the year timeline, top to bottom.
const LANES: [Msg; 6] = [
    Msg::NavMembership,
    Msg::NavKeys,
    Msg::NavSubscriptions,
    Msg::NavVisualStudio,
    Msg::NavSupport,
    Msg::NavAzure,
];

fn lane(kind: ItemKind) -> usize {
    match kind {
        ItemKind::RenewalOpens
        | ItemKind::RenewalCloses
        | ItemKind::Lapse { .. }
        | ItemKind::MoveToPackage
        | ItemKind::GraceEnds => 0,
        ItemKind::RedeemKey(_)
        | ItemKind::KeyValidityEnds(_)
        | ItemKind::RedeemBenefit(_)
        | ItemKind::BenefitEnds(_) => 1,
        ItemKind::SubscriptionEnds(_) => 2,
        ItemKind::SeatReassignable(_) | ItemKind::ReassignAfterMove => 3,
        ItemKind::SupportContractEnds | ItemKind::IncidentsLow(_) => 4,
        ItemKind::CreditEnds(_) => 5,
    }
}

/// One mark of the timeline: a lane and a day, and the agenda lines (items of
/// one kind due that day, grouped) it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// The row it is drawn on.
    pub lane: usize,
    /// Its day.
    pub due: NaiveDate,
    /// The grouped lines of that lane and day, the most urgent first.
    pub lines: Vec<AgendaLine>,
}

impl Mark {
    /// How many agenda items the mark stands for.
    pub fn count(&self) -> usize {
        self.lines.iter().map(|l| l.count).sum()
    }
}

/// What the year timeline draws: its first and last day, the renewal window,
/// one mark per lane and day (however many records fall on it: a mark stands
/// for groups, not records), and how many items fall outside.
#[derive(Clone, Debug, PartialEq)]
pub struct YearView {
    /// First day shown.
    pub start: NaiveDate,
    /// Last day shown.
    pub end: NaiveDate,
    /// The renewal window, when known.
    pub window: Option<(NaiveDate, NaiveDate)>,
    /// The marks, in date order.
    pub marks: Vec<Mark>,
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
        .find(|i| matches!(i.kind, ItemKind::RenewalCloses | ItemKind::MoveToPackage))
        .map(|i| i.due);
    let end = closes
        .unwrap_or(today)
        .max(add_days(today, 90).ok()?)
        .min(add_days(today, 400).ok()?);
    let mut marks: Vec<Mark> = Vec::new();
    let mut at: HashMap<(usize, NaiveDate), usize> = HashMap::new();
    let mut later = 0;
    for line in group(items) {
        let (l, due) = (lane(line.first.kind), line.first.due);
        if due > end {
            later += line.count;
        } else if due >= start {
            match at.get(&(l, due)) {
                Some(&m) => marks[m].lines.push(line),
                None => {
                    at.insert((l, due), marks.len());
                    marks.push(Mark {
                        lane: l,
                        due,
                        lines: vec![line],
                    });
                }
            }
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

/// The membership year as a picture: the renewal window, every due date by
/// kind, today marked. The agenda below says the same in words.
///
/// Drawn from its own chunk, fetched as the dashboard opens: the agenda is on
/// screen first, and the first load stays under its budget (docs/perf.md).
#[component]
pub fn YearTimeline(
    /// The agenda.
    items: Memo<Vec<AgendaItem>>,
    /// The names its items are about.
    names: Memo<HashMap<(u8, u64), String>>,
) -> impl IntoView {
    Suspend::new(year_timeline(items, names))
}

/// The x of a day in the 1000-wide picture. Whole units: no floating-point
/// formatting code in the bundle.
#[derive(Clone, Copy)]
struct Scale {
    start: NaiveDate,
    span: i64,
}

impl Scale {
    fn x(self, d: NaiveDate) -> i64 {
        170 + 820 * days_between(self.start, d).clamp(0, self.span) / self.span
    }
}

#[cfg_attr(feature = "split", lazy)]
async fn year_timeline(
    items: Memo<Vec<AgendaItem>>,
    names: Memo<HashMap<(u8, u64), String>>,
) -> AnyView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today();
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
        let sc = Scale { start: v.start, span: days_between(v.start, v.end).max(1) };
        let summary = fill(lang.t(Msg::TimelineLabel), &[
            ("from", &format_date(lang, v.start)),
            ("to", &format_date(lang, v.end)),
            ("count", &v.marks.len().to_string()),
        ]);
        let later = (v.later > 0).then(|| {
            let msg = if v.later == 1 { Msg::TimelineLaterOne } else { Msg::TimelineLater };
            view! { <p class="muted">{fill(lang.t(msg), &[("count", &v.later.to_string())])}</p> }
        });
        let dots = marks(lang, sc, &v.marks, &names.read());
        let tx = sc.x(today).to_string();
        let window = v.window.map(|(o, c)| {
            let (a, b) = (sc.x(o.max(v.start)), sc.x(c.min(v.end)));
            view! { <rect x=a.to_string() y="28" width=(b - a).max(2).to_string() height="24" rx="3" class="tl-window"/> }
        });
        let expiry = expiry.filter(|e| *e >= v.start && *e <= v.end).map(|e| expiry_mark(lang, sc, e));
        Some(view! {
            <figure class="card year-timeline">
                <figcaption><h2>{lang.t(Msg::TimelineTitle)}</h2></figcaption>
                <svg viewBox="0 0 1000 190" role="img" aria-label=summary>
                    {month_ticks(lang, sc, v.start, v.end)}
                    {lanes(lang)}
                    {window}
                    {dots}
                    <line x1=tx.clone() x2=tx.clone() y1="18" y2="172" class="tl-today"/>
                    {expiry}
                    <text x=tx y="186" class="tl-today-label">{lang.t(Msg::DueToday)}</text>
                </svg>
                {later}
            </figure>
        })
    })
    .into_any()
}

/// The rows, one per kind of deadline, with their names.
fn lanes(lang: Lang) -> impl IntoView {
    LANES
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let y = 40 + i * 28;
            view! {
                <text x="0" y=y + 4 class="tl-lane">{lang.t(*m)}</text>
                <line x1="170" x2="990" y1=y y2=y class="tl-row"/>
            }
        })
        .collect_view()
}

/// A line and a name at the first of each month.
fn month_ticks(lang: Lang, sc: Scale, start: NaiveDate, end: NaiveDate) -> impl IntoView {
    let mut ticks = Vec::new();
    let mut m = NaiveDate::from_ymd_opt(start.year(), start.month(), 1);
    while let Some(t) = m.filter(|t| *t <= end) {
        if t >= start {
            ticks.push(t);
        }
        m = add_months(t, 1).ok();
    }
    ticks
        .into_iter()
        .map(|t| {
            let tx = sc.x(t).to_string();
            view! {
                <line x1=tx.clone() x2=tx.clone() y1="18" y2="168" class="tl-tick"/>
                <text x=tx y="14" class="tl-month">{month_short(lang, t.month())}</text>
            }
        })
        .collect_view()
}

/// A dot per lane and day, coloured by its most urgent line, its lines
/// ("212 keys to redeem") named in its tooltip; larger when it stands for more
/// than one item.
fn marks(
    lang: Lang,
    sc: Scale,
    marks: &[Mark],
    names: &HashMap<(u8, u64), String>,
) -> impl IntoView + use<> {
    marks
        .iter()
        .map(|m| {
            let words: Vec<String> = m
                .lines
                .iter()
                .map(|l| agenda_line_text(lang, l, names))
                .collect();
            let label = format!("{} · {}", words.join("; "), format_date(lang, m.due));
            let severity = m
                .lines
                .iter()
                .map(|l| l.first.severity)
                .min()
                .unwrap_or(Severity::Later);
            let r = if m.count() > 1 { "8" } else { "6" };
            view! {
                <circle cx=sc.x(m.due).to_string() cy=40 + m.lane * 28 r=r class="tl-mark"
                    data-severity=severity.as_str() data-count=m.count().to_string()>
                    <title>{label}</title>
                </circle>
            }
        })
        .collect_view()
}

/// The benefit expiry date: a diamond on the membership row.
fn expiry_mark(lang: Lang, sc: Scale, e: NaiveDate) -> impl IntoView {
    let (ex, label) = (
        sc.x(e),
        format!("{} · {}", lang.t(Msg::BenefitExpiry), format_date(lang, e)),
    );
    view! {
        <rect x=(ex - 6).to_string() y="34" width="12" height="12" class="tl-expiry"
            transform=format!("rotate(45 {ex} 40)")><title>{label}</title></rect>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample::sample;
    use crate::rules::agenda::agenda;
    use crate::testing::d;

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
        assert!(v.marks.iter().all(|m| seen.insert((m.lane, m.due))));
        assert!(v.marks.iter().all(|m| m.due >= v.start && m.due <= v.end));
        let after = items.iter().filter(|i| i.due > v.end).count();
        assert_eq!(v.later, after);
        assert!(after > 0 && !v.marks.is_empty());
        // Every item inside the year is counted by exactly one mark.
        let inside = items
            .iter()
            .filter(|i| i.due >= v.start && i.due <= v.end)
            .count();
        assert_eq!(v.marks.iter().map(Mark::count).sum::<usize>(), inside);
    }

    #[test]
    fn ten_thousand_keys_are_at_most_one_mark_a_lane_and_day() {
        use crate::model::generate::{Scale, generate};
        let today = d(2026, 11, 26);
        let data = generate(Scale::BUDGET, today);
        let items = agenda(&data, today);
        let v = year_view(&items, Some(today + chrono::Days::new(40)), today).unwrap();
        // At most one mark per lane and day of the year shown, whatever is stored.
        let days = days_between(v.start, v.end) as usize + 1;
        assert!(v.marks.len() <= LANES.len() * days, "{}", v.marks.len());
        let keys = v
            .marks
            .iter()
            .filter(|m| m.lane == 1)
            .map(Mark::count)
            .sum::<usize>();
        assert!(
            keys > v.marks.iter().filter(|m| m.lane == 1).count(),
            "key marks group several keys"
        );
    }

    #[test]
    fn without_an_anniversary_the_view_starts_a_month_back() {
        let today = d(2026, 11, 26);
        let v = year_view(&[], None, today).unwrap();
        assert_eq!((v.start, v.end), (d(2026, 10, 27), d(2027, 2, 24)));
        assert!(v.marks.is_empty() && v.window.is_none());
    }
}
