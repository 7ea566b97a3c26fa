//! Membership dates: the benefit expiry date (R1), the grace for user-assigned
//! benefits (R3) and the renewal window (R4).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::{DateError, add_days, add_months, days_between};
use super::readings::{Question, ReadingUsed, Readings};
use super::{Explained, Fact, FactName, RuleId, Why};
use crate::model::Offer;

/// Where today stands against the benefit expiry date (R1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RedeemWindow {
    /// Benefits can still be activated; `days_left` days remain after today.
    Open {
        /// Days after today that are still inside the window.
        days_left: i64,
    },
    /// Today is the benefit expiry date: the last day.
    LastDay,
    /// The expiry date has passed; activation and redemption are refused.
    Closed {
        /// How many days ago the last day was.
        days_ago: i64,
    },
}

impl RedeemWindow {
    /// Whether a key can still be redeemed or a benefit activated today.
    pub fn is_open(self) -> bool {
        !matches!(self, RedeemWindow::Closed { .. })
    }
}

/// R1: can benefits still be activated and keys redeemed today?
///
/// The expiry date itself is included: it is the last day.
///
/// # Example
/// ```
/// use benefits_desk::rules::membership::{redeem_window, RedeemWindow};
/// use chrono::NaiveDate;
/// let expiry = NaiveDate::from_ymd_opt(2021, 1, 31).unwrap();
/// let day = |m, d| NaiveDate::from_ymd_opt(2021, m, d).unwrap();
/// assert_eq!(redeem_window(expiry, day(1, 30)).value, RedeemWindow::Open { days_left: 1 });
/// assert_eq!(redeem_window(expiry, day(1, 31)).value, RedeemWindow::LastDay);
/// assert_eq!(redeem_window(expiry, day(2, 1)).value, RedeemWindow::Closed { days_ago: 1 });
/// ```
pub fn redeem_window(expiry: NaiveDate, today: NaiveDate) -> Explained<RedeemWindow> {
    let left = days_between(today, expiry);
    let value = match left {
        0 => RedeemWindow::LastDay,
        n if n > 0 => RedeemWindow::Open { days_left: n },
        n => RedeemWindow::Closed { days_ago: -n },
    };
    Explained {
        value,
        why: Why::new(
            RuleId::R1,
            vec![
                Fact::date(FactName::BenefitExpiry, expiry),
                Fact::date(FactName::Today, today),
            ],
        ),
    }
}

/// Days of grace after the renewal date for user-assigned benefits (R3).
pub const GRACE_DAYS: i64 = 30;

/// R3: the last day a user-assigned benefit (Visual Studio) can still be
/// activated and used after the enrollment renewal date.
///
/// # Errors
/// [`DateError::OutOfRange`] for a renewal date at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::membership::grace_end;
/// use chrono::NaiveDate;
/// let renewal = NaiveDate::from_ymd_opt(2021, 6, 30).unwrap();
/// assert_eq!(grace_end(renewal).unwrap().value, NaiveDate::from_ymd_opt(2021, 7, 30).unwrap());
/// ```
pub fn grace_end(renewal_date: NaiveDate) -> Result<Explained<NaiveDate>, DateError> {
    Ok(Explained {
        value: add_days(renewal_date, GRACE_DAYS)?,
        why: Why::new(
            RuleId::R3,
            vec![Fact::date(FactName::Anniversary, renewal_date)],
        ),
    })
}

/// R3: whether a user-assigned benefit can still be activated and used on `today`
/// after the renewal date `renewal_date` (grace included).
///
/// # Errors
/// [`DateError::OutOfRange`] for a renewal date at the edge of the calendar.
///
/// # Example
/// Renewal date 30 June 2021: usable through 30 July, not 31 July.
/// ```
/// use benefits_desk::rules::membership::in_grace;
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
/// assert_eq!(in_grace(d(6, 30), d(7, 29)), Ok(true));
/// assert_eq!(in_grace(d(6, 30), d(7, 30)), Ok(true));
/// assert_eq!(in_grace(d(6, 30), d(7, 31)), Ok(false));
/// ```
pub fn in_grace(renewal_date: NaiveDate, today: NaiveDate) -> Result<bool, DateError> {
    Ok(today <= grace_end(renewal_date)?.value)
}

