//! The admin's own spreadsheet of keys, subscriptions or Visual Studio seats
//! imported (issue 29): the file read in the tools worker
//! (`store::sheet`), its columns matched and its dates confirmed by the
//! admin, every row's result shown (`ledger::plan_sheet`), then one
//! [`Facts::Batch`] that one Undo takes back.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{Lang, Msg, fill};
use crate::ledger::{Facts, plan_sheet};
use crate::model::Dataset;
use crate::model::fields::SheetItem;
use crate::store::sheet::{Mapping, SheetError, SheetFile, SheetKind};
use crate::store::table::{DayOrder, TableError, decode};
use crate::store::worker_protocol::{ToolRequest, ToolResponse};
use crate::ui::browser::files::read_chosen_bytes;
use crate::ui::browser::worker::{ToolFailure, ask_with};
use crate::ui::components::Working;
use crate::ui::data::{DataCtx, use_data};
use crate::ui::state::use_ui;
use crate::ui::vault::{reveal, seal_new};

mod found;
mod mapping;
mod preview;

use found::Found;

/// Where reading the chosen file stands.
#[derive(Clone, Debug, PartialEq)]
enum Read {
    Idle,
    Working,
    Failed(String),
    Found(Box<SheetFile>),
}

/// The file's text and what was asked of the worker, to ask again with a
/// changed mapping or date order.
#[derive(Clone, Copy)]
struct Asking {
    kind: RwSignal<SheetKind>,
    text: RwSignal<String>,
    read: RwSignal<Read>,
    /// How much of a long file the worker has read.
    progress: RwSignal<Option<u32>>,
}

impl Asking {
    /// Read the text as rows of the chosen kind, with `mapping` and `order`
    /// when the admin set them.
    fn ask(
        self,
        mapping: Option<Mapping>,
        order: Option<DayOrder>,
        lang: Lang,
        today: chrono::NaiveDate,
    ) {
        self.read.set(Read::Working);
        let request = ToolRequest::Sheet {
            text: self.text.get_untracked(),
            kind: self.kind.get_untracked(),
            mapping,
            order,
            today,
        };
        let (read, progress) = (self.read, self.progress);
        progress.set(None);
        leptos::task::spawn_local(async move {
            let answer = ask_with(&request, move |p| progress.set(Some(p))).await;
            read.set(match answer {
                Ok(ToolResponse::Sheet(Ok(file))) => Read::Found(Box::new(file)),
                Ok(ToolResponse::Sheet(Err(e))) => Read::Failed(sheet_error(lang, e)),
                Ok(_) | Err(ToolFailure::Garbled) => Read::Failed(lang.t(Msg::ToolsGarbled).into()),
                Err(ToolFailure::Unavailable) => Read::Failed(lang.t(Msg::ToolsUnavailable).into()),
            });
        });
    }
}

/// The records as the rows are compared with: with the vault on, the locked
/// key texts opened (in memory only), so a key already here is found by
/// its text; `None` when they are locked and the file has key texts.
async fn base(data: DataCtx, items: &[SheetItem]) -> Option<Dataset> {
    let mut d = data.data.get_untracked();
    let texts = items
        .iter()
        .any(|i| matches!(i, SheetItem::Key(k) if !k.fields.key.is_empty()));
    if d.vault.is_none() || !texts {
        return Some(d);
    }
    for k in &mut d.keys {
        if let Some(s) = k.sealed.take() {
            k.key = reveal(data, &s).await.ok()?;
        }
    }
    Some(d)
}

/// Record the rows that pass as one batch (the key texts sealed first when
/// the vault is on); the number of rows it changed, or what to say.
async fn import(data: DataCtx, items: Vec<SheetItem>) -> Result<usize, Msg> {
    let d = base(data, &items).await.ok_or(Msg::SheetVaultLocked)?;
    let plan = plan_sheet(&d, &items);
    let changed = plan
        .results
        .iter()
        .filter(|r| matches!(r, Ok(o) if !found::unchanged(*o)))
        .count();
    let mut facts = plan.facts;
    if d.vault.is_some() {
        for f in &mut facts {
            if let Facts::AddKey { fields, sealed } = f
                && !fields.key.is_empty()
            {
                *sealed = Some(seal_new(data, &fields.key).await.map_err(|e| e.msg())?);
                fields.key.clear();
            }
        }
    }
    if facts.is_empty() {
        return Err(Msg::SheetNothing);
    }
    data.record(Msg::ChangeSheetImported, Facts::Batch { facts })
        .map_err(|_| Msg::SheetChanged)?;
    Ok(changed)
}

