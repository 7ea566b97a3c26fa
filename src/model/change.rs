//! Every change a page makes to the data, each one plain function on a
//! [`Dataset`]: the pages call one function per change, and each is tested
//! here without a browser.
//!
//! A change that can be refused checks everything first and changes nothing
//! when it returns an error; the UI then shows the error and saves nothing.
//! Redemption is the one change that asks the rules engine (R1, R7–R10): the
//! wizard and the Keys page both record a redemption through
//! [`record_redemption`], as of the day it happened.

use chrono::NaiveDate;

use super::{
    AzureCredit, AzureOffer, Competency, ContractYear, CreditKind, CreditTransfer, Dataset,
    KeylessBenefit, KeylessRedemption, Membership, Offer, ProductKey, Redemption, RedemptionFlow,
    RedemptionMode, RenewalRecord, Replacement, Subscription, SubscriptionChange, SupportContract,
    TenantOwner, User, UserSource, VsAssignment, VsLevel, VsPastAssignment, VsSeat,
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
            | ChangeError::Duplicate => None,
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
        }
    }
}

impl std::error::Error for ChangeError {}

/// The next free id after `ids` (1 for an empty list).
use super::ids::next_id;

// ---- Benefits without keys (R17–R19) ----------------------------------------

/// Add a benefit to redeem without a key; returns its id.
pub fn add_benefit(d: &mut Dataset, product: String, quantity: u32) -> u64 {
    let id = next_id(d.benefits.iter().map(|x| x.id));
    d.benefits.push(KeylessBenefit {
        id,
        product,
        quantity,
        redeemed: None,
    });
    id
}

/// Remove a benefit without a key.
///
/// # Errors
/// [`ChangeError::Gone`].
pub fn remove_benefit(d: &mut Dataset, id: u64) -> Result<(), ChangeError> {
    let at = d
        .benefits
        .iter()
        .position(|b| b.id == id)
        .ok_or(ChangeError::Gone)?;
    d.benefits.remove(at);
    Ok(())
}

/// Record that benefit `id` was redeemed without a key on `on` into `tenant`
/// (R17, R18); it then ends with the offer (R19).
///
/// # Errors
/// [`ChangeError::Gone`]; [`Refusal::AlreadyRedeemed`]; [`Refusal::BenefitExpired`]
/// when `on` is after the benefit expiry date (R1); [`ChangeError::OfferEnded`]
/// when it is after the end of the membership term it falls in (R19: it
/// would end before it began).
pub fn record_keyless(
    d: &mut Dataset,
    id: u64,
    on: NaiveDate,
    tenant: String,
) -> Result<(), ChangeError> {
    let m = d.membership.as_ref();
    let expiry = m.and_then(|m| m.benefit_expiry);
    // R19: it ends with the term its redemption day falls in, fixed today.
    let ends = m.and_then(|m| crate::rules::program::term_end_on(m, on));
    let b = d
        .benefits
        .iter_mut()
        .find(|b| b.id == id)
        .ok_or(ChangeError::Gone)?;
    if b.redeemed.is_some() {
        return Err(ChangeError::Refused(Refusal::AlreadyRedeemed));
    }
    if let Some(expiry) = expiry.filter(|e| on > *e) {
        return Err(ChangeError::Refused(Refusal::BenefitExpired { expiry }));
    }
    if let Some(end) = ends.filter(|e| on > *e) {
        return Err(ChangeError::OfferEnded { end });
    }
    b.redeemed = Some(KeylessRedemption { on, tenant, ends });
    Ok(())
}

// ---- Product keys -----------------------------------------------------------

/// A key's fields as a form checks them ([`KeyDraft`](super::form::KeyDraft)).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KeyFields {
    /// Product name, trimmed.
    pub product: String,
    /// The key text, normalized (blank: not recorded).
    pub key: String,
    /// Licenses.
    pub licenses: u32,
    /// Day received.
    #[serde(default, with = "crate::model::iso::opt")]
    pub received: Option<NaiveDate>,
}

/// Add a key; returns its id.
pub fn add_key(d: &mut Dataset, k: KeyFields) -> u64 {
    let id = next_id(d.keys.iter().map(|x| x.id));
    d.keys.push(ProductKey {
        id,
        product: k.product,
        key: k.key,
        licenses: k.licenses,
        redemption: None,
        replaced: false,
        received: k.received,
        replacement: None,
        replaces: None,
        sealed: None,
    });
    id
}

/// Seal a key's text in the vault: `sealed` replaces whatever text it had. The
/// UI adds or edits a key with a blank text and seals it in the same change, so
/// the readable text is never stored.
///
/// # Errors
/// [`ChangeError::Gone`].
pub fn seal_key(
    d: &mut Dataset,
    id: u64,
    sealed: super::vault::SealedKey,
) -> Result<(), ChangeError> {
    let x = d
        .keys
        .iter_mut()
        .find(|x| x.id == id)
        .ok_or(ChangeError::Gone)?;
    x.key.clear();
    x.sealed = Some(sealed);
    Ok(())
}

/// Change a key's fields (its redemption stays).
///
/// # Errors
/// [`ChangeError::Gone`]; [`ChangeError::RedeemedLicenses`] for a new number
/// of licenses on a redeemed key.
pub fn edit_key(d: &mut Dataset, id: u64, k: KeyFields) -> Result<(), ChangeError> {
    let x = d
        .keys
        .iter_mut()
        .find(|x| x.id == id)
        .ok_or(ChangeError::Gone)?;
    // R9: once redeemed, its licenses are in the subscription as they were.
    if x.redemption.is_some() && x.licenses != k.licenses {
        return Err(ChangeError::RedeemedLicenses);
    }
    x.product = k.product;
    // A blank text keeps a sealed one: its text is not in the form.
    if !k.key.is_empty() || x.sealed.is_none() {
        x.key = k.key;
        x.sealed = None;
    }
    x.licenses = k.licenses;
    x.received = k.received;
    Ok(())
}

/// Delete a key; a replacement link to it goes with it (the request stays).
pub fn delete_key(d: &mut Dataset, id: u64) {
    d.keys.retain(|x| x.id != id);
    for k in &mut d.keys {
        if k.replaces == Some(id) {
            k.replaces = None;
        }
        if let Some(r) = &mut k.replacement
            && r.by == Some(id)
        {
            r.by = None;
        }
    }
}

// ---- Replacement (R9) -------------------------------------------------------

/// Keys that can be recorded as the replacement of `key`: any other key that
/// neither replaces one already, nor was replaced itself, nor is linked to
/// another key as its replacement.
pub fn replacement_candidates(d: &Dataset, key: u64) -> Vec<&ProductKey> {
    d.keys
        .iter()
        .filter(|k| k.id != key && k.replaces.is_none() && k.replacement.is_none() && !k.replaced)
        .collect()
}

/// R9: record that a replacement was asked for `key` on `on` (once, within 30
/// days after it was activated), and, when Microsoft has given it, the key
/// `by` that replaces it. The original counts as replaced from then on.
///
/// # Errors
/// [`ChangeError::Refused`] with R9's refusal (asked before, too late, not
/// redeemed); [`ChangeError::Gone`] when either key is not there or `by`
/// cannot be a replacement.
pub fn ask_replacement(
    d: &mut Dataset,
    key: u64,
    on: NaiveDate,
    by: Option<u64>,
) -> Result<(), ChangeError> {
    let k = d
        .keys
        .iter()
        .find(|k| k.id == key)
        .ok_or(ChangeError::Gone)?;
    if k.replaces.is_some() {
        return Err(ChangeError::Refused(Refusal::ReplacementOfReplacement));
    }
    let asked = k.replacement.map(|r| r.asked_on);
    check_replacement(k.redemption.as_ref().map(|r| r.on), asked, on)
        .map_err(ChangeError::Refused)?;
    if let Some(by) = by {
        check_candidate(d, key, by)?;
    }
    let k = d
        .keys
        .iter_mut()
        .find(|k| k.id == key)
        .ok_or(ChangeError::Gone)?;
    k.replaced = true;
    k.replacement = Some(Replacement { asked_on: on, by });
    let (licenses, redemption) = (k.licenses, k.redemption.clone());
    if let Some(r) = redemption {
        withdraw(d, key, licenses, &r, on);
    }
    if let Some(by) = by {
        link(d, key, by);
    }
    Ok(())
}

/// R9: a replaced key's licenses leave its subscription (the replacement's
/// come in when it is redeemed), so none are counted twice. When the key's
/// change is still the subscription's latest, the subscription goes back to
/// what it was before it; otherwise the licenses it added come out on `on`,
/// kept in the history.
fn withdraw(d: &mut Dataset, key: u64, licenses: u32, r: &Redemption, on: NaiveDate) {
    let Some(s) = r
        .subscription
        .and_then(|id| d.subscriptions.iter_mut().find(|s| s.id == id))
    else {
        return;
    };
    if s.history.last().is_some_and(|h| h.key == Some(key)) {
        let before = s.history.pop().expect("checked above");
        s.licenses = before.licenses;
        s.end = before.end;
        return;
    }
    // An extension (R8) adds time, not licenses; a new subscription or added
    // licenses (R7) come out.
    if r.mode != RedemptionMode::Extend {
        s.history.push(SubscriptionChange {
            on,
            licenses: s.licenses,
            end: s.end,
            key: Some(key),
        });
        s.licenses = s.licenses.saturating_sub(licenses);
    }
}

