//! The journal's list: filters, paging, each change with its status and its
//! undo; the changes that no longer apply; the CSV export.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::Journal;
use super::words::{detail, kind_label, recorded};
use crate::i18n::refusals::change_error_text;
use crate::i18n::{Lang, Msg, fill, format_date};
use crate::ledger::{Event, Facts};
use crate::ui::browser::files::download;
use crate::ui::components::{Pager, page_slice};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Changes listed per page.
const PER_PAGE: usize = 20;

/// What the list shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// One kind (its stored name), or every kind.
    pub kind: Option<String>,
    /// One admin's changes, or everyone's.
    pub admin: Option<String>,
    /// Changes taking effect on or after this day.
    pub from: Option<NaiveDate>,
    /// Changes taking effect on or before this day.
    pub to: Option<NaiveDate>,
}

impl Filter {
    /// Whether `e` is shown.
    pub fn keeps(&self, e: &Event) -> bool {
        self.kind.as_deref().is_none_or(|k| e.facts.kind() == k)
            && self.admin.as_deref().is_none_or(|a| e.admin == a)
            && self.from.is_none_or(|f| e.day >= f)
            && self.to.is_none_or(|t| e.day <= t)
    }
}

/// A change's status in words: undone, not applied (why), or nothing.
pub(super) fn status(lang: Lang, j: &Journal, e: &Event) -> Option<String> {
    if j.replayed.voided.contains(&e.id) {
        return Some(lang.t(Msg::HistoryUndone).to_owned());
    }
    if matches!(e.facts, Facts::Before { .. }) {
        return Some(lang.t(Msg::HistoryBefore).to_owned());
    }
    let (_, why) = j.replayed.refused.iter().find(|(id, _)| *id == e.id)?;
    Some(fill(
        lang.t(Msg::HistoryRefused),
        &[("why", &change_error_text(lang, why))],
    ))
}

