//! Product keys: validity after redemption (R2), adding licenses (R7), extending
//! (R8), one redemption and the replacement window (R9), demonstration use only
//! (R10), and the redemption decision that puts them together.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::{DateError, add_days, add_months, days_between, div_round_half_up};
use super::membership::redeem_window;
use super::{Explained, Fact, FactName, FactValue, RuleId, Why};
use crate::model::{RedemptionMode, TenantOwner};

/// Months a redeemed key stays usable (R2), and the length of a new subscription.
pub const KEY_VALIDITY_MONTHS: u32 = 12;
/// Most licenses a key may carry to extend a subscription, as a multiple of the
/// active licenses (R8: at most three years).
pub const MAX_EXTENSION_FACTOR: u32 = 3;
/// Days after activation during which one replacement can be granted (R9).
pub const REPLACEMENT_DAYS: i64 = 30;

/// R2: the last day a key redeemed on `redeemed_on` is usable.
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::keys::usable_until;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(usable_until(d(2020, 12, 1)).unwrap().value, d(2021, 12, 1));
/// assert_eq!(usable_until(d(2024, 2, 29)).unwrap().value, d(2025, 2, 28));
/// ```
pub fn usable_until(redeemed_on: NaiveDate) -> Result<Explained<NaiveDate>, DateError> {
    Ok(Explained {
        value: add_months(redeemed_on, KEY_VALIDITY_MONTHS)?,
        why: Why::new(
            RuleId::R2,
            vec![Fact::date(FactName::RedeemedOn, redeemed_on)],
        ),
    })
}

/// R2: whether a key redeemed on `redeemed_on` still works on `today` (the last
/// day, [`usable_until`], included).
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// Redeemed 1 December 2020: usable through 1 December 2021, not the day after.
/// ```
/// use benefits_desk::rules::keys::is_usable;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let redeemed = d(2020, 12, 1);
/// assert_eq!(is_usable(redeemed, d(2021, 11, 30)), Ok(true));
/// assert_eq!(is_usable(redeemed, d(2021, 12, 1)), Ok(true));
/// assert_eq!(is_usable(redeemed, d(2021, 12, 2)), Ok(false));
/// ```
pub fn is_usable(redeemed_on: NaiveDate, today: NaiveDate) -> Result<bool, DateError> {
    Ok(today >= redeemed_on && today <= usable_until(redeemed_on)?.value)
}

/// The state of a subscription after a redemption, with the license-time before
/// and after so the UI can show that none was added or lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// Active licenses afterwards.
    pub licenses: u32,
    /// End date afterwards.
    pub end: NaiveDate,
    /// License-days before: active licenses × days remaining + key licenses × 12 months.
    pub license_days_before: i64,
    /// License-days after: licenses × days remaining after.
    pub license_days_after: i64,
}

/// Why an option cannot be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// The benefit expiry date has passed (R1).
    BenefitExpired {
        /// The last day it was possible.
        expiry: NaiveDate,
    },
    /// The key was redeemed already; keys are redeemed once and never split (R9).
    AlreadyRedeemed,
    /// Licenses are for the partner's own tenant and demos only (R10).
    CustomerTenant,
    /// Extending would add more than three years (R8).
    OverThreeYears {
        /// The most licenses a key may have for this subscription.
        max_licenses: u32,
    },
    /// The subscription has ended; redeem onto a new subscription instead.
    SubscriptionEnded {
        /// Its end date.
        end: NaiveDate,
    },
    /// Adding or extending needs a chosen subscription.
    NoSubscription,
    /// Extending needs at least one active license to extend.
    NoActiveLicenses,
    /// The key has no licenses.
    EmptyKey,
    /// No benefit expiry date is recorded, so R1 cannot be checked: the app
    /// does not assume one.
    NoBenefitExpiry,
    /// The result would leave the calendar.
    OutOfRange,
    /// A replacement was asked for this key already; R9 grants one.
    ReplacementAskedBefore {
        /// The day it was asked.
        on: NaiveDate,
    },
    /// The 30 days after activation in which a replacement can be asked have
    /// passed (R9).
    ReplacementTooLate {
        /// The last day it was possible.
        last_day: NaiveDate,
    },
    /// A replacement is for a key that was redeemed, on or after that day.
    ReplacementNotRedeemed,
    /// This key is itself the replacement of another: R9 grants one
    /// replacement, and it has been given.
    ReplacementOfReplacement,
}

