//! Writing the stored document with its ledger (schema 9): the data as a
//! cache for a quick start, and beside it the ledger — every event, and the
//! key texts kept apart from them. This is the code the browser app fetches
//! on first use (`ui::data`), so a look at the data never downloads it.
//!
//! Start-up reads only `{schema, revision, data}`; the ledger is read here,
//! when a change is saved, and by the History page.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::document::{DATA_KEY, Document, PRE_LEDGER_KEY};
use super::{Backend, StoreError};
use crate::ledger::{self, Event, Ledger};
use crate::model::Dataset;

/// Where the admin's name and this browser's id are kept.
pub const WHO_KEY: &str = "benefits-desk/who";

/// Who records changes in this browser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Who {
    /// This browser's id (random, made with its first event).
    #[serde(default)]
    pub device: String,
    /// The admin's name, as given in Settings.
    #[serde(default)]
    pub admin: String,
}

/// Read [`Who`] from its stored text (anything unreadable reads as nobody yet).
pub fn read_who(text: Option<&str>) -> Who {
    text.and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or_default()
}

/// What a save hands the writer.
pub struct Saving<'a> {
    /// Where the document is stored (another tab's events included).
    pub backend: &'a dyn Backend,
    /// This tab's document, its changes applied.
    pub doc: &'a Document,
    /// The events of those changes, not yet stored.
    pub pending: &'a [Event],
    /// Another ledger's events to take in as they are (a merged backup):
    /// the union by id, in replay order.
    pub merged: &'a [Event],
    /// Start the ledger again from the data as it is (everything replaced).
    pub fresh: bool,
    /// Merged events already put in IndexedDB as a batch
    /// (`store::archive::stage`), part of the ledger from this save on.
    pub staged: Option<&'a Staged>,
}

/// A batch of merged events put in IndexedDB before the merge is saved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Staged {
    /// Its name (the key prefix of its events there).
    pub batch: String,
    /// How many records it is kept as (one).
    pub count: u64,
    /// Its newest recorded moment.
    pub last: String,
}

/// The stored ledger as the writer reads it: each event as its text, which
/// it carries through without parsing (the code that reads events stays with
/// the History page).
#[derive(Deserialize)]
struct StoredPart<'a> {
    #[serde(default, borrow)]
    ledger: Option<RawLedger<'a>>,
}

#[derive(Deserialize)]
struct RawLedger<'a> {
    #[serde(borrow)]
    events: Vec<&'a RawValue>,
    #[serde(default, borrow)]
    texts: Option<&'a RawValue>,
    // Not `flatten`: that buffers the map, and borrowed raw text cannot
    // come out of a buffer.
    #[serde(default)]
    epoch: String,
    #[serde(default)]
    merges: Vec<String>,
    #[serde(default)]
    last: String,
    #[serde(default)]
    archived: u64,
}

impl RawLedger<'_> {
    fn place(&self) -> Place {
        Place {
            epoch: self.epoch.clone(),
            merges: self.merges.clone(),
            last: self.last.clone(),
            archived: self.archived,
        }
    }
}

/// Where the rest of a ledger is: its events that have moved on to
/// IndexedDB (`store::archive`), which the stored `events` (the tail, not
/// yet moved) do not hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Names this ledger among those kept before (everything replaced
    /// begins a new one): its moved events are kept under it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub epoch: String,
    /// Batches of merged events put in IndexedDB before the merge that
    /// took them was saved: part of the ledger once listed here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<String>,
    /// The newest recorded moment in the ledger: a new event is stamped
    /// after it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last: String,
    /// How many records (one per move, one per merged batch) are kept in
    /// IndexedDB: finding fewer there means part of the history could not
    /// be read.
    #[serde(default, skip_serializing_if = "is_zero_u64")]
    pub archived: u64,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if
fn is_zero_u64(n: &u64) -> bool {
    *n == 0
}

/// Only what ordering needs of an event.
#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    id: String,
    at: String,
}

