//! The data folder (issue 28): a folder the admins already sync (OneDrive,
//! SharePoint) where each browser writes one file of its own — its whole
//! ledger as a backup without key texts — and reads every other file there.
//! The state is the union of all of them (`ledger::union`), so two admins
//! never write the same file and a sync client has nothing to conflict on; a
//! conflict copy it makes anyway is read like any other file.
//!
//! This module decides, without a browser: what this browser's file is
//! called and holds ([`file_name`], [`write()`]), what the files found say
//! ([`read_folder`]), and what is new in them ([`news`]). The browser side
//! (the File System Access API) is `ui::browser::folder`.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::backup::{self, BackupError};
use super::error::ParseError;
use crate::ledger::{self, Event};
use crate::model::Dataset;

/// Where the folder's name is kept while a folder is in use (its handle is
/// in IndexedDB; empty once the admin stops using it): start-up reads this
/// to know whether to load the folder's code at all.
pub const FOLDER_KEY: &str = "benefits-desk/folder";

/// Whether a folder is in use in the browser whose storage is `backend`.
pub fn in_use(backend: &dyn super::Backend) -> bool {
    backend
        .get(FOLDER_KEY)
        .ok()
        .flatten()
        .is_some_and(|n| !n.is_empty())
}

/// Every file this app writes in the folder starts with this.
pub const FILE_PREFIX: &str = "benefits-desk-";

/// Which browser wrote a folder file, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// The browser's id (`journal::Who::device`).
    pub device: String,
    /// The admin's name there (may be empty).
    #[serde(default)]
    pub admin: String,
    /// When it was written (ISO 8601, UTC).
    #[serde(default)]
    pub written: String,
}

/// The file of the browser `device`: named after it, so it is the one file
/// this browser writes and no other browser does.
pub fn file_name(device: &str) -> String {
    let short: String = device
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(16)
        .collect();
    format!("{FILE_PREFIX}{short}.json")
}

/// This browser's file: the data (without key texts, which never leave the
/// browser) and every event of its ledger, marked with who wrote it.
pub fn write(data: &Dataset, events: Vec<Event>, mark: Mark, today: NaiveDate) -> String {
    backup::export_marked(data, today, events, Some(mark))
}

/// What went wrong with the folder itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The admin closed the picker without choosing.
    Cancelled,
    /// The folder is not where it was (moved, renamed, deleted), or its
    /// handle was not kept.
    Gone,
    /// The browser's permission to use it is not given (asked again with
    /// one click) or was refused.
    Permission,
    /// The disk (or the sync client's quota) is full.
    Full,
    /// Anything else, by the browser's name for it.
    Other(String),
}

impl Fault {
    /// The fault a browser's `DOMException` of this name means.
    pub fn of_name(name: &str) -> Self {
        match name {
            "AbortError" => Fault::Cancelled,
            "NotFoundError" | "TypeMismatchError" => Fault::Gone,
            "NotAllowedError" | "SecurityError" => Fault::Permission,
            "QuotaExceededError" => Fault::Full,
            other => Fault::Other(other.to_owned()),
        }
    }
}

/// Why a file found in the folder was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not a file of this app (another program's, a note): left alone.
    NotOurs,
    /// This app's file, ending too soon: still being synced, most likely.
    /// Read again at the next look.
    CutShort,
    /// Written by a newer version of the app (its schema).
    Newer(u32),
    /// This app's file, damaged (edited, or its data breaks the rules).
    Damaged,
}

/// One file found in the folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Its name.
    pub name: String,
    /// Who wrote it, as it says (none when unread or from before the mark).
    pub mark: Option<Mark>,
    /// How many events it holds.
    pub events: usize,
    /// Why it was not read, if it was not.
    pub problem: Option<Problem>,
}

/// What the folder holds, as this browser reads it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    /// Every file found, by name.
    pub files: Vec<Found>,
    /// The events of every file that could be read (this browser's own
    /// file included: another browser claiming this one's id may have
    /// written it).
    pub events: Vec<Event>,
    /// This browser's own file could not be read: it must not be written
    /// over (the admin decides).
    pub own_unreadable: Option<Problem>,
    /// Files that claim one device between them (a copy a sync client
    /// made, a copied browser profile): each pair's names.
    pub same_device: Vec<(String, String)>,
}

