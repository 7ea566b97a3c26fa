//! Every stored document shape the app has ever written must still load. Each
//! schema version has a fixture in `tests/fixtures/schema-vN.json`, added when the
//! version is introduced and never edited afterwards.
#![cfg(not(target_arch = "wasm32"))]

use benefits_desk::ledger::{as_it_stood, replay, texts_of};
use benefits_desk::model::{Offer, RedemptionMode, SCHEMA_VERSION};
use benefits_desk::store::document::read_document;
use chrono::NaiveDate;

fn fixture(version: u32) -> String {
    let path = format!(
        "{}/tests/fixtures/schema-v{version}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn there_is_a_fixture_for_every_schema_version() {
    for v in 1..=SCHEMA_VERSION {
        assert!(!fixture(v).is_empty());
    }
}

#[test]
fn every_fixture_loads_as_the_current_schema() {
    for v in 1..=SCHEMA_VERSION {
        let doc = read_document(&fixture(v)).unwrap_or_else(|e| panic!("schema v{v}: {e:?}"));
        assert_eq!(doc.schema, SCHEMA_VERSION);
    }
}

#[test]
fn version_1_keeps_every_field() {
    let doc = read_document(&fixture(1)).unwrap();
    assert_eq!(doc.revision, 12);
    let m = doc.data.membership.as_ref().unwrap();
    assert_eq!(m.offer, Offer::Gold);
    assert_eq!(m.benefit_expiry, NaiveDate::from_ymd_opt(2026, 6, 30));
    assert_eq!(
        doc.data.keys[1].redemption.as_ref().unwrap().mode,
        RedemptionMode::Add
    );
    assert_eq!(doc.data.users[0].name, "김민지");
    assert_eq!(
        doc.data
            .vs_seats
            .iter()
            .filter(|s| s.assignment.is_some())
            .count(),
        1
    );
    assert_eq!(doc.data.support.as_ref().unwrap().incidents_used, 4);
}

#[test]
fn version_2_keeps_tenants_history_sources_and_credits() {
    use benefits_desk::model::{CreditKind, UserSource};
    let doc = read_document(&fixture(2)).unwrap();
    let d = &doc.data;
    assert_eq!(d.membership.as_ref().unwrap().country, "Korea, Republic of");
    let k = &d.keys[0];
    assert_eq!(k.received, NaiveDate::from_ymd_opt(2026, 9, 15));
    assert_eq!(
        k.redemption.as_ref().unwrap().tenant,
        "contoso.onmicrosoft.com"
    );
    assert_eq!(d.subscriptions[0].history[0].licenses, 25);
    assert_eq!(d.users[0].source, UserSource::AzureAd);
    assert_eq!(
        d.users[1].source,
        UserSource::Manual,
        "absent reads as typed in"
    );
    assert_eq!(d.vs_seats[0].history[0].user, 2);
    assert_eq!(d.credits[0].kind, CreditKind::Bulk);
    assert_eq!(d.credits[0].transfers[0].to, 1);
    assert!(d.credits[1].transfers.is_empty());
}

#[test]
fn version_1_reads_the_new_fields_as_empty() {
    let doc = read_document(&fixture(1)).unwrap();
    assert!(doc.data.credits.is_empty());
    assert!(doc.data.subscriptions.iter().all(|s| s.history.is_empty()));
    assert_eq!(doc.data.membership.as_ref().unwrap().country, "");
}

#[test]
fn version_3_keeps_renewals_replacements_activations_contract_years_and_credit_history() {
    let doc = read_document(&fixture(3)).unwrap();
    let d = &doc.data;
    let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    assert_eq!(
        d.membership.as_ref().unwrap().renewals[0].paid_on,
        day(2026, 4, 10)
    );
    assert_eq!(d.keys[0].replacement.unwrap().by, Some(2));
    assert_eq!(d.keys[1].replaces, Some(1));
    assert_eq!(
        d.vs_seats[0].assignment.as_ref().unwrap().activated_on,
        Some(day(2020, 12, 18))
    );
    let s = d.support.as_ref().unwrap();
    assert_eq!((s.cloud_incidents_used, s.advisory_hours_used), (1, 6));
    assert_eq!(s.years[0].incidents_used, 11);
    assert_eq!(
        (d.credits[0].given_on, d.credits[0].reassigned),
        (Some(day(2026, 5, 1)), 2)
    );
}

#[test]
fn versions_1_and_2_read_the_fields_of_version_3_as_empty() {
    for v in [1, 2] {
        let d = read_document(&fixture(v)).unwrap().data;
        assert!(
            d.keys
                .iter()
                .all(|k| k.replacement.is_none() && k.replaces.is_none())
        );
        assert!(
            d.credits
                .iter()
                .all(|c| c.given_on.is_none() && c.reassigned == 0)
        );
        assert!(d.membership.as_ref().is_none_or(|m| m.renewals.is_empty()));
    }
}

#[test]
fn version_4_keeps_the_vault_and_sealed_key_texts() {
    let d = read_document(&fixture(4)).unwrap().data;
    let vault = d.vault.as_ref().unwrap();
    assert_eq!((vault.format, vault.iterations), (1, 600_000));
    assert_eq!(vault.salt_bytes().unwrap(), vec![7; 16]);
    let k = &d.keys[0];
    assert!(k.key.is_empty());
    assert_eq!(k.sealed.as_ref().unwrap().last, "J8N2V");
}

#[test]
fn versions_before_4_have_no_vault() {
    for v in 1..4 {
        let d = read_document(&fixture(v)).unwrap().data;
        assert!(d.vault.is_none() && d.keys.iter().all(|k| k.sealed.is_none()));
    }
}

#[test]
fn versions_before_5_read_their_program_level_as_the_offer_with_keys() {
    use benefits_desk::model::RedemptionFlow;
    let expected = [Offer::Gold, Offer::Silver, Offer::Gold, Offer::Gold];
    for (v, offer) in (1..5).zip(expected) {
        let doc = read_document(&fixture(v)).unwrap();
        let m = doc.data.membership.unwrap();
        assert_eq!(m.offer, offer, "schema v{v}");
        assert_eq!(m.flow, RedemptionFlow::Keys, "schema v{v}");
        assert_eq!(m.purchased, None, "schema v{v}");
    }
}

#[test]
fn version_5_keeps_the_offer_the_flow_and_the_purchase_date() {
    use benefits_desk::model::RedemptionFlow;
    let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let m = read_document(&fixture(5)).unwrap().data.membership.unwrap();
    assert_eq!(m.offer, Offer::SolutionsPartner);
    assert_eq!(m.flow, RedemptionFlow::Keyless);
    assert_eq!(m.purchased, Some(day(2026, 3, 31)));
}

#[test]
fn an_action_pack_of_version_4_stays_an_action_pack() {
    let text = fixture(4).replace("\"program\": \"Gold\"", "\"program\": \"ActionPack\"");
    assert!(text.contains("ActionPack"));
    let m = read_document(&text).unwrap().data.membership.unwrap();
    assert_eq!(m.offer, Offer::ActionPack);
}

#[test]
fn a_backup_of_version_4_imports_with_its_offer() {
    use benefits_desk::store::backup::parse;
    let doc: serde_json::Value = serde_json::from_str(&fixture(4)).unwrap();
    let backup = serde_json::json!({
        "format": "benefits-desk-backup",
        "schema": 4,
        "exported_on": "2026-05-01",
        "includes_keys": true,
        "data": doc["data"],
    });
    let b = parse(&backup.to_string()).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(b.data.membership.unwrap().offer, Offer::Gold);
}

#[test]
fn version_6_keeps_benefits_without_keys_and_older_versions_have_none() {
    let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    let b = read_document(&fixture(6)).unwrap().data.benefits;
    assert_eq!(b.len(), 2);
    assert_eq!(
        (
            b[0].product.as_str(),
            b[0].quantity,
            b[0].redeemed.is_none()
        ),
        ("Microsoft 365 E5", 25, true)
    );
    let r = b[1].redeemed.as_ref().unwrap();
    assert_eq!(
        (r.on, r.tenant.as_str()),
        (day(2025, 11, 1), "contoso.onmicrosoft.com")
    );
    for v in 1..=5 {
        assert!(
            read_document(&fixture(v)).unwrap().data.benefits.is_empty(),
            "schema v{v}"
        );
    }
}

#[test]
fn version_7_keeps_readings_and_billing_profiles_and_older_versions_follow_the_defaults() {
    use benefits_desk::rules::RuleId;
    use benefits_desk::rules::readings::{Question, Readings};
    let data = read_document(&fixture(7)).unwrap().data;
    let c = &data.credits[1];
    assert_eq!(
        (c.billing_profile.as_str(), c.provisioned),
        ("Contoso Partner BP", NaiveDate::from_ymd_opt(2026, 1, 31))
    );
    let r = data.readings;
    assert_eq!(
        Question::ALL.map(|q| r.get(q)),
        [RuleId::R4, RuleId::R23, RuleId::R11]
    );
    for v in 1..=6 {
        assert_eq!(
            read_document(&fixture(v)).unwrap().data.readings,
            Readings::default(),
            "schema v{v}"
        );
    }
}

#[test]
fn version_8_keeps_the_dates_fixed_on_their_day_and_older_versions_derive_them() {
    use benefits_desk::rules::keys::key_end;
    use benefits_desk::rules::program::keyless_end_of;
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let v8 = read_document(&fixture(8)).unwrap().data;
    let r = &v8.membership.as_ref().unwrap().renewals[0];
    assert_eq!(
        (r.from_offer, r.reassigned_on),
        (Some(Offer::ActionPack), Some(d(2026, 4, 20)))
    );
    let s = v8.support.as_ref().unwrap();
    assert_eq!(
        (s.cloud_incidents_allowed, s.advisory_hours_allowed),
        (Some(12), Some(40))
    );
    assert_eq!(
        v8.keys[0].redemption.as_ref().unwrap().ends,
        Some(d(2027, 10, 1))
    );
    // Schema 7 stored no ends: they are derived once, as of their own day,
    // and agree with what schema 8 keeps.
    let v7 = read_document(&fixture(7)).unwrap().data;
    assert_eq!(v7.keys[0].redemption.as_ref().unwrap().ends, None);
    assert_eq!(
        key_end(&v7.keys[0], &v7.subscriptions).unwrap().value,
        d(2027, 10, 1)
    );
    let b = v7.benefits[1].redeemed.as_ref().unwrap();
    assert_eq!(
        keyless_end_of(b, v7.membership.as_ref()).unwrap().value,
        d(2026, 3, 31)
    );
    // A version 7 document saved again keeps every field it had.
    let again: benefits_desk::model::Dataset =
        serde_json::from_str(&serde_json::to_string(&v7).unwrap()).unwrap();
    assert_eq!(again, v7);
}

#[test]
fn version_9_holds_a_ledger_whose_replay_is_the_stored_data() {
    use benefits_desk::ledger::{Facts, replay};
    use benefits_desk::store::journal::read_ledger;
    let text = fixture(9);
    let doc = read_document(&text).unwrap();
    let ledger = read_ledger(&text).unwrap().expect("a ledger");
    assert!(matches!(ledger.events[0].facts, Facts::AsItStood { .. }));
    assert!(
        ledger
            .events
            .iter()
            .all(|e| e.at > ledger.events[0].at || e.id == ledger.events[0].id)
    );
    let r = replay(&ledger.events, &ledger.texts);
    assert!(r.refused.is_empty(), "{:?}", r.refused);
    assert_eq!(
        r.data, doc.data,
        "the cache deleted, the ledger gives it back"
    );
    assert_eq!(ledger.events[1].admin, "Kim Min-ji");
    // The v8 document it began from is the first event, as it stood.
    let v8 = read_document(&fixture(8)).unwrap();
    assert_eq!(replay(&ledger.events[..1], &ledger.texts).data, v8.data);
}

#[test]
fn version_10_keeps_moved_events_in_indexeddb_and_reads_whole_with_them() {
    use benefits_desk::ledger::replay;
    use benefits_desk::store::journal::{FullError, full_ledger, read_ledger, tail_of};
    let text = fixture(10);
    let doc = read_document(&text).unwrap();
    let (place, tail) = tail_of(&text).expect("a ledger of this version");
    assert_eq!(
        (place.archived, tail.len()),
        (1, 1),
        "three events in one record"
    );
    assert_eq!(place.last, "2026-12-05T09:32:00.000Z");
    // The three events kept in IndexedDB, as the browser gives them back.
    let archived = std::fs::read_to_string(format!(
        "{}/tests/fixtures/schema-v10-archived.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let whole = full_ledger(&text, &archived, 1).unwrap().expect("a ledger");
    assert_eq!(whole, read_ledger(&fixture(9)).unwrap().unwrap());
    assert_eq!(replay(&whole.events, &whole.texts).data, doc.data);
    // Fewer found there than the document says: never a partial history.
    assert!(matches!(
        full_ledger(&text, "[]", 0),
        Err(FullError::Missing {
            found: 0,
            expected: 1
        })
    ));
}

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, n).unwrap()
}

#[test]
fn data_from_before_the_ledger_begins_it_as_it_stood_and_replays_to_itself() {
    for v in 1..SCHEMA_VERSION {
        let text = fixture(v);
        let doc = read_document(&text).unwrap();
        let first = as_it_stood(&doc.data, day(5), "2026-12-05T00:00:00.000Z", "dev");
        assert!(
            !serde_json::to_string(&first)
                .unwrap()
                .contains("\"key\":\"A"),
            "no key text (v{v})"
        );
        let r = replay(std::slice::from_ref(&first), &texts_of(&doc.data));
        assert!(r.refused.is_empty(), "v{v}: {:?}", r.refused);
        assert_eq!(r.data, doc.data, "schema v{v}: every field kept");
        let again = as_it_stood(&doc.data, day(6), "2026-12-06T00:00:00.000Z", "other");
        assert_eq!(
            again.id, first.id,
            "the same data taken over twice is one event"
        );
    }
}
