//! Scale benchmark in headless Chromium (release build): the budget dataset of
//! 10,000 keys, 5,000 users, 2,000 seats and 500 subscriptions, stored in the real
//! localStorage; prints its size against the 5 MiB quota and the time to load,
//! migrate and validate it (median of 11), and fails past 100 ms; and the
//! same set's ledger with three years of changes, replayed (150 ms) and merged
//! with another browser's (300 ms). Run by `make bench-browser`.
#![cfg(target_arch = "wasm32")]

use benefits_desk::ledger::generate::three_years;
use benefits_desk::ledger::{Ledger, as_it_stood, before_ledger, quickly, replay, texts_of, union};
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

/// The median of `runs` timings of `f`, with the fastest and slowest, and
/// the time of a first run before them, not counted: the browser compiles
/// wasm quickly first and a function again, optimized, once it has run a
/// while, so a first run measures its compiler as much as this code (on a
/// two-core machine, up to twice the median).
fn timed(runs: usize, mut f: impl FnMut()) -> (f64, f64, f64, f64) {
    let perf = web_sys::window().unwrap().performance().unwrap();
    let t0 = perf.now();
    f();
    let first = perf.now() - t0;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t0 = perf.now();
            f();
            perf.now() - t0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[runs / 2], times[0], times[runs - 1], first)
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
    // Read as the app reads a stored ledger, a backup or a shared folder's
    // file (`quickly`: each event's kind first, as this version writes it).
    let replay_ms = timed(5, || {
        let ledger: Ledger = quickly(|| serde_json::from_str(&here)).unwrap();
        state = Some(replay(&ledger.events, &ledger.texts));
    });
    let state = state.unwrap();
    assert!(state.refused.is_empty(), "{:?}", &state.refused[..1]);
    assert_eq!(state.data.keys.len(), 10_000);
    assert_eq!(state.data.users.len(), 5_000 + 1_095);
    let mine: Ledger = serde_json::from_str(&here).unwrap();
    let mut merged = None;
    let merge_ms = timed(5, || {
        let theirs: Ledger = quickly(|| serde_json::from_str(&there)).unwrap();
        let (events, clashes) = union(&mine.events, &theirs.events);
        assert!(clashes.is_empty());
        merged = Some(replay(&events, &mine.texts));
    });
    let merged = merged.unwrap();
    // Both browsers' three years are there: each added its own users.
    assert_eq!(merged.data.users.len(), 5_000 + 2 * 1_095);
    console_log!(
        "ledger: budget set with three years of changes ({} events, {:.2} M characters): read and replayed median {:.1} ms (min {:.1}, max {:.1}; a first run before them {:.1}; budget {REPLAY_MS} ms)",
        mine.events.len(),
        here.len() as f64 / 1e6,
        replay_ms.0,
        replay_ms.1,
        replay_ms.2,
        replay_ms.3
    );
    console_log!(
        "ledger: merging another browser's such ledger (read, union, replay) median {:.1} ms (min {:.1}, max {:.1}; a first run before them {:.1}; budget {MERGE_MS} ms)",
        merge_ms.0,
        merge_ms.1,
        merge_ms.2,
        merge_ms.3
    );
    assert!(
        replay_ms.0 <= REPLAY_MS,
        "replay took {:.1} ms",
        replay_ms.0
    );
    assert!(merge_ms.0 <= MERGE_MS, "merge took {:.1} ms", merge_ms.0);
}

