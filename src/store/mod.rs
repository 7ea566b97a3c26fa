//! Persistence: a small key-value [`Backend`](crate::store::Backend) (localStorage in the browser, memory
//! elsewhere or when storage is blocked) and the user's preferences on top of it.
//! On top of it: the versioned benefits document ([`document`](crate::store::document)) and backups
//! ([`backup`](crate::store::backup)).

pub mod archive;
mod backend;
pub mod backup;
pub mod calendar;
pub mod csv_import;
pub mod document;
mod error;
pub mod folder;
pub mod journal;
pub mod prefs;
pub mod records_csv;
pub mod sheet;
pub mod subscribers;
pub mod table;
pub mod worker_protocol;

#[cfg(target_arch = "wasm32")]
pub use backend::BrowserStorage;
pub use backend::{Backend, MemoryBackend};
pub use error::{BackupError, LoadError, ParseError, StoreError};
pub use prefs::{LOCK_PREFS_KEY, LockPrefs, PREFS_KEY, Prefs, Theme};

/// Every key this app writes starts with this, so it never touches another app's
/// data on the same origin (GitHub Pages puts many projects on one origin).
pub const NAMESPACE: &str = "benefits-desk/";
