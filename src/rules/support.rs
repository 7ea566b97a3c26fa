//! Technical support: the contract year (R15) and incident allowances (R16).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::{DateError, add_days, add_months};
use super::{Explained, Fact, FactName, RuleId, Why};
use crate::model::Offer;

/// R15: the last day of the contract year that began on `activated_on`. A
/// contract year is 12 calendar months: it runs to the day before its
/// anniversary, and the next year starts on the anniversary itself, so the
/// years never drift.
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::support::contract_end;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(contract_end(d(2021, 3, 10)).unwrap().value, d(2022, 3, 9));
/// assert_eq!(contract_end(d(2024, 2, 29)).unwrap().value, d(2025, 2, 27));
/// ```
pub fn contract_end(activated_on: NaiveDate) -> Result<Explained<NaiveDate>, DateError> {
    contract_year(activated_on, 0).map(|y| Explained {
        value: y.value.1,
        why: y.why,
    })
}

/// R15: the first and last day of contract year `n` (0 is the first) of a
/// contract first activated on `first`: year `n` starts `12 × n` calendar
/// months after the activation (counted from the activation itself, so a
/// 29 February start keeps its anniversary) and ends the day before year
/// `n + 1` starts.
///
/// # Errors
/// [`DateError::OutOfRange`] at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::support::contract_year;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // Day 365 of the first year, then the anniversary opens the second.
/// assert_eq!(contract_year(d(2021, 3, 10), 0).unwrap().value, (d(2021, 3, 10), d(2022, 3, 9)));
/// assert_eq!(contract_year(d(2021, 3, 10), 1).unwrap().value, (d(2022, 3, 10), d(2023, 3, 9)));
/// // Leap day: every fourth year starts on 29 February again.
/// assert_eq!(contract_year(d(2024, 2, 29), 4).unwrap().value, (d(2028, 2, 29), d(2029, 2, 27)));
/// ```
pub fn contract_year(
    first: NaiveDate,
    n: u32,
) -> Result<Explained<(NaiveDate, NaiveDate)>, DateError> {
    let months = |k: u32| k.checked_mul(12).ok_or(DateError::OutOfRange);
    let from = add_months(first, months(n)?)?;
    let next = add_months(first, months(n + 1)?)?;
    Ok(Explained {
        value: (from, add_days(next, -1)?),
        why: Why::new(RuleId::R15, vec![Fact::date(FactName::ActivatedOn, from)]),
    })
}

/// R15: the current contract year of `s` (first and last day), counted from
/// the day it was first activated (the first recorded year's start, else the
/// activation day); `None` without an activation day.
pub fn current_contract_year(
    s: &crate::model::SupportContract,
) -> Option<Explained<(NaiveDate, NaiveDate)>> {
    let first = s.years.first().map(|y| y.from).or(s.activated_on)?;
    let n = u32::try_from(s.years.len()).ok()?;
    contract_year(first, n).ok()
}

/// How many of something are allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Allowance {
    /// Not included.
    None,
    /// This many.
    Limited(u32),
    /// No limit.
    Unlimited,
    /// No public page gives the number for this offer (R28): the user enters it.
    NotPublished,
}

/// Default support allowances of a membership (R16); the user may override them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportAllowances {
    /// On-premises product support incidents.
    pub on_premises_incidents: Allowance,
    /// Signature cloud support incidents.
    pub cloud_incidents: Allowance,
    /// Advisory hours.
    pub advisory_hours: Allowance,
}

/// R16, R28: default allowances of an offer; `cloud_competency` says whether
/// the partner holds a cloud competency (legacy Silver and Gold: unlimited
/// signature cloud support). The benefits packages' numbers are not published.
///
/// # Example
/// ```
/// use benefits_desk::model::Offer;
/// use benefits_desk::rules::support::{allowances, Allowance};
/// let a = allowances(Offer::Gold, false).value;
/// assert_eq!(a.on_premises_incidents, Allowance::Limited(20));
/// assert_eq!(a.cloud_incidents, Allowance::Limited(10));
/// let a = allowances(Offer::SolutionsPartner, false).value;
/// assert_eq!(a.cloud_incidents, Allowance::Unlimited);
/// ```
pub fn allowances(offer: Offer, cloud_competency: bool) -> Explained<SupportAllowances> {
    use Allowance::{Limited, None as Not, NotPublished, Unlimited};
    let legacy_cloud = |n| {
        if cloud_competency {
            Unlimited
        } else {
            Limited(n)
        }
    };
    let (on_prem, cloud, hours, rule) = match offer {
        Offer::ActionPack => (Limited(10), Not, Limited(5), RuleId::R16),
        Offer::Silver => (Limited(15), legacy_cloud(5), Limited(20), RuleId::R16),
        Offer::Gold => (Limited(20), legacy_cloud(10), Limited(50), RuleId::R16),
        Offer::SolutionsPartner => (Limited(20), Unlimited, Limited(50), RuleId::R28),
        Offer::LearningActionPack
        | Offer::PartnerLaunch
        | Offer::PartnerSuccessCore
        | Offer::PartnerSuccessExpanded => (NotPublished, NotPublished, NotPublished, RuleId::R28),
    };
    Explained {
        value: SupportAllowances {
            on_premises_incidents: on_prem,
            cloud_incidents: cloud,
            advisory_hours: hours,
        },
        why: Why::new(rule, vec![]),
    }
}

