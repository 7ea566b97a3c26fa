//! Every change, tested without a browser.

use super::*;
use crate::model::RedemptionFlow;
use crate::model::sample::sample;
use crate::testing::d;

fn key_fields(product: &str) -> KeyFields {
    KeyFields {
        product: product.into(),
        key: String::new(),
        licenses: 100,
        received: None,
    }
}

/// A key of `product` with `licenses`, added.
fn key_of(d: &mut Dataset, product: &str, licenses: u32) -> u64 {
    add_key(
        d,
        KeyFields {
            licenses,
            ..key_fields(product)
        },
    )
}

fn user(d: &mut Dataset, name: &str) -> u64 {
    add_user(
        d,
        User {
            id: 0,
            name: name.into(),
            email: format!("{name}@contoso.com"),
            offers: vec![],
            source: UserSource::Manual,
        },
    )
}

fn with_expiry(expiry: NaiveDate) -> Dataset {
    Dataset {
        membership: Some(Membership {
            benefit_expiry: Some(expiry),
            ..Membership::default()
        }),
        ..Dataset::default()
    }
}

fn redeemed_on(data: &mut Dataset, id: u64, on: NaiveDate) {
    data.keys
        .iter_mut()
        .find(|k| k.id == id)
        .unwrap()
        .redemption = Some(Redemption {
        on,
        owner: TenantOwner::Partner,
        subscription: None,
        mode: RedemptionMode::New,
        tenant: "contoso.onmicrosoft.com".into(),
        ends: None,
    });
}

#[test]
fn r9_a_replacement_is_asked_once_within_30_days_and_links_both_keys() {
    let mut data = Dataset::default();
    let (a, b, c) = (
        add_key(&mut data, key_fields("Office")),
        add_key(&mut data, key_fields("Office")),
        add_key(&mut data, key_fields("Office")),
    );
    redeemed_on(&mut data, a, d(2021, 3, 1));
    // Not redeemed: nothing to replace.
    assert_eq!(
        ask_replacement(&mut data, b, d(2021, 3, 5), None),
        Err(ChangeError::Refused(Refusal::ReplacementNotRedeemed))
    );
    // Day 31 after activation: too late, and the refusal names the last day.
    let before = data.clone();
    let late = ask_replacement(&mut data, a, d(2021, 4, 1), Some(b)).unwrap_err();
    assert_eq!(
        late,
        ChangeError::Refused(Refusal::ReplacementTooLate {
            last_day: d(2021, 3, 31)
        })
    );
    assert_eq!(late.rule(), Some(RuleId::R9));
    assert_eq!(data, before, "a refusal changes nothing");
    // Day 30: asked, the new key linked both ways; the original is replaced.
    ask_replacement(&mut data, a, d(2021, 3, 31), Some(b)).unwrap();
    assert_eq!(
        data.keys[0].replacement,
        Some(Replacement {
            asked_on: d(2021, 3, 31),
            by: Some(b)
        })
    );
    assert!(data.keys[0].replaced);
    assert_eq!(data.keys[1].replaces, Some(a));
    // A second request is refused, naming the first.
    assert_eq!(
        ask_replacement(&mut data, a, d(2021, 3, 31), Some(c)),
        Err(ChangeError::Refused(Refusal::ReplacementAskedBefore {
            on: d(2021, 3, 31)
        }))
    );
    // The linked key is no longer a candidate for another; deleting it unlinks.
    assert!(
        replacement_candidates(&data, c)
            .iter()
            .all(|k| k.id != b && k.id != a)
    );
    delete_key(&mut data, b);
    assert_eq!(data.keys[0].replacement.unwrap().by, None);
    // Linked later, when Microsoft sends it.
    link_replacement(&mut data, a, c).unwrap();
    assert_eq!(
        data.keys.iter().find(|k| k.id == c).unwrap().replaces,
        Some(a)
    );
    assert_eq!(link_replacement(&mut data, a, c), Err(ChangeError::Gone));
}

#[test]
fn keys_are_added_with_the_next_id_edited_and_deleted() {
    let mut data = Dataset::default();
    assert_eq!(add_key(&mut data, key_fields("Office")), 1);
    assert_eq!(add_key(&mut data, key_fields("Visio")), 2);
    edit_key(&mut data, 1, key_fields("Office 365 E3")).unwrap();
    assert_eq!(data.keys[0].product, "Office 365 E3");
    assert_eq!(
        edit_key(&mut data, 9, key_fields("x")),
        Err(ChangeError::Gone)
    );
    delete_key(&mut data, 1);
    assert_eq!(data.keys.iter().map(|k| k.id).collect::<Vec<_>>(), vec![2]);
    assert_eq!(add_key(&mut data, key_fields("Project")), 3);
}

#[test]
fn adding_licenses_records_r7_on_the_day_it_happened() {
    // RULES.md: add A=100, C=100, T=2021-01-01, E=2021-03-01 -> 200, 2021-08-01.
    let mut data = with_expiry(d(2021, 6, 30));
    let key = add_key(&mut data, key_fields("Office"));
    data.subscriptions.push(Subscription {
        id: 4,
        product: "Office".into(),
        licenses: 100,
        end: d(2021, 3, 1),
        tenant: "contoso.onmicrosoft.com".into(),
        history: vec![],
    });
    let req = RedemptionRequest {
        key,
        on: d(2021, 1, 1),
        owner: TenantOwner::Partner,
        tenant: "contoso.onmicrosoft.com".into(),
        target: Target::Existing(4),
        mode: RedemptionMode::Add,
    };
    assert_eq!(record_redemption(&mut data, &req), Ok(4));
    let s = &data.subscriptions[0];
    assert_eq!((s.licenses, s.end), (200, d(2021, 8, 1)));
    assert_eq!(
        s.history,
        vec![SubscriptionChange {
            on: d(2021, 1, 1),
            licenses: 100,
            end: d(2021, 3, 1),
            key: Some(key)
        }]
    );
    let r = data.keys[0].redemption.as_ref().unwrap();
    assert_eq!(
        (r.on, r.mode, r.subscription),
        (d(2021, 1, 1), RedemptionMode::Add, Some(4))
    );
    // R9: a second time is refused, and nothing moves.
    let again = data.clone();
    assert_eq!(
        record_redemption(&mut data, &req),
        Err(ChangeError::Refused(Refusal::AlreadyRedeemed))
    );
    assert_eq!(data, again);
}