pub use super::terms::{REMINDER_AFTER_DAYS, REMINDER_BEFORE_DAYS, RENEWAL_WINDOW_DAYS};

/// The renewal window of one membership year (R4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalWindow {
    /// The anniversary the window follows.
    pub anniversary: NaiveDate,
    /// First day renewal is possible.
    pub opens: NaiveDate,
    /// Last day renewal is possible; after it benefits and competencies lapse.
    pub closes: NaiveDate,
    /// Day of the reminder sent before the anniversary.
    pub reminder_before: NaiveDate,
    /// Day of the reminder sent after the anniversary.
    pub reminder_after: NaiveDate,
}

/// Where today stands in the renewal window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RenewalPhase {
    /// The window opens in `days` days.
    NotYetOpen {
        /// Days until it opens.
        days: i64,
    },
    /// The window is open; `days_left` days remain after today.
    Open {
        /// Days after today still inside the window.
        days_left: i64,
    },
    /// The window closed `days_ago` days ago: renewal was missed.
    Missed {
        /// Days since the last day.
        days_ago: i64,
    },
}

impl RenewalWindow {
    /// Where `today` falls.
    ///
    /// # Example
    /// ```
    /// use benefits_desk::model::Offer;
    /// use benefits_desk::rules::membership::{renewal_window, RenewalPhase};
    /// use chrono::NaiveDate;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
    /// let w = renewal_window(d(6, 22), None, Offer::ActionPack, &Default::default()).unwrap().value;
    /// assert_eq!(w.phase(d(6, 22)), RenewalPhase::NotYetOpen { days: 1 });
    /// assert_eq!(w.phase(d(6, 23)), RenewalPhase::Open { days_left: 29 });
    /// assert_eq!(w.phase(d(7, 22)), RenewalPhase::Open { days_left: 0 });
    /// assert_eq!(w.phase(d(7, 23)), RenewalPhase::Missed { days_ago: 1 });
    /// ```
    pub fn phase(&self, today: NaiveDate) -> RenewalPhase {
        if today < self.opens {
            RenewalPhase::NotYetOpen {
                days: days_between(today, self.opens),
            }
        } else if today <= self.closes {
            RenewalPhase::Open {
                days_left: days_between(today, self.closes),
            }
        } else {
            RenewalPhase::Missed {
                days_ago: days_between(self.closes, today),
            }
        }
    }
}

/// R4: the renewal window for a membership whose anniversary (for Action Pack,
/// its expiry date) is `anniversary`.
///
/// The window closes 30 days after the anniversary in every program. Where it
/// opens is a reading ([`Question::WindowOpens`]): the day after the anniversary
/// (R4, the default) or the anniversary itself (R23). Either way a competency
/// membership may be renewed from an earlier renewal start date shown in
/// Partner Center; Action Pack can only be renewed once it has expired, so its
/// `renewal_start` is ignored.
///
/// # Errors
/// [`DateError::OutOfRange`] for dates at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::model::Offer;
/// use benefits_desk::rules::RuleId;
/// use benefits_desk::rules::membership::renewal_window;
/// use benefits_desk::rules::readings::{Question, Readings};
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
/// let w = renewal_window(d(6, 22), None, Offer::ActionPack, &Readings::default()).unwrap().value;
/// assert_eq!((w.opens, w.closes), (d(6, 23), d(7, 22)));
/// assert_eq!((w.reminder_before, w.reminder_after), (d(6, 7), d(7, 15)));
/// let mut r23 = Readings::default();
/// r23.set(Question::WindowOpens, RuleId::R23);
/// let w = renewal_window(d(6, 22), None, Offer::ActionPack, &r23).unwrap().value;
/// assert_eq!((w.opens, w.closes), (d(6, 22), d(7, 22)));
/// ```
pub fn renewal_window(
    anniversary: NaiveDate,
    renewal_start: Option<NaiveDate>,
    program: Offer,
    readings: &Readings,
) -> Result<Explained<RenewalWindow>, DateError> {
    let reading = ReadingUsed::of(readings, Question::WindowOpens);
    let first = match reading.rule {
        RuleId::R23 => anniversary,
        _ => add_days(anniversary, 1)?,
    };
    let closes = add_days(anniversary, RENEWAL_WINDOW_DAYS)?;
    let opens = match (program, renewal_start) {
        (o, _) if o.is_action_pack() => first,
        (_, None) => first,
        (_, Some(start)) => start.min(first),
    };
    let mut facts = vec![Fact::date(FactName::Anniversary, anniversary)];
    if let (Some(start), false) = (renewal_start, program.is_action_pack()) {
        facts.push(Fact::date(FactName::RenewalStart, start));
    }
    Ok(Explained {
        value: RenewalWindow {
            anniversary,
            opens,
            closes,
            reminder_before: add_days(anniversary, -REMINDER_BEFORE_DAYS)?,
            reminder_after: add_days(anniversary, REMINDER_AFTER_DAYS)?,
        },
        why: Why::new(RuleId::R4, facts).under(reading),
    })
}

