//! The user's data as one versioned JSON document in storage: load → migrate →
//! validate at start-up, and a read-modify-write on every change, so that two tabs
//! writing at once both keep their change. Data that cannot be read is never
//! overwritten: it is copied under a recovery key and the store refuses to save
//! until the user decides what to do with it.

use serde::{Deserialize, Serialize};

pub use super::error::{LoadError, ParseError};
use super::{Backend, NAMESPACE, StoreError};
use crate::model::validate::validate;
use crate::model::{Dataset, SCHEMA_VERSION};

/// Where the document lives.
pub const DATA_KEY: &str = "benefits-desk/data";

/// Where data from before the ledger waits while its first ledger is written
/// (emptied once that has been read back).
pub const PRE_LEDGER_KEY: &str = "benefits-desk/before-ledger";

/// The stored document: schema version, revision and the data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Shape of `data`; see [`migrate`].
    pub schema: u32,
    /// Incremented by every save, by any tab; tells a tab the stored data moved on.
    pub revision: u64,
    /// The user's data.
    pub data: Dataset,
    /// How many of the ledger's events its replay refused when it was last
    /// replayed (a merge, an undo from the history): a cache beside the data,
    /// written with it, for the dashboard to say so without replaying. The
    /// History page replays and lists them.
    #[serde(default, skip_serializing_if = "crate::model::is_zero")]
    pub conflicts: u32,
}

/// Bring any stored document of a past or present schema to the current one.
///
/// Version 1 is the first; each later version adds one arm that upgrades the JSON
/// of the version before, so every stored fixture in `tests/fixtures/` keeps loading.
///
/// # Errors
/// [`LoadError::Parse`] (not JSON, or a newer schema) or [`LoadError::WrongShape`].
pub fn migrate(text: &str) -> Result<Document, LoadError> {
    #[derive(Deserialize)]
    struct Peek {
        schema: Option<u64>,
    }
    // Reading only the version skips over the rest without building it, so a
    // current document is parsed once, straight into its types.
    let peek: Peek = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => LoadError::WrongShape {
            detail: e.to_string(),
        },
        _ => ParseError::not_json(&e).into(),
    })?;
    let schema = peek.schema.ok_or_else(|| LoadError::WrongShape {
        detail: "no schema version".into(),
    })?;
    let schema = u32::try_from(schema).map_err(|_| ParseError::NewerSchema(u32::MAX))?;
    if schema > SCHEMA_VERSION {
        return Err(ParseError::NewerSchema(schema).into());
    }
    if schema == 0 {
        return Err(LoadError::WrongShape {
            detail: "schema version 0".into(),
        });
    }
    // Upgrades, oldest first. Version 2 only added fields that read as empty when
    // absent (country, key received date, tenants, subscription and seat history,
    // user source, Azure credits), so a version 1 document parses as it is. The
    // number still changed: a tab of the older app then sees a newer schema and
    // keeps the data aside, instead of dropping fields it does not know on save.
    // Version 3 likewise only added optional fields (renewals, replacements, a
    // seat's activation day, a credit's day and moves, support per contract
    // year). Version 4 likewise (the key vault and sealed key texts); its
    // number matters most: an older tab must not save a vault's data back
    // without the vault.
    // Version 5 renamed the membership's `program` (Action Pack, Silver, Gold)
    // to `offer`, whose first values are the same names: the field reads either
    // name (`serde(alias)`), so no JSON is reshaped and no second parser is
    // shipped. It also added the redemption flow (absent: keys) and the
    // purchase date (absent: unknown).
    // Version 6 only added benefits redeemed without keys (absent: none); the
    // number keeps an older tab from saving them away.
    // Version 7 only added the readings chosen where sources disagree
    // (absent: RULES.md's defaults) and a credit's billing profile and
    // provisioning day (absent: none).
    // Version 9 added the ledger beside the data (`store::journal`), which
    // start-up does not read: absent, the data begins the ledger as it stood
    // on the first save after the upgrade.
    // Version 10 keeps the ledger's events in IndexedDB once saved
    // (`store::archive`); the stored `ledger.events` are only those not yet
    // moved there, and `ledger.epoch`, `merges`, `last` and `archived` say
    // where the rest is. A version 9 ledger is one whose events have not
    // moved yet, so it reads as it is. The number matters: an older tab
    // would save the ledger back without saying where the rest is.
    let mut doc = serde_json::from_str::<Document>(text).map_err(|e| LoadError::WrongShape {
        detail: e.to_string(),
    })?;
    doc.schema = SCHEMA_VERSION;
    Ok(doc)
}

