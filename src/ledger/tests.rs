use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::ledger::change::{
    KeyFields, MembershipFields, RedemptionRequest, SupportCounter, SupportFields, Target,
};
use crate::model::{
    AzureCredit, AzureOffer, Competency, CompetencyLevel, CreditKind, Offer, RedemptionFlow,
    RedemptionMode, TenantOwner, User, UserSource, VsLevel,
};
use crate::rules::RuleId;
use crate::rules::readings::Question;
use crate::testing::d;

/// An event recorded at minute `n` of 2026-12-05 (so `at` orders them).
fn ev(id: &str, n: u32, facts: Facts) -> Event {
    let day = facts.own_day().unwrap_or(d(2026, 12, 5));
    Event {
        id: id.into(),
        day,
        at: format!("2026-12-05T{:02}:{:02}:00.000Z", n / 60, n % 60),
        device: "dev-a".into(),
        admin: "Kim".into(),
        facts,
    }
}

/// The state after applying `events` one by one, as the app does when each is
/// made (refusals skipped), with the texts kept as the app keeps them.
fn step_by_step(events: &[Event]) -> Dataset {
    let mut data = Dataset::default();
    for e in events {
        let _ = apply(&mut data, e);
    }
    data
}

fn membership() -> Facts {
    Facts::SaveMembership {
        fields: MembershipFields {
            offer: Offer::PartnerSuccessCore,
            flow: RedemptionFlow::Keys,
            purchased: Some(d(2026, 1, 10)),
            country: "KR".into(),
            anniversary: Some(d(2027, 1, 10)),
            renewal_start: None,
            benefit_expiry: Some(d(2027, 2, 9)),
        },
    }
}

fn key_fields(text: &str) -> KeyFields {
    KeyFields {
        product: "Microsoft 365 E3".into(),
        key: text.into(),
        licenses: 5,
        received: Some(d(2026, 1, 12)),
    }
}

/// A ledger using every kind of event a page makes, and the ids of the
/// records it made (read back from a step-by-step run).
fn every_kind() -> Vec<Event> {
    let mut evs = vec![
        ev("01", 1, membership()),
        ev(
            "02",
            2,
            Facts::AddKey {
                fields: key_fields("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"),
                sealed: None,
            },
        ),
        ev(
            "03",
            3,
            Facts::AddUser {
                user: User {
                    id: 0,
                    name: "Min".into(),
                    email: "min@contoso.com".into(),
                    offers: vec![],
                    source: UserSource::Manual,
                },
            },
        ),
        ev(
            "04",
            4,
            Facts::ImportUsers {
                users: vec![("Ari".into(), "ari@contoso.com".into())],
                source: UserSource::AzureAd,
            },
        ),
        ev(
            "05",
            5,
            Facts::AddSeats {
                level: VsLevel::Enterprise,
                n: 2,
            },
        ),
        ev(
            "06",
            6,
            Facts::AddCredit {
                credit: AzureCredit {
                    id: 0,
                    kind: CreditKind::Monthly,
                    amount: 100,
                    assignee: None,
                    transfers: vec![],
                    given_on: None,
                    reassigned: 0,
                    billing_profile: String::new(),
                    provisioned: None,
                },
            },
        ),
        ev(
            "07",
            7,
            Facts::AddBenefit {
                product: "Dynamics 365".into(),
                quantity: 3,
            },
        ),
        ev(
            "08",
            8,
            Facts::AddCompetency {
                competency: Competency {
                    name: "Cloud".into(),
                    level: CompetencyLevel::Gold,
                    cloud: true,
                },
            },
        ),
        ev(
            "09",
            9,
            Facts::SetReading {
                question: Question::NewAnniversary,
                rule: RuleId::R4,
            },
        ),
        ev(
            "10",
            10,
            Facts::SaveSupport {
                fields: SupportFields {
                    activated_on: Some(d(2026, 2, 1)),
                    access_id: "ACC-1".into(),
                    contract_id: "CON-1".into(),
                    ..Default::default()
                },
            },
        ),
        ev("11", 11, Facts::CountIncidents { by: 2 }),
        ev(
            "12",
            12,
            Facts::CountSupport {
                counter: SupportCounter::AdvisoryHours,
                by: 3,
            },
        ),
    ];
    let data = step_by_step(&evs);
    let key = data.keys[0].id;
    let (min, ari) = (data.users[0].id, data.users[1].id);
    let seat = data.vs_seats[0].id;
    let other_seat = data.vs_seats[1].id;
    let credit = data.credits[0].id;
    let benefit = data.benefits[0].id;
    evs.extend([
        ev(
            "13",
            13,
            Facts::Redeem {
                request: RedemptionRequest {
                    key,
                    on: d(2026, 3, 2),
                    owner: TenantOwner::Partner,
                    tenant: "contoso".into(),
                    target: Target::New,
                    mode: RedemptionMode::New,
                },
            },
        ),
        ev(
            "14",
            14,
            Facts::AssignSeat {
                seat,
                user: min,
                on: d(2026, 2, 1),
                activated: Some(d(2026, 2, 3)),
            },
        ),
        ev(
            "15",
            15,
            Facts::SetSeatActivation {
                seat,
                on: d(2026, 2, 4),
            },
        ),
        ev(
            "16",
            16,
            Facts::ReleaseSeat {
                seat,
                on: d(2026, 6, 1),
            },
        ),
        ev("17", 17, Facts::RemoveSeat { seat: other_seat }),
        ev(
            "18",
            18,
            Facts::SetOffers {
                user: ari,
                offers: vec![AzureOffer::AzurePass],
            },
        ),
        ev(
            "19",
            19,
            Facts::GiveCredit {
                credit,
                user: ari,
                on: d(2026, 4, 1),
            },
        ),
        ev(
            "20",
            20,
            Facts::SetCreditProfile {
                credit,
                billing_profile: String::new(),
                provisioned: Some(d(2026, 4, 2)),
            },
        ),
        ev("21", 21, Facts::RemoveCompetency { index: 0 }),
        ev(
            "22",
            22,
            Facts::AddKey {
                fields: key_fields(""),
                sealed: None,
            },
        ),
        ev("23", 23, Facts::RemoveBenefit { id: benefit }),
        ev("24", 24, Facts::StartContractYear { on: d(2027, 2, 2) }),
        ev(
            "25",
            25,
            Facts::Renew {
                paid_on: d(2027, 1, 15),
                benefit_expiry: d(2028, 2, 9),
                to: Offer::PartnerSuccessCore,
            },
        ),
    ]);
    evs
}

