//! The working behind a computed date, in words: the rule's arithmetic on the
//! user's own numbers, from the engine's [`Why`] (its facts), and where the
//! project interprets a vague source, what it assumed ("estimate").

use chrono::NaiveDate;

use super::{Lang, Msg, fill, format_date};
use crate::rules::RuleId;
use crate::rules::dates::add_days;
use crate::rules::membership::{REMINDER_AFTER_DAYS, REMINDER_BEFORE_DAYS, RENEWAL_WINDOW_DAYS};
use crate::rules::{FactName, FactValue, Why};

/// The working of one value: the arithmetic, and the assumption when the
/// figure is an estimate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Working {
    /// The rule that produced the value.
    pub rule: RuleId,
    /// The arithmetic, on the user's numbers.
    pub sum: String,
    /// What was assumed where the source is vague, or the reading followed
    /// where sources disagree: the figure is an estimate.
    pub estimate: Option<String>,
}

fn date_of(why: &Why, name: FactName) -> Option<NaiveDate> {
    why.facts
        .iter()
        .find_map(|f| match (f.name == name, f.value) {
            (true, FactValue::Date(d)) => Some(d),
            _ => None,
        })
}

fn count_of(why: &Why, name: FactName) -> Option<i64> {
    why.facts
        .iter()
        .find_map(|f| match (f.name == name, f.value) {
            (true, FactValue::Count(n)) => Some(n),
            _ => None,
        })
}

/// `num / den` with one decimal, rounded half up, in whole-number arithmetic.
///
/// ```
/// use benefits_desk::i18n::working::tenths;
/// assert_eq!(tenths(45_000, 200), "225.0");
/// assert_eq!(tenths(42_125, 200), "210.6");
/// assert_eq!(tenths(3, 2), "1.5");
/// ```
pub fn tenths(num: i64, den: i64) -> String {
    let t = (num * 10 + den / 2) / den.max(1);
    format!("{}.{}", t / 10, t % 10)
}

/// Whether [`working`] can explain a value of `rule`.
pub fn explains(rule: RuleId) -> bool {
    matches!(
        rule,
        RuleId::R1
            | RuleId::R2
            | RuleId::R3
            | RuleId::R4
            | RuleId::R7
            | RuleId::R8
            | RuleId::R9
            | RuleId::R13
            | RuleId::R15
            | RuleId::R19
            | RuleId::R21
            | RuleId::R22
            | RuleId::R24
            | RuleId::R27
    )
}