/// Parse, migrate and validate a stored document.
///
/// # Errors
/// Any [`LoadError`].
pub fn read_document(text: &str) -> Result<Document, LoadError> {
    let doc = migrate(text)?;
    validate(&doc.data).map_err(ParseError::Invalid)?;
    Ok(doc)
}

pub use super::journal::{Saving, WHO_KEY, write_document};
use crate::ledger::Event;

/// How a store writes its document and ledger: [`write_document`], passed in
/// ([`DocumentStore::open_with`]) so that the browser app can fetch that code
/// on first use instead of before its first screen (`ui::data`).
pub type Writer = fn(Saving<'_>) -> Result<(), StoreError>;

/// What [`DocumentStore::open`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// Nothing stored yet: a first visit.
    Empty,
    /// The stored data, loaded.
    Loaded,
    /// The stored data could not be used. Its text was copied under `kept_under`,
    /// the original is untouched, and saving is refused until the user starts
    /// fresh or imports a backup.
    Unreadable {
        /// Why.
        error: LoadError,
        /// The recovery key holding a copy of the raw text.
        kept_under: String,
    },
}

/// The document, kept in memory and written through to a [`Backend`].
pub struct DocumentStore<B: Backend> {
    backend: B,
    doc: Document,
    /// A change that is in memory but not yet stored (the last save failed).
    unsaved: bool,
    /// The events of the changes not yet stored.
    pending: Vec<Event>,
    /// Everything was replaced: the ledger starts again from the data.
    fresh: bool,
    /// Another ledger's events to take in with the next save.
    merged: Vec<Event>,
    /// Or those events, already in IndexedDB as a batch.
    staged: Option<super::journal::Staged>,
    /// How the document is written; `None` until it is given
    /// ([`DocumentStore::set_writer`]).
    writer: Option<Writer>,
    /// Names recovery copies (the time the store was opened).
    stamp: String,
    /// Set while stored data could not be read, and nothing may overwrite
    /// it: why, and where the unreadable text was copied.
    unreadable: Option<(LoadError, String)>,
}

/// The recovery key for a copy of unreadable data, by revision-free timestamp.
pub fn recovery_key(stamp: &str) -> String {
    format!("{NAMESPACE}recovery/{stamp}")
}

impl<B: Backend> DocumentStore<B> {
    /// Load the stored document. `stamp` names the recovery copy if one is needed
    /// (the caller passes the current time; the store reads no clock).
    pub fn open(backend: B, stamp: &str) -> (Self, Opened) {
        Self::open_with(backend, stamp, Some(write_document))
    }

    /// As [`DocumentStore::open`], with the writer given, or none yet: then a
    /// change is kept in memory ([`StoreError::NotReady`]) and saved when it
    /// comes ([`DocumentStore::set_writer`]).
    pub fn open_with(backend: B, stamp: &str, writer: Option<Writer>) -> (Self, Opened) {
        let mut store = DocumentStore {
            backend,
            doc: empty(),
            unsaved: false,
            pending: Vec::new(),
            fresh: false,
            merged: Vec::new(),
            staged: None,
            writer,
            stamp: stamp.to_owned(),
            unreadable: None,
        };
        let text = match store.backend.get(DATA_KEY) {
            Ok(Some(text)) => text,
            Ok(None) => return (store, Opened::Empty),
            Err(_) => return (store, Opened::Empty),
        };
        match read_document(&text) {
            Ok(doc) => {
                store.doc = doc;
                (store, Opened::Loaded)
            }
            Err(error) => {
                let (error, kept_under) = store.block_on(&text, error, stamp.to_owned());
                (store, Opened::Unreadable { error, kept_under })
            }
        }
    }

    /// Stop saving over `text`, which cannot be read: copy it under a
    /// recovery key named by `stamp` and remember why.
    fn block_on(&mut self, text: &str, error: LoadError, stamp: String) -> (LoadError, String) {
        let kept_under = recovery_key(&stamp);
        // If even the copy fails (quota), the original is still in place.
        let _ = self.backend.set(&kept_under, text);
        self.unreadable = Some((error.clone(), kept_under.clone()));
        (error, kept_under)
    }

