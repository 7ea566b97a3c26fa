//! CSV user import and calendar export. The parsing and writing run in the tools
//! worker (`store::worker_protocol`), which is loaded only when one of these is used.

use crate::ledger::Facts;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Lang;
use crate::i18n::words::{agenda_item_text, agenda_names, rule_title};
use crate::i18n::{Msg, fill};
use crate::rules::agenda::agenda;
use crate::store::calendar::{DEFAULT_REMINDERS, calendar_events, parse_reminders};
use crate::store::csv_import::RowError;
use crate::store::csv_import::{CsvError, CsvImport};
use crate::store::records_csv::{Records, records_csv};
use crate::store::worker_protocol::{ToolRequest, ToolResponse};
use crate::ui::browser::files::{download, read_chosen_bytes};
use crate::ui::browser::worker::{ToolFailure, ask};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

fn failure(e: ToolFailure) -> Msg {
    match e {
        ToolFailure::Unavailable => Msg::ToolsUnavailable,
        ToolFailure::Garbled => Msg::ToolsGarbled,
    }
}

/// The state of a request to the worker, for the status line under a tool.
#[derive(Clone, Debug, PartialEq)]
enum Status<T> {
    Idle,
    Working,
    Failed(Msg),
    Done(T),
}

/// The line under a tool while its request is under way or has failed.
fn pending_line<T>(status: Status<T>) -> Option<AnyView> {
    let ui = use_ui();
    match status {
        Status::Idle | Status::Done(_) => None,
        Status::Working => {
            Some(view! { <p role="status">{ui.t(Msg::ToolsWorking)}</p> }.into_any())
        }
        Status::Failed(m) => {
            Some(view! { <p class="field-error" role="alert">{ui.t(m)}</p> }.into_any())
        }
    }
}

/// The agenda as an .ics file, with reminders the user chooses.
#[component]
pub fn CalendarSection() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let reminders = RwSignal::new(DEFAULT_REMINDERS.map(|d| d.to_string()).join(", "));
    let status = RwSignal::new(Status::<usize>::Idle);
    let valid = move || parse_reminders(&reminders.read());
    let on_export = move |_| {
        let Some(days) = valid() else { return };
        let lang = ui.lang.get_untracked();
        let events = {
            let d = data.data.read_untracked();
            let items = agenda(&d, data.today());
            let names = agenda_names(&d);
            // A date under a reading says so, as on the dashboard.
            let describe = |i: &crate::rules::agenda::AgendaItem| {
                let title = lang.t(rule_title(i.rule)).to_owned();
                match i.kind.reading(&d.readings) {
                    Some(r) => format!(
                        "{title}; {}",
                        fill(lang.t(Msg::EstimateFollowing), &[("rule", r.rule.as_str())])
                    ),
                    None => title,
                }
            };
            calendar_events(&items, |i| agenda_item_text(lang, i, &names), describe)
        };
        let count = events.len();
        let stamp = data
            .today()
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default()
            .and_utc()
            .timestamp();
        status.set(Status::Working);
        leptos::task::spawn_local(async move {
            let request = ToolRequest::Ics {
                events,
                reminders: days,
                stamp,
            };
            status.set(match ask(&request).await {
                Ok(ToolResponse::Ics(text)) => {
                    download("benefits-desk-deadlines.ics", "text/calendar", &text);
                    Status::Done(count)
                }
                Ok(_) => Status::Failed(Msg::ToolsGarbled),
                Err(e) => Status::Failed(failure(e)),
            });
        });
    };
    let status_line = move || {
        match status.get() {
        Status::Done(n) => Some(
            view! { <p role="status">{move || fill(ui.lang.get().t(Msg::CalendarDone), &[("count", &n.to_string())])}</p> }
                .into_any(),
        ),
        other => pending_line(other),
    }
    };
    view! {
        <div class="card">
            <h2>{ui.t(Msg::CalendarTitle)}</h2>
            <p>{ui.t(Msg::CalendarText)}</p>
            <p><label>{ui.t(Msg::CalendarReminders)} " "
                <input type="text" inputmode="numeric" prop:value=reminders aria-invalid=move || valid().is_none().to_string()
                    aria-describedby="reminders-error"
                    on:input=move |ev| reminders.set(event_target_value(&ev))/></label></p>
            <Show when=move || valid().is_none()>
                <p id="reminders-error" class="field-error" role="alert">{ui.t(Msg::CalendarRemindersInvalid)}</p>
            </Show>
            <p><button type="button" disabled=move || valid().is_none() || status.get() == Status::Working
                on:click=on_export>{ui.t(Msg::CalendarExport)}</button></p>
            {status_line}
        </div>
    }
}