#[test]
fn extending_past_three_years_and_redeeming_after_expiry_are_refused_as_of_that_day() {
    // RULES.md: extend A=5, C=16 -> refused (over 3 years), R8.
    let mut data = with_expiry(d(2021, 6, 30));
    let key = key_of(&mut data, "Office", 16);
    let req = RedemptionRequest {
        key,
        on: d(2021, 1, 1),
        owner: TenantOwner::Partner,
        tenant: String::new(),
        target: Target::Other {
            licenses: 5,
            end: d(2021, 5, 15),
        },
        mode: RedemptionMode::Extend,
    };
    let before = data.clone();
    assert_eq!(
        record_redemption(&mut data, &req),
        Err(ChangeError::Refused(Refusal::OverThreeYears {
            max_licenses: 15
        }))
    );
    // R1: the day after the benefit expiry date, as of that day (not today).
    let late = RedemptionRequest {
        on: d(2021, 7, 1),
        target: Target::New,
        mode: RedemptionMode::New,
        ..req.clone()
    };
    assert_eq!(
        record_redemption(&mut data, &late),
        Err(ChangeError::Refused(Refusal::BenefitExpired {
            expiry: d(2021, 6, 30)
        }))
    );
    // R10: never a customer's tenant.
    let customer = RedemptionRequest {
        owner: TenantOwner::Customer,
        target: Target::New,
        mode: RedemptionMode::New,
        ..req.clone()
    };
    assert_eq!(
        record_redemption(&mut data, &customer).unwrap_err().rule(),
        Some(RuleId::R10)
    );
    // Adding onto no subscription is refused (R6), not recorded as new.
    let nothing = RedemptionRequest {
        target: Target::New,
        mode: RedemptionMode::Add,
        ..req.clone()
    };
    assert_eq!(
        record_redemption(&mut data, &nothing),
        Err(ChangeError::Refused(Refusal::NoSubscription))
    );
    assert_eq!(data, before);
    // A described subscription is recorded with its state before the key.
    let ok = RedemptionRequest {
        target: Target::Other {
            licenses: 5,
            end: d(2021, 5, 15),
        },
        ..req
    };
    let mut data = with_expiry(d(2021, 6, 30));
    let key = key_of(&mut data, "Office", 10);
    let id = record_redemption(&mut data, &RedemptionRequest { key, ..ok }).unwrap();
    let s = data.subscriptions.iter().find(|s| s.id == id).unwrap();
    // RULES.md: extend A=5, C=10, end 2021-05-15 -> 2023-05-15.
    assert_eq!((s.licenses, s.end), (5, d(2023, 5, 15)));
    assert_eq!(s.history[0].end, d(2021, 5, 15));
}

#[test]
fn without_a_benefit_expiry_date_nothing_is_redeemed_on_a_guess() {
    let mut data = Dataset::default();
    let key = add_key(&mut data, key_fields("Office"));
    let req = RedemptionRequest {
        key,
        on: d(2026, 11, 26),
        owner: TenantOwner::Partner,
        tenant: String::new(),
        target: Target::New,
        mode: RedemptionMode::New,
    };
    let e = record_redemption(&mut data, &req).unwrap_err();
    assert_eq!(e, ChangeError::Refused(Refusal::NoBenefitExpiry));
    assert_eq!(e.rule(), Some(RuleId::R1));
    assert!(data.keys[0].redemption.is_none() && data.subscriptions.is_empty());
}

#[test]
fn a_new_subscription_lasts_twelve_months_from_the_redemption_day() {
    // RULES.md: add A=0, C=25, T=2021-01-01 -> new subscription ending 2022-01-01.
    let mut data = with_expiry(d(2021, 6, 30));
    let key = key_of(&mut data, "Power BI Pro", 25);
    let req = RedemptionRequest {
        key,
        on: d(2021, 1, 1),
        owner: TenantOwner::Partner,
        tenant: "fabrikam.onmicrosoft.com".into(),
        target: Target::New,
        mode: RedemptionMode::New,
    };
    let id = record_redemption(&mut data, &req).unwrap();
    let s = &data.subscriptions[0];
    assert_eq!((s.id, s.licenses, s.end), (id, 25, d(2022, 1, 1)));
    assert_eq!(
        (s.product.as_str(), s.tenant.as_str()),
        ("Power BI Pro", "fabrikam.onmicrosoft.com")
    );
}

