//! The user's data at the UI edge: the [`DocumentStore`] lives here, the UI sees a
//! signal of the [`Dataset`], and every change is an event recorded through [`DataCtx::record`],
//! which saves, keeps one step of undo, and reports failures in words.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ledger::change::ChangeError;
use crate::ledger::{Event, Facts, apply};
use crate::model::Dataset;
use crate::store::document::{DocumentStore, LoadError, Opened, Writer, write_document};
use crate::store::{Backend, StoreError};

type Store = DocumentStore<Rc<dyn Backend>>;

thread_local! {
    static STORE: RefCell<Option<Store>> = const { RefCell::new(None) };
    /// The data before the last undoable change, and its event's id.
    static UNDO: RefCell<Option<(Dataset, String)>> = const { RefCell::new(None) };
    /// Whether fetching the writer has started (or it is here).
    static WRITER_ASKED: Cell<bool> = const { Cell::new(false) };
}

/// The code that writes the data (serde_json serializing the whole dataset):
/// a chunk of its own, fetched when the user first acts, so that neither a
/// first visit nor a look at the dashboard downloads it (docs/perf.md). A
/// failed fetch is an error to show, not a panic.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(
    document_writer,
    wasm_split_path = ::leptos::wasm_split,
    fallible
)]
fn fetch_writer() -> Result<Writer, leptos::wasm_split::SplitLoaderError> {
    Ok(write_and_move)
}

/// Without lazy chunks the writer is simply there.
#[cfg(not(feature = "split"))]
async fn fetch_writer() -> Result<Writer, leptos::wasm_split::SplitLoaderError> {
    Ok(write_and_move)
}

/// Write the document, then move its new events on to IndexedDB
/// (`store::archive`) once this task is done.
fn write_and_move(s: crate::store::journal::Saving<'_>) -> Result<(), StoreError> {
    write_document(s)?;
    move_events_soon();
    // Once something is saved, ask the browser to keep it (once ever).
    super::browser::keeping::ask_once(&*super::state::backend(), TODAY.with(Cell::get));
    Ok(())
}

thread_local! {
    /// Moving events to IndexedDB: (running, asked again meanwhile).
    static MOVING: Cell<(bool, bool)> = const { Cell::new((false, false)) };
}

/// Move the stored tail to IndexedDB, one move at a time; a save made
/// while one runs moves again after it.
fn move_events_soon() {
    let (running, _) = MOVING.get();
    if running {
        MOVING.set((true, true));
        return;
    }
    MOVING.set((true, false));
    leptos::task::spawn_local(async {
        loop {
            let backend = super::state::backend();
            let _ = crate::store::archive::flush(&*backend).await;
            if !MOVING.get().1 {
                break;
            }
            MOVING.set((true, false));
        }
        MOVING.set((false, false));
    });
}

/// `data-unsaved` on the page's root element while a change waits in memory
/// for the writer: the state `beforeunload` guards, visible to the end-to-end
/// tests (which wait for it to clear before they leave or read storage).
fn flag_waiting_change(on: bool) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = if on {
            root.set_attribute("data-unsaved", "")
        } else {
            root.remove_attribute("data-unsaved")
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = on;
}

/// Fetch the writer unless asked for already, and give it to the store: a
/// change that waited for it is saved.
fn ask_for_writer(ctx: DataCtx) {
    if WRITER_ASKED.replace(true) {
        return;
    }
    leptos::task::spawn_local(async move {
        let Ok(writer) = fetch_writer().await else {
            // Asked again at the next action; said only if a change waits.
            WRITER_ASKED.set(false);
            if with_store(|s| s.has_unsaved()) == Some(true) {
                ctx.save_error.set(Some(Msg::SaveCodeUnavailable));
            }
            return;
        };
        let Some((result, data)) = with_store(|s| (s.set_writer(writer), s.data().clone())) else {
            return;
        };
        flag_waiting_change(false);
        if ctx.save_error.get_untracked() == Some(Msg::SaveCodeUnavailable) {
            ctx.save_error.set(None);
        }
        if result == Err(StoreError::Superseded) {
            UNDO.with(|u| *u.borrow_mut() = None);
            ctx.undoable.set(None);
            ctx.data.set(data);
        }
        if let Err(e) = result {
            ctx.save_error.set(save_error(e));
        }
    });
}

