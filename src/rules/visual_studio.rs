//! Visual Studio subscriptions: the 90-day reassignment lock (R13, R27) and the
//! entitlement defaults by program level (R14). Assignment steps are in
//! [`super::steps`] (R12).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::{DateError, add_days};
use super::{Explained, Fact, FactName, RuleId, Why};
use crate::model::{CompetencyLevel, Offer, VsAssignment, VsLevel};

/// Days a seat stays with its subscriber before it can move (R13).
pub const REASSIGN_AFTER_DAYS: i64 = 90;

/// R13: the first day a seat assigned on `assigned_on` may go to someone else.
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// Assigned on 1 June: day 89 is 29 August, day 90 is 30 August.
/// ```
/// use benefits_desk::rules::visual_studio::{can_reassign, reassignable_from};
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
/// assert_eq!(reassignable_from(d(6, 1)).unwrap().value, d(8, 30));
/// assert!(!can_reassign(d(6, 1), d(8, 29)).unwrap());
/// assert!(can_reassign(d(6, 1), d(8, 30)).unwrap());
/// assert!(can_reassign(d(6, 1), d(8, 31)).unwrap());
/// ```
pub fn reassignable_from(assigned_on: NaiveDate) -> Result<Explained<NaiveDate>, DateError> {
    Ok(Explained {
        value: add_days(assigned_on, REASSIGN_AFTER_DAYS)?,
        why: Why::new(
            RuleId::R13,
            vec![Fact::date(FactName::AssignedOn, assigned_on)],
        ),
    })
}

/// R13, R27: the first day a held seat can move: 90 days after it was
/// assigned (R13) or, when its activation is recorded and later, 90 days after
/// the activation (R27: today's pages count from it; the later day wins).
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::model::VsAssignment;
/// use benefits_desk::rules::visual_studio::seat_reassignable_from;
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
/// let a = VsAssignment { user: 1, assigned_on: d(6, 1), activated_on: Some(d(6, 20)) };
/// assert_eq!(seat_reassignable_from(&a).unwrap().value, d(9, 18));
/// let a = VsAssignment { activated_on: None, ..a };
/// assert_eq!(seat_reassignable_from(&a).unwrap().value, d(8, 30));
/// ```
pub fn seat_reassignable_from(a: &VsAssignment) -> Result<Explained<NaiveDate>, DateError> {
    match a.activated_on {
        Some(activated) if activated > a.assigned_on => Ok(Explained {
            value: add_days(activated, REASSIGN_AFTER_DAYS)?,
            why: Why::new(
                RuleId::R27,
                vec![
                    Fact::date(FactName::AssignedOn, a.assigned_on),
                    Fact::date(FactName::ActivatedOn, activated),
                ],
            ),
        }),
        _ => reassignable_from(a.assigned_on),
    }
}

/// R13: whether a seat assigned on `assigned_on` can be reassigned on `today`.
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
pub fn can_reassign(assigned_on: NaiveDate, today: NaiveDate) -> Result<bool, DateError> {
    Ok(today >= reassignable_from(assigned_on)?.value)
}

/// Default Visual Studio entitlement of a membership (R14).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entitlement {
    /// Which Visual Studio subscription level.
    pub level: VsLevel,
    /// Seats available in one country.
    pub seats: u32,
    /// Cap on seats across all countries.
    pub worldwide_cap: u32,
}

/// R14: default seats for a program level and its competencies (2018–2021 tables).
///
/// Action Pack: 3 Professional. Competency partners: a base of 5 Enterprise
/// (10 with any gold), plus 5 per silver and 25 per gold competency, capped per
/// country at 25 (silver only) or 50 (any gold). The user may override these.
///
/// # Example
/// ```
/// use benefits_desk::model::{CompetencyLevel, Offer, VsLevel};
/// use benefits_desk::rules::visual_studio::entitlement;
/// let e = entitlement(Offer::Gold, &[CompetencyLevel::Gold, CompetencyLevel::Silver]).unwrap();
/// assert!(entitlement(Offer::SolutionsPartner, &[]).is_none());
/// assert_eq!((e.value.level, e.value.seats), (VsLevel::Enterprise, 40));
/// ```
pub fn entitlement(
    program: Offer,
    competencies: &[CompetencyLevel],
) -> Option<Explained<Entitlement>> {
    let why = Why::new(RuleId::R14, vec![]);
    // R14's tables are those of Action Pack and the Silver and Gold levels; the
    // seats of the offers since 2022 are not on the pages the rules follow.
    if !matches!(program, Offer::ActionPack | Offer::Silver | Offer::Gold) {
        return None;
    }
    if program == Offer::ActionPack {
        let value = Entitlement {
            level: VsLevel::Professional,
            seats: 3,
            worldwide_cap: 3,
        };
        return Some(Explained { value, why });
    }
    let any_gold = program == Offer::Gold || competencies.contains(&CompetencyLevel::Gold);
    let (base, country_cap, worldwide_cap) = if any_gold { (10, 50, 150) } else { (5, 25, 75) };
    let extra: u32 = competencies
        .iter()
        .map(|c| match c {
            CompetencyLevel::Silver => 5,
            CompetencyLevel::Gold => 25,
        })
        .sum();
    let value = Entitlement {
        level: VsLevel::Enterprise,
        seats: (base + extra).min(country_cap),
        worldwide_cap,
    };
    Some(Explained { value, why })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r14_has_no_table_for_the_offers_since_2022() {
        for offer in Offer::ALL {
            let known = matches!(offer, Offer::ActionPack | Offer::Silver | Offer::Gold);
            assert_eq!(entitlement(offer, &[]).is_some(), known, "{offer:?}");
        }
    }
    use crate::testing::d;
    use proptest::prelude::*;

    #[test]
    fn r13_assigned_2021_06_01_reassignable_from_2021_08_30() {
        let r = reassignable_from(d(2021, 6, 1)).unwrap();
        assert_eq!(r.value, d(2021, 8, 30));
        assert_eq!(r.why.rule, RuleId::R13);
    }

    #[test]
    fn r14_action_pack_gets_three_professional() {
        let e = entitlement(Offer::ActionPack, &[]).unwrap().value;
        assert_eq!((e.level, e.seats), (VsLevel::Professional, 3));
    }

    #[test]
    fn r14_silver_only_is_capped_at_25_per_country() {
        let many = [CompetencyLevel::Silver; 10];
        let e = entitlement(Offer::Silver, &many).unwrap().value;
        assert_eq!((e.seats, e.worldwide_cap), (25, 75));
        assert_eq!(
            entitlement(Offer::Silver, &[CompetencyLevel::Silver])
                .unwrap()
                .value
                .seats,
            10
        );
    }

    #[test]
    fn r14_gold_is_capped_at_50_per_country() {
        let e = entitlement(Offer::Gold, &[CompetencyLevel::Gold; 3])
            .unwrap()
            .value;
        assert_eq!((e.seats, e.worldwide_cap), (50, 150));
    }

    proptest! {
        #[test]
        fn the_90_day_lock_is_exact(offset in 0i64..80_000, day in 0i64..200) {
            let assigned = add_days(d(1900, 1, 1), offset).unwrap();
            let today = add_days(assigned, day).unwrap();
            prop_assert_eq!(can_reassign(assigned, today).unwrap(), day >= 90);
        }
    }
}