#[test]
fn a_seat_moves_only_after_ninety_days_and_keeps_its_history() {
    let mut data = Dataset::default();
    let (a, b) = (user(&mut data, "minji"), user(&mut data, "jisoo"));
    add_seats(&mut data, VsLevel::Enterprise, 2);
    assert_eq!(
        data.vs_seats.iter().map(|s| s.id).collect::<Vec<_>>(),
        vec![1, 2]
    );
    // RULES.md: assigned 2021-06-01 -> reassignable from 2021-08-30 (R13).
    assign_seat(&mut data, 1, a, d(2021, 6, 1)).unwrap();
    let before = data.clone();
    assert_eq!(
        assign_seat(&mut data, 1, b, d(2021, 8, 29)),
        Err(ChangeError::SeatLocked {
            until: d(2021, 8, 30)
        })
    );
    assert_eq!(
        release_seat(&mut data, 1, d(2021, 8, 29))
            .unwrap_err()
            .rule(),
        Some(RuleId::R13)
    );
    assert_eq!(remove_user(&mut data, a), Err(ChangeError::HoldsSeat));
    assert_eq!(data, before);
    assign_seat(&mut data, 1, b, d(2021, 8, 30)).unwrap();
    let s = &data.vs_seats[0];
    assert_eq!(
        s.assignment,
        Some(VsAssignment {
            user: b,
            assigned_on: d(2021, 8, 30),
            activated_on: None,
        })
    );
    // Its activation day: not before it was assigned.
    let before = data.clone();
    assert_eq!(
        set_seat_activation(&mut data, 1, d(2021, 8, 29)),
        Err(ChangeError::ActivatedBeforeAssigned {
            assigned: d(2021, 8, 30)
        })
    );
    assert_eq!(data, before);
    set_seat_activation(&mut data, 1, d(2021, 9, 2)).unwrap();
    assert_eq!(
        data.vs_seats[0].assignment.as_ref().unwrap().activated_on,
        Some(d(2021, 9, 2))
    );
    let s = &before.vs_seats[0];
    assert_eq!(
        s.history,
        vec![VsPastAssignment {
            user: a,
            from: d(2021, 6, 1),
            to: d(2021, 8, 30)
        }]
    );
    assert_eq!(remove_user(&mut data, a), Ok(()));
    assert_eq!(
        assign_seat(&mut data, 2, a, d(2021, 9, 1)),
        Err(ChangeError::Gone)
    );
    remove_seat(&mut data, 2);
    assert_eq!(data.vs_seats.len(), 1);
}

#[test]
fn bulk_credit_is_refused_over_another_offer_and_transferred_not_taken_back() {
    let mut data = Dataset::default();
    let (a, b) = (user(&mut data, "minji"), user(&mut data, "jisoo"));
    let bulk = add_credit(&mut data, AzureCredit::new(CreditKind::Bulk, 3500));
    set_offers(&mut data, a, vec![AzureOffer::AzurePass]).unwrap();
    assert_eq!(
        give_credit(&mut data, bulk, a, d(2026, 1, 5)),
        Err(ChangeError::OfferConflict(vec![AzureOffer::AzurePass]))
    );
    set_offers(&mut data, a, vec![]).unwrap();
    give_credit(&mut data, bulk, a, d(2026, 1, 5)).unwrap();
    give_credit(&mut data, bulk, b, d(2026, 2, 1)).unwrap();
    let c = &data.credits[0];
    assert_eq!(c.assignee, Some(b));
    assert_eq!(
        c.transfers,
        vec![CreditTransfer {
            on: d(2026, 2, 1),
            from: a,
            to: b
        }]
    );
    assert_eq!(
        take_back_credit(&mut data, bulk),
        Err(ChangeError::TransferOnly)
    );
    let monthly = add_credit(&mut data, AzureCredit::new(CreditKind::Monthly, 150));
    assert_eq!(monthly, 2);
    give_credit(&mut data, monthly, a, d(2026, 2, 1)).unwrap();
    take_back_credit(&mut data, monthly).unwrap();
    assert_eq!(data.credits[1].assignee, None);
}

#[test]
fn a_new_contract_year_keeps_last_years_figures_and_counts_again() {
    let mut data = Dataset::default();
    count_support(&mut data, SupportCounter::Cloud, 2);
    count_support(&mut data, SupportCounter::AdvisoryHours, 5);
    count_support(&mut data, SupportCounter::AdvisoryHours, -9);
    count_incidents(&mut data, 3);
    // No activation day: no year to end.
    assert_eq!(
        start_contract_year(&mut data, d(2026, 11, 26)),
        Err(ChangeError::Gone)
    );
    data.support.as_mut().unwrap().activated_on = Some(d(2025, 11, 1));
    count_support(&mut data, SupportCounter::AdvisoryHours, 4);
    // The year runs to 2026-10-31; on that day it has not ended yet.
    assert_eq!(
        start_contract_year(&mut data, d(2026, 10, 31)),
        Err(ChangeError::Gone)
    );
    start_contract_year(&mut data, d(2026, 11, 26)).unwrap();
    let s = data.support.as_ref().unwrap();
    assert_eq!(
        s.years,
        vec![ContractYear {
            from: d(2025, 11, 1),
            to: d(2026, 10, 31),
            incidents_used: 3,
            cloud_incidents_used: 2,
            advisory_hours_used: 4
        }]
    );
    assert_eq!(
        (
            s.activated_on,
            s.incidents_used,
            s.cloud_incidents_used,
            s.advisory_hours_used
        ),
        (Some(d(2026, 11, 1)), 0, 0, 0)
    );
}

#[test]
fn r15_contract_years_keep_the_first_activations_anniversary() {
    let mut data = Dataset::default();
    count_incidents(&mut data, 1);
    data.support.as_mut().unwrap().activated_on = Some(d(2024, 2, 29));
    for today in [d(2025, 3, 1), d(2026, 3, 1), d(2027, 3, 1), d(2028, 3, 1)] {
        start_contract_year(&mut data, today).unwrap();
    }
    let s = data.support.as_ref().unwrap();
    let starts: Vec<_> = s.years.iter().map(|y| y.from).collect();
    assert_eq!(
        starts,
        [
            d(2024, 2, 29),
            d(2025, 2, 28),
            d(2026, 2, 28),
            d(2027, 2, 28)
        ]
    );
    // Each year ends the day before the next starts; the fifth starts on
    // 29 February again, not a day later each year.
    assert_eq!(s.years[0].to, d(2025, 2, 27));
    assert_eq!(s.activated_on, Some(d(2028, 2, 29)));
}

