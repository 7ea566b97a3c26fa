//! The demo dataset a first-time user can load with one click and remove with
//! another: a Gold partner with keys in every state, subscriptions near and far
//! from their end, 30 users, Visual Studio seats inside and past the 90-day lock,
//! and a support contract. Dates are relative to `today`, so it always looks current.

use chrono::{Days, NaiveDate};

use super::*;

/// `today` moved by `offset` days (back when negative): the samples' dates.
fn shifted(today: NaiveDate, offset: i64) -> NaiveDate {
    if offset >= 0 {
        today + Days::new(offset as u64)
    } else {
        today - Days::new(offset.unsigned_abs())
    }
}

/// Sample records have ids from here up, so removing them touches nothing else.
pub const SAMPLE_ID_BASE: u64 = 1_000_000;

/// Whether a record id belongs to the sample data.
pub fn is_sample_id(id: u64) -> bool {
    (SAMPLE_ID_BASE..2 * SAMPLE_ID_BASE).contains(&id)
}

const USERS: [(&str, &str); 30] = [
    ("김민지", "minji.kim"),
    ("이서준", "seojun.lee"),
    ("박지훈", "jihoon.park"),
    ("최수아", "sua.choi"),
    ("정하은", "haeun.jung"),
    ("강도윤", "doyoon.kang"),
    ("조예린", "yerin.cho"),
    ("윤시우", "siwoo.yoon"),
    ("장민서", "minseo.jang"),
    ("임준호", "junho.lim"),
    ("한지아", "jia.han"),
    ("오현우", "hyunwoo.oh"),
    ("서유나", "yuna.seo"),
    ("신태윤", "taeyoon.shin"),
    ("권나연", "nayeon.kwon"),
    ("Alex Morgan", "alex.morgan"),
    ("Priya Nair", "priya.nair"),
    ("Daniel Weber", "daniel.weber"),
    ("Sofia Rossi", "sofia.rossi"),
    ("James Carter", "james.carter"),
    ("Emma Dubois", "emma.dubois"),
    ("Lucas Silva", "lucas.silva"),
    ("Hannah Berg", "hannah.berg"),
    ("Omar Haddad", "omar.haddad"),
    ("Chloe Martin", "chloe.martin"),
    ("Ethan Brooks", "ethan.brooks"),
    ("Mia Fischer", "mia.fischer"),
    ("Noah Kim", "noah.kim"),
    ("Grace Lee", "grace.lee"),
    ("Ryan Park", "ryan.park"),
];

