//! The program as it is lived since 2022 (R19, R22, R25, R26): the dates of a
//! membership bought on a day, the end of a benefit redeemed without a key,
//! which offers can still renew, and the refund window.

use chrono::NaiveDate;

use super::dates::{DateError, add_days};
use super::{Explained, Fact, FactName, RuleId, Why};
use crate::model::{Membership, Offer};

/// R22: a membership runs this many days from its purchase.
pub const MEMBERSHIP_DAYS: i64 = 365;
/// R22: its benefits run this many days longer.
pub const BENEFITS_AFTER_DAYS: i64 = 30;
/// R26: a purchase may be refunded this many days after it.
pub const REFUND_DAYS: i64 = 30;

/// R25: the last day Action Pack, Learning Action Pack and the legacy Silver and
/// Gold benefits could be bought or renewed.
pub fn last_legacy_renewal() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 21).unwrap_or_default()
}

/// R25: the benefits packages that succeed the retired offers.
pub const SUCCESSORS: [Offer; 3] = [
    Offer::PartnerLaunch,
    Offer::PartnerSuccessCore,
    Offer::PartnerSuccessExpanded,
];

/// R22: the two ends of a membership.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MembershipDates {
    /// The membership's last day.
    pub membership_end: NaiveDate,
    /// The benefits' last day.
    pub benefits_end: NaiveDate,
}

/// R22: the membership bought (or paid) on `purchased` ends 365 days later and
/// its benefits 30 days after that.
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::program::membership_dates;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let m = membership_dates(d(2023, 6, 1)).unwrap().value;
/// assert_eq!((m.membership_end, m.benefits_end), (d(2024, 5, 31), d(2024, 6, 30)));
/// ```
pub fn membership_dates(purchased: NaiveDate) -> Result<Explained<MembershipDates>, DateError> {
    let membership_end = add_days(purchased, MEMBERSHIP_DAYS)?;
    Ok(Explained {
        value: MembershipDates {
            membership_end,
            benefits_end: add_days(membership_end, BENEFITS_AFTER_DAYS)?,
        },
        why: Why::new(
            RuleId::R22,
            vec![Fact::date(FactName::Purchased, purchased)],
        ),
    })
}

/// The day a membership's offer ends: 365 days after its purchase when that is
/// recorded and no renewal since (R22), otherwise its anniversary as Partner
/// Center shows it (or as the last renewal recorded set it).
pub fn offer_end(m: &Membership) -> Option<NaiveDate> {
    match (m.purchased, m.renewals.is_empty()) {
        (Some(p), true) => membership_dates(p).ok().map(|d| d.value.membership_end),
        _ => m.anniversary,
    }
}

/// R19: a benefit redeemed without a key on `redeemed_on` ends when the offer
/// does (`offer_end`), whatever the day of redemption.
///
/// # Example
/// ```
/// use benefits_desk::rules::program::keyless_end;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(keyless_end(d(2026, 3, 10), d(2025, 11, 1)).value, d(2026, 3, 10));
/// ```
pub fn keyless_end(offer_end: NaiveDate, redeemed_on: NaiveDate) -> Explained<NaiveDate> {
    Explained {
        value: offer_end,
        why: Why::new(
            RuleId::R19,
            vec![
                Fact::date(FactName::OfferEnd, offer_end),
                Fact::date(FactName::RedeemedOn, redeemed_on),
            ],
        ),
    }
}

/// The last day a benefit without a key can be redeemed: the benefit expiry
/// date when recorded (R1), else the benefits' end of R22 when the purchase day
/// is; `None` when neither is known (the app then assumes nothing).
pub fn keyless_deadline(m: &Membership) -> Option<Explained<NaiveDate>> {
    if let Some(expiry) = m.benefit_expiry {
        return Some(Explained {
            value: expiry,
            why: Why::new(
                RuleId::R1,
                vec![Fact::date(FactName::BenefitExpiry, expiry)],
            ),
        });
    }
    let dates = membership_dates(m.purchased?).ok()?;
    Some(Explained {
        value: dates.value.benefits_end,
        why: dates.why,
    })
}

/// R24: the first day without the membership when it is not renewed: the day
/// after its renewal window closes (R4: 30 days after the anniversary).
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::program::lapse_day;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(lapse_day(d(2026, 6, 30)).unwrap().value, d(2026, 7, 31));
/// ```
pub fn lapse_day(anniversary: NaiveDate) -> Result<Explained<NaiveDate>, DateError> {
    let closes = add_days(anniversary, super::membership::RENEWAL_WINDOW_DAYS)?;
    Ok(Explained {
        value: add_days(closes, 1)?,
        why: Why::new(
            RuleId::R24,
            vec![Fact::date(FactName::Anniversary, anniversary)],
        ),
    })
}

/// R25: whether an offer whose anniversary is `anniversary` can renew.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Renewability {
    /// It renews in the window as before.
    Renews,
    /// A retired offer whose anniversary is after 2025-01-21: it cannot renew;
    /// the partner chooses one of [`SUCCESSORS`].
    Retired,
}