/// Issue 27, item 9: the budget set's ledger, too large for localStorage
/// whole, kept as schema 10 keeps it — the events in IndexedDB, the data
/// and key texts in the stored document — which then fits localStorage
/// with room; and read back whole from IndexedDB and replayed, with no
/// cache, within the same 150 ms. The events move as the app moves them:
/// the data taken over and its earlier history at once, then each day's
/// changes by a move of their own (1,895 moves), every 32 records joined
/// into one as the app joins them (`archive::COMPACT_AT`).
#[wasm_bindgen_test]
async fn budget_ledger_kept_in_indexeddb_leaves_localstorage_room_and_reads_back_within_150_ms() {
    use benefits_desk::store::archive::{flush, whole_ledger};
    use benefits_desk::store::{Backend, MemoryBackend};
    const REPLAY_MS: f64 = 150.0;
    let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let ledger = budget_ledger(today, "kept");
    let data = replay(&ledger.events, &ledger.texts).data;
    let taken_over = ledger
        .events
        .iter()
        .take_while(|e| e.day == ledger.events[0].day)
        .count();
    let mut moves: Vec<&[benefits_desk::ledger::Event]> = vec![&ledger.events[..taken_over]];
    moves.extend(ledger.events[taken_over..].chunk_by(|a, b| a.day == b.day));
    let backend = MemoryBackend::default();
    let mut doc = serde_json::json!({
        "schema": SCHEMA_VERSION,
        "revision": 1,
        "data": {},
        "ledger": {"events": []},
    });
    let mut moved = 0;
    for events in &moves {
        // Each event's text as the app writes it (its kind first), not as
        // a `serde_json::Value` would (keys in alphabetical order).
        doc["ledger"]["events"] = serde_json::Value::from("EVENTS");
        let text = doc
            .to_string()
            .replace(r#""EVENTS""#, &serde_json::to_string(events).unwrap());
        backend.set(DATA_KEY, &text).unwrap();
        moved += flush(&backend).await.expect("IndexedDB takes the events");
        doc = serde_json::from_str(&backend.get(DATA_KEY).unwrap().unwrap()).unwrap();
    }
    assert_eq!(moved, ledger.events.len());
    assert_eq!(doc["ledger"]["archived"], moves.len());
    doc["data"] = serde_json::to_value(&data).unwrap();
    doc["ledger"]["texts"] = serde_json::to_value(&ledger.texts).unwrap();
    let stored = doc.to_string();
    backend.set(DATA_KEY, &stored).unwrap();
    let whole = serde_json::json!({
        "schema": SCHEMA_VERSION,
        "revision": 1,
        "data": data,
        "ledger": ledger,
    })
    .to_string();
    let units = |t: &str| t.encode_utf16().count() as f64;
    console_log!(
        "ledger in IndexedDB: the budget set's {} events moved out in {} moves; the stored document would be {:.2} M UTF-16 units with them ({:.0}% of localStorage), is {:.2} M ({:.0}%)",
        moved,
        moves.len(),
        units(&whole) / 1e6,
        100.0 * units(&whole) / QUOTA_CHARS,
        units(&stored) / 1e6,
        100.0 * units(&stored) / QUOTA_CHARS
    );
    assert!(
        units(&stored) < 0.6 * QUOTA_CHARS,
        "room to grow in localStorage"
    );
    let perf = web_sys::window().unwrap().performance().unwrap();
    let mut times = Vec::new();
    // A first run before the five, not counted (as `timed`).
    for _ in 0..6 {
        let t0 = perf.now();
        let read = whole_ledger(&backend).await.unwrap().unwrap();
        let r = replay(&read.events, &read.texts);
        times.push(perf.now() - t0);
        assert_eq!(read.events.len(), ledger.events.len());
        assert_eq!(r.data, data, "the cache deleted, IndexedDB gives it back");
    }
    let first = times.remove(0);
    times.sort_by(f64::total_cmp);
    console_log!(
        "ledger in IndexedDB: read back whole and replayed, median {:.1} ms (min {:.1}, max {:.1}; a first run before them {first:.1}; budget {REPLAY_MS} ms)",
        times[2],
        times[0],
        times[4]
    );
    assert!(times[2] <= REPLAY_MS, "took {:.1} ms", times[2]);
}

/// Issue 29, item 5: a subscriber export of 5,000 rows (made up here in the
/// portal's documented format) imported into the budget set within 2 s, as
/// the app does it: the file read by the tools worker's handler (JSON in
/// and out, as it crosses to the page), every row's result for the
/// preview, then the one event applied as `record` applies it. Median of 3.
#[wasm_bindgen_test]
fn budget_subscriber_file_of_5000_rows_is_read_previewed_and_imported_within_2_s() {
    use benefits_desk::ledger::change::{Matched, import_portal_seat};
    use benefits_desk::ledger::{Event, Facts, apply, rows_text};
    use benefits_desk::store::worker_protocol::{ToolRequest, ToolResponse, handle};
    const BUDGET_MS: f64 = 2000.0;
    const ROWS: usize = 5000;
    let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let data = generate(Scale::BUDGET, today);
    let mut text = String::from(
        "Subscriber Name,Email,Notification Email Address,Subscription Level,Assigned,Activated,Expiration Date (UTC),Reference,Subscription Status,Subscription GUID\r\n",
    );
    for i in 0..ROWS {
        let level = if i % 3 == 0 {
            "Professional"
        } else {
            "Enterprise"
        };
        let guid = format!("{:08x}-0000-4000-8000-{:012x}", i + 1, i * 7919);
        // One row in ten unassigned; the rest the budget set's users.
        if i % 10 == 9 {
            text += &format!(
                ",,,Visual Studio {level} subscription,,,6/30/2027,,Unassigned,{guid}\r\n"
            );
            continue;
        }
        let u = &data.users[i % data.users.len()];
        let (m, d, y) = (1 + i % 12, 1 + i % 28, 2021 + i % 5);
        text += &format!(
            "\"{}\",{},,Visual Studio {level} subscription,{m}/{d}/{y},{m}/{d}/{y},6/30/2027,Team {},Assigned,{guid}\r\n",
            u.name,
            u.email,
            i % 40
        );
    }
    let perf = web_sys::window().unwrap().performance().unwrap();
    let mut totals = Vec::new();
    let mut parts = Vec::new();
    for _ in 0..3 {
        let t0 = perf.now();
        let request = serde_json::to_string(&ToolRequest::Subscribers {
            text: text.clone(),
            order: None,
        })
        .unwrap();
        let Ok(ToolResponse::Subscribers(Ok(file))) = serde_json::from_str(&handle(&request))
        else {
            panic!("the file reads");
        };
        let t1 = perf.now();
        assert_eq!(file.rows.len(), ROWS);
        assert!(file.problems.is_empty(), "{:?}", &file.problems[..1]);
        let mut preview = data.clone();
        let mut used = Matched::new();
        let results: Vec<_> = file
            .rows
            .iter()
            .map(|r| import_portal_seat(&mut preview, &r.seat, &mut used))
            .collect();
        let t2 = perf.now();
        assert!(
            results.iter().all(Result::is_ok),
            "{:?}",
            results.iter().find(|r| r.is_err())
        );
        let seats: Vec<_> = file.rows.into_iter().map(|r| r.seat).collect();
        let event = Event {
            id: "import".into(),
            day: today,
            at: "2026-12-05T10:00:00.000Z".into(),
            device: String::new(),
            admin: String::new(),
            facts: Facts::ImportPortalSeats {
                rows: rows_text(&seats),
            },
        };
        let mut after = data.clone();
        apply(&mut after, &event).expect("the import applies");
        let t3 = perf.now();
        // The same seats and holders' days (ids are drawn from the event).
        let seen = |d: &benefits_desk::model::Dataset| {
            let mut v: Vec<_> = d
                .vs_seats
                .iter()
                .map(|s| {
                    (
                        s.portal.clone(),
                        s.assignment.as_ref().map(|a| a.assigned_on),
                    )
                })
                .collect();
            v.sort();
            (v, d.users.len())
        };
        assert_eq!(
            seen(&after),
            seen(&preview),
            "what the preview showed is what is saved"
        );
        totals.push(t3 - t0);
        parts.push((t1 - t0, t2 - t1, t3 - t2));
    }
    let mut order: Vec<usize> = (0..3).collect();
    order.sort_by(|a, b| totals[*a].total_cmp(&totals[*b]));
    let (read, shown, saved) = parts[order[1]];
    console_log!(
        "import: a subscriber export of {ROWS} rows ({:.0} KiB) into the budget set: median {:.0} ms (read in the worker's handler {:.0}, preview {:.0}, applied {:.0}; budget {BUDGET_MS} ms)",
        text.len() as f64 / 1024.0,
        totals[order[1]],
        read,
        shown,
        saved
    );
    assert!(
        totals[order[1]] <= BUDGET_MS,
        "took {:.0} ms",
        totals[order[1]]
    );
}
