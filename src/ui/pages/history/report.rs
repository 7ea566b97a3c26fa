//! The audit report (issue 29): from the ledger's replay, who holds each
//! Visual Studio subscription and Azure credit and since when (with the
//! holders before), what each key was redeemed into, where and when, the
//! subscriptions, and the record of changes with who recorded each and
//! when; laid out to print (`style/main.css`, "Audit report"), in the
//! reader's language. A key's text never appears in it.

use leptos::prelude::*;

use super::Journal;
use super::list::status;
use super::words::{detail, kind_label, recorded};
use crate::i18n::words::{credit_title, mode_name, user_label, vs_level_name};
use crate::i18n::{Lang, Msg, fill, format_date};
use crate::model::Dataset;
use crate::ui::state::use_ui;

/// Changes listed at most, newest first: a print of tens of thousands of
/// rows helps no one; the CSV export above has them all.
const CHANGES_LISTED: usize = 1000;

/// The card: show the report, print it.
#[component]
pub fn AuditReport(journal: Journal) -> impl IntoView {
    let ui = use_ui();
    let shown = RwSignal::new(false);
    let journal = StoredValue::new(journal);
    let print = move |_| print_page();
    view! {
        <section class="card report-card" aria-labelledby="report-card-title">
            <h2 id="report-card-title">{ui.t(Msg::ReportCardTitle)}</h2>
            <p>{ui.t(Msg::ReportCardText)}</p>
            <p class="actions">
                <button type="button" class="secondary" aria-expanded=move || shown.get().to_string()
                    on:click=move |_| shown.update(|s| *s = !*s)>
                    {move || ui.t(if shown.get() { Msg::ReportHide } else { Msg::ReportShow })}</button>
                <Show when=move || shown.get()>
                    <button type="button" on:click=print>{ui.t(Msg::ReportPrint)}</button>
                </Show>
            </p>
        </section>
        <Show when=move || shown.get()>
            {move || journal.with_value(|j| view! { <Report journal=j.clone()/> })}
        </Show>
    }
}

/// The report itself.
#[component]
fn Report(journal: Journal) -> impl IntoView {
    let ui = use_ui();
    let d = journal.replayed.data.clone();
    let (first, last) = (
        journal.events.first().map(|e| e.day),
        journal.events.last().map(|e| e.day),
    );
    let count = journal.events.len();
    let today = crate::ui::data::use_data().today();
    let intro = move || {
        let lang = ui.lang.get();
        let day =
            |d: Option<chrono::NaiveDate>| d.map(|d| format_date(lang, d)).unwrap_or_default();
        fill(
            lang.t(Msg::ReportIntro),
            &[
                ("today", &format_date(lang, today)),
                ("count", &count.to_string()),
                ("first", &day(first)),
                ("last", &day(last)),
            ],
        )
    };
    view! {
        <article class="audit-report card" aria-labelledby="report-title">
            <h2 id="report-title">{ui.t(Msg::ReportTitle)}</h2>
            <p>{intro}</p>
            <Seats d=d.clone()/>
            <Keys d=d.clone()/>
            <Credits d=d.clone()/>
            <Changes journal/>
            <p class="field-note">{ui.t(Msg::ReportNoKeys)}</p>
        </article>
    }
}

/// The browser's print dialog, through `window.print` found by name: a
/// binding of its own would be code the first visit carries.
fn print_page() {
    use wasm_bindgen::{JsCast, JsValue};
    let global = js_sys::global();
    if let Ok(print) = js_sys::Reflect::get(&global, &JsValue::from_str("print"))
        .and_then(JsCast::dyn_into::<js_sys::Function>)
    {
        // `call2` because the page already binds it; print takes no arguments.
        let _ = print.call2(&global, &JsValue::UNDEFINED, &JsValue::UNDEFINED);
    }
}

