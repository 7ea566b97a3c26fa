//! Scale benchmark in headless Chromium (release build): the budget dataset of
//! 10,000 keys, 5,000 users, 2,000 seats and 500 subscriptions, stored in the real
//! localStorage; prints its size against the 5 MiB quota and the time to load,
//! migrate and validate it (median of 11), and fails past 100 ms; and the
//! same set's ledger with three years of changes, replayed (150 ms) and merged
//! with another browser's (300 ms). Run by `make bench-browser`.
#![cfg(target_arch = "wasm32")]

use benefits_desk::ledger::generate::three_years;
use benefits_desk::ledger::{Ledger, as_it_stood, before_ledger, replay, texts_of, union};
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
        conflicts: 0,
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

/// The budget set's ledger: the data as it stood three years ago and the
/// history it holds, then three years of changes recorded on `device` (three a day).
fn budget_ledger(today: NaiveDate, device: &str) -> Ledger {
    let data = generate(Scale::BUDGET, today);
    let texts = texts_of(&data);
    let first = as_it_stood(
        &data,
        today - chrono::Days::new(3 * 365 + 1),
        "2023-12-01T08:00:00.000Z",
        device,
    );
    // With the history those records hold, as a migration writes it.
    let mut events = before_ledger(&first);
    events.insert(0, first);
    events.extend(three_years(today, device));
    Ledger { events, texts }
}

/// The median of `runs` timings of `f`, with the fastest and slowest.
fn timed(runs: usize, mut f: impl FnMut()) -> (f64, f64, f64) {
    let perf = web_sys::window().unwrap().performance().unwrap();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t0 = perf.now();
            f();
            perf.now() - t0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[runs / 2], times[0], times[runs - 1])
}

/// Issue 27, item 10: with the cache deleted, the state is the ledger read
/// from its stored text and replayed; two browsers' ledgers merge as the
/// union of their events, replayed.
#[wasm_bindgen_test]
fn budget_ledger_replays_within_150_ms_and_two_merge_within_300_ms() {
    const REPLAY_MS: f64 = 150.0;
    const MERGE_MS: f64 = 300.0;
    let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let here = serde_json::to_string(&budget_ledger(today, "here")).unwrap();
    let there = serde_json::to_string(&budget_ledger(today, "there")).unwrap();
    let mut state = None;
    let replay_ms = timed(5, || {
        let ledger: Ledger = serde_json::from_str(&here).unwrap();
        state = Some(replay(&ledger.events, &ledger.texts));
    });
    let state = state.unwrap();
    assert!(state.refused.is_empty(), "{:?}", &state.refused[..1]);
    assert_eq!(state.data.keys.len(), 10_000);
    assert_eq!(state.data.users.len(), 5_000 + 1_095);
    let mine: Ledger = serde_json::from_str(&here).unwrap();
    let mut merged = None;
    let merge_ms = timed(5, || {
        let theirs: Ledger = serde_json::from_str(&there).unwrap();
        let (events, clashes) = union(&mine.events, &theirs.events);
        assert!(clashes.is_empty());
        merged = Some(replay(&events, &mine.texts));
    });
    let merged = merged.unwrap();
    // Both browsers' three years are there: each added its own users.
    assert_eq!(merged.data.users.len(), 5_000 + 2 * 1_095);
    console_log!(
        "ledger: budget set with three years of changes ({} events, {:.2} M characters): read and replayed median {:.1} ms (min {:.1}, max {:.1}; budget {REPLAY_MS} ms)",
        mine.events.len(),
        here.len() as f64 / 1e6,
        replay_ms.0,
        replay_ms.1,
        replay_ms.2
    );
    console_log!(
        "ledger: merging another browser's such ledger (read, union, replay) median {:.1} ms (min {:.1}, max {:.1}; budget {MERGE_MS} ms)",
        merge_ms.0,
        merge_ms.1,
        merge_ms.2
    );
    assert!(
        replay_ms.0 <= REPLAY_MS,
        "replay took {:.1} ms",
        replay_ms.0
    );
    assert!(merge_ms.0 <= MERGE_MS, "merge took {:.1} ms", merge_ms.0);
}