#[test]
fn every_kind_of_event_is_applied_and_a_replay_gives_the_state_made_step_by_step() {
    let evs = every_kind();
    let mut data = Dataset::default();
    for e in &evs {
        apply(&mut data, e).unwrap_or_else(|err| panic!("{} ({}): {err}", e.id, e.facts.kind()));
    }
    let replayed = replay(&evs, &texts_of(&data));
    assert!(replayed.refused.is_empty(), "{:?}", replayed.refused);
    assert_eq!(
        replayed.data, data,
        "the cache deleted, a replay gives the identical state"
    );
    assert_eq!(data.keys.len(), 2);
    assert!(data.keys[0].redemption.is_some());
    assert_eq!(
        data.subscriptions.len(),
        1,
        "the redemption made its subscription"
    );
    assert_eq!(data.vs_seats.len(), 1);
    assert!(data.vs_seats[0].assignment.is_none() && data.vs_seats[0].history.len() == 1);
    assert_eq!(data.credits[0].assignee, Some(data.users[1].id));
    assert_eq!(data.membership.as_ref().unwrap().renewals.len(), 1);
}

#[test]
fn records_made_by_events_have_ids_drawn_from_the_event_not_a_counter() {
    let a = step_by_step(&[ev(
        "aaaa",
        1,
        Facts::AddSeats {
            level: VsLevel::Professional,
            n: 1,
        },
    )]);
    let b = step_by_step(&[ev(
        "bbbb",
        1,
        Facts::AddSeats {
            level: VsLevel::Professional,
            n: 1,
        },
    )]);
    assert_ne!(
        a.vs_seats[0].id, b.vs_seats[0].id,
        "a seat added on two machines never shares an id"
    );
    assert!(a.vs_seats[0].id > 1 << 32);
}

#[test]
fn key_texts_never_enter_an_event_and_come_back_from_the_texts_kept_apart() {
    let e = ev(
        "k",
        1,
        Facts::AddKey {
            fields: key_fields("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"),
            sealed: None,
        },
    );
    let stored = Event {
        facts: e.facts.without_secrets(),
        ..e.clone()
    };
    assert!(!serde_json::to_string(&stored).unwrap().contains("AAAAA"));
    let live = step_by_step(&[e]);
    let replayed = replay(&[stored], &texts_of(&live));
    assert_eq!(replayed.data, live);
}

#[test]
fn undo_is_a_void_that_lasts_and_an_undone_undo_puts_it_back() {
    let add = ev(
        "add",
        1,
        Facts::AddSeats {
            level: VsLevel::Enterprise,
            n: 3,
        },
    );
    let undo = ev(
        "undo",
        2,
        Facts::Void {
            event: "add".into(),
        },
    );
    let redo = ev(
        "redo",
        3,
        Facts::Void {
            event: "undo".into(),
        },
    );
    let undone = replay(&[add.clone(), undo.clone()], &[]);
    assert!(undone.data.vs_seats.is_empty());
    assert!(undone.voided.contains("add"));
    let redone = replay(&[add, undo, redo], &[]);
    assert_eq!(redone.data.vs_seats.len(), 3);
}

#[test]
fn a_correction_that_makes_a_later_event_impossible_keeps_it_as_a_conflict() {
    let mut evs = every_kind();
    // Void the user Ari was added by (the import): the credit given to Ari
    // and the offers set on Ari no longer apply; the rest still does.
    evs.push(ev("void-import", 30, Facts::Void { event: "04".into() }));
    let r = replay(&evs, &[]);
    let refused: Vec<&str> = r.refused.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(refused, ["18", "19"]);
    assert_eq!(r.refused[0].1, ChangeError::Gone);
    assert_eq!(evs.len(), 26, "nothing is dropped from the ledger");
}