impl Refusal {
    /// The rule that refuses.
    pub fn rule(self) -> RuleId {
        match self {
            Refusal::BenefitExpired { .. } | Refusal::NoBenefitExpiry => RuleId::R1,
            Refusal::AlreadyRedeemed
            | Refusal::EmptyKey
            | Refusal::ReplacementAskedBefore { .. }
            | Refusal::ReplacementTooLate { .. }
            | Refusal::ReplacementNotRedeemed
            | Refusal::ReplacementOfReplacement => RuleId::R9,
            Refusal::CustomerTenant => RuleId::R10,
            // Extending moves the end by months from an end that passed (R8);
            // adding onto an ended one follows R7 with no days left.
            Refusal::OverThreeYears { .. }
            | Refusal::NoActiveLicenses
            | Refusal::SubscriptionEnded { .. } => RuleId::R8,
            Refusal::NoSubscription => RuleId::R6,
            Refusal::OutOfRange => RuleId::R2,
        }
    }
}

impl From<DateError> for Refusal {
    fn from(_: DateError) -> Self {
        Refusal::OutOfRange
    }
}

/// R7: redeem `key_licenses` onto a subscription with `active` licenses ending on
/// `end`, on day `today`, adding licenses. The end date moves so that license-time
/// is conserved: `today + round_half_up((A·D + C·P) / (A + C))` days, where D is the
/// days left (0 once ended) and P the days in the next 12 months. With `active = 0`
/// this is a new subscription of 12 months.
///
/// # Errors
/// [`Refusal::EmptyKey`] when `key_licenses` is 0, [`Refusal::OutOfRange`] at the
/// edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::keys::add_licenses;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let o = add_licenses(100, d(2021, 3, 1), 100, d(2021, 1, 1)).unwrap().value;
/// assert_eq!((o.licenses, o.end), (200, d(2021, 8, 1)));
/// ```
pub fn add_licenses(
    active: u32,
    end: NaiveDate,
    key_licenses: u32,
    today: NaiveDate,
) -> Result<Explained<Outcome>, Refusal> {
    if key_licenses == 0 {
        return Err(Refusal::EmptyKey);
    }
    let remaining = days_between(today, end).max(0);
    let year = days_between(today, add_months(today, KEY_VALIDITY_MONTHS)?);
    let (a, c) = (i128::from(active), i128::from(key_licenses));
    let before = a * i128::from(remaining) + c * i128::from(year);
    let new_days = div_round_half_up(before, a + c) as i64;
    let licenses = active
        .checked_add(key_licenses)
        .ok_or(Refusal::OutOfRange)?;
    let outcome = Outcome {
        licenses,
        end: add_days(today, new_days)?,
        license_days_before: before as i64,
        license_days_after: i64::from(licenses) * new_days,
    };
    Ok(Explained {
        value: outcome,
        why: Why::new(
            RuleId::R7,
            vec![
                Fact::date(FactName::Today, today),
                Fact::count(FactName::ActiveLicenses, active.into()),
                Fact::date(FactName::SubscriptionEnd, end),
                Fact::count(FactName::KeyLicenses, key_licenses.into()),
                Fact::count(FactName::DaysRemaining, remaining),
                Fact::count(FactName::DaysInTwelveMonths, year),
            ],
        ),
    })
}