/// Read the `files` found in the folder (name and text) as the browser
/// `device` sees them. Nothing here is written; a file that cannot be
/// read adds nothing and is named with its problem.
pub fn read_folder(files: Vec<(String, String)>, device: &str) -> Reading {
    let own = file_name(device);
    let mut reading = Reading::default();
    let mut files = files;
    files.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, text) in files {
        let found = match read_file(&text) {
            Ok((mark, events)) => {
                let n = events.len();
                reading.events.extend(events);
                Found {
                    name,
                    mark,
                    events: n,
                    problem: None,
                }
            }
            Err(problem) => Found {
                name,
                mark: None,
                events: 0,
                problem: Some(problem),
            },
        };
        if found.name == own {
            reading.own_unreadable.clone_from(&found.problem);
        }
        reading.files.push(found);
    }
    reading.same_device = same_device(&reading.files);
    reading
}

/// Pairs of files that claim one device: two browsers with one id (a
/// copied profile), or a copy a sync client made of a file.
fn same_device(files: &[Found]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for (i, a) in files.iter().enumerate() {
        let Some(ma) = &a.mark else { continue };
        for b in &files[i + 1..] {
            if b.mark.as_ref().is_some_and(|mb| mb.device == ma.device) {
                pairs.push((a.name.clone(), b.name.clone()));
            }
        }
    }
    pairs.sort();
    pairs.dedup();
    pairs
}

/// One file's mark and events.
fn read_file(text: &str) -> Result<(Option<Mark>, Vec<Event>), Problem> {
    match backup::parse(text) {
        Ok(b) => Ok((b.written_by, b.events)),
        Err(BackupError::NotABackup) => Err(Problem::NotOurs),
        Err(BackupError::Parse(ParseError::NewerSchema(s))) => Err(Problem::Newer(s)),
        Err(BackupError::Parse(ParseError::NotJson { .. })) => {
            // Ours if it begins as ours; cut short if it merely stops.
            let head: String = text.chars().take(200).collect();
            if !head.contains(backup::BACKUP_FORMAT) {
                Err(Problem::NotOurs)
            } else if serde_json::from_str::<serde::de::IgnoredAny>(text).is_err_and(|e| e.is_eof())
            {
                Err(Problem::CutShort)
            } else {
                Err(Problem::Damaged)
            }
        }
        Err(_) => Err(Problem::Damaged),
    }
}

