//! Every row's result before anything is saved: a summary, the rows left
//! out and the rows the rules refuse (each with its rule), a paged table
//! of every row, and Import.

use std::sync::Arc;

use leptos::prelude::*;

use super::found::unchanged;
use crate::i18n::refusals::change_error_text;
use crate::i18n::{Lang, Msg, field_error, fill, format_date};
use crate::ledger::change::{ChangeError, PortalOutcome};
use crate::ledger::{SheetOutcome, SheetPlan};
use crate::model::VsLevel;
use crate::model::fields::SheetItem;
use crate::model::validate::FieldError;
use crate::store::sheet::{SheetFile, SheetProblem, SheetRow, Why};
use crate::ui::components::{Pager, RuleLink, page_slice};
use crate::ui::state::use_ui;

/// Rows shown per page of the preview.
const ROWS_PER_PAGE: usize = 10;

/// Rows left out or refused listed by name, at most; the rest are counted.
const LISTED: usize = 100;

type RowResult = Result<SheetOutcome, ChangeError>;

/// The summary, the problems, every row, Import.
#[component]
pub fn Outcome(
    file: SheetFile,
    plan: SheetPlan,
    confirmed: RwSignal<bool>,
    on_import: Callback<Vec<SheetItem>>,
) -> impl IntoView {
    let ui = use_ui();
    let results = plan.results;
    let count = |f: &dyn Fn(&RowResult) -> bool| results.iter().filter(|r| f(r)).count();
    let changes = count(&|r| matches!(r, Ok(o) if !unchanged(*o)));
    let refused = count(&Result::is_err);
    let numbers = [
        ("rows", file.rows.len()),
        ("changes", changes),
        ("same", count(&|r| matches!(r, Ok(o) if unchanged(*o)))),
        ("refused", refused),
        ("left", file.problems.len()),
    ]
    .map(|(k, v)| (k, v.to_string()));
    let summary = move || {
        let pairs: Vec<(&str, &str)> = numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(ui.lang.get().t(Msg::SheetSummary), &pairs)
    };
    let refusals: Vec<(u64, ChangeError)> = file
        .rows
        .iter()
        .zip(&results)
        .filter_map(|(row, r)| r.clone().err().map(|e| (row.line, e)))
        .collect();
    let items: Vec<SheetItem> = file.rows.iter().map(|r| r.item.clone()).collect();
    let rows: Arc<Vec<(SheetRow, RowResult)>> =
        Arc::new(file.rows.into_iter().zip(results).collect());
    let label = move || {
        fill(
            ui.lang.get().t(Msg::SheetImport),
            &[("count", &changes.to_string())],
        )
    };
    view! {
        <p role="status">{summary}</p>
        <Refusals refusals/>
        <LeftOut problems=file.problems/>
        <Preview rows/>
        {(changes == 0).then(|| view! { <p role="status">{ui.t(Msg::SheetNothing)}</p> })}
        {(refused > 0 && changes > 0).then(|| view! { <p>{ui.t(Msg::SheetRefusedNote)}</p> })}
        <p><button type="button" disabled=move || changes == 0 || !confirmed.get()
            on:click=move |_| on_import.run(items.clone())>{label}</button></p>
    }
}

/// The rows the rules refuse, each with its rule.
#[component]
fn Refusals(refusals: Vec<(u64, ChangeError)>) -> impl IntoView {
    let ui = use_ui();
    let more = refusals.len().saturating_sub(LISTED);
    view! {
        <ul class="problems">{refusals.into_iter().take(LISTED).map(|(line, e)| {
            let rule = e.rule();
            view! { <li class="field-error">
                {move || fill(ui.lang.get().t(Msg::SheetRefused), &[("line", &line.to_string()), ("why", &change_error_text(ui.lang.get(), &e))])}
                {rule.map(|rule| view! { " " <RuleLink rule/> })}
            </li> }
        }).collect_view()}</ul>
        {(more > 0).then(|| view! { <p>{move || fill(ui.lang.get().t(Msg::SheetMore), &[("count", &more.to_string())])}</p> })}
    }
}

/// The rows left out, by line and column.
#[component]
fn LeftOut(problems: Vec<SheetProblem>) -> impl IntoView {
    let ui = use_ui();
    let more = problems.len().saturating_sub(LISTED);
    (!problems.is_empty()).then(|| view! {
        <h3>{ui.t(Msg::SheetLeftOut)}</h3>
        <ul class="problems">{problems.into_iter().take(LISTED).map(|p| view! {
            <li>{move || problem_text(ui.lang.get(), &p)}</li>
        }).collect_view()}</ul>
        {(more > 0).then(|| view! { <p>{move || fill(ui.lang.get().t(Msg::SheetMore), &[("count", &more.to_string())])}</p> })}
    })
}