#[test]
fn an_event_of_a_newer_version_is_kept_byte_for_byte_and_skipped_by_replay() {
    let text = r#"{"id":"n1","day":"2026-12-05","at":"2026-12-05T00:01:00.000Z","device":"d","admin":"","facts":{"kind":"PlantTree","species":"oak"}}"#;
    let e: Event = serde_json::from_str(text).unwrap();
    assert_eq!(e.facts.kind(), "PlantTree");
    assert_eq!(serde_json::to_string(&e).unwrap(), text);
    let r = replay(&[e], &[]);
    assert_eq!(
        r.refused,
        vec![("n1".to_owned(), ChangeError::NewerVersion)]
    );
}

#[test]
fn a_known_kind_with_fields_this_version_cannot_read_is_kept_as_it_was() {
    let text = r#"{"id":"n2","day":"2026-12-05","at":"2026-12-05T00:01:00.000Z","device":"d","admin":"","facts":{"kind":"AddSeats","level":"Galactic","n":2}}"#;
    let e: Event = serde_json::from_str(text).unwrap();
    assert!(matches!(e.facts, Facts::Unknown(_)));
    assert_eq!(serde_json::to_string(&e).unwrap(), text);
}

#[test]
fn facts_written_with_their_kind_anywhere_read_as_that_kind() {
    // As a `serde_json::Value` writes them: keys in order, the kind not first.
    for e in every_kind() {
        let value = serde_json::to_value(&e).unwrap();
        let text = value.to_string();
        let back: Event = serde_json::from_str(&text).unwrap();
        assert_eq!(back, e, "{text}");
        assert_eq!(serde_json::from_value::<Event>(value).unwrap(), e);
    }
    let batch =
        r#"{"facts":[{"by":2,"kind":"CountIncidents"},{"kind":"RemoveSample"}],"kind":"Batch"}"#;
    assert_eq!(
        serde_json::from_str::<Facts>(batch).unwrap(),
        Facts::Batch {
            facts: vec![Facts::CountIncidents { by: 2 }, Facts::RemoveSample]
        }
    );
    // A newer version's field on a kind without any is passed over.
    let unit = r#"{"kind":"RemoveSample","why":"tidy"}"#;
    assert_eq!(
        serde_json::from_str::<Facts>(unit).unwrap(),
        Facts::RemoveSample
    );
    // Neither an object nor a kind: kept as it was.
    for odd in ["[1,2]", r#"{"by":2}"#, r#"{"kind":7}"#] {
        let f: Facts = serde_json::from_str(odd).unwrap();
        assert!(matches!(f, Facts::Unknown(_)), "{odd}");
        assert_eq!(serde_json::to_string(&f).unwrap(), odd);
    }
}

#[test]
fn every_known_kind_round_trips_through_its_stored_text() {
    for e in every_kind() {
        let text = serde_json::to_string(&e).unwrap();
        let back: Event = serde_json::from_str(&text).unwrap();
        assert_eq!(back, e, "{text}");
        assert!(!matches!(back.facts, Facts::Unknown(_)), "{text}");
    }
}

#[test]
fn two_events_with_one_id_and_different_contents_are_a_clash_not_an_overwrite() {
    let a = ev(
        "same",
        1,
        Facts::AddSeats {
            level: VsLevel::Enterprise,
            n: 1,
        },
    );
    let b = ev(
        "same",
        1,
        Facts::AddSeats {
            level: VsLevel::Enterprise,
            n: 2,
        },
    );
    let (ab, clash_ab) = union(std::slice::from_ref(&a), std::slice::from_ref(&b));
    let (ba, clash_ba) = union(std::slice::from_ref(&b), std::slice::from_ref(&a));
    assert_eq!(
        ab, ba,
        "the same one keeps the id whichever side it came from"
    );
    assert_eq!(clash_ab, vec![Clash { id: "same".into() }]);
    assert_eq!(clash_ba.len(), 1);
    assert_eq!(ab.len(), 2, "both versions are kept: {ab:?}");
    let other = ab.iter().find(|e| e.id != "same").unwrap();
    assert_eq!(shared_id(&other.id), Some("same"));
    assert_eq!(other.facts, b.facts, "the larger text is the other version");
    assert_eq!(
        union(&ab, &[a.clone(), b.clone()]).0,
        ab,
        "merging again adds nothing"
    );

    // Replay applies the version under the id and refuses the other while
    // that one is in force: a conflict shown, not a count silently lost.
    let r = replay(&ab, &[]);
    assert_eq!(r.data.vs_seats.len(), 1);
    assert_eq!(r.refused, vec![(other.id.clone(), ChangeError::Clash)]);
    // Undo the other version: the conflict is gone and the first stands.
    let mut undo_other = ab.clone();
    undo_other.push(ev(
        "v",
        9,
        Facts::Void {
            event: other.id.clone(),
        },
    ));
    let r = replay(&undo_other, &[]);
    assert!(r.refused.is_empty(), "{:?}", r.refused);
    assert_eq!(r.data.vs_seats.len(), 1);
    // Undo the first: the other version applies in its place.
    let mut undo_first = ab.clone();
    undo_first.push(ev(
        "v",
        9,
        Facts::Void {
            event: "same".into(),
        },
    ));
    let r = replay(&undo_first, &[]);
    assert!(r.refused.is_empty(), "{:?}", r.refused);
    assert_eq!(r.data.vs_seats.len(), 2);
    // The void survives a later merge: the other version keeps its id.
    let (again, _) = union(&undo_other, &[b]);
    assert_eq!(again, undo_other);
}