/// R8: extend a subscription with `active` licenses ending on `end` by redeeming a
/// key of `key_licenses` licenses. Licenses stay the same; the end date moves by
/// `12 × C / A` months: whole months as calendar months, the rest as that fraction
/// of the following month's days, rounded half up.
///
/// `today` is used only for the license-time figures.
///
/// # Errors
/// [`Refusal::NoActiveLicenses`] when `active` is 0, [`Refusal::EmptyKey`] when the
/// key has no licenses, [`Refusal::OverThreeYears`] when `key_licenses > 3 × active`,
/// [`Refusal::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::keys::{extend, Refusal};
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let today = d(2021, 1, 1);
/// assert_eq!(extend(100, d(2021, 3, 31), 25, today).unwrap().value.end, d(2021, 6, 30));
/// assert_eq!(extend(5, d(2021, 5, 15), 15, today).unwrap().value.end, d(2024, 5, 15));
/// assert_eq!(extend(5, d(2021, 5, 15), 16, today), Err(Refusal::OverThreeYears { max_licenses: 15 }));
/// ```
pub fn extend(
    active: u32,
    end: NaiveDate,
    key_licenses: u32,
    today: NaiveDate,
) -> Result<Explained<Outcome>, Refusal> {
    if active == 0 {
        return Err(Refusal::NoActiveLicenses);
    }
    if key_licenses == 0 {
        return Err(Refusal::EmptyKey);
    }
    let max_licenses = active.saturating_mul(MAX_EXTENSION_FACTOR);
    if key_licenses > max_licenses {
        return Err(Refusal::OverThreeYears { max_licenses });
    }
    let twelfths = 12 * u64::from(key_licenses);
    let whole = (twelfths / u64::from(active)) as u32;
    let rest = twelfths % u64::from(active);
    let after_whole = add_months(end, whole)?;
    let next_month_days = days_between(after_whole, add_months(after_whole, 1)?);
    let extra = div_round_half_up(
        i128::from(next_month_days) * i128::from(rest),
        i128::from(active),
    ) as i64;
    let new_end = add_days(after_whole, extra)?;
    let remaining = days_between(today, end).max(0);
    let year = days_between(today, add_months(today, KEY_VALIDITY_MONTHS)?);
    Ok(Explained {
        value: Outcome {
            licenses: active,
            end: new_end,
            license_days_before: i64::from(active) * remaining + i64::from(key_licenses) * year,
            license_days_after: i64::from(active) * days_between(today, new_end).max(0),
        },
        why: Why::new(
            RuleId::R8,
            vec![
                Fact::count(FactName::ActiveLicenses, active.into()),
                Fact::date(FactName::SubscriptionEnd, end),
                Fact::count(FactName::KeyLicenses, key_licenses.into()),
                Fact {
                    name: FactName::MonthsAdded,
                    value: FactValue::Fraction(twelfths as i64, i64::from(active)),
                },
            ],
        ),
    })
}

/// R9: the last day a replacement can be asked for a key activated on `activated_on`.
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::keys::replacement_deadline;
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
/// assert_eq!(replacement_deadline(d(3, 1)).unwrap().value, d(3, 31));
/// ```
pub fn replacement_deadline(activated_on: NaiveDate) -> Result<Explained<NaiveDate>, DateError> {
    Ok(Explained {
        value: add_days(activated_on, REPLACEMENT_DAYS)?,
        why: Why::new(
            RuleId::R9,
            vec![Fact::date(FactName::ActivatedOn, activated_on)],
        ),
    })
}

/// R9: whether a replacement can still be asked for on `today`, for a key
/// activated on `activated_on` that has not been replaced before.
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// Activated 1 March: day 30 (31 March) is the last day.
/// ```
/// use benefits_desk::rules::keys::can_replace;
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
/// assert_eq!(can_replace(d(3, 1), false, d(3, 30)), Ok(true));
/// assert_eq!(can_replace(d(3, 1), false, d(3, 31)), Ok(true));
/// assert_eq!(can_replace(d(3, 1), false, d(4, 1)), Ok(false));
/// assert_eq!(can_replace(d(3, 1), true, d(3, 2)), Ok(false));
/// ```
pub fn can_replace(
    activated_on: NaiveDate,
    already_replaced: bool,
    today: NaiveDate,
) -> Result<bool, DateError> {
    Ok(!already_replaced && today <= replacement_deadline(activated_on)?.value)
}

