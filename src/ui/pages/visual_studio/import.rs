//! The subscriptions portal's subscriber export, imported (issue 29): the
//! file read in the tools worker (`store::subscribers`), every row's result
//! shown before anything is saved, then one event that one Undo takes back.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::refusals::change_error_text;
use crate::i18n::words::vs_level_name;
use crate::i18n::{Lang, Msg, field_error, fill, format_date};
use crate::ledger::Facts;
use crate::ledger::change::{ChangeError, Matched, PortalOutcome, import_portal_seat};
use crate::model::Dataset;
use crate::store::subscribers::{
    FileError, Needed, Problem, RowProblem, SubscriberFile, SubscriberRow,
};
use crate::store::table::{DayOrder, OrderFound, TableError, decode};
use crate::store::worker_protocol::{ToolRequest, ToolResponse};
use crate::ui::browser::files::read_chosen_bytes;
use crate::ui::browser::worker::{ToolFailure, ask_with};
use crate::ui::components::{Pager, Working, page_slice};
use crate::ui::data::{DataCtx, use_data};
use crate::ui::state::use_ui;

/// Rows shown per page of the preview.
const ROWS_PER_PAGE: usize = 10;

/// Rows refused or left out listed by name, at most (a file of 50,000 rows
/// could have as many); the rest are counted.
const LISTED: usize = 100;

/// Where reading the chosen file stands.
#[derive(Clone, Debug, PartialEq)]
enum Read {
    Idle,
    Working,
    Failed(String),
    Found(SubscriberFile),
}

/// What importing a row would do: outcome and whether it adds the user.
type RowResult = Result<(PortalOutcome, bool), ChangeError>;

/// What importing each row would do.
type Results = Vec<RowResult>;

/// What the rows of `file` would do to `d`, each after the ones above it.
fn preview(mut d: Dataset, file: &SubscriberFile) -> Results {
    let mut used = Matched::new();
    file.rows
        .iter()
        .map(|r| import_portal_seat(&mut d, &r.seat, &mut used))
        .collect()
}

/// Ask the tools worker to read `text`, its dates in `order` when the admin
/// said which.
fn read_in_worker(
    (read, progress): (RwSignal<Read>, RwSignal<Option<u32>>),
    text: String,
    order: Option<DayOrder>,
    lang: Lang,
) {
    read.set(Read::Working);
    progress.set(None);
    leptos::task::spawn_local(async move {
        let request = ToolRequest::Subscribers { text, order };
        let answer = ask_with(&request, move |p| progress.set(Some(p))).await;
        read.set(match answer {
            Ok(ToolResponse::Subscribers(Ok(file))) => Read::Found(file),
            Ok(ToolResponse::Subscribers(Err(e))) => Read::Failed(file_error(lang, e)),
            Ok(_) | Err(ToolFailure::Garbled) => Read::Failed(lang.t(Msg::ToolsGarbled).into()),
            Err(ToolFailure::Unavailable) => Read::Failed(lang.t(Msg::ToolsUnavailable).into()),
        });
    });
}

/// Record the file read as one event; say what it did, or why not (only if
/// another tab changed the seats since the preview).
fn import_read(data: DataCtx, read: RwSignal<Read>, said: RwSignal<Option<String>>, lang: Lang) {
    let Read::Found(file) = read.get_untracked() else {
        return;
    };
    let count = file.rows.len().to_string();
    let seats: Vec<_> = file.rows.into_iter().map(|r| r.seat).collect();
    let rows = crate::ledger::rows_text(&seats);
    match data.record(
        Msg::ChangeSubscribersImported,
        Facts::ImportPortalSeats { rows },
    ) {
        Ok(()) => {
            read.set(Read::Idle);
            said.set(Some(fill(lang.t(Msg::VsImportDone), &[("count", &count)])));
        }
        Err(e) => read.set(Read::Failed(change_error_text(lang, &e))),
    }
}