#[test]
fn r11_bulk_credit_moves_only_within_its_enrollment_year_and_moves_are_counted() {
    let mut data = with_expiry(d(2026, 6, 30));
    data.membership.as_mut().unwrap().anniversary = Some(d(2026, 6, 30));
    data.readings.set(Question::BulkMove, RuleId::R11);
    let (a, b, c) = (
        user(&mut data, "a"),
        user(&mut data, "b"),
        user(&mut data, "c"),
    );
    let bulk = add_credit(
        &mut data,
        AzureCredit {
            reassigned: 2,
            ..AzureCredit::new(CreditKind::Bulk, 500)
        },
    );
    // Given before the app, on 2026-01-10: its enrollment year ends 2026-06-30.
    give_credit(&mut data, bulk, a, d(2026, 1, 10)).unwrap();
    assert_eq!(
        (data.credits[0].given_on, data.credits[0].reassigned),
        (Some(d(2026, 1, 10)), 2)
    );
    give_credit(&mut data, bulk, b, d(2026, 6, 30)).unwrap();
    assert_eq!(data.credits[0].reassigned, 3);
    let before = data.clone();
    // Moved on 2026-06-30, within the year that ends that day; a move a day later is not.
    let e = give_credit(&mut data, bulk, c, d(2027, 7, 1)).unwrap_err();
    assert_eq!(
        e,
        ChangeError::TransferYearEnded {
            ended: d(2026, 6, 30)
        }
    );
    assert_eq!(e.rule(), Some(RuleId::R11));
    assert_eq!(data, before);
    // R21's reading (the default) is the other way round: it stays with its
    // holder until the year ends, and moves after.
    data.readings = Readings::default();
    let e = give_credit(&mut data, bulk, c, d(2026, 6, 30)).unwrap_err();
    assert_eq!(
        (e.clone(), e.rule()),
        (
            ChangeError::BulkUntilRenewal {
                ended: d(2026, 6, 30)
            },
            Some(RuleId::R21)
        )
    );
    give_credit(&mut data, bulk, c, d(2026, 7, 1)).unwrap();
    assert_eq!(data.credits[0].assignee, Some(c));
}

#[test]
fn membership_competencies_renewal_and_support_change_only_their_fields() {
    let today = d(2026, 11, 26);
    let mut data = sample(today);
    let competencies = data.membership.as_ref().unwrap().competencies.clone();
    save_membership(
        &mut data,
        MembershipFields {
            offer: Offer::Gold,
            flow: RedemptionFlow::Keys,
            purchased: None,
            country: "Korea".into(),
            anniversary: Some(d(2027, 3, 31)),
            renewal_start: Some(d(2027, 3, 1)),
            benefit_expiry: Some(d(2027, 3, 31)),
        },
    );
    let m = data.membership.clone().unwrap();
    assert_eq!(
        (m.offer, m.competencies),
        (Offer::Gold, competencies.clone())
    );
    add_competency(
        &mut data,
        Competency {
            name: "Cloud Platform".into(),
            level: crate::model::CompetencyLevel::Gold,
            cloud: true,
        },
    );
    remove_competency(&mut data, 0);
    remove_competency(&mut data, 99);
    assert_eq!(
        data.membership.as_ref().unwrap().competencies.len(),
        competencies.len()
    );
    // R25: a Gold membership with an anniversary in 2027 renews only as a
    // move to a benefits package.
    let core = Offer::PartnerSuccessCore;
    let before = data.clone();
    assert_eq!(
        record_renewal(&mut data, d(2027, 3, 10), d(2028, 3, 31), Offer::Gold),
        Err(ChangeError::Retired)
    );
    assert_eq!(
        plan_renewal(&data, d(2027, 3, 10), Offer::ActionPack).map(|p| p.offer),
        Err(ChangeError::Retired)
    );
    // R4: the window of 2027-03-31 opened on the renewal start 2027-03-01.
    assert_eq!(
        record_renewal(&mut data, d(2027, 2, 28), d(2028, 3, 31), core),
        Err(ChangeError::Renewal(RenewalRefusal::BeforeWindow {
            opens: d(2027, 3, 1),
            action_pack: false
        }))
    );
    assert_eq!(
        record_renewal(&mut data, d(2027, 5, 1), d(2028, 3, 31), core),
        Err(ChangeError::Renewal(RenewalRefusal::AfterWindow {
            closes: d(2027, 4, 30)
        }))
    );
    assert_eq!(data, before, "a refusal changes nothing");
    // R22's reading (the default): 365 days after the payment.
    let plan = plan_renewal(&data, d(2027, 3, 10), core).unwrap();
    assert_eq!(plan.anniversary.value, d(2028, 3, 9));
    // R22: the benefits end 30 days after the new anniversary.
    assert_eq!(plan.benefit_expiry.value, d(2028, 4, 8));
    data.readings.set(Question::NewAnniversary, RuleId::R4);
    assert_eq!(
        plan_renewal(&data, d(2027, 3, 10), core).map(|p| p.anniversary.value),
        Ok(d(2028, 3, 31))
    );
    record_renewal(&mut data, d(2027, 3, 10), d(2028, 3, 30), core).unwrap();
    let m = data.membership.as_ref().unwrap();
    assert_eq!(
        (m.offer, m.anniversary, m.renewal_start, m.benefit_expiry),
        (core, Some(d(2028, 3, 31)), None, Some(d(2028, 3, 30)))
    );
    assert_eq!(
        m.renewals,
        vec![RenewalRecord {
            paid_on: d(2027, 3, 10),
            previous_anniversary: d(2027, 3, 31),
            anniversary: d(2028, 3, 31),
            benefit_expiry: d(2028, 3, 30),
            from_offer: Some(Offer::Gold),
            reassigned_on: None,
        }]
    );
    // R27: the move off a legacy offer asks for one reassignment.
    assert_eq!(reassignment_due(&data), Some(d(2027, 3, 10)));
    let items = crate::rules::agenda::agenda(&data, d(2027, 3, 12));
    assert!(
        items
            .iter()
            .any(|i| i.kind == crate::rules::agenda::ItemKind::ReassignAfterMove)
    );
    mark_reassigned(&mut data, d(2027, 3, 20)).unwrap();
    assert_eq!(reassignment_due(&data), None);
    assert_eq!(
        mark_reassigned(&mut data, d(2027, 3, 21)),
        Err(ChangeError::Gone)
    );
    assert_eq!(
        record_renewal(&mut Dataset::default(), today, today, core),
        Err(ChangeError::Gone)
    );

    let mut data = Dataset::default();
    count_incidents(&mut data, 2);
    save_support(
        &mut data,
        SupportFields {
            activated_on: Some(d(2020, 12, 15)),
            access_id: "A".into(),
            contract_id: "C".into(),
            incidents_allowed: Some(20),
            incidents_used: None,
            ..Default::default()
        },
    );
    count_incidents(&mut data, -5);
    let s = data.support.unwrap();
    assert_eq!((s.incidents_used, s.incidents_allowed), (0, Some(20)));
    assert_eq!(s.activated_on, Some(d(2020, 12, 15)));
}