/// The anniversary after a renewal paid on `paid_on`, under the reading of
/// [`Question::NewAnniversary`]: 365 days after the payment (R22, the default)
/// or the old anniversary `old` plus 12 months (R4).
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::RuleId;
/// use benefits_desk::rules::membership::new_anniversary;
/// use benefits_desk::rules::readings::{Question, Readings};
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let mut r = Readings::default();
/// // Anniversary 2026-06-30, paid 2026-07-10.
/// assert_eq!(new_anniversary(d(2026, 6, 30), d(2026, 7, 10), &r).unwrap().value, d(2027, 7, 10));
/// r.set(Question::NewAnniversary, RuleId::R4);
/// assert_eq!(new_anniversary(d(2026, 6, 30), d(2026, 7, 10), &r).unwrap().value, d(2027, 6, 30));
/// ```
pub fn new_anniversary(
    old: NaiveDate,
    paid_on: NaiveDate,
    readings: &Readings,
) -> Result<Explained<NaiveDate>, DateError> {
    let reading = ReadingUsed::of(readings, Question::NewAnniversary);
    let value = match reading.rule {
        RuleId::R4 => add_months(old, 12)?,
        _ => add_days(paid_on, super::terms::MEMBERSHIP_DAYS)?,
    };
    Ok(Explained {
        value,
        why: Why::new(
            reading.rule,
            vec![
                Fact::date(FactName::Anniversary, old),
                Fact::date(FactName::PaidOn, paid_on),
            ],
        )
        .under(reading),
    })
}

/// Why a renewal paid on a day cannot be recorded (R4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenewalRefusal {
    /// Paid before the window opened: it opens on `opens` (an Action Pack
    /// renews only once it has expired).
    BeforeWindow {
        /// The first day of the window.
        opens: NaiveDate,
        /// Whether it is an Action Pack (which renews only after expiry).
        action_pack: bool,
    },
    /// Paid after the window closed on `closes`: the membership had lapsed.
    AfterWindow {
        /// The last day of the window.
        closes: NaiveDate,
    },
    /// The dates leave the calendar.
    OutOfRange,
}