#[test]
fn the_same_data_taken_over_in_two_browsers_is_one_event_and_no_clash() {
    let data = crate::model::sample::sample(d(2026, 1, 1));
    let here = as_it_stood(
        &data,
        d(2026, 1, 1),
        "2026-01-01T08:00:00.000Z",
        "browser-a",
    );
    let there = as_it_stood(
        &data,
        d(2026, 1, 1),
        "2026-02-01T09:30:00.000Z",
        "browser-b",
    );
    assert_eq!(here.id, there.id);
    let (ab, clashes) = union(std::slice::from_ref(&here), std::slice::from_ref(&there));
    let (ba, _) = union(std::slice::from_ref(&there), std::slice::from_ref(&here));
    assert_eq!(ab.len(), 1);
    assert_eq!(ab, ba);
    assert!(clashes.is_empty(), "{clashes:?}");
}

#[test]
fn the_next_moment_is_never_before_what_the_browser_has_seen() {
    let seen = [ev("x", 0, Facts::RemoveSample)];
    let mut late = seen[0].clone();
    late.at = "2026-12-05T10:00:00.999Z".into();
    assert_eq!(
        next_at("2026-12-05T09:00:00.000Z", &[late]),
        "2026-12-05T10:00:01.000Z"
    );
    assert_eq!(
        next_at("2026-12-05T11:00:00.000Z", &seen),
        "2026-12-05T11:00:00.000Z"
    );
    assert_eq!(
        next_at("2026-12-05T11:00:00.000Z", &[]),
        "2026-12-05T11:00:00.000Z"
    );
}

#[test]
fn two_browsers_data_from_before_the_ledger_merge_without_losing_a_record() {
    // Both browsers counted their own ids from 1: another browser's user #1
    // must not take the place of this one's.
    let mut here = Dataset::default();
    crate::ledger::change::add_user(
        &mut here,
        User {
            id: 0,
            name: "Min".into(),
            email: "min@a.com".into(),
            offers: vec![],
            source: UserSource::Manual,
        },
    );
    let mut there = Dataset::default();
    crate::ledger::change::add_user(
        &mut there,
        User {
            id: 0,
            name: "Ari".into(),
            email: "ari@b.com".into(),
            offers: vec![],
            source: UserSource::Manual,
        },
    );
    let a = as_it_stood(&here, d(2026, 12, 1), "2026-12-01T00:00:00.000Z", "a");
    let b = as_it_stood(&there, d(2026, 12, 2), "2026-12-02T00:00:00.000Z", "b");
    let (merged, clashes) = union(&[a], std::slice::from_ref(&b));
    assert!(clashes.is_empty());
    let r = replay(&merged, &[]);
    assert_eq!(r.data.users[0].name, "Min", "the record here stays");
    assert_eq!(
        r.refused,
        vec![(b.id, ChangeError::Taken { count: 1 })],
        "the other is shown, not dropped"
    );
    assert_eq!(merged.len(), 2);
}

#[test]
fn the_sample_never_replaces_the_real_membership_and_what_is_added_meanwhile_is_not_sample() {
    let evs = [
        ev("m", 1, membership()),
        ev("s", 2, Facts::Sample { keyless: false }),
        ev(
            "u",
            3,
            Facts::AddSeats {
                level: VsLevel::Enterprise,
                n: 1,
            },
        ),
        ev("r", 4, Facts::RemoveSample),
    ];
    let r = replay(&evs, &[]);
    assert_eq!(
        r.data.membership.as_ref().unwrap().offer,
        Offer::PartnerSuccessCore
    );
    assert_eq!(
        r.data.vs_seats.len(),
        1,
        "the seat added while the sample was loaded stays"
    );
    assert!(r.data.keys.is_empty());
}