/// The card: choose the export, answer the date question if there is one,
/// look at every row's result, import.
#[component]
pub fn PortalImport(
    /// The page's message line: what the import did.
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let read = RwSignal::new(Read::Idle);
    let progress = RwSignal::new(None);
    let text = RwSignal::new(String::new());
    let ask_worker = move |order: Option<DayOrder>| {
        let lang = ui.lang.get_untracked();
        read_in_worker((read, progress), text.get_untracked(), order, lang);
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement =
            ev.target().expect("change has a target").unchecked_into();
        read.set(Read::Working);
        said.set(None);
        leptos::task::spawn_local(async move {
            let bytes = read_chosen_bytes(&input).await.unwrap_or_default();
            input.set_value("");
            match decode(&bytes) {
                Ok(t) => {
                    text.set(t);
                    ask_worker(None);
                }
                Err(line) => read.set(Read::Failed(file_error(
                    ui.lang.get_untracked(),
                    FileError::Table(TableError::NotText { line }),
                ))),
            }
        });
    };
    let on_import = Callback::new(move |()| {
        import_read(data, read, said, ui.lang.get_untracked());
        if read.get_untracked() == Read::Idle {
            text.set(String::new());
        }
    });
    let shown = move || match read.get() {
        Read::Idle => None,
        Read::Working => Some(view! { <Working progress/> }.into_any()),
        Read::Failed(why) => {
            Some(view! { <p class="field-error" role="alert">{why}</p> }.into_any())
        }
        Read::Found(file) => Some(view! { <Found file ask_worker on_import/> }.into_any()),
    };
    view! {
        <section class="card" id="vs-import" aria-labelledby="vs-import-title">
            <h2 id="vs-import-title">{ui.t(Msg::VsImportTitle)}</h2>
            <p>{ui.t(Msg::VsImportText)} " "
                <a href="https://learn.microsoft.com/visualstudio/subscriptions/exporting-subscriptions" rel="noopener" target="_blank">{ui.t(Msg::VsImportHow)}</a></p>
            <p><label class="file">{ui.t(Msg::VsImportChoose)} " "
                <input type="file" accept=".csv,.txt,text/csv,text/plain" on:change=on_file/></label></p>
            {shown}
        </section>
    }
}

/// The summary's numbers: rows, each outcome, people added.
fn summary_numbers(file: &SubscriberFile, results: &Results) -> Vec<(&'static str, String)> {
    let count = |o: PortalOutcome| {
        let n = results
            .iter()
            .filter(|r| matches!(r, Ok((x, _)) if *x == o));
        n.count().to_string()
    };
    let users = results.iter().filter(|r| matches!(r, Ok((_, true))));
    vec![
        ("rows", file.rows.len().to_string()),
        ("added", count(PortalOutcome::Added)),
        ("assigned", count(PortalOutcome::Assigned)),
        ("updated", count(PortalOutcome::Updated)),
        ("same", count(PortalOutcome::Same)),
        ("held", count(PortalOutcome::HeldHere)),
        ("users", users.count().to_string()),
    ]
}

/// A file read: the date question when its dates read both ways, the
/// summary, the rows refused and left out, every row's result, Import.
#[component]
fn Found(
    file: SubscriberFile,
    ask_worker: impl Fn(Option<DayOrder>) + Copy + Send + Sync + 'static,
    on_import: Callback<()>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let results = preview(data.data.get_untracked(), &file);
    let numbers = summary_numbers(&file, &results);
    let summary = move || {
        let pairs: Vec<(&str, &str)> = numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(ui.lang.get().t(Msg::VsImportSummary), &pairs)
    };
    let refused: Vec<(u64, ChangeError)> = file
        .rows
        .iter()
        .zip(&results)
        .filter_map(|(row, r)| r.clone().err().map(|e| (row.line, e)))
        .collect();
    let changes = results.iter().any(
        |r| matches!(r, Ok((o, _)) if !matches!(o, PortalOutcome::Same | PortalOutcome::HeldHere)),
    );
    let (none_refused, order) = (refused.is_empty(), file.order);
    let question =
        (file.found == OrderFound::Either).then(|| view! { <OrderQuestion order ask_worker/> });
    let problems = file.problems;
    let rows: Arc<Vec<_>> = Arc::new(file.rows.into_iter().zip(results).collect());
    view! {
        {question}
        <p role="status">{summary}</p>
        <LeftOut refused problems/>
        <Preview rows/>
        <Show when=move || none_refused && !changes>
            <p role="status">{ui.t(Msg::VsImportNothing)}</p>
        </Show>
        <p><button type="button" disabled=!(none_refused && changes) on:click=move |_| on_import.run(())>{ui.t(Msg::VsImportButton)}</button></p>
    }
}

