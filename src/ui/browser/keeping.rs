//! Whether the browser keeps the app's data when it needs room (the Storage
//! API's persistent storage), and asking it to. Reached through `crate::js`:
//! the Settings page and the writer load this on demand.

use chrono::NaiveDate;

use crate::store::Backend;
use crate::store::prefs::PERSIST_ASKED_KEY;

/// How the browser keeps the app's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// Kept until the user clears it: never evicted for room.
    Persistent,
    /// Best effort: may be cleared when the disk runs low.
    BestEffort,
    /// The browser does not say (no Storage API).
    Unknown,
}

#[cfg(target_arch = "wasm32")]
async fn storage_asked(method: &str) -> Keeping {
    use crate::js::{get, settled};
    let Ok(storage) = get(&js_sys::global(), "navigator").and_then(|n| get(&n, "storage")) else {
        return Keeping::Unknown;
    };
    if storage.is_undefined() || storage.is_null() {
        return Keeping::Unknown;
    }
    // Truthiness, not `as_bool`: the app already imports that test.
    match settled(&storage, method).await {
        Ok(v) if v.is_undefined() => Keeping::Unknown,
        Ok(v) if v.is_falsy() => Keeping::BestEffort,
        Ok(_) => Keeping::Persistent,
        Err(()) => Keeping::Unknown,
    }
}

#[cfg(not(target_arch = "wasm32"))]
async fn storage_asked(_: &str) -> Keeping {
    Keeping::Unknown
}

/// How the browser keeps the data now.
pub async fn state() -> Keeping {
    storage_asked("persisted").await
}

/// Ask the browser to keep the data (Firefox asks the user; Chromium
/// decides by itself, readily for an installed app or a bookmarked site),
/// and what it answered.
pub async fn ask() -> Keeping {
    storage_asked("persist").await
}

/// After a record is saved: ask the browser to keep the data, once in this
/// browser's life (the day is remembered); afterwards only the Settings
/// page asks, when the admin says so.
pub fn ask_once(backend: &dyn Backend, today: NaiveDate) {
    if !matches!(backend.get(PERSIST_ASKED_KEY), Ok(None)) {
        return;
    }
    if backend.set(PERSIST_ASKED_KEY, &today.to_string()).is_err() {
        return;
    }
    leptos::task::spawn_local(async {
        if state().await == Keeping::BestEffort {
            let _ = ask().await;
        }
    });
}

/// Whether this is Safari in a tab (not an app added to the Home Screen or
/// the Dock): Safari deletes what a site stored after seven days of use
/// without a visit to it.
pub fn safari_tab() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use crate::js::get;
        let Ok(navigator) = get(&js_sys::global(), "navigator") else {
            return false;
        };
        let agent = get(&navigator, "userAgent")
            .ok()
            .and_then(|a| a.as_string())
            .unwrap_or_default();
        let safari = agent.contains("Safari/")
            && agent.contains("Version/")
            && ![
                "Chrome/",
                "Chromium/",
                "CriOS/",
                "FxiOS/",
                "Edg/",
                "EdgiOS/",
                "Firefox/",
            ]
            .iter()
            .any(|other| agent.contains(other));
        // An app added to the Home Screen says so (iOS); one added to the
        // Dock (macOS) shows in its own window, without the browser's frame.
        let home_screen = get(&navigator, "standalone").is_ok_and(|s| !s.is_falsy());
        let own_window = crate::js::call(
            &js_sys::global(),
            "matchMedia",
            &[wasm_bindgen::JsValue::from_str(
                "(display-mode: standalone)",
            )],
        )
        .and_then(|m| get(&m, "matches"))
        .is_ok_and(|m| !m.is_falsy());
        safari && !home_screen && !own_window
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}
