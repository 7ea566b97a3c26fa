//! The preferences: language and theme, the vault's lock times, and what the
//! app remembers of keeping the data (the last backup file, its reminder).

use chrono::NaiveDate;
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

/// Where the day the last backup file was saved in this browser is kept
/// (`YYYY-MM-DD`).
pub const SAVED_KEY: &str = "benefits-desk/saved";
/// Where the reminder's number of days is kept (absent: no reminder).
pub const REMIND_KEY: &str = "benefits-desk/remind";
/// Where the day the app first asked the browser to keep its data is kept:
/// it asks by itself once, then only from Settings.
pub const PERSIST_ASKED_KEY: &str = "benefits-desk/persist-asked";

/// The most days a reminder may wait.
pub const REMIND_MAX_DAYS: u32 = 365;

/// The reminder to save a backup file, as the admin chose it. Kept as two
/// plain texts, read on the first visit's dashboard without a parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// Remind when the last backup file is more than this many days old.
    pub days: u32,
    /// The day the last backup file was saved here, if one was.
    pub saved: Option<NaiveDate>,
}

impl Reminder {
    /// The reminder, if the admin chose one (a number of days from 1 to
    /// [`REMIND_MAX_DAYS`]; anything else stored is no reminder).
    pub fn load(backend: &dyn Backend) -> Option<Reminder> {
        let days = backend
            .get(REMIND_KEY)
            .ok()
            .flatten()?
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=REMIND_MAX_DAYS).contains(d))?;
        Some(Reminder {
            days,
            saved: last_saved(backend),
        })
    }

    /// Whether it is due `today`: no backup file saved yet, or the last one
    /// more than `days` days old.
    pub fn due(&self, today: NaiveDate) -> bool {
        self.saved
            .is_none_or(|s| (today - s).num_days() > i64::from(self.days))
    }
}

/// The day the last backup file was saved in this browser.
pub fn last_saved(backend: &dyn Backend) -> Option<NaiveDate> {
    let text = backend.get(SAVED_KEY).ok().flatten()?;
    crate::model::iso::parse(text.trim())
}

/// Remember that a backup file was saved `on` this day.
///
/// # Errors
/// The backend's error when it cannot write.
pub fn record_saved(backend: &dyn Backend, on: NaiveDate) -> Result<(), StoreError> {
    backend.set(SAVED_KEY, &on.to_string())
}

/// Choose the reminder's days, or none (stored as 0).
///
/// # Errors
/// The backend's error when it cannot write.
pub fn set_reminder(backend: &dyn Backend, days: Option<u32>) -> Result<(), StoreError> {
    backend.set(REMIND_KEY, &days.unwrap_or(0).to_string())
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

    #[test]
    fn the_backup_reminder_is_due_when_no_file_was_saved_or_the_last_is_too_old() {
        let store = MemoryBackend::default();
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        assert_eq!(Reminder::load(&store), None, "none until chosen");
        set_reminder(&store, Some(7)).unwrap();
        let r = Reminder::load(&store).unwrap();
        assert_eq!(
            r,
            Reminder {
                days: 7,
                saved: None
            }
        );
        assert!(r.due(day(1)), "no backup file yet");
        record_saved(&store, day(1)).unwrap();
        let r = Reminder::load(&store).unwrap();
        assert!(!r.due(day(8)), "seven days old is not more than seven");
        assert!(r.due(day(9)));
        set_reminder(&store, None).unwrap();
        assert_eq!(Reminder::load(&store), None);
        assert_eq!(last_saved(&store), Some(day(1)), "the day stays known");
        for bad in ["0", "366", "-3", "soon"] {
            store.set(REMIND_KEY, bad).unwrap();
            assert_eq!(Reminder::load(&store), None, "{bad}");
        }
        store.set(SAVED_KEY, "2026-02-30").unwrap();
        assert_eq!(last_saved(&store), None);
    }
}