/// Which way the file's dates read, when they read both ways.
#[component]
fn OrderQuestion(
    order: DayOrder,
    ask_worker: impl Fn(Option<DayOrder>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ui = use_ui();
    let choice = move |this: DayOrder, msg: Msg| {
        view! {
            <label><input type="radio" name="vs-import-order" checked=order == this
                on:change=move |_| ask_worker(Some(this))/> " " {ui.t(msg)}</label>
        }
    };
    view! {
        <fieldset class="choices">
            <legend>{ui.t(Msg::VsImportOrder)}</legend>
            {choice(DayOrder::MonthFirst, Msg::VsImportMonthFirst)}
            {choice(DayOrder::DayFirst, Msg::VsImportDayFirst)}
        </fieldset>
    }
}

/// The rows the rules refuse, then the rows left out, by line and column;
/// at most [`LISTED`], the rest counted.
#[component]
fn LeftOut(refused: Vec<(u64, ChangeError)>, problems: Vec<RowProblem>) -> impl IntoView {
    let ui = use_ui();
    let more = (refused.len() + problems.len()).saturating_sub(LISTED);
    let any_problems = !problems.is_empty();
    view! {
        <ul class="problems">{refused.into_iter().take(LISTED).map(|(line, e)| view! {
            <li class="field-error">{move || {
                let lang = ui.lang.get();
                fill(lang.t(Msg::VsImportRefused), &[("line", &line.to_string()), ("why", &change_error_text(lang, &e))])
            }}</li>
        }).collect_view()}</ul>
        <Show when=move || any_problems>
            <h3>{ui.t(Msg::VsImportLeftOut)}</h3>
        </Show>
        <ul class="problems">{problems.into_iter().take(LISTED).map(|p| view! {
            <li>{move || problem_text(ui.lang.get(), &p)}</li>
        }).collect_view()}</ul>
        <Show when=move || more != 0>
            <p>{move || fill(ui.lang.get().t(Msg::VsImportMore), &[("count", &more.to_string())])}</p>
        </Show>
    }
}

/// Every row and what importing it does, a page at a time.
#[component]
fn Preview(rows: Arc<Vec<(SubscriberRow, RowResult)>>) -> impl IntoView {
    let ui = use_ui();
    let page = RwSignal::new(0usize);
    let row_count = rows.len();
    view! {
        // A region the keyboard can reach: it scrolls sideways on a narrow screen.
        <div class="table-wrap" tabindex="0" role="region" aria-label=ui.t(Msg::VsImportPreview)><table class="import-preview">
            <thead><tr>
                <th scope="col">{ui.t(Msg::VsImportLine)}</th>
                <th scope="col">{ui.t(Msg::UserEmail)}</th>
                <th scope="col">{ui.t(Msg::VsImportLevel)}</th>
                <th scope="col">{ui.t(Msg::VsImportAssigned)}</th>
                <th scope="col">{ui.t(Msg::VsImportResult)}</th>
            </tr></thead>
            <tbody>{move || {
                let lang = ui.lang.get();
                page_slice(&rows, page.get(), ROWS_PER_PAGE).iter().map(|(row, result)| {
                    let holder = row.seat.holder.as_ref();
                    view! { <tr>
                        <td>{row.line}</td>
                        <td>{holder.map_or_else(|| lang.t(Msg::VsFree).to_owned(), |h| h.email.clone())}</td>
                        <td>{lang.t(vs_level_name(row.seat.level))}</td>
                        <td>{holder.map(|h| format_date(lang, h.assigned))}</td>
                        <td>{outcome_text(lang, result)}</td>
                    </tr> }
                }).collect_view()
            }}</tbody>
        </table></div>
        <Pager page count=Signal::derive(move || row_count) per_page=ROWS_PER_PAGE/>
    }
}

/// One row's result in words.
fn outcome_text(lang: Lang, r: &RowResult) -> String {
    let msg = match r {
        Ok((PortalOutcome::Added, _)) => Msg::VsImportAdded,
        Ok((PortalOutcome::Same, _)) => Msg::VsImportSame,
        Ok((PortalOutcome::Updated, _)) => Msg::VsImportUpdated,
        Ok((PortalOutcome::Assigned, _)) => Msg::VsImportAssignedNow,
        Ok((PortalOutcome::HeldHere, _)) => Msg::VsImportHeldHere,
        Err(e) => return change_error_text(lang, e),
    };
    lang.t(msg).to_owned()
}

/// Why the file as a whole cannot be read.
fn file_error(lang: Lang, e: FileError) -> String {
    let (msg, line) = match e {
        FileError::Table(TableError::Empty) => (Msg::VsImportEmpty, 0),
        FileError::Table(TableError::NotText { line }) => (Msg::VsImportNotText, line),
        FileError::Table(TableError::Malformed { line }) => (Msg::VsImportMalformed, line),
        FileError::NoRows => (Msg::VsImportNoRows, 0),
        FileError::Missing(column) => {
            let column = match column {
                Needed::Level => Msg::VsImportColLevel,
                Needed::Email => Msg::VsImportColEmail,
                Needed::Assigned => Msg::VsImportAssigned,
            };
            let text = fill(lang.t(Msg::VsImportMissing), &[("column", lang.t(column))]);
            return text;
        }
    };
    fill(lang.t(msg), &[("line", &line.to_string())])
}

/// A row left out: where, what it says, and why.
fn problem_text(lang: Lang, p: &RowProblem) -> String {
    let first;
    let why = match &p.problem {
        Problem::Email(e) => lang.t(field_error(*e)),
        Problem::Level => lang.t(Msg::VsImportBadLevel),
        Problem::Date => lang.t(Msg::VsImportBadDate),
        Problem::NoAssignedDay => lang.t(Msg::VsImportNoDay),
        Problem::ActivatedBeforeAssigned => lang.t(Msg::VsImportActivatedFirst),
        Problem::Twice { first: line } => {
            first = fill(lang.t(Msg::VsImportTwice), &[("first", &line.to_string())]);
            &first
        }
    };
    fill(
        lang.t(Msg::VsImportProblem),
        &[
            ("line", &p.line.to_string()),
            ("column", &p.column),
            ("value", &p.value),
            ("why", why),
        ],
    )
}
