//! Scale benchmark in headless Chromium (release build): the budget dataset of
//! 10,000 keys, 5,000 users, 2,000 seats and 500 subscriptions, stored in the real
//! localStorage; prints its size against the 5 MiB quota and the time to load,
//! migrate and validate it (median of 11), and fails past 100 ms. Run by `make bench-browser`.
#![cfg(target_arch = "wasm32")]

use benefits_desk::model::SCHEMA_VERSION;
use benefits_desk::model::generate::{Scale, generate};
use benefits_desk::store::BrowserStorage;
use benefits_desk::store::document::{DATA_KEY, Document, DocumentStore, Opened};
use chrono::NaiveDate;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const QUOTA_CHARS: f64 = 5.0 * 1024.0 * 1024.0;
const BUDGET_MS: f64 = 100.0;

#[wasm_bindgen_test]
fn budget_dataset_fits_and_loads_within_100_ms() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let data = generate(Scale::BUDGET, today);
    let doc = Document {
        schema: SCHEMA_VERSION,
        revision: 1,
        data,
    };
    let text = serde_json::to_string(&doc).unwrap();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(DATA_KEY, &text)
        .expect("the budget dataset fits in localStorage");
    let perf = web_sys::window().unwrap().performance().unwrap();
    let mut times: Vec<f64> = (0..11)
        .map(|_| {
            let t0 = perf.now();
            let (store, opened) = DocumentStore::open(BrowserStorage::open().unwrap(), "scale");
            let elapsed = perf.now() - t0;
            assert_eq!(opened, Opened::Loaded);
            assert_eq!(store.data().keys.len(), 10_000);
            elapsed
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let chars = text.chars().count() as f64;
    console_log!(
        "scale: {} records stored as {:.0} KiB of JSON ({:.1}% of the 5 MiB localStorage quota)",
        Scale::BUDGET.records(),
        text.len() as f64 / 1024.0,
        100.0 * chars / QUOTA_CHARS
    );
    console_log!(
        "scale: load + migrate + validate median {:.1} ms (min {:.1}, max {:.1}; budget {BUDGET_MS} ms)",
        median,
        times[0],
        times[times.len() - 1]
    );
    storage.remove_item(DATA_KEY).unwrap();
    assert!(
        median <= BUDGET_MS,
        "load took {median:.1} ms, over the {BUDGET_MS} ms budget"
    );
}
