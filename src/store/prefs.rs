use serde::{Deserialize, Serialize};

use super::{Backend, StoreError};
use crate::model::lang::Lang;

/// Where the preferences live.
pub const PREFS_KEY: &str = "benefits-desk/prefs";

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}
crate::de_by_name!(Theme { "system" => System, "light" => Light, "dark" => Dark });

impl Theme {
    /// Every theme, in the order the switch shows them.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value of `data-theme` on `<html>`; `None` follows the system.
    pub fn attr(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// The user's interface preferences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    /// Chosen language; `None` until the user picks one (then the browser decides).
    #[serde(default)]
    pub lang: Option<Lang>,
    /// Chosen theme.
    #[serde(default)]
    pub theme: Theme,
}

/// Where the key vault's auto-lock times are kept (apart from [`Prefs`], so the
/// first load, which reads those, does not carry their code).
pub const LOCK_PREFS_KEY: &str = "benefits-desk/vault-lock";

/// The key vault's auto-lock times, in minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockPrefs {
    /// Without use.
    pub idle: u32,
    /// Hidden.
    pub hidden: u32,
}

impl Default for LockPrefs {
    fn default() -> Self {
        LockPrefs {
            idle: 10,
            hidden: 10,
        }
    }
}

impl LockPrefs {
    /// Read them; missing or unreadable ones give the defaults.
    pub fn load(backend: &dyn Backend) -> LockPrefs {
        load_or_default(backend, LOCK_PREFS_KEY)
    }

    /// Write them.
    ///
    /// # Errors
    /// The backend's error when it cannot write.
    pub fn save(&self, backend: &dyn Backend) -> Result<(), StoreError> {
        save_json(backend, LOCK_PREFS_KEY, self)
    }
}

impl Prefs {
    /// Read the preferences. Missing or unreadable ones give the defaults: they are
    /// two settings the user can pick again, and the unreadable text stays stored
    /// until the user does.
    pub fn load(backend: &dyn Backend) -> Prefs {
        load_or_default(backend, PREFS_KEY)
    }

    /// Write the preferences.
    ///
    /// # Errors
    /// The backend's error when it cannot write.
    pub fn save(&self, backend: &dyn Backend) -> Result<(), StoreError> {
        save_json(backend, PREFS_KEY, self)
    }
}

/// Settings stored as JSON under `key`; missing or unreadable ones are the
/// defaults, and an unreadable text stays stored until they are saved again.
fn load_or_default<T: serde::de::DeserializeOwned + Default>(
    backend: &dyn Backend,
    key: &str,
) -> T {
    backend
        .get(key)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn save_json<T: Serialize>(backend: &dyn Backend, key: &str, value: &T) -> Result<(), StoreError> {
    let text = serde_json::to_string(value).expect("settings always serialize");
    backend.set(key, &text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryBackend;

    #[test]
    fn prefs_round_trip_through_storage() {
        let store = MemoryBackend::default();
        let prefs = Prefs {
            lang: Some(Lang::Ko),
            theme: Theme::Dark,
        };
        prefs.save(&store).unwrap();
        assert_eq!(Prefs::load(&store), prefs);
        assert_eq!(
            store.get(PREFS_KEY).unwrap().unwrap(),
            r#"{"lang":"ko","theme":"dark"}"#
        );
        assert_eq!(LockPrefs::load(&store), LockPrefs::default());
        let lock = LockPrefs {
            idle: 5,
            hidden: 30,
        };
        lock.save(&store).unwrap();
        assert_eq!(LockPrefs::load(&store), lock);
        assert_eq!(Prefs::load(&store), prefs);
    }

    #[test]
    fn unreadable_prefs_fall_back_to_defaults_and_stay_stored() {
        let store = MemoryBackend::default();
        store.set(PREFS_KEY, "{not json").unwrap();
        assert_eq!(Prefs::load(&store), Prefs::default());
        assert_eq!(store.get(PREFS_KEY).unwrap().as_deref(), Some("{not json"));
    }

    #[test]
    fn a_full_quota_is_reported_not_ignored() {
        let store = MemoryBackend::with_quota(10);
        let prefs = Prefs {
            lang: Some(Lang::En),
            theme: Theme::Light,
        };
        assert_eq!(prefs.save(&store), Err(StoreError::QuotaExceeded));
    }
}
