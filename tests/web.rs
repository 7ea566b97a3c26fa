//! Browser tests (wasm-bindgen-test in headless Chromium): the real localStorage
//! adapter, and the shell mounted into a real DOM.
#![cfg(target_arch = "wasm32")]

use benefits_desk::store::{Backend, BrowserStorage, PREFS_KEY, Prefs, StoreError, Theme};
use benefits_desk::ui::App;
use benefits_desk::ui::browser::tasks::next_task;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn local_storage_round_trips_and_reports_a_full_quota() {
    let storage = BrowserStorage::open().expect("localStorage is available in the test browser");
    storage.set("benefits-desk/test", "값").unwrap();
    assert_eq!(
        storage.get("benefits-desk/test").unwrap().as_deref(),
        Some("값")
    );
    // Chromium allows about 5 MiB per origin: 6 MiB cannot fit.
    let huge = "x".repeat(6 * 1024 * 1024);
    assert_eq!(
        storage.set("benefits-desk/huge", &huge),
        Err(StoreError::QuotaExceeded)
    );
    // The failed write left the earlier value alone.
    assert_eq!(
        storage.get("benefits-desk/test").unwrap().as_deref(),
        Some("값")
    );
    local_storage().remove_item("benefits-desk/test").unwrap();
}

#[wasm_bindgen_test]
async fn shell_mounts_and_the_language_switch_changes_visible_text() {
    local_storage()
        .set_item(PREFS_KEY, r#"{"lang":"en","theme":"system"}"#)
        .unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let _mounted = leptos::mount::mount_to(host.clone().unchecked_into(), App);
    // Start-up in short tasks (`components::later`): the preferences first,
    // the data a task later, the frame the task after, each part of it after.
    leptos::task::tick().await;
    assert!(host.query_selector(".skip-link").unwrap().is_none());
    next_task().await;
    assert!(host.query_selector(".skip-link").unwrap().is_none());
    next_task().await;
    assert_eq!(text(&host, ".skip-link"), "Skip to main content");
    assert!(host.query_selector(".brand").unwrap().is_none());
    settle().await;

    assert_eq!(text(&host, "main h1"), "Dashboard");
    assert_eq!(text(&host, ".brand span"), "Partner Benefits Desk");
    assert_eq!(host.query_selector_all("nav li").unwrap().length(), 10);

    let korean: web_sys::HtmlElement = host
        .query_selector(r#".lang-switch button[lang="ko"]"#)
        .unwrap()
        .unwrap()
        .unchecked_into();
    korean.click();
    leptos::task::tick().await;

    assert_eq!(text(&host, "main h1"), "대시보드");
    assert_eq!(text(&host, ".brand span"), "파트너 혜택 데스크");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("ko")
    );
    assert_eq!(
        korean.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    // The choice is stored for the next visit.
    let stored: Prefs =
        serde_json::from_str(&local_storage().get_item(PREFS_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(stored.lang, Some(benefits_desk::i18n::Lang::Ko));
    assert_eq!(stored.theme, Theme::System);
    local_storage().remove_item(PREFS_KEY).unwrap();
}

/// Wait until the lazily drawn page has settled (a few turns of the event loop).
async fn settle() {
    for _ in 0..5 {
        leptos::task::tick().await;
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn the_router_and_the_route_table_agree_on_every_page() {
    use benefits_desk::ui::routes::Page;
    local_storage()
        .set_item(PREFS_KEY, r#"{"lang":"en","theme":"system"}"#)
        .unwrap();
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    let start = window.location().pathname().unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let _mounted = leptos::mount::mount_to(host.clone().unchecked_into(), App);
    for page in Page::ALL {
        history
            .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(page.path()))
            .unwrap();
        let pop = web_sys::PopStateEvent::new("popstate").unwrap();
        window.dispatch_event(&pop).unwrap();
        settle().await;
        let shown = host
            .query_selector("main section.page")
            .unwrap()
            .and_then(|s| s.get_attribute("data-page"));
        assert_eq!(shown.as_deref(), Some(page.path()), "{page:?}");
    }
    // A path not in the table is the not-found page.
    history
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/no-such-page"))
        .unwrap();
    window
        .dispatch_event(&web_sys::PopStateEvent::new("popstate").unwrap())
        .unwrap();
    settle().await;
    assert!(host.query_selector("main .not-found").unwrap().is_some());
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&start))
        .unwrap();
    local_storage().remove_item(PREFS_KEY).unwrap();
}

#[wasm_bindgen_test]
async fn webcrypto_seals_and_opens_a_key_and_refuses_another_passphrase() {
    use benefits_desk::model::vault::Sealed;
    use benefits_desk::ui::browser::crypto::{CryptoError, derive, open, random, seal};
    let salt = random(16).unwrap();
    assert_ne!(salt, random(16).unwrap(), "a fresh salt each time");
    // Fewer rounds than the vault's 600,000: the format, not the cost, is tested here.
    let key = derive("correct horse battery", &salt, 1_000).await.unwrap();
    let text = "Q7K2M-HX4PD-9TR3C-WB6YF-J8N2V";
    let a = seal(&key, text).await.unwrap();
    let b = seal(&key, text).await.unwrap();
    assert_ne!(a.iv, b.iv, "a fresh IV per sealed text");
    assert_eq!(a.iv.len(), 12);
    assert_eq!(
        a.data.len(),
        text.len() + 16,
        "ciphertext and a 128-bit tag"
    );
    let stored = Sealed::parse(&a.to_text()).unwrap();
    assert_eq!(open(&key, &stored).await.unwrap(), text);
    let other = derive("wrong passphrase", &salt, 1_000).await.unwrap();
    assert_eq!(
        open(&other, &stored).await,
        Err(CryptoError::WrongPassphrase)
    );
    let mut tampered = stored.clone();
    tampered.data[0] ^= 1;
    assert_eq!(
        open(&key, &tampered).await,
        Err(CryptoError::WrongPassphrase)
    );
}

/// The ledger's events in the browser's real IndexedDB (schema 10): saved
/// events move there out of localStorage; the ledger reads back whole; a
/// merge's batch counts once its save names it; everything replaced starts
/// a ledger that takes nothing of the one before.
#[wasm_bindgen_test]
async fn saved_events_move_to_indexeddb_and_the_ledger_reads_back_whole() {
    use benefits_desk::ledger::{Event, Facts, replay};
    use benefits_desk::model::{Dataset, VsLevel};
    use benefits_desk::store::MemoryBackend;
    use benefits_desk::store::archive::{flush, stage, whole_ledger};
    use benefits_desk::store::document::{DATA_KEY, DocumentStore};
    use benefits_desk::store::journal::tail_of;
    use std::rc::Rc;

    let n = js_sys::Date::now();
    let event = |id: &str, minute: u32, facts: Facts| Event {
        id: format!("{id}-{n}"),
        day: chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
        at: format!("2026-12-05T10:{minute:02}:00.000Z"),
        device: String::new(),
        admin: String::new(),
        facts,
    };
    let seats = |k| Facts::AddSeats {
        level: VsLevel::Enterprise,
        n: k,
    };
    let backend = Rc::new(MemoryBackend::default());
    let (mut store, _) = DocumentStore::open(backend.clone(), "t");
    for (i, e) in [event("a", 0, seats(1)), event("b", 1, seats(2))]
        .into_iter()
        .enumerate()
    {
        let applied = store
            .try_apply(|d| benefits_desk::ledger::apply(d, &e), Some(e.clone()))
            .unwrap();
        assert!(applied.is_ok(), "event {i}");
    }
    let before = whole_ledger(&*backend).await.unwrap().unwrap();
    assert_eq!(flush(&*backend).await, Ok(2));
    let text = backend.get(DATA_KEY).unwrap().unwrap();
    let (place, tail) = tail_of(&text).unwrap();
    assert_eq!(
        (tail.len(), place.archived),
        (0, 1),
        "moved out of the text, as one record"
    );
    let whole = whole_ledger(&*backend).await.unwrap().unwrap();
    assert_eq!(whole, before, "read back whole from IndexedDB");
    assert_eq!(replay(&whole.events, &whole.texts).data, *store.data());

    // A merge: the other ledger's events go to IndexedDB first.
    let theirs = vec![event("c", 2, seats(4))];
    let staged = stage(&theirs).await.unwrap();
    assert_eq!(staged.count, 1);
    store
        .merge(Vec::new(), Some(staged), |d, _| {
            let all = benefits_desk::ledger::union(&whole.events, &theirs).0;
            let r = replay(&all, &[]);
            assert_eq!(r.data.vs_seats.len(), d.vs_seats.len() + 4);
            (r.data, 0)
        })
        .unwrap();
    let merged = whole_ledger(&*backend).await.unwrap().unwrap();
    assert_eq!(merged.events.len(), 3);
    assert_eq!(replay(&merged.events, &merged.texts).data, *store.data());

    // A batch no save names is no part of the ledger.
    let _ = stage(&[event("d", 3, seats(8))]).await.unwrap();
    assert_eq!(
        whole_ledger(&*backend).await.unwrap().unwrap().events.len(),
        3
    );

    // Everything replaced: a new ledger, the old one's events left behind.
    store.replace_all(Dataset::default(), None).unwrap();
    let fresh = whole_ledger(&*backend).await.unwrap();
    assert!(
        fresh.as_ref().is_none_or(|l| l.events.is_empty()),
        "{fresh:?}"
    );
}

/// However many saves moved events to IndexedDB, the ledger's records are
/// joined into one every `COMPACT_AT` moves (reading thousands of records
/// is what costs, docs/perf.md), and the ledger still reads back whole,
/// every event once, counted by the moves the joined record holds.
#[wasm_bindgen_test]
async fn many_moves_are_joined_into_one_record_and_the_ledger_reads_back_whole() {
    use benefits_desk::ledger::{Event, Facts, replay};
    use benefits_desk::model::VsLevel;
    use benefits_desk::store::MemoryBackend;
    use benefits_desk::store::archive::{COMPACT_AT, flush, whole_ledger};
    use benefits_desk::store::document::{DATA_KEY, DocumentStore};
    use benefits_desk::store::journal::tail_of;
    use std::rc::Rc;

    let n = js_sys::Date::now();
    let backend = Rc::new(MemoryBackend::default());
    let (mut store, _) = DocumentStore::open(backend.clone(), "t");
    let saves = COMPACT_AT + 8;
    for i in 0..saves {
        let e = Event {
            id: format!("join-{n}-{i:03}"),
            day: chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
            at: format!("2026-12-05T10:{:02}:{:02}.000Z", i / 60, i % 60),
            device: String::new(),
            admin: String::new(),
            facts: Facts::AddSeats {
                level: VsLevel::Professional,
                n: 1,
            },
        };
        let applied = store
            .try_apply(|d| benefits_desk::ledger::apply(d, &e), Some(e.clone()))
            .unwrap();
        assert!(applied.is_ok(), "event {i}");
        assert_eq!(flush(&*backend).await, Ok(1), "save {i} moved");
    }
    let text = backend.get(DATA_KEY).unwrap().unwrap();
    let (place, tail) = tail_of(&text).unwrap();
    assert_eq!(
        (tail.len(), place.archived),
        (0, saves as u64),
        "every move counted"
    );
    let keys = record_keys(&format!("e/{}/", place.epoch)).await;
    assert!(
        keys.len() < COMPACT_AT,
        "{} records for {saves} moves: {keys:?}",
        keys.len()
    );
    assert!(
        keys.iter().any(|k| k.ends_with(&format!(".{COMPACT_AT}"))),
        "{keys:?}"
    );
    let whole = whole_ledger(&*backend).await.unwrap().unwrap();
    assert_eq!(whole.events.len(), saves);
    assert_eq!(replay(&whole.events, &whole.texts).data, *store.data());
    assert_eq!(store.data().vs_seats.len(), saves);
}

/// The keys IndexedDB keeps under `prefix` in the app's ledger store.
async fn record_keys(prefix: &str) -> Vec<String> {
    use benefits_desk::store::archive::{DB_NAME, EVENTS};
    let code = format!(
        "return new Promise((resolve, reject) => {{
            const open = indexedDB.open({DB_NAME:?}, 1);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {{
                const r = open.result.transaction({EVENTS:?}).objectStore({EVENTS:?})
                    .getAllKeys(IDBKeyRange.bound({prefix:?}, {prefix:?} + '\\uffff'));
                r.onsuccess = () => {{ open.result.close(); resolve(r.result); }};
                r.onerror = () => reject(r.error);
            }};
        }});"
    );
    let promise: js_sys::Promise = js_sys::Function::new_no_args(&code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap()
        .unchecked_into();
    let keys = wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    js_sys::Array::from(&keys)
        .iter()
        .map(|k| k.as_string().unwrap())
        .collect()
}