/// Record the key `by` that Microsoft gave for `key`, whose replacement was
/// asked before.
///
/// # Errors
/// [`ChangeError::Gone`] when either key is not there, no replacement was
/// asked, or `by` cannot be a replacement.
pub fn link_replacement(d: &mut Dataset, key: u64, by: u64) -> Result<(), ChangeError> {
    let asked = d
        .keys
        .iter()
        .find(|k| k.id == key)
        .and_then(|k| k.replacement)
        .ok_or(ChangeError::Gone)?;
    if asked.by.is_some() {
        return Err(ChangeError::Gone);
    }
    check_candidate(d, key, by)?;
    link(d, key, by);
    Ok(())
}

fn check_candidate(d: &Dataset, key: u64, by: u64) -> Result<(), ChangeError> {
    replacement_candidates(d, key)
        .iter()
        .any(|k| k.id == by)
        .then_some(())
        .ok_or(ChangeError::Gone)
}

fn link(d: &mut Dataset, key: u64, by: u64) {
    for k in &mut d.keys {
        if k.id == by {
            k.replaces = Some(key);
        }
        if k.id == key
            && let Some(r) = &mut k.replacement
        {
            r.by = Some(by);
        }
    }
}

// ---- Redemption -------------------------------------------------------------

/// Where a key goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Target {
    /// A new subscription (or none chosen).
    New,
    /// A subscription recorded here.
    Existing(u64),
    /// A subscription not recorded here, described by hand; it is recorded with
    /// the redemption.
    Other {
        /// Its active licenses.
        licenses: u32,
        /// Its end date.
        #[serde(with = "crate::model::iso::serde")]
        end: NaiveDate,
    },
}

/// A redemption to record: which key, when, where and how.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RedemptionRequest {
    /// The key's id.
    pub key: u64,
    /// The day it was (or is) redeemed.
    #[serde(with = "crate::model::iso::serde")]
    pub on: NaiveDate,
    /// Whose tenant.
    pub owner: TenantOwner,
    /// The tenant's name.
    pub tenant: String,
    /// The subscription it goes to.
    pub target: Target,
    /// New, add or extend.
    pub mode: RedemptionMode,
}

/// A key, the subscription it would go to, and every way to redeem it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedemptionPlan {
    /// The key.
    pub key: ProductKey,
    /// The subscription (for [`Target::Other`], the one described, id 0).
    pub subscription: Option<Subscription>,
    /// New, add and extend, each allowed or refused, as of the day asked.
    pub options: Vec<RedemptionOption>,
}

/// Every way to redeem key `key` onto `target` in a tenant of `owner`, as of
/// day `on`; `None` when the key or the subscription is no longer there.
///
/// With no benefit expiry date recorded every way is refused: R1 cannot be
/// checked, and the app assumes no date.
pub fn plan_redemption(
    d: &Dataset,
    key: u64,
    target: Target,
    owner: TenantOwner,
    tenant: &str,
    on: NaiveDate,
) -> Option<RedemptionPlan> {
    let key = d.keys.iter().find(|k| k.id == key)?.clone();
    let subscription = match target {
        Target::Existing(id) => Some(d.subscriptions.iter().find(|s| s.id == id)?.clone()),
        Target::Other { licenses, end } => Some(Subscription {
            id: 0,
            product: key.product.clone(),
            licenses,
            end,
            tenant: tenant.to_owned(),
            history: vec![],
        }),
        Target::New => None,
    };
    let expiry = d.membership.as_ref().and_then(|m| m.benefit_expiry);
    let facts = KeyFacts {
        licenses: key.licenses,
        benefit_expiry: expiry,
        redeemed: key.redemption.is_some() || key.replaced,
    };
    let sub_facts = subscription.as_ref().map(|s| SubscriptionFacts {
        licenses: s.licenses,
        end: s.end,
    });
    let options = redemption_options(&facts, sub_facts, owner, on);
    Some(RedemptionPlan {
        key,
        subscription,
        options,
    })
}

/// What recording `req` would give, or why the rules refuse it.
///
/// # Errors
/// [`ChangeError::Gone`], or [`ChangeError::Refused`] with the rule's reason.
pub fn check_redemption(d: &Dataset, req: &RedemptionRequest) -> Result<Outcome, ChangeError> {
    let plan = plan_redemption(d, req.key, req.target, req.owner, &req.tenant, req.on)
        .ok_or(ChangeError::Gone)?;
    let option = plan
        .options
        .into_iter()
        .find(|o| o.mode == req.mode)
        .ok_or(ChangeError::Gone)?;
    option.result.map(|e| e.value).map_err(ChangeError::Refused)
}

/// Record a redemption, exactly as the rules give it on its day: the key is
/// marked redeemed, and the subscription gets its new licenses and end date with
/// the old ones in its history (a new or described subscription is recorded).
/// Returns the subscription's id.
///
/// # Errors
/// As [`check_redemption`]; nothing is changed then.
pub fn record_redemption(d: &mut Dataset, req: &RedemptionRequest) -> Result<u64, ChangeError> {
    // R7/R8 apply to the subscription as it stood on the day: a redemption
    // dated before a later change to it cannot be applied to today's state.
    if let Target::Existing(id) = req.target
        && let Some(last) = d
            .subscriptions
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.history.iter().map(|h| h.on).max())
            .filter(|last| *last > req.on)
    {
        return Err(ChangeError::BeforeLastChange { on: last });
    }
    let outcome = check_redemption(d, req)?;
    let product = d
        .keys
        .iter()
        .find(|k| k.id == req.key)
        .map(|k| k.product.clone())
        .ok_or(ChangeError::Gone)?;
    let before = |licenses, end| SubscriptionChange {
        on: req.on,
        licenses,
        end,
        key: Some(req.key),
    };
    let sub_id = match req.target {
        Target::Existing(id) => {
            let s = d
                .subscriptions
                .iter_mut()
                .find(|s| s.id == id)
                .ok_or(ChangeError::Gone)?;
            s.history.push(before(s.licenses, s.end));
            s.licenses = outcome.licenses;
            s.end = outcome.end;
            id
        }
        other => {
            let id = next_id(d.subscriptions.iter().map(|s| s.id));
            let history = match other {
                Target::Other { licenses, end } => vec![before(licenses, end)],
                _ => vec![],
            };
            d.subscriptions.push(Subscription {
                id,
                product,
                licenses: outcome.licenses,
                end: outcome.end,
                tenant: req.tenant.clone(),
                history,
            });
            id
        }
    };
    if let Some(k) = d.keys.iter_mut().find(|k| k.id == req.key) {
        k.redemption = Some(Redemption {
            on: req.on,
            owner: req.owner,
            subscription: Some(sub_id),
            mode: req.mode,
            tenant: req.tenant.clone(),
            // R2/R7/R8: fixed as of the redemption day.
            ends: Some(outcome.end),
        });
    }
    Ok(sub_id)
}

// ---- Users and Visual Studio seats ----------------------------------------

/// Add a user typed in by hand (a checked [`UserDraft`](super::form::UserDraft));
/// returns the id.
pub fn add_user(d: &mut Dataset, mut user: User) -> u64 {
    user.id = next_id(d.users.iter().map(|u| u.id));
    let id = user.id;
    d.users.push(user);
    id
}

/// Add users from an import, all with the same source; ids follow the highest.
pub fn import_users(d: &mut Dataset, users: Vec<(String, String)>, source: UserSource) {
    for (name, email) in users {
        let id = next_id(d.users.iter().map(|u| u.id));
        d.users.push(User {
            id,
            name,
            email,
            offers: vec![],
            source,
        });
    }
}

/// Remove a user who holds no seat and no credit.
///
/// # Errors
/// [`ChangeError::HoldsSeat`]; [`ChangeError::UserHoldsCredit`].
pub fn remove_user(d: &mut Dataset, id: u64) -> Result<(), ChangeError> {
    if holds_seat(d, id) {
        return Err(ChangeError::HoldsSeat);
    }
    if d.credits.iter().any(|c| c.assignee == Some(id)) {
        return Err(ChangeError::UserHoldsCredit);
    }
    d.users.retain(|u| u.id != id);
    Ok(())
}

/// Whether user `id` holds a Visual Studio seat.
pub fn holds_seat(d: &Dataset, id: u64) -> bool {
    d.vs_seats
        .iter()
        .any(|s| s.assignment.as_ref().is_some_and(|a| a.user == id))
}

/// Add `n` free seats of `level`.
pub fn add_seats(d: &mut Dataset, level: VsLevel, n: usize) {
    for _ in 0..n {
        let id = next_id(d.vs_seats.iter().map(|s| s.id));
        d.vs_seats.push(VsSeat {
            id,
            level,
            assignment: None,
            history: vec![],
        });
    }
}

/// Refuse a change of holder before the 90 days have passed (R13, R27), or
/// dated before the seat's latest change (two holders at once).
fn unlocked(seat: &VsSeat, on: NaiveDate) -> Result<(), ChangeError> {
    let last = seat
        .assignment
        .as_ref()
        .map(|a| a.assigned_on)
        .into_iter()
        .chain(seat.history.iter().map(|h| h.to))
        .max();
    if let Some(last) = last.filter(|l| on < *l) {
        return Err(ChangeError::BeforeLastChange { on: last });
    }
    match &seat.assignment {
        Some(a) => match seat_reassignable_from(a) {
            Ok(from) if on < from.value => Err(ChangeError::SeatLocked { until: from.value }),
            _ => Ok(()),
        },
        None => Ok(()),
    }
}

/// Record the day the holder of seat `seat` activated it (not before it was
/// assigned; the form keeps it from being later than today).
///
/// # Errors
/// [`ChangeError::Gone`] for a free or missing seat;
/// [`ChangeError::ActivatedBeforeAssigned`] for a day before the assignment.
pub fn set_seat_activation(d: &mut Dataset, seat: u64, on: NaiveDate) -> Result<(), ChangeError> {
    let a = d
        .vs_seats
        .iter_mut()
        .find(|s| s.id == seat)
        .and_then(|s| s.assignment.as_mut())
        .ok_or(ChangeError::Gone)?;
    if on < a.assigned_on {
        return Err(ChangeError::ActivatedBeforeAssigned {
            assigned: a.assigned_on,
        });
    }
    a.activated_on = Some(on);
    Ok(())
}

