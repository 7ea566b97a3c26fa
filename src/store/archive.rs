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
/// joined by commas, as UTF-8 bytes (a `Uint8Array`; a string in records
/// written before session 24, still read): one record per move, and every [`COMPACT_AT`] moves
/// this ledger's records joined into one (`e/<epoch>/<hash>.<moves>`), since
/// reading a few thousand records is what costs, not their size.
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
            // The moves are kept; joining them is only quicker reading,
            // and a join that fails leaves them as they are.
            let _ = compact(&place.epoch).await;
            Ok(ids.len())
        }
        None => Ok(0),
    }
}

/// How many of this ledger's records `compact` lets gather before it
/// joins them: reading a few thousand records costs more than reading
/// their text as one (docs/perf.md), so there are never more than this
/// and one, whatever the ledger's age.
pub const COMPACT_AT: usize = 32;

/// How many moves the record kept under `key` holds: one, or for records
/// `compact` joined, the count after the hash (`e/<epoch>/<hash>.<n>`).
/// The document counts moves (`ledger.archived`), and reading refuses to
/// find fewer.
#[must_use]
pub fn moves_in(key: &str) -> u64 {
    let last = key.rsplit('/').next().unwrap_or_default();
    last.split_once('.')
        .and_then(|(_, n)| n.parse().ok())
        .unwrap_or(1)
}

