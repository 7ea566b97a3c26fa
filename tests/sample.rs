//! The sample data against the rules that read it: valid, dated as R22 and
//! R19 say, covering every urgency of the agenda, and removed whole. Here,
//! not beside the sample, because the plain types do not import the rules.
#![cfg(not(target_arch = "wasm32"))]

use benefits_desk::model::Dataset;
use benefits_desk::model::sample::{has_sample, keyless_sample, remove_sample, sample};
use benefits_desk::model::validate::validate;
use benefits_desk::rules::agenda::{Severity, agenda};
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

#[test]
fn the_keyless_sample_is_valid_dated_by_r22_and_removed_whole() {
    let data = keyless_sample(today());
    assert_eq!(validate(&data), Ok(()));
    let items = agenda(&data, today());
    use benefits_desk::rules::agenda::ItemKind;
    // Bought 320 days ago: the offer ends in 45 days (R22), the redeemed
    // benefits with it (R19); the others can be redeemed until then too
    // (R19: later, they would end before they began).
    let ends: Vec<_> = items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::BenefitEnds(_)))
        .collect();
    assert_eq!(ends.len(), 2);
    assert!(ends.iter().all(|i| i.days_left == 45));
    let open: Vec<_> = items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::RedeemBenefit(_)))
        .collect();
    assert_eq!(open.len(), 2);
    assert!(
        open.iter()
            .all(|i| i.days_left == 45 && i.rule == benefits_desk::rules::RuleId::R19)
    );
    // Loaded beside the user's own records and removed again, it leaves them alone.
    let mut own = Dataset::default();
    benefits_desk::ledger::change::add_benefit(&mut own, "Own".into(), 3);
    let merged = benefits_desk::store::backup::merge(&own, &data);
    assert!(has_sample(&merged));
    let back = remove_sample(&merged, today());
    assert_eq!(back, own);
}

#[test]
fn the_sample_is_valid_and_covers_every_urgency() {
    let data = sample(today());
    assert_eq!(validate(&data), Ok(()));
    assert_eq!(data.users.len(), 30);
    assert_eq!(data.keys.len(), 12);
    let items = agenda(&data, today());
    for s in [
        Severity::Today,
        Severity::Week,
        Severity::Month,
        Severity::Later,
    ] {
        assert!(items.iter().any(|i| i.severity == s), "no {s:?} item");
    }
}
