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
    #[cfg(target_arch = "wasm32")]
    let now = (js_sys::Date::now(), js_sys::Math::random());
    #[cfg(not(target_arch = "wasm32"))]
    let now = (0, 0);
    let hash = crate::ledger::hash128(record.as_bytes());
    let batch: String = crate::ledger::hash128(format!("{}|{}|{hash}", now.0, now.1).as_bytes())
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

#[cfg(target_arch = "wasm32")]
use browser::{put, read};

/// Without a browser there is no IndexedDB: nothing moves.
#[cfg(not(target_arch = "wasm32"))]
async fn put(_: &str, _: &str, _: Option<&str>) -> Result<(), ()> {
    Err(())
}

#[cfg(not(target_arch = "wasm32"))]
async fn read(_: &[String]) -> Result<(String, u64), ()> {
    Err(())
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use std::rc::Rc;

    use idb::{
        Database, DatabaseEvent, Factory, KeyRange, ObjectStoreParams, Query, TransactionMode,
    };
    use wasm_bindgen::JsValue;

    use super::{DB_NAME, EVENTS};

    thread_local! {
        /// The open database, opened once per page.
        static DB: RefCell<Option<Rc<Database>>> = const { RefCell::new(None) };
    }

    async fn open() -> Result<Rc<Database>, ()> {
        if let Some(db) = DB.with(|d| d.borrow().clone()) {
            return Ok(db);
        }
        let factory = Factory::new().map_err(|_| ())?;
        let mut request = factory.open(DB_NAME, Some(1)).map_err(|_| ())?;
        request.on_upgrade_needed(|event| {
            if let Ok(db) = event.database()
                && !db.store_names().iter().any(|n| n == EVENTS)
            {
                let _ = db.create_object_store(EVENTS, ObjectStoreParams::new());
            }
        });
        let db = Rc::new(request.await.map_err(|_| ())?);
        DB.with(|d| *d.borrow_mut() = Some(db.clone()));
        Ok(db)
    }

    fn range(lower: &str, upper: &str, upper_open: bool) -> Result<Query, ()> {
        KeyRange::bound(
            &JsValue::from_str(lower),
            &JsValue::from_str(upper),
            Some(false),
            Some(upper_open),
        )
        .map(Query::KeyRange)
        .map_err(|_| ())
    }

    /// Put one record in one transaction; with `epoch`, delete what earlier
    /// ledgers (other epochs) kept in the same one. Done when the
    /// transaction has committed.
    pub(super) async fn put(key: &str, record: &str, epoch: Option<&str>) -> Result<(), ()> {
        let db = open().await?;
        let tx = db
            .transaction(&[EVENTS], TransactionMode::ReadWrite)
            .map_err(|_| ())?;
        let store = tx.object_store(EVENTS).map_err(|_| ())?;
        store
            .put(&JsValue::from_str(record), Some(&JsValue::from_str(key)))
            .map_err(|_| ())?;
        if let Some(epoch) = epoch {
            let mine = format!("e/{epoch}/");
            store.delete(range("e/", &mine, true)?).map_err(|_| ())?;
            store
                .delete(range(&format!("{mine}\u{ffff}"), "e/\u{ffff}", false)?)
                .map_err(|_| ())?;
        }
        match tx.await {
            Ok(done) if done.is_committed() => Ok(()),
            _ => Err(()),
        }
    }

    /// Every record kept under any of `prefixes`, as one JSON array's text,
    /// and how many records.
    pub(super) async fn read(prefixes: &[String]) -> Result<(String, u64), ()> {
        let db = open().await?;
        let tx = db
            .transaction(&[EVENTS], TransactionMode::ReadOnly)
            .map_err(|_| ())?;
        let store = tx.object_store(EVENTS).map_err(|_| ())?;
        let all = js_sys::Array::new();
        for prefix in prefixes {
            let found = store
                .get_all(
                    Some(range(prefix, &format!("{prefix}\u{ffff}"), false)?),
                    None,
                )
                .map_err(|_| ())?
                .await
                .map_err(|_| ())?;
            for v in found {
                all.push(&v);
            }
        }
        let count = u64::from(all.length());
        // One string across, copied by the browser's encoder straight
        // into wasm memory.
        let text = JsValue::from(all.join(",")).as_string().ok_or(())?;
        Ok((format!("[{text}]"), count))
    }
}
