//! Redemption: planned, checked and recorded through the rules engine (R1, R7–R10).

#[allow(clippy::wildcard_imports)]
use super::*;

/// A key, the subscription it would go to, and every way to redeem it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedemptionPlan {
    /// The key.
    pub key: ProductKey,
    /// The subscription (for [`Target::Other`], the one described, id 0).
    pub subscription: Option<Subscription>,
    /// New, add and extend, each allowed or refused, as of the day asked.
    pub options: Vec<RedemptionOption>,
}

/// Every way to redeem key `key` onto `target` in a tenant of `owner`, as of
/// day `on`; `None` when the key or the subscription is no longer there.
///
/// With no benefit expiry date recorded every way is refused: R1 cannot be
/// checked, and the app assumes no date.
pub fn plan_redemption(
    d: &Dataset,
    key: u64,
    target: Target,
    owner: TenantOwner,
    tenant: &str,
    on: NaiveDate,
) -> Option<RedemptionPlan> {
    let key = d.keys.iter().find(|k| k.id == key)?.clone();
    let subscription = match target {
        Target::Existing(id) => Some(d.subscriptions.iter().find(|s| s.id == id)?.clone()),
        Target::Other { licenses, end } => Some(Subscription {
            id: 0,
            product: key.product.clone(),
            licenses,
            end,
            tenant: tenant.to_owned(),
            history: vec![],
        }),
        Target::New => None,
    };
    let expiry = d.membership.as_ref().and_then(|m| m.benefit_expiry);
    let facts = KeyFacts {
        licenses: key.licenses,
        benefit_expiry: expiry,
        redeemed: key.redemption.is_some() || key.replaced,
    };
    let sub_facts = subscription.as_ref().map(|s| SubscriptionFacts {
        licenses: s.licenses,
        end: s.end,
    });
    let options = redemption_options(&facts, sub_facts, owner, on);
    Some(RedemptionPlan {
        key,
        subscription,
        options,
    })
}

/// What recording `req` would give, or why the rules refuse it.
///
/// # Errors
/// [`ChangeError::Gone`], or [`ChangeError::Refused`] with the rule's reason.
pub fn check_redemption(d: &Dataset, req: &RedemptionRequest) -> Result<Outcome, ChangeError> {
    let plan = plan_redemption(d, req.key, req.target, req.owner, &req.tenant, req.on)
        .ok_or(ChangeError::Gone)?;
    let option = plan
        .options
        .into_iter()
        .find(|o| o.mode == req.mode)
        .ok_or(ChangeError::Gone)?;
    option.result.map(|e| e.value).map_err(ChangeError::Refused)
}

/// Record a redemption, exactly as the rules give it on its day: the key is
/// marked redeemed, and the subscription gets its new licenses and end date with
/// the old ones in its history (a new or described subscription is recorded).
/// Returns the subscription's id.
///
/// # Errors
/// As [`check_redemption`]; nothing is changed then.
pub fn record_redemption(d: &mut Dataset, req: &RedemptionRequest) -> Result<u64, ChangeError> {
    // R7/R8 apply to the subscription as it stood on the day: a redemption
    // dated before a later change to it cannot be applied to today's state.
    if let Target::Existing(id) = req.target
        && let Some(last) = d
            .subscriptions
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.history.iter().map(|h| h.on).max())
            .filter(|last| *last > req.on)
    {
        return Err(ChangeError::BeforeLastChange { on: last });
    }
    let outcome = check_redemption(d, req)?;
    let product = d
        .keys
        .iter()
        .find(|k| k.id == req.key)
        .map(|k| k.product.clone())
        .ok_or(ChangeError::Gone)?;
    let before = |licenses, end| SubscriptionChange {
        on: req.on,
        licenses,
        end,
        key: Some(req.key),
    };
    let sub_id = match req.target {
        Target::Existing(id) => {
            let s = d
                .subscriptions
                .iter_mut()
                .find(|s| s.id == id)
                .ok_or(ChangeError::Gone)?;
            s.history.push(before(s.licenses, s.end));
            s.licenses = outcome.licenses;
            s.end = outcome.end;
            id
        }
        other => {
            let id = next_id(d.subscriptions.iter().map(|s| s.id));
            let history = match other {
                Target::Other { licenses, end } => vec![before(licenses, end)],
                _ => vec![],
            };
            d.subscriptions.push(Subscription {
                id,
                product,
                licenses: outcome.licenses,
                end: outcome.end,
                tenant: req.tenant.clone(),
                history,
            });
            id
        }
    };
    if let Some(k) = d.keys.iter_mut().find(|k| k.id == req.key) {
        k.redemption = Some(Redemption {
            on: req.on,
            owner: req.owner,
            subscription: Some(sub_id),
            mode: req.mode,
            tenant: req.tenant.clone(),
            // R2/R7/R8: fixed as of the redemption day.
            ends: Some(outcome.end),
        });
    }
    Ok(sub_id)
}

/// Add a subscription bought or redeemed before the app (a checked
/// [`SubscriptionDraft`](crate::model::form::SubscriptionDraft)); returns
/// its id.
pub fn add_subscription(d: &mut Dataset, mut s: Subscription) -> u64 {
    s.id = next_id(d.subscriptions.iter().map(|s| s.id));
    let id = s.id;
    d.subscriptions.push(s);
    id
}