/// The union of stored events (as text) and `merged` ones, as
/// [`ledger::union_all`] makes it, in replay order. An id with one text is
/// kept as it was stored, unread; only an id with several is read and
/// settled by the union's rule.
fn union_raw(stored: Vec<&RawValue>, merged: &[Box<RawValue>]) -> Vec<Box<RawValue>> {
    let mut by_id: std::collections::BTreeMap<String, Vec<(Head, &RawValue)>> = Default::default();
    for raw in stored.into_iter().chain(merged.iter().map(|b| &**b)) {
        let Ok(h) = serde_json::from_str::<Head>(raw.get()) else {
            continue;
        };
        let id = ledger::shared_id(&h.id).unwrap_or(&h.id).to_owned();
        let versions = by_id.entry(id).or_default();
        if !versions.iter().any(|(_, v)| v.get() == raw.get()) {
            versions.push((h, raw));
        }
    }
    let mut out: Vec<(String, String, Box<RawValue>)> = Vec::with_capacity(by_id.len());
    for (id, mut versions) in by_id {
        if versions.len() == 1 && versions[0].0.id == id {
            let (h, raw) = versions.remove(0);
            out.push((h.at, h.id, raw.to_owned()));
            continue;
        }
        let events = versions
            .iter()
            .filter_map(|(_, raw)| serde_json::from_str::<Event>(raw.get()).ok())
            .collect();
        for e in ledger::union_all(events).0 {
            if let Ok(raw) = serde_json::value::to_raw_value(&e) {
                out.push((e.at, e.id, raw));
            }
        }
    }
    out.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    out.into_iter().map(|(_, _, raw)| raw).collect()
}

#[derive(Serialize)]
struct Full<'a> {
    schema: u32,
    revision: u64,
    data: &'a Dataset,
    #[serde(skip_serializing_if = "crate::model::is_zero")]
    conflicts: u32,
    ledger: Written<'a>,
}

#[derive(Serialize)]
struct Written<'a> {
    events: Vec<&'a RawValue>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    texts: ledger::Texts,
    #[serde(flatten)]
    place: Place,
}

/// A new ledger's name, never the one before's.
fn new_epoch(before: &str, revision: u64) -> String {
    ledger::hash128(format!("{before}|{revision}").as_bytes())
        .chars()
        .take(16)
        .collect()
}

/// The ledger stored in `text`: `None` for a document from before the ledger
/// (or none at all).
///
/// # Errors
/// The text is not a document, or an event in it is not an event.
pub fn read_ledger(text: &str) -> Result<Option<Ledger>, serde_json::Error> {
    #[derive(Deserialize)]
    struct Part {
        #[serde(default)]
        ledger: Option<Ledger>,
    }
    Ok(ledger::quickly(|| serde_json::from_str::<Part>(text))?.ledger)
}

/// The stored ledger of this version, read once: where its moved events
/// are, and its tail and key texts as raw text.
pub struct Peeked<'a> {
    /// Where the rest is.
    pub place: Place,
    tail: Vec<&'a RawValue>,
    texts: Option<&'a RawValue>,
}

/// Read the ledger part of a stored document of this version (the data is
/// skipped over, never built). `None` for another version's text or no
/// ledger.
pub fn peek(text: &str) -> Option<Peeked<'_>> {
    #[derive(Deserialize)]
    struct Part<'a> {
        schema: u32,
        #[serde(default, borrow)]
        ledger: Option<RawLedger<'a>>,
    }
    let part = serde_json::from_str::<Part<'_>>(text).ok()?;
    if part.schema != crate::model::SCHEMA_VERSION {
        return None;
    }
    let l = part.ledger?;
    Some(Peeked {
        place: l.place(),
        tail: l.events,
        texts: l.texts,
    })
}

/// The events of the stored ledger not yet moved to IndexedDB (its tail),
/// each as its id and text, and where the rest is. `None` when `text`
/// holds no ledger of this version.
pub fn tail_of(text: &str) -> Option<(Place, Vec<(String, String)>)> {
    let p = peek(text)?;
    let tail = p
        .tail
        .iter()
        .filter_map(|raw| {
            let h = serde_json::from_str::<Head>(raw.get()).ok()?;
            Some((h.id, raw.get().to_owned()))
        })
        .collect();
    Some((p.place, tail))
}

/// The stored document `text` without the tail events `moved` (now kept in
/// IndexedDB under `epoch`, as one record), counted as kept there; everything else as it
/// was, byte for byte. `None` when nothing changes: none of them is in the
/// tail any more, or the ledger is another one (everything was replaced
/// meanwhile), or the text is not a document of this version.
pub fn without_moved(text: &str, epoch: &str, moved: &[String]) -> Option<String> {
    #[derive(Deserialize, Serialize)]
    struct Whole<'a> {
        schema: u32,
        revision: u64,
        #[serde(borrow)]
        data: &'a RawValue,
        #[serde(default, skip_serializing_if = "crate::model::is_zero")]
        conflicts: u32,
        #[serde(borrow)]
        ledger: Part<'a>,
    }
    #[derive(Deserialize, Serialize)]
    struct Part<'a> {
        #[serde(borrow)]
        events: Vec<&'a RawValue>,
        #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
        texts: Option<&'a RawValue>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        epoch: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        merges: Vec<String>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        last: String,
        #[serde(default, skip_serializing_if = "is_zero_u64")]
        archived: u64,
    }
    let mut whole: Whole<'_> = serde_json::from_str(text).ok()?;
    if whole.schema != crate::model::SCHEMA_VERSION || whole.ledger.epoch != epoch {
        return None;
    }
    let moved: std::collections::BTreeSet<&str> = moved.iter().map(String::as_str).collect();
    let before = whole.ledger.events.len();
    let mut newest = String::new();
    whole.ledger.events.retain(|raw| {
        let Ok(h) = serde_json::from_str::<Head>(raw.get()) else {
            return true;
        };
        if moved.contains(h.id.as_str()) {
            newest = newest.clone().max(h.at);
            false
        } else {
            true
        }
    });
    let gone = before - whole.ledger.events.len();
    if gone == 0 {
        return None;
    }
    whole.ledger.archived += 1;
    whole.ledger.last = std::mem::take(&mut whole.ledger.last).max(newest);
    serde_json::to_string(&whole).ok()
}