/// The working that produced `value` as `why` records it; `None` for a rule
/// whose value is not a date computed from its facts.
pub fn working(lang: Lang, why: &Why, value: NaiveDate) -> Option<Working> {
    let date = |n: FactName| date_of(why, n).map(|d| format_date(lang, d));
    let count = |n: FactName| count_of(why, n);
    let v = format_date(lang, value);
    let (msg, values, estimate): (Msg, Vec<(&str, String)>, Option<Msg>) = match why.rule {
        RuleId::R1 => (
            Msg::WhyR1,
            vec![("expiry", date(FactName::BenefitExpiry)?)],
            Some(Msg::WhyEstimateR1),
        ),
        RuleId::R2 => (
            Msg::WhyR2,
            vec![("from", date(FactName::RedeemedOn)?)],
            None,
        ),
        RuleId::R3 => (
            Msg::WhyR3,
            vec![("from", date(FactName::Anniversary)?)],
            None,
        ),
        RuleId::R4 => {
            // Both ends of the window, whichever of them `value` is.
            let a = date_of(why, FactName::Anniversary)?;
            let closes = add_days(a, RENEWAL_WINDOW_DAYS).ok()?;
            let on_anniversary = why.reading.is_some_and(|r| r.rule == RuleId::R23);
            let opens = if on_anniversary {
                a
            } else {
                add_days(a, 1).ok()?
            };
            let (msg, opens) = match date_of(why, FactName::RenewalStart) {
                Some(s) => (Msg::WhyR4Start, s.min(opens)),
                None if on_anniversary => (Msg::WhyR23, opens),
                None => (Msg::WhyR4, opens),
            };
            (
                msg,
                vec![
                    ("anniversary", format_date(lang, a)),
                    ("opens", format_date(lang, opens)),
                    ("closes", format_date(lang, closes)),
                    (
                        "before",
                        format_date(lang, add_days(a, -REMINDER_BEFORE_DAYS).ok()?),
                    ),
                    (
                        "after",
                        format_date(lang, add_days(a, REMINDER_AFTER_DAYS).ok()?),
                    ),
                ],
                None,
            )
        }
        RuleId::R7 => {
            let (a, c) = (
                count(FactName::ActiveLicenses)?,
                count(FactName::KeyLicenses)?,
            );
            let (d, p) = (
                count(FactName::DaysRemaining)?,
                count(FactName::DaysInTwelveMonths)?,
            );
            let today = date_of(why, FactName::Today)?;
            if a == 0 {
                // A new subscription: nothing to merge, twelve months from today.
                let vals = vec![("today", format_date(lang, today)), ("p", p.to_string())];
                return Some(finish(lang, why.rule, Msg::WhyR7New, vals, &v, None));
            }
            let n = crate::rules::dates::days_between(today, value);
            (
                Msg::WhyR7,
                vec![
                    ("today", format_date(lang, today)),
                    ("a", a.to_string()),
                    ("end", date(FactName::SubscriptionEnd)?),
                    ("d", d.to_string()),
                    ("c", c.to_string()),
                    ("p", p.to_string()),
                    ("x", tenths(a * d + c * p, a + c)),
                    ("n", n.to_string()),
                ],
                Some(Msg::WhyEstimateR7),
            )
        }
        RuleId::R8 => {
            let (num, den) = why.facts.iter().find_map(|f| match f.value {
                FactValue::Fraction(n, d) => Some((n, d)),
                _ => None,
            })?;
            (
                Msg::WhyR8,
                vec![
                    ("end", date(FactName::SubscriptionEnd)?),
                    ("c", count(FactName::KeyLicenses)?.to_string()),
                    ("a", count(FactName::ActiveLicenses)?.to_string()),
                    ("months", tenths(num, den)),
                ],
                Some(Msg::WhyEstimateR8),
            )
        }
        RuleId::R9 => (
            Msg::WhyR9,
            vec![("from", date(FactName::ActivatedOn)?)],
            None,
        ),
        RuleId::R13 => (
            Msg::WhyR13,
            vec![("from", date(FactName::AssignedOn)?)],
            None,
        ),
        RuleId::R27 => (
            Msg::WhyR27,
            vec![
                ("assigned", date(FactName::AssignedOn)?),
                ("from", date(FactName::ActivatedOn)?),
            ],
            None,
        ),
        RuleId::R15 => (
            Msg::WhyR15,
            vec![("from", date(FactName::ActivatedOn)?)],
            None,
        ),
        RuleId::R19 => match date(FactName::RedeemedOn) {
            Some(on) => (Msg::WhyR19, vec![("on", on)], None),
            // The last day to redeem: the offer's end (keyless_deadline).
            None => (
                Msg::WhyR19Deadline,
                vec![("end", date(FactName::OfferEnd)?)],
                Some(Msg::WhyEstimateR19Deadline),
            ),
        },
        RuleId::R21 => match date(FactName::OfferEnd) {
            // Paid only up to the membership's end, which comes first.
            Some(end) => (
                Msg::WhyR21MembershipEnd,
                vec![("on", date(FactName::Provisioned)?), ("end", end)],
                None,
            ),
            None => (
                Msg::WhyR21,
                vec![("on", date(FactName::Provisioned)?)],
                None,
            ),
        },
        RuleId::R24 => {
            let a = date_of(why, FactName::Anniversary)?;
            let closes = add_days(a, RENEWAL_WINDOW_DAYS).ok()?;
            (
                Msg::WhyR24,
                vec![
                    ("anniversary", format_date(lang, a)),
                    ("closes", format_date(lang, closes)),
                ],
                None,
            )
        }
        RuleId::R22 if date_of(why, FactName::Purchased).is_none() => {
            // The anniversary as entered or as the last renewal set it.
            let end = date_of(why, FactName::Anniversary)?;
            let benefits = add_days(end, crate::rules::program::BENEFITS_AFTER_DAYS).ok()?;
            (
                Msg::WhyR22Anniversary,
                vec![
                    ("end", format_date(lang, end)),
                    ("benefits", format_date(lang, benefits)),
                ],
                None,
            )
        }
        RuleId::R22 => {
            let bought = date_of(why, FactName::Purchased)?;
            let end = add_days(bought, crate::rules::program::MEMBERSHIP_DAYS).ok()?;
            let benefits = add_days(end, crate::rules::program::BENEFITS_AFTER_DAYS).ok()?;
            (
                Msg::WhyR22,
                vec![
                    ("bought", format_date(lang, bought)),
                    ("end", format_date(lang, end)),
                    ("benefits", format_date(lang, benefits)),
                ],
                None,
            )
        }
        _ => return None,
    };
    let mut w = finish(lang, why.rule, msg, values, &v, estimate);
    if let Some(r) = why.reading {
        let [followed, other] = [r.rule.as_str(), r.other().as_str()];
        w.estimate = Some(fill(
            lang.t(Msg::WhyEstimateReading),
            &[("rule", followed), ("other", other)],
        ));
    }
    Some(w)
}