/// Users from a Partner Center or Entra CSV export: a summary, per-row problems, add.
#[component]
pub fn CsvSection() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let status = RwSignal::new(Status::<Result<CsvImport, CsvError>>::Idle);
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement =
            ev.target().expect("change has a target").unchecked_into();
        status.set(Status::Working);
        leptos::task::spawn_local(async move {
            let bytes = read_chosen_bytes(&input).await.unwrap_or_default();
            input.set_value("");
            // Checked here, before the worker: the browser's own text decoding
            // would turn a stray byte into U+FFFD and hide the problem.
            let text = match crate::store::table::decode(&bytes) {
                Ok(text) => text,
                Err(line) => {
                    status.set(Status::Done(Err(CsvError::NotUtf8 { line })));
                    return;
                }
            };
            let existing = data
                .data
                .read_untracked()
                .users
                .iter()
                .map(|u| u.email.clone())
                .collect();
            status.set(match ask(&ToolRequest::Csv { text, existing }).await {
                Ok(ToolResponse::Csv(found)) => Status::Done(found),
                Ok(_) => Status::Failed(Msg::ToolsGarbled),
                Err(e) => Status::Failed(failure(e)),
            });
        });
    };
    let on_add = move |_| {
        let Status::Done(Ok(found)) = status.get_untracked() else {
            return;
        };
        let users = found.users.into_iter().map(|u| (u.name, u.email)).collect();
        let _ = data.record(
            Msg::ChangeUsersImported,
            Facts::ImportUsers {
                users,
                source: found.source,
            },
        );
        status.set(Status::Idle);
    };
    let result = move || match status.get() {
        Status::Done(Err(e)) => Some(
            view! { <p class="field-error" role="alert">{move || csv_error(ui.lang.get(), e)}</p> }
                .into_any(),
        ),
        Status::Done(Ok(found)) => Some(view! { <CsvFound found on_add/> }.into_any()),
        other => pending_line(other),
    };
    view! {
        <div class="card" id="csv">
            <h2>{ui.t(Msg::CsvTitle)}</h2>
            <p>{ui.t(Msg::CsvText)}</p>
            <p><label class="file">{ui.t(Msg::CsvChoose)} " "
                <input type="file" accept=".csv,text/csv" on:change=on_file/></label></p>
            {result}
        </div>
    }
}

/// What a CSV file holds: how many users, the rows refused and why, and Add.
#[component]
fn CsvFound(
    /// What the worker found.
    found: CsvImport,
    /// Adds the users found.
    on_add: impl Fn(leptos::ev::MouseEvent) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ui = use_ui();
    let count = found.users.len().to_string();
    let problems = found.problems;
    let any_problems = !problems.is_empty();
    view! {
        <p role="status">{move || fill(ui.lang.get().t(Msg::CsvFound), &[("count", &count)])}</p>
        <Show when=move || any_problems>
            <h3>{ui.t(Msg::CsvProblems)}</h3>
        </Show>
        <ul class="problems">{problems.into_iter().map(|p| {
            view! { <li>{move || row_problem(ui.lang.get(), p.line, p.error)}</li> }
        }).collect_view()}</ul>
        <p><button type="button" disabled=found.users.is_empty() on:click=on_add>{ui.t(Msg::CsvAdd)}</button></p>
    }
}

/// Why a CSV file could not be read.
fn csv_error(lang: Lang, e: CsvError) -> String {
    match e {
        CsvError::Empty => lang.t(Msg::CsvEmpty).to_owned(),
        CsvError::NoEmailColumn => lang.t(Msg::CsvNoEmail).to_owned(),
        CsvError::NotUtf8 { line } => fill(lang.t(Msg::CsvNotUtf8), &[("line", &line.to_string())]),
        CsvError::Malformed { line } => {
            fill(lang.t(Msg::CsvMalformed), &[("line", &line.to_string())])
        }
    }
}

/// What is wrong with one row of a CSV file.
fn row_problem(lang: Lang, line: u64, e: RowError) -> String {
    let msg = match e {
        RowError::Email(_) => Msg::CsvRowEmail,
        RowError::DuplicateInFile => Msg::CsvRowDuplicate,
        RowError::AlreadyExists => Msg::CsvRowExists,
        RowError::ShortRow => Msg::CsvRowShort,
    };
    fill(lang.t(msg), &[("line", &line.to_string())])
}

/// The records out again as CSV files, a button a kind (issue 29): for a
/// spreadsheet or an audit. Key texts stay in the app.
#[component]
pub fn RecordsSection() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let export = move |kind: Records| {
        let text = data.data.with_untracked(|d| records_csv(d, kind));
        download(
            &kind.file_name(&data.today().to_string()),
            "text/csv",
            &text,
        );
    };
    let label = |kind: Records| match kind {
        Records::Keys => Msg::CsvOutKeys,
        Records::Subscriptions => Msg::CsvOutSubscriptions,
        Records::Seats => Msg::CsvOutSeats,
        Records::Credits => Msg::CsvOutCredits,
    };
    view! {
        <div class="card" id="records-csv">
            <h2>{ui.t(Msg::CsvOutTitle)}</h2>
            <p>{ui.t(Msg::CsvOutText)}</p>
            <p class="actions">{Records::ALL.map(|kind| view! {
                <button type="button" class="secondary" on:click=move |_| export(kind)>{ui.t(label(kind))}</button>
            }).collect_view()}</p>
        </div>
    }
}
