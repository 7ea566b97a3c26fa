use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{Lang, Msg, fill};
use crate::model::User;
use crate::rules::agenda::agenda;
use crate::store::calendar::{DEFAULT_REMINDERS, export_ics};
use crate::store::csv_import::{CsvError, CsvImport, RowError, parse_users};
use crate::ui::components::files::{download, read_chosen_file};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Reminder days typed as `14, 1`; `None` unless every part is 0–365.
fn parse_reminders(text: &str) -> Option<Vec<u32>> {
    text.split(',')
        .map(|p| p.trim().parse::<u32>().ok().filter(|d| *d <= 365))
        .collect()
}

/// The agenda as an .ics file, with reminders the user chooses.
#[component]
pub fn CalendarSection() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let reminders = RwSignal::new(DEFAULT_REMINDERS.map(|d| d.to_string()).join(", "));
    let valid = move || parse_reminders(&reminders.read());
    let on_export = move |_| {
        let Some(days) = valid() else { return };
        let lang = ui.lang.get_untracked();
        let items = agenda(&data.data.read_untracked(), data.today);
        let names = super::super::dashboard::names(&data.data.read_untracked());
        let title = |i: &_| super::super::dashboard::item_text(lang, i, &names);
        let stamp = data
            .today
            .and_hms_opt(0, 0, 0)
            .unwrap_or_default()
            .and_utc();
        let text = export_ics(
            &items,
            title,
            |i| lang.t(super::super::rules::rule_title(i.rule)).to_owned(),
            &days,
            stamp,
        );
        download("benefits-desk-deadlines.ics", "text/calendar", &text);
    };
    view! {
        <div class="card">
            <h2>{ui.t(Msg::CalendarTitle)}</h2>
            <p>{ui.t(Msg::CalendarText)}</p>
            <p><label>{ui.t(Msg::CalendarReminders)} " "
                <input type="text" inputmode="numeric" prop:value=reminders aria-invalid=move || valid().is_none().to_string()
                    on:input=move |ev| reminders.set(event_target_value(&ev))/></label></p>
            <Show when=move || valid().is_none()>
                <p class="field-error" role="alert">{ui.t(Msg::CalendarRemindersInvalid)}</p>
            </Show>
            <p><button type="button" disabled=move || valid().is_none() on:click=on_export>{ui.t(Msg::CalendarExport)}</button></p>
        </div>
    }
}

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

fn row_problem(lang: Lang, line: u64, e: RowError) -> String {
    let msg = match e {
        RowError::Email(_) => Msg::CsvRowEmail,
        RowError::DuplicateInFile => Msg::CsvRowDuplicate,
        RowError::AlreadyExists => Msg::CsvRowExists,
        RowError::ShortRow => Msg::CsvRowShort,
    };
    fill(lang.t(msg), &[("line", &line.to_string())])
}

/// Users from a Partner Center or Entra CSV export: a summary, per-row problems, add.
#[component]
pub fn CsvSection() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let result = RwSignal::new(None::<Result<CsvImport, CsvError>>);
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement =
            ev.target().expect("change has a target").unchecked_into();
        leptos::task::spawn_local(async move {
            let text = read_chosen_file(&input).await.unwrap_or_default();
            input.set_value("");
            result.set(Some(parse_users(
                text.as_bytes(),
                &data.data.read_untracked().users,
            )));
        });
    };
    let on_add = move |_| {
        let Some(Ok(found)) = result.get_untracked() else {
            return;
        };
        data.change(Msg::ChangeUsersImported, |d| {
            let first = d.users.iter().map(|u| u.id).max().unwrap_or(0) + 1;
            for (id, u) in (first..).zip(found.users) {
                d.users.push(User {
                    id,
                    name: u.name,
                    email: u.email,
                    offers: vec![],
                });
            }
        });
        result.set(None);
    };
    let view_result = move |r: Result<CsvImport, CsvError>| match r {
        Err(e) => {
            view! { <p class="field-error" role="alert">{move || csv_error(ui.lang.get(), e)}</p> }
                .into_any()
        }
        Ok(found) => {
            let count = found.users.len().to_string();
            let problems = found.problems.clone();
            view! {
                <p role="status">{move || fill(ui.lang.get().t(Msg::CsvFound), &[("count", &count)])}</p>
                <Show when=move || !problems.is_empty()>
                    <h3>{ui.t(Msg::CsvProblems)}</h3>
                    <ul class="problems">{found.problems.iter().map(|p| {
                        let p = *p;
                        view! { <li>{move || row_problem(ui.lang.get(), p.line, p.error)}</li> }
                    }).collect_view()}</ul>
                </Show>
                <p><button type="button" disabled=found.users.is_empty() on:click=on_add>{ui.t(Msg::CsvAdd)}</button></p>
            }
            .into_any()
        }
    };
    view! {
        <div class="card">
            <h2>{ui.t(Msg::CsvTitle)}</h2>
            <p>{ui.t(Msg::CsvText)}</p>
            <p><label class="file">{ui.t(Msg::CsvChoose)} " "
                <input type="file" accept=".csv,text/csv" on:change=on_file/></label></p>
            {move || result.get().map(view_result)}
        </div>
    }
}
