//! Membership: its fields, renewals, readings, reassignment after a move (R2–R6, R22–R27).

#[allow(clippy::wildcard_imports)]
use super::*;

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
