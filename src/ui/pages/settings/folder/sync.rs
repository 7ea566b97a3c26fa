//! Looking at the data folder: read every file there, merge what is new
//! (a union of events, `DataCtx::merge_ledger`), then write this browser's
//! own file if it differs. One look at a time per tab; a look asked for
//! meanwhile runs after it. Looks happen when the folder is chosen, when
//! the page starts with one, after each change, when the tab comes back,
//! and every minute while it is visible.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ledger::Event;
use crate::store::Backend;
use crate::store::folder::{
    FOLDER_KEY, Fault, Found, Mark, Problem, file_name, news, read_folder, write,
};
use crate::store::journal::{WHO_KEY, Who, read_who};
use crate::ui::browser::folder;
use crate::ui::data::DataCtx;
use crate::ui::state::{Ui, backend};

/// Where the folder stands, as the header and Settings show it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum State {
    /// No folder is in use.
    #[default]
    Off,
    /// A look is under way (the first one of the page).
    Working,
    /// This browser's file holds everything (as of `Sync::checked`).
    Saved,
    /// The folder could not be used.
    Fault(Fault),
    /// This browser's own file could not be read: not written over.
    OwnUnreadable(Problem),
    /// The history here could not be read whole: nothing merged or written.
    HistoryUnreadable,
}

/// The folder's last look.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sync {
    /// The folder's name.
    pub name: String,
    /// Where it stands.
    pub state: State,
    /// The local time (HH:MM) this browser's file was last found or made
    /// up to date.
    pub checked: String,
    /// The last merge of other browsers' changes: its time, how many, whose.
    pub merged: Option<(String, usize, Vec<String>)>,
    /// Every file found at the last look.
    pub files: Vec<Found>,
    /// This browser's file's name.
    pub own: String,
    /// Files that claim one browser between them.
    pub same_device: Vec<(String, String)>,
}

thread_local! {
    static SYNC: ArcRwSignal<Sync> = ArcRwSignal::new(Sync {
        name: crate::ui::state::with_backend(|b| b.get(FOLDER_KEY).ok().flatten()).unwrap_or_default(),
        // A folder in use is looked at as soon as the page starts.
        state: if in_use() { State::Working } else { State::Off },
        ..Sync::default()
    });
    /// A look is running; another was asked for meanwhile.
    static BUSY: Cell<(bool, bool)> = const { Cell::new((false, false)) };
    /// The admin chose to write this browser's file anew over one that
    /// could not be read.
    static WRITE_ANEW: Cell<bool> = const { Cell::new(false) };
    /// The looks of this page have been set going.
    static STARTED: Cell<bool> = const { Cell::new(false) };
    /// The folder's handle, once read from IndexedDB (a click asking for
    /// permission must not wait for it).
    static HANDLE: RefCell<Option<wasm_bindgen::JsValue>> = const { RefCell::new(None) };
}

/// The folder's state, shared by the header and Settings.
pub fn sync() -> ArcRwSignal<Sync> {
    SYNC.with(Clone::clone)
}

/// Whether a folder is in use in this browser.
pub fn in_use() -> bool {
    crate::ui::state::with_backend(crate::store::folder::in_use)
}

/// Look at the folder now (after the one under way, if any).
pub fn look(data: DataCtx) {
    if BUSY.get().0 {
        BUSY.set((true, true));
        return;
    }
    BUSY.set((true, false));
    leptos::task::spawn_local(async move {
        loop {
            let s = sync();
            if s.with_untracked(|s| s.state == State::Off) {
                s.update(|s| s.state = State::Working);
            }
            let result = look_once(data, &s).await;
            s.update(|s| {
                s.state = match result {
                    Ok(()) => {
                        s.checked = local_time();
                        State::Saved
                    }
                    Err(state) => state,
                };
            });
            if !BUSY.get().1 {
                break;
            }
            BUSY.set((true, false));
        }
        BUSY.set((false, false));
    });
}

/// Look at the folder when the page starts with one, after each change
/// (a second later), when the tab comes back and every minute it is
/// visible. Once per page.
pub fn start(data: DataCtx) {
    if STARTED.replace(true) {
        return;
    }
    look(data);
    let after_changes = move || {
        Effect::new(move |first: Option<()>| {
            data.data.track();
            if first.is_some() && in_use() {
                set_timeout(move || look(data), std::time::Duration::from_millis(800));
            }
        });
    };
    // Owned by the app's root, which lives as long as the page: started
    // from the Settings card, it would go when the card does.
    let mut owner = Owner::current();
    while let Some(parent) = owner.as_ref().and_then(Owner::parent) {
        owner = Some(parent);
    }
    match owner {
        Some(root) => root.with(after_changes),
        None => after_changes(),
    }
    let visible_look = move || {
        if in_use() && page_visible() {
            look(data);
        }
    };
    let _ = set_interval_with_handle(visible_look, std::time::Duration::from_secs(60));
    let handle = window_event_listener_untyped("visibilitychange", move |_| visible_look());
    // For the page's life.
    std::mem::forget(handle);
}

/// Write this browser's file anew over one that could not be read (the
/// admin's decision), then look again.
pub fn write_anew(data: DataCtx) {
    WRITE_ANEW.set(true);
    look(data);
}

fn page_visible() -> bool {
    document().visibility_state() == web_sys::VisibilityState::Visible
}

