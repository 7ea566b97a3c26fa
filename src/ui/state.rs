//! The app's one piece of shared UI state, and where preferences are kept.

use std::rc::Rc;

use leptos::prelude::*;

use crate::i18n::{Lang, Msg};
use crate::store::{Backend, MemoryBackend, Prefs, Theme};

/// Shared UI state, provided once by the shell.
#[derive(Clone, Copy)]
pub struct Ui {
    /// Interface language.
    pub lang: RwSignal<Lang>,
    /// Colour theme.
    pub theme: RwSignal<Theme>,
    /// The deployment's base path (see [`super::links`]).
    pub base: StoredValue<String>,
    /// Whether localStorage works; when not, the app runs in memory and says so.
    pub storage_ok: bool,
    /// A problem to show the user, if any.
    pub problem: RwSignal<Option<Msg>>,
}

impl Ui {
    /// The href of an app path under the deployment's base.
    pub fn href(&self, path: &str) -> String {
        self.base.with_value(|b| super::links::href(b, path))
    }

    /// A closure giving `msg` in the current language, for use in views.
    pub fn t(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || lang.get().t(msg)
    }
}

/// The shared UI state. Panics outside the shell, which is a programming error.
pub fn use_ui() -> Ui {
    expect_context::<Ui>()
}

thread_local! {
    /// The page's one storage handle: opened (and probed) once, shared by the
    /// preferences and the document store, so a blocked storage gives one memory
    /// store, not two.
    static BACKEND: (Rc<dyn Backend>, bool) = open_backend();
}

/// Open localStorage, or memory when the browser refuses it; says which.
fn open_backend() -> (Rc<dyn Backend>, bool) {
    #[cfg(target_arch = "wasm32")]
    if let Some(storage) = crate::store::BrowserStorage::open() {
        return (Rc::new(storage), true);
    }
    (Rc::new(MemoryBackend::default()), false)
}

/// The storage backend (localStorage, or memory when it is blocked).
pub fn backend() -> Rc<dyn Backend> {
    BACKEND.with(|(b, _)| Rc::clone(b))
}

/// Run `f` with the storage backend.
pub fn with_backend<R>(f: impl FnOnce(&dyn Backend) -> R) -> R {
    BACKEND.with(|(b, _)| f(b.as_ref()))
}

/// Whether the backend is real browser storage.
pub fn storage_ok() -> bool {
    BACKEND.with(|(_, ok)| *ok)
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let nav = w.navigator();
        let list: Vec<String> = nav
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        if !list.is_empty() {
            return list;
        }
        return nav.language().into_iter().collect();
    }
    Vec::new()
}

/// The language to start in: the one the user chose, or the browser's preference.
pub fn initial_lang() -> Lang {
    lang_of(&with_backend(Prefs::load))
}

/// The language `prefs` name, or else the browser's preference.
fn lang_of(prefs: &Prefs) -> Lang {
    prefs.lang.unwrap_or_else(|| {
        let langs = browser_languages();
        Lang::from_browser(langs.iter().map(String::as_str))
    })
}

/// Build the state from stored preferences and the browser, and keep the page and
/// storage in step with it.
pub fn provide_ui() -> Ui {
    let prefs = with_backend(Prefs::load);
    let lang = lang_of(&prefs);
    let ui = Ui {
        lang: RwSignal::new(lang),
        theme: RwSignal::new(prefs.theme),
        base: StoredValue::new(super::links::base_path()),
        storage_ok: storage_ok(),
        problem: RwSignal::new(None),
    };
    provide_context(ui);
    Effect::new(move |_| apply_to_document(ui.lang.get(), ui.theme.get()));
    // The first run only reads; saving starts with the user's first change, so a
    // language chosen from the browser's preferences is not pinned by merely visiting.
    Effect::new(move |first: Option<()>| {
        let (lang, theme) = (ui.lang.get(), ui.theme.get());
        if first.is_some() {
            let next = Prefs {
                lang: Some(lang),
                theme,
            };
            if with_backend(|b| next.save(b)).is_err() && ui.storage_ok {
                ui.problem.set(Some(Msg::PrefsNotSaved));
            }
        }
    });
    ui
}

/// Put the language and theme on `<html>`, where CSS, screen readers and the
/// browser's own UI read them.
fn apply_to_document(lang: Lang, theme: Theme) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
        match theme.attr() {
            Some(value) => {
                let _ = root.set_attribute("data-theme", value);
            }
            None => {
                let _ = root.remove_attribute("data-theme");
            }
        }
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(lang.t(Msg::AppName));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, theme);
}
