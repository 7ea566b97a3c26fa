//! The words for refusals: the rules engine's (a key that cannot be
//! redeemed, a renewal outside its window) and the model's (a change it would
//! not make). Shown only by lazily loaded pages, so their texts are a catalog
//! part of their own (`refusals`, see build.rs), which `pages::with_texts`
//! fetches beside each page's part.

use chrono::NaiveDate;

use super::words::offer_name;
use super::{Lang, Msg, fill, format_date};
use crate::ledger::change::ChangeError;
use crate::rules::keys::Refusal;
use crate::rules::membership::RenewalRefusal;

/// The words for a refusal of the rules engine, with its date or number.
pub fn refusal_text(lang: Lang, r: Refusal) -> String {
    let date = |d: NaiveDate| format_date(lang, d);
    match r {
        Refusal::BenefitExpired { expiry } => {
            fill(lang.t(Msg::RefuseExpired), &[("date", &date(expiry))])
        }
        Refusal::AlreadyRedeemed => lang.t(Msg::RefuseRedeemed).into(),
        Refusal::CustomerTenant => lang.t(Msg::ErrCustomerTenant).into(),
        Refusal::OverThreeYears { max_licenses } => fill(
            lang.t(Msg::RefuseOverThreeYears),
            &[("count", &max_licenses.to_string())],
        ),
        Refusal::SubscriptionEnded { end } => {
            fill(lang.t(Msg::RefuseEnded), &[("date", &date(end))])
        }
        Refusal::NoSubscription | Refusal::NoActiveLicenses => lang.t(Msg::RefuseNoSub).into(),
        Refusal::EmptyKey | Refusal::OutOfRange => lang.t(Msg::RefuseOther).into(),
        Refusal::NoBenefitExpiry => lang.t(Msg::RefuseNoExpiry).into(),
        Refusal::ReplacementAskedBefore { on } => {
            fill(lang.t(Msg::RefuseReplacedBefore), &[("date", &date(on))])
        }
        Refusal::ReplacementTooLate { last_day } => {
            fill(lang.t(Msg::RefuseReplaceLate), &[("date", &date(last_day))])
        }
        Refusal::ReplacementNotRedeemed => lang.t(Msg::RefuseReplaceNotRedeemed).into(),
        Refusal::ReplacementOfReplacement => lang.t(Msg::RefuseReplaceReplacement).into(),
    }
}

/// Why a renewal cannot be recorded on the day given (R4).
pub fn renewal_refusal_text(lang: Lang, r: RenewalRefusal) -> String {
    let (msg, day) = match r {
        RenewalRefusal::BeforeWindow {
            opens,
            action_pack: true,
        } => (Msg::RenewRefuseActionPack, opens),
        RenewalRefusal::BeforeWindow { opens, .. } => (Msg::RenewRefuseEarly, opens),
        RenewalRefusal::AfterWindow { closes } => (Msg::RenewRefuseLate, closes),
        RenewalRefusal::OutOfRange => return lang.t(Msg::RefuseOther).into(),
    };
    fill(lang.t(msg), &[("date", &format_date(lang, day))])
}

/// The words for a change the model refused.
pub fn change_error_text(lang: Lang, e: &ChangeError) -> String {
    match e {
        ChangeError::Refused(r) => refusal_text(lang, *r),
        ChangeError::Gone => lang.t(Msg::WzGone).to_owned(),
        ChangeError::SeatLocked { until } => fill(
            lang.t(Msg::VsUnlocked),
            &[("date", &format_date(lang, *until))],
        ),
        ChangeError::HoldsSeat => lang.t(Msg::VsHoldsSeat).to_owned(),
        ChangeError::OfferConflict(offers) => {
            let names = offers
                .iter()
                .map(|o| lang.t(offer_name(*o)))
                .collect::<Vec<_>>()
                .join(", ");
            fill(lang.t(Msg::CreditRefused), &[("offers", &names)])
        }
        ChangeError::TransferOnly => lang.t(Msg::CreditNoRemove).to_owned(),
        ChangeError::Renewal(r) => renewal_refusal_text(lang, *r),
        ChangeError::ActivatedBeforeAssigned { assigned } => fill(
            lang.t(Msg::VsActivatedBefore),
            &[("date", &format_date(lang, *assigned))],
        ),
        ChangeError::MovesUsed { max } => {
            fill(lang.t(Msg::CreditMovesUsed), &[("max", &max.to_string())])
        }
        ChangeError::HoldsCredit => lang.t(Msg::CreditHoldsOne).to_owned(),
        ChangeError::FreeMail { domain } => {
            fill(lang.t(Msg::CreditFreeMail), &[("domain", domain)])
        }
        ChangeError::TransferYearEnded { ended } => fill(
            lang.t(Msg::CreditYearEnded),
            &[("date", &format_date(lang, *ended))],
        ),
        ChangeError::OnBillingProfile => lang.t(Msg::CreditOnProfile).to_owned(),
        ChangeError::BulkUntilRenewal { ended } => fill(
            lang.t(Msg::CreditUntilRenewal),
            &[("date", &format_date(lang, *ended))],
        ),
        ChangeError::BeforeLastChange { on } => fill(
            lang.t(Msg::ErrBeforeLastChange),
            &[("date", &format_date(lang, *on))],
        ),
        ChangeError::OfferEnded { end } => fill(
            lang.t(Msg::ErrOfferEnded),
            &[("date", &format_date(lang, *end))],
        ),
        ChangeError::RedeemedLicenses => lang.t(Msg::ErrRedeemedLicenses).to_owned(),
        ChangeError::UserHoldsCredit => lang.t(Msg::ErrUserHoldsCredit).to_owned(),
        ChangeError::Retired => lang.t(Msg::ErrRetiredRenewal).to_owned(),
        ChangeError::Taken { count } => {
            fill(lang.t(Msg::ErrTaken), &[("count", &count.to_string())])
        }
        ChangeError::NewerVersion => lang.t(Msg::ErrNewerVersion).to_owned(),
        ChangeError::Duplicate => lang.t(Msg::ErrDuplicate).to_owned(),
        ChangeError::Clash => lang.t(Msg::ErrClash).to_owned(),
    }
}