/// A table with a caption-like heading and column headers; `rows` empty
/// says there is nothing of that kind.
fn table(lang: Lang, title: Msg, heads: &[Msg], rows: Vec<Vec<String>>) -> AnyView {
    let heads: Vec<&str> = heads.iter().map(|m| lang.t(*m)).collect();
    if rows.is_empty() {
        return view! { <h3>{lang.t(title)}</h3><p class="muted">{lang.t(Msg::ReportNone)}</p> }
            .into_any();
    }
    view! {
        <h3>{lang.t(title)}</h3>
        // A region the keyboard can reach: it scrolls sideways on a narrow screen.
        <div class="table-wrap" tabindex="0" role="region" aria-label=lang.t(title)><table class="report-table">
            <thead><tr>{heads.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
            <tbody>{rows.into_iter().map(|r| view! {
                <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
            }).collect_view()}</tbody>
        </table></div>
    }
    .into_any()
}

/// "Name (email)" of a user.
fn who(d: &Dataset, id: u64) -> String {
    user_label(d, id, || format!("#{id}"))
}

/// Each Visual Studio subscription: its holder since when, activated when,
/// and the holders before, with their days.
#[component]
fn Seats(d: Dataset) -> impl IntoView {
    let ui = use_ui();
    move || {
        let lang = ui.lang.get();
        let day = |x| format_date(lang, x);
        let rows = d
            .vs_seats
            .iter()
            .map(|s| {
                let a = s.assignment.as_ref();
                let before: Vec<String> = s
                    .history
                    .iter()
                    .map(|h| format!("{} ({} – {})", who(&d, h.user), day(h.from), day(h.to)))
                    .collect();
                vec![
                    lang.t(vs_level_name(s.level)).to_owned(),
                    a.map_or_else(|| lang.t(Msg::ReportFree).to_owned(), |a| who(&d, a.user)),
                    a.map(|a| day(a.assigned_on)).unwrap_or_default(),
                    a.and_then(|a| a.activated_on).map(day).unwrap_or_default(),
                    before.join("; "),
                ]
            })
            .collect();
        table(
            lang,
            Msg::ReportSeats,
            &[
                Msg::ReportLevel,
                Msg::ReportHolder,
                Msg::ReportSince,
                Msg::ReportActivated,
                Msg::ReportBefore,
            ],
            rows,
        )
    }
}

/// Each key: what it was redeemed into, in which tenant, how and when.
#[component]
fn Keys(d: Dataset) -> impl IntoView {
    let ui = use_ui();
    move || {
        let lang = ui.lang.get();
        let day = |x| format_date(lang, x);
        let rows = d
            .keys
            .iter()
            .map(|k| {
                let r = k.redemption.as_ref();
                let sub = r
                    .and_then(|r| r.subscription)
                    .and_then(|id| d.subscriptions.iter().find(|s| s.id == id));
                vec![
                    format!("{} × {}", k.product, k.licenses),
                    k.received.map(day).unwrap_or_default(),
                    r.map_or_else(|| lang.t(Msg::ReportNotRedeemed).to_owned(), |r| day(r.on)),
                    r.map(|r| r.tenant.clone()).unwrap_or_default(),
                    r.map(|r| lang.t(mode_name(r.mode)).to_owned())
                        .unwrap_or_default(),
                    sub.map(|s| format!("{} × {} · {}", s.product, s.licenses, day(s.end)))
                        .unwrap_or_default(),
                ]
            })
            .collect();
        table(
            lang,
            Msg::ReportKeys,
            &[
                Msg::ReportProduct,
                Msg::ReportReceived,
                Msg::ReportRedeemed,
                Msg::ReportTenant,
                Msg::ReportWay,
                Msg::ReportSubscription,
            ],
            rows,
        )
    }
}

/// Each Azure credit: its holder since when, and how often it moved.
#[component]
fn Credits(d: Dataset) -> impl IntoView {
    let ui = use_ui();
    move || {
        let lang = ui.lang.get();
        let rows = d
            .credits
            .iter()
            .map(|c| {
                vec![
                    credit_title(lang, c),
                    c.assignee
                        .map_or_else(|| lang.t(Msg::ReportFree).to_owned(), |u| who(&d, u)),
                    c.given_on.map(|x| format_date(lang, x)).unwrap_or_default(),
                    c.reassigned.to_string(),
                ]
            })
            .collect();
        table(
            lang,
            Msg::ReportCredits,
            &[
                Msg::ReportCredit,
                Msg::ReportHolder,
                Msg::ReportSince,
                Msg::ReportMoves,
            ],
            rows,
        )
    }
}

/// The record of changes, newest first: when and by whom each was recorded,
/// the day it took effect, what it was, its status.
#[component]
fn Changes(journal: Journal) -> impl IntoView {
    let ui = use_ui();
    let more = journal.events.len().saturating_sub(CHANGES_LISTED);
    move || {
        let lang = ui.lang.get();
        let j = &journal;
        let rows = j
            .events
            .iter()
            .rev()
            .take(CHANGES_LISTED)
            .map(|e| {
                let what = detail(lang, &e.facts, &j.replayed.data);
                let kind = lang.t(kind_label(&e.facts));
                vec![
                    recorded(lang, &e.at),
                    if e.admin.is_empty() {
                        lang.t(Msg::HistoryNobody).to_owned()
                    } else {
                        e.admin.clone()
                    },
                    format_date(lang, e.day),
                    if what.is_empty() {
                        kind.to_owned()
                    } else {
                        format!("{kind} · {what}")
                    },
                    status(lang, j, e).unwrap_or_default(),
                ]
            })
            .collect();
        view! {
            {table(lang, Msg::ReportChanges, &[Msg::ReportRecorded, Msg::ReportBy, Msg::ReportEffect, Msg::ReportChange, Msg::ReportStatus], rows)}
            {(more > 0).then(|| view! { <p class="field-note">{fill(lang.t(Msg::ReportMore), &[("count", &more.to_string())])}</p> })}
        }
    }
}