    /// While saving is blocked: why, and where the unreadable text was copied.
    pub fn unreadable(&self) -> Option<(LoadError, String)> {
        self.unreadable.clone()
    }

    /// Give the store its writer and save a change that waited for it —
    /// unless another tab stored a change meanwhile: that one is never
    /// overwritten; it is taken instead and the waiting change dropped
    /// ([`StoreError::Superseded`]; this tab's data changed).
    ///
    /// # Errors
    /// [`StoreError::Superseded`], or as [`DocumentStore::apply`].
    pub fn set_writer(&mut self, writer: Writer) -> Result<(), StoreError> {
        self.writer = Some(writer);
        if !self.unsaved {
            return Ok(());
        }
        // The waiting change raised the revision by one over what it was
        // made on; a stored revision as high means another tab saved since.
        if let Ok(Some(text)) = self.backend.get(DATA_KEY)
            && let Ok(stored) = read_document(&text)
            && stored.revision >= self.doc.revision
        {
            self.doc = stored;
            self.unsaved = false;
            self.pending.clear();
            return Err(StoreError::Superseded);
        }
        self.retry()
    }

    /// The data as this tab sees it.
    pub fn data(&self) -> &Dataset {
        &self.doc.data
    }

    /// The revision this tab last read or wrote.
    pub fn revision(&self) -> u64 {
        self.doc.revision
    }

    /// Whether a change is held in memory only, because saving it failed.
    pub fn has_unsaved(&self) -> bool {
        self.unsaved
    }

    /// Whether unreadable stored data blocks saving.
    pub fn is_blocked(&self) -> bool {
        self.unreadable.is_some()
    }

    /// Apply `change` to the newest stored data and save it.
    ///
    /// The latest stored document is read first, so a change made meanwhile in
    /// another tab is kept; `change` is then applied to it, the revision goes up
    /// by one, and the result is written.
    ///
    /// # Errors
    /// [`StoreError::QuotaExceeded`] or [`StoreError::Unavailable`]: the change is
    /// kept in memory (and shown), the stored data is as it was. [`StoreError::Blocked`]
    /// while unreadable data is waiting for the user's decision.
    pub fn apply(&mut self, change: impl FnOnce(&mut Dataset)) -> Result<(), StoreError> {
        self.try_apply(
            |d| {
                change(d);
                Ok::<(), ()>(())
            },
            None,
        )
        .map(|_| ())
    }

    /// Apply a change that may be refused: `change` must leave the data as it
    /// was when it returns an error, and then nothing is saved.
    ///
    /// # Errors
    /// As [`DocumentStore::apply`]; the inner result is the change's refusal.
    /// `event` is the change's record in the ledger, stored with it.
    pub fn try_apply<T, E>(
        &mut self,
        change: impl FnOnce(&mut Dataset) -> Result<T, E>,
        event: Option<Event>,
    ) -> Result<Result<(), E>, StoreError> {
        self.catch_up()?;
        if let Err(e) = change(&mut self.doc.data) {
            return Ok(Err(e));
        }
        self.pending.extend(event);
        self.doc.revision += 1;
        self.save().map(Ok)
    }

    /// Before a change: take the newest stored data (unless this tab holds an
    /// unsaved change); refused while stored data cannot be read, including
    /// data that another tab has just stored.
    fn catch_up(&mut self) -> Result<(), StoreError> {
        if !self.unsaved {
            self.refresh();
        }
        if self.is_blocked() {
            return Err(StoreError::Blocked);
        }
        Ok(())
    }

    /// Write the in-memory document; without a writer, keep it for
    /// [`DocumentStore::set_writer`].
    fn save(&mut self) -> Result<(), StoreError> {
        let Some(writer) = self.writer else {
            self.unsaved = true;
            return Err(StoreError::NotReady);
        };
        match writer(Saving {
            backend: &self.backend,
            doc: &self.doc,
            pending: &self.pending,
            merged: &self.merged,
            fresh: self.fresh,
            staged: self.staged.as_ref(),
        }) {
            Ok(()) => {
                self.unsaved = false;
                self.fresh = false;
                self.pending.clear();
                self.merged.clear();
                self.staged = None;
                Ok(())
            }
            Err(e) => {
                self.unsaved = true;
                Err(e)
            }
        }
    }

