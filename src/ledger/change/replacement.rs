//! Replacement keys (R9).

#[allow(clippy::wildcard_imports)]
use super::*;

/// Keys that can be recorded as the replacement of `key`: any other key that
/// neither replaces one already, nor was replaced itself, nor is linked to
/// another key as its replacement.
pub fn replacement_candidates(d: &Dataset, key: u64) -> Vec<&ProductKey> {
    d.keys
        .iter()
        .filter(|k| k.id != key && k.replaces.is_none() && k.replacement.is_none() && !k.replaced)
        .collect()
}

/// R9: record that a replacement was asked for `key` on `on` (once, within 30
/// days after it was activated), and, when Microsoft has given it, the key
/// `by` that replaces it. The original counts as replaced from then on.
///
/// # Errors
/// [`ChangeError::Refused`] with R9's refusal (asked before, too late, not
/// redeemed); [`ChangeError::Gone`] when either key is not there or `by`
/// cannot be a replacement.
pub fn ask_replacement(
    d: &mut Dataset,
    key: u64,
    on: NaiveDate,
    by: Option<u64>,
) -> Result<(), ChangeError> {
    let k = d
        .keys
        .iter()
        .find(|k| k.id == key)
        .ok_or(ChangeError::Gone)?;
    if k.replaces.is_some() {
        return Err(ChangeError::Refused(Refusal::ReplacementOfReplacement));
    }
    let asked = k.replacement.map(|r| r.asked_on);
    check_replacement(k.redemption.as_ref().map(|r| r.on), asked, on)
        .map_err(ChangeError::Refused)?;
    if let Some(by) = by {
        check_candidate(d, key, by)?;
    }
    let k = d
        .keys
        .iter_mut()
        .find(|k| k.id == key)
        .ok_or(ChangeError::Gone)?;
    k.replaced = true;
    k.replacement = Some(Replacement { asked_on: on, by });
    let (licenses, redemption) = (k.licenses, k.redemption.clone());
    if let Some(r) = redemption {
        withdraw(d, key, licenses, &r, on);
    }
    if let Some(by) = by {
        link(d, key, by);
    }
    Ok(())
}

/// R9: a replaced key's licenses leave its subscription (the replacement's
/// come in when it is redeemed), so none are counted twice. When the key's
/// change is still the subscription's latest, the subscription goes back to
/// what it was before it; otherwise the licenses it added come out on `on`,
/// kept in the history.
fn withdraw(d: &mut Dataset, key: u64, licenses: u32, r: &Redemption, on: NaiveDate) {
    let Some(s) = r
        .subscription
        .and_then(|id| d.subscriptions.iter_mut().find(|s| s.id == id))
    else {
        return;
    };
    if s.history.last().is_some_and(|h| h.key == Some(key)) {
        let before = s.history.pop().expect("checked above");
        s.licenses = before.licenses;
        s.end = before.end;
        return;
    }
    // An extension (R8) adds time, not licenses; a new subscription or added
    // licenses (R7) come out.
    if r.mode != RedemptionMode::Extend {
        s.history.push(SubscriptionChange {
            on,
            licenses: s.licenses,
            end: s.end,
            key: Some(key),
        });
        s.licenses = s.licenses.saturating_sub(licenses);
    }
}

/// Record the key `by` that Microsoft gave for `key`, whose replacement was
/// asked before.
///
/// # Errors
/// [`ChangeError::Gone`] when either key is not there, no replacement was
/// asked, or `by` cannot be a replacement.
pub fn link_replacement(d: &mut Dataset, key: u64, by: u64) -> Result<(), ChangeError> {
    let asked = d
        .keys
        .iter()
        .find(|k| k.id == key)
        .and_then(|k| k.replacement)
        .ok_or(ChangeError::Gone)?;
    if asked.by.is_some() {
        return Err(ChangeError::Gone);
    }
    check_candidate(d, key, by)?;
    link(d, key, by);
    Ok(())
}

fn check_candidate(d: &Dataset, key: u64, by: u64) -> Result<(), ChangeError> {
    replacement_candidates(d, key)
        .iter()
        .any(|k| k.id == by)
        .then_some(())
        .ok_or(ChangeError::Gone)
}

fn link(d: &mut Dataset, key: u64, by: u64) {
    for k in &mut d.keys {
        if k.id == by {
            k.replaces = Some(key);
        }
        if k.id == key
            && let Some(r) = &mut k.replacement
        {
            r.by = Some(by);
        }
    }
}