/// The writer is fetched at the first sign of use: a pointer down, a key, a
/// focus (a pointer down comes before its click, so the code is usually there
/// when the change is made). A look that changes nothing never downloads it.
/// A change made before it arrives waits in memory a moment; leaving the page
/// meanwhile (or with a change a full storage refused) asks first.
fn fetch_writer_on_use(ctx: DataCtx) {
    for event in ["pointerdown", "keydown", "focusin"] {
        let handle = window_event_listener_untyped(event, move |ev| {
            // A control that replaces the page ("Reload now") changes no data:
            // fetching the writer then only holds up the new version's worker.
            let leaves = ev
                .target()
                .and_then(|t| leptos::wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .and_then(|el| el.closest("[data-leaves-page]").ok().flatten())
                .is_some();
            if !leaves {
                ask_for_writer(ctx);
            }
        });
        on_cleanup(move || handle.remove());
    }
    let handle = window_event_listener_untyped("beforeunload", |ev| {
        if with_store(|s| s.has_unsaved()) == Some(true) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}

/// Stored data that could not be read, waiting for the user's decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    /// Why it could not be read.
    pub error: LoadError,
    /// Where a copy of it is kept.
    pub kept_under: String,
}

/// The data, its problems, and the last undoable change.
#[derive(Clone, Copy)]
pub struct DataCtx {
    /// The data as this tab sees it. Change it only through [`DataCtx::record`].
    pub data: RwSignal<Dataset>,
    /// Set while stored data could not be read.
    pub recovery: RwSignal<Option<Recovery>>,
    /// The last change that can be undone, by its description.
    pub undoable: RwSignal<Option<Msg>>,
    /// The last save failure, if the change is only in memory.
    pub save_error: RwSignal<Option<Msg>>,
    /// A final change just made (no Undo), by its description.
    pub announced: RwSignal<Option<Msg>>,
    /// How many changes in the ledger no longer apply (the stored document
    /// says, as found by the last merge or undo from the history).
    pub conflicts: RwSignal<u32>,
    /// Notified when the local date changes (checked every minute and on return); the page
    /// is drawn again then, reading [`DataCtx::today`] anew.
    pub new_day: Trigger,
}

fn today() -> NaiveDate {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new_0();
        NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        NaiveDate::default()
    }
}

fn stamp() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::from("native")
    }
}

/// What a save's failure tells the user; nothing while the change only waits
/// for the writer.
fn save_error(e: StoreError) -> Option<Msg> {
    Some(match e {
        StoreError::QuotaExceeded => Msg::SaveQuota,
        StoreError::Unavailable => Msg::SaveUnavailable,
        StoreError::Blocked => Msg::SaveBlocked,
        StoreError::Superseded => Msg::SaveSuperseded,
        StoreError::NotReady => return None,
    })
}

/// Open the stored data and provide the context; listens for other tabs.
pub fn provide_data() -> DataCtx {
    let (store, opened) = DocumentStore::open_with(super::state::backend(), &stamp(), None);
    let ctx = DataCtx {
        data: RwSignal::new(store.data().clone()),
        recovery: RwSignal::new(match opened {
            Opened::Unreadable { error, kept_under } => Some(Recovery { error, kept_under }),
            Opened::Empty | Opened::Loaded => None,
        }),
        undoable: RwSignal::new(None),
        announced: RwSignal::new(None),
        save_error: RwSignal::new(None),
        conflicts: RwSignal::new(store.conflicts()),
        new_day: Trigger::new(),
    };
    STORE.with(|s| *s.borrow_mut() = Some(store));
    provide_context(ctx);
    listen_to_other_tabs(ctx);
    fetch_writer_on_use(ctx);
    follow_the_clock(ctx.new_day);
    ctx
}

thread_local! {
    /// Today as the tab last saw it (see [`follow_the_clock`]).
    static TODAY: std::cell::Cell<NaiveDate> = std::cell::Cell::new(today());
}