/// The sample dataset as of `today`.
pub fn sample(today: NaiveDate) -> Dataset {
    let day = |offset: i64| shifted(today, offset);
    let id = |n: u64| SAMPLE_ID_BASE + n;
    let redeemed = |on: i64, mode, sub: Option<u64>| {
        Some(Redemption {
            on: day(on),
            owner: TenantOwner::Partner,
            subscription: sub,
            mode,
            tenant: TENANT.into(),
            ends: None,
        })
    };
    let key = |n: u64, product: &str, text: &str, licenses, redemption, replaced| ProductKey {
        id: id(n),
        product: product.into(),
        key: text.into(),
        licenses,
        redemption,
        replaced,
        received: Some(day(-400 + 20 * n as i64)),
        replacement: None,
        replaces: None,
        sealed: None,
    };
    let keys = vec![
        key(
            1,
            "Office 365 E3",
            "Q7K2M-HX4PD-9TR3C-WB6YF-J8N2V",
            25,
            None,
            false,
        ),
        key(
            2,
            "Microsoft 365 E5",
            "B3V9T-K7W2Q-RM4XH-6CJ8P-D2FY9",
            10,
            None,
            false,
        ),
        key(
            3,
            "Dynamics 365 Sales",
            "T4N8C-J2Y6B-PW9KM-3HQ7R-XV5D2",
            5,
            None,
            false,
        ),
        key(
            4,
            "Power BI Pro",
            "M6R2X-D9F4K-YB7TQ-2WJ3C-HP8N5",
            50,
            None,
            false,
        ),
        key(
            5,
            "Office 365 E3",
            "H2J7W-C5N9R-KX3TB-8YD4F-QM6P2",
            25,
            redeemed(-300, RedemptionMode::New, Some(id(1))),
            false,
        ),
        key(
            6,
            "Microsoft 365 E5",
            "W9D3F-R6T2J-NB8QC-4MY7K-XH5P3",
            10,
            redeemed(-350, RedemptionMode::New, Some(id(2))),
            false,
        ),
        key(
            7,
            "Dynamics 365 Sales",
            "C8X4Q-P3M7D-JW2RH-9KT6B-FY5N4",
            5,
            redeemed(-20, RedemptionMode::Add, Some(id(3))),
            false,
        ),
        key(
            8,
            "Power BI Pro",
            "R5B2N-Y8K6W-DQ3JT-7FC9M-PH4X6",
            50,
            redeemed(-100, RedemptionMode::Extend, Some(id(4))),
            false,
        ),
        key(
            9,
            "Visio Plan 2",
            "J3T9P-W6R4C-MX2BK-8HD5Q-NY7F3",
            5,
            redeemed(-10, RedemptionMode::New, None),
            false,
        ),
        key(
            10,
            "Project Plan 3",
            "F6M2H-K9C3X-TW8RB-4JN7D-QP5Y6",
            5,
            redeemed(-40, RedemptionMode::Add, None),
            true,
        ),
        key(
            11,
            "Project Plan 3",
            "X4W8K-B2J6P-RD9TM-3CQ5H-NF7Y2",
            5,
            redeemed(-12, RedemptionMode::Extend, None),
            false,
        ),
        key(12, "Windows 11 Enterprise", "", 10, None, false),
    ];
    let sub = |n: u64, product: &str, licenses, end: i64| Subscription {
        id: id(n),
        product: product.into(),
        licenses,
        end: day(end),
        tenant: TENANT.into(),
        history: vec![],
    };
    let mut subscriptions = vec![
        sub(1, "Office 365 E3", 25, 65),
        sub(2, "Microsoft 365 E5", 10, 6),
        sub(3, "Dynamics 365 Sales", 10, 190),
        sub(4, "Power BI Pro", 50, 21),
        sub(5, "Azure DevOps", 5, 330),
    ];
    // Dynamics went from 5 to 10 licenses when key 7 was added 20 days ago.
    subscriptions[2].history.push(SubscriptionChange {
        on: day(-20),
        licenses: 5,
        end: day(345),
        key: Some(id(7)),
    });
    let users = USERS
        .iter()
        .enumerate()
        .map(|(i, (name, local))| User {
            id: id(i as u64 + 1),
            name: (*name).into(),
            email: format!("{local}@contoso-partner.co.kr"),
            offers: match i {
                3 => vec![AzureOffer::AzurePass],
                17 => vec![AzureOffer::EnterpriseAgreement],
                _ => vec![],
            },
            source: if i < 15 {
                UserSource::AzureAd
            } else {
                UserSource::PartnerCenter
            },
        })
        .collect();
    let seat = |n: u64, user: Option<(u64, i64)>| VsSeat {
        id: id(n),
        level: VsLevel::Enterprise,
        assignment: user.map(|(u, on)| VsAssignment {
            user: id(u),
            assigned_on: day(on),
            activated_on: None,
        }),
        history: vec![],
        portal: String::new(),
    };
    let mut vs_seats = vec![
        seat(1, Some((1, -200))),
        seat(2, Some((2, -120))),
        seat(3, Some((3, -85))),
        seat(4, Some((16, -30))),
        seat(5, Some((17, -5))),
        seat(6, None),
        seat(7, None),
        seat(8, None),
    ];
    // Seat 1 was someone else's for a year before.
    vs_seats[0].history.push(VsPastAssignment {
        user: id(20),
        from: day(-600),
        to: day(-200),
    });
    let credit = |n: u64, kind, amount, assignee: Option<u64>| AzureCredit {
        id: id(n),
        assignee: assignee.map(id),
        ..AzureCredit::new(kind, amount)
    };
    let mut credits = vec![
        credit(1, CreditKind::Monthly, 150, Some(1)),
        credit(2, CreditKind::Monthly, 150, None),
        credit(3, CreditKind::Bulk, 3500, Some(6)),
    ];
    credits[2].transfers.push(CreditTransfer {
        on: day(-60),
        from: id(9),
        to: id(6),
    });
    Dataset {
        membership: Some(Membership {
            offer: Offer::Gold,
            competencies: vec![
                Competency {
                    name: "Cloud Platform".into(),
                    level: CompetencyLevel::Gold,
                    cloud: true,
                },
                Competency {
                    name: "Data Analytics".into(),
                    level: CompetencyLevel::Silver,
                    cloud: false,
                },
            ],
            anniversary: Some(day(45)),
            renewal_start: None,
            benefit_expiry: Some(day(45)),
            country: "Korea, Republic of".into(),
            renewals: vec![],
            ..Membership::default()
        }),
        keys,
        benefits: vec![],
        subscriptions,
        users,
        vs_seats,
        support: Some(SupportContract {
            access_id: "ACC-4821-KR".into(),
            contract_id: "CTR-77310".into(),
            activated_on: Some(day(-320)),
            incidents_allowed: None,
            incidents_used: 18,
            ..Default::default()
        }),
        credits,
        vault: None,
        readings: Default::default(),
    }
}