/// Small ledgers drawn from a pool of events, some sharing ids.
fn ledger() -> impl Strategy<Value = Vec<Event>> {
    let pool: Vec<Event> = every_kind()
        .into_iter()
        .chain([
            ev("v1", 40, Facts::Void { event: "05".into() }),
            ev("v2", 41, Facts::Void { event: "v1".into() }),
            // Three versions of "13": two clash with every_kind()'s, one
            // of those two is the same change recorded at another moment.
            ev("13", 13, Facts::CountIncidents { by: 9 }),
            ev("13", 50, Facts::CountIncidents { by: 9 }),
            ev("13", 14, Facts::CountIncidents { by: 7 }),
        ])
        .collect();
    proptest::sample::subsequence(pool.clone(), 0..pool.len()).prop_shuffle()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_is_commutative_associative_idempotent_and_loses_no_event(a in ledger(), b in ledger(), c in ledger()) {
        let ab = union(&a, &b).0;
        prop_assert_eq!(&ab, &union(&b, &a).0);
        prop_assert_eq!(union(&ab, &c).0, union(&a, &union(&b, &c).0).0);
        prop_assert_eq!(&union(&ab, &ab).0, &ab);
        // Every event is kept, as it was or under a derived id, unless the
        // same change (same facts, same day) is kept under its id.
        for e in a.iter().chain(&b) {
            let kept = ab.iter().any(|x| {
                (x.id == e.id || shared_id(&x.id) == Some(e.id.as_str()))
                    && x.facts == e.facts
                    && x.day == e.day
            });
            prop_assert!(kept, "{} lost", e.id);
        }
    }

    #[test]
    fn a_merged_ledger_replays_to_one_state_whatever_order_it_was_built_in(a in ledger(), b in ledger(), c in ledger()) {
        let one = union(&union(&a, &b).0, &c).0;
        let other = union(&c, &union(&b, &a).0).0;
        prop_assert_eq!(replay(&one, &[]), replay(&other, &[]));
    }
}

#[test]
fn the_same_person_or_key_recorded_in_two_browsers_is_one_after_merging_and_start_up_still_reads_it()
 {
    let min = |id: &str| {
        ev(
            id,
            1,
            Facts::AddUser {
                user: User {
                    id: 0,
                    name: "Min".into(),
                    email: "Min@Contoso.com".into(),
                    offers: vec![],
                    source: UserSource::Manual,
                },
            },
        )
    };
    let key = |id: &str| {
        ev(
            id,
            2,
            Facts::AddKey {
                fields: key_fields(""),
                sealed: None,
            },
        )
    };
    let (all, _) = union(&[min("a"), key("ka")], &[min("b"), key("kb")]);
    let mut texts = Vec::new();
    for e in all.iter().filter(|e| e.id.starts_with('k')) {
        let id = step_by_step(std::slice::from_ref(e)).keys[0].id;
        texts.push(KeyText {
            id,
            key: "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE".into(),
            sealed: None,
        });
    }
    let r = replay(&all, &texts);
    assert_eq!(r.data.users.len(), 1);
    assert_eq!(r.refused, vec![("b".to_owned(), ChangeError::Duplicate)]);
    assert_eq!(r.data.keys.iter().filter(|k| !k.key.is_empty()).count(), 1);
    assert!(
        crate::model::validate::validate(&r.data).is_ok(),
        "start-up reads it"
    );
    // Records taken over as they stood: the same email under another id is left out.
    let mut old = Dataset::default();
    c::add_user(
        &mut old,
        User {
            id: 0,
            name: "Min again".into(),
            email: "min@contoso.com".into(),
            offers: vec![],
            source: UserSource::Manual,
        },
    );
    old.users[0].id = 77;
    let mut data = r.data.clone();
    let taken = as_it_stood(&old, d(2026, 12, 5), "x", "y");
    assert_eq!(
        apply(&mut data, &taken),
        Err(ChangeError::Taken { count: 1 })
    );
    assert!(crate::model::validate::validate(&data).is_ok());
}

#[test]
fn another_browsers_seat_never_ends_up_pointing_at_this_browsers_person() {
    use crate::model::{VsAssignment, VsSeat};
    let person = |name: &str| User {
        id: 1,
        name: name.into(),
        email: format!("{name}@contoso.com"),
        offers: vec![],
        source: UserSource::Manual,
    };
    let here = Dataset {
        users: vec![person("min")],
        ..Default::default()
    };
    let there = Dataset {
        users: vec![person("ari")],
        vs_seats: vec![VsSeat {
            id: 5,
            level: VsLevel::Enterprise,
            assignment: Some(VsAssignment {
                user: 1,
                assigned_on: d(2026, 3, 1),
                activated_on: None,
            }),
            history: vec![],
            portal: String::new(),
        }],
        ..Default::default()
    };
    let mut data = here.clone();
    let e = as_it_stood(&there, d(2026, 12, 5), "x", "y");
    assert_eq!(
        apply(&mut data, &e),
        Err(ChangeError::Taken { count: 2 }),
        "Ari and Ari's seat, both shown"
    );
    assert_eq!(data, here, "Min keeps no seat of Ari's");
}

