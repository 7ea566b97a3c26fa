//! Every change a page makes to the data, each one plain function on a
//! [`Dataset`], in a file per area: the pages call one function per change
//! (as an event of the ledger, [`apply`](crate::ledger::apply)), and each is
//! tested here without a browser. This sits above the rules it asks and
//! below the store: the plain types it changes are in [`crate::model`].
//!
//! A change that can be refused checks everything first and changes nothing
//! when it returns an error; the UI then shows the error and saves nothing.
//! Redemption is the one change that asks the rules engine (R1, R7–R10): the
//! wizard and the Keys page both record a redemption through
//! [`record_redemption`], as of the day it happened.

use chrono::NaiveDate;

use crate::model::{
    AzureCredit, AzureOffer, Competency, ContractYear, CreditKind, CreditTransfer, Dataset,
    KeylessBenefit, KeylessRedemption, Membership, Offer, ProductKey, Redemption, RedemptionMode,
    RenewalRecord, Replacement, Subscription, SubscriptionChange, SupportContract, TenantOwner,
    User, UserSource, VsAssignment, VsLevel, VsPastAssignment, VsSeat,
};
use crate::rules::RuleId;
use crate::rules::azure::{
    MONTHLY_MOVES, Release, can_assign, enrollment_year_end, free_mail_domain, release,
};
use crate::rules::keys::{
    KeyFacts, Outcome, RedemptionOption, Refusal, SubscriptionFacts, check_replacement,
    redemption_options,
};
use crate::rules::membership::{RenewalRefusal, check_renewal, new_anniversary};
use crate::rules::readings::{Question, Readings};
use crate::rules::support::current_contract_year;
use crate::rules::visual_studio::seat_reassignable_from;

/// Why a change was not made. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeError {
    /// The record is no longer there (removed meanwhile, perhaps in another tab).
    Gone,
    /// The rules refuse this redemption.
    Refused(Refusal),
    /// The seat's holder cannot change before this day (R13).
    SeatLocked {
        /// The first day it can.
        until: NaiveDate,
    },
    /// The user holds a Visual Studio seat; free it first.
    HoldsSeat,
    /// Bulk credit does not combine with these offers of the user (R11).
    OfferConflict(Vec<AzureOffer>),
    /// Bulk credit is never taken back, only transferred (R11).
    TransferOnly,
    /// A renewal outside the renewal window (R4).
    Renewal(RenewalRefusal),
    /// A seat cannot have been activated before it was assigned (on this day).
    ActivatedBeforeAssigned {
        /// The day it was assigned.
        assigned: NaiveDate,
    },
    /// A monthly credit moves at most this often (R21).
    MovesUsed {
        /// The most moves.
        max: u32,
    },
    /// The person already holds another credit; one at a time (R21).
    HoldsCredit,
    /// Free-mail addresses cannot receive credit (R21; a heuristic list).
    FreeMail {
        /// The address's domain.
        domain: &'static str,
    },
    /// In the keyless flow credit sits on a billing profile, not with a
    /// person (R20).
    OnBillingProfile,
    /// Bulk credit does not move before the next renewal; its enrollment year
    /// ends on this day (R21's reading).
    BulkUntilRenewal {
        /// The last day of the enrollment year it was given in.
        ended: NaiveDate,
    },
    /// Bulk credit moves only within the enrollment year it was given in,
    /// which ended on this day (R11's reading).
    TransferYearEnded {
        /// The last day of that enrollment year.
        ended: NaiveDate,
    },
    /// The record changed later than the day given (on this day): a change
    /// dated before it would contradict what followed. Record changes in the
    /// order they happened.
    BeforeLastChange {
        /// The day of the latest change.
        on: NaiveDate,
    },
    /// A benefit without a key ends with the offer (R19), which ended on this
    /// day: redeemed later it would end before it began. Record the renewal
    /// first.
    OfferEnded {
        /// The offer's last day.
        end: NaiveDate,
    },
    /// A redeemed key's licenses are in its subscription; they cannot be
    /// changed afterwards (R9: no splitting).
    RedeemedLicenses,
    /// The user holds an Azure credit; take it back or move it first.
    UserHoldsCredit,
    /// A retired offer past the 2025-01-21 cut-off renews only as a move to a
    /// benefits package (R25).
    Retired,
    /// Records taken over as they stood whose ids other records here already
    /// hold: those are kept and the newcomers left out (the rest was added).
    Taken {
        /// How many records were left out.
        count: usize,
    },
    /// An event of a kind a newer version of the app wrote.
    NewerVersion,
    /// Another record already has this value (a user's email, a key's text):
    /// two browsers recorded the same thing, merged.
    Duplicate,
    /// Another version of this change, with the same id and different
    /// contents, is in force (a merge keeps both; undo one).
    Clash,
}

