use serde::{Deserialize, Serialize};

use super::{Backend, StoreError};
use crate::i18n::Lang;

/// Where the preferences live.
pub const PREFS_KEY: &str = "benefits-desk/prefs";

/// Colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Minutes without use before the key vault locks itself (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_idle: Option<u32>,
    /// Minutes hidden before the key vault locks itself (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_hidden: Option<u32>,
}

impl Prefs {
    /// Read the preferences. Missing or unreadable ones give the defaults: they are
    /// two settings the user can pick again, and the unreadable text stays stored
    /// until the user does.
    pub fn load(backend: &dyn Backend) -> Prefs {
        backend
            .get(PREFS_KEY)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Write the preferences.
    ///
    /// # Errors
    /// The backend's error when it cannot write.
    pub fn save(&self, backend: &dyn Backend) -> Result<(), StoreError> {
        let text = serde_json::to_string(self).expect("prefs always serialize");
        backend.set(PREFS_KEY, &text)
    }
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
            ..Prefs::default()
        };
        prefs.save(&store).unwrap();
        assert_eq!(Prefs::load(&store), prefs);
        assert_eq!(
            store.get(PREFS_KEY).unwrap().unwrap(),
            r#"{"lang":"ko","theme":"dark"}"#
        );
        let vault = Prefs {
            lock_idle: Some(5),
            ..prefs
        };
        vault.save(&store).unwrap();
        assert_eq!(Prefs::load(&store).lock_idle, Some(5));
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
            ..Prefs::default()
        };
        assert_eq!(prefs.save(&store), Err(StoreError::QuotaExceeded));
    }
}
