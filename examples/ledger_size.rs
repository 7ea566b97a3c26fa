//! Measures the stored document with its ledger (issue 27, item 9): a large
//! account and DESIGN.md's budget set, each with three years of changes
//! (three a day), against Chromium's localStorage limit of about 5,242,300
//! UTF-16 units per origin; and a native replay's time. Prints figures.
//!
//! `cargo run --release --example ledger_size`
use std::rc::Rc;
use std::time::Instant;

use benefits_desk::ledger::generate::three_years;
use benefits_desk::ledger::{apply, replay};
use benefits_desk::model::generate::{Scale, generate};
use benefits_desk::store::document::{DATA_KEY, DocumentStore, write_document};
use benefits_desk::store::journal::read_ledger;
use benefits_desk::store::{Backend, MemoryBackend};
use chrono::NaiveDate;

const LIMIT: usize = 5_242_300;

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    for (name, scale) in [
        ("large account", Scale::LARGE_ACCOUNT),
        ("budget set", Scale::BUDGET),
    ] {
        let data = generate(scale, today);
        let backend = Rc::new(MemoryBackend::default());
        let doc = serde_json::json!({"schema": 8, "revision": 1, "data": data}).to_string();
        backend.set(DATA_KEY, &doc).unwrap();
        let (mut store, _) = DocumentStore::open_with(backend.clone(), "m", None);
        for e in three_years(today, "measure") {
            // Without a writer the changes wait in memory; one save below.
            let _ = store.try_apply(|d| apply(d, &e), Some(e.clone()));
        }
        store.set_writer(write_document).unwrap();
        let text = backend.get(DATA_KEY).unwrap().unwrap();
        let units: usize = text.encode_utf16().count();
        let ledger = read_ledger(&text).unwrap().unwrap();
        let t = Instant::now();
        let r = replay(&ledger.events, &ledger.texts);
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(r.data, *store.data(), "the replay is the cache");
        println!(
            "{name}: {} events, document {:.2} M UTF-16 units ({:.0}% of localStorage's {:.2} M), native replay {ms:.0} ms",
            ledger.events.len(),
            units as f64 / 1e6,
            100.0 * units as f64 / LIMIT as f64,
            LIMIT as f64 / 1e6
        );
    }
}
