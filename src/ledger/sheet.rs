//! What the rows of the admin's own spreadsheet would do (issue 29), row by
//! row, each after the ones above it, through the same change functions a
//! page calls: a key added (and, when the row says so, redeemed on its day
//! through R1 and R7–R10, as the Keys page records one), a subscription
//! added, a seat matched or added as the portal's import does. A row that is
//! already here changes nothing, so the same file twice adds nothing. The
//! rows that pass become one [`Facts::Batch`], which one undo takes back.

use super::change::{self as c, ChangeError, Matched, PortalOutcome, RedemptionRequest, Target};
use super::{Facts, rows_text};
use crate::model::fields::{SheetItem, SheetKey};
use crate::model::{Dataset, ProductKey, RedemptionMode, Subscription, TenantOwner};

/// What one row does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetOutcome {
    /// A key or subscription added.
    Added,
    /// A key added and recorded as redeemed on the row's day.
    AddedRedeemed,
    /// A key already here recorded as redeemed on the row's day.
    Redeemed,
    /// Already here as the row has it: nothing changes.
    Same,
    /// A seat, as the portal's import does it.
    Seat(PortalOutcome),
}

/// Every row's result and the facts of the rows that pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetPlan {
    /// Each row's result, in the rows' order.
    pub results: Vec<Result<SheetOutcome, ChangeError>>,
    /// What recording the rows that pass takes: the steps of one
    /// [`Facts::Batch`] (empty when nothing would change).
    pub facts: Vec<Facts>,
}

/// The key already here that `k` is: the same text; without a text, the
/// same product, licenses and day received on a key without one either.
fn key_here<'a>(d: &'a Dataset, k: &SheetKey) -> Option<&'a ProductKey> {
    let f = &k.fields;
    d.keys.iter().find(|x| {
        if f.key.is_empty() {
            x.key.is_empty()
                && x.sealed.is_none()
                && x.product.eq_ignore_ascii_case(&f.product)
                && x.licenses == f.licenses
                && x.received == f.received
        } else {
            x.key == f.key
        }
    })
}

/// Whether `s` is here already: product, tenant, licenses and end alike.
fn subscription_here(d: &Dataset, s: &Subscription) -> bool {
    d.subscriptions.iter().any(|x| {
        x.product.eq_ignore_ascii_case(&s.product)
            && x.tenant.eq_ignore_ascii_case(&s.tenant)
            && x.licenses == s.licenses
            && x.end == s.end
    })
}

/// The redemption a sheet row records: in the partner's tenant, as a new
/// subscription (adding to or extending one is chosen key by key on the
/// Keys page). Key 0 in a batch: the key the step before added.
fn redemption(key: u64, k: &SheetKey, on: chrono::NaiveDate) -> RedemptionRequest {
    RedemptionRequest {
        key,
        on,
        owner: TenantOwner::Partner,
        tenant: k.tenant.clone(),
        target: Target::New,
        mode: RedemptionMode::New,
    }
}

/// What `items` would do to `d`, and the facts that do it.
pub fn plan_sheet(d: &Dataset, items: &[SheetItem]) -> SheetPlan {
    let before = d;
    let mut d = d.clone();
    let mut matched = Matched::new();
    let mut seats = Vec::new();
    let mut facts = Vec::new();
    let results = items
        .iter()
        .map(|item| match item {
            SheetItem::Key(k) => {
                let (result, steps) = plan_key(before, &mut d, k);
                facts.extend(steps);
                result
            }
            SheetItem::Subscription(s) if subscription_here(before, s) => Ok(SheetOutcome::Same),
            SheetItem::Subscription(s) => {
                c::add_subscription(&mut d, s.clone());
                facts.push(Facts::AddSubscription {
                    subscription: s.clone(),
                });
                Ok(SheetOutcome::Added)
            }
            SheetItem::Seat(p) => {
                let (outcome, _) = c::import_portal_seat(&mut d, p, &mut matched)?;
                if !matches!(outcome, PortalOutcome::Same | PortalOutcome::HeldHere) {
                    seats.push(p.clone());
                }
                Ok(SheetOutcome::Seat(outcome))
            }
        })
        .collect();
    if !seats.is_empty() {
        facts.push(Facts::ImportPortalSeats {
            rows: rows_text(&seats),
        });
    }
    SheetPlan { results, facts }
}

/// One key row: its result and its steps.
fn plan_key(
    before: &Dataset,
    d: &mut Dataset,
    k: &SheetKey,
) -> (Result<SheetOutcome, ChangeError>, Vec<Facts>) {
    if let Some(here) = key_here(before, k) {
        let redeem = k
            .redeemed
            .filter(|_| here.redemption.is_none() && !here.replaced);
        let Some(on) = redeem else {
            return (Ok(SheetOutcome::Same), vec![]);
        };
        let request = redemption(here.id, k, on);
        return match c::record_redemption(d, &request) {
            Ok(_) => (Ok(SheetOutcome::Redeemed), vec![Facts::Redeem { request }]),
            Err(e) => (Err(e), vec![]),
        };
    }
    // A text this import already added is the same key twice.
    if !k.fields.key.is_empty() && d.keys.iter().any(|x| x.key == k.fields.key) {
        return (Err(ChangeError::Duplicate), vec![]);
    }
    let id = c::add_key(d, k.fields.clone());
    let add = Facts::AddKey {
        fields: k.fields.clone(),
        sealed: None,
    };
    let Some(on) = k.redeemed else {
        return (Ok(SheetOutcome::Added), vec![add]);
    };
    match c::record_redemption(d, &redemption(id, k, on)) {
        Ok(_) => {
            let request = redemption(0, k, on);
            (
                Ok(SheetOutcome::AddedRedeemed),
                vec![add, Facts::Redeem { request }],
            )
        }
        Err(e) => {
            c::delete_key(d, id);
            (Err(e), vec![])
        }
    }
}