impl DataCtx {
    /// Today, the browser's local date: read at start-up, then again every
    /// minute and whenever the tab comes back, so a tab left open past
    /// midnight moves to the new day. A plain read: the page is drawn again
    /// on a new day ([`DataCtx::new_day`]), not each reader made reactive.
    pub fn today(&self) -> NaiveDate {
        TODAY.with(std::cell::Cell::get)
    }
}

/// Keep `today` on the local date: checked every minute and when the tab
/// becomes visible again; set only when the day changed, so nothing is drawn
/// again otherwise.
fn follow_the_clock(new_day: Trigger) {
    let check = move || {
        let now = today();
        if TODAY.with(|t| t.replace(now)) != now {
            new_day.notify();
        }
    };
    let _ = set_interval_with_handle(check, std::time::Duration::from_secs(60));
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::wasm_bindgen::{JsCast, closure::Closure};
        let on_show = Closure::<dyn Fn()>::new(check);
        let _ = document()
            .add_event_listener_with_callback("visibilitychange", on_show.as_ref().unchecked_ref());
        on_show.forget();
    }
}

/// The data context. Panics outside the shell, which is a programming error.
pub fn use_data() -> DataCtx {
    expect_context::<DataCtx>()
}

fn with_store<R>(f: impl FnOnce(&mut Store) -> R) -> Option<R> {
    STORE.with(|s| s.borrow_mut().as_mut().map(f))
}

/// Apply a change the model may refuse to the store: the refusal (nothing
/// changed), or whether it was saved and the data afterwards (`None` before the
/// store is open).
type Stored = Option<(Result<(), StoreError>, Dataset)>;

fn store_change<T>(
    change: impl FnOnce(&mut Dataset) -> Result<T, ChangeError>,
    event: Option<Event>,
) -> Result<Stored, ChangeError> {
    let Some((result, after)) = with_store(|s| (s.try_apply(change, event), s.data().clone()))
    else {
        return Ok(None);
    };
    match result {
        Ok(Err(refused)) => Err(refused),
        Ok(Ok(())) => Ok(Some((Ok(()), after))),
        Err(e) => Ok(Some((Err(e), after))),
    }
}

