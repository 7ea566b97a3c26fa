//! Product keys: added, sealed, edited, deleted.

#[allow(clippy::wildcard_imports)]
use super::*;

/// Add a key; returns its id.
pub fn add_key(d: &mut Dataset, k: KeyFields) -> u64 {
    let id = next_id(d.keys.iter().map(|x| x.id));
    d.keys.push(ProductKey {
        id,
        product: k.product,
        key: k.key,
        licenses: k.licenses,
        redemption: None,
        replaced: false,
        received: k.received,
        replacement: None,
        replaces: None,
        sealed: None,
    });
    id
}

/// Seal a key's text in the vault: `sealed` replaces whatever text it had. The
/// UI adds or edits a key with a blank text and seals it in the same change, so
/// the readable text is never stored.
///
/// # Errors
/// [`ChangeError::Gone`].
pub fn seal_key(
    d: &mut Dataset,
    id: u64,
    sealed: crate::model::vault::SealedKey,
) -> Result<(), ChangeError> {
    let x = d
        .keys
        .iter_mut()
        .find(|x| x.id == id)
        .ok_or(ChangeError::Gone)?;
    x.key.clear();
    x.sealed = Some(sealed);
    Ok(())
}

/// Change a key's fields (its redemption stays).
///
/// # Errors
/// [`ChangeError::Gone`]; [`ChangeError::RedeemedLicenses`] for a new number
/// of licenses on a redeemed key.
pub fn edit_key(d: &mut Dataset, id: u64, k: KeyFields) -> Result<(), ChangeError> {
    let x = d
        .keys
        .iter_mut()
        .find(|x| x.id == id)
        .ok_or(ChangeError::Gone)?;
    // R9: once redeemed, its licenses are in the subscription as they were.
    if x.redemption.is_some() && x.licenses != k.licenses {
        return Err(ChangeError::RedeemedLicenses);
    }
    x.product = k.product;
    // A blank text keeps a sealed one: its text is not in the form.
    if !k.key.is_empty() || x.sealed.is_none() {
        x.key = k.key;
        x.sealed = None;
    }
    x.licenses = k.licenses;
    x.received = k.received;
    Ok(())
}

/// Delete a key; a replacement link to it goes with it (the request stays).
pub fn delete_key(d: &mut Dataset, id: u64) {
    d.keys.retain(|x| x.id != id);
    for k in &mut d.keys {
        if k.replaces == Some(id) {
            k.replaces = None;
        }
        if let Some(r) = &mut k.replacement
            && r.by == Some(id)
        {
            r.by = None;
        }
    }
}