/// R16: the on-premises incidents a contract allows: the user's own number when
/// they entered one, otherwise the program default.
///
/// # Example
/// ```
/// use benefits_desk::model::Offer;
/// use benefits_desk::rules::support::{incidents_allowed, Allowance};
/// assert_eq!(incidents_allowed(None, Offer::Silver), Allowance::Limited(15));
/// assert_eq!(incidents_allowed(Some(12), Offer::Silver), Allowance::Limited(12));
/// ```
pub fn incidents_allowed(entered: Option<u32>, program: Offer) -> Allowance {
    entered.map_or_else(
        || allowances(program, false).value.on_premises_incidents,
        Allowance::Limited,
    )
}

/// R16, R28: what contract `s` allows a year: each number the user entered
/// (the benefits packages' are not published), else the offer's default.
///
/// # Example
/// ```
/// use benefits_desk::model::{Offer, SupportContract};
/// use benefits_desk::rules::support::{contract_allowances, Allowance};
/// let s = SupportContract { cloud_incidents_allowed: Some(6), ..Default::default() };
/// let a = contract_allowances(&s, Offer::PartnerSuccessCore, false);
/// assert_eq!(a.cloud_incidents, Allowance::Limited(6));
/// assert_eq!(a.advisory_hours, Allowance::NotPublished);
/// ```
pub fn contract_allowances(
    s: &crate::model::SupportContract,
    offer: Offer,
    cloud_competency: bool,
) -> SupportAllowances {
    let d = allowances(offer, cloud_competency).value;
    let or = |entered: Option<u32>, default| entered.map_or(default, Allowance::Limited);
    SupportAllowances {
        on_premises_incidents: or(s.incidents_allowed, d.on_premises_incidents),
        cloud_incidents: or(s.cloud_incidents_allowed, d.cloud_incidents),
        advisory_hours: or(s.advisory_hours_allowed, d.advisory_hours),
    }
}

/// Incidents left before the allowance is used up: at most this many is "running low".
pub const LOW_INCIDENTS: u32 = 2;

/// R16: incidents left of `allowed` after `used`; `None` when unlimited or none.
///
/// # Example
/// ```
/// use benefits_desk::rules::support::{incidents_left, Allowance};
/// assert_eq!(incidents_left(Allowance::Limited(15), 14), Some(1));
/// assert_eq!(incidents_left(Allowance::Limited(15), 20), Some(0));
/// assert_eq!(incidents_left(Allowance::Unlimited, 99), None);
/// ```
pub fn incidents_left(allowed: Allowance, used: u32) -> Option<u32> {
    match allowed {
        Allowance::Limited(n) => Some(n.saturating_sub(used)),
        Allowance::None | Allowance::Unlimited | Allowance::NotPublished => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r16_action_pack_has_no_signature_cloud_support() {
        let a = allowances(Offer::ActionPack, true).value;
        assert_eq!(a.cloud_incidents, Allowance::None);
        assert_eq!(a.on_premises_incidents, Allowance::Limited(10));
        assert_eq!(a.advisory_hours, Allowance::Limited(5));
    }

    #[test]
    fn r16_cloud_competency_makes_cloud_support_unlimited() {
        let a = allowances(Offer::Silver, true).value;
        assert_eq!(a.cloud_incidents, Allowance::Unlimited);
        assert_eq!(
            allowances(Offer::Silver, false).value.cloud_incidents,
            Allowance::Limited(5)
        );
    }

    #[test]
    fn r28_solutions_partner_and_the_packages() {
        let a = allowances(Offer::SolutionsPartner, false).value;
        assert_eq!(
            (a.on_premises_incidents, a.cloud_incidents, a.advisory_hours),
            (
                Allowance::Limited(20),
                Allowance::Unlimited,
                Allowance::Limited(50)
            )
        );
        for offer in [
            Offer::PartnerLaunch,
            Offer::PartnerSuccessCore,
            Offer::PartnerSuccessExpanded,
        ] {
            let a = allowances(offer, true);
            assert_eq!(a.value.on_premises_incidents, Allowance::NotPublished);
            assert_eq!(a.why.rule, RuleId::R28);
            // The user's own number is taken; without one nothing is assumed.
            assert_eq!(incidents_allowed(Some(8), offer), Allowance::Limited(8));
            assert_eq!(incidents_left(incidents_allowed(None, offer), 3), None);
        }
    }

    #[test]
    fn r15_contract_year_clamps_leap_day() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(contract_end(d(2024, 2, 29)).unwrap().value, d(2025, 2, 27));
    }

    #[test]
    fn r15_contract_years_do_not_drift_a_day_a_year() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        // Ten years on, a contract activated on 10 March still starts its year
        // on 10 March (it drifted to 20 March when each year ran inclusive).
        let y = contract_year(d(2021, 3, 10), 10).unwrap().value;
        assert_eq!(y, (d(2031, 3, 10), d(2032, 3, 9)));
        for n in 0..12 {
            let (_, last) = contract_year(d(2021, 3, 10), n).unwrap().value;
            let (next, _) = contract_year(d(2021, 3, 10), n + 1).unwrap().value;
            assert_eq!(last.succ_opt(), Some(next), "year {n}");
        }
    }
}