#[test]
fn imported_users_take_ids_after_the_highest() {
    let mut data = Dataset::default();
    user(&mut data, "minji");
    import_users(
        &mut data,
        vec![
            ("Jisoo".into(), "jisoo@contoso.com".into()),
            ("Hana".into(), "hana@contoso.com".into()),
        ],
        UserSource::AzureAd,
    );
    let ids: Vec<_> = data.users.iter().map(|u| (u.id, u.source)).collect();
    assert_eq!(
        ids,
        vec![
            (1, UserSource::Manual),
            (2, UserSource::AzureAd),
            (3, UserSource::AzureAd)
        ]
    );
    assert_eq!(remove_user(&mut data, 2), Ok(()));
}
// ---- Issue 26: where two rules meet, dates fixed on their day ----------

fn redeem(
    data: &mut Dataset,
    key: u64,
    on: NaiveDate,
    target: Target,
    mode: RedemptionMode,
) -> Result<u64, ChangeError> {
    record_redemption(
        data,
        &RedemptionRequest {
            key,
            on,
            owner: TenantOwner::Partner,
            tenant: "contoso.onmicrosoft.com".into(),
            target,
            mode,
        },
    )
}

#[test]
fn r2_r7_r8_a_keys_end_follows_how_it_was_redeemed() {
    use crate::rules::keys::{KeyStatus, key_end, key_status};
    let mut data = with_expiry(d(2021, 12, 31));
    let (a, b, c) = (
        add_key(&mut data, key_fields("Office")),
        add_key(&mut data, key_fields("Office")),
        key_of(&mut data, "Office", 25),
    );
    // A new subscription: 12 months (R2).
    let sub = redeem(
        &mut data,
        a,
        d(2021, 1, 1),
        Target::New,
        RedemptionMode::New,
    )
    .unwrap();
    let end = |data: &Dataset, id| {
        key_end(
            data.keys.iter().find(|k| k.id == id).unwrap(),
            &data.subscriptions,
        )
        .unwrap()
    };
    assert_eq!(
        (end(&data, a).value, end(&data, a).why.rule),
        (d(2022, 1, 1), RuleId::R2)
    );
    // Added to it two months before it ends: both keys' licenses end with
    // the subscription's new end (R7), not 12 months after the redemption.
    data.subscriptions[0].end = d(2021, 3, 1);
    redeem(
        &mut data,
        b,
        d(2021, 1, 1),
        Target::Existing(sub),
        RedemptionMode::Add,
    )
    .unwrap();
    let e = end(&data, b);
    assert_eq!((e.value, e.why.rule), (d(2021, 8, 1), RuleId::R7));
    let k = data.keys.iter().find(|k| k.id == b).unwrap();
    assert_eq!(
        key_status(k, &data.subscriptions, Some(d(2021, 12, 31)), d(2021, 2, 1)),
        KeyStatus::Redeemed {
            usable_until: d(2021, 8, 1),
            rule: RuleId::R7
        }
    );
    // Extending (R8): 25 onto 200 licenses, 12 × 25 / 200 = 1.5 months.
    redeem(
        &mut data,
        c,
        d(2021, 2, 1),
        Target::Existing(sub),
        RedemptionMode::Extend,
    )
    .unwrap();
    assert_eq!(end(&data, c).why.rule, RuleId::R8);
    assert_eq!(end(&data, c).value, data.subscriptions[0].end);
    // Fixed on its day: a later extension does not move the added key's end.
    assert_eq!(end(&data, b).value, d(2021, 8, 1));
    // The same figure for a record of schema 7 (no stored end), from history.
    let mut old = data.clone();
    for k in &mut old.keys {
        k.redemption.as_mut().unwrap().ends = None;
    }
    assert_eq!(end(&old, b).value, d(2021, 8, 1));
    assert_eq!(end(&old, c).value, end(&data, c).value);
    // The date alone (agenda, key list) agrees with the explained one.
    for (set, id) in [(&data, b), (&data, c), (&old, b), (&old, c), (&data, a)] {
        let k = set.keys.iter().find(|k| k.id == id).unwrap();
        let e = end(set, id);
        assert_eq!(
            crate::rules::keys::key_end_date(k, &set.subscriptions),
            Some((e.value, e.why.rule))
        );
    }
}