/// What the folder's events add to `mine`: how many events are new and
/// whose they are (the admins' names, or their devices where no name was
/// given), in order.
pub fn news(mine: &[Event], theirs: &[Event]) -> (usize, Vec<String>) {
    let (all, _) = ledger::union(mine, theirs);
    let known: BTreeSet<&str> = mine.iter().map(|e| e.id.as_str()).collect();
    let new: Vec<&Event> = all
        .iter()
        .filter(|e| !known.contains(e.id.as_str()))
        .collect();
    let mut who: Vec<String> = new
        .iter()
        .map(|e| {
            if e.admin.is_empty() {
                e.device.chars().take(8).collect()
            } else {
                e.admin.clone()
            }
        })
        .collect();
    who.sort();
    who.dedup();
    (new.len(), who)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{Facts, as_it_stood};
    use crate::model::iso::parse;

    fn day(s: &str) -> NaiveDate {
        parse(s).unwrap()
    }

    fn mark(device: &str, admin: &str) -> Mark {
        Mark {
            device: device.into(),
            admin: admin.into(),
            written: "2026-12-06T10:00:00.000Z".into(),
        }
    }

    /// A browser's file: its data as it stood, as one event by `admin`.
    fn file_of(device: &str, admin: &str, data: &Dataset) -> (String, Vec<Event>) {
        let mut e = as_it_stood(data, day("2026-12-01"), "2026-12-01T09:00:00.000Z", "");
        e.device = device.into();
        e.admin = admin.into();
        e.id = format!("{device}-1");
        let events = vec![e];
        (
            write(data, events.clone(), mark(device, admin), day("2026-12-06")),
            events,
        )
    }

    fn sample() -> Dataset {
        crate::model::sample::sample(day("2026-12-01"))
    }

    #[test]
    fn each_browser_has_a_file_of_its_own_named_after_it() {
        assert_eq!(file_name("ab12-CD34"), "benefits-desk-ab12CD34.json");
        assert_ne!(file_name("one"), file_name("two"));
        // However odd the id, the name is a plain file name.
        assert_eq!(file_name("../x/y"), "benefits-desk-xy.json");
    }

    #[test]
    fn a_browsers_file_holds_its_events_and_mark_but_never_a_key_text() {
        let data = sample();
        assert!(data.keys.iter().any(|k| !k.key.is_empty()));
        let (text, events) = file_of("dev-a", "Kim", &data);
        for k in &data.keys {
            if !k.key.is_empty() {
                assert!(!text.contains(&k.key), "a key text went into the folder");
            }
        }
        let r = read_folder(vec![(file_name("dev-b"), text)], "dev-b-other");
        assert_eq!(r.events, events);
        assert_eq!(r.files[0].mark.as_ref().unwrap().admin, "Kim");
        // A folder file is a backup too: "Open data file…" reads it.
        assert!(backup::parse(&file_of("dev-a", "Kim", &data).0).is_ok());
    }

    #[test]
    fn files_that_cannot_be_read_add_nothing_and_say_why() {
        let (good, events) = file_of("dev-a", "Kim", &sample());
        let cut = good[..good.len() / 2].to_owned();
        let mut newer: serde_json::Value = serde_json::from_str(&good).unwrap();
        newer["schema"] = 99.into();
        let newer = newer.to_string();
        let damaged = good.replacen("\"data\"", "\"data\" oops", 1);
        let r = read_folder(
            vec![
                ("benefits-desk-a.json".into(), good),
                ("benefits-desk-cut.json".into(), cut),
                ("benefits-desk-new.json".into(), newer),
                ("benefits-desk-bad.json".into(), damaged),
                ("notes.txt".into(), "shopping list".into()),
                ("other.json".into(), "{\"name\": \"not ours\"}".into()),
            ],
            "dev-me",
        );
        assert_eq!(r.events, events, "only the good file's events");
        let problem = |n: &str| {
            r.files
                .iter()
                .find(|f| f.name == n)
                .unwrap()
                .problem
                .clone()
        };
        assert_eq!(problem("benefits-desk-a.json"), None);
        assert_eq!(problem("benefits-desk-cut.json"), Some(Problem::CutShort));
        assert_eq!(problem("benefits-desk-new.json"), Some(Problem::Newer(99)));
        assert_eq!(problem("benefits-desk-bad.json"), Some(Problem::Damaged));
        assert_eq!(problem("notes.txt"), Some(Problem::NotOurs));
        assert_eq!(problem("other.json"), Some(Problem::NotOurs));
        assert_eq!(r.own_unreadable, None, "this browser has no file yet");
    }

    #[test]
    fn this_browsers_own_file_unreadable_is_said_so_it_is_not_written_over() {
        let (good, _) = file_of("dev-me", "Kim", &sample());
        let cut = good[..good.len() - 10].to_owned();
        let r = read_folder(vec![(file_name("dev-me"), cut)], "dev-me");
        assert_eq!(r.own_unreadable, Some(Problem::CutShort));
    }

    #[test]
    fn files_that_claim_one_device_are_named_and_both_read() {
        let data = sample();
        let (mine, _) = file_of("dev-me", "Kim", &data);
        // A sync client's copy of this browser's file, and one of Lee's.
        let (lee, lee_events) = file_of("dev-lee", "Lee", &data);
        let r = read_folder(
            vec![
                (file_name("dev-me"), mine.clone()),
                ("benefits-desk-devme-PC2.json".into(), mine),
                (file_name("dev-lee"), lee.clone()),
                ("benefits-desk-devlee (1).json".into(), lee),
            ],
            "dev-me",
        );
        assert_eq!(
            r.same_device,
            vec![
                ("benefits-desk-devlee (1).json".into(), file_name("dev-lee")),
                ("benefits-desk-devme-PC2.json".into(), file_name("dev-me")),
            ]
        );
        // Every copy is read; the union takes each event once.
        let (all, _) = ledger::union(&[], &r.events);
        assert_eq!(all.len(), 2);
        assert!(all.contains(&lee_events[0]));
    }

    #[test]
    fn news_counts_the_events_this_browser_lacks_and_names_their_admins() {
        let data = sample();
        let (_, a) = file_of("dev-a", "Kim", &data);
        let (_, b) = file_of("dev-b", "", &data);
        let mut void = a[0].clone();
        void.id = "dev-a-2".into();
        void.facts = Facts::Void {
            event: "dev-a-1".into(),
        };
        let theirs: Vec<Event> = a.iter().chain(&b).chain([&void]).cloned().collect();
        assert_eq!(news(&a, &theirs), (2, vec!["Kim".into(), "dev-b".into()]));
        assert_eq!(
            news(&theirs, &a),
            (0, vec![]),
            "nothing new: nothing to merge"
        );
    }
}
