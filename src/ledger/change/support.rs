//! Support: the contract, its counters and contract years (R14–R16).

#[allow(clippy::wildcard_imports)]
use super::*;

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