/// The card: what the rows are, the file, then the mapping, the dates and
/// every row's result.
#[component]
pub fn SheetSection() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let asking = Asking {
        kind: RwSignal::new(SheetKind::Keys),
        text: RwSignal::new(String::new()),
        read: RwSignal::new(Read::Idle),
        progress: RwSignal::new(None),
    };
    let said = RwSignal::new(None::<String>);
    let again = move |mapping, order| {
        asking.ask(mapping, order, ui.lang.get_untracked(), data.today());
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement =
            ev.target().expect("change has a target").unchecked_into();
        asking.read.set(Read::Working);
        said.set(None);
        leptos::task::spawn_local(async move {
            let bytes = read_chosen_bytes(&input).await.unwrap_or_default();
            input.set_value("");
            let lang = ui.lang.get_untracked();
            if bytes.starts_with(b"PK\x03\x04") {
                return asking
                    .read
                    .set(Read::Failed(sheet_error(lang, SheetError::Workbook)));
            }
            match decode(&bytes) {
                Ok(t) => {
                    asking.text.set(t);
                    again(None, None);
                }
                Err(line) => asking.read.set(Read::Failed(sheet_error(
                    lang,
                    SheetError::Table(TableError::NotText { line }),
                ))),
            }
        });
    };
    let on_import = Callback::new(move |items: Vec<SheetItem>| {
        leptos::task::spawn_local(async move {
            let lang = ui.lang.get_untracked();
            match import(data, items).await {
                Ok(n) => {
                    asking.read.set(Read::Idle);
                    asking.text.set(String::new());
                    said.set(Some(fill(
                        lang.t(Msg::SheetDone),
                        &[("count", &n.to_string())],
                    )));
                }
                Err(m) => said.set(Some(lang.t(m).to_owned())),
            }
        });
    });
    view! {
        <section class="card" id="sheet" aria-labelledby="sheet-title">
            <h2 id="sheet-title">{ui.t(Msg::SheetTitle)}</h2>
            <p>{ui.t(Msg::SheetText)}</p>
            <KindChoice asking again/>
            <p><label class="file">{ui.t(Msg::SheetChoose)} " "
                <input type="file" accept=".csv,.txt,.xlsx,text/csv,text/plain" on:change=on_file/></label></p>
            {move || match asking.read.get() {
                Read::Idle => None,
                Read::Working => Some(view! { <Working progress=asking.progress/> }.into_any()),
                Read::Failed(why) => Some(view! { <p class="field-error" role="alert">{why}</p> }.into_any()),
                Read::Found(file) => Some(view! { <Found file=*file kind=asking.kind.get_untracked() again on_import/> }.into_any()),
            }}
            {move || said.get().map(|s| view! { <p role="status">{s}</p> })}
        </section>
    }
}

/// What each row of the file is; changing it reads the file again.
#[component]
fn KindChoice(
    asking: Asking,
    again: impl Fn(Option<Mapping>, Option<DayOrder>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ui = use_ui();
    let choice = move |this: SheetKind, msg: Msg| {
        view! {
            <label><input type="radio" name="sheet-kind" checked=move || asking.kind.get() == this
                on:change=move |_| {
                    asking.kind.set(this);
                    if !asking.text.with_untracked(String::is_empty) {
                        again(None, None);
                    }
                }/> " " {ui.t(msg)}</label>
        }
    };
    view! {
        <fieldset class="choices">
            <legend>{ui.t(Msg::SheetKindLegend)}</legend>
            {choice(SheetKind::Keys, Msg::SheetKindKeys)}
            {choice(SheetKind::Subscriptions, Msg::SheetKindSubscriptions)}
            {choice(SheetKind::Seats, Msg::SheetKindSeats)}
        </fieldset>
    }
}

/// Why the file as a whole cannot be read.
fn sheet_error(lang: Lang, e: SheetError) -> String {
    let (msg, line) = match e {
        SheetError::Workbook => (Msg::SheetWorkbook, 0),
        SheetError::NoRows => (Msg::SheetNoRows, 0),
        SheetError::Table(TableError::Empty) => (Msg::SheetEmpty, 0),
        SheetError::Table(TableError::NotText { line }) => (Msg::SheetNotText, line),
        SheetError::Table(TableError::Malformed { line }) => (Msg::SheetMalformed, line),
    };
    fill(lang.t(msg), &[("line", &line.to_string())])
}
