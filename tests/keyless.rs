//! Benefits redeemed without a key (issue 11, R17–R19): recorded, refused, on
//! the agenda with the dates RULES.md gives.
#![cfg(not(target_arch = "wasm32"))]

use benefits_desk::ledger::change::{ChangeError, add_benefit, record_keyless, remove_benefit};
use benefits_desk::model::form::{BenefitDraft, KeylessDraft};
use benefits_desk::model::validate::{Field, FieldError, validate};
use benefits_desk::model::{Dataset, KeylessRedemption, Membership, Offer, RedemptionFlow};
use benefits_desk::rules::RuleId;
use benefits_desk::rules::agenda::{ItemKind, agenda, explain};
use benefits_desk::rules::keys::Refusal;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A keyless Solutions Partner bought 2025-03-10: its offer ends 2026-03-10
/// (R22: 365 days), its benefits 2026-04-09.
fn keyless_partner() -> Dataset {
    Dataset {
        membership: Some(Membership {
            offer: Offer::SolutionsPartner,
            flow: RedemptionFlow::Keyless,
            purchased: Some(d(2025, 3, 10)),
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[test]
fn r19_case_a_benefit_redeemed_without_a_key_ends_with_the_offer() {
    // RULES.md: offer ends 2026-03-10, redeemed 2025-11-01 -> ends 2026-03-10 (R19).
    let mut data = keyless_partner();
    let id = add_benefit(&mut data, "Microsoft 365 E5".into(), 25);
    record_keyless(
        &mut data,
        id,
        d(2025, 11, 1),
        "contoso.onmicrosoft.com".into(),
    )
    .unwrap();
    let today = d(2025, 12, 1);
    let items = agenda(&data, today);
    let item = items
        .iter()
        .find(|i| i.kind == ItemKind::BenefitEnds(id))
        .unwrap();
    assert_eq!((item.due, item.rule), (d(2026, 3, 10), RuleId::R19));
    // Its working names the offer's end and the day of redemption.
    let why = explain(&data, item, today).unwrap();
    assert_eq!(why.rule, RuleId::R19);
    assert_eq!(why.facts.len(), 2);
}

#[test]
fn an_unredeemed_benefit_is_due_by_the_benefit_expiry_else_the_offers_end() {
    let mut data = keyless_partner();
    let id = add_benefit(&mut data, "Dynamics 365 Sales".into(), 5);
    let today = d(2025, 12, 1);
    // No benefit expiry recorded: the offer's end (R19: redeemed later, it
    // would end before it began), not R22's benefits end 30 days on.
    let item = agenda(&data, today)
        .into_iter()
        .find(|i| i.kind == ItemKind::RedeemBenefit(id))
        .unwrap();
    assert_eq!((item.due, item.rule), (d(2026, 3, 10), RuleId::R19));
    // An expiry entered past the offer's end does not reach past it either.
    data.membership.as_mut().unwrap().benefit_expiry = Some(d(2026, 4, 9));
    let item = agenda(&data, today)
        .into_iter()
        .find(|i| i.kind == ItemKind::RedeemBenefit(id))
        .unwrap();
    assert_eq!((item.due, item.rule), (d(2026, 3, 10), RuleId::R19));
    // Recorded, the benefit expiry date rules (R1).
    data.membership.as_mut().unwrap().benefit_expiry = Some(d(2026, 3, 10));
    let item = agenda(&data, today)
        .into_iter()
        .find(|i| i.kind == ItemKind::RedeemBenefit(id))
        .unwrap();
    assert_eq!((item.due, item.rule), (d(2026, 3, 10), RuleId::R1));
    // Nothing known: no date is assumed.
    data.membership = Some(Membership::default());
    assert!(
        agenda(&data, today)
            .iter()
            .all(|i| i.kind != ItemKind::RedeemBenefit(id))
    );
}

#[test]
fn a_redemption_after_the_last_day_twice_or_of_a_removed_benefit_is_refused() {
    let mut data = keyless_partner();
    data.membership.as_mut().unwrap().benefit_expiry = Some(d(2026, 3, 10));
    let id = add_benefit(&mut data, "Microsoft 365 E5".into(), 25);
    let before = data.clone();
    assert_eq!(
        record_keyless(
            &mut data,
            id,
            d(2026, 3, 11),
            "contoso.onmicrosoft.com".into()
        ),
        Err(ChangeError::Refused(Refusal::BenefitExpired {
            expiry: d(2026, 3, 10)
        }))
    );
    assert_eq!(data, before, "a refusal changes nothing");
    // The last day itself is allowed (R1).
    record_keyless(
        &mut data,
        id,
        d(2026, 3, 10),
        "contoso.onmicrosoft.com".into(),
    )
    .unwrap();
    assert_eq!(
        record_keyless(&mut data, id, d(2026, 3, 1), "other.onmicrosoft.com".into()),
        Err(ChangeError::Refused(Refusal::AlreadyRedeemed))
    );
    remove_benefit(&mut data, id).unwrap();
    assert_eq!(remove_benefit(&mut data, id), Err(ChangeError::Gone));
    assert_eq!(
        record_keyless(&mut data, id, d(2026, 3, 1), "x".into()),
        Err(ChangeError::Gone)
    );
}

#[test]
fn the_forms_say_what_is_wrong_per_field() {
    let e = BenefitDraft {
        product: " ".into(),
        quantity: "0".into(),
    }
    .check()
    .unwrap_err();
    assert_eq!(
        (e.get(Field::Name), e.get(Field::Licenses)),
        (Some(FieldError::Empty), Some(FieldError::NoLicenses))
    );
    let e = BenefitDraft {
        product: "E5".into(),
        quantity: "many".into(),
    }
    .check()
    .unwrap_err();
    assert_eq!(e.get(Field::Licenses), Some(FieldError::NotANumber));
    assert_eq!(
        BenefitDraft {
            product: " E5 ".into(),
            quantity: "25".into()
        }
        .check(),
        Ok(("E5".into(), 25))
    );
    let today = d(2026, 11, 27);
    let e = KeylessDraft {
        on: "2026-11-28".into(),
        tenant: String::new(),
    }
    .check(today)
    .unwrap_err();
    assert_eq!(
        (e.get(Field::RedeemedOn), e.get(Field::Tenant)),
        (Some(FieldError::InFuture), Some(FieldError::Empty))
    );
    let e = KeylessDraft {
        on: "2026-02-30".into(),
        tenant: "t".into(),
    }
    .check(today)
    .unwrap_err();
    assert_eq!(e.get(Field::RedeemedOn), Some(FieldError::NotADate));
    // History from before the app: any earlier day.
    assert_eq!(
        KeylessDraft {
            on: "2023-01-05".into(),
            tenant: " t ".into()
        }
        .check(today),
        Ok((d(2023, 1, 5), "t".into()))
    );
}

#[test]
fn stored_benefits_are_validated_at_start_up() {
    let mut data = keyless_partner();
    add_benefit(&mut data, "E5".into(), 25);
    let id = add_benefit(&mut data, "Sales".into(), 5);
    assert!(validate(&data).is_ok());
    data.benefits[1].redeemed = Some(KeylessRedemption {
        on: d(2025, 1, 1),
        tenant: " ".into(),
        ends: None,
    });
    data.benefits[0].quantity = 0;
    data.benefits.push(data.benefits[1].clone());
    let errors = validate(&data).unwrap_err();
    let has = |f: Field, e: FieldError| errors.iter().any(|x| x.field == f && x.error == e);
    assert!(has(Field::Tenant, FieldError::Empty) && has(Field::Licenses, FieldError::NoLicenses));
    assert!(has(Field::Id, FieldError::Duplicate), "{id} twice");
}

#[test]
fn r24_what_a_lapse_costs_is_on_the_agenda_before_it_happens() {
    // Anniversary 2026-06-30: the window closes 2026-07-30 (R4); not renewed,
    // everything goes on 2026-07-31 (R24).
    let mut data = Dataset {
        membership: Some(Membership {
            offer: Offer::SolutionsPartner,
            anniversary: Some(d(2026, 6, 30)),
            ..Default::default()
        }),
        ..Default::default()
    };
    let today = d(2026, 6, 1);
    let lapse = agenda(&data, today)
        .into_iter()
        .find(|i| matches!(i.kind, ItemKind::Lapse { .. }))
        .unwrap();
    assert_eq!(
        (lapse.kind, lapse.due, lapse.rule),
        (
            ItemKind::Lapse { rebuy: false },
            d(2026, 7, 31),
            RuleId::R24
        )
    );
    assert_eq!(explain(&data, &lapse, today).unwrap().rule, RuleId::R24);
    // An Action Pack lapsing after the 2025-01-21 cut-off cannot be bought
    // again (R24, R25): no "buy it again" line.
    data.membership.as_mut().unwrap().offer = Offer::ActionPack;
    assert!(
        agenda(&data, today)
            .iter()
            .any(|i| i.kind == ItemKind::Lapse { rebuy: false })
    );
    // One that lapsed before the cut-off could still be bought again.
    let mut early = data.clone();
    early.membership.as_mut().unwrap().anniversary = Some(d(2024, 6, 30));
    assert!(
        agenda(&early, d(2024, 7, 20))
            .iter()
            .any(|i| i.kind == ItemKind::Lapse { rebuy: true })
    );
    // Renewed (the anniversary a year on), the lapse moves with it.
    data.membership.as_mut().unwrap().anniversary = Some(d(2027, 6, 30));
    assert!(agenda(&data, today).iter().all(|i| i.due != d(2026, 7, 31)));
}

#[test]
fn r21_limits_one_credit_a_person_no_free_mail_five_moves_of_a_monthly_credit() {
    use benefits_desk::ledger::change::{add_credit, give_credit};
    use benefits_desk::model::{AzureCredit, CreditKind, User};
    let user = |id: u64, email: &str| User {
        id,
        name: format!("User {id}"),
        email: email.into(),
        offers: vec![],
        source: Default::default(),
    };
    let credit = |kind| AzureCredit::new(kind, 150);
    // Per-person limits: a membership whose credit is still given to people
    // (keys; keyless credit sits on a billing profile, R20).
    let mut data = keyless_partner();
    data.membership.as_mut().unwrap().flow = RedemptionFlow::Keys;
    data.users = (1..=8)
        .map(|i| user(i, &format!("u{i}@contoso.com")))
        .collect();
    data.users.push(user(9, "someone@Gmail.com"));
    let monthly = add_credit(&mut data, credit(CreditKind::Monthly));
    let other = add_credit(&mut data, credit(CreditKind::Monthly));
    let on = d(2026, 1, 5);
    give_credit(&mut data, monthly, 1, on).unwrap();
    // One active credit per person.
    let before = data.clone();
    assert_eq!(
        give_credit(&mut data, other, 1, on),
        Err(ChangeError::HoldsCredit)
    );
    // A free-mail address is refused (the list is a heuristic).
    assert_eq!(
        give_credit(&mut data, other, 9, on),
        Err(ChangeError::FreeMail {
            domain: "gmail.com"
        })
    );
    assert_eq!(data, before, "refusals change nothing");
    assert_eq!(ChangeError::HoldsCredit.rule(), Some(RuleId::R21));
    // Five moves from person to person, then no more.
    for to in 2..=6 {
        give_credit(&mut data, monthly, to, on).unwrap();
    }
    assert_eq!(data.credits[0].reassigned, 5);
    assert_eq!(
        give_credit(&mut data, monthly, 7, on),
        Err(ChangeError::MovesUsed { max: 5 })
    );
}

#[test]
fn r20_keyless_credit_sits_on_a_billing_profile_and_a_monthly_one_lasts_13_months() {
    use benefits_desk::ledger::change::{add_credit, give_credit, set_credit_profile};
    use benefits_desk::model::{AzureCredit, CreditKind, User};
    let mut data = keyless_partner();
    // Renewed: the membership runs to 2027-06-01.
    data.membership.as_mut().unwrap().anniversary = Some(d(2027, 6, 1));
    data.users.push(User {
        id: 1,
        name: "Kim".into(),
        email: "kim@contoso.com".into(),
        offers: vec![],
        source: Default::default(),
    });
    let id = add_credit(&mut data, AzureCredit::new(CreditKind::Monthly, 150));
    // R20: no per-person assignment in the keyless flow.
    let e = give_credit(&mut data, id, 1, d(2026, 1, 5)).unwrap_err();
    assert_eq!(
        (e.clone(), e.rule()),
        (ChangeError::OnBillingProfile, Some(RuleId::R20))
    );
    assert_eq!(data.credits[0].assignee, None);
    // On a billing profile, provisioned 2026-01-31: usable through 2027-02-28 (R21).
    set_credit_profile(&mut data, id, "Contoso BP".into(), Some(d(2026, 1, 31))).unwrap();
    let today = d(2027, 2, 1);
    let items = agenda(&data, today);
    let item = items
        .iter()
        .find(|i| i.kind == ItemKind::CreditEnds(id))
        .expect("the credit's last day is on the agenda");
    assert_eq!((item.due, item.rule), (d(2027, 2, 28), RuleId::R21));
    assert_eq!(explain(&data, item, today).unwrap().rule, RuleId::R21);
    // R21: paid only up to the membership's end, which may come first.
    let mut short = data.clone();
    short.membership.as_mut().unwrap().anniversary = Some(d(2026, 9, 30));
    let item = agenda(&short, d(2026, 9, 1))
        .into_iter()
        .find(|i| i.kind == ItemKind::CreditEnds(id))
        .unwrap();
    assert_eq!((item.due, item.rule), (d(2026, 9, 30), RuleId::R21));
    // Bulk credit has one amount between its dates: no 13-month item.
    data.credits[0].kind = CreditKind::Bulk;
    assert!(
        agenda(&data, today)
            .iter()
            .all(|i| i.kind != ItemKind::CreditEnds(id))
    );
}