/// R9: whether a replacement may be asked on `on` for a key activated on
/// `activated_on` (`None`: not redeemed), asked before on `asked_before`.
/// Gives the last day it is possible, with its working.
///
/// # Errors
/// [`Refusal::ReplacementAskedBefore`] (one replacement),
/// [`Refusal::ReplacementTooLate`] with the last day,
/// [`Refusal::ReplacementNotRedeemed`] (not redeemed, or a day before it was).
///
/// # Example
/// ```
/// use benefits_desk::rules::keys::{check_replacement, Refusal};
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
/// assert_eq!(check_replacement(Some(d(3, 1)), None, d(3, 31)).unwrap().value, d(3, 31));
/// assert_eq!(check_replacement(Some(d(3, 1)), None, d(4, 1)), Err(Refusal::ReplacementTooLate { last_day: d(3, 31) }));
/// assert_eq!(check_replacement(Some(d(3, 1)), Some(d(3, 5)), d(3, 6)), Err(Refusal::ReplacementAskedBefore { on: d(3, 5) }));
/// assert_eq!(check_replacement(None, None, d(3, 6)), Err(Refusal::ReplacementNotRedeemed));
/// ```
pub fn check_replacement(
    activated_on: Option<NaiveDate>,
    asked_before: Option<NaiveDate>,
    on: NaiveDate,
) -> Result<Explained<NaiveDate>, Refusal> {
    if let Some(before) = asked_before {
        return Err(Refusal::ReplacementAskedBefore { on: before });
    }
    let activated = activated_on
        .filter(|a| *a <= on)
        .ok_or(Refusal::ReplacementNotRedeemed)?;
    let deadline = replacement_deadline(activated)?;
    if on > deadline.value {
        return Err(Refusal::ReplacementTooLate {
            last_day: deadline.value,
        });
    }
    Ok(deadline)
}

/// A key as the redemption decision needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyFacts {
    /// Licenses on the key.
    pub licenses: u32,
    /// The benefit expiry date: the last day to redeem (R1); `None` when not
    /// recorded, which refuses every way (R1 cannot be checked).
    pub benefit_expiry: Option<NaiveDate>,
    /// Whether it was redeemed already.
    pub redeemed: bool,
}

/// A target subscription as the redemption decision needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubscriptionFacts {
    /// Active licenses.
    pub licenses: u32,
    /// End date.
    pub end: NaiveDate,
}

/// One way to redeem a key, and what it gives or why it cannot be taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedemptionOption {
    /// New subscription, add licenses, or extend.
    pub mode: RedemptionMode,
    /// What it gives, or why not.
    pub result: Result<Explained<Outcome>, Refusal>,
}

/// Every way to redeem `key` today, each allowed or refused with its reason.
///
/// Refusals that concern the key or tenant (expired, already redeemed, a
/// customer's tenant) apply to every option; a missing or ended subscription
/// refuses add and extend; an ended subscription and the three-year cap
/// refuse extend (adding onto an ended one follows R7 with no days left).
///
/// # Example
/// ```
/// use benefits_desk::model::{RedemptionMode, TenantOwner};
/// use benefits_desk::rules::keys::{redemption_options, KeyFacts, Refusal, SubscriptionFacts};
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let key = KeyFacts { licenses: 16, benefit_expiry: Some(d(2021, 6, 30)), redeemed: false };
/// let sub = SubscriptionFacts { licenses: 5, end: d(2021, 5, 15) };
/// let opts = redemption_options(&key, Some(sub), TenantOwner::Partner, d(2021, 1, 1));
/// assert!(opts[0].result.is_ok());
/// assert!(opts[1].result.is_ok());
/// assert_eq!(opts[2].result, Err(Refusal::OverThreeYears { max_licenses: 15 }));
/// ```
pub fn redemption_options(
    key: &KeyFacts,
    target: Option<SubscriptionFacts>,
    tenant: TenantOwner,
    today: NaiveDate,
) -> Vec<RedemptionOption> {
    let common = if key.redeemed {
        Some(Refusal::AlreadyRedeemed)
    } else if tenant == TenantOwner::Customer {
        Some(Refusal::CustomerTenant)
    } else {
        match key.benefit_expiry {
            None => Some(Refusal::NoBenefitExpiry),
            Some(expiry) if !redeem_window(expiry, today).value.is_open() => {
                Some(Refusal::BenefitExpired { expiry })
            }
            Some(_) => None,
        }
    };
    [
        RedemptionMode::New,
        RedemptionMode::Add,
        RedemptionMode::Extend,
    ]
    .into_iter()
    .map(|mode| {
        let result = match (common, mode, target) {
            (Some(r), _, _) => Err(r),
            (None, RedemptionMode::New, _) => add_licenses(0, today, key.licenses, today),
            (None, _, None) => Err(Refusal::NoSubscription),
            (None, RedemptionMode::Extend, Some(s)) if s.end < today => {
                Err(Refusal::SubscriptionEnded { end: s.end })
            }
            (None, RedemptionMode::Add, Some(s)) => {
                add_licenses(s.licenses, s.end, key.licenses, today)
            }
            (None, RedemptionMode::Extend, Some(s)) => {
                extend(s.licenses, s.end, key.licenses, today)
            }
        };
        RedemptionOption { mode, result }
    })
    .collect()
}