fn keyless_member() -> Dataset {
    Dataset {
        membership: Some(Membership {
            offer: Offer::SolutionsPartner,
            flow: RedemptionFlow::Keyless,
            anniversary: Some(d(2026, 3, 10)),
            ..Membership::default()
        }),
        ..Dataset::default()
    }
}

#[test]
fn r19_a_keyless_end_is_fixed_on_its_day_and_not_moved_by_a_renewal() {
    use crate::rules::program::keyless_end_of;
    let mut data = keyless_member();
    let id = add_benefit(&mut data, "E5".into(), 25);
    record_keyless(&mut data, id, d(2025, 11, 1), "t".into()).unwrap();
    let end = |data: &Dataset| {
        keyless_end_of(
            data.benefits[0].redeemed.as_ref().unwrap(),
            data.membership.as_ref(),
        )
        .unwrap()
        .value
    };
    assert_eq!(end(&data), d(2026, 3, 10));
    // The renewal a year on sets a new anniversary; last year's benefit
    // still ends when its term did.
    record_renewal(
        &mut data,
        d(2026, 3, 15),
        d(2027, 4, 14),
        Offer::SolutionsPartner,
    )
    .unwrap();
    assert_eq!(
        data.membership.as_ref().unwrap().anniversary,
        Some(d(2027, 3, 15))
    );
    assert_eq!(end(&data), d(2026, 3, 10));
    // A benefit redeemed after the offer ended, before the renewal, would
    // end before it began: refused by R19, not recorded with a past end.
    let mut lapsed = keyless_member();
    let late = add_benefit(&mut lapsed, "E5".into(), 25);
    let e = record_keyless(&mut lapsed, late, d(2026, 3, 20), "t".into()).unwrap_err();
    assert_eq!(
        (e.clone(), e.rule()),
        (
            ChangeError::OfferEnded {
                end: d(2026, 3, 10)
            },
            Some(RuleId::R19)
        )
    );
    // After the renewal, it ends with the new term.
    let next = add_benefit(&mut data, "Sales".into(), 5);
    record_keyless(&mut data, next, d(2026, 3, 20), "t".into()).unwrap();
    let r = data.benefits[1].redeemed.as_ref().unwrap();
    assert_eq!(r.ends, Some(d(2027, 3, 15)));
}

#[test]
fn r21_taking_a_monthly_credit_back_and_giving_it_again_counts_as_a_move() {
    let mut data = Dataset::default();
    let users: Vec<u64> = (0..8).map(|i| user(&mut data, &format!("u{i}"))).collect();
    let c = add_credit(&mut data, AzureCredit::new(CreditKind::Monthly, 150));
    give_credit(&mut data, c, users[0], d(2026, 1, 1)).unwrap();
    for (n, u) in users[1..6].iter().enumerate() {
        take_back_credit(&mut data, c).unwrap();
        give_credit(&mut data, c, *u, d(2026, 2, 1 + n as u32)).unwrap();
    }
    // Six holders, five changes of holder: the sixth change is refused.
    assert_eq!(data.credits[0].reassigned, 5);
    take_back_credit(&mut data, c).unwrap();
    assert_eq!(
        give_credit(&mut data, c, users[6], d(2026, 3, 1)),
        Err(ChangeError::MovesUsed { max: MONTHLY_MOVES })
    );
}

#[test]
fn r9_a_replacement_is_not_replaced_again_and_the_original_leaves_its_subscription() {
    let mut data = with_expiry(d(2021, 12, 31));
    let (a, b, c) = (
        add_key(&mut data, key_fields("Office")),
        add_key(&mut data, key_fields("Office")),
        add_key(&mut data, key_fields("Office")),
    );
    let sub = redeem(
        &mut data,
        a,
        d(2021, 3, 1),
        Target::New,
        RedemptionMode::New,
    )
    .unwrap();
    let s0 = data.subscriptions[0].clone();
    let mut other = with_expiry(d(2021, 12, 31));
    other.subscriptions.push(Subscription {
        id: 9,
        product: "Office".into(),
        licenses: 50,
        end: d(2021, 9, 1),
        tenant: String::new(),
        history: vec![],
    });
    // Added by mistake instead of extended: a replacement is asked, and
    // the original's licenses come out of the subscription they went to.
    let x = add_key(&mut other, key_fields("Office"));
    redeem(
        &mut other,
        x,
        d(2021, 3, 1),
        Target::Existing(9),
        RedemptionMode::Add,
    )
    .unwrap();
    assert_eq!(other.subscriptions[0].licenses, 150);
    ask_replacement(&mut other, x, d(2021, 3, 5), None).unwrap();
    assert_eq!(
        (other.subscriptions[0].licenses, other.subscriptions[0].end),
        (50, d(2021, 9, 1))
    );
    // Replaced by b, which is redeemed: licenses counted once.
    ask_replacement(&mut data, a, d(2021, 3, 5), Some(b)).unwrap();
    redeem(
        &mut data,
        b,
        d(2021, 3, 6),
        Target::Existing(sub),
        RedemptionMode::Add,
    )
    .unwrap();
    assert_eq!(
        data.subscriptions[0].licenses,
        100,
        "was {}",
        s0.licenses + 100
    );
    // The replacement itself is not replaced (R9: once).
    assert_eq!(
        ask_replacement(&mut data, b, d(2021, 3, 10), Some(c)),
        Err(ChangeError::Refused(Refusal::ReplacementOfReplacement))
    );
    assert_eq!(Refusal::ReplacementOfReplacement.rule(), RuleId::R9);
}

