//! Made-up years of changes for the benchmarks (`examples/ledger_size.rs`,
//! `tests/scale.rs`): what a busy partner records, three changes a day.

use chrono::{Days, NaiveDate};

use super::{Event, Facts};
use crate::model::{User, UserSource, VsLevel};

/// Three changes a day for the three years up to `today` (a support incident
/// counted, a user added, a Visual Studio seat added, in turn), recorded on
/// `device`; `device` also tells the ids apart, so two devices' years are
/// two sets of events.
pub fn three_years(today: NaiveDate, device: &str) -> Vec<Event> {
    let start = today - Days::new(3 * 365);
    let salt = crate::model::ids::fnv64(crate::model::ids::FNV_BASIS, device.as_bytes());
    (0..3 * 365 * 3u64)
        .map(|i| {
            let day = start + Days::new(i / 3);
            let facts = match i % 3 {
                0 => Facts::CountIncidents { by: 1 },
                1 => Facts::AddUser {
                    user: User {
                        id: 0,
                        name: format!("New {device} {i}"),
                        email: format!("new{i}.{device}@contoso.com"),
                        offers: vec![],
                        source: UserSource::Manual,
                    },
                },
                _ => Facts::AddSeats {
                    level: VsLevel::Professional,
                    n: 1,
                },
            };
            Event {
                id: format!(
                    "{:016x}{:016x}",
                    salt,
                    i.wrapping_mul(0x9e37_79b9_7f4a_7c15)
                ),
                day,
                at: format!("{day}T09:00:{:02}.{:03}Z", i % 3, salt % 1000),
                device: device.to_owned(),
                admin: "Kim Min-ji".into(),
                facts,
            }
        })
        .collect()
}