/// R10: whether licenses may be activated in a tenant of this owner.
///
/// # Errors
/// [`Refusal::CustomerTenant`] for a customer's tenant.
///
/// # Example
/// ```
/// use benefits_desk::model::TenantOwner;
/// use benefits_desk::rules::keys::{check_tenant, Refusal};
/// assert!(check_tenant(TenantOwner::Partner).is_ok());
/// assert_eq!(check_tenant(TenantOwner::Customer), Err(Refusal::CustomerTenant));
/// ```
pub fn check_tenant(owner: TenantOwner) -> Result<(), Refusal> {
    match owner {
        TenantOwner::Partner => Ok(()),
        TenantOwner::Customer => Err(Refusal::CustomerTenant),
    }
}

/// Where a key stands, for the key list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyStatus {
    /// Not redeemed; redeem by the benefit expiry date (R1) when one is known.
    NotRedeemed {
        /// The benefit expiry date, if entered.
        redeem_by: Option<NaiveDate>,
    },
    /// Not redeemed, and the benefit expiry date has passed: it can no longer
    /// be redeemed (R1).
    Expired {
        /// The last day it could have been redeemed.
        on: NaiveDate,
    },
    /// Redeemed; its licenses work until this day, as fixed on the day of
    /// redemption: 12 months (R2) on a new subscription, the subscription's
    /// new end when added (R7) or extended (R8).
    Redeemed {
        /// Last usable day.
        usable_until: NaiveDate,
        /// The rule that set it (R2, R7 or R8).
        rule: RuleId,
    },
    /// Replaced by another key (R9).
    Replaced,
}

impl KeyStatus {
    /// The date the list sorts by: the deadline that matters for this key.
    pub fn deadline(self) -> Option<NaiveDate> {
        match self {
            KeyStatus::NotRedeemed { redeem_by } => redeem_by,
            KeyStatus::Expired { on } => Some(on),
            KeyStatus::Redeemed { usable_until, .. } => Some(usable_until),
            KeyStatus::Replaced => None,
        }
    }

    /// The rule behind the status.
    pub fn rule(self) -> RuleId {
        match self {
            KeyStatus::NotRedeemed { .. } | KeyStatus::Expired { .. } => RuleId::R1,
            KeyStatus::Redeemed { rule, .. } => rule,
            KeyStatus::Replaced => RuleId::R9,
        }
    }
}

/// R2, R7, R8: the last day a redeemed key's licenses work, with its working,
/// as fixed on the day of redemption. A key redeemed onto a new subscription
/// works 12 months (R2); added to a subscription, its licenses end with the
/// subscription's new end (R7); extending one, likewise (R8). The end is
/// stored with the redemption (schema 8); for a redemption recorded before,
/// it is read from the subscription's history: the state right after the
/// change this key made. `None` for a key not redeemed.
pub fn key_end(
    key: &crate::model::ProductKey,
    subscriptions: &[crate::model::Subscription],
) -> Option<Explained<NaiveDate>> {
    let r = key.redemption.as_ref()?;
    if r.mode == RedemptionMode::New {
        let e = usable_until(r.on).ok()?;
        return Some(Explained {
            value: r.ends.unwrap_or(e.value),
            why: e.why,
        });
    }
    // The subscription's state before and after this key's change.
    let change = r
        .subscription
        .and_then(|id| subscriptions.iter().find(|s| s.id == id))
        .and_then(|s| {
            let at = s.history.iter().position(|h| h.key == Some(key.id))?;
            let before = &s.history[at];
            let after_end = s.history.get(at + 1).map_or(s.end, |h| h.end);
            Some((before.licenses, before.end, after_end))
        });
    let working = change.and_then(|(a, end, _)| match r.mode {
        RedemptionMode::Add => add_licenses(a, end, key.licenses, r.on).ok(),
        _ => extend(a, end, key.licenses, r.on).ok(),
    });
    let value = r.ends.or(change.map(|c| c.2))?;
    let rule = if r.mode == RedemptionMode::Add {
        RuleId::R7
    } else {
        RuleId::R8
    };
    Some(Explained {
        value,
        why: working.map_or_else(
            || Why::new(rule, vec![Fact::date(FactName::RedeemedOn, r.on)]),
            |w| w.why,
        ),
    })
}