/// One look: read, merge, write.
async fn look_once(data: DataCtx, s: &ArcRwSignal<Sync>) -> Result<(), State> {
    // Stopped meanwhile (a look asked for before): nothing to look at.
    if !in_use() {
        return Err(State::Off);
    }
    let handle = handle().await.map_err(State::Fault)?;
    folder::permission(&handle, false)
        .await
        .map_err(State::Fault)?;
    let files = folder::read_all(&handle).await.map_err(State::Fault)?;
    let backend = backend();
    let device = device(&*backend);
    let own = file_name(&device);
    let on_disk = files
        .iter()
        .find(|(n, _)| *n == own)
        .map(|(_, t)| t.clone());
    let reading = read_folder(files, &device);
    let mine = whole(&*backend).await?;
    let (count, who) = news(&mine, &reading.events);
    s.update(|s| {
        s.name = folder::name(&handle);
        s.files = reading.files.clone();
        s.own.clone_from(&own);
        s.same_device.clone_from(&reading.same_device);
    });
    if count > 0 {
        data.merge_ledger(Msg::ChangeFolderMerged, reading.events.clone(), Vec::new())
            .await
            .map_err(|()| State::HistoryUnreadable)?;
        s.update(|s| s.merged = Some((local_time(), count, who)));
    }
    if let Some(problem) = reading.own_unreadable
        && !WRITE_ANEW.replace(false)
    {
        return Err(State::OwnUnreadable(problem));
    }
    // What is stored now, with what was just merged (whose save may still
    // wait for the writer's code).
    let (events, _) = crate::ledger::union(&whole(&*backend).await?, &reading.events);
    if events.is_empty() {
        // Nothing recorded here or merged: nothing to share yet.
        return Ok(());
    }
    let who = read_who(backend.get(WHO_KEY).ok().flatten().as_deref());
    let mark = Mark {
        device,
        admin: who.admin,
        // The newest event's moment: the same ledger writes the same text,
        // so an unchanged file is not written again.
        written: events
            .iter()
            .map(|e| e.at.clone())
            .max()
            .unwrap_or_default(),
    };
    let text = write(&data.data.get_untracked(), events, mark, data.today());
    if on_disk.as_deref() != Some(text.as_str()) {
        folder::write(&handle, &own, &text)
            .await
            .map_err(State::Fault)?;
    }
    Ok(())
}

/// The folder's handle: kept in this page, else read from IndexedDB.
async fn handle() -> Result<wasm_bindgen::JsValue, Fault> {
    if let Some(h) = HANDLE.with(|h| h.borrow().clone()) {
        return Ok(h);
    }
    let h = folder::kept().await?;
    HANDLE.with(|c| *c.borrow_mut() = Some(h.clone()));
    Ok(h)
}

/// The whole ledger stored here (none before the first change).
async fn whole(backend: &dyn Backend) -> Result<Vec<Event>, State> {
    match crate::store::archive::whole_ledger(backend).await {
        Ok(l) => Ok(l.map(|l| l.events).unwrap_or_default()),
        Err(_) => Err(State::HistoryUnreadable),
    }
}

/// This browser's id: named by its first event, or made now for a browser
/// that has merged but never recorded (the writer keeps one it finds).
fn device(backend: &dyn Backend) -> String {
    let who = read_who(backend.get(WHO_KEY).ok().flatten().as_deref());
    if !who.device.is_empty() {
        return who.device;
    }
    let made: String = crate::ui::data::random_id().chars().take(12).collect();
    let who = Who {
        device: made.clone(),
        ..who
    };
    if let Ok(text) = serde_json::to_string(&who) {
        let _ = backend.set(WHO_KEY, &text);
    }
    made
}

/// The local time, HH:MM (from `toTimeString()`, "14:05:09 GMT+0900 …":
/// no number crosses from JavaScript, which would be one more import).
fn local_time() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let now: wasm_bindgen::JsValue = js_sys::Date::new_0().into();
        crate::js::call(&now, "toTimeString", &[wasm_bindgen::JsValue::UNDEFINED])
            .ok()
            .and_then(|t| t.as_string())
            .map(|t| t.chars().take(5).collect())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Use the folder `handle` from now on: keep it, name it, look.
///
/// # Errors
/// The handle could not be kept (IndexedDB refusing) or the name stored.
pub async fn connect(data: DataCtx, ui: Ui, handle: wasm_bindgen::JsValue) -> Result<(), Msg> {
    folder::keep(Some(&handle))
        .await
        .map_err(|()| Msg::FolderNotKept)?;
    let name = folder::name(&handle);
    HANDLE.with(|c| *c.borrow_mut() = Some(handle));
    backend()
        .set(FOLDER_KEY, &name)
        .map_err(|_| Msg::FolderNotKept)?;
    sync().update(|s| {
        s.name = name;
        s.state = State::Working;
    });
    super::show_in_header(ui, data);
    start(data);
    look(data);
    Ok(())
}

/// Stop using the folder: forget its handle; its files stay.
pub async fn disconnect() {
    HANDLE.with(|c| *c.borrow_mut() = None);
    let _ = folder::keep(None).await;
    // Emptied, not removed: an empty name is no folder.
    let _ = backend().set(FOLDER_KEY, "");
    sync().set(Sync::default());
}

/// Ask the browser again for the folder's permission (a click's handler:
/// the browser asks only during one), then look.
pub async fn reconnect(data: DataCtx) {
    let result = match handle().await {
        Ok(handle) => folder::permission(&handle, true).await,
        Err(f) => Err(f),
    };
    match result {
        Ok(()) => {
            start(data);
            look(data);
        }
        Err(f) => sync().update(|s| s.state = State::Fault(f)),
    }
}