/// Records kept before the ledger, with a history of each kind: two renewals
/// (the second a move from Action Pack to Partner Launch), a key redeemed into
/// a subscription and a replacement asked for it, a benefit redeemed without a
/// key, a seat held by two people one after the other, a bulk credit moved
/// once, and support activated.
fn kept_before_the_ledger() -> Dataset {
    serde_json::from_value(serde_json::json!({
        "membership": {
            "offer": "PartnerLaunch", "flow": "Keys", "competencies": [],
            "anniversary": "2026-03-01", "benefit_expiry": "2026-03-31",
            "renewals": [
                {"paid_on": "2024-02-20", "previous_anniversary": "2024-03-01",
                 "anniversary": "2025-03-01", "benefit_expiry": "2025-03-31"},
                {"paid_on": "2025-02-25", "previous_anniversary": "2025-03-01",
                 "anniversary": "2026-03-01", "benefit_expiry": "2026-03-31",
                 "from_offer": "ActionPack"}
            ]
        },
        "keys": [{
            "id": 1, "product": "Microsoft 365 E3", "key": "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY",
            "licenses": 5, "replaced": false,
            "redemption": {"on": "2024-04-02", "owner": "Partner", "subscription": 7,
                           "mode": "New", "tenant": "contoso.onmicrosoft.com"},
            "replacement": {"asked_on": "2024-04-20"}
        }],
        "benefits": [{"id": 2, "product": "Dynamics 365 Sales", "quantity": 3,
                      "redeemed": {"on": "2025-05-06", "tenant": "contoso.onmicrosoft.com"}}],
        "subscriptions": [{"id": 7, "product": "Microsoft 365 E3 (Contoso)", "licenses": 5,
                           "end": "2025-04-01"}],
        "users": [
            {"id": 1, "name": "Kim Min-ji", "email": "minji@contoso.kr", "offers": []},
            {"id": 2, "name": "Lee Jun", "email": "jun@contoso.kr", "offers": []}
        ],
        "vs_seats": [{"id": 3, "level": "Enterprise",
                      "assignment": {"user": 2, "assigned_on": "2024-09-01"},
                      "history": [{"user": 1, "from": "2024-01-15", "to": "2024-09-01"}]}],
        "credits": [{"id": 4, "kind": "Bulk", "amount": 3500, "assignee": 2,
                     "transfers": [{"on": "2024-07-01", "from": 1, "to": 2}]}],
        "support": {"access_id": "", "contract_id": "", "activated_on": "2024-03-10",
                    "incidents_allowed": null, "incidents_used": 0}
    }))
    .unwrap()
}

#[test]
fn the_history_kept_before_the_ledger_comes_as_dated_events_named_as_they_were() {
    let data = kept_before_the_ledger();
    let start = as_it_stood(&data, d(2026, 12, 5), "2026-12-05T00:00:00.000Z", "dev");
    let past = before_ledger(&start);
    let seen: Vec<(NaiveDate, &str, String, String)> = past
        .iter()
        .map(|e| match &e.facts {
            Facts::Before {
                what,
                record,
                other,
            } => (e.day, what.kind(), record.clone(), other.clone()),
            other => panic!("not a past event: {other:?}"),
        })
        .collect();
    let s = |x: &str| x.to_owned();
    assert_eq!(
        seen,
        [
            (
                d(2024, 1, 15),
                "Before.SeatAssigned",
                s("Enterprise"),
                s("Kim Min-ji <minji@contoso.kr>")
            ),
            (
                d(2024, 2, 20),
                "Before.Renewed",
                s("ActionPack"),
                s("2025-03-01")
            ),
            (d(2024, 3, 10), "Before.SupportActivated", s(""), s("")),
            (
                d(2024, 4, 2),
                "Before.Redeemed",
                s("Microsoft 365 E3"),
                s("Microsoft 365 E3 (Contoso)")
            ),
            (
                d(2024, 4, 20),
                "Before.ReplacementAsked",
                s("Microsoft 365 E3"),
                s("")
            ),
            (
                d(2024, 7, 1),
                "Before.CreditMoved",
                s("Bulk · 3500"),
                s("Kim Min-ji <minji@contoso.kr> → Lee Jun <jun@contoso.kr>")
            ),
            (
                d(2024, 9, 1),
                "Before.SeatAssigned",
                s("Enterprise"),
                s("Lee Jun <jun@contoso.kr>")
            ),
            (
                d(2024, 9, 1),
                "Before.SeatReleased",
                s("Enterprise"),
                s("Kim Min-ji <minji@contoso.kr>")
            ),
            (
                d(2025, 2, 25),
                "Before.Renewed",
                s("ActionPack → PartnerLaunch"),
                s("2026-03-01")
            ),
            (
                d(2025, 5, 6),
                "Before.RedeemedKeyless",
                s("Dynamics 365 Sales"),
                s("contoso.onmicrosoft.com")
            ),
        ]
    );
    // Recorded with the event that takes the records over, by the same device.
    assert!(past.iter().all(|e| e.at == start.at && e.device == "dev"));
    // They change nothing: the records already hold what they say.
    let mut all = vec![start.clone()];
    all.extend(past.clone());
    sort(&mut all);
    let r = replay(&all, &texts_of(&data));
    assert!(r.refused.is_empty(), "{:?}", r.refused);
    assert_eq!(r.data, data);
    // The same records taken over in another browser give the same events:
    // a merge keeps one of each.
    // (a day later: the day data is taken over on is no fact of its own)
    let there = as_it_stood(&data, d(2026, 12, 6), "2026-12-06T09:00:00.000Z", "other");
    let mut theirs = vec![there.clone()];
    theirs.extend(before_ledger(&there));
    let (merged, clashes) = union(&all, &theirs);
    assert!(clashes.is_empty());
    assert_eq!(merged.len(), all.len());
    // No other event brings any.
    assert!(before_ledger(&ev("x", 1, membership())).is_empty());
}

