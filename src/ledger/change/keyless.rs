//! Benefits redeemed without keys (R17–R19).

#[allow(clippy::wildcard_imports)]
use super::*;

/// Add a benefit to redeem without a key; returns its id.
pub fn add_benefit(d: &mut Dataset, product: String, quantity: u32) -> u64 {
    let id = next_id(d.benefits.iter().map(|x| x.id));
    d.benefits.push(KeylessBenefit {
        id,
        product,
        quantity,
        redeemed: None,
    });
    id
}

/// Remove a benefit without a key.
///
/// # Errors
/// [`ChangeError::Gone`].
pub fn remove_benefit(d: &mut Dataset, id: u64) -> Result<(), ChangeError> {
    let at = d
        .benefits
        .iter()
        .position(|b| b.id == id)
        .ok_or(ChangeError::Gone)?;
    d.benefits.remove(at);
    Ok(())
}

/// Record that benefit `id` was redeemed without a key on `on` into `tenant`
/// (R17, R18); it then ends with the offer (R19).
///
/// # Errors
/// [`ChangeError::Gone`]; [`Refusal::AlreadyRedeemed`]; [`Refusal::BenefitExpired`]
/// when `on` is after the benefit expiry date (R1); [`ChangeError::OfferEnded`]
/// when it is after the end of the membership term it falls in (R19: it
/// would end before it began).
pub fn record_keyless(
    d: &mut Dataset,
    id: u64,
    on: NaiveDate,
    tenant: String,
) -> Result<(), ChangeError> {
    let m = d.membership.as_ref();
    let expiry = m.and_then(|m| m.benefit_expiry);
    // R19: it ends with the term its redemption day falls in, fixed today.
    let ends = m.and_then(|m| crate::rules::program::term_end_on(m, on));
    let b = d
        .benefits
        .iter_mut()
        .find(|b| b.id == id)
        .ok_or(ChangeError::Gone)?;
    if b.redeemed.is_some() {
        return Err(ChangeError::Refused(Refusal::AlreadyRedeemed));
    }
    if let Some(expiry) = expiry.filter(|e| on > *e) {
        return Err(ChangeError::Refused(Refusal::BenefitExpired { expiry }));
    }
    if let Some(end) = ends.filter(|e| on > *e) {
        return Err(ChangeError::OfferEnded { end });
    }
    b.redeemed = Some(KeylessRedemption { on, tenant, ends });
    Ok(())
}
