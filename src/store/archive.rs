//! The ledger's events in IndexedDB (schema 10): localStorage keeps the data
//! (the quick start), the key texts and the events not yet moved (the tail);
//! every saved event moves on to IndexedDB, out of localStorage's 5 MB.
//!
//! The document in localStorage stays the one place a save is decided (one
//! atomic write, its revision, the two-tab rules, the quota error, the
//! recovery copy). IndexedDB only ever gains events already decided:
//! - [`flush`] copies the tail there as one record (under
//!   `e/<epoch>/<hash of its text>`: the same tail moved by two tabs at once
//!   is one record, different ones never overwrite each other), then takes
//!   those events out of the stored tail — only those, only from the same
//!   ledger, counting the record as kept there (`ledger.archived`);
//! - a merge puts the other ledger's events there first, as one record of
//!   a batch (`m/<batch>/…`, [`stage`]); they are part of the ledger once
//!   the save of the merge names the batch (`ledger.merges`): a merge that
//!   is never saved leaves a batch nothing names;
//! - [`whole_ledger`] reads the tail and every event kept there for this
//!   ledger, and refuses to give fewer than the document counts.
//!
//! Where IndexedDB is missing or refuses, nothing moves: the ledger stays in
//! localStorage whole, as in schema 9, and its quota error is the one shown.
//! Only code loaded on demand (the writer, the History page, backups) calls
//! this.

use super::Backend;
use super::document::DATA_KEY;
use super::journal::{FullError, Staged, assemble, peek, read_ledger, tail_of};
use crate::ledger::{Event, Ledger};

/// The database's and its one object store's names.
pub const DB_NAME: &str = "benefits-desk";
/// The object store of events, keyed by text (`e/<epoch>/<hash>`,
/// `m/<batch>/<hash>`), each value the JSON texts of one move's events
/// joined by commas: one record per move, since reading a few thousand
/// records is what costs, not their size.
pub const EVENTS: &str = "ledger";

/// The ledger stored in `backend` whole: its tail and what IndexedDB keeps
/// for it. `Ok(None)` for data from before the ledger.
///
/// # Errors
/// Stored text that is not a ledger, IndexedDB unreadable while the
/// document says it keeps events there, or fewer found than it says.
pub async fn whole_ledger(backend: &dyn Backend) -> Result<Option<Ledger>, FullError> {
    let Some(text) = backend.get(DATA_KEY).ok().flatten() else {
        return Ok(None);
    };
    let Some(peeked) = peek(&text) else {
        // An older version's ledger: all of it is in the text.
        return Ok(read_ledger(&text)?);
    };
    if peeked.place.archived == 0 {
        return assemble(&peeked, "[]", 0).map(Some);
    }
    let mut prefixes = vec![format!("e/{}/", peeked.place.epoch)];
    prefixes.extend(peeked.place.merges.iter().map(|b| format!("m/{b}/")));
    let (json, found) = read(&prefixes).await.map_err(|()| FullError::Unavailable)?;
    assemble(&peeked, &json, found).map(Some)
}

/// Move the stored tail into IndexedDB. Returns how many events moved (0
/// when there were none, or nothing changed meanwhile).
///
/// # Errors
/// IndexedDB missing, blocked or full, or the document's new text refused:
/// the tail then stays where it is, whole.
pub async fn flush(backend: &dyn Backend) -> Result<usize, ()> {
    let Some(text) = backend.get(DATA_KEY).ok().flatten() else {
        return Ok(0);
    };
    let Some((place, tail)) = tail_of(&text) else {
        return Ok(0);
    };
    if tail.is_empty() {
        return Ok(0);
    }
    let texts: Vec<&str> = tail.iter().map(|(_, t)| t.as_str()).collect();
    let record = texts.join(",");
    let key = format!(
        "e/{}/{}",
        place.epoch,
        crate::ledger::hash128(record.as_bytes())
    );
    put(&key, &record, Some(&place.epoch)).await?;
    let ids: Vec<String> = tail.into_iter().map(|(id, _)| id).collect();
    // Read again: another tab may have saved meanwhile. Only the events
    // moved leave the tail, and only if it is still this ledger.
    let Some(now) = backend.get(DATA_KEY).ok().flatten() else {
        return Ok(0);
    };
    match super::journal::without_moved(&now, &place.epoch, &ids) {
        Some(new) => {
            backend.set(DATA_KEY, &new).map_err(|_| ())?;
            Ok(ids.len())
        }
        None => Ok(0),
    }
}

