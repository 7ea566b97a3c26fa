//! A deterministic generated dataset of any size, for benchmarks and scale tests.

use chrono::{Days, NaiveDate};

use super::*;

/// How many of each record to generate.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    /// Product keys.
    pub keys: usize,
    /// Users.
    pub users: usize,
    /// Visual Studio seats (about two thirds assigned).
    pub seats: usize,
    /// Cloud subscriptions.
    pub subscriptions: usize,
    /// Azure credits (about half assigned).
    pub credits: usize,
}

impl Scale {
    /// The scale the performance budgets are set for.
    pub const BUDGET: Scale = Scale {
        keys: 10_000,
        users: 5_000,
        seats: 2_000,
        subscriptions: 500,
        credits: 0,
    };

    /// A large partner's account (issue 15): 300 keys, 60 subscriptions, every
    /// user of a 5,000-person tenant imported, 150 seats and 20 credits.
    pub const LARGE_ACCOUNT: Scale = Scale {
        keys: 300,
        users: 5_000,
        seats: 150,
        subscriptions: 60,
        credits: 20,
    };

    /// Nothing but a membership (the no-data reference).
    pub const EMPTY: Scale = Scale {
        keys: 0,
        users: 0,
        seats: 0,
        subscriptions: 0,
        credits: 0,
    };

    /// Records in total.
    pub fn records(&self) -> usize {
        self.keys + self.users + self.seats + self.subscriptions + self.credits
    }
}

/// A dataset of `scale` records with dates spread around `today`, the same every time.
pub fn generate(scale: Scale, today: NaiveDate) -> Dataset {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let start = today - Days::new(400);
    let day = |next: &mut dyn FnMut(u64) -> u64| start + Days::new(next(800));
    let keys = (0..scale.keys as u64)
        .map(|id| ProductKey {
            id,
            product: format!("Product {}", id % 40),
            key: format!("{:05}-AAAAA-BBBBB-CCCCC-DDDDD", id % 100_000),
            licenses: 1 + next(100) as u32,
            redemption: (next(2) == 0).then(|| Redemption {
                on: day(&mut next),
                owner: TenantOwner::Partner,
                subscription: None,
                mode: RedemptionMode::New,
                tenant: "contoso.onmicrosoft.com".into(),
                ends: None,
            }),
            replaced: next(50) == 0,
            received: None,
            replacement: None,
            replaces: None,
            sealed: None,
        })
        .collect();
    let subscriptions = (0..scale.subscriptions as u64)
        .map(|id| Subscription {
            id,
            product: format!("Subscription {id}"),
            licenses: 1 + next(200) as u32,
            end: day(&mut next),
            tenant: "contoso.onmicrosoft.com".into(),
            history: vec![],
        })
        .collect();
    let users = (0..scale.users as u64)
        .map(|id| User {
            id,
            name: format!("User {id}"),
            email: format!("user{id}@example.com"),
            offers: if next(10) == 0 {
                vec![AzureOffer::AzurePass]
            } else {
                vec![]
            },
            source: UserSource::AzureAd,
        })
        .collect();
    let vs_seats = (0..scale.seats as u64)
        .map(|id| VsSeat {
            id,
            level: VsLevel::Enterprise,
            assignment: (next(3) != 0).then(|| VsAssignment {
                user: next(scale.users.max(1) as u64),
                assigned_on: day(&mut next),
                activated_on: None,
            }),
            history: vec![],
            portal: String::new(),
        })
        .collect();
    let credits = (0..scale.credits as u64)
        .map(|id| AzureCredit {
            id,
            kind: if id % 2 == 0 {
                CreditKind::Monthly
            } else {
                CreditKind::Bulk
            },
            amount: 100 * (1 + next(5) as u32),
            assignee: (next(2) == 0)
                .then(|| next(scale.users.max(1) as u64))
                .filter(|_| scale.users > 0),
            ..AzureCredit::new(CreditKind::Monthly, 0)
        })
        .collect();
    Dataset {
        membership: Some(Membership {
            offer: Offer::Gold,
            competencies: vec![],
            anniversary: Some(today + Days::new(40)),
            renewal_start: None,
            benefit_expiry: Some(today + Days::new(40)),
            country: "Korea".into(),
            renewals: vec![],
            ..Membership::default()
        }),
        keys,
        benefits: vec![],
        subscriptions,
        users,
        vs_seats,
        support: Some(SupportContract {
            access_id: "A-1".into(),
            contract_id: "C-1".into(),
            activated_on: Some(today - Days::new(200)),
            incidents_allowed: None,
            incidents_used: 3,
            ..Default::default()
        }),
        credits,
        vault: None,
        readings: Default::default(),
    }
}