/// The second demo dataset: a Solutions Partner designation on the keyless flow
/// (R17–R19, R22), bought 320 days ago, with benefits redeemed and still to
/// redeem, the same 30 users and a support contract with the offer's defaults.
pub fn keyless_sample(today: NaiveDate) -> Dataset {
    let day = |offset: i64| shifted(today, offset);
    let base = sample(today);
    let benefit = |n: u64, product: &str, quantity, redeemed: Option<i64>| KeylessBenefit {
        id: SAMPLE_ID_BASE + n,
        product: product.into(),
        quantity,
        redeemed: redeemed.map(|on| KeylessRedemption {
            on: day(on),
            tenant: TENANT.into(),
            ends: None,
        }),
    };
    Dataset {
        membership: Some(Membership {
            offer: Offer::SolutionsPartner,
            flow: RedemptionFlow::Keyless,
            purchased: Some(day(-320)),
            anniversary: Some(day(45)),
            country: "Korea, Republic of".into(),
            ..Membership::default()
        }),
        benefits: vec![
            benefit(1, "Microsoft 365 E5", 25, Some(-300)),
            benefit(2, "Dynamics 365 Sales Enterprise", 5, Some(-40)),
            benefit(3, "Power BI Pro", 10, None),
            benefit(4, "Microsoft Teams Enterprise", 25, None),
        ],
        users: base.users,
        credits: vec![AzureCredit {
            id: SAMPLE_ID_BASE + 1,
            billing_profile: "Contoso Partner BP".into(),
            provisioned: Some(day(-300)),
            ..AzureCredit::new(CreditKind::Monthly, 150)
        }],
        support: Some(SupportContract {
            access_id: KEYLESS_ACCESS_ID.into(),
            contract_id: "CTR-90412".into(),
            activated_on: Some(day(-290)),
            incidents_used: 4,
            ..Default::default()
        }),
        ..Dataset::default()
    }
}

/// The keyless sample's support Access ID (how removing it knows its contract).
const KEYLESS_ACCESS_ID: &str = "ACC-6093-KR";

/// The sample's tenant.
const TENANT: &str = "contoso-partner.onmicrosoft.com";

/// `data` without the sample records (and without the sample membership and
/// support contract, if they are still the sample's).
pub fn remove_sample(data: &Dataset, today: NaiveDate) -> Dataset {
    let s = sample(today);
    let mut out = data.clone();
    out.keys.retain(|k| !is_sample_id(k.id));
    out.subscriptions.retain(|x| !is_sample_id(x.id));
    out.users.retain(|x| !is_sample_id(x.id));
    out.vs_seats.retain(|x| !is_sample_id(x.id));
    out.credits.retain(|x| !is_sample_id(x.id));
    out.benefits.retain(|x| !is_sample_id(x.id));
    let k = keyless_sample(today);
    let sample_membership = |m: &Membership| {
        [&s, &k].iter().any(|s| {
            s.membership.as_ref().is_some_and(|sm| {
                sm.offer == m.offer && sm.competencies == m.competencies && sm.flow == m.flow
            })
        })
    };
    if out.membership.as_ref().is_some_and(sample_membership) {
        out.membership = None;
    }
    if out
        .support
        .as_ref()
        .is_some_and(|c| c.access_id == "ACC-4821-KR" || c.access_id == KEYLESS_ACCESS_ID)
    {
        out.support = None;
    }
    out
}

/// Whether any sample record is present.
pub fn has_sample(data: &Dataset) -> bool {
    data.keys.iter().any(|k| is_sample_id(k.id))
        || data.users.iter().any(|u| is_sample_id(u.id))
        || data.benefits.iter().any(|b| is_sample_id(b.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    #[test]
    fn removing_the_sample_keeps_the_users_own_records() {
        let mut data = sample(today());
        data.users.push(User {
            id: 5,
            name: "Mine".into(),
            email: "me@contoso.com".into(),
            offers: vec![],
            source: UserSource::Manual,
        });
        let left = remove_sample(&data, today());
        assert_eq!(left.users.len(), 1);
        assert!(left.keys.is_empty() && left.membership.is_none() && left.support.is_none());
        assert!(!has_sample(&left));
    }
}