    /// Take back the last change, whose save failed: the data in memory is
    /// `before` again and the stored data, never overwritten, stays as it was.
    pub fn discard(&mut self, before: Dataset) {
        if self.unsaved {
            self.doc.data = before;
            self.doc.revision -= 1;
            self.unsaved = false;
            self.pending.clear();
            self.merged.clear();
            self.staged = None;
        }
    }

    /// Take in another ledger's `events` (a backup merged) — or, where they
    /// were put in IndexedDB first, its `staged` batch: `merge` gets the
    /// newest stored data and the ledger as it is stored (or `None` before
    /// the first one), and returns the data the union replays to, which is
    /// saved with the union.
    ///
    /// # Errors
    /// As [`DocumentStore::apply`].
    pub fn merge(
        &mut self,
        events: Vec<Event>,
        staged: Option<super::journal::Staged>,
        merge: impl FnOnce(&Dataset, Option<&str>) -> (Dataset, u32),
    ) -> Result<(), StoreError> {
        self.catch_up()?;
        let stored = self.backend.get(DATA_KEY).ok().flatten();
        (self.doc.data, self.doc.conflicts) = merge(&self.doc.data, stored.as_deref());
        self.merged.extend(events);
        if staged.is_some() {
            self.staged = staged;
        }
        self.doc.revision += 1;
        self.save()
    }

    /// Try again to store a change that failed to save.
    ///
    /// # Errors
    /// As [`DocumentStore::apply`].
    pub fn retry(&mut self) -> Result<(), StoreError> {
        if self.is_blocked() {
            return Err(StoreError::Blocked);
        }
        self.save()
    }

    /// Take the stored document if another tab moved it on. Returns whether this
    /// tab's data changed. A tab with an unsaved change keeps its own. Stored
    /// text this tab cannot read (written by a newer version of the app, or
    /// damaged) blocks saving, as at start-up, so that no change of this tab
    /// overwrites it ([`DocumentStore::unreadable`]).
    pub fn refresh(&mut self) -> bool {
        if self.is_blocked() || self.unsaved {
            return false;
        }
        let Ok(Some(text)) = self.backend.get(DATA_KEY) else {
            return false;
        };
        match read_document(&text) {
            Ok(doc) if doc.revision != self.doc.revision => {
                self.doc = doc;
                true
            }
            Ok(_) => false,
            Err(error) => {
                let stamp = format!("{}-after-{}", self.stamp, self.doc.revision);
                self.block_on(&text, error, stamp);
                false
            }
        }
    }

    /// Replace everything with `data` (start fresh with an empty dataset, or after
    /// importing a backup). Also lifts the block on unreadable data, whose copy is
    /// under its recovery key.
    ///
    /// # Errors
    /// As [`DocumentStore::apply`], except never blocked.
    /// `event` records it in the new ledger (the data as it stood); without
    /// one, the writer makes it.
    pub fn replace_all(&mut self, data: Dataset, event: Option<Event>) -> Result<(), StoreError> {
        let revision = self.doc.revision + 1;
        self.unreadable = None;
        self.fresh = true;
        self.pending.clear();
        self.pending.extend(event);
        self.doc = Document {
            schema: SCHEMA_VERSION,
            revision,
            data,
            conflicts: 0,
        };
        self.save()
    }

    /// How many of the ledger's events its last replay refused.
    pub fn conflicts(&self) -> u32 {
        self.doc.conflicts
    }

    /// Say how many events the ledger's replay now refuses (found by an undo
    /// from the history); stored with the next save.
    pub fn set_conflicts(&mut self, count: u32) {
        self.doc.conflicts = count;
    }

    /// The backend, for reading recovery copies.
    pub fn backend(&self) -> &B {
        &self.backend
    }
}

