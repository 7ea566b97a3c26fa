//! Writes `tests/fixtures/schema-v9.json`: the schema-8 fixture after its first
//! save with a ledger (run once when schema 9 was introduced; kept for the record).
use std::rc::Rc;

use benefits_desk::ledger::{Event, Facts, apply};
use benefits_desk::model::VsLevel;
use benefits_desk::store::document::{DATA_KEY, DocumentStore};
use benefits_desk::store::{Backend, MemoryBackend};
use chrono::NaiveDate;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let v8 = std::fs::read_to_string(format!("{dir}/schema-v8.json")).unwrap();
    let backend = Rc::new(MemoryBackend::default());
    backend.set(DATA_KEY, &v8).unwrap();
    let (mut store, _) = DocumentStore::open(backend.clone(), "fixture");
    let day = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let events = [
        (
            "6f1c2a9e4b7d40e18c3a5b2d9e0f7a61",
            "2026-12-05T09:30:00.000Z",
            Facts::AddSeats {
                level: VsLevel::Professional,
                n: 1,
            },
        ),
        (
            "0b9d8c7e6f5a44c3b2a1908f7e6d5c4b",
            "2026-12-05T09:31:00.000Z",
            Facts::CountIncidents { by: 1 },
        ),
        (
            "a3e4f5061728493a8b7c6d5e4f302112",
            "2026-12-05T09:32:00.000Z",
            Facts::Void {
                event: "0b9d8c7e6f5a44c3b2a1908f7e6d5c4b".into(),
            },
        ),
    ];
    for (id, at, facts) in events {
        let e = Event {
            id: id.into(),
            day,
            at: at.into(),
            device: String::new(),
            admin: "Kim Min-ji".into(),
            facts,
        };
        store
            .try_apply(|d| apply(d, &e), Some(e.clone()))
            .unwrap()
            .unwrap();
    }
    std::fs::write(
        format!("{dir}/schema-v9.json"),
        backend.get(DATA_KEY).unwrap().unwrap(),
    )
    .unwrap();
}
