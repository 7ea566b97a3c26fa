//! The program as it is lived since 2022 (R19, R22, R25, R26): the dates of a
//! membership bought on a day, the end of a benefit redeemed without a key,
//! which offers can still renew, and the refund window.

use chrono::NaiveDate;

use super::dates::{DateError, add_days};
use super::{Explained, Fact, FactName, RuleId, Why};
use crate::model::{Membership, Offer};

pub use super::terms::{BENEFITS_AFTER_DAYS, MEMBERSHIP_DAYS, REFUND_DAYS};

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

/// R22: the one end of a membership, the same on every page: the anniversary
/// Partner Center shows (or the last recorded renewal set) when entered, since
/// that is what Partner Center did; otherwise 365 days after the purchase.
///
/// # Example
/// ```
/// use benefits_desk::model::Membership;
/// use benefits_desk::rules::program::membership_end;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let mut m = Membership { purchased: Some(d(2023, 6, 1)), ..Default::default() };
/// assert_eq!(membership_end(&m).unwrap().value, d(2024, 5, 31));
/// m.anniversary = Some(d(2024, 6, 3));
/// assert_eq!(membership_end(&m).unwrap().value, d(2024, 6, 3));
/// ```
pub fn membership_end(m: &Membership) -> Option<Explained<NaiveDate>> {
    match (m.anniversary, m.purchased) {
        (Some(a), _) => Some(Explained {
            value: a,
            why: Why::new(RuleId::R22, vec![Fact::date(FactName::Anniversary, a)]),
        }),
        (None, Some(p)) => membership_dates(p).ok().map(|d| Explained {
            value: d.value.membership_end,
            why: d.why,
        }),
        (None, None) => None,
    }
}

/// R22: the last day of a membership's benefits, 30 days after its one end
/// ([`membership_end`]).
pub fn benefits_end(m: &Membership) -> Option<Explained<NaiveDate>> {
    let end = membership_end(m)?;
    Some(Explained {
        value: add_days(end.value, BENEFITS_AFTER_DAYS).ok()?,
        why: end.why,
    })
}

/// The day a membership's offer ends: [`membership_end`]'s date, without its
/// working (the agenda's first load needs only the date).
pub fn offer_end(m: &Membership) -> Option<NaiveDate> {
    m.anniversary
        .or_else(|| add_days(m.purchased?, MEMBERSHIP_DAYS).ok())
}

/// R19 with R22 and R4: the end of the membership term that day `on` falls
/// in, from the renewal history: the anniversary set by the last renewal paid
/// on or before `on`; before any renewal, the first term's end (the anniversary
/// the first renewal replaced, else [`membership_end`]).
///
/// # Example
/// ```
/// use benefits_desk::model::{Membership, RenewalRecord};
/// use benefits_desk::rules::program::term_end_on;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let m = Membership {
///     anniversary: Some(d(2027, 3, 10)),
///     renewals: vec![RenewalRecord {
///         paid_on: d(2026, 3, 10), previous_anniversary: d(2026, 3, 10),
///         anniversary: d(2027, 3, 10), benefit_expiry: d(2027, 4, 9),
///         from_offer: None, reassigned_on: None,
///     }],
///     ..Default::default()
/// };
/// assert_eq!(term_end_on(&m, d(2025, 11, 1)), Some(d(2026, 3, 10)));
/// assert_eq!(term_end_on(&m, d(2026, 5, 1)), Some(d(2027, 3, 10)));
/// ```
pub fn term_end_on(m: &Membership, on: NaiveDate) -> Option<NaiveDate> {
    match m.renewals.iter().rev().find(|r| r.paid_on <= on) {
        Some(r) => Some(r.anniversary),
        None => m
            .renewals
            .first()
            .map(|r| r.previous_anniversary)
            .or_else(|| offer_end(m)),
    }
}

/// R19: the end of a benefit redeemed without a key, as fixed on the day of
/// its redemption (stored since schema 8; for older records, the end of the
/// term the redemption day fell in, [`term_end_on`]).
pub fn keyless_end_of(
    r: &crate::model::KeylessRedemption,
    m: Option<&Membership>,
) -> Option<Explained<NaiveDate>> {
    Some(keyless_end(keyless_end_date(r, m)?, r.on))
}

/// [`keyless_end_of`]'s date without its working.
pub fn keyless_end_date(
    r: &crate::model::KeylessRedemption,
    m: Option<&Membership>,
) -> Option<NaiveDate> {
    r.ends.or_else(|| term_end_on(m?, r.on))
}

/// R25: whether a retired offer's anniversary is past the cut-off, so it
/// cannot renew as it is ([`renewability`] without its working).
pub fn past_cut_off(offer: Offer, anniversary: NaiveDate) -> bool {
    offer.retired() && anniversary > last_legacy_renewal()
}