/// The key of the record that joins the records under `keys` (in the
/// order IndexedDB keeps them): named by them, so two tabs joining the same
/// records write the same record, and counting the moves they hold.
#[must_use]
pub fn joined_key(epoch: &str, keys: &[String]) -> String {
    let moves: u64 = keys.iter().map(|k| moves_in(k)).sum();
    let hash = crate::ledger::hash128(keys.join("|").as_bytes());
    format!("e/{epoch}/{hash}.{moves}")
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
use browser::{compact, put, read};

/// Without a browser there is no IndexedDB: nothing moves.
#[cfg(not(all(target_arch = "wasm32", feature = "ui")))]
async fn put(_: &str, _: &str, _: Option<&str>) -> Result<(), ()> {
    Err(())
}

#[cfg(not(all(target_arch = "wasm32", feature = "ui")))]
async fn read(_: &[String]) -> Result<(String, u64), ()> {
    Err(())
}

#[cfg(not(all(target_arch = "wasm32", feature = "ui")))]
async fn compact(_: &str) -> Result<(), ()> {
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
    use js_sys::{Array, Uint8Array};
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
        // As UTF-8 bytes: read back, they cross into wasm memory in one
        // copy (`append`).
        call(
            &store,
            "put",
            &[
                Uint8Array::from(record.as_bytes()).into(),
                JsValue::from_str(key),
            ],
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
    /// and how many moves they hold ([`super::moves_in`]).
    pub(super) async fn read(prefixes: &[String]) -> Result<(String, u64), ()> {
        let db = open().await?;
        let (tx, store) = store(&db, "readonly")?;
        let requests = prefixes
            .iter()
            .map(|p| records(&store, p))
            .collect::<Result<Vec<_>, ()>>()?;
        until(&tx, "oncomplete").await?;
        let mut json = vec![b'['];
        let mut count = 0;
        for (keys, values) in &requests {
            // getAll's and getAllKeys' results are always arrays.
            join(&mut json, &get(values, "result")?.unchecked_into());
            count += strings(keys)?
                .iter()
                .map(|k| super::moves_in(k))
                .sum::<u64>();
        }
        json.push(b']');
        Ok((String::from_utf8(json).map_err(|_| ())?, count))
    }

    /// Add the records in `found` to `out`, after a comma where `out`
    /// already holds one.
    fn join(out: &mut Vec<u8>, found: &Array) {
        for v in found.iter() {
            if !matches!(out.last(), None | Some(b'[')) {
                out.push(b',');
            }
            append(out, &v);
        }
    }

    /// Add a record's text to `out`: its UTF-8 bytes as kept (a
    /// `Uint8Array`), copied into wasm memory whole; or, kept as a string
    /// by a version before session 24, copied as one. (The records joined in
    /// the browser and taken across as one string took 21 ms of the 4.5 MB
    /// a three-year ledger reads back: wasm-bindgen's copy of a string goes
    /// character by character.)
    fn append(out: &mut Vec<u8>, v: &JsValue) {
        if let Some(text) = v.as_string() {
            out.extend_from_slice(text.as_bytes());
            return;
        }
        let bytes: &Uint8Array = v.unchecked_ref();
        let at = out.len();
        out.resize(at + bytes.length() as usize, 0);
        bytes.copy_to(&mut out[at..]);
    }

    /// Requests for the keys and the records under `prefix`.
    fn records(store: &JsValue, prefix: &str) -> Result<(JsValue, JsValue), ()> {
        let range = range(prefix, &format!("{prefix}\u{ffff}"))?;
        Ok((
            call(store, "getAllKeys", std::slice::from_ref(&range))?,
            call(store, "getAll", &[range])?,
        ))
    }

    /// A finished request's result, an array of strings.
    fn strings(request: &JsValue) -> Result<Vec<String>, ()> {
        let found: Array = get(request, "result")?.unchecked_into();
        found.iter().map(|k| k.as_string().ok_or(())).collect()
    }

    /// Join the records of `epoch` into one once there are
    /// [`super::COMPACT_AT`] of them: read them all, then in one
    /// transaction put the joined record and delete exactly the ones read
    /// (a record another tab added meanwhile stays).
    pub(super) async fn compact(epoch: &str) -> Result<(), ()> {
        let db = open().await?;
        let prefix = format!("e/{epoch}/");
        // Counted first: every save asks, and reading the records (the
        // joined one holds most of the ledger) is only worth it to join them.
        let (tx, os) = store(&db, "readonly")?;
        let count = call(
            &os,
            "count",
            &[range(&prefix, &format!("{prefix}\u{ffff}"))?],
        )?;
        until(&tx, "oncomplete").await?;
        if get(&count, "result")?.as_f64().unwrap_or(0.0) < super::COMPACT_AT as f64 {
            return Ok(());
        }
        let (tx, os) = store(&db, "readonly")?;
        let (keys, values) = records(&os, &prefix)?;
        until(&tx, "oncomplete").await?;
        let keys = strings(&keys)?;
        if keys.len() < super::COMPACT_AT {
            return Ok(()); // another tab joined them meanwhile
        }
        let found: Array = get(&values, "result")?.unchecked_into();
        let mut record = Vec::new();
        join(&mut record, &found);
        let joined = super::joined_key(epoch, &keys);
        let (tx, os) = store(&db, "readwrite")?;
        call(
            &os,
            "put",
            &[
                Uint8Array::from(record.as_slice()).into(),
                JsValue::from_str(&joined),
            ],
        )?;
        for key in keys.iter().filter(|k| **k != joined) {
            call(&os, "delete", &[JsValue::from_str(key)])?;
        }
        until(&tx, "oncomplete").await.map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::{joined_key, moves_in};

    #[test]
    fn a_record_holds_one_move_unless_joined_records_count_theirs() {
        assert_eq!(moves_in("e/0a1b/00ff00ff00ff00ff00ff00ff00ff00ff"), 1);
        assert_eq!(moves_in("m/batch/00ff"), 1);
        assert_eq!(moves_in("e/0a1b/00ff.40"), 40);
        // A ledger of no epoch (schema 10's first) has an empty one.
        assert_eq!(moves_in("e//00ff.7"), 7);
        let once = joined_key("0a1b", &["e/0a1b/aa".into(), "e/0a1b/bb.31".into()]);
        assert!(
            once.starts_with("e/0a1b/") && once.ends_with(".32"),
            "{once}"
        );
        let twice = joined_key("0a1b", &[once.clone(), "e/0a1b/cc".into()]);
        assert_eq!(moves_in(&twice), 33);
        assert_ne!(once, twice);
        assert_eq!(
            twice,
            joined_key("0a1b", &[once, "e/0a1b/cc".into()]),
            "two tabs joining the same records write the same record"
        );
    }
}