/// Put another ledger's `events` in IndexedDB as a batch, before the merge
/// that takes them is saved (it names the batch).
///
/// # Errors
/// IndexedDB missing, blocked or full: the merge then carries them in the
/// stored tail.
pub async fn stage(events: &[Event]) -> Result<Staged, ()> {
    let texts: Vec<String> = events
        .iter()
        .filter_map(|e| {
            serde_json::to_string(&Event {
                facts: e.facts.without_secrets(),
                ..e.clone()
            })
            .ok()
        })
        .collect();
    let record = texts.join(",");
    // Named by when and what: the same events staged twice in one
    // millisecond are one record anyway.
    #[cfg(target_arch = "wasm32")]
    let now = js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    let now = 0;
    let hash = crate::ledger::hash128(record.as_bytes());
    let batch: String = crate::ledger::hash128(format!("{now}|{hash}").as_bytes())
        .chars()
        .take(16)
        .collect();
    put(&format!("m/{batch}/{hash}"), &record, None).await?;
    Ok(Staged {
        batch,
        count: 1,
        last: events
            .iter()
            .map(|e| e.at.clone())
            .max()
            .unwrap_or_default(),
    })
}

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
use browser::{put, read};

/// Without a browser there is no IndexedDB: nothing moves.
#[cfg(not(all(target_arch = "wasm32", feature = "ui")))]
async fn put(_: &str, _: &str, _: Option<&str>) -> Result<(), ()> {
    Err(())
}

#[cfg(not(all(target_arch = "wasm32", feature = "ui")))]
async fn read(_: &[String]) -> Result<(String, u64), ()> {
    Err(())
}

/// IndexedDB reached through `js_sys::Reflect` rather than web-sys's
/// bindings or a crate over them (`idb` was tried): every web-sys method
/// is an import of the main module, which lazy chunks cannot take with
/// them, and with the crate's error types the first visit grew by 1.7 KB
/// for code it never runs. This way the first visit carries none of it.
/// Requests and transactions are awaited as promises whose `resolve` and
/// `reject` are the handlers themselves.
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
mod browser {
    use js_sys::Array;
    use wasm_bindgen::{JsCast, JsValue};

    use crate::js::{call, get, until};

    use super::{DB_NAME, EVENTS};

    async fn open() -> Result<JsValue, ()> {
        crate::js::database(DB_NAME, EVENTS).await
    }

    /// The object store in a new transaction of `mode`.
    fn store(db: &JsValue, mode: &str) -> Result<(JsValue, JsValue), ()> {
        crate::js::object_store(db, EVENTS, mode)
    }

    /// The keys from `lower` to `upper`, both included.
    fn range(lower: &str, upper: &str) -> Result<JsValue, ()> {
        call(
            &get(&js_sys::global(), "IDBKeyRange")?,
            "bound",
            &[JsValue::from_str(lower), JsValue::from_str(upper)],
        )
    }

    /// Put one record in one transaction; with `epoch`, delete what earlier
    /// ledgers (other epochs) kept in the same one. Done when the
    /// transaction has committed.
    pub(super) async fn put(key: &str, record: &str, epoch: Option<&str>) -> Result<(), ()> {
        let db = open().await?;
        let (tx, store) = store(&db, "readwrite")?;
        call(
            &store,
            "put",
            &[JsValue::from_str(record), JsValue::from_str(key)],
        )?;
        if let Some(epoch) = epoch {
            // Epochs are hex digits (or none): "e/<epoch>." comes after
            // every key of an earlier-sorting epoch and before this one's.
            call(&store, "delete", &[range("e/", &format!("e/{epoch}."))?])?;
            let after = range(&format!("e/{epoch}/\u{ffff}"), "e/\u{ffff}")?;
            call(&store, "delete", &[after])?;
        }
        until(&tx, "oncomplete").await.map(|_| ())
    }

    /// Every record kept under any of `prefixes`, as one JSON array's text,
    /// and how many records.
    pub(super) async fn read(prefixes: &[String]) -> Result<(String, u64), ()> {
        let db = open().await?;
        let (tx, store) = store(&db, "readonly")?;
        let requests = prefixes
            .iter()
            .map(|p| call(&store, "getAll", &[range(p, &format!("{p}\u{ffff}"))?]))
            .collect::<Result<Vec<_>, ()>>()?;
        until(&tx, "oncomplete").await?;
        let all = Array::new();
        for request in &requests {
            // getAll's result is always an array.
            let found: Array = get(request, "result")?.unchecked_into();
            for v in found.iter() {
                all.push(&v);
            }
        }
        let count = u64::from(all.length());
        // One string across, copied by the browser's encoder straight into
        // wasm memory.
        let text = JsValue::from(all.join(",")).as_string().ok_or(())?;
        Ok((format!("[{text}]"), count))
    }
}
