//! The mapping step: which column of the file gives each field, and how the
//! file's dates read, both for the admin to check and change.

use leptos::prelude::*;

use crate::i18n::{Lang, Msg, fill, format_date};
use crate::store::sheet::{Column, DatesSeen, Mapping, SheetKind};
use crate::store::table::{DayOrder, OrderFound};
use crate::ui::state::use_ui;

/// A field's name.
pub fn column_name(c: Column) -> Msg {
    match c {
        Column::Product => Msg::SheetColProduct,
        Column::Key => Msg::SheetColKey,
        Column::Licenses => Msg::SheetColLicenses,
        Column::Received => Msg::SheetColReceived,
        Column::Redeemed => Msg::SheetColRedeemed,
        Column::Tenant => Msg::SheetColTenant,
        Column::End => Msg::SheetColEnd,
        Column::Email => Msg::SheetColEmail,
        Column::Name => Msg::SheetColName,
        Column::Level => Msg::SheetColLevel,
        Column::Assigned => Msg::SheetColAssigned,
        Column::Activated => Msg::SheetColActivated,
    }
}

/// The fields no column gives, named.
pub fn missing_text(lang: Lang, missing: &[Column]) -> String {
    let names: Vec<&str> = missing.iter().map(|c| lang.t(column_name(*c))).collect();
    fill(lang.t(Msg::SheetMissing), &[("fields", &names.join(", "))])
}

/// One select a field: the file's columns, or none.
#[component]
pub fn MappingTable(
    /// The file's headers.
    names: Vec<String>,
    /// The mapping in use.
    mapping: Mapping,
    /// What the rows are.
    kind: SheetKind,
    /// Called with the mapping changed.
    on_change: Callback<Mapping>,
) -> impl IntoView {
    let ui = use_ui();
    let rows = kind.columns().iter().enumerate().map(|(i, (column, needed))| {
        let id = format!("sheet-col-{i}");
        let chosen = mapping[i];
        let mapping = mapping.clone();
        let options = names.iter().enumerate().map(|(c, name)| {
            view! { <option value=c.to_string() selected=chosen == Some(c)>{name.clone()}</option> }
        }).collect_view();
        let on_select = move |ev: leptos::ev::Event| {
            let mut m = mapping.clone();
            m[i] = event_target_value(&ev).parse().ok();
            on_change.run(m);
        };
        let needed = *needed;
        let column = *column;
        view! { <tr>
            <th scope="row"><label for=id.clone()>{ui.t(column_name(column))}
                {needed.then(|| view! { " " <span class="muted">{ui.t(Msg::SheetNeeded)}</span> })}</label></th>
            <td><select id=id on:change=on_select>
                <option value="" selected=chosen.is_none()>{ui.t(Msg::SheetNotInFile)}</option>
                {options}
            </select></td>
        </tr> }
    }).collect_view();
    view! {
        <h3>{ui.t(Msg::SheetMappingTitle)}</h3>
        <p>{ui.t(Msg::SheetMappingText)}</p>
        <table class="sheet-mapping">
            <thead><tr><th scope="col">{ui.t(Msg::SheetField)}</th><th scope="col">{ui.t(Msg::SheetColumn)}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// How the dates read: year first needs no answer; year last asks which
/// order (the file's guess chosen), with the first date as an example; the
/// admin confirms before importing.
#[component]
pub fn DatesCheck(
    dates: DatesSeen,
    found: OrderFound,
    order: DayOrder,
    /// Called with the order changed.
    on_order: Callback<DayOrder>,
    /// Whether the admin confirmed the dates.
    confirmed: RwSignal<bool>,
) -> impl IntoView {
    let ui = use_ui();
    if !dates.year_first && !dates.year_last {
        return view! { <p>{ui.t(Msg::SheetDatesNone)}</p> }.into_any();
    }
    let choice = move |this: DayOrder, msg: Msg| {
        view! {
            <label><input type="radio" name="sheet-order" checked=order == this
                on:change=move |_| on_order.run(this)/> " " {ui.t(msg)}</label>
        }
    };
    let example = dates.example.clone();
    let example = move || {
        example.as_ref().map(|(line, text, day)| {
            let lang = ui.lang.get();
            let day = crate::model::iso::parse(day)
                .map(|d| format_date(lang, d))
                .unwrap_or_default();
            fill(
                lang.t(Msg::SheetDatesExample),
                &[("line", &line.to_string()), ("text", text), ("day", &day)],
            )
        })
    };
    let either = found == OrderFound::Either;
    view! {
        <h3>{ui.t(Msg::SheetDatesTitle)}</h3>
        {dates.year_first.then(|| view! { <p>{ui.t(Msg::SheetDatesYearFirst)}</p> })}
        {dates.year_last.then(|| view! {
            <fieldset class="choices">
                <legend>{ui.t(if either { Msg::SheetDatesEither } else { Msg::SheetDatesOrder })}</legend>
                {choice(DayOrder::MonthFirst, Msg::SheetMonthFirst)}
                {choice(DayOrder::DayFirst, Msg::SheetDayFirst)}
            </fieldset>
        })}
        <p>{example}</p>
        <p><label><input type="checkbox" id="sheet-dates-ok" prop:checked=move || confirmed.get()
            on:change=move |ev| confirmed.set(event_target_checked(&ev))/> " " {ui.t(Msg::SheetDatesConfirm)}</label></p>
    }
    .into_any()
}