/// Give seat `seat` to `user` on day `on`; an earlier holder moves to the
/// seat's history (R12, R13).
///
/// # Errors
/// [`ChangeError::Gone`]; [`ChangeError::SeatLocked`] within 90 days of the
/// current holder's assignment.
pub fn assign_seat(
    d: &mut Dataset,
    seat: u64,
    user: u64,
    on: NaiveDate,
) -> Result<(), ChangeError> {
    if !d.users.iter().any(|u| u.id == user) {
        return Err(ChangeError::Gone);
    }
    let s = d
        .vs_seats
        .iter_mut()
        .find(|s| s.id == seat)
        .ok_or(ChangeError::Gone)?;
    unlocked(s, on)?;
    if let Some(old) = s.assignment.take() {
        s.history.push(VsPastAssignment {
            user: old.user,
            from: old.assigned_on,
            to: on,
        });
    }
    s.assignment = Some(VsAssignment {
        user,
        assigned_on: on,
        activated_on: None,
    });
    Ok(())
}

/// Take seat `seat` back on day `on`; its holder moves to the history.
///
/// # Errors
/// [`ChangeError::Gone`]; [`ChangeError::SeatLocked`] within 90 days (R13).
pub fn release_seat(d: &mut Dataset, seat: u64, on: NaiveDate) -> Result<(), ChangeError> {
    let s = d
        .vs_seats
        .iter_mut()
        .find(|s| s.id == seat)
        .ok_or(ChangeError::Gone)?;
    unlocked(s, on)?;
    if let Some(old) = s.assignment.take() {
        s.history.push(VsPastAssignment {
            user: old.user,
            from: old.assigned_on,
            to: on,
        });
    }
    Ok(())
}

/// Remove a seat.
pub fn remove_seat(d: &mut Dataset, seat: u64) {
    d.vs_seats.retain(|s| s.id != seat);
}

// ---- Azure credits ---------------------------------------------------------

/// Add a credit offer (a checked [`CreditDraft`](super::form::CreditDraft));
/// returns its id.
pub fn add_credit(d: &mut Dataset, mut credit: AzureCredit) -> u64 {
    credit.id = next_id(d.credits.iter().map(|c| c.id));
    let id = credit.id;
    d.credits.push(credit);
    id
}

/// Record which other Azure offers user `user` has (R11 asks before credit).
///
/// # Errors
/// [`ChangeError::Gone`].
pub fn set_offers(d: &mut Dataset, user: u64, offers: Vec<AzureOffer>) -> Result<(), ChangeError> {
    let u = d
        .users
        .iter_mut()
        .find(|u| u.id == user)
        .ok_or(ChangeError::Gone)?;
    u.offers = offers;
    Ok(())
}

/// Give credit `credit` to `user` on day `on`; bulk credit someone holds is
/// transferred, and the transfer kept (R11).
///
/// # Errors
/// [`ChangeError::Gone`]; [`ChangeError::OfferConflict`] when bulk credit meets
/// the user's other offers.
pub fn give_credit(
    d: &mut Dataset,
    credit: u64,
    user: u64,
    on: NaiveDate,
) -> Result<(), ChangeError> {
    // R20: keyless, credit goes to a billing profile, never to a person.
    if d.keyless() {
        return Err(ChangeError::OnBillingProfile);
    }
    let (offers, email) = d
        .users
        .iter()
        .find(|u| u.id == user)
        .map(|u| (u.offers.clone(), u.email.clone()))
        .ok_or(ChangeError::Gone)?;
    // R21: one active credit per person; no free-mail address.
    if d.credits
        .iter()
        .any(|c| c.id != credit && c.assignee == Some(user))
    {
        return Err(ChangeError::HoldsCredit);
    }
    if let Some(domain) = free_mail_domain(&email) {
        return Err(ChangeError::FreeMail { domain });
    }
    let c = d
        .credits
        .iter_mut()
        .find(|c| c.id == credit)
        .ok_or(ChangeError::Gone)?;
    // Given (or taken back) later than `on`: two holders at once otherwise.
    if let Some(last) = c.given_on.filter(|g| on < *g) {
        return Err(ChangeError::BeforeLastChange { on: last });
    }
    can_assign(c.kind, &offers).map_err(|e| ChangeError::OfferConflict(e.offers))?;
    // R21: a monthly credit changes holder at most 5 times. Every change of
    // holder counts, through a "take back" too: a credit that had a holder
    // before (held now, or given and taken back) moves when given again.
    let moves = c.assignee.is_some() || c.given_on.is_some();
    if c.kind == CreditKind::Monthly && moves && c.reassigned >= MONTHLY_MOVES {
        return Err(ChangeError::MovesUsed { max: MONTHLY_MOVES });
    }
    // Bulk credit held by someone: R11 moves it only within the enrollment
    // year it was given in, R21 (the default reading) only after it.
    if let (Some(_), CreditKind::Bulk, Some(given), Some(anniversary)) = (
        c.assignee,
        c.kind,
        c.given_on,
        d.membership.as_ref().and_then(|m| m.anniversary),
    ) && let Some(end) = enrollment_year_end(given, anniversary)
    {
        match d.readings.get(Question::BulkMove) {
            RuleId::R11 if on > end => return Err(ChangeError::TransferYearEnded { ended: end }),
            RuleId::R21 if on <= end => return Err(ChangeError::BulkUntilRenewal { ended: end }),
            _ => {}
        }
    }
    if let (Some(from), CreditKind::Bulk) = (c.assignee, c.kind) {
        c.transfers.push(CreditTransfer { on, from, to: user });
    }
    if moves {
        c.reassigned += 1;
    }
    c.assignee = Some(user);
    c.given_on = Some(on);
    Ok(())
}

/// Record where credit `credit` sits and when it was provisioned: the
/// billing profile (keyless flow, R20) and the provisioning day (R21: a
/// monthly credit is usable 13 months from it), as a form checked them.
///
/// # Errors
/// [`ChangeError::Gone`].
pub fn set_credit_profile(
    d: &mut Dataset,
    credit: u64,
    billing_profile: String,
    provisioned: Option<NaiveDate>,
) -> Result<(), ChangeError> {
    let c = d
        .credits
        .iter_mut()
        .find(|c| c.id == credit)
        .ok_or(ChangeError::Gone)?;
    c.billing_profile = billing_profile;
    c.provisioned = provisioned;
    Ok(())
}

/// Take monthly credit back from its user. Its last holder's day stays, so
/// giving it again counts as a move (R21).
///
/// # Errors
/// [`ChangeError::Gone`]; [`ChangeError::TransferOnly`] for bulk credit (R11).
pub fn take_back_credit(d: &mut Dataset, credit: u64) -> Result<(), ChangeError> {
    let c = d
        .credits
        .iter_mut()
        .find(|c| c.id == credit)
        .ok_or(ChangeError::Gone)?;
    if release(c.kind) == Release::TransferOnly {
        return Err(ChangeError::TransferOnly);
    }
    c.assignee = None;
    Ok(())
}

// ---- Membership ------------------------------------------------------------

/// The membership's own fields as a form checks them
/// ([`MembershipDraft`](super::form::MembershipDraft)).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MembershipFields {
    /// The program offer.
    pub offer: Offer,
    /// How its benefits are redeemed.
    pub flow: RedemptionFlow,
    /// The day it was bought or paid.
    #[serde(default, with = "crate::model::iso::opt")]
    pub purchased: Option<NaiveDate>,
    /// Country or region, trimmed.
    pub country: String,
    /// Anniversary.
    #[serde(default, with = "crate::model::iso::opt")]
    pub anniversary: Option<NaiveDate>,
    /// Renewal start.
    #[serde(default, with = "crate::model::iso::opt")]
    pub renewal_start: Option<NaiveDate>,
    /// Benefit expiry date.
    #[serde(default, with = "crate::model::iso::opt")]
    pub benefit_expiry: Option<NaiveDate>,
}

/// Save the membership's fields (its competencies stay).
pub fn save_membership(d: &mut Dataset, f: MembershipFields) {
    let m = d.membership.get_or_insert_with(Membership::default);
    m.offer = f.offer;
    m.flow = f.flow;
    m.purchased = f.purchased;
    m.country = f.country;
    m.anniversary = f.anniversary;
    m.renewal_start = f.renewal_start;
    m.benefit_expiry = f.benefit_expiry;
}

/// Add a competency (a membership is started if there is none).
pub fn add_competency(d: &mut Dataset, c: Competency) {
    d.membership
        .get_or_insert_with(Membership::default)
        .competencies
        .push(c);
}

/// Remove the competency at `index`.
pub fn remove_competency(d: &mut Dataset, index: usize) {
    if let Some(m) = d.membership.as_mut()
        && index < m.competencies.len()
    {
        m.competencies.remove(index);
    }
}

/// What a renewal paid on a day would set, before it is recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenewalPlan {
    /// The new anniversary, under the data's reading (R22: payment + 365
    /// days, or R4: the old one + 12 months).
    pub anniversary: crate::rules::Explained<NaiveDate>,
    /// The suggested new benefit expiry date: 30 days after the new
    /// anniversary (R22), which the admin may correct from Partner Center.
    pub benefit_expiry: crate::rules::Explained<NaiveDate>,
    /// The offer it renews into: the same one, or for a retired offer past
    /// the cut-off a benefits package (R25).
    pub offer: Offer,
}