/// [`key_end`]'s date and rule without its working: what the agenda and the
/// key list need (the working is computed when a "why?" is opened, so the
/// R7/R8 arithmetic stays out of the first load).
pub fn key_end_date(
    key: &crate::model::ProductKey,
    subscriptions: &[crate::model::Subscription],
) -> Option<(NaiveDate, RuleId)> {
    let r = key.redemption.as_ref()?;
    let rule = match r.mode {
        RedemptionMode::New => RuleId::R2,
        RedemptionMode::Add => RuleId::R7,
        RedemptionMode::Extend => RuleId::R8,
    };
    let end = match (r.ends, r.mode) {
        (Some(e), _) => e,
        (None, RedemptionMode::New) => add_months(r.on, KEY_VALIDITY_MONTHS).ok()?,
        // Schema 7: the subscription's end right after this key's change.
        (None, _) => {
            let s = subscriptions
                .iter()
                .find(|s| Some(s.id) == r.subscription)?;
            let at = s.history.iter().position(|h| h.key == Some(key.id))?;
            s.history.get(at + 1).map_or(s.end, |h| h.end)
        }
    };
    Some((end, rule))
}

/// R1, R2, R7, R8, R9: the status of `key` on `today`, given the
/// membership's benefit expiry date and the subscriptions (for the end of a
/// key added to or extending one, [`key_end`]). A key not redeemed once that
/// date has passed is expired (R1: the expiry day itself is still open).
pub fn key_status(
    key: &crate::model::ProductKey,
    subscriptions: &[crate::model::Subscription],
    benefit_expiry: Option<NaiveDate>,
    today: NaiveDate,
) -> KeyStatus {
    if key.replaced {
        return KeyStatus::Replaced;
    }
    match &key.redemption {
        None => match benefit_expiry {
            Some(on) if !redeem_window(on, today).value.is_open() => KeyStatus::Expired { on },
            redeem_by => KeyStatus::NotRedeemed { redeem_by },
        },
        Some(r) => {
            // At the calendar's edge, the day itself: never a panic.
            let (usable_until, rule) =
                key_end_date(key, subscriptions).unwrap_or((r.on, RuleId::R2));
            KeyStatus::Redeemed { usable_until, rule }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;
    use proptest::prelude::*;

    #[test]
    fn r2_redeemed_2020_12_01_usable_through_2021_12_01() {
        let u = usable_until(d(2020, 12, 1)).unwrap();
        assert_eq!(u.value, d(2021, 12, 1));
        assert_eq!(u.why.rule, RuleId::R2);
    }

    #[test]
    fn r2_redeemed_2024_02_29_usable_through_2025_02_28() {
        assert_eq!(usable_until(d(2024, 2, 29)).unwrap().value, d(2025, 2, 28));
    }

    #[test]
    fn r8_extend_100_plus_25_end_2021_03_31_gives_2021_06_30() {
        let o = extend(100, d(2021, 3, 31), 25, d(2021, 1, 1)).unwrap();
        assert_eq!(o.value.end, d(2021, 6, 30));
        assert_eq!(o.value.licenses, 100);
        assert_eq!(o.why.rule, RuleId::R8);
    }

    #[test]
    fn r8_extend_5_plus_10_end_2021_05_15_gives_2023_05_15() {
        let o = extend(5, d(2021, 5, 15), 10, d(2021, 1, 1)).unwrap();
        assert_eq!((o.value.licenses, o.value.end), (5, d(2023, 5, 15)));
    }

    #[test]
    fn r8_extend_5_plus_16_is_refused_over_three_years() {
        let r = extend(5, d(2021, 5, 15), 16, d(2021, 1, 1));
        assert_eq!(r, Err(Refusal::OverThreeYears { max_licenses: 15 }));
        assert_eq!(
            Refusal::OverThreeYears { max_licenses: 15 }.rule(),
            RuleId::R8
        );
    }

    #[test]
    fn r8_extend_100_plus_100_adds_twelve_months() {
        let o = extend(100, d(2021, 3, 31), 100, d(2021, 1, 1)).unwrap();
        assert_eq!(o.value.end, d(2022, 3, 31));
    }

    #[test]
    fn r8_fractional_months_use_the_next_months_days() {
        // 12 × 1 / 8 = 1.5 months: one calendar month to 15 March, then half of the
        // 31 days from 15 March to 15 April, 15.5 rounded up to 16.
        let o = extend(8, d(2021, 2, 15), 1, d(2021, 1, 1)).unwrap();
        assert_eq!(o.value.end, d(2021, 3, 31));
    }

    #[test]
    fn r7_add_100_plus_100_from_2021_01_01_end_2021_03_01() {
        let o = add_licenses(100, d(2021, 3, 1), 100, d(2021, 1, 1)).unwrap();
        assert_eq!(o.value.licenses, 200);
        assert_eq!(o.value.end, d(2021, 8, 1));
        assert_eq!(o.why.rule, RuleId::R7);
    }

    #[test]
    fn r7_add_to_nothing_is_a_new_subscription_of_12_months() {
        let o = add_licenses(0, d(2021, 1, 1), 25, d(2021, 1, 1)).unwrap();
        assert_eq!((o.value.licenses, o.value.end), (25, d(2022, 1, 1)));
    }

    #[test]
    fn r9_replacement_window_is_30_days() {
        assert_eq!(
            replacement_deadline(d(2021, 1, 15)).unwrap().value,
            d(2021, 2, 14)
        );
    }

    #[test]
    fn decision_refuses_everything_for_a_redeemed_key() {
        let key = KeyFacts {
            licenses: 5,
            benefit_expiry: Some(d(2022, 1, 1)),
            redeemed: true,
        };
        let opts = redemption_options(&key, None, TenantOwner::Partner, d(2021, 1, 1));
        assert!(
            opts.iter()
                .all(|o| o.result == Err(Refusal::AlreadyRedeemed))
        );
    }

    #[test]
    fn decision_refuses_a_customer_tenant_with_r10() {
        let key = KeyFacts {
            licenses: 5,
            benefit_expiry: Some(d(2022, 1, 1)),
            redeemed: false,
        };
        let opts = redemption_options(&key, None, TenantOwner::Customer, d(2021, 1, 1));
        assert!(
            opts.iter()
                .all(|o| o.result == Err(Refusal::CustomerTenant))
        );
        assert_eq!(Refusal::CustomerTenant.rule(), RuleId::R10);
    }

    #[test]
    fn decision_after_benefit_expiry_refuses_with_r1() {
        let key = KeyFacts {
            licenses: 5,
            benefit_expiry: Some(d(2021, 1, 31)),
            redeemed: false,
        };
        let last = redemption_options(&key, None, TenantOwner::Partner, d(2021, 1, 31));
        assert!(last[0].result.is_ok());
        let late = redemption_options(&key, None, TenantOwner::Partner, d(2021, 2, 1));
        assert_eq!(
            late[0].result,
            Err(Refusal::BenefitExpired {
                expiry: d(2021, 1, 31)
            })
        );
    }

    #[test]
    fn decision_adds_onto_an_ended_subscription_by_r7_and_refuses_to_extend_it() {
        let key = KeyFacts {
            licenses: 5,
            benefit_expiry: Some(d(2022, 1, 1)),
            redeemed: false,
        };
        let sub = SubscriptionFacts {
            licenses: 5,
            end: d(2020, 12, 31),
        };
        let opts = redemption_options(&key, Some(sub), TenantOwner::Partner, d(2021, 1, 1));
        assert!(opts[0].result.is_ok());
        // R7 with no days left (D = 0): the 5 old licenses share the new
        // key's 12 months, 5 × 365 / 10 = 182.5 → 183 days.
        let add = opts[1].result.as_ref().unwrap();
        assert_eq!((add.value.licenses, add.value.end), (10, d(2021, 7, 3)));
        assert_eq!(add.why.rule, RuleId::R7);
        let ended = Refusal::SubscriptionEnded {
            end: d(2020, 12, 31),
        };
        assert_eq!(opts[2].result, Err(ended));
        assert_eq!(ended.rule(), RuleId::R8);
    }

    #[test]
    fn decision_without_subscription_offers_only_new() {
        let key = KeyFacts {
            licenses: 5,
            benefit_expiry: Some(d(2022, 1, 1)),
            redeemed: false,
        };
        let opts = redemption_options(&key, None, TenantOwner::Partner, d(2021, 1, 1));
        assert_eq!(opts[1].result, Err(Refusal::NoSubscription));
        assert_eq!(opts[2].result, Err(Refusal::NoSubscription));
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (2000i32..2100, 1u32..=12, 1u32..=31)
            .prop_map(|(y, m, day)| NaiveDate::from_ymd_opt(y, m, day.min(28)).unwrap())
    }

    proptest! {
        #[test]
        fn add_conserves_license_days_within_rounding(
            a in 0u32..10_000, c in 1u32..10_000, today in any_date(), left in -400i64..1200
        ) {
            let end = add_days(today, left).unwrap();
            let o = add_licenses(a, end, c, today).unwrap().value;
            let diff = (o.license_days_after - o.license_days_before).abs();
            // Rounding to whole days moves each of the A + C licenses by at most half a day.
            prop_assert!(2 * diff <= i64::from(a) + i64::from(c));
        }

        #[test]
        fn add_never_ends_after_twelve_months_when_old_end_was_earlier(
            a in 0u32..10_000, c in 1u32..10_000, today in any_date(), left in -400i64..365
        ) {
            let end = add_days(today, left).unwrap();
            let year_end = add_months(today, 12).unwrap();
            prop_assume!(end < year_end);
            let o = add_licenses(a, end, c, today).unwrap().value;
            prop_assert!(o.end <= year_end);
        }

        #[test]
        fn extend_never_moves_the_end_back_and_conserves_license_time(
            a in 1u32..2_000, k in 1u32..=3_000, end in any_date()
        ) {
            let c = (k % (3 * a)) + 1;
            let today = add_days(end, -10).unwrap();
            let o = extend(a, end, c, today).unwrap().value;
            prop_assert!(o.end >= end);
            // Calendar months are 28 to 31 days, so each license may gain or lose up
            // to a few days against 12 × C / A months measured from today.
            let diff = (o.license_days_after - o.license_days_before).abs();
            prop_assert!(diff <= 4 * i64::from(a), "diff {} for A={} C={}", diff, a, c);
        }

        #[test]
        fn extend_refuses_exactly_above_three_times(a in 1u32..5_000, extra in 1u32..100) {
            let e = d(2021, 5, 15);
            prop_assert!(extend(a, e, 3 * a, e).is_ok());
            prop_assert_eq!(
                extend(a, e, 3 * a + extra, e),
                Err(Refusal::OverThreeYears { max_licenses: 3 * a })
            );
        }

        #[test]
        fn twelve_months_clamp_to_month_end(y in 2000i32..2100, m in 1u32..=12) {
            let last = add_days(
                add_months(NaiveDate::from_ymd_opt(y, m, 1).unwrap(), 1).unwrap(), -1
            ).unwrap();
            let u = usable_until(last).unwrap().value;
            prop_assert_eq!(u.month(), m);
            prop_assert_eq!(u.year(), y + 1);
            prop_assert!(u.day() <= last.day());
            prop_assert!(u.day() >= 28);
        }
    }
    use chrono::Datelike;
}