/// R4: whether a renewal paid on `paid_on` renews the membership whose
/// anniversary is `anniversary`: it must fall in the renewal window. Gives the
/// window.
///
/// # Errors
/// [`RenewalRefusal`] before the window (for an Action Pack: before it
/// expired) or after it.
///
/// # Example
/// ```
/// use benefits_desk::model::Offer;
/// use benefits_desk::rules::membership::{check_renewal, RenewalRefusal};
/// use benefits_desk::rules::readings::Readings;
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
/// // RULES.md R4: an Action Pack expiring 06-22 renews 06-23 … 07-22.
/// let r = Readings::default();
/// assert_eq!(check_renewal(d(6, 22), None, Offer::ActionPack, d(6, 22), &r),
///     Err(RenewalRefusal::BeforeWindow { opens: d(6, 23), action_pack: true }));
/// assert!(check_renewal(d(6, 22), None, Offer::ActionPack, d(6, 23), &r).is_ok());
/// assert_eq!(check_renewal(d(6, 22), None, Offer::ActionPack, d(7, 23), &r),
///     Err(RenewalRefusal::AfterWindow { closes: d(7, 22) }));
/// ```
pub fn check_renewal(
    anniversary: NaiveDate,
    renewal_start: Option<NaiveDate>,
    program: Offer,
    paid_on: NaiveDate,
    readings: &Readings,
) -> Result<Explained<RenewalWindow>, RenewalRefusal> {
    let w = renewal_window(anniversary, renewal_start, program, readings)
        .map_err(|_| RenewalRefusal::OutOfRange)?;
    if paid_on < w.value.opens {
        return Err(RenewalRefusal::BeforeWindow {
            opens: w.value.opens,
            action_pack: program.is_action_pack(),
        });
    }
    if paid_on > w.value.closes {
        return Err(RenewalRefusal::AfterWindow {
            closes: w.value.closes,
        });
    }
    Ok(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;

    #[test]
    fn r1_expiry_2021_01_31_today_2021_01_31_is_last_day() {
        let w = redeem_window(d(2021, 1, 31), d(2021, 1, 31));
        assert_eq!(w.value, RedeemWindow::LastDay);
        assert!(w.value.is_open());
        assert_eq!(w.why.rule, RuleId::R1);
    }

    #[test]
    fn r1_expiry_2021_01_31_today_2021_02_01_is_refused() {
        let w = redeem_window(d(2021, 1, 31), d(2021, 2, 1));
        assert!(!w.value.is_open());
        assert_eq!(w.why.rule, RuleId::R1);
    }

    #[test]
    fn r3_renewal_2021_06_30_vs_usable_through_2021_07_30() {
        let g = grace_end(d(2021, 6, 30)).unwrap();
        assert_eq!(g.value, d(2021, 7, 30));
        assert_eq!(g.why.rule, RuleId::R3);
    }

    #[test]
    fn r4_reading_new_anniversary_is_twelve_months_later_and_clamps() {
        let mut r = Readings::default();
        r.set(Question::NewAnniversary, RuleId::R4);
        let a = new_anniversary(d(2024, 2, 29), d(2024, 3, 5), &r).unwrap();
        assert_eq!(a.value, d(2025, 2, 28));
        assert_eq!(a.why.rule, RuleId::R4);
    }

    #[test]
    fn r22_reading_new_anniversary_is_365_days_after_payment_and_says_so() {
        // RULES.md R22: 365 days after Microsoft receives payment (the default).
        let a = new_anniversary(d(2023, 5, 31), d(2023, 6, 1), &Readings::default()).unwrap();
        assert_eq!(a.value, d(2024, 5, 31));
        let used = a.why.reading.unwrap();
        assert_eq!((used.rule, used.other()), (RuleId::R22, RuleId::R4));
    }

    #[test]
    fn r23_reading_opens_the_window_on_the_anniversary() {
        let mut r = Readings::default();
        r.set(Question::WindowOpens, RuleId::R23);
        let w = renewal_window(d(2021, 6, 30), None, Offer::Gold, &r).unwrap();
        assert_eq!(
            (w.value.opens, w.value.closes),
            (d(2021, 6, 30), d(2021, 7, 30))
        );
        assert_eq!(w.why.reading.unwrap().rule, RuleId::R23);
        // A renewal paid on the anniversary itself: refused under R4, not R23.
        assert!(check_renewal(d(2021, 6, 30), None, Offer::Gold, d(2021, 6, 30), &r).is_ok());
        assert!(
            check_renewal(
                d(2021, 6, 30),
                None,
                Offer::Gold,
                d(2021, 6, 30),
                &Readings::default()
            )
            .is_err()
        );
    }

    #[test]
    fn r4_competency_membership_can_open_early_but_action_pack_cannot() {
        let start = Some(d(2021, 6, 1));
        let r = Readings::default();
        let gold = renewal_window(d(2021, 6, 22), start, Offer::Gold, &r).unwrap();
        assert_eq!(gold.value.opens, d(2021, 6, 1));
        assert_eq!(gold.value.closes, d(2021, 7, 22));
        let ap = renewal_window(d(2021, 6, 22), start, Offer::ActionPack, &r).unwrap();
        assert_eq!(ap.value.opens, d(2021, 6, 23));
        assert_eq!(ap.why.facts.len(), 1);
    }

    #[test]
    fn calendar_edge_is_an_error_not_a_panic() {
        assert_eq!(grace_end(NaiveDate::MAX), Err(DateError::OutOfRange));
        assert!(renewal_window(NaiveDate::MAX, None, Offer::Silver, &Readings::default()).is_err());
    }
}