/// R27: after the last renewal moved off a legacy offer (R25), Visual Studio
/// subscriptions and Azure credits are reassigned once; the renewal's payment
/// day while that is not recorded as done.
pub fn reassignment_due(m: &Membership) -> Option<NaiveDate> {
    let r = m.renewals.last()?;
    (r.from_offer.is_some_and(Offer::retired) && r.reassigned_on.is_none()).then_some(r.paid_on)
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
/// date when recorded (R1), but never after the membership's end, since a
/// keyless benefit ends with the offer (R19: redeemed later, it would end
/// before it began — renew first, and it ends with the new term); without a
/// benefit expiry date, the membership's end (R19, R22). `None` when neither
/// is known (the app then assumes nothing).
pub fn keyless_deadline(m: &Membership) -> Option<Explained<NaiveDate>> {
    let end = membership_end(m);
    if let Some(expiry) = m.benefit_expiry
        && end.as_ref().is_none_or(|e| expiry <= e.value)
    {
        return Some(Explained {
            value: expiry,
            why: Why::new(
                RuleId::R1,
                vec![Fact::date(FactName::BenefitExpiry, expiry)],
            ),
        });
    }
    let end = end?;
    Some(Explained {
        value: end.value,
        why: Why::new(RuleId::R19, vec![Fact::date(FactName::OfferEnd, end.value)]),
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
    let closes = add_days(anniversary, super::terms::RENEWAL_WINDOW_DAYS)?;
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

/// R26: what voids a refund: the data shows a benefit used since the purchase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefundVoid {
    /// A product key was redeemed.
    KeyRedeemed,
    /// A benefit without a key was redeemed.
    BenefitRedeemed,
    /// A Visual Studio subscription was assigned.
    SeatAssigned,
    /// Technical support was activated.
    SupportActivated,
}

/// R26: the refund of the purchase recorded, as the data knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refund {
    /// The day of the purchase.
    pub purchased: NaiveDate,
    /// The last day a refund could be asked, with its working.
    pub last_day: Explained<NaiveDate>,
    /// What the data shows was used since the purchase, which voids it
    /// (whether a key was viewed the app cannot know).
    pub void: Option<RefundVoid>,
}

/// R26: the refund window of the membership's purchase and whether anything
/// recorded since that day voids it: a key or keyless benefit redeemed, a
/// seat assigned, support activated. `None` without a purchase day.
pub fn refund(d: &crate::model::Dataset) -> Option<Refund> {
    let purchased = d.membership.as_ref()?.purchased?;
    let since = |day: NaiveDate| day >= purchased;
    let keys = d
        .keys
        .iter()
        .filter_map(|k| k.redemption.as_ref())
        .any(|r| since(r.on));
    let benefits = d
        .benefits
        .iter()
        .filter_map(|b| b.redeemed.as_ref())
        .any(|r| since(r.on));
    let seats = d.vs_seats.iter().any(|s| {
        s.assignment.as_ref().is_some_and(|a| since(a.assigned_on))
            || s.history.iter().any(|h| since(h.from))
    });
    let support = d
        .support
        .as_ref()
        .and_then(|s| s.years.first().map(|y| y.from).or(s.activated_on))
        .is_some_and(since);
    let void = [
        (keys, RefundVoid::KeyRedeemed),
        (benefits, RefundVoid::BenefitRedeemed),
        (seats, RefundVoid::SeatAssigned),
        (support, RefundVoid::SupportActivated),
    ]
    .into_iter()
    .find_map(|(used, why)| used.then_some(why));
    Some(Refund {
        purchased,
        last_day: refund_until(purchased).ok()?,
        void,
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
    fn r22_365_days_end_on_the_same_date_without_a_leap_day_and_the_day_before_with_one() {
        // No 29 February in between: the same date a year on.
        let m = membership_dates(d(2025, 3, 1)).unwrap().value;
        assert_eq!(m.membership_end, d(2026, 3, 1));
        // 29 February 2024 in between: the day before.
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
                from_offer: None,
                reassigned_on: None,
            }],
            ..Membership::default()
        };
        assert_eq!(offer_end(&m), Some(d(2027, 3, 31)));
    }

    #[test]
    fn r22_one_membership_has_one_end_partner_centers_anniversary_first() {
        let mut m = Membership {
            offer: Offer::SolutionsPartner,
            flow: RedemptionFlow::Keyless,
            purchased: Some(d(2025, 11, 1)),
            ..Membership::default()
        };
        // Only the purchase: 365 days on.
        assert_eq!(offer_end(&m), Some(d(2026, 11, 1)));
        // Partner Center's anniversary entered too: that one, everywhere.
        m.anniversary = Some(d(2026, 6, 1));
        let end = membership_end(&m).unwrap();
        assert_eq!((end.value, end.why.rule), (d(2026, 6, 1), RuleId::R22));
        assert_eq!(benefits_end(&m).unwrap().value, d(2026, 7, 1));
        let data = crate::model::Dataset {
            membership: Some(m.clone()),
            ..Default::default()
        };
        let items = crate::rules::agenda::agenda(&data, d(2026, 5, 1));
        let window = items
            .iter()
            .find(|i| i.kind == crate::rules::agenda::ItemKind::RenewalOpens)
            .unwrap();
        assert_eq!(window.due, d(2026, 6, 2), "the window follows the same end");
        // After a renewal, the end it set (not the first purchase + 365).
        m.renewals.push(crate::model::RenewalRecord {
            paid_on: d(2026, 6, 10),
            previous_anniversary: d(2026, 6, 1),
            anniversary: d(2027, 6, 10),
            benefit_expiry: d(2027, 7, 10),
            from_offer: None,
            reassigned_on: None,
        });
        m.anniversary = Some(d(2027, 6, 10));
        assert_eq!(offer_end(&m), Some(d(2027, 6, 10)));
    }
}
