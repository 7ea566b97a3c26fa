//! Writing the stored document with its ledger (schema 9): the data as a
//! cache for a quick start, and beside it the ledger — every event, and the
//! key texts kept apart from them. This is the code the browser app fetches
//! on first use (`ui::data`), so a look at the data never downloads it.
//!
//! Start-up reads only `{schema, revision, data}`; the ledger is read here,
//! when a change is saved, and by the History page.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};

use super::document::Document;
use crate::ledger::{self, Event, Facts, Ledger};
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
    /// The stored text now (another tab's events included).
    pub stored: Option<&'a str>,
    /// This tab's document, its changes applied.
    pub doc: &'a Document,
    /// The events of those changes, not yet stored.
    pub pending: &'a [Event],
    /// The stored [`Who`] text.
    pub who: Option<&'a str>,
    /// Start the ledger again from the data as it is (everything replaced).
    pub fresh: bool,
}

/// What the writer gives back.
pub struct Saved {
    /// The text to store.
    pub text: String,
    /// The state replayed from the ledger, when it differs from what the
    /// changes made step by step could know (an undo, a correction).
    pub data: Option<Dataset>,
    /// A [`Who`] text to store (a browser's first event names it).
    pub who: Option<String>,
}

#[derive(Deserialize)]
struct LedgerPart {
    revision: u64,
    #[serde(default)]
    ledger: Option<Ledger>,
}

#[derive(Serialize)]
struct Full<'a> {
    schema: u32,
    revision: u64,
    data: &'a Dataset,
    ledger: &'a Ledger,
}

thread_local! {
    /// The ledger last written, by its revision: read again only when another
    /// tab has written since.
    static LAST: RefCell<Option<(u64, Ledger)>> = const { RefCell::new(None) };
}

/// The ledger stored in `text`: `None` for a document from before the ledger
/// (or none at all), `Err` for text that cannot be read.
///
/// # Errors
/// The text is not a document.
pub fn read_ledger(text: &str) -> Result<Option<Ledger>, serde_json::Error> {
    let part: LedgerPart = serde_json::from_str(text)?;
    Ok(part.ledger)
}

fn stored_ledger(text: &str, day: chrono::NaiveDate, at: &str, device: &str) -> Ledger {
    let Ok(part) = serde_json::from_str::<LedgerPart>(text) else {
        return Ledger::default();
    };
    if let Some(l) = LAST.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(rev, _)| *rev == part.revision)
            .map(|(_, l)| l.clone())
    }) {
        return l;
    }
    if let Some(l) = part.ledger {
        return l;
    }
    // Data kept before the ledger: it begins as it stood.
    match serde_json::from_str::<Document>(text) {
        Ok(doc) if doc.data != Dataset::default() => Ledger {
            events: vec![ledger::as_it_stood(&doc.data, day, at, device)],
            texts: vec![],
        },
        _ => Ledger::default(),
    }
}

/// Write the document and its ledger: the stored events, this tab's new
/// ones (stamped never before what was stored, without key texts), and the
/// key texts as they are now.
pub fn write_document(s: Saving<'_>) -> Saved {
    let mut who = read_who(s.who);
    let mut new_who = None;
    if who.device.is_empty()
        && let Some(first) = s.pending.first()
    {
        who.device = first.id.chars().take(12).collect();
        new_who = serde_json::to_string(&who).ok();
    }
    let (day, now) = s
        .pending
        .first()
        .map_or((chrono::NaiveDate::default(), String::new()), |e| {
            (e.day, e.at.clone())
        });
    let mut ledger = match (s.fresh, s.stored) {
        (false, Some(text)) => stored_ledger(text, day, &now, &who.device),
        _ => Ledger::default(),
    };
    if s.fresh && s.pending.is_empty() && s.doc.data != Dataset::default() {
        ledger
            .events
            .push(ledger::as_it_stood(&s.doc.data, day, &now, &who.device));
    }
    let mut replay = false;
    for e in s.pending {
        let mut e = e.clone();
        e.at = ledger::next_at(&e.at, &ledger.events);
        if e.device.is_empty() {
            e.device.clone_from(&who.device);
        }
        if e.admin.is_empty() {
            e.admin.clone_from(&who.admin);
        }
        replay |= matches!(e.facts, Facts::Void { .. });
        e.facts = e.facts.without_secrets();
        ledger.events.push(e);
    }
    ledger::sort(&mut ledger.events);
    ledger.texts = ledger::texts_of(&s.doc.data);
    let data = replay.then(|| ledger::replay(&ledger.events, &ledger.texts).data);
    let text = serde_json::to_string(&Full {
        schema: s.doc.schema,
        revision: s.doc.revision,
        data: data.as_ref().unwrap_or(&s.doc.data),
        ledger: &ledger,
    })
    .expect("a document always serializes");
    LAST.with(|l| *l.borrow_mut() = Some((s.doc.revision, ledger)));
    Saved {
        text,
        data,
        who: new_who,
    }
}

