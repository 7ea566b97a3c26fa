//! Partner Benefits Desk: a Microsoft partner's program benefits, deadlines and
//! irreversible decisions, kept and explained offline in the browser.
//!
//! The house, bottom first: `model`, `rules`, `ledger`, `store`, `i18n`, `ui`;
//! a layer uses only those below it (docs/architecture.md, `tests/house.rs`).

#![warn(missing_docs)]

/// Korean and English messages, language choice and locale-aware date formatting.
pub mod i18n;
/// Browser objects reached without new imports, for code loaded on demand.
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
mod js;
/// Every change an event: apply, replay, union of two ledgers.
pub mod ledger;
/// Plain serde data the user owns, with validation and the schema version.
pub mod model;
/// The benefit rules R1–R28 as pure functions of (data, today).
pub mod rules;
/// The versioned document and preferences in localStorage, with an in-memory fallback.
pub mod store;
/// Helpers the native unit tests share.
#[cfg(test)]
mod testing;
/// The Leptos app: shell, router, pages and guided flows.
#[cfg(feature = "ui")]
pub mod ui;