impl ChangeError {
    /// The rule behind the refusal, if a rule refuses it.
    pub fn rule(&self) -> Option<RuleId> {
        match self {
            ChangeError::Refused(r) => Some(r.rule()),
            ChangeError::SeatLocked { .. } => Some(RuleId::R13),
            ChangeError::OfferConflict(_)
            | ChangeError::TransferOnly
            | ChangeError::TransferYearEnded { .. } => Some(RuleId::R11),
            ChangeError::Renewal(_) => Some(RuleId::R4),
            ChangeError::OnBillingProfile => Some(RuleId::R20),
            ChangeError::MovesUsed { .. }
            | ChangeError::BulkUntilRenewal { .. }
            | ChangeError::HoldsCredit
            | ChangeError::FreeMail { .. } => Some(RuleId::R21),
            ChangeError::Gone
            | ChangeError::HoldsSeat
            | ChangeError::UserHoldsCredit
            | ChangeError::BeforeLastChange { .. }
            | ChangeError::Taken { .. }
            | ChangeError::NewerVersion
            | ChangeError::Duplicate
            | ChangeError::Clash => None,
            ChangeError::ActivatedBeforeAssigned { .. } => Some(RuleId::R12),
            ChangeError::OfferEnded { .. } => Some(RuleId::R19),
            ChangeError::RedeemedLicenses => Some(RuleId::R9),
            ChangeError::Retired => Some(RuleId::R25),
        }
    }
}

impl std::fmt::Display for ChangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChangeError::Gone => f.write_str("the record is no longer there"),
            ChangeError::Refused(r) => write!(f, "refused by {}: {r:?}", r.rule().as_str()),
            ChangeError::SeatLocked { until } => write!(f, "seat locked until {until}"),
            ChangeError::HoldsSeat => f.write_str("the user holds a seat"),
            ChangeError::OfferConflict(o) => write!(f, "bulk credit clashes with {o:?}"),
            ChangeError::Renewal(r) => write!(f, "refused by R4: {r:?}"),
            ChangeError::ActivatedBeforeAssigned { assigned } => {
                write!(f, "activated before it was assigned on {assigned}")
            }
            ChangeError::MovesUsed { max } => write!(f, "moved {max} times already"),
            ChangeError::HoldsCredit => f.write_str("the user holds another credit"),
            ChangeError::FreeMail { domain } => write!(f, "free-mail address at {domain}"),
            ChangeError::TransferYearEnded { ended } => {
                write!(f, "the enrollment year ended on {ended}")
            }
            ChangeError::OnBillingProfile => {
                f.write_str("keyless credit sits on a billing profile")
            }
            ChangeError::BulkUntilRenewal { ended } => {
                write!(f, "bulk credit stays until the year ends on {ended}")
            }
            ChangeError::TransferOnly => f.write_str("bulk credit is only transferred"),
            ChangeError::BeforeLastChange { on } => write!(f, "the record changed later, on {on}"),
            ChangeError::OfferEnded { end } => write!(f, "the offer ended on {end}"),
            ChangeError::RedeemedLicenses => f.write_str("a redeemed key's licenses are fixed"),
            ChangeError::UserHoldsCredit => f.write_str("the user holds a credit"),
            ChangeError::Retired => f.write_str("a retired offer renews only as a package"),
            ChangeError::Taken { count } => write!(f, "{count} records' ids were taken"),
            ChangeError::NewerVersion => f.write_str("written by a newer version"),
            ChangeError::Duplicate => f.write_str("another record has this value"),
            ChangeError::Clash => f.write_str("another version of this event is in force"),
        }
    }
}

impl std::error::Error for ChangeError {}

/// The next free id after `ids` (1 for an empty list).
use crate::model::ids::next_id;

pub use crate::model::fields::{
    KeyFields, MembershipFields, PortalHolder, PortalSeat, RedemptionRequest, SeatPortal,
    SupportFields, Target,
};

mod azure;
mod keyless;
mod keys;
mod membership;
mod redemption;
mod replacement;
mod seats;
mod support;

pub use azure::*;
pub use keyless::*;
pub use keys::*;
pub use membership::*;
pub use redemption::*;
pub use replacement::*;
pub use seats::*;
pub use support::*;

#[cfg(test)]
mod tests;