/// 128 random bits as 32 hex digits: an event's id.
pub(crate) fn random_id() -> String {
    let mut bytes = [0u8; 16];
    #[cfg(target_arch = "wasm32")]
    if let Some(c) = web_sys::window().and_then(|w| w.crypto().ok()) {
        let _ = c.get_random_values_with_u8_array(&mut bytes);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::sync::atomic::{AtomicU64, Ordering};
        static N: AtomicU64 = AtomicU64::new(1);
        bytes[..8].copy_from_slice(&N.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl DataCtx {
    /// A new event of `facts`, as of today (or the day the facts name). The
    /// writer stamps who recorded it.
    pub fn event(self, facts: Facts) -> Event {
        Event {
            id: random_id(),
            day: facts.own_day().unwrap_or_else(|| self.today()),
            at: stamp(),
            device: String::new(),
            admin: String::new(),
            facts,
        }
    }

    /// Record a change (one event of the ledger, applied through the same
    /// rules a replay uses), save it, show it, and offer Undo (`label` says
    /// what it was). A refusal changes and saves nothing and is returned for
    /// the page to show; on a failed save the change stays on screen and the
    /// error says why.
    ///
    /// # Errors
    /// The change's own refusal.
    pub fn record(self, label: Msg, facts: Facts) -> Result<(), ChangeError> {
        let before = self.data.get_untracked();
        let event = self.event(facts);
        let id = event.id.clone();
        let Some((saved, after)) = store_change(|d| apply(d, &event), Some(event.clone()))? else {
            return Ok(());
        };
        self.data.set(after);
        match saved {
            // Refused before anything changed.
            Err(StoreError::Blocked) => self.save_error.set(self.shown(StoreError::Blocked)),
            saved => {
                UNDO.with(|u| *u.borrow_mut() = Some((before, id)));
                self.undoable.set(Some(label));
                self.announced.set(None);
                self.save_error.set(saved.err().and_then(|e| self.shown(e)));
            }
        }
        Ok(())
    }

    /// Record a change that reality cannot undo (a key marked redeemed): the
    /// user confirmed it first, so no Undo is offered; `label` is announced
    /// instead. (The History page can still void it, saying that Partner
    /// Center cannot.)
    ///
    /// # Errors
    /// The change's own refusal; nothing changed then.
    pub fn record_final(self, label: Msg, facts: Facts) -> Result<(), ChangeError> {
        let event = self.event(facts);
        let Some((saved, after)) = store_change(|d| apply(d, &event), Some(event.clone()))? else {
            return Ok(());
        };
        UNDO.with(|u| *u.borrow_mut() = None);
        self.undoable.set(None);
        self.data.set(after);
        self.save_error.set(saved.err().and_then(|e| self.shown(e)));
        self.announced.set(Some(label));
        Ok(())
    }

    /// Apply a change that must be stored whole or not at all (the key vault:
    /// its texts and its passphrase go together), recorded as `facts`. A
    /// failed save takes the change back, the stored data untouched, and says
    /// why. No Undo: `label` is announced.
    ///
    /// # Errors
    /// What kept it from being saved.
    pub fn change_whole(
        self,
        label: Msg,
        facts: Facts,
        change: impl FnOnce(&mut Dataset),
    ) -> Result<(), Msg> {
        let before = self.data.get_untracked();
        let event = self.event(facts);
        let saved = with_store(|s| {
            let r = s
                .try_apply(
                    |d| {
                        change(d);
                        Ok::<(), ()>(())
                    },
                    Some(event),
                )
                .map(|_| ());
            if r.is_err() {
                s.discard(before);
            }
            (r, s.data().clone())
        });
        let Some((saved, after)) = saved else {
            return Ok(());
        };
        self.data.set(after);
        saved.map_err(|e| self.shown(e).unwrap_or(Msg::SaveNotReady))?;
        UNDO.with(|u| *u.borrow_mut() = None);
        self.undoable.set(None);
        self.save_error.set(None);
        self.announced.set(Some(label));
        Ok(())
    }

    /// Take back the last change: a void of its event, which lasts (the
    /// History page can take the void back in turn).
    pub fn undo(self) {
        let Some((before, id)) = UNDO.with(|u| u.borrow_mut().take()) else {
            return;
        };
        self.undoable.set(None);
        self.void(id, before, None);
    }

    /// Merge another browser's ledger (a backup): the union of its `events`
    /// with the stored ones, replayed; `texts` are the backup's key texts,
    /// already made to fit this browser's vault, taken for keys that have
    /// none here. No Undo (the History page can undo any of its events).
    ///
    /// # Errors
    /// The stored history could not be read whole: nothing was merged (a
    /// merge never replays part of a ledger).
    pub async fn merge_ledger(
        self,
        label: Msg,
        events: Vec<Event>,
        texts: crate::ledger::Texts,
    ) -> Result<(), ()> {
        {
            let backend = super::state::backend();
            // The whole stored ledger: never replayed in part.
            let Ok(whole) = crate::store::archive::whole_ledger(&*backend).await else {
                return Err(());
            };
            // Their events go to IndexedDB first where it works, else with
            // the save.
            let staged = crate::store::archive::stage(&events).await.ok();
            let carried = if staged.is_some() {
                Vec::new()
            } else {
                events.clone()
            };
            let result = with_store(|s| {
                let r = s.merge(carried, staged, |current, stored| {
                    // What another tab saved since the whole was read.
                    let tail = stored
                        .and_then(|t| crate::store::journal::read_ledger(t).ok().flatten())
                        .map(|l| l.events);
                    let mine = match (whole, tail) {
                        (Some(w), Some(t)) => crate::ledger::union(&w.events, &t).0,
                        (Some(w), None) => w.events,
                        (None, Some(t)) => t,
                        (None, None) => {
                            let now = stamp();
                            (current != &Dataset::default())
                                .then(|| {
                                    crate::ledger::as_it_stood(current, self.today(), &now, "")
                                })
                                .into_iter()
                                .collect()
                        }
                    };
                    let (all, _) = crate::ledger::union(&mine, &events);
                    let mut keep = crate::ledger::texts_of(current);
                    let here: Vec<u64> = keep.iter().map(|k| k.id).collect();
                    keep.extend(texts.into_iter().filter(|t| !here.contains(&t.id)));
                    let r = crate::ledger::replay(&all, &keep);
                    (r.data, r.refused.len() as u32)
                });
                (r, s.data().clone(), s.conflicts())
            });
            if let Some((result, after, conflicts)) = result {
                self.data.set(after);
                self.conflicts.set(conflicts);
                UNDO.with(|u| *u.borrow_mut() = None);
                self.undoable.set(None);
                self.save_error
                    .set(result.err().and_then(|e| self.shown(e)));
                self.announced.set(Some(label));
            }
            Ok(())
        }
    }

    /// Void the event `id` (an undo, the first half of a correction); `shown`
    /// is the data without it, as the caller computed it, and `conflicts` how
    /// many events its replay refuses if the caller replayed (the History page).
    pub fn void(self, id: String, shown: Dataset, conflicts: Option<u32>) {
        if let Some(n) = conflicts {
            self.conflicts.set(n);
            with_store(|s| s.set_conflicts(n));
        }
        let event = self.event(Facts::Void { event: id });
        if let Ok(Some((result, after))) = store_change(
            |d| {
                *d = shown;
                Ok::<(), ChangeError>(())
            },
            Some(event),
        ) {
            self.data.set(after);
            self.save_error
                .set(result.err().and_then(|e| self.shown(e)));
        }
    }

    /// What a failed save tells the user; a save waiting for the writer
    /// fetches it.
    fn shown(self, e: StoreError) -> Option<Msg> {
        match e {
            StoreError::NotReady => {
                flag_waiting_change(true);
                ask_for_writer(self);
            }
            StoreError::Blocked => self.show_recovery(),
            _ => {}
        }
        save_error(e)
    }

    /// Stored data this tab found it cannot read (another tab's, written by a
    /// newer version or damaged): the recovery panel says so.
    fn show_recovery(self) {
        if self.recovery.get_untracked().is_none()
            && let Some(Some((error, kept_under))) = with_store(|s| s.unreadable())
        {
            self.recovery.set(Some(Recovery { error, kept_under }));
        }
    }

    /// Replace everything (start fresh, replace from a backup, clear all data).
    /// Lifts a recovery block; the unreadable copy stays under its recovery key.
    ///
    /// The ledger starts again from `data` as it stands (`event`, made with
    /// [`DataCtx::event`], records it; none for no data): the history before
    /// is gone (the pages ask before they call this), so no Undo either.
    pub fn replace_all(self, label: Msg, data: Dataset, event: Option<Event>) {
        if let Some((result, after)) =
            with_store(|s| (s.replace_all(data, event), s.data().clone()))
        {
            self.data.set(after);
            self.conflicts.set(0);
            self.recovery.set(None);
            self.save_error
                .set(result.err().and_then(|e| self.shown(e)));
            UNDO.with(|u| *u.borrow_mut() = None);
            self.undoable.set(None);
            self.announced.set(Some(label));
        }
    }

    /// The raw text kept under the recovery key, for download.
    pub fn recovery_text(self) -> Option<String> {
        let key = self.recovery.get_untracked()?.kept_under;
        with_store(|s| s.backend().get(&key).ok().flatten()).flatten()
    }
}

/// Another tab wrote: take its data within the `storage` event, which the browser
/// fires in every other tab of this origin.
fn listen_to_other_tabs(ctx: DataCtx) {
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            let ours = ev
                .key()
                .is_none_or(|k| k == crate::store::document::DATA_KEY);
            if ours
                && let Some(Some((data, conflicts))) =
                    with_store(|s| s.refresh().then(|| (s.data().clone(), s.conflicts())))
            {
                ctx.data.set(data);
                ctx.conflicts.set(conflicts);
            }
            if ours {
                ctx.show_recovery();
            }
        });
        // The shell lives as long as the page.
        std::mem::forget(handle);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ctx;
}
