//! Helpers the native unit tests share (compiled for tests only).

use chrono::NaiveDate;

use crate::model::{ProductKey, Redemption, RedemptionMode, TenantOwner};

/// A calendar date; panics on an impossible one, which is a mistake in the test.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A product key of `product` with `licenses`, a key text made from its id, and
/// a redemption (new subscription, the partner's tenant) on `redeemed`.
pub fn key(id: u64, product: &str, licenses: u32, redeemed: Option<NaiveDate>) -> ProductKey {
    ProductKey {
        id,
        product: product.into(),
        key: format!("AAAAA-BBBBB-CCCCC-DDDDD-{id:05}"),
        licenses,
        redemption: redeemed.map(|on| Redemption {
            on,
            owner: TenantOwner::Partner,
            subscription: None,
            mode: RedemptionMode::New,
            tenant: String::new(),
            ends: None,
        }),
        replaced: false,
        received: None,
        replacement: None,
        replaces: None,
        sealed: None,
    }
}