/// Forget the ledger kept from the last write (tests that start over).
pub fn forget() {
    LAST.with(|l| *l.borrow_mut() = None);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::replay;
    use crate::model::VsLevel;
    use crate::store::document::{DATA_KEY, DocumentStore, PRE_LEDGER_KEY};
    use crate::store::{Backend, MemoryBackend, StoreError};
    use std::rc::Rc;

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
        forget();
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
        assert_eq!(l.events.len(), 2);
        assert!(matches!(l.events[0].facts, Facts::AsItStood { .. }));
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
        assert_eq!(l.events[1].device, "e1");
    }

    #[test]
    fn an_undo_is_a_void_the_writer_replays_and_it_survives_a_reload() {
        forget();
        let backend = Rc::new(MemoryBackend::default());
        let (mut store, _) = DocumentStore::open(backend.clone(), "t");
        record(
            &mut store,
            event(
                "add",
                "2026-12-05T10:00:00.000Z",
                Facts::AddSeats {
                    level: VsLevel::Enterprise,
                    n: 2,
                },
            ),
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
        // The page shows what it believes; the writer's replay is what stays.
        let void = event(
            "undo",
            "2026-12-05T10:02:00.000Z",
            Facts::Void {
                event: "add".into(),
            },
        );
        store
            .try_apply(|_| Ok::<(), ()>(()), Some(void))
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
        forget();
        let backend = Rc::new(MemoryBackend::default());
        let (mut a, _) = DocumentStore::open(backend.clone(), "a");
        let (mut b, _) = DocumentStore::open(backend.clone(), "b");
        record(
            &mut a,
            event(
                "from-a",
                "2026-12-05T10:00:00.000Z",
                Facts::AddSeats {
                    level: VsLevel::Enterprise,
                    n: 1,
                },
            ),
        )
        .unwrap();
        // Tab b's clock is behind: its event still comes after what it saw.
        record(
            &mut b,
            event(
                "from-b",
                "2026-12-05T09:00:00.000Z",
                Facts::AddSeats {
                    level: VsLevel::Enterprise,
                    n: 1,
                },
            ),
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
        forget();
        let backend = Rc::new(MemoryBackend::default());
        let (mut store, _) = DocumentStore::open(backend.clone(), "t");
        let fields = crate::model::change::KeyFields {
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
        forget();
        let backend = Rc::new(MemoryBackend::default());
        let (mut store, _) = DocumentStore::open(backend.clone(), "t");
        record(
            &mut store,
            event(
                "add",
                "2026-12-05T10:00:00.000Z",
                Facts::AddSeats {
                    level: VsLevel::Enterprise,
                    n: 2,
                },
            ),
        )
        .unwrap();
        let fresh = crate::model::sample::sample(crate::testing::d(2026, 12, 5));
        store.replace_all(fresh.clone(), None).unwrap();
        let l = stored(&backend);
        assert_eq!(l.events.len(), 1);
        assert_eq!(replay(&l.events, &l.texts).data, fresh);
    }
}