/// Every row and its result, a page at a time.
#[component]
fn Preview(rows: Arc<Vec<(SheetRow, RowResult)>>) -> impl IntoView {
    let ui = use_ui();
    let page = RwSignal::new(0usize);
    let row_count = rows.len();
    view! {
        // A region the keyboard can reach: it scrolls sideways on a narrow screen.
        <div class="table-wrap" tabindex="0" role="region" aria-label=ui.t(Msg::SheetPreview)><table class="import-preview">
            <thead><tr>
                <th scope="col">{ui.t(Msg::SheetLine)}</th>
                <th scope="col">{ui.t(Msg::SheetRecord)}</th>
                <th scope="col">{ui.t(Msg::SheetResult)}</th>
            </tr></thead>
            <tbody>{move || {
                let lang = ui.lang.get();
                page_slice(&rows, page.get(), ROWS_PER_PAGE).iter().map(|(row, result)| view! { <tr>
                    <td>{row.line}</td>
                    <td>{record_text(lang, &row.item)}</td>
                    <td>{outcome_text(lang, result)}</td>
                </tr> }).collect_view()
            }}</tbody>
        </table></div>
        <Pager page count=Signal::derive(move || row_count) per_page=ROWS_PER_PAGE/>
    }
}

/// A row's record in a few words; a key's text never shown.
fn record_text(lang: Lang, item: &SheetItem) -> String {
    let day = |d| format_date(lang, d);
    match item {
        SheetItem::Key(k) => {
            let f = &k.fields;
            let mut s = format!("{} × {}", f.product, f.licenses);
            if let Some(on) = k.redeemed {
                s += &format!(" · {} {}", lang.t(Msg::SheetColRedeemed), day(on));
            }
            s
        }
        SheetItem::Subscription(x) => format!("{} × {} · {}", x.product, x.licenses, day(x.end)),
        SheetItem::Seat(x) => {
            let level = if x.level == VsLevel::Enterprise {
                "Enterprise"
            } else {
                "Professional"
            };
            match &x.holder {
                Some(h) => format!("{level} · {} · {}", h.email, day(h.assigned)),
                None => format!("{level} · {}", lang.t(Msg::SheetFreeSeat)),
            }
        }
    }
}

/// One row's result in words.
fn outcome_text(lang: Lang, r: &RowResult) -> String {
    let msg = match r {
        Ok(SheetOutcome::Added | SheetOutcome::Seat(PortalOutcome::Added)) => Msg::SheetAdded,
        Ok(SheetOutcome::AddedRedeemed) => Msg::SheetAddedRedeemed,
        Ok(SheetOutcome::Redeemed) => Msg::SheetRedeemed,
        Ok(SheetOutcome::Same | SheetOutcome::Seat(PortalOutcome::Same)) => Msg::SheetSame,
        Ok(SheetOutcome::Seat(PortalOutcome::Assigned)) => Msg::SheetSeatAssigned,
        Ok(SheetOutcome::Seat(PortalOutcome::Updated)) => Msg::SheetSeatUpdated,
        Ok(SheetOutcome::Seat(PortalOutcome::HeldHere)) => Msg::SheetSeatHeld,
        Err(e) => return change_error_text(lang, e),
    };
    lang.t(msg).to_owned()
}

/// A row left out: where, what it says, and why.
fn problem_text(lang: Lang, p: &SheetProblem) -> String {
    let first;
    let why = match p.why {
        Why::Field(FieldError::NotADate) => lang.t(Msg::SheetBadDate),
        Why::Field(e) => lang.t(field_error(e)),
        Why::Level => lang.t(Msg::SheetBadLevel),
        Why::NoAssignedDay => lang.t(Msg::SheetNoDay),
        Why::Twice { first: line } => {
            first = fill(lang.t(Msg::SheetTwice), &[("first", &line.to_string())]);
            &first
        }
    };
    let line = p.line.to_string();
    let msg = if p.column.is_empty() {
        Msg::SheetProblemRow
    } else {
        Msg::SheetProblem
    };
    fill(
        lang.t(msg),
        &[
            ("line", &line),
            ("column", &p.column),
            ("value", &p.value),
            ("why", why),
        ],
    )
}