#[test]
fn r6_a_subscription_made_by_a_key_is_from_a_key_in_a_keyless_membership_too() {
    let mut data = with_expiry(d(2021, 12, 31));
    data.membership.as_mut().unwrap().flow = RedemptionFlow::Keyless;
    let k = add_key(&mut data, key_fields("Office"));
    let sub = redeem(
        &mut data,
        k,
        d(2021, 3, 1),
        Target::New,
        RedemptionMode::New,
    )
    .unwrap();
    assert!(data.subscriptions[0].history.is_empty());
    assert!(data.from_key(sub));
    data.subscriptions.push(Subscription {
        id: 42,
        product: "E5".into(),
        licenses: 5,
        end: d(2021, 9, 1),
        tenant: String::new(),
        history: vec![],
    });
    assert!(!data.from_key(42));
}

#[test]
fn r26_the_refund_is_void_once_the_data_shows_a_benefit_used() {
    use crate::rules::program::{RefundVoid, refund};
    let mut data = with_expiry(d(2026, 12, 31));
    data.membership.as_mut().unwrap().purchased = Some(d(2026, 11, 1));
    let r = refund(&data).unwrap();
    assert_eq!((r.last_day.value, r.void), (d(2026, 12, 1), None));
    let k = add_key(&mut data, key_fields("Office"));
    // A key redeemed before this purchase (an earlier year) does not count.
    redeem(
        &mut data,
        k,
        d(2026, 10, 1),
        Target::New,
        RedemptionMode::New,
    )
    .unwrap();
    assert_eq!(refund(&data).unwrap().void, None);
    data.support = Some(SupportContract {
        activated_on: Some(d(2026, 11, 3)),
        ..Default::default()
    });
    assert_eq!(
        refund(&data).unwrap().void,
        Some(RefundVoid::SupportActivated)
    );
    let k2 = add_key(&mut data, key_fields("Office"));
    redeem(
        &mut data,
        k2,
        d(2026, 11, 2),
        Target::New,
        RedemptionMode::New,
    )
    .unwrap();
    assert_eq!(refund(&data).unwrap().void, Some(RefundVoid::KeyRedeemed));
}

#[test]
fn impossible_states_are_refused_by_every_change() {
    let mut data = with_expiry(d(2026, 12, 31));
    let (a, b) = (user(&mut data, "a"), user(&mut data, "b"));
    // A seat freed on 2026-06-01 cannot be given to someone from an
    // earlier day: two holders at once.
    add_seats(&mut data, VsLevel::Enterprise, 1);
    assign_seat(&mut data, 1, a, d(2026, 1, 1)).unwrap();
    release_seat(&mut data, 1, d(2026, 6, 1)).unwrap();
    assert_eq!(
        assign_seat(&mut data, 1, b, d(2026, 5, 1)),
        Err(ChangeError::BeforeLastChange { on: d(2026, 6, 1) })
    );
    assign_seat(&mut data, 1, b, d(2026, 6, 1)).unwrap();
    // A credit moved before its holder got it.
    let c = add_credit(&mut data, AzureCredit::new(CreditKind::Monthly, 150));
    give_credit(&mut data, c, a, d(2026, 3, 1)).unwrap();
    assert_eq!(
        give_credit(&mut data, c, b, d(2026, 2, 1)),
        Err(ChangeError::BeforeLastChange { on: d(2026, 3, 1) })
    );
    // Removing a user who holds a credit would leave it held by no one.
    assert_eq!(remove_user(&mut data, a), Err(ChangeError::UserHoldsCredit));
    // A back-dated redemption onto a subscription that changed since.
    let (k1, k2) = (
        add_key(&mut data, key_fields("Office")),
        add_key(&mut data, key_fields("Office")),
    );
    let sub = redeem(
        &mut data,
        k1,
        d(2026, 1, 10),
        Target::New,
        RedemptionMode::New,
    )
    .unwrap();
    let k3 = add_key(&mut data, key_fields("Office"));
    redeem(
        &mut data,
        k3,
        d(2026, 4, 1),
        Target::Existing(sub),
        RedemptionMode::Add,
    )
    .unwrap();
    let before = data.clone();
    assert_eq!(
        redeem(
            &mut data,
            k2,
            d(2026, 2, 1),
            Target::Existing(sub),
            RedemptionMode::Add
        ),
        Err(ChangeError::BeforeLastChange { on: d(2026, 4, 1) })
    );
    // A redeemed key's licenses cannot change behind its subscription.
    assert_eq!(
        edit_key(
            &mut data,
            k1,
            KeyFields {
                licenses: 60,
                ..key_fields("Office")
            }
        ),
        Err(ChangeError::RedeemedLicenses)
    );
    assert_eq!(data, before, "refusals change nothing");
    edit_key(
        &mut data,
        k1,
        KeyFields {
            product: "Office 365".into(),
            ..key_fields("Office")
        },
    )
    .unwrap();
}
#[test]
fn r28_a_packages_cloud_incidents_and_advisory_hours_can_be_entered() {
    use crate::rules::support::{Allowance, contract_allowances};
    let mut data = Dataset::default();
    let package = Offer::PartnerSuccessCore;
    let s = SupportContract::default();
    // Not published for the packages: nothing to count until entered.
    let a = contract_allowances(&s, package, false);
    assert_eq!(
        (a.cloud_incidents, a.advisory_hours),
        (Allowance::NotPublished, Allowance::NotPublished)
    );
    save_support(
        &mut data,
        SupportFields {
            activated_on: Some(d(2026, 1, 5)),
            cloud_incidents_allowed: Some(6),
            advisory_hours_allowed: Some(30),
            ..Default::default()
        },
    );
    let a = contract_allowances(data.support.as_ref().unwrap(), package, false);
    assert_eq!(
        (a.cloud_incidents, a.advisory_hours),
        (Allowance::Limited(6), Allowance::Limited(30))
    );
}