#[test]
fn a_portal_import_replays_as_it_was_made_and_a_row_from_a_newer_version_is_a_conflict() {
    use crate::ledger::change::{PortalHolder, PortalSeat, SeatPortal};
    let row = |guid: &str, email: &str| PortalSeat {
        level: VsLevel::Enterprise,
        portal: SeatPortal {
            guid: guid.into(),
            ..SeatPortal::default()
        },
        holder: (!email.is_empty()).then(|| PortalHolder {
            name: email.into(),
            email: email.into(),
            assigned: d(2024, 5, 2),
            activated: None,
        }),
    };
    let import = |rows: Vec<String>| Facts::ImportPortalSeats {
        rows: rows.join("\u{1e}"),
    };
    let evs = vec![
        ev(
            "1",
            1,
            import(vec![
                row("g-1", "ana@contoso.com").to_line(),
                row("g-2", "").to_line(),
            ]),
        ),
        // The same file again, a minute later.
        ev(
            "2",
            2,
            import(vec![row("g-1", "ana@contoso.com").to_line()]),
        ),
        ev(
            "3",
            3,
            import(vec!["Enterprise\u{1f}a row of a newer version".into()]),
        ),
    ];
    let made = step_by_step(&evs);
    assert_eq!(made.vs_seats.len(), 2);
    assert_eq!(made.users.len(), 1);
    assert_eq!(
        made.vs_seats[0].assignment.as_ref().map(|a| a.assigned_on),
        Some(d(2024, 5, 2))
    );
    let r = replay(&evs, &[]);
    assert_eq!(r.data, made);
    assert_eq!(r.refused.len(), 1, "kept as a conflict, never dropped");
    let seats = [row("g-1", "ana@contoso.com"), row("g-2", "")];
    assert_eq!(rows_of(&rows_text(&seats)).as_deref(), Some(&seats[..]));
    assert_eq!(rows_of(""), Some(vec![]));
    assert_eq!(
        r.refused[0],
        (
            "3".to_string(),
            crate::ledger::change::ChangeError::NewerVersion
        )
    );
}

#[test]
fn a_spreadsheet_becomes_one_batch_that_replays_alike_changes_nothing_twice_and_voids_whole() {
    use crate::ledger::change::{ChangeError, PortalHolder, PortalOutcome, PortalSeat, SeatPortal};
    use crate::model::Subscription;
    use crate::model::fields::{SheetItem, SheetKey};
    use crate::rules::keys::Refusal;
    let key = |text: &str, redeemed: Option<NaiveDate>| {
        SheetItem::Key(SheetKey {
            fields: key_fields(text),
            redeemed,
            tenant: "contoso.onmicrosoft.com".into(),
        })
    };
    let items = vec![
        key("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", Some(d(2026, 3, 1))),
        key("", None),
        // After the benefit expiry date (2027-02-09): R1 refuses it.
        key("FFFFF-GGGGG-HHHHH-JJJJJ-KKKKK", Some(d(2027, 3, 1))),
        SheetItem::Subscription(Subscription {
            id: 0,
            product: "Dynamics 365 Sales".into(),
            licenses: 5,
            end: d(2025, 6, 30),
            tenant: String::new(),
            history: vec![],
        }),
        SheetItem::Seat(PortalSeat {
            level: VsLevel::Enterprise,
            portal: SeatPortal::default(),
            holder: Some(PortalHolder {
                name: "Ana".into(),
                email: "ana@contoso.com".into(),
                assigned: d(2024, 5, 2),
                activated: Some(d(2024, 5, 3)),
            }),
        }),
    ];
    let first = ev("m", 1, membership());
    let start = step_by_step(std::slice::from_ref(&first));
    let plan = plan_sheet(&start, &items);
    assert_eq!(
        plan.results,
        vec![
            Ok(SheetOutcome::AddedRedeemed),
            Ok(SheetOutcome::Added),
            Err(ChangeError::Refused(Refusal::BenefitExpired {
                expiry: d(2027, 2, 9)
            })),
            Ok(SheetOutcome::Added),
            Ok(SheetOutcome::Seat(PortalOutcome::Added)),
        ]
    );
    assert_eq!(
        plan.results[2].as_ref().unwrap_err().rule(),
        Some(RuleId::R1)
    );
    let batch = ev("b", 2, Facts::Batch { facts: plan.facts });
    let evs = vec![first.clone(), batch.clone()];
    let made = step_by_step(&evs);
    assert_eq!(made.keys.len(), 2, "the refused row added nothing");
    let redeemed = made.keys[0]
        .redemption
        .as_ref()
        .expect("redeemed on its day");
    assert_eq!(redeemed.on, d(2026, 3, 1));
    assert_eq!(redeemed.tenant, "contoso.onmicrosoft.com");
    assert_eq!(
        made.subscriptions.len(),
        2,
        "the redemption's and the one added"
    );
    assert_eq!(made.vs_seats.len(), 1);
    assert_eq!(made.users.len(), 1);
    assert_eq!(replay(&evs, &[]).data, made);
    // The same file again: nothing to do but the refused row.
    let again = plan_sheet(&made, &items);
    assert!(again.facts.is_empty(), "{:?}", again.facts);
    assert_eq!(again.results[0], Ok(SheetOutcome::Same));
    assert_eq!(
        again.results[4],
        Ok(SheetOutcome::Seat(PortalOutcome::Same))
    );
    // One undo takes all of it back.
    let void = ev("v", 3, Facts::Void { event: "b".into() });
    assert_eq!(replay(&[first, batch.clone(), void], &[]).data, start);
    // The stored event keeps no key text.
    let Facts::Batch { facts } = batch.facts.without_secrets() else {
        panic!()
    };
    assert!(
        facts
            .iter()
            .all(|f| !matches!(f, Facts::AddKey { fields, .. } if !fields.key.is_empty()))
    );
}

