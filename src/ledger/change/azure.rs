//! Azure credits (R11, R20, R21).

#[allow(clippy::wildcard_imports)]
use super::*;

/// Add a credit offer (a checked [`CreditDraft`](crate::model::form::CreditDraft));
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