/// R25: an Action Pack, Learning Action Pack or legacy Silver/Gold membership
/// whose anniversary falls after 2025-01-21 cannot renew; anything else can.
///
/// # Example
/// ```
/// use benefits_desk::model::Offer;
/// use benefits_desk::rules::program::{renewability, Renewability};
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(renewability(Offer::ActionPack, d(2025, 1, 21)).value, Renewability::Renews);
/// assert_eq!(renewability(Offer::ActionPack, d(2025, 1, 22)).value, Renewability::Retired);
/// ```
pub fn renewability(offer: Offer, anniversary: NaiveDate) -> Explained<Renewability> {
    let value = if offer.retired() && anniversary > last_legacy_renewal() {
        Renewability::Retired
    } else {
        Renewability::Renews
    };
    Explained {
        value,
        why: Why::new(
            RuleId::R25,
            vec![Fact::date(FactName::Anniversary, anniversary)],
        ),
    }
}

/// R26: the last day a purchase made on `purchased` can be refunded (if no
/// benefit was activated and no key viewed).
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::program::refund_until;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(refund_until(d(2026, 11, 1)).unwrap().value, d(2026, 12, 1));
/// ```
pub fn refund_until(purchased: NaiveDate) -> Result<Explained<NaiveDate>, DateError> {
    Ok(Explained {
        value: add_days(purchased, REFUND_DAYS)?,
        why: Why::new(
            RuleId::R26,
            vec![Fact::date(FactName::Purchased, purchased)],
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RedemptionFlow;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn r19_case_modernized_offer_end_whatever_the_redemption_day() {
        // RULES.md: offer ends 2026-03-10, redeemed 2025-11-01 -> ends 2026-03-10.
        let e = keyless_end(d(2026, 3, 10), d(2025, 11, 1));
        assert_eq!(e.value, d(2026, 3, 10));
        assert_eq!(e.why.rule, RuleId::R19);
        // A key redeemed the same day would run 12 months instead (R2).
        assert_eq!(
            crate::rules::keys::usable_until(d(2025, 11, 1))
                .unwrap()
                .value,
            d(2026, 11, 1)
        );
    }

    #[test]
    fn r22_case_bought_2023_06_01() {
        // RULES.md: bought 2023-06-01 -> membership ends 2024-05-31, benefits end 2024-06-30.
        let m = membership_dates(d(2023, 6, 1)).unwrap();
        assert_eq!(m.value.membership_end, d(2024, 5, 31));
        assert_eq!(m.value.benefits_end, d(2024, 6, 30));
        assert_eq!(m.why.rule, RuleId::R22);
    }

    #[test]
    fn r22_a_year_without_a_leap_day_ends_the_day_before_the_same_date() {
        let m = membership_dates(d(2025, 3, 1)).unwrap().value;
        assert_eq!(m.membership_end, d(2026, 3, 1));
        let m = membership_dates(d(2024, 1, 15)).unwrap().value;
        assert_eq!(m.membership_end, d(2025, 1, 14));
    }

    #[test]
    fn r25_case_action_pack_cut_off() {
        // RULES.md: anniversary 2025-01-21 / 2025-01-22 -> renewable / not renewable.
        assert_eq!(
            renewability(Offer::ActionPack, d(2025, 1, 21)).value,
            Renewability::Renews
        );
        assert_eq!(
            renewability(Offer::ActionPack, d(2025, 1, 22)).value,
            Renewability::Retired
        );
    }

    #[test]
    fn r25_every_retired_offer_and_no_current_one() {
        for offer in Offer::ALL {
            let later = renewability(offer, d(2026, 6, 1)).value;
            assert_eq!(later == Renewability::Retired, offer.retired(), "{offer:?}");
        }
        assert!(SUCCESSORS.iter().all(|o| !o.retired()));
        assert_eq!(
            renewability(Offer::Gold, d(2024, 12, 31)).value,
            Renewability::Renews
        );
    }

    #[test]
    fn r26_refund_window_is_thirty_days() {
        assert_eq!(refund_until(d(2026, 1, 31)).unwrap().value, d(2026, 3, 2));
    }

    #[test]
    fn offer_end_follows_the_last_renewal() {
        let m = Membership {
            purchased: Some(d(2025, 3, 31)),
            anniversary: Some(d(2027, 3, 31)),
            renewals: vec![crate::model::RenewalRecord {
                paid_on: d(2026, 3, 31),
                previous_anniversary: d(2026, 3, 31),
                anniversary: d(2027, 3, 31),
                benefit_expiry: d(2027, 3, 31),
            }],
            ..Membership::default()
        };
        assert_eq!(offer_end(&m), Some(d(2027, 3, 31)));
    }

    #[test]
    fn offer_end_prefers_the_purchase_date() {
        let mut m = Membership {
            offer: Offer::SolutionsPartner,
            flow: RedemptionFlow::Keyless,
            anniversary: Some(d(2026, 6, 1)),
            ..Membership::default()
        };
        assert_eq!(offer_end(&m), Some(d(2026, 6, 1)));
        m.purchased = Some(d(2025, 11, 1));
        assert_eq!(offer_end(&m), Some(d(2026, 11, 1)));
    }
}