/// The whole ledger: the tail stored in `text` and `archived`, the events
/// kept in IndexedDB for it (as one JSON array's text), from `found`
/// records. `Ok(None)` for a document from before the ledger.
///
/// # Errors
/// The text is not a document, an event is not an event, or fewer records
/// were found in IndexedDB than the document says it holds there.
pub fn full_ledger(text: &str, archived: &str, found: u64) -> Result<Option<Ledger>, FullError> {
    match peek(text) {
        Some(p) => assemble(&p, archived, found).map(Some),
        // Another version's ledger: all of it in the text.
        None => Ok(read_ledger(text)?),
    }
}

/// The whole ledger from a [`peek`] at the stored text and what IndexedDB
/// gave (see [`full_ledger`]).
///
/// # Errors
/// As [`full_ledger`].
pub fn assemble(p: &Peeked<'_>, archived: &str, found: u64) -> Result<Ledger, FullError> {
    if found < p.place.archived {
        return Err(FullError::Missing {
            found,
            expected: p.place.archived,
        });
    }
    let mut events: Vec<Event> = Vec::new();
    if found > 0 {
        events = ledger::quickly(|| serde_json::from_str(archived))?;
    }
    for raw in &p.tail {
        events.push(serde_json::from_str(raw.get())?);
    }
    let texts = match p.texts {
        Some(raw) => serde_json::from_str(raw.get())?,
        None => Vec::new(),
    };
    Ok(Ledger {
        events: if found > 0 {
            ledger::union_all(events).0
        } else {
            events
        },
        texts,
    })
}

/// Why the whole ledger could not be read.
#[derive(Debug)]
pub enum FullError {
    /// Stored text that is not a ledger of this version.
    Text(serde_json::Error),
    /// IndexedDB holds fewer of its events than the document says.
    Missing {
        /// How many were found.
        found: u64,
        /// How many the document says.
        expected: u64,
    },
    /// IndexedDB could not be read.
    Unavailable,
}

impl From<serde_json::Error> for FullError {
    fn from(e: serde_json::Error) -> Self {
        FullError::Text(e)
    }
}

/// Write the document and its ledger: the stored events as they are, this
/// tab's new ones after them (stamped never before the last one stored,
/// without key texts), and the key texts as they are now. Data stored before
/// the ledger begins it, as it stood.
///
/// Data from before the ledger stays aside (under [`PRE_LEDGER_KEY`]) until
/// its ledger has been written and read back: the write replaces it whole or
/// not at all, and the copy is emptied once the text stored is the text
/// written.
///
/// # Errors
/// What the storage refuses ([`StoreError::QuotaExceeded`]…): nothing stored
/// changed then.
pub fn write_document(s: Saving<'_>) -> Result<(), StoreError> {
    let stored_text = s.backend.get(DATA_KEY).ok().flatten();
    let who_text = s.backend.get(WHO_KEY).ok().flatten();
    let (text, who) = ledger_text(&s, stored_text.as_deref(), who_text.as_deref());
    let first_ledger = stored_text
        .as_deref()
        .is_some_and(|t| !t.contains("\"ledger\":"));
    if first_ledger && let Some(old) = &stored_text {
        let _ = s.backend.set(PRE_LEDGER_KEY, old);
    }
    s.backend.set(DATA_KEY, &text)?;
    if first_ledger && s.backend.get(DATA_KEY).ok().flatten() == Some(text) {
        let _ = s.backend.set(PRE_LEDGER_KEY, "");
    }
    if let Some(who) = who {
        let _ = s.backend.set(WHO_KEY, &who);
    }
    Ok(())
}

