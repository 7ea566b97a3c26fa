//! The benefit rules of `../shared/RULES.md` as pure functions.
//!
//! Everything here is `(data, today) -> answer`: no clock, no storage, no DOM, and
//! nothing but chrono and serde. Every answer carries the [`RuleId`](crate::rules::RuleId) that produced
//! it and the facts it used ([`Why`](crate::rules::Why)), so the UI can explain any date in either
//! language without this module knowing a word of either.
//!
//! Dates are calendar dates; "12 months" is chrono's `checked_add_months`, which
//! clamps to the end of a shorter month (29 Feb + 12 months = 28 Feb).

pub mod agenda;
pub mod azure;
pub mod dates;
pub mod keys;
pub mod membership;
pub mod program;
/// The readings chosen where sources disagree: plain values the data
/// keeps, so they live in `model`; named here as the rules name them.
pub use crate::model::readings;
pub mod steps;
pub mod support;
pub mod terms;
pub mod visual_studio;
mod why;

pub use dates::DateError;
pub use why::{Explained, Fact, FactName, FactValue, RuleId, Why};