fn empty() -> Document {
    Document {
        schema: SCHEMA_VERSION,
        revision: 0,
        data: Dataset::default(),
        conflicts: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProductKey, User};
    use crate::store::MemoryBackend;
    use std::rc::Rc;

    /// Two tabs share one localStorage: two stores over one shared backend.
    #[derive(Clone, Default)]
    struct Shared(Rc<MemoryBackend>);
    impl Backend for Shared {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            self.0.get(key)
        }
        fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
            self.0.set(key, value)
        }
    }

    fn user(id: u64) -> User {
        User {
            id,
            name: format!("User {id}"),
            email: format!("u{id}@contoso.com"),
            offers: vec![],
            source: Default::default(),
        }
    }

    #[test]
    fn first_visit_is_empty_and_first_change_is_saved() {
        let (mut store, opened) = DocumentStore::open(MemoryBackend::default(), "t0");
        assert_eq!(opened, Opened::Empty);
        store.apply(|d| d.users.push(user(1))).unwrap();
        let (again, opened) = DocumentStore::open(store.backend, "t1");
        assert_eq!(opened, Opened::Loaded);
        assert_eq!(again.data().users, vec![user(1)]);
        assert_eq!(again.revision(), 1);
    }

    #[test]
    fn unreadable_data_is_kept_copied_and_never_overwritten() {
        let backend = MemoryBackend::default();
        backend
            .set(
                DATA_KEY,
                r#"{"schema":1,"revision":3,"data":{"keys":[{"id":1"#,
            )
            .unwrap();
        let (mut store, opened) = DocumentStore::open(backend, "2026-11-26T10:00:00");
        let Opened::Unreadable { error, kept_under } = opened else {
            panic!("{opened:?}")
        };
        assert!(matches!(
            error,
            LoadError::Parse(ParseError::NotJson { .. })
        ));
        assert_eq!(kept_under, "benefits-desk/recovery/2026-11-26T10:00:00");
        assert_eq!(
            store.apply(|d| d.users.push(user(1))),
            Err(StoreError::Blocked)
        );
        let original = r#"{"schema":1,"revision":3,"data":{"keys":[{"id":1"#;
        assert_eq!(
            store.backend().get(DATA_KEY).unwrap().as_deref(),
            Some(original)
        );
        assert_eq!(
            store.backend().get(&kept_under).unwrap().as_deref(),
            Some(original)
        );
        // Starting fresh is the user's decision; the copy stays.
        store.replace_all(Dataset::default(), None).unwrap();
        assert_eq!(
            store.backend().get(&kept_under).unwrap().as_deref(),
            Some(original)
        );
    }

    #[test]
    fn data_from_a_newer_app_is_refused_and_left_alone() {
        let backend = MemoryBackend::default();
        backend
            .set(DATA_KEY, r#"{"schema":99,"revision":1,"data":{}}"#)
            .unwrap();
        let (store, opened) = DocumentStore::open(backend, "t");
        assert!(matches!(
            opened,
            Opened::Unreadable {
                error: LoadError::Parse(ParseError::NewerSchema(99)),
                ..
            }
        ));
        assert!(store.is_blocked());
    }

    #[test]
    fn invalid_data_names_the_record_and_field() {
        let backend = MemoryBackend::default();
        let doc = r#"{"schema":1,"revision":1,"data":{"users":[{"id":4,"name":"Kim","email":"kim","offers":[]}]}}"#;
        backend.set(DATA_KEY, doc).unwrap();
        let (_, opened) = DocumentStore::open(backend, "t");
        let Opened::Unreadable {
            error: LoadError::Parse(ParseError::Invalid(errors)),
            ..
        } = opened
        else {
            panic!()
        };
        assert_eq!(
            format!("{:?}", errors[0]),
            "ValidationError { record: User(4), field: Email, error: EmailShape }"
        );
    }

    #[test]
    fn a_full_quota_keeps_the_change_in_memory_and_the_stored_data_intact() {
        let (mut store, _) = DocumentStore::open(MemoryBackend::with_quota(400), "t");
        store.apply(|d| d.users.push(user(1))).unwrap();
        let before = store.backend().get(DATA_KEY).unwrap();
        let err = store.apply(|d| d.users.extend((2..20).map(user)));
        assert_eq!(err, Err(StoreError::QuotaExceeded));
        assert_eq!(store.data().users.len(), 19, "the change stays in memory");
        assert!(store.has_unsaved());
        assert_eq!(
            store.backend().get(DATA_KEY).unwrap(),
            before,
            "stored data intact"
        );
    }

    #[test]
    fn a_change_before_the_writer_comes_waits_in_memory_and_is_saved_with_it() {
        let (mut store, _) = DocumentStore::open_with(MemoryBackend::default(), "t", None);
        assert_eq!(
            store.apply(|d| d.users.push(user(1))),
            Err(StoreError::NotReady)
        );
        assert_eq!(store.data().users, vec![user(1)], "shown at once");
        assert!(store.has_unsaved());
        assert_eq!(store.backend().get(DATA_KEY).unwrap(), None);
        // A second change waits too, on top of the first.
        assert_eq!(
            store.apply(|d| d.users.push(user(2))),
            Err(StoreError::NotReady)
        );
        assert_eq!(store.set_writer(write_document), Ok(()));
        assert!(!store.has_unsaved());
        let (again, _) = DocumentStore::open(store.backend, "t1");
        assert_eq!(again.data().users, vec![user(1), user(2)]);
        assert_eq!(again.revision(), 2);
    }

    #[test]
    fn a_waiting_change_never_overwrites_what_another_tab_saved_meanwhile() {
        let shared = Shared::default();
        let (mut waiting, _) = DocumentStore::open_with(shared.clone(), "a", None);
        let (mut other, _) = DocumentStore::open(shared.clone(), "b");
        assert_eq!(
            waiting.apply(|d| d.users.push(user(1))),
            Err(StoreError::NotReady)
        );
        other.apply(|d| d.users.push(user(2))).unwrap();
        assert_eq!(
            waiting.set_writer(write_document),
            Err(StoreError::Superseded)
        );
        assert_eq!(waiting.data().users, vec![user(2)], "the other tab's data");
        assert!(!waiting.has_unsaved());
        let (stored, _) = DocumentStore::open(shared, "c");
        assert_eq!(stored.data().users, vec![user(2)], "stored data intact");
        // From now on this tab saves as usual.
        waiting.apply(|d| d.users.push(user(3))).unwrap();
        assert_eq!(waiting.revision(), 2);
    }

    #[test]
    fn data_another_tab_stored_that_this_tab_cannot_read_is_never_overwritten() {
        let shared = Shared::default();
        let (mut tab, _) = DocumentStore::open(shared.clone(), "2026-11-27T10:00:00");
        tab.apply(|d| d.users.push(user(1))).unwrap();
        // A newer version of the app saves in another tab.
        let newer = r#"{"schema":99,"revision":2,"data":{"users":[]}}"#;
        shared.set(DATA_KEY, newer).unwrap();
        assert_eq!(
            tab.apply(|d| d.users.push(user(2))),
            Err(StoreError::Blocked)
        );
        assert_eq!(tab.data().users, vec![user(1)], "nothing changed");
        assert_eq!(shared.get(DATA_KEY).unwrap().as_deref(), Some(newer));
        let (error, kept_under) = tab.unreadable().expect("says why");
        assert_eq!(error, LoadError::Parse(ParseError::NewerSchema(99)));
        assert_eq!(
            kept_under,
            "benefits-desk/recovery/2026-11-27T10:00:00-after-1"
        );
        assert_eq!(shared.get(&kept_under).unwrap().as_deref(), Some(newer));
        // Starting fresh is the user's decision, as at start-up.
        tab.replace_all(Dataset::default(), None).unwrap();
        assert_eq!(tab.unreadable(), None);
    }

    #[test]
    fn two_tabs_changing_at_the_same_moment_lose_neither_change() {
        let shared = Shared::default();
        let (mut tab_a, _) = DocumentStore::open(shared.clone(), "a");
        let (mut tab_b, _) = DocumentStore::open(shared.clone(), "b");
        tab_a.apply(|d| d.users.push(user(1))).unwrap();
        // Tab B has not seen A's change yet, and adds a key.
        tab_b
            .apply(|d| {
                d.keys.push(ProductKey {
                    id: 7,
                    product: "Office 365 E3".into(),
                    key: String::new(),
                    licenses: 25,
                    redemption: None,
                    replaced: false,
                    received: None,
                    replacement: None,
                    replaces: None,
                    sealed: None,
                })
            })
            .unwrap();
        assert_eq!(
            tab_b.data().users,
            vec![user(1)],
            "B applied its change on top of A's"
        );
        assert!(tab_a.refresh(), "A sees that the stored data moved on");
        assert_eq!(tab_a.data().keys.len(), 1);
        assert_eq!((tab_a.revision(), tab_b.revision()), (2, 2));
    }
}