/// What a renewal paid on `paid_on` into offer `to` would set (see
/// [`RenewalPlan`]). A retired offer whose anniversary is after 2025-01-21
/// renews only as a move to one of the benefits packages (R25); nothing
/// renews into a retired offer after the cut-off.
///
/// # Errors
/// [`ChangeError::Gone`] with no anniversary recorded;
/// [`ChangeError::Retired`] for a renewal R25 refuses;
/// [`ChangeError::Renewal`] when the day is outside the window (R4).
pub fn plan_renewal(
    d: &Dataset,
    paid_on: NaiveDate,
    to: Offer,
) -> Result<RenewalPlan, ChangeError> {
    use crate::rules::program::{
        Renewability, SUCCESSORS, benefits_end, last_legacy_renewal, renewability,
    };
    let m = d.membership.as_ref().ok_or(ChangeError::Gone)?;
    // R22: the one end of the membership (the anniversary, else purchase + 365).
    let anniversary = crate::rules::program::offer_end(m).ok_or(ChangeError::Gone)?;
    let retired = renewability(m.offer, anniversary).value == Renewability::Retired;
    if (retired && !SUCCESSORS.contains(&to))
        || (to.retired() && to != m.offer && paid_on > last_legacy_renewal())
    {
        return Err(ChangeError::Retired);
    }
    check_renewal(anniversary, m.renewal_start, m.offer, paid_on, &d.readings)
        .map_err(ChangeError::Renewal)?;
    let next = new_anniversary(anniversary, paid_on, &d.readings)
        .map_err(|_| ChangeError::Renewal(RenewalRefusal::OutOfRange))?;
    let after = Membership {
        anniversary: Some(next.value),
        ..Membership::default()
    };
    let benefit_expiry =
        benefits_end(&after).ok_or(ChangeError::Renewal(RenewalRefusal::OutOfRange))?;
    Ok(RenewalPlan {
        anniversary: next,
        benefit_expiry,
        offer: to,
    })
}

/// Follow `rule`'s reading for `question` from now on (every date computed
/// under it moves; nothing recorded changes).
///
/// # Errors
/// [`ChangeError::Gone`] when `rule` is not one of the question's readings.
pub fn set_reading(d: &mut Dataset, question: Question, rule: RuleId) -> Result<(), ChangeError> {
    let mut r: Readings = d.readings;
    if !r.set(question, rule) {
        return Err(ChangeError::Gone);
    }
    d.readings = r;
    Ok(())
}

/// Record a renewal paid on `paid_on` into offer `to`, which must fall in the
/// renewal window (R4; an Action Pack only once it has expired): the
/// anniversary moves on ([`plan_renewal`]), the benefit expiry date becomes
/// `benefit_expiry` (so keys can be redeemed again), the old renewal start no
/// longer applies, the offer becomes `to` (R25: a retired offer moves to a
/// benefits package; R27 then asks for one reassignment of seats and credits,
/// [`mark_reassigned`]), and the renewal joins the membership's history.
///
/// # Errors
/// As [`plan_renewal`]; nothing changes.
pub fn record_renewal(
    d: &mut Dataset,
    paid_on: NaiveDate,
    benefit_expiry: NaiveDate,
    to: Offer,
) -> Result<(), ChangeError> {
    let anniversary = plan_renewal(d, paid_on, to)?.anniversary.value;
    let m = d.membership.as_mut().ok_or(ChangeError::Gone)?;
    m.renewals.push(RenewalRecord {
        paid_on,
        previous_anniversary: m.anniversary.unwrap_or(anniversary),
        anniversary,
        benefit_expiry,
        from_offer: (m.offer != to).then_some(m.offer),
        reassigned_on: None,
    });
    m.offer = to;
    m.anniversary = Some(anniversary);
    m.benefit_expiry = Some(benefit_expiry);
    m.renewal_start = None;
    Ok(())
}

/// The payment day of a move off a legacy offer whose one reassignment of
/// seats and credits (R27) is still to do ([`reassignment_due`](crate::rules::program::reassignment_due)).
pub fn reassignment_due(d: &Dataset) -> Option<NaiveDate> {
    crate::rules::program::reassignment_due(d.membership.as_ref()?)
}

/// Record that the seats and credits were reassigned once after a move off a
/// legacy offer (R27), on `on`.
///
/// # Errors
/// [`ChangeError::Gone`] when no such reassignment is due.
pub fn mark_reassigned(d: &mut Dataset, on: NaiveDate) -> Result<(), ChangeError> {
    reassignment_due(d).ok_or(ChangeError::Gone)?;
    let r = d
        .membership
        .as_mut()
        .and_then(|m| m.renewals.last_mut())
        .ok_or(ChangeError::Gone)?;
    r.reassigned_on = Some(on);
    Ok(())
}

// ---- Support ----------------------------------------------------------------

/// The support contract's fields as a form checks them
/// ([`SupportDraft`](super::form::SupportDraft)).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SupportFields {
    /// Day support was activated.
    #[serde(default, with = "crate::model::iso::opt")]
    pub activated_on: Option<NaiveDate>,
    /// Access ID, trimmed.
    pub access_id: String,
    /// Contract ID, trimmed.
    pub contract_id: String,
    /// Incidents allowed (`None`: the program default).
    pub incidents_allowed: Option<u32>,
    /// Cloud incidents allowed a year (`None`: the program default; R28).
    pub cloud_incidents_allowed: Option<u32>,
    /// Advisory hours allowed a year (`None`: the program default; R28).
    pub advisory_hours_allowed: Option<u32>,
    /// Incidents used so far this contract year, when entered (history from
    /// before the app); `None` keeps the count.
    pub incidents_used: Option<u32>,
}

/// Save the support contract's fields (the incidents used stay unless entered).
pub fn save_support(d: &mut Dataset, f: SupportFields) {
    let s = d.support.get_or_insert_with(SupportContract::default);
    s.activated_on = f.activated_on;
    s.access_id = f.access_id;
    s.contract_id = f.contract_id;
    s.incidents_allowed = f.incidents_allowed;
    s.cloud_incidents_allowed = f.cloud_incidents_allowed;
    s.advisory_hours_allowed = f.advisory_hours_allowed;
    if let Some(n) = f.incidents_used {
        s.incidents_used = n;
    }
}

/// Count `by` more incidents used (negative: take some back), never below 0.
pub fn count_incidents(d: &mut Dataset, by: i64) {
    count_support(d, SupportCounter::OnPremises, by);
}

/// What a support counter counts (R16).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum SupportCounter {
    /// On-premises product support incidents.
    OnPremises,
    /// Signature cloud support incidents.
    Cloud,
    /// Advisory hours.
    AdvisoryHours,
}

/// Count `by` more (or, negative, fewer; never below zero) of `counter` this
/// contract year.
pub fn count_support(d: &mut Dataset, counter: SupportCounter, by: i64) {
    let s = d.support.get_or_insert_with(SupportContract::default);
    let n = match counter {
        SupportCounter::OnPremises => &mut s.incidents_used,
        SupportCounter::Cloud => &mut s.cloud_incidents_used,
        SupportCounter::AdvisoryHours => &mut s.advisory_hours_used,
    };
    *n = (i64::from(*n) + by).clamp(0, i64::from(u32::MAX)) as u32;
}