/// The text to store, and a [`Who`] text to store if this browser's first
/// event names it.
fn ledger_text(
    s: &Saving<'_>,
    stored_text: Option<&str>,
    who: Option<&str>,
) -> (String, Option<String>) {
    let mut who = read_who(who);
    let mut new_who = None;
    if who.device.is_empty()
        && let Some(first) = s.pending.first()
    {
        who.device = first.id.chars().take(12).collect();
        new_who = serde_json::to_string(&who).ok();
    }
    let (day, now) = s.pending.first().map_or_else(
        || (chrono::NaiveDate::default(), String::new()),
        |e| (e.day, e.at.clone()),
    );
    let stored = match (s.fresh, stored_text) {
        (false, Some(text)) => serde_json::from_str::<StoredPart>(text).ok(),
        _ => None,
    };
    let mut events: Vec<&RawValue> = Vec::new();
    let mut made: Vec<Box<RawValue>> = Vec::new();
    // The event that begins a ledger, when the data had none.
    let mut begun: Vec<Box<RawValue>> = Vec::new();
    let mut last = String::new();
    let mut place = Place::default();
    match stored.and_then(|p| p.ledger) {
        Some(l) => {
            place = l.place();
            last = l
                .events
                .last()
                .and_then(|e| serde_json::from_str::<Head>(e.get()).ok())
                .map(|h| h.at)
                .unwrap_or_default()
                .max(place.last.clone());
            events = l.events;
        }
        None => {
            // A ledger of its own name: what IndexedDB may still hold of
            // another one (storage cleared in part) is never read as its.
            let first = s.pending.first().map_or("", |e| e.id.as_str());
            place.epoch = new_epoch(&format!("{first}|{now}"), s.doc.revision);
            // Data kept before the ledger (or everything replaced): it
            // begins as it stood.
            let before = match (s.fresh, stored_text) {
                (true, _) if s.pending.is_empty() => Some(s.doc.data.clone()),
                (false, Some(text)) => serde_json::from_str::<Document>(text).ok().map(|d| d.data),
                _ => None,
            };
            if let Some(data) = before.filter(|d| *d != Dataset::default()) {
                let first = ledger::as_it_stood(&data, day, &now, &who.device);
                last.clone_from(&first.at);
                begun.extend(serde_json::value::to_raw_value(&first).ok());
                // With it, the history those records hold, as dated events.
                begun.extend(
                    ledger::before_ledger(&first)
                        .iter()
                        .filter_map(|e| serde_json::value::to_raw_value(e).ok()),
                );
            }
        }
    }
    let merged: Vec<Box<RawValue>> = s
        .merged
        .iter()
        .filter_map(|e| {
            let e = Event {
                facts: e.facts.without_secrets(),
                ..e.clone()
            };
            serde_json::value::to_raw_value(&e).ok()
        })
        .collect();
    events.extend(begun.iter().map(|b| &**b));
    let united: Vec<Box<RawValue>>;
    if !merged.is_empty() {
        united = union_raw(events, &merged);
        events = united.iter().map(|b| &**b).collect();
        last = events
            .last()
            .and_then(|e| serde_json::from_str::<Head>(e.get()).ok())
            .map(|h| h.at)
            .unwrap_or_default()
            .max(last);
    }
    if s.fresh {
        // A new ledger: what was kept of the one before is no part of it.
        place = Place {
            epoch: new_epoch(&place.epoch, s.doc.revision),
            ..Place::default()
        };
    }
    if let Some(staged) = s.staged {
        place.merges.push(staged.batch.clone());
        place.archived += staged.count;
        // New events come after its events too.
        last = last.max(staged.last.clone());
    }
    for e in s.pending {
        let mut e = e.clone();
        e.at = ledger::next_after(&e.at, &last);
        last.clone_from(&e.at);
        if e.device.is_empty() {
            e.device.clone_from(&who.device);
        }
        if e.admin.is_empty() {
            e.admin.clone_from(&who.admin);
        }
        e.facts = e.facts.without_secrets();
        made.extend(serde_json::value::to_raw_value(&e).ok());
        // Records taken over (an older backup merged in, everything
        // replaced): the history they hold comes with them.
        made.extend(
            ledger::before_ledger(&e)
                .iter()
                .filter_map(|b| serde_json::value::to_raw_value(b).ok()),
        );
    }
    events.extend(made.iter().map(|b| &**b));
    place.last = last;
    let text = serde_json::to_string(&Full {
        schema: s.doc.schema,
        revision: s.doc.revision,
        data: &s.doc.data,
        conflicts: s.doc.conflicts,
        ledger: Written {
            events,
            texts: ledger::texts_of(&s.doc.data),
            place,
        },
    })
    .expect("a document always serializes");
    (text, new_who)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{Facts, replay};
    use crate::model::VsLevel;
    use crate::store::document::{DATA_KEY, DocumentStore, PRE_LEDGER_KEY, read_document};
    use crate::store::{Backend, MemoryBackend, StoreError};
    use std::rc::Rc;

    /// A store in memory with one event recorded ("e1", an incident counted).
    fn with_one_event() -> (Rc<MemoryBackend>, DocumentStore<Rc<MemoryBackend>>) {
        let backend = Rc::new(MemoryBackend::default());
        let (mut store, _) = DocumentStore::open(backend.clone(), "t");
        record(
            &mut store,
            event(
                "e1",
                "2026-12-05T10:00:00.000Z",
                Facts::CountIncidents { by: 1 },
            ),
        )
        .unwrap();
        (backend, store)
    }

    /// `n` Enterprise seats added.
    fn seats(n: usize) -> Facts {
        Facts::AddSeats {
            level: VsLevel::Enterprise,
            n,
        }
    }

    fn event(id: &str, at: &str, facts: Facts) -> Event {
        Event {
            id: id.into(),
            day: crate::testing::d(2026, 12, 5),
            at: at.into(),
            device: String::new(),
            admin: String::new(),
            facts,
        }
    }

    fn record(store: &mut DocumentStore<Rc<MemoryBackend>>, e: Event) -> Result<(), StoreError> {
        store
            .try_apply(|d| ledger::apply(d, &e), Some(e.clone()))
            .map(|r| r.expect("accepted"))
    }

    fn stored(b: &MemoryBackend) -> Ledger {
        read_ledger(&b.get(DATA_KEY).unwrap().unwrap())
            .unwrap()
            .unwrap()
    }

    #[test]
    fn data_from_before_the_ledger_begins_it_and_stays_aside_until_read_back() {
        let v8 = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/schema-v8.json"
        ))
        .unwrap();
        let backend = Rc::new(MemoryBackend::default());
        backend.set(DATA_KEY, &v8).unwrap();
        let (mut store, _) = DocumentStore::open(backend.clone(), "t");
        let before = store.data().clone();
        record(
            &mut store,
            event(
                "e1",
                "2026-12-05T10:00:00.000Z",
                Facts::CountIncidents { by: 1 },
            ),
        )
        .unwrap();
        let l = stored(&backend);
        assert!(matches!(l.events[0].facts, Facts::AsItStood { .. }));
        // The history the old records hold comes with them, as dated events
        // (the fixture's renewal, redemptions, seat holders...).
        let past: Vec<&Event> = l
            .events
            .iter()
            .filter(|e| matches!(e.facts, Facts::Before { .. }))
            .collect();
        assert!(past.len() >= 3, "{past:?}");
        assert_eq!(
            past,
            ledger::before_ledger(&l.events[0])
                .iter()
                .collect::<Vec<_>>()
        );
        assert_eq!(l.events.len(), 2 + past.len());
        assert_eq!(l.events.last().map(|e| e.id.as_str()), Some("e1"));
        assert_eq!(
            replay(&l.events[..1], &l.texts).data,
            before,
            "as it stood: nothing lost"
        );
        assert_eq!(
            replay(&l.events, &l.texts).data,
            *store.data(),
            "the cache is the replay"
        );
        assert_eq!(
            backend.get(PRE_LEDGER_KEY).unwrap().as_deref(),
            Some(""),
            "emptied once read back"
        );
        let who = read_who(backend.get(WHO_KEY).unwrap().as_deref());
        assert_eq!(who.device, "e1", "a browser is named by its first event");
        assert_eq!(l.events.last().unwrap().device, "e1");
    }

    #[test]
    fn an_undo_is_a_void_in_the_ledger_and_it_survives_a_reload() {
        let backend = Rc::new(MemoryBackend::default());
        let (mut store, _) = DocumentStore::open(backend.clone(), "t");
        record(
            &mut store,
            event("add", "2026-12-05T10:00:00.000Z", seats(2)),
        )
        .unwrap();
        record(
            &mut store,
            event(
                "more",
                "2026-12-05T10:01:00.000Z",
                Facts::AddSeats {
                    level: VsLevel::Professional,
                    n: 1,
                },
            ),
        )
        .unwrap();
        // The page replays the stored ledger with the void and shows that.
        let void = event(
            "undo",
            "2026-12-05T10:02:00.000Z",
            Facts::Void {
                event: "add".into(),
            },
        );
        let mut events = stored(&backend).events;
        events.push(void.clone());
        let shown = replay(&events, &[]).data;
        store
            .try_apply(
                |d| {
                    *d = shown;
                    Ok::<(), ()>(())
                },
                Some(void),
            )
            .unwrap()
            .unwrap();
        assert_eq!(store.data().vs_seats.len(), 1);
        let (again, _) = DocumentStore::open(backend.clone(), "t2");
        assert_eq!(
            again.data().vs_seats.len(),
            1,
            "still undone after a reload"
        );
        assert_eq!(
            stored(&backend).events.len(),
            3,
            "the undone change stays in the history"
        );
    }

    #[test]
    fn two_tabs_recording_at_once_both_keep_their_events_in_one_ledger() {
        let backend = Rc::new(MemoryBackend::default());
        let (mut a, _) = DocumentStore::open(backend.clone(), "a");
        let (mut b, _) = DocumentStore::open(backend.clone(), "b");
        record(
            &mut a,
            event("from-a", "2026-12-05T10:00:00.000Z", seats(1)),
        )
        .unwrap();
        // Tab b's clock is behind: its event still comes after what it saw.
        record(
            &mut b,
            event("from-b", "2026-12-05T09:00:00.000Z", seats(1)),
        )
        .unwrap();
        let l = stored(&backend);
        let ids: Vec<&str> = l.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["from-a", "from-b"]);
        assert_eq!(l.events[1].at, "2026-12-05T10:00:00.001Z");
        assert_eq!(b.data().vs_seats.len(), 2);
        assert_eq!(replay(&l.events, &l.texts).data, *b.data());
    }

    #[test]
    fn key_texts_are_kept_beside_the_ledger_never_in_it() {
        let backend = Rc::new(MemoryBackend::default());
        let (mut store, _) = DocumentStore::open(backend.clone(), "t");
        let fields = crate::ledger::change::KeyFields {
            product: "Office".into(),
            key: "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY".into(),
            licenses: 1,
            received: None,
        };
        record(
            &mut store,
            event(
                "k",
                "2026-12-05T10:00:00.000Z",
                Facts::AddKey {
                    fields,
                    sealed: None,
                },
            ),
        )
        .unwrap();
        let l = stored(&backend);
        let events = serde_json::to_string(&l.events).unwrap();
        assert!(!events.contains("ABCDE"));
        assert_eq!(l.texts[0].key, "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY");
        assert_eq!(replay(&l.events, &l.texts).data, *store.data());
    }

    #[test]
    fn replacing_everything_starts_the_ledger_again_from_the_data() {
        let backend = Rc::new(MemoryBackend::default());
        let (mut store, _) = DocumentStore::open(backend.clone(), "t");
        record(
            &mut store,
            event("add", "2026-12-05T10:00:00.000Z", seats(2)),
        )
        .unwrap();
        let fresh = crate::model::sample::sample(crate::testing::d(2026, 12, 5));
        store.replace_all(fresh.clone(), None).unwrap();
        let l = stored(&backend);
        // The data as it stood, and the history it holds (the sample's seat
        // holders, redemptions...), nothing of the ledger before.
        assert!(matches!(l.events[0].facts, Facts::AsItStood { .. }));
        assert!(l.events.len() > 1);
        assert!(
            l.events[1..]
                .iter()
                .all(|e| matches!(e.facts, Facts::Before { .. }))
        );
        assert_eq!(replay(&l.events, &l.texts).data, fresh);
    }

    #[test]
    fn another_ledger_merged_is_the_union_of_events_and_twice_is_once() {
        let a = Rc::new(MemoryBackend::default());
        let b = Rc::new(MemoryBackend::default());
        let (mut sa, _) = DocumentStore::open(a.clone(), "a");
        let (mut sb, _) = DocumentStore::open(b.clone(), "b");
        record(&mut sa, event("a1", "2026-12-05T10:00:00.000Z", seats(1))).unwrap();
        record(&mut sb, event("b1", "2026-12-05T09:00:00.000Z", seats(2))).unwrap();
        record(
            &mut sb,
            event(
                "b2",
                "2026-12-05T11:00:00.000Z",
                Facts::CountIncidents { by: 1 },
            ),
        )
        .unwrap();
        let from_b = stored(&b).events;
        for _ in 0..2 {
            sa.merge(from_b.clone(), None, |_, text| {
                union_replayed(text, &from_b)
            })
            .unwrap();
        }
        let l = stored(&a);
        let ids: Vec<&str> = l.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["b1", "a1", "b2"], "in recorded order, each once");
        assert_eq!(sa.data().vs_seats.len(), 3);
        assert_eq!(replay(&l.events, &l.texts).data, *sa.data());
        // Then the other way: both end with one ledger.
        let from_a = l.events.clone();
        sb.merge(from_a.clone(), None, |_, text| {
            union_replayed(text, &from_a)
        })
        .unwrap();
        assert_eq!(stored(&b).events, stored(&a).events);
        assert_eq!(sb.data(), sa.data());
    }

    #[test]
    fn an_event_merged_under_an_id_taken_by_another_is_kept_beside_it_as_a_conflict() {
        let a = Rc::new(MemoryBackend::default());
        let (mut sa, _) = DocumentStore::open(a.clone(), "a");
        record(&mut sa, event("x", "2026-12-05T10:00:00.000Z", seats(1))).unwrap();
        // A copy of this ledger edited by hand: the same id, other facts.
        let edited = vec![event("x", "2026-12-05T10:00:00.000Z", seats(3))];
        for _ in 0..2 {
            sa.merge(edited.clone(), None, |_, text| {
                union_replayed(text, &edited)
            })
            .unwrap();
        }
        let l = stored(&a);
        assert_eq!(
            l.events.len(),
            2,
            "both versions are stored: {:?}",
            l.events
        );
        assert!(l.events.iter().any(|e| e.facts == seats(3)));
        assert_eq!(
            sa.conflicts(),
            1,
            "the other version is shown as a conflict"
        );
        // One version stands (which one is decided by their texts alone).
        let standing = sa.data().vs_seats.len();
        assert!(standing == 1 || standing == 3, "{standing}");
        let r = replay(&l.events, &l.texts);
        assert_eq!(r.data, *sa.data());
        assert_eq!(r.refused.len(), 1);
    }

    /// What the app's merge does: the stored ledger (in `text`) and
    /// `theirs`, united and replayed; the data and how many events it refused.
    fn union_replayed(text: Option<&str>, theirs: &[Event]) -> (Dataset, u32) {
        let mine = text
            .and_then(|t| read_ledger(t).ok().flatten())
            .map(|l| l.events)
            .unwrap_or_default();
        let r = replay(&ledger::union(&mine, theirs).0, &[]);
        (r.data, r.refused.len() as u32)
    }

    #[test]
    fn changes_a_merge_makes_impossible_are_stored_as_conflicts_until_everything_is_replaced() {
        let a = Rc::new(MemoryBackend::default());
        let b = Rc::new(MemoryBackend::default());
        let (mut sa, _) = DocumentStore::open(a.clone(), "a");
        let (mut sb, _) = DocumentStore::open(b.clone(), "b");
        let kim = |id| Facts::AddUser {
            user: crate::model::User {
                id: 0,
                name: format!("Kim {id}"),
                email: "kim@contoso.com".into(),
                offers: vec![],
                source: crate::model::UserSource::Manual,
            },
        };
        // The same person added in both browsers, B's first.
        record(&mut sa, event("a1", "2026-12-05T10:00:00.000Z", kim(1))).unwrap();
        record(&mut sb, event("b1", "2026-12-05T09:00:00.000Z", kim(2))).unwrap();
        let from_b = stored(&b).events;
        sa.merge(from_b.clone(), None, |_, text| {
            union_replayed(text, &from_b)
        })
        .unwrap();
        assert_eq!(sa.conflicts(), 1);
        assert_eq!(sa.data().users.len(), 1);
        // Stored: a reopened store says so, and an ordinary save keeps it.
        let (mut again, _) = DocumentStore::open(a.clone(), "a2");
        assert_eq!(again.conflicts(), 1);
        record(
            &mut again,
            event(
                "a2",
                "2026-12-05T12:00:00.000Z",
                Facts::CountIncidents { by: 1 },
            ),
        )
        .unwrap();
        assert_eq!(DocumentStore::open(a.clone(), "a3").0.conflicts(), 1);
        again.replace_all(Dataset::default(), None).unwrap();
        assert_eq!(DocumentStore::open(a.clone(), "a4").0.conflicts(), 0);
    }

    /// What IndexedDB would hold after moving `tail`: its texts as one array.
    fn kept(tail: &[(String, String)]) -> String {
        let texts: Vec<&str> = tail.iter().map(|(_, t)| t.as_str()).collect();
        format!("[{}]", texts.join(","))
    }

    #[test]
    fn events_moved_to_indexeddb_leave_the_tail_and_the_ledger_reads_whole_with_them() {
        let backend = Rc::new(MemoryBackend::default());
        let (mut store, _) = DocumentStore::open(backend.clone(), "t");
        record(
            &mut store,
            event("e1", "2026-12-05T10:00:00.000Z", seats(1)),
        )
        .unwrap();
        record(
            &mut store,
            event("e2", "2026-12-05T10:01:00.000Z", seats(2)),
        )
        .unwrap();
        let text = backend.get(DATA_KEY).unwrap().unwrap();
        let (place, tail) = tail_of(&text).unwrap();
        assert_eq!(tail.len(), 2);
        assert_eq!(place.last, "2026-12-05T10:01:00.000Z");
        let moved: Vec<String> = tail.iter().map(|(id, _)| id.clone()).collect();
        let archived = kept(&tail);
        let after = without_moved(&text, &place.epoch, &moved).unwrap();
        backend.set(DATA_KEY, &after).unwrap();
        // Moved once: a second move (another tab's) changes nothing.
        assert_eq!(without_moved(&after, &place.epoch, &moved), None);
        let (place, tail) = tail_of(&after).unwrap();
        assert_eq!((tail.len(), place.archived), (0, 1), "one record");
        // The data is the same text, the cache untouched.
        assert_eq!(
            read_document(&after).unwrap(),
            read_document(&text).unwrap()
        );
        // A change made on a clock behind: still stamped after the moved ones.
        let (mut again, _) = DocumentStore::open(backend.clone(), "t2");
        record(
            &mut again,
            event("e3", "2026-12-05T09:00:00.000Z", seats(3)),
        )
        .unwrap();
        let text = backend.get(DATA_KEY).unwrap().unwrap();
        let (_, tail) = tail_of(&text).unwrap();
        assert_eq!(tail.len(), 1);
        let whole = full_ledger(&text, &archived, 1).unwrap().unwrap();
        let ids: Vec<&str> = whole.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["e1", "e2", "e3"]);
        assert_eq!(whole.events[2].at, "2026-12-05T10:01:00.001Z");
        assert_eq!(replay(&whole.events, &whole.texts).data, *again.data());
        // Without what IndexedDB keeps, the history is refused, not cut.
        assert!(matches!(
            full_ledger(&text, "[]", 0),
            Err(FullError::Missing { .. })
        ));
    }

    #[test]
    fn a_ledger_begun_anew_is_named_apart_from_any_before_it() {
        let names: Vec<String> = ["e1", "e2"]
            .into_iter()
            .map(|id| {
                let backend = Rc::new(MemoryBackend::default());
                let (mut store, _) = DocumentStore::open(backend.clone(), "t");
                record(
                    &mut store,
                    event(
                        id,
                        "2026-12-05T10:00:00.000Z",
                        Facts::CountIncidents { by: 1 },
                    ),
                )
                .unwrap();
                tail_of(&backend.get(DATA_KEY).unwrap().unwrap())
                    .unwrap()
                    .0
                    .epoch
            })
            .collect();
        assert!(!names[0].is_empty());
        assert_ne!(names[0], names[1]);
    }

    #[test]
    fn a_new_ledger_after_everything_is_replaced_takes_nothing_moved_from_the_one_before() {
        let (backend, mut store) = with_one_event();
        let text = backend.get(DATA_KEY).unwrap().unwrap();
        let (old, tail) = tail_of(&text).unwrap();
        let moved: Vec<String> = tail.iter().map(|(id, _)| id.clone()).collect();
        store.replace_all(Dataset::default(), None).unwrap();
        let text = backend.get(DATA_KEY).unwrap().unwrap();
        let (place, _) = tail_of(&text).unwrap();
        assert_ne!(place.epoch, old.epoch, "a ledger of its own");
        assert_eq!(place.archived, 0);
        // A move of the old ledger's tail finishing late takes nothing out.
        assert_eq!(without_moved(&text, &old.epoch, &moved), None);
    }

    #[test]
    fn a_merge_whose_events_went_to_indexeddb_first_names_their_batch() {
        let (backend, mut store) = with_one_event();
        let staged = Staged {
            batch: "b1".into(),
            count: 1,
            last: "2026-12-05T11:00:00.000Z".into(),
        };
        store
            .merge(Vec::new(), Some(staged), |d, _| (d.clone(), 0))
            .unwrap();
        let text = backend.get(DATA_KEY).unwrap().unwrap();
        let (place, tail) = tail_of(&text).unwrap();
        assert_eq!(place.merges, ["b1"]);
        assert_eq!((place.archived, tail.len()), (1, 1));
        assert_eq!(place.last, "2026-12-05T11:00:00.000Z");
        // Named once: the next save does not name it again.
        record(
            &mut store,
            event(
                "e2",
                "2026-12-05T10:30:00.000Z",
                Facts::CountIncidents { by: 1 },
            ),
        )
        .unwrap();
        let (place, tail) = tail_of(&backend.get(DATA_KEY).unwrap().unwrap()).unwrap();
        assert_eq!((place.merges.len(), place.archived), (1, 1));
        assert!(
            tail[1].1.contains("2026-12-05T11:00:00.001Z"),
            "after the batch"
        );
    }
}