/// A row of the portal's export: `holder` assigned on `assigned`.
fn portal_row(guid: &str, holder: Option<(&str, NaiveDate)>) -> PortalSeat {
    PortalSeat {
        level: VsLevel::Enterprise,
        portal: SeatPortal {
            guid: guid.into(),
            reference: "Dev team".into(),
            expires: Some(d(2027, 6, 30)),
        },
        holder: holder.map(|(name, assigned)| PortalHolder {
            name: name.into(),
            email: format!("{name}@contoso.com"),
            assigned,
            activated: Some(assigned),
        }),
    }
}

#[test]
fn a_portal_export_gives_seats_holders_and_their_days_and_twice_changes_nothing() {
    let mut data = Dataset::default();
    let ana = user(&mut data, "ana");
    let rows = vec![
        portal_row("g-1", Some(("ana", d(2023, 4, 3)))),
        portal_row("g-2", Some(("ben", d(2024, 1, 15)))),
        portal_row("g-3", None),
    ];
    import_portal_seats(&mut data, &rows).unwrap();
    assert_eq!(data.vs_seats.len(), 3);
    assert_eq!(data.users.len(), 2, "ben added, ana found by email");
    let held = |data: &Dataset, guid: &str| {
        let s = data
            .vs_seats
            .iter()
            .find(|s| s.portal().guid == guid)
            .unwrap();
        s.assignment.as_ref().map(|a| (a.user, a.assigned_on))
    };
    assert_eq!(held(&data, "g-1"), Some((ana, d(2023, 4, 3))));
    assert_eq!(held(&data, "g-3"), None, "unassigned: a free seat");
    let seat = &data.vs_seats[0];
    assert_eq!(seat.portal().reference, "Dev team");
    assert_eq!(seat.portal().expires, Some(d(2027, 6, 30)));
    // R13 counts from the portal's day, not the import's.
    let a = seat.assignment.as_ref().unwrap();
    assert_eq!(
        crate::rules::visual_studio::seat_reassignable_from(a).map(|f| f.value),
        Ok(d(2023, 7, 2))
    );
    let once = data.clone();
    import_portal_seats(&mut data, &rows).unwrap();
    assert_eq!(data, once, "the same file twice changes nothing");
    let mut used = Matched::new();
    assert_eq!(
        import_portal_seat(&mut data, &rows[0], &mut used),
        Ok((PortalOutcome::Same, false))
    );
}

#[test]
fn a_portal_row_finds_the_seat_typed_in_by_hand_and_corrects_its_day() {
    let mut data = Dataset::default();
    let ana = user(&mut data, "ana");
    add_seats(&mut data, VsLevel::Enterprise, 2);
    let typed = data.vs_seats[1].id;
    assign_seat(&mut data, typed, ana, d(2026, 11, 1)).unwrap();
    let mut used = Matched::new();
    let row = portal_row("g-1", Some(("ana", d(2024, 2, 1))));
    assert_eq!(
        import_portal_seat(&mut data, &row, &mut used),
        Ok((PortalOutcome::Updated, false))
    );
    let seat = data.vs_seats.iter().find(|s| s.id == typed).unwrap();
    assert_eq!(seat.assignment.as_ref().unwrap().assigned_on, d(2024, 2, 1));
    assert_eq!(seat.portal().guid, "g-1");
    // A second subscriber takes the free seat, not a new one.
    let row = portal_row("g-2", Some(("ben", d(2024, 3, 1))));
    assert_eq!(
        import_portal_seat(&mut data, &row, &mut used),
        Ok((PortalOutcome::Assigned, true))
    );
    assert_eq!(data.vs_seats.len(), 2);
}

#[test]
fn a_portal_import_that_r13_refuses_changes_nothing_and_a_seat_held_here_is_left() {
    let mut data = Dataset::default();
    let rows = vec![portal_row("g-1", Some(("ana", d(2026, 10, 1))))];
    import_portal_seats(&mut data, &rows).unwrap();
    let before = data.clone();
    // Ben in the portal ten days after Ana: R13 says 90.
    let moved = vec![
        portal_row("g-9", None),
        portal_row("g-1", Some(("ben", d(2026, 10, 11)))),
    ];
    assert_eq!(
        import_portal_seats(&mut data, &moved),
        Err((
            1,
            ChangeError::SeatLocked {
                until: d(2026, 12, 30)
            }
        ))
    );
    assert_eq!(data, before, "nothing half imported");
    let mut used = Matched::new();
    assert_eq!(
        import_portal_seat(&mut data, &portal_row("g-1", None), &mut used),
        Ok((PortalOutcome::HeldHere, false))
    );
    assert_eq!(data.vs_seats[0].assignment, before.vs_seats[0].assignment);
}

#[test]
fn a_portal_row_kept_in_the_ledger_as_a_line_reads_back_the_same() {
    let rows = [
        portal_row("g-1", Some(("ana", d(2023, 4, 3)))),
        portal_row("", None),
        PortalSeat {
            level: VsLevel::Professional,
            portal: SeatPortal::default(),
            holder: Some(PortalHolder {
                name: "Kim, \u{1f}Minji".into(),
                email: "minji@contoso.kr".into(),
                assigned: d(2024, 2, 29),
                activated: None,
            }),
        },
    ];
    for row in &rows[..2] {
        assert_eq!(PortalSeat::from_line(&row.to_line()).as_ref(), Some(row));
    }
    let back = PortalSeat::from_line(&rows[2].to_line()).unwrap();
    assert_eq!(
        back.holder.unwrap().name,
        "Kim,  Minji",
        "no separator inside a field"
    );
    assert_eq!(PortalSeat::from_line("Enterprise\u{1f}g"), None);
    assert_eq!(
        PortalSeat::from_line(&rows[0].to_line().replace("Enterprise", "Ultimate")),
        None
    );
}