/// Start the next contract year once this one has ended on `today` (R15,
/// R16): what was used is kept in the history, the counters start again,
/// and the new year begins on the anniversary of the first activation
/// ([`current_contract_year`]): a year is 12 calendar months, never drifting.
///
/// # Errors
/// [`ChangeError::Gone`] with no activation day, or before the year has ended.
pub fn start_contract_year(d: &mut Dataset, today: NaiveDate) -> Result<(), ChangeError> {
    let s = d.support.as_mut().ok_or(ChangeError::Gone)?;
    let (from, to) = current_contract_year(s).ok_or(ChangeError::Gone)?.value;
    let next = to
        .succ_opt()
        .filter(|n| *n <= today)
        .ok_or(ChangeError::Gone)?;
    s.years.push(ContractYear {
        from,
        to,
        incidents_used: s.incidents_used,
        cloud_incidents_used: s.cloud_incidents_used,
        advisory_hours_used: s.advisory_hours_used,
    });
    s.activated_on = Some(next);
    s.incidents_used = 0;
    s.cloud_incidents_used = 0;
    s.advisory_hours_used = 0;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample::sample;
    use crate::testing::d;

    fn key_fields(product: &str) -> KeyFields {
        KeyFields {
            product: product.into(),
            key: String::new(),
            licenses: 100,
            received: None,
        }
    }

    fn user(d: &mut Dataset, name: &str) -> u64 {
        add_user(
            d,
            User {
                id: 0,
                name: name.into(),
                email: format!("{name}@contoso.com"),
                offers: vec![],
                source: UserSource::Manual,
            },
        )
    }

    fn with_expiry(expiry: NaiveDate) -> Dataset {
        Dataset {
            membership: Some(Membership {
                benefit_expiry: Some(expiry),
                ..Membership::default()
            }),
            ..Dataset::default()
        }
    }

    fn redeemed_on(data: &mut Dataset, id: u64, on: NaiveDate) {
        data.keys
            .iter_mut()
            .find(|k| k.id == id)
            .unwrap()
            .redemption = Some(Redemption {
            on,
            owner: TenantOwner::Partner,
            subscription: None,
            mode: RedemptionMode::New,
            tenant: "contoso.onmicrosoft.com".into(),
            ends: None,
        });
    }

    #[test]
    fn r9_a_replacement_is_asked_once_within_30_days_and_links_both_keys() {
        let mut data = Dataset::default();
        let (a, b, c) = (
            add_key(&mut data, key_fields("Office")),
            add_key(&mut data, key_fields("Office")),
            add_key(&mut data, key_fields("Office")),
        );
        redeemed_on(&mut data, a, d(2021, 3, 1));
        // Not redeemed: nothing to replace.
        assert_eq!(
            ask_replacement(&mut data, b, d(2021, 3, 5), None),
            Err(ChangeError::Refused(Refusal::ReplacementNotRedeemed))
        );
        // Day 31 after activation: too late, and the refusal names the last day.
        let before = data.clone();
        let late = ask_replacement(&mut data, a, d(2021, 4, 1), Some(b)).unwrap_err();
        assert_eq!(
            late,
            ChangeError::Refused(Refusal::ReplacementTooLate {
                last_day: d(2021, 3, 31)
            })
        );
        assert_eq!(late.rule(), Some(RuleId::R9));
        assert_eq!(data, before, "a refusal changes nothing");
        // Day 30: asked, the new key linked both ways; the original is replaced.
        ask_replacement(&mut data, a, d(2021, 3, 31), Some(b)).unwrap();
        assert_eq!(
            data.keys[0].replacement,
            Some(Replacement {
                asked_on: d(2021, 3, 31),
                by: Some(b)
            })
        );
        assert!(data.keys[0].replaced);
        assert_eq!(data.keys[1].replaces, Some(a));
        // A second request is refused, naming the first.
        assert_eq!(
            ask_replacement(&mut data, a, d(2021, 3, 31), Some(c)),
            Err(ChangeError::Refused(Refusal::ReplacementAskedBefore {
                on: d(2021, 3, 31)
            }))
        );
        // The linked key is no longer a candidate for another; deleting it unlinks.
        assert!(
            replacement_candidates(&data, c)
                .iter()
                .all(|k| k.id != b && k.id != a)
        );
        delete_key(&mut data, b);
        assert_eq!(data.keys[0].replacement.unwrap().by, None);
        // Linked later, when Microsoft sends it.
        link_replacement(&mut data, a, c).unwrap();
        assert_eq!(
            data.keys.iter().find(|k| k.id == c).unwrap().replaces,
            Some(a)
        );
        assert_eq!(link_replacement(&mut data, a, c), Err(ChangeError::Gone));
    }

    #[test]
    fn keys_are_added_with_the_next_id_edited_and_deleted() {
        let mut data = Dataset::default();
        assert_eq!(add_key(&mut data, key_fields("Office")), 1);
        assert_eq!(add_key(&mut data, key_fields("Visio")), 2);
        edit_key(&mut data, 1, key_fields("Office 365 E3")).unwrap();
        assert_eq!(data.keys[0].product, "Office 365 E3");
        assert_eq!(
            edit_key(&mut data, 9, key_fields("x")),
            Err(ChangeError::Gone)
        );
        delete_key(&mut data, 1);
        assert_eq!(data.keys.iter().map(|k| k.id).collect::<Vec<_>>(), vec![2]);
        assert_eq!(add_key(&mut data, key_fields("Project")), 3);
    }

    #[test]
    fn adding_licenses_records_r7_on_the_day_it_happened() {
        // RULES.md: add A=100, C=100, T=2021-01-01, E=2021-03-01 -> 200, 2021-08-01.
        let mut data = with_expiry(d(2021, 6, 30));
        let key = add_key(&mut data, key_fields("Office"));
        data.subscriptions.push(Subscription {
            id: 4,
            product: "Office".into(),
            licenses: 100,
            end: d(2021, 3, 1),
            tenant: "contoso.onmicrosoft.com".into(),
            history: vec![],
        });
        let req = RedemptionRequest {
            key,
            on: d(2021, 1, 1),
            owner: TenantOwner::Partner,
            tenant: "contoso.onmicrosoft.com".into(),
            target: Target::Existing(4),
            mode: RedemptionMode::Add,
        };
        assert_eq!(record_redemption(&mut data, &req), Ok(4));
        let s = &data.subscriptions[0];
        assert_eq!((s.licenses, s.end), (200, d(2021, 8, 1)));
        assert_eq!(
            s.history,
            vec![SubscriptionChange {
                on: d(2021, 1, 1),
                licenses: 100,
                end: d(2021, 3, 1),
                key: Some(key)
            }]
        );
        let r = data.keys[0].redemption.as_ref().unwrap();
        assert_eq!(
            (r.on, r.mode, r.subscription),
            (d(2021, 1, 1), RedemptionMode::Add, Some(4))
        );
        // R9: a second time is refused, and nothing moves.
        let again = data.clone();
        assert_eq!(
            record_redemption(&mut data, &req),
            Err(ChangeError::Refused(Refusal::AlreadyRedeemed))
        );
        assert_eq!(data, again);
    }

    #[test]
    fn extending_past_three_years_and_redeeming_after_expiry_are_refused_as_of_that_day() {
        // RULES.md: extend A=5, C=16 -> refused (over 3 years), R8.
        let mut data = with_expiry(d(2021, 6, 30));
        let key = add_key(
            &mut data,
            KeyFields {
                licenses: 16,
                ..key_fields("Office")
            },
        );
        let req = RedemptionRequest {
            key,
            on: d(2021, 1, 1),
            owner: TenantOwner::Partner,
            tenant: String::new(),
            target: Target::Other {
                licenses: 5,
                end: d(2021, 5, 15),
            },
            mode: RedemptionMode::Extend,
        };
        let before = data.clone();
        assert_eq!(
            record_redemption(&mut data, &req),
            Err(ChangeError::Refused(Refusal::OverThreeYears {
                max_licenses: 15
            }))
        );
        // R1: the day after the benefit expiry date, as of that day (not today).
        let late = RedemptionRequest {
            on: d(2021, 7, 1),
            target: Target::New,
            mode: RedemptionMode::New,
            ..req.clone()
        };
        assert_eq!(
            record_redemption(&mut data, &late),
            Err(ChangeError::Refused(Refusal::BenefitExpired {
                expiry: d(2021, 6, 30)
            }))
        );
        // R10: never a customer's tenant.
        let customer = RedemptionRequest {
            owner: TenantOwner::Customer,
            target: Target::New,
            mode: RedemptionMode::New,
            ..req.clone()
        };
        assert_eq!(
            record_redemption(&mut data, &customer).unwrap_err().rule(),
            Some(RuleId::R10)
        );
        // Adding onto no subscription is refused (R6), not recorded as new.
        let nothing = RedemptionRequest {
            target: Target::New,
            mode: RedemptionMode::Add,
            ..req.clone()
        };
        assert_eq!(
            record_redemption(&mut data, &nothing),
            Err(ChangeError::Refused(Refusal::NoSubscription))
        );
        assert_eq!(data, before);
        // A described subscription is recorded with its state before the key.
        let ok = RedemptionRequest {
            target: Target::Other {
                licenses: 5,
                end: d(2021, 5, 15),
            },
            ..req
        };
        let mut data = with_expiry(d(2021, 6, 30));
        let key = add_key(
            &mut data,
            KeyFields {
                licenses: 10,
                ..key_fields("Office")
            },
        );
        let id = record_redemption(&mut data, &RedemptionRequest { key, ..ok }).unwrap();
        let s = data.subscriptions.iter().find(|s| s.id == id).unwrap();
        // RULES.md: extend A=5, C=10, end 2021-05-15 -> 2023-05-15.
        assert_eq!((s.licenses, s.end), (5, d(2023, 5, 15)));
        assert_eq!(s.history[0].end, d(2021, 5, 15));
    }

    #[test]
    fn without_a_benefit_expiry_date_nothing_is_redeemed_on_a_guess() {
        let mut data = Dataset::default();
        let key = add_key(&mut data, key_fields("Office"));
        let req = RedemptionRequest {
            key,
            on: d(2026, 11, 26),
            owner: TenantOwner::Partner,
            tenant: String::new(),
            target: Target::New,
            mode: RedemptionMode::New,
        };
        let e = record_redemption(&mut data, &req).unwrap_err();
        assert_eq!(e, ChangeError::Refused(Refusal::NoBenefitExpiry));
        assert_eq!(e.rule(), Some(RuleId::R1));
        assert!(data.keys[0].redemption.is_none() && data.subscriptions.is_empty());
    }

    #[test]
    fn a_new_subscription_lasts_twelve_months_from_the_redemption_day() {
        // RULES.md: add A=0, C=25, T=2021-01-01 -> new subscription ending 2022-01-01.
        let mut data = with_expiry(d(2021, 6, 30));
        let key = add_key(
            &mut data,
            KeyFields {
                licenses: 25,
                ..key_fields("Power BI Pro")
            },
        );
        let req = RedemptionRequest {
            key,
            on: d(2021, 1, 1),
            owner: TenantOwner::Partner,
            tenant: "fabrikam.onmicrosoft.com".into(),
            target: Target::New,
            mode: RedemptionMode::New,
        };
        let id = record_redemption(&mut data, &req).unwrap();
        let s = &data.subscriptions[0];
        assert_eq!((s.id, s.licenses, s.end), (id, 25, d(2022, 1, 1)));
        assert_eq!(
            (s.product.as_str(), s.tenant.as_str()),
            ("Power BI Pro", "fabrikam.onmicrosoft.com")
        );
    }

    #[test]
    fn a_seat_moves_only_after_ninety_days_and_keeps_its_history() {
        let mut data = Dataset::default();
        let (a, b) = (user(&mut data, "minji"), user(&mut data, "jisoo"));
        add_seats(&mut data, VsLevel::Enterprise, 2);
        assert_eq!(
            data.vs_seats.iter().map(|s| s.id).collect::<Vec<_>>(),
            vec![1, 2]
        );
        // RULES.md: assigned 2021-06-01 -> reassignable from 2021-08-30 (R13).
        assign_seat(&mut data, 1, a, d(2021, 6, 1)).unwrap();
        let before = data.clone();
        assert_eq!(
            assign_seat(&mut data, 1, b, d(2021, 8, 29)),
            Err(ChangeError::SeatLocked {
                until: d(2021, 8, 30)
            })
        );
        assert_eq!(
            release_seat(&mut data, 1, d(2021, 8, 29))
                .unwrap_err()
                .rule(),
            Some(RuleId::R13)
        );
        assert_eq!(remove_user(&mut data, a), Err(ChangeError::HoldsSeat));
        assert_eq!(data, before);
        assign_seat(&mut data, 1, b, d(2021, 8, 30)).unwrap();
        let s = &data.vs_seats[0];
        assert_eq!(
            s.assignment,
            Some(VsAssignment {
                user: b,
                assigned_on: d(2021, 8, 30),
                activated_on: None,
            })
        );
        // Its activation day: not before it was assigned.
        let before = data.clone();
        assert_eq!(
            set_seat_activation(&mut data, 1, d(2021, 8, 29)),
            Err(ChangeError::ActivatedBeforeAssigned {
                assigned: d(2021, 8, 30)
            })
        );
        assert_eq!(data, before);
        set_seat_activation(&mut data, 1, d(2021, 9, 2)).unwrap();
        assert_eq!(
            data.vs_seats[0].assignment.as_ref().unwrap().activated_on,
            Some(d(2021, 9, 2))
        );
        let s = &before.vs_seats[0];
        assert_eq!(
            s.history,
            vec![VsPastAssignment {
                user: a,
                from: d(2021, 6, 1),
                to: d(2021, 8, 30)
            }]
        );
        assert_eq!(remove_user(&mut data, a), Ok(()));
        assert_eq!(
            assign_seat(&mut data, 2, a, d(2021, 9, 1)),
            Err(ChangeError::Gone)
        );
        remove_seat(&mut data, 2);
        assert_eq!(data.vs_seats.len(), 1);
    }

    #[test]
    fn bulk_credit_is_refused_over_another_offer_and_transferred_not_taken_back() {
        let mut data = Dataset::default();
        let (a, b) = (user(&mut data, "minji"), user(&mut data, "jisoo"));
        let bulk = add_credit(&mut data, AzureCredit::new(CreditKind::Bulk, 3500));
        set_offers(&mut data, a, vec![AzureOffer::AzurePass]).unwrap();
        assert_eq!(
            give_credit(&mut data, bulk, a, d(2026, 1, 5)),
            Err(ChangeError::OfferConflict(vec![AzureOffer::AzurePass]))
        );
        set_offers(&mut data, a, vec![]).unwrap();
        give_credit(&mut data, bulk, a, d(2026, 1, 5)).unwrap();
        give_credit(&mut data, bulk, b, d(2026, 2, 1)).unwrap();
        let c = &data.credits[0];
        assert_eq!(c.assignee, Some(b));
        assert_eq!(
            c.transfers,
            vec![CreditTransfer {
                on: d(2026, 2, 1),
                from: a,
                to: b
            }]
        );
        assert_eq!(
            take_back_credit(&mut data, bulk),
            Err(ChangeError::TransferOnly)
        );
        let monthly = add_credit(&mut data, AzureCredit::new(CreditKind::Monthly, 150));
        assert_eq!(monthly, 2);
        give_credit(&mut data, monthly, a, d(2026, 2, 1)).unwrap();
        take_back_credit(&mut data, monthly).unwrap();
        assert_eq!(data.credits[1].assignee, None);
    }

    #[test]
    fn a_new_contract_year_keeps_last_years_figures_and_counts_again() {
        let mut data = Dataset::default();
        count_support(&mut data, SupportCounter::Cloud, 2);
        count_support(&mut data, SupportCounter::AdvisoryHours, 5);
        count_support(&mut data, SupportCounter::AdvisoryHours, -9);
        count_incidents(&mut data, 3);
        // No activation day: no year to end.
        assert_eq!(
            start_contract_year(&mut data, d(2026, 11, 26)),
            Err(ChangeError::Gone)
        );
        data.support.as_mut().unwrap().activated_on = Some(d(2025, 11, 1));
        count_support(&mut data, SupportCounter::AdvisoryHours, 4);
        // The year runs to 2026-10-31; on that day it has not ended yet.
        assert_eq!(
            start_contract_year(&mut data, d(2026, 10, 31)),
            Err(ChangeError::Gone)
        );
        start_contract_year(&mut data, d(2026, 11, 26)).unwrap();
        let s = data.support.as_ref().unwrap();
        assert_eq!(
            s.years,
            vec![ContractYear {
                from: d(2025, 11, 1),
                to: d(2026, 10, 31),
                incidents_used: 3,
                cloud_incidents_used: 2,
                advisory_hours_used: 4
            }]
        );
        assert_eq!(
            (
                s.activated_on,
                s.incidents_used,
                s.cloud_incidents_used,
                s.advisory_hours_used
            ),
            (Some(d(2026, 11, 1)), 0, 0, 0)
        );
    }

    #[test]
    fn r15_contract_years_keep_the_first_activations_anniversary() {
        let mut data = Dataset::default();
        count_incidents(&mut data, 1);
        data.support.as_mut().unwrap().activated_on = Some(d(2024, 2, 29));
        for today in [d(2025, 3, 1), d(2026, 3, 1), d(2027, 3, 1), d(2028, 3, 1)] {
            start_contract_year(&mut data, today).unwrap();
        }
        let s = data.support.as_ref().unwrap();
        let starts: Vec<_> = s.years.iter().map(|y| y.from).collect();
        assert_eq!(
            starts,
            [
                d(2024, 2, 29),
                d(2025, 2, 28),
                d(2026, 2, 28),
                d(2027, 2, 28)
            ]
        );
        // Each year ends the day before the next starts; the fifth starts on
        // 29 February again, not a day later each year.
        assert_eq!(s.years[0].to, d(2025, 2, 27));
        assert_eq!(s.activated_on, Some(d(2028, 2, 29)));
    }

    #[test]
    fn r11_bulk_credit_moves_only_within_its_enrollment_year_and_moves_are_counted() {
        let mut data = with_expiry(d(2026, 6, 30));
        data.membership.as_mut().unwrap().anniversary = Some(d(2026, 6, 30));
        data.readings.set(Question::BulkMove, RuleId::R11);
        let (a, b, c) = (
            user(&mut data, "a"),
            user(&mut data, "b"),
            user(&mut data, "c"),
        );
        let bulk = add_credit(
            &mut data,
            AzureCredit {
                reassigned: 2,
                ..AzureCredit::new(CreditKind::Bulk, 500)
            },
        );
        // Given before the app, on 2026-01-10: its enrollment year ends 2026-06-30.
        give_credit(&mut data, bulk, a, d(2026, 1, 10)).unwrap();
        assert_eq!(
            (data.credits[0].given_on, data.credits[0].reassigned),
            (Some(d(2026, 1, 10)), 2)
        );
        give_credit(&mut data, bulk, b, d(2026, 6, 30)).unwrap();
        assert_eq!(data.credits[0].reassigned, 3);
        let before = data.clone();
        // Moved on 2026-06-30, within the year that ends that day; a move a day later is not.
        let e = give_credit(&mut data, bulk, c, d(2027, 7, 1)).unwrap_err();
        assert_eq!(
            e,
            ChangeError::TransferYearEnded {
                ended: d(2026, 6, 30)
            }
        );
        assert_eq!(e.rule(), Some(RuleId::R11));
        assert_eq!(data, before);
        // R21's reading (the default) is the other way round: it stays with its
        // holder until the year ends, and moves after.
        data.readings = Readings::default();
        let e = give_credit(&mut data, bulk, c, d(2026, 6, 30)).unwrap_err();
        assert_eq!(
            (e.clone(), e.rule()),
            (
                ChangeError::BulkUntilRenewal {
                    ended: d(2026, 6, 30)
                },
                Some(RuleId::R21)
            )
        );
        give_credit(&mut data, bulk, c, d(2026, 7, 1)).unwrap();
        assert_eq!(data.credits[0].assignee, Some(c));
    }

    #[test]
    fn membership_competencies_renewal_and_support_change_only_their_fields() {
        let today = d(2026, 11, 26);
        let mut data = sample(today);
        let competencies = data.membership.as_ref().unwrap().competencies.clone();
        save_membership(
            &mut data,
            MembershipFields {
                offer: Offer::Gold,
                flow: RedemptionFlow::Keys,
                purchased: None,
                country: "Korea".into(),
                anniversary: Some(d(2027, 3, 31)),
                renewal_start: Some(d(2027, 3, 1)),
                benefit_expiry: Some(d(2027, 3, 31)),
            },
        );
        let m = data.membership.clone().unwrap();
        assert_eq!(
            (m.offer, m.competencies),
            (Offer::Gold, competencies.clone())
        );
        add_competency(
            &mut data,
            Competency {
                name: "Cloud Platform".into(),
                level: crate::model::CompetencyLevel::Gold,
                cloud: true,
            },
        );
        remove_competency(&mut data, 0);
        remove_competency(&mut data, 99);
        assert_eq!(
            data.membership.as_ref().unwrap().competencies.len(),
            competencies.len()
        );
        // R25: a Gold membership with an anniversary in 2027 renews only as a
        // move to a benefits package.
        let core = Offer::PartnerSuccessCore;
        let before = data.clone();
        assert_eq!(
            record_renewal(&mut data, d(2027, 3, 10), d(2028, 3, 31), Offer::Gold),
            Err(ChangeError::Retired)
        );
        assert_eq!(
            plan_renewal(&data, d(2027, 3, 10), Offer::ActionPack).map(|p| p.offer),
            Err(ChangeError::Retired)
        );
        // R4: the window of 2027-03-31 opened on the renewal start 2027-03-01.
        assert_eq!(
            record_renewal(&mut data, d(2027, 2, 28), d(2028, 3, 31), core),
            Err(ChangeError::Renewal(RenewalRefusal::BeforeWindow {
                opens: d(2027, 3, 1),
                action_pack: false
            }))
        );
        assert_eq!(
            record_renewal(&mut data, d(2027, 5, 1), d(2028, 3, 31), core),
            Err(ChangeError::Renewal(RenewalRefusal::AfterWindow {
                closes: d(2027, 4, 30)
            }))
        );
        assert_eq!(data, before, "a refusal changes nothing");
        // R22's reading (the default): 365 days after the payment.
        let plan = plan_renewal(&data, d(2027, 3, 10), core).unwrap();
        assert_eq!(plan.anniversary.value, d(2028, 3, 9));
        // R22: the benefits end 30 days after the new anniversary.
        assert_eq!(plan.benefit_expiry.value, d(2028, 4, 8));
        data.readings.set(Question::NewAnniversary, RuleId::R4);
        assert_eq!(
            plan_renewal(&data, d(2027, 3, 10), core).map(|p| p.anniversary.value),
            Ok(d(2028, 3, 31))
        );
        record_renewal(&mut data, d(2027, 3, 10), d(2028, 3, 30), core).unwrap();
        let m = data.membership.as_ref().unwrap();
        assert_eq!(
            (m.offer, m.anniversary, m.renewal_start, m.benefit_expiry),
            (core, Some(d(2028, 3, 31)), None, Some(d(2028, 3, 30)))
        );
        assert_eq!(
            m.renewals,
            vec![RenewalRecord {
                paid_on: d(2027, 3, 10),
                previous_anniversary: d(2027, 3, 31),
                anniversary: d(2028, 3, 31),
                benefit_expiry: d(2028, 3, 30),
                from_offer: Some(Offer::Gold),
                reassigned_on: None,
            }]
        );
        // R27: the move off a legacy offer asks for one reassignment.
        assert_eq!(reassignment_due(&data), Some(d(2027, 3, 10)));
        let items = crate::rules::agenda::agenda(&data, d(2027, 3, 12));
        assert!(
            items
                .iter()
                .any(|i| i.kind == crate::rules::agenda::ItemKind::ReassignAfterMove)
        );
        mark_reassigned(&mut data, d(2027, 3, 20)).unwrap();
        assert_eq!(reassignment_due(&data), None);
        assert_eq!(
            mark_reassigned(&mut data, d(2027, 3, 21)),
            Err(ChangeError::Gone)
        );
        assert_eq!(
            record_renewal(&mut Dataset::default(), today, today, core),
            Err(ChangeError::Gone)
        );

        let mut data = Dataset::default();
        count_incidents(&mut data, 2);
        save_support(
            &mut data,
            SupportFields {
                activated_on: Some(d(2020, 12, 15)),
                access_id: "A".into(),
                contract_id: "C".into(),
                incidents_allowed: Some(20),
                incidents_used: None,
                ..Default::default()
            },
        );
        count_incidents(&mut data, -5);
        let s = data.support.unwrap();
        assert_eq!((s.incidents_used, s.incidents_allowed), (0, Some(20)));
        assert_eq!(s.activated_on, Some(d(2020, 12, 15)));
    }

    #[test]
    fn imported_users_take_ids_after_the_highest() {
        let mut data = Dataset::default();
        user(&mut data, "minji");
        import_users(
            &mut data,
            vec![
                ("Jisoo".into(), "jisoo@contoso.com".into()),
                ("Hana".into(), "hana@contoso.com".into()),
            ],
            UserSource::AzureAd,
        );
        let ids: Vec<_> = data.users.iter().map(|u| (u.id, u.source)).collect();
        assert_eq!(
            ids,
            vec![
                (1, UserSource::Manual),
                (2, UserSource::AzureAd),
                (3, UserSource::AzureAd)
            ]
        );
        assert_eq!(remove_user(&mut data, 2), Ok(()));
    }
    // ---- Issue 26: where two rules meet, dates fixed on their day ----------

    fn redeem(
        data: &mut Dataset,
        key: u64,
        on: NaiveDate,
        target: Target,
        mode: RedemptionMode,
    ) -> Result<u64, ChangeError> {
        record_redemption(
            data,
            &RedemptionRequest {
                key,
                on,
                owner: TenantOwner::Partner,
                tenant: "contoso.onmicrosoft.com".into(),
                target,
                mode,
            },
        )
    }

    #[test]
    fn r2_r7_r8_a_keys_end_follows_how_it_was_redeemed() {
        use crate::rules::keys::{KeyStatus, key_end, key_status};
        let mut data = with_expiry(d(2021, 12, 31));
        let (a, b, c) = (
            add_key(&mut data, key_fields("Office")),
            add_key(&mut data, key_fields("Office")),
            add_key(
                &mut data,
                KeyFields {
                    licenses: 25,
                    ..key_fields("Office")
                },
            ),
        );
        // A new subscription: 12 months (R2).
        let sub = redeem(
            &mut data,
            a,
            d(2021, 1, 1),
            Target::New,
            RedemptionMode::New,
        )
        .unwrap();
        let end = |data: &Dataset, id| {
            key_end(
                data.keys.iter().find(|k| k.id == id).unwrap(),
                &data.subscriptions,
            )
            .unwrap()
        };
        assert_eq!(
            (end(&data, a).value, end(&data, a).why.rule),
            (d(2022, 1, 1), RuleId::R2)
        );
        // Added to it two months before it ends: both keys' licenses end with
        // the subscription's new end (R7), not 12 months after the redemption.
        data.subscriptions[0].end = d(2021, 3, 1);
        redeem(
            &mut data,
            b,
            d(2021, 1, 1),
            Target::Existing(sub),
            RedemptionMode::Add,
        )
        .unwrap();
        let e = end(&data, b);
        assert_eq!((e.value, e.why.rule), (d(2021, 8, 1), RuleId::R7));
        let k = data.keys.iter().find(|k| k.id == b).unwrap();
        assert_eq!(
            key_status(k, &data.subscriptions, Some(d(2021, 12, 31)), d(2021, 2, 1)),
            KeyStatus::Redeemed {
                usable_until: d(2021, 8, 1),
                rule: RuleId::R7
            }
        );
        // Extending (R8): 25 onto 200 licenses, 12 × 25 / 200 = 1.5 months.
        redeem(
            &mut data,
            c,
            d(2021, 2, 1),
            Target::Existing(sub),
            RedemptionMode::Extend,
        )
        .unwrap();
        assert_eq!(end(&data, c).why.rule, RuleId::R8);
        assert_eq!(end(&data, c).value, data.subscriptions[0].end);
        // Fixed on its day: a later extension does not move the added key's end.
        assert_eq!(end(&data, b).value, d(2021, 8, 1));
        // The same figure for a record of schema 7 (no stored end), from history.
        let mut old = data.clone();
        for k in &mut old.keys {
            k.redemption.as_mut().unwrap().ends = None;
        }
        assert_eq!(end(&old, b).value, d(2021, 8, 1));
        assert_eq!(end(&old, c).value, end(&data, c).value);
        // The date alone (agenda, key list) agrees with the explained one.
        for (set, id) in [(&data, b), (&data, c), (&old, b), (&old, c), (&data, a)] {
            let k = set.keys.iter().find(|k| k.id == id).unwrap();
            let e = end(set, id);
            assert_eq!(
                crate::rules::keys::key_end_date(k, &set.subscriptions),
                Some((e.value, e.why.rule))
            );
        }
    }

    fn keyless_member() -> Dataset {
        Dataset {
            membership: Some(Membership {
                offer: Offer::SolutionsPartner,
                flow: RedemptionFlow::Keyless,
                anniversary: Some(d(2026, 3, 10)),
                ..Membership::default()
            }),
            ..Dataset::default()
        }
    }

    #[test]
    fn r19_a_keyless_end_is_fixed_on_its_day_and_not_moved_by_a_renewal() {
        use crate::rules::program::keyless_end_of;
        let mut data = keyless_member();
        let id = add_benefit(&mut data, "E5".into(), 25);
        record_keyless(&mut data, id, d(2025, 11, 1), "t".into()).unwrap();
        let end = |data: &Dataset| {
            keyless_end_of(
                data.benefits[0].redeemed.as_ref().unwrap(),
                data.membership.as_ref(),
            )
            .unwrap()
            .value
        };
        assert_eq!(end(&data), d(2026, 3, 10));
        // The renewal a year on sets a new anniversary; last year's benefit
        // still ends when its term did.
        record_renewal(
            &mut data,
            d(2026, 3, 15),
            d(2027, 4, 14),
            Offer::SolutionsPartner,
        )
        .unwrap();
        assert_eq!(
            data.membership.as_ref().unwrap().anniversary,
            Some(d(2027, 3, 15))
        );
        assert_eq!(end(&data), d(2026, 3, 10));
        // A benefit redeemed after the offer ended, before the renewal, would
        // end before it began: refused by R19, not recorded with a past end.
        let mut lapsed = keyless_member();
        let late = add_benefit(&mut lapsed, "E5".into(), 25);
        let e = record_keyless(&mut lapsed, late, d(2026, 3, 20), "t".into()).unwrap_err();
        assert_eq!(
            (e.clone(), e.rule()),
            (
                ChangeError::OfferEnded {
                    end: d(2026, 3, 10)
                },
                Some(RuleId::R19)
            )
        );
        // After the renewal, it ends with the new term.
        let next = add_benefit(&mut data, "Sales".into(), 5);
        record_keyless(&mut data, next, d(2026, 3, 20), "t".into()).unwrap();
        let r = data.benefits[1].redeemed.as_ref().unwrap();
        assert_eq!(r.ends, Some(d(2027, 3, 15)));
    }

    #[test]
    fn r21_taking_a_monthly_credit_back_and_giving_it_again_counts_as_a_move() {
        let mut data = Dataset::default();
        let users: Vec<u64> = (0..8).map(|i| user(&mut data, &format!("u{i}"))).collect();
        let c = add_credit(&mut data, AzureCredit::new(CreditKind::Monthly, 150));
        give_credit(&mut data, c, users[0], d(2026, 1, 1)).unwrap();
        for (n, u) in users[1..6].iter().enumerate() {
            take_back_credit(&mut data, c).unwrap();
            give_credit(&mut data, c, *u, d(2026, 2, 1 + n as u32)).unwrap();
        }
        // Six holders, five changes of holder: the sixth change is refused.
        assert_eq!(data.credits[0].reassigned, 5);
        take_back_credit(&mut data, c).unwrap();
        assert_eq!(
            give_credit(&mut data, c, users[6], d(2026, 3, 1)),
            Err(ChangeError::MovesUsed { max: MONTHLY_MOVES })
        );
    }

    #[test]
    fn r9_a_replacement_is_not_replaced_again_and_the_original_leaves_its_subscription() {
        let mut data = with_expiry(d(2021, 12, 31));
        let (a, b, c) = (
            add_key(&mut data, key_fields("Office")),
            add_key(&mut data, key_fields("Office")),
            add_key(&mut data, key_fields("Office")),
        );
        let sub = redeem(
            &mut data,
            a,
            d(2021, 3, 1),
            Target::New,
            RedemptionMode::New,
        )
        .unwrap();
        let s0 = data.subscriptions[0].clone();
        let mut other = with_expiry(d(2021, 12, 31));
        other.subscriptions.push(Subscription {
            id: 9,
            product: "Office".into(),
            licenses: 50,
            end: d(2021, 9, 1),
            tenant: String::new(),
            history: vec![],
        });
        // Added by mistake instead of extended: a replacement is asked, and
        // the original's licenses come out of the subscription they went to.
        let x = add_key(&mut other, key_fields("Office"));
        redeem(
            &mut other,
            x,
            d(2021, 3, 1),
            Target::Existing(9),
            RedemptionMode::Add,
        )
        .unwrap();
        assert_eq!(other.subscriptions[0].licenses, 150);
        ask_replacement(&mut other, x, d(2021, 3, 5), None).unwrap();
        assert_eq!(
            (other.subscriptions[0].licenses, other.subscriptions[0].end),
            (50, d(2021, 9, 1))
        );
        // Replaced by b, which is redeemed: licenses counted once.
        ask_replacement(&mut data, a, d(2021, 3, 5), Some(b)).unwrap();
        redeem(
            &mut data,
            b,
            d(2021, 3, 6),
            Target::Existing(sub),
            RedemptionMode::Add,
        )
        .unwrap();
        assert_eq!(
            data.subscriptions[0].licenses,
            100,
            "was {}",
            s0.licenses + 100
        );
        // The replacement itself is not replaced (R9: once).
        assert_eq!(
            ask_replacement(&mut data, b, d(2021, 3, 10), Some(c)),
            Err(ChangeError::Refused(Refusal::ReplacementOfReplacement))
        );
        assert_eq!(Refusal::ReplacementOfReplacement.rule(), RuleId::R9);
    }

    #[test]
    fn r6_a_subscription_made_by_a_key_is_from_a_key_in_a_keyless_membership_too() {
        let mut data = with_expiry(d(2021, 12, 31));
        data.membership.as_mut().unwrap().flow = RedemptionFlow::Keyless;
        let k = add_key(&mut data, key_fields("Office"));
        let sub = redeem(
            &mut data,
            k,
            d(2021, 3, 1),
            Target::New,
            RedemptionMode::New,
        )
        .unwrap();
        assert!(data.subscriptions[0].history.is_empty());
        assert!(data.from_key(sub));
        data.subscriptions.push(Subscription {
            id: 42,
            product: "E5".into(),
            licenses: 5,
            end: d(2021, 9, 1),
            tenant: String::new(),
            history: vec![],
        });
        assert!(!data.from_key(42));
    }

    #[test]
    fn r26_the_refund_is_void_once_the_data_shows_a_benefit_used() {
        use crate::rules::program::{RefundVoid, refund};
        let mut data = with_expiry(d(2026, 12, 31));
        data.membership.as_mut().unwrap().purchased = Some(d(2026, 11, 1));
        let r = refund(&data).unwrap();
        assert_eq!((r.last_day.value, r.void), (d(2026, 12, 1), None));
        let k = add_key(&mut data, key_fields("Office"));
        // A key redeemed before this purchase (an earlier year) does not count.
        redeem(
            &mut data,
            k,
            d(2026, 10, 1),
            Target::New,
            RedemptionMode::New,
        )
        .unwrap();
        assert_eq!(refund(&data).unwrap().void, None);
        data.support = Some(SupportContract {
            activated_on: Some(d(2026, 11, 3)),
            ..Default::default()
        });
        assert_eq!(
            refund(&data).unwrap().void,
            Some(RefundVoid::SupportActivated)
        );
        let k2 = add_key(&mut data, key_fields("Office"));
        redeem(
            &mut data,
            k2,
            d(2026, 11, 2),
            Target::New,
            RedemptionMode::New,
        )
        .unwrap();
        assert_eq!(refund(&data).unwrap().void, Some(RefundVoid::KeyRedeemed));
    }

    #[test]
    fn impossible_states_are_refused_by_every_change() {
        let mut data = with_expiry(d(2026, 12, 31));
        let (a, b) = (user(&mut data, "a"), user(&mut data, "b"));
        // A seat freed on 2026-06-01 cannot be given to someone from an
        // earlier day: two holders at once.
        add_seats(&mut data, VsLevel::Enterprise, 1);
        assign_seat(&mut data, 1, a, d(2026, 1, 1)).unwrap();
        release_seat(&mut data, 1, d(2026, 6, 1)).unwrap();
        assert_eq!(
            assign_seat(&mut data, 1, b, d(2026, 5, 1)),
            Err(ChangeError::BeforeLastChange { on: d(2026, 6, 1) })
        );
        assign_seat(&mut data, 1, b, d(2026, 6, 1)).unwrap();
        // A credit moved before its holder got it.
        let c = add_credit(&mut data, AzureCredit::new(CreditKind::Monthly, 150));
        give_credit(&mut data, c, a, d(2026, 3, 1)).unwrap();
        assert_eq!(
            give_credit(&mut data, c, b, d(2026, 2, 1)),
            Err(ChangeError::BeforeLastChange { on: d(2026, 3, 1) })
        );
        // Removing a user who holds a credit would leave it held by no one.
        assert_eq!(remove_user(&mut data, a), Err(ChangeError::UserHoldsCredit));
        // A back-dated redemption onto a subscription that changed since.
        let (k1, k2) = (
            add_key(&mut data, key_fields("Office")),
            add_key(&mut data, key_fields("Office")),
        );
        let sub = redeem(
            &mut data,
            k1,
            d(2026, 1, 10),
            Target::New,
            RedemptionMode::New,
        )
        .unwrap();
        let k3 = add_key(&mut data, key_fields("Office"));
        redeem(
            &mut data,
            k3,
            d(2026, 4, 1),
            Target::Existing(sub),
            RedemptionMode::Add,
        )
        .unwrap();
        let before = data.clone();
        assert_eq!(
            redeem(
                &mut data,
                k2,
                d(2026, 2, 1),
                Target::Existing(sub),
                RedemptionMode::Add
            ),
            Err(ChangeError::BeforeLastChange { on: d(2026, 4, 1) })
        );
        // A redeemed key's licenses cannot change behind its subscription.
        assert_eq!(
            edit_key(
                &mut data,
                k1,
                KeyFields {
                    licenses: 60,
                    ..key_fields("Office")
                }
            ),
            Err(ChangeError::RedeemedLicenses)
        );
        assert_eq!(data, before, "refusals change nothing");
        edit_key(
            &mut data,
            k1,
            KeyFields {
                product: "Office 365".into(),
                ..key_fields("Office")
            },
        )
        .unwrap();
    }
    #[test]
    fn r28_a_packages_cloud_incidents_and_advisory_hours_can_be_entered() {
        use crate::rules::support::{Allowance, contract_allowances};
        let mut data = Dataset::default();
        let package = Offer::PartnerSuccessCore;
        let s = SupportContract::default();
        // Not published for the packages: nothing to count until entered.
        let a = contract_allowances(&s, package, false);
        assert_eq!(
            (a.cloud_incidents, a.advisory_hours),
            (Allowance::NotPublished, Allowance::NotPublished)
        );
        save_support(
            &mut data,
            SupportFields {
                activated_on: Some(d(2026, 1, 5)),
                cloud_incidents_allowed: Some(6),
                advisory_hours_allowed: Some(30),
                ..Default::default()
            },
        );
        let a = contract_allowances(data.support.as_ref().unwrap(), package, false);
        assert_eq!(
            (a.cloud_incidents, a.advisory_hours),
            (Allowance::Limited(6), Allowance::Limited(30))
        );
    }
}