fn finish(
    lang: Lang,
    rule: RuleId,
    msg: Msg,
    values: Vec<(&str, String)>,
    value: &str,
    estimate: Option<Msg>,
) -> Working {
    let mut all: Vec<(&str, &str)> = values.iter().map(|(k, s)| (*k, s.as_str())).collect();
    all.push(("value", value));
    Working {
        rule,
        sum: fill(lang.t(msg), &all),
        estimate: estimate.map(|m| lang.t(m).to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::keys::{add_licenses, extend, usable_until};
    use crate::testing::d;

    #[test]
    fn r19_and_r22_show_their_dates() {
        use crate::rules::program::{keyless_end, membership_dates};
        // RULES.md: offer ends 2026-03-10, redeemed 2025-11-01 -> 2026-03-10 (R19).
        let e = keyless_end(d(2026, 3, 10), d(2025, 11, 1));
        let w = working(Lang::En, &e.why, e.value).unwrap();
        assert!(
            w.sum.contains("November 1, 2025") && w.sum.contains("March 10, 2026"),
            "{}",
            w.sum
        );
        // RULES.md: bought 2023-06-01 -> 2024-05-31, benefits 2024-06-30 (R22).
        let m = membership_dates(d(2023, 6, 1)).unwrap();
        let w = working(Lang::Ko, &m.why, m.value.benefits_end).unwrap();
        assert!(
            w.sum.contains("2024년 5월 31일") && w.sum.contains("2024년 6월 30일"),
            "{}",
            w.sum
        );
    }

    #[test]
    fn r7_shows_the_arithmetic_on_the_users_numbers() {
        // RULES.md R7: 100 + 100 licenses, end 2021-03-01, on 2021-01-01 -> 2021-08-01.
        let o = add_licenses(100, d(2021, 3, 1), 100, d(2021, 1, 1)).unwrap();
        let w = working(Lang::En, &o.why, o.value.end).unwrap();
        assert_eq!(w.rule, RuleId::R7);
        assert_eq!(
            w.sum,
            "Today January 1, 2021: 100 licenses ending March 1, 2021 (59 days left), plus 100 new licenses × 365 days. (100·59 + 100·365) / (100 + 100) = 212.0 days, rounded half up to 212 days: January 1, 2021 + 212 days = August 1, 2021."
        );
        assert!(w.estimate.is_some());
        // Onto nothing: a new subscription of twelve months, no rounding.
        let n = add_licenses(0, d(2021, 1, 1), 25, d(2021, 1, 1)).unwrap();
        let w = working(Lang::En, &n.why, n.value.end).unwrap();
        assert_eq!(
            w.sum,
            "A new subscription: today January 1, 2021 + 12 months (365 days) = January 1, 2022."
        );
        assert!(w.estimate.is_none());
    }

    #[test]
    fn r4_names_both_ends_of_the_window_and_the_reminders() {
        // RULES.md R4: Action Pack expiring 06-22 renews 06-23 … 07-22; reminders 06-07 and 07-15.
        use crate::rules::readings::{Question, Readings};
        let mut r = Readings::default();
        let window = |r: &Readings| {
            crate::rules::membership::renewal_window(
                d(2021, 6, 22),
                None,
                crate::model::Offer::ActionPack,
                r,
            )
            .unwrap()
        };
        let w = window(&r);
        let t = working(Lang::En, &w.why, w.value.closes).unwrap();
        assert_eq!(
            t.sum,
            "The window opens the day after the anniversary June 22, 2021, on June 23, 2021, and closes 30 days after the anniversary, on July 22, 2021. Reminders: 15 days before it (June 7, 2021) and 23 days after it (July 15, 2021)."
        );
        assert_eq!(
            t.estimate.as_deref(),
            Some(
                "Estimate: this follows R4, where R23 reads the sources differently; pick either under Readings on the Rules page."
            )
        );
        // The other reading: the working and the estimate say so.
        r.set(Question::WindowOpens, RuleId::R23);
        let w = window(&r);
        let t = working(Lang::En, &w.why, w.value.opens).unwrap();
        assert!(
            t.sum
                .starts_with("The window opens on the anniversary itself, June 22, 2021,"),
            "{}",
            t.sum
        );
        assert!(t.estimate.unwrap().contains("follows R23, where R4"));
    }

    #[test]
    fn r8_and_r2_in_both_languages() {
        let o = extend(100, d(2021, 3, 31), 25, d(2021, 1, 1)).unwrap();
        let w = working(Lang::En, &o.why, o.value.end).unwrap();
        assert_eq!(
            w.sum,
            "March 31, 2021 + 12 months × 25 / 100 = 3.0 months: June 30, 2021."
        );
        let u = usable_until(d(2020, 12, 1)).unwrap();
        let ko = working(Lang::Ko, &u.why, u.value).unwrap();
        assert!(ko.sum.contains("2020년 12월 1일") && ko.sum.contains("2021년 12월 1일"));
        assert!(ko.estimate.is_none());
    }
}