/// The changes, newest first, filtered and paged, with the export.
#[component]
pub fn EventList(
    /// The stored ledger and its replay.
    journal: Journal,
    /// The change whose undo is being previewed.
    asked: RwSignal<Option<Event>>,
) -> impl IntoView {
    let ui = use_ui();
    let filter = RwSignal::new(Filter::default());
    let page = RwSignal::new(0usize);
    let j = StoredValue::new(journal);
    let shown = Memo::new(move |_| {
        let f = filter.get();
        j.with_value(|j| {
            j.events
                .iter()
                .rev()
                .filter(|e| f.keeps(e))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let last = j.with_value(|j| {
        j.events
            .iter()
            .rev()
            .find(|e| {
                !matches!(e.facts, Facts::Void { .. } | Facts::Before { .. })
                    && !j.replayed.voided.contains(&e.id)
            })
            .cloned()
    });
    let export =
        move |_| j.with_value(|j| export_csv(ui.lang.get_untracked(), j, &shown.get_untracked()));
    view! {
        <div class="card history-tools">
            <Filters journal=j.get_value() filter page/>
            <p class="actions">
                {last.map(|e| view! { <button type="button" on:click=move |_| asked.set(Some(e.clone()))>{ui.t(Msg::HistoryUndoLast)}</button> })}
                " " <button type="button" class="secondary" on:click=export>{ui.t(Msg::HistoryExport)}</button>
            </p>
            <p role="status">{move || match shown.with(Vec::len) {
                1 => ui.lang.get().t(Msg::HistoryCountOne).to_owned(),
                n => fill(ui.lang.get().t(Msg::HistoryCount), &[("count", &n.to_string())]),
            }}</p>
        </div>
        <ol class="history-list rule-list" aria-label=move || ui.t(Msg::HistoryListLabel)>
            {move || page_slice(&shown.get(), page.get(), PER_PAGE).iter().cloned().map(|e| view! { <EventRow e journal=j asked/> }).collect_view()}
        </ol>
        <Pager page count=Signal::derive(move || shown.with(Vec::len)) per_page=PER_PAGE/>
    }
}

/// One change: what, on which record, who and when, its status, its undo.
#[component]
fn EventRow(
    /// The change.
    e: Event,
    /// The journal it belongs to.
    journal: StoredValue<Journal>,
    /// The change whose undo is being previewed.
    asked: RwSignal<Option<Event>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let undone = journal.with_value(|j| j.replayed.voided.contains(&e.id));
    let is_void = matches!(e.facts, Facts::Void { .. });
    // What the records kept before the ledger say is corrected in the record
    // (its own page), not undone here.
    let before = matches!(e.facts, Facts::Before { .. });
    let action = (!undone && !before).then_some(if is_void {
        Msg::HistoryRedo
    } else {
        Msg::HistoryUndo
    });
    let ev = e.clone();
    move || {
        let lang = ui.lang.get();
        let who = if e.admin.is_empty() {
            lang.t(Msg::HistoryNobody).to_owned()
        } else {
            e.admin.clone()
        };
        let what = data.data.with(|d| detail(lang, &e.facts, d));
        let state = journal.with_value(|j| status(lang, j, &e));
        let ev = ev.clone();
        view! {
            <li class="history-event" class:undone=undone>
                <p><strong>{lang.t(kind_label(&e.facts))}</strong>
                    {(!what.is_empty()).then(|| format!(" · {what}"))}</p>
                <p class="field-note">
                    {fill(lang.t(Msg::HistoryRecorded), &[("when", &recorded(lang, &e.at)), ("who", &who)])}
                    " · " {fill(lang.t(Msg::HistoryDay), &[("date", &format_date(lang, e.day))])}
                </p>
                {state.map(|s| view! { <p class="history-status">{s}</p> })}
                {action.map(|m| view! { <p class="actions"><button type="button" class="secondary small"
                    on:click=move |_| asked.set(Some(ev.clone()))>{lang.t(m)}</button></p> })}
            </li>
        }
    }
}

/// The kind, admin and day filters.
#[component]
fn Filters(
    /// The journal (its kinds and admins are the choices).
    journal: Journal,
    /// The filter.
    filter: RwSignal<Filter>,
    /// The page shown, back to the first when the filter changes.
    page: RwSignal<usize>,
) -> impl IntoView {
    let ui = use_ui();
    let mut kinds: Vec<(String, Msg)> = journal
        .events
        .iter()
        .map(|e| (e.facts.kind().to_owned(), kind_label(&e.facts)))
        .collect();
    kinds.sort_by(|a, b| a.0.cmp(&b.0));
    kinds.dedup_by(|a, b| a.0 == b.0);
    let mut admins: Vec<String> = journal
        .events
        .iter()
        .map(|e| e.admin.clone())
        .filter(|a| !a.is_empty())
        .collect();
    admins.sort();
    admins.dedup();
    let set = move |f: &dyn Fn(&mut Filter)| {
        filter.update(|x| f(x));
        page.set(0);
    };
    let pick = |v: String| (!v.is_empty()).then_some(v);
    view! {
        <div class="history-filters">
            <p class="field"><label for="history-kind">{ui.t(Msg::HistoryFilterKind)}</label>
                <select id="history-kind" on:change=move |ev| set(&|f| f.kind = pick(event_target_value(&ev)))>
                    <option value="">{ui.t(Msg::HistoryAll)}</option>
                    {kinds.into_iter().map(|(k, m)| view! { <option value=k>{ui.t(m)}</option> }).collect_view()}
                </select></p>
            <p class="field"><label for="history-admin-filter">{ui.t(Msg::HistoryFilterAdmin)}</label>
                <select id="history-admin-filter" on:change=move |ev| set(&|f| f.admin = pick(event_target_value(&ev)))>
                    <option value="">{ui.t(Msg::HistoryAll)}</option>
                    {admins.into_iter().map(|a| { let label = a.clone(); view! { <option value=a>{label}</option> } }).collect_view()}
                </select></p>
            <p class="field"><label for="history-from">{ui.t(Msg::HistoryFilterFrom)}</label>
                <input id="history-from" type="date" on:change=move |ev| set(&|f| f.from = crate::model::iso::parse(&event_target_value(&ev)))/></p>
            <p class="field"><label for="history-to">{ui.t(Msg::HistoryFilterTo)}</label>
                <input id="history-to" type="date" on:change=move |ev| set(&|f| f.to = crate::model::iso::parse(&event_target_value(&ev)))/></p>
        </div>
    }
}

/// The changes the replay could not apply, each with why, first.
#[component]
pub fn Conflicts(
    /// The stored ledger and its replay.
    journal: Journal,
    /// The change whose undo is being previewed.
    asked: RwSignal<Option<Event>>,
) -> impl IntoView {
    let ui = use_ui();
    let refused: Vec<Event> = journal
        .events
        .iter()
        .filter(|e| journal.replayed.refused.iter().any(|(id, _)| *id == e.id))
        .cloned()
        .collect();
    let j = StoredValue::new(journal);
    (!refused.is_empty()).then(|| {
        let count = refused.len().to_string();
        view! {
            <section class="card notice warning history-conflicts" aria-labelledby="history-conflicts-title">
                <h2 id="history-conflicts-title">{move || fill(ui.lang.get().t(Msg::HistoryConflicts), &[("count", &count)])}</h2>
                <p>{ui.t(Msg::HistoryConflictsText)}</p>
                <ol class="history-list rule-list">{refused.into_iter().map(|e| view! { <EventRow e journal=j asked/> }).collect_view()}</ol>
            </section>
        }
    })
}

/// The shown changes as a CSV file: one row per change, every column an
/// auditor needs, in the reader's language.
fn export_csv(lang: Lang, j: &Journal, shown: &[Event]) {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "recorded_at",
        "takes_effect",
        "admin",
        "device",
        "kind",
        "change",
        "record",
        "status",
        "event_id",
    ]);
    for e in shown {
        let _ = w.write_record([
            e.at.as_str(),
            &e.day.to_string(),
            &e.admin,
            &e.device,
            e.facts.kind(),
            lang.t(kind_label(&e.facts)),
            &detail(lang, &e.facts, &j.replayed.data),
            &status(lang, j, e).unwrap_or_default(),
            &e.id,
        ]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    let text = String::from_utf8(bytes).unwrap_or_default();
    let day = shown.first().map(|e| e.day.to_string()).unwrap_or_default();
    download(
        &format!("benefits-desk-history-{day}.csv"),
        "text/csv",
        &format!("\u{feff}{text}"),
    );
}