#[test]
fn replay_finds_a_user_added_twice_as_one_by_one_does_whatever_changed_the_users_between() {
    let add = |id: &str, n: u32, email: &str| {
        ev(
            id,
            n,
            Facts::AddUser {
                user: User {
                    id: 0,
                    name: email.into(),
                    email: email.into(),
                    offers: vec![],
                    source: UserSource::Manual,
                },
            },
        )
    };
    let mut events = vec![
        add("u1", 1, "min@contoso.com"),
        ev(
            "s1",
            2,
            Facts::AddSeats {
                level: VsLevel::Enterprise,
                n: 1,
            },
        ),
        // Another case and blanks: the same person.
        add("u2", 3, " MIN@contoso.com "),
        ev(
            "i1",
            4,
            Facts::ImportUsers {
                users: vec![("Ari".into(), "ari@contoso.com".into())],
                source: UserSource::AzureAd,
            },
        ),
        add("u3", 5, "ari@contoso.com"),
        add("u4", 6, "jun@contoso.com"),
    ];
    let min = step_by_step(&events[..1]).users[0].id;
    events.push(ev("r1", 7, Facts::RemoveUser { id: min }));
    // Removed, then added again: no longer there.
    events.push(add("u5", 8, "min@contoso.com"));
    let r = replay(&events, &[]);
    assert_eq!(r.data, step_by_step(&events));
    let refused: Vec<&str> = r.refused.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(refused, ["u2", "u3"]);
    assert!(r.refused.iter().all(|(_, e)| *e == ChangeError::Duplicate));
    let emails: Vec<&str> = r.data.users.iter().map(|u| u.email.as_str()).collect();
    assert_eq!(
        emails,
        ["ari@contoso.com", "jun@contoso.com", "min@contoso.com"]
    );
}

#[test]
fn data_taken_over_into_nothing_is_added_whole_and_two_records_with_one_id_still_count_as_taken() {
    let data = kept_before_the_ledger();
    let mut here = Dataset::default();
    adopt(&mut here, &data).unwrap();
    assert_eq!(here, data);
    let mut twice = data.clone();
    let mut other = twice.users[0].clone();
    other.name = "Someone else".into();
    twice.users.push(other);
    let mut here = Dataset::default();
    assert_eq!(
        adopt(&mut here, &twice),
        Err(ChangeError::Taken { count: 1 })
    );
    assert_eq!(here, data, "the first of the two is kept");
}

#[test]
fn events_read_quickly_are_those_read_carefully_even_with_a_newer_kind_or_the_kind_last() {
    let events = every_kind();
    let text = serde_json::to_string(&events).unwrap();
    let back: Vec<Event> = quickly(|| serde_json::from_str(&text)).unwrap();
    assert_eq!(back, events);
    let newer = text.replacen(
        '[',
        r#"[{"id":"n1","day":"2026-12-05","at":"2026-12-05T00:01:00.000Z","device":"d","admin":"","facts":{"kind":"PlantTree","species":"oak"}},"#,
        1,
    );
    let back: Vec<Event> = quickly(|| serde_json::from_str(&newer)).unwrap();
    assert_eq!(back[1..], events[..]);
    assert_eq!(back[0].facts.kind(), "PlantTree");
    let kind_last = serde_json::to_value(&events).unwrap().to_string();
    let back: Vec<Event> = quickly(|| serde_json::from_str(&kind_last)).unwrap();
    assert_eq!(back, events);
    assert!(quickly(|| serde_json::from_str::<Vec<Event>>(r#"[{"id":"#)).is_err());
}
