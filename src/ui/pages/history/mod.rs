//! The History page (`/history`): the ledger as a journal — who changed what,
//! when, and with what effect — with filters, paging, undo of any change (a
//! void that lasts, previewed first), the changes that no longer apply, and
//! a CSV export for an audit. Everything here reads the stored ledger, so
//! this page's chunk is the only one that carries the code reading events.

mod list;
mod preview;
mod report;
mod words;

use leptos::prelude::*;

use super::Page;
use crate::i18n::Msg;
use crate::ledger::{Event, Facts, Ledger, Replayed, replay};
use crate::store::archive::whole_ledger;
use crate::store::journal::{WHO_KEY, Who, read_who};
use crate::ui::components::PageFrame;
use crate::ui::data::use_data;
use crate::ui::state::{backend, use_ui};

lazy_page! {
    /// The history page.
    HistoryPage => history_page
}

/// The stored ledger and its replay, read again whenever the data changes.
#[derive(Clone, PartialEq)]
pub struct Journal {
    /// Every event, in replay order.
    pub events: Vec<Event>,
    /// What the replay found (undone, refused).
    pub replayed: Replayed,
    /// The ledger as stored (for a preview's replay).
    pub ledger: Ledger,
}

/// The stored ledger, whole (its tail and what IndexedDB keeps); `Err`
/// when it cannot be read (it is left as it is).
async fn read_journal() -> Result<Journal, ()> {
    let ledger = match whole_ledger(&*backend()).await {
        Ok(None) => Ledger::default(),
        Ok(Some(l)) => l,
        Err(_) => return Err(()),
    };
    let replayed = replay(&ledger.events, &ledger.texts);
    Ok(Journal {
        events: ledger.events.clone(),
        replayed,
        ledger,
    })
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn history_page() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    // Read again whenever the data changes. A signal set from a task, not
    // a `LocalResource`: that one's thread check and channels would be
    // carried by the first visit (docs/perf.md).
    let journal = RwSignal::new(None::<Result<Journal, ()>>);
    Effect::new(move |_| {
        data.data.track();
        leptos::task::spawn_local(async move {
            let read = read_journal().await;
            journal.set(Some(read));
        });
    });
    let asked = RwSignal::new(None::<Event>);
    view! {
        <PageFrame page=Page::History>
            <AdminName/>
            {move || match journal.get() {
                // Reading: the page waits a moment with nothing to show.
                None => ().into_any(),
                Some(Err(())) => view! { <p class="notice error" role="alert">{ui.t(Msg::HistoryUnreadable)}</p> }.into_any(),
                Some(Ok(j)) if j.events.is_empty() => view! { <p class="card empty-state">{ui.t(Msg::HistoryEmpty)}</p> }.into_any(),
                Some(Ok(j)) => view! {
                    <report::AuditReport journal=j.clone()/>
                    <preview::UndoPreview asked journal=j.clone()/>
                    <list::Conflicts journal=j.clone() asked/>
                    <list::EventList journal=j asked/>
                }.into_any(),
            }}
        </PageFrame>
    }
    .into_any()
}

/// The event an undo of `e` would append: a void of it.
pub fn void_of(e: &Event) -> Facts {
    Facts::Void {
        event: e.id.clone(),
    }
}

/// The admin's name, asked once and recorded with every change made in this
/// browser from then on.
#[component]
fn AdminName() -> impl IntoView {
    let ui = use_ui();
    let stored = read_who(backend().get(WHO_KEY).ok().flatten().as_deref());
    let name = RwSignal::new(stored.admin.clone());
    let said = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut who: Who = read_who(backend().get(WHO_KEY).ok().flatten().as_deref());
        who.admin = name.get_untracked().trim().to_owned();
        if let Ok(text) = serde_json::to_string(&who) {
            said.set(backend().set(WHO_KEY, &text).is_ok());
        }
    };
    view! {
        <form class="card admin-name" on:submit=save>
            <p class="field">
                <label for="history-admin">{ui.t(Msg::HistoryAdminLabel)}</label>
                <input id="history-admin" type="text" autocomplete="name" prop:value=name
                    on:input=move |ev| { name.set(event_target_value(&ev)); said.set(false); }/>
            </p>
            <p class="actions"><button type="submit" class="secondary">{ui.t(Msg::HistoryAdminSave)}</button></p>
            <p role="status" class="field-note">{move || said.get().then(|| ui.t(Msg::HistoryAdminSaved))}</p>
        </form>
    }
}
