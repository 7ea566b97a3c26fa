//! Backup: everything as one JSON file the user keeps, and its import with a
//! preview, merge or replace. A file that is not a valid backup is refused with
//! the line and column at fault, and nothing changes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use super::error::{BackupError, ParseError};
use super::folder::Mark;
use crate::ledger::Event;
use crate::model::validate::{validate, validate_rules};
use crate::model::vault::{has_text, sealed_texts};
use crate::model::{Dataset, SCHEMA_VERSION};

/// The `format` field every backup carries, so another JSON file is recognised.
pub const BACKUP_FORMAT: &str = "benefits-desk-backup";

/// A backup file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    /// Always [`BACKUP_FORMAT`].
    pub format: String,
    /// The data's schema version.
    pub schema: u32,
    /// The day it was exported.
    pub exported_on: NaiveDate,
    /// Whether product key texts are in the file (the user ticks a box for that).
    pub includes_keys: bool,
    /// The data.
    pub data: Dataset,
    /// Its ledger's events (schema 9; without key texts): merging the backup
    /// takes their union with this browser's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    /// The browser that wrote it, for a data folder's file (`store::folder`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_by: Option<Mark>,
}

/// The backup of `data` as pretty JSON; product key texts only if `include_keys`.
pub fn export(data: &Dataset, include_keys: bool, today: NaiveDate) -> String {
    export_with(data, include_keys, today, Vec::new())
}

/// As [`export`], with the ledger's `events` (which never hold key texts).
pub fn export_with(
    data: &Dataset,
    include_keys: bool,
    today: NaiveDate,
    events: Vec<Event>,
) -> String {
    backup_text(data, include_keys, today, events, None)
}

/// A data folder's file: as [`export_with`] without key texts, marked
/// with the browser that wrote it.
pub fn export_marked(
    data: &Dataset,
    today: NaiveDate,
    events: Vec<Event>,
    mark: Option<Mark>,
) -> String {
    backup_text(data, false, today, events, mark)
}

fn backup_text(
    data: &Dataset,
    include_keys: bool,
    today: NaiveDate,
    events: Vec<Event>,
    written_by: Option<Mark>,
) -> String {
    let mut data = data.clone();
    if !include_keys {
        for k in &mut data.keys {
            k.key.clear();
            k.sealed = None;
        }
        // No key text left to open: the vault's record goes too.
        data.vault = None;
    }
    let backup = Backup {
        format: BACKUP_FORMAT.into(),
        schema: SCHEMA_VERSION,
        exported_on: today,
        includes_keys: include_keys,
        data,
        events,
        written_by,
    };
    serde_json::to_string_pretty(&backup).expect("a backup always serializes")
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    schema: Option<u32>,
}

/// Read a backup file.
///
/// # Errors
/// Any [`BackupError`]; the caller changes nothing then.
pub fn parse(text: &str) -> Result<Backup, BackupError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header: Header = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => BackupError::NotABackup,
        _ => ParseError::not_json(&e).into(),
    })?;
    if header.format.as_deref() != Some(BACKUP_FORMAT) {
        return Err(BackupError::NotABackup);
    }
    match header.schema {
        Some(s) if s > SCHEMA_VERSION => return Err(ParseError::NewerSchema(s).into()),
        None => return Err(BackupError::NotABackup),
        Some(_) => {}
    }
    let backup: Backup = crate::ledger::quickly(|| serde_json::from_str(text)).map_err(|e| {
        BackupError::WrongField {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        }
    })?;
    validate(&backup.data).map_err(ParseError::Invalid)?;
    // What every flow refuses is refused here too (R10, two holders at once).
    validate_rules(&backup.data).map_err(ParseError::Invalid)?;
    Ok(backup)
}

/// How many records of one kind an import adds, changes or leaves as they are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Records with new ids.
    pub added: usize,
    /// Records whose id exists with other contents.
    pub changed: usize,
    /// Records identical to the current ones.
    pub same: usize,
    /// Current records the backup does not have (kept by merge, dropped by replace).
    pub only_current: usize,
}

/// What an import would do, per kind of record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// Product keys.
    pub keys: Counts,
    /// Subscriptions.
    pub subscriptions: Counts,
    /// Users.
    pub users: Counts,
    /// Visual Studio seats.
    pub seats: Counts,
    /// Azure credits.
    pub credits: Counts,
}

fn count<T: PartialEq>(current: &[T], incoming: &[T], id: impl Fn(&T) -> u64) -> Counts {
    let mut c = Counts::default();
    for rec in incoming {
        match current.iter().find(|x| id(x) == id(rec)) {
            None => c.added += 1,
            Some(x) if x == rec => c.same += 1,
            Some(_) => c.changed += 1,
        }
    }
    c.only_current = current
        .iter()
        .filter(|x| !incoming.iter().any(|r| id(r) == id(x)))
        .count();
    c
}

/// Compare a backup with the current data.
pub fn preview(current: &Dataset, incoming: &Dataset) -> Preview {
    Preview {
        keys: count(&current.keys, &incoming.keys, |k| k.id),
        subscriptions: count(&current.subscriptions, &incoming.subscriptions, |s| s.id),
        users: count(&current.users, &incoming.users, |u| u.id),
        seats: count(&current.vs_seats, &incoming.vs_seats, |s| s.id),
        credits: count(&current.credits, &incoming.credits, |c| c.id),
    }
}

fn merge_by_id<T: Clone>(current: &mut Vec<T>, incoming: &[T], id: impl Fn(&T) -> u64) {
    for rec in incoming {
        match current.iter_mut().find(|x| id(x) == id(rec)) {
            Some(x) => *x = rec.clone(),
            None => current.push(rec.clone()),
        }
    }
}

/// What importing a backup's key texts needs, with the vault on either side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyTexts {
    /// Its texts fit as they are: none are sealed, or they are sealed in this
    /// browser's vault, or this browser has no key text of its own and takes
    /// the backup's vault with them.
    AsTheyAre,
    /// Readable texts going into this browser's vault: sealed with the
    /// unlocked vault's key first.
    SealHere,
    /// Texts sealed in another vault: opened with the backup's passphrase first
    /// (then sealed here if this browser's vault is on).
    BackupPassphrase,
}

/// What a merge of `incoming` into `current` needs for its key texts (a
/// replacement takes the backup's vault with everything else, and needs nothing).
pub fn key_texts(current: &Dataset, incoming: &Dataset) -> KeyTexts {
    let sealed = !sealed_texts(incoming).is_empty();
    let readable = incoming.keys.iter().any(|k| !k.key.is_empty());
    match (&current.vault, &incoming.vault) {
        (Some(c), Some(i)) if sealed && !c.same_as(i) => KeyTexts::BackupPassphrase,
        (Some(_), _) if readable => KeyTexts::SealHere,
        (None, Some(_)) if sealed && current.keys.iter().any(has_text) => {
            KeyTexts::BackupPassphrase
        }
        _ => KeyTexts::AsTheyAre,
    }
}

/// Merge a backup into the current data: records with the same id are replaced
/// by the backup's, new ones added, others kept. A backup without key texts keeps
/// the key texts already stored. Its key texts must fit the current vault
/// ([`key_texts`] says what that needs); a browser without a vault or key texts
/// of its own takes the backup's vault. The readings chosen in this browser
/// stay (replacing from a backup brings the backup's).
pub fn merge(current: &Dataset, incoming: &Dataset) -> Dataset {
    let mut out = current.clone();
    let mut keys = incoming.keys.clone();
    for k in keys.iter_mut().filter(|k| !has_text(k)) {
        if let Some(old) = current.keys.iter().find(|c| c.id == k.id) {
            k.key = old.key.clone();
            k.sealed = old.sealed.clone();
        }
    }
    if current.vault.is_none() && !current.keys.iter().any(has_text) {
        out.vault = incoming.vault.clone();
    }
    // Never a readable text beside a vault (the sample's made-up keys come in
    // without theirs), nor a sealed one without it: a backup's texts are made to
    // fit first (`key_texts`).
    for k in &mut keys {
        if out.vault.is_some() {
            k.key.clear();
        } else {
            k.sealed = None;
        }
    }
    merge_by_id(&mut out.keys, &keys, |k| k.id);
    merge_by_id(&mut out.benefits, &incoming.benefits, |b| b.id);
    merge_by_id(&mut out.subscriptions, &incoming.subscriptions, |s| s.id);
    merge_by_id(&mut out.users, &incoming.users, |u| u.id);
    merge_by_id(&mut out.vs_seats, &incoming.vs_seats, |s| s.id);
    merge_by_id(&mut out.credits, &incoming.credits, |c| c.id);
    if incoming.membership.is_some() {
        out.membership = incoming.membership.clone();
    }
    if incoming.support.is_some() {
        out.support = incoming.support.clone();
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_backup_with_what_every_flow_refuses_is_refused_naming_the_records() {
        use crate::model::validate::{Field, FieldError, Record};
        use crate::model::{TenantOwner, VsAssignment, VsLevel, VsPastAssignment, VsSeat};
        let mut data = crate::model::sample::sample(crate::testing::d(2026, 11, 26));
        let key = data
            .keys
            .iter_mut()
            .find(|k| k.redemption.is_some())
            .unwrap();
        key.redemption.as_mut().unwrap().owner = TenantOwner::Customer;
        let key_id = key.id;
        let user = data.users[0].id;
        data.vs_seats.push(VsSeat {
            id: 999,
            level: VsLevel::Enterprise,
            assignment: Some(VsAssignment {
                user,
                assigned_on: crate::testing::d(2026, 3, 1),
                activated_on: None,
            }),
            history: vec![VsPastAssignment {
                user,
                from: crate::testing::d(2026, 1, 1),
                to: crate::testing::d(2026, 6, 1),
            }],
            portal: String::new(),
        });
        let text = export(&data, true, crate::testing::d(2026, 11, 26));
        let Err(BackupError::Parse(ParseError::Invalid(errors))) = parse(&text) else {
            panic!("refused as invalid");
        };
        let has = |r, f, e| {
            errors
                .iter()
                .any(|x| x.record == r && x.field == f && x.error == e)
        };
        assert!(has(
            Record::Key(key_id),
            Field::Tenant,
            FieldError::CustomerTenant
        ));
        assert!(has(Record::Seat(999), Field::GivenOn, FieldError::Overlap));
    }

    use super::*;
    use crate::model::generate::{Scale, generate};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn sample() -> Dataset {
        generate(
            Scale {
                keys: 30,
                users: 20,
                seats: 10,
                subscriptions: 5,
                credits: 0,
            },
            today(),
        )
    }

    #[test]
    fn the_readings_go_into_a_backup_and_a_merge_keeps_this_browsers() {
        use crate::rules::RuleId;
        use crate::rules::readings::Question;
        let mut data = sample();
        data.readings.set(Question::WindowOpens, RuleId::R23);
        let back = parse(&export(&data, false, today())).unwrap();
        assert_eq!(back.data.readings, data.readings);
        // Merging someone's backup adds records; the readings chosen here stay.
        let current = sample();
        assert_eq!(merge(&current, &back.data).readings, current.readings);
    }

    #[test]
    fn export_then_import_with_keys_gives_identical_data() {
        let data = sample();
        let back = parse(&export(&data, true, today())).unwrap();
        assert_eq!(back.data, data);
        assert!(back.includes_keys);
        assert_eq!(back.exported_on, today());
    }

    #[test]
    fn benefits_without_keys_go_into_a_backup_and_merge_by_id() {
        let mut data = sample();
        let id = crate::ledger::change::add_benefit(&mut data, "Microsoft 365 E5".into(), 25);
        let back = parse(&export(&data, false, today())).unwrap();
        assert_eq!(back.data.benefits, data.benefits);
        let mut current = sample();
        crate::ledger::change::add_benefit(&mut current, "Old".into(), 1);
        current.benefits[0].id = id + 1;
        let merged = merge(&current, &back.data);
        assert_eq!(merged.benefits.len(), 2);
        assert!(
            merged
                .benefits
                .iter()
                .any(|b| b.product == "Microsoft 365 E5")
        );
    }

    #[test]
    fn keys_are_left_out_unless_asked_and_merge_keeps_the_stored_ones() {
        let data = sample();
        let text = export(&data, false, today());
        assert!(!text.contains("-AAAAA-BBBBB-CCCCC-DDDDD"));
        let back = parse(&text).unwrap();
        assert_eq!(merge(&data, &back.data), data);
    }

    #[test]
    fn merge_brings_every_kind_of_record_including_azure_credits() {
        let today = today();
        let merged = merge(&Dataset::default(), &crate::model::sample::sample(today));
        assert_eq!(merged, crate::model::sample::sample(today));
        assert!(!merged.credits.is_empty());
    }

    #[test]
    fn a_truncated_file_is_refused_with_its_line_and_column() {
        let text = export(&sample(), true, today());
        let cut = &text[..text.len() / 2];
        assert!(matches!(
            parse(cut),
            Err(BackupError::Parse(ParseError::NotJson { .. }))
        ));
    }

    #[test]
    fn a_wrong_field_is_named_with_its_line() {
        let text = export(&sample(), true, today()).replacen(
            "\"licenses\": ",
            "\"licenses\": \"many\", \"x\": ",
            1,
        );
        let Err(BackupError::WrongField { line, detail, .. }) = parse(&text) else {
            panic!()
        };
        assert!(line > 1);
        assert!(detail.contains("invalid type"), "{detail}");
    }

    #[test]
    fn other_json_and_newer_backups_are_refused() {
        assert_eq!(
            parse(r#"{"name":"something else"}"#),
            Err(BackupError::NotABackup)
        );
        assert_eq!(parse("[1,2,3]"), Err(BackupError::NotABackup));
        let newer = export(&Dataset::default(), true, today()).replace(
            &format!("\"schema\": {SCHEMA_VERSION}"),
            &format!("\"schema\": {}", SCHEMA_VERSION + 1),
        );
        assert_eq!(
            parse(&newer),
            Err(BackupError::Parse(ParseError::NewerSchema(
                SCHEMA_VERSION + 1
            )))
        );
    }

    #[test]
    fn a_bom_from_a_windows_editor_is_accepted() {
        let text = format!("\u{feff}{}", export(&sample(), true, today()));
        assert!(parse(&text).is_ok());
    }

    #[test]
    fn preview_counts_what_merge_does() {
        let current = sample();
        let mut incoming = current.clone();
        incoming.users[0].name = "김민지".into();
        incoming.users.truncate(10);
        incoming.keys.push(crate::model::ProductKey {
            id: 999,
            ..current.keys[0].clone()
        });
        incoming.keys.last_mut().unwrap().key = "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ".into();
        let p = preview(&current, &incoming);
        assert_eq!(
            p.users,
            Counts {
                added: 0,
                changed: 1,
                same: 9,
                only_current: 10
            }
        );
        assert_eq!(p.keys.added, 1);
        let merged = merge(&current, &incoming);
        assert_eq!(merged.users.len(), 20);
        assert_eq!(merged.users[0].name, "김민지");
        assert_eq!(merged.keys.len(), 31);
    }

    fn locked(data: &Dataset, salt: u8) -> Dataset {
        use crate::model::vault::{KeyText, Sealed, SealedKey, Vault, set_texts};
        let seal = |n: u8| Sealed {
            iv: vec![n; 12],
            data: vec![n; 45],
        };
        let mut d = data.clone();
        let texts: Vec<_> = d
            .keys
            .iter()
            .filter(|k| !k.key.is_empty())
            .map(|k| {
                let s = SealedKey {
                    last: crate::model::vault::last_group(&k.key),
                    text: seal(salt).to_text(),
                };
                (k.id, KeyText::Sealed(s))
            })
            .collect();
        set_texts(&mut d, Some(Vault::new(&[salt; 16], &seal(0))), &texts);
        d
    }

    #[test]
    fn a_locked_backup_keeps_its_texts_sealed_or_leaves_them_out() {
        let data = locked(&sample(), 1);
        let text = export(&data, true, today());
        for k in &sample().keys {
            assert!(
                !text.contains(&k.key[..11]),
                "a readable key text in the backup"
            );
        }
        assert_eq!(parse(&text).unwrap().data, data);
        let without = parse(&export(&data, false, today())).unwrap().data;
        assert!(without.vault.is_none());
        assert!(without.keys.iter().all(|k| !has_text(k)));
        // Merged back, a backup without texts keeps the sealed ones.
        assert_eq!(merge(&data, &without).keys, data.keys);
    }

    #[test]
    fn the_backup_passphrase_is_asked_only_when_its_texts_need_opening() {
        let plain = sample();
        let mine = locked(&plain, 1);
        let theirs = locked(&plain, 2);
        let mut no_texts = plain.clone();
        for k in &mut no_texts.keys {
            k.key.clear();
        }
        assert_eq!(key_texts(&mine, &mine.clone()), KeyTexts::AsTheyAre);
        assert_eq!(key_texts(&mine, &theirs), KeyTexts::BackupPassphrase);
        assert_eq!(key_texts(&mine, &plain), KeyTexts::SealHere);
        assert_eq!(key_texts(&plain, &theirs), KeyTexts::BackupPassphrase);
        assert_eq!(key_texts(&plain, &plain.clone()), KeyTexts::AsTheyAre);
        // A browser with no key text of its own takes the backup's vault.
        assert_eq!(key_texts(&no_texts, &theirs), KeyTexts::AsTheyAre);
        assert_eq!(merge(&no_texts, &theirs).vault, theirs.vault);
    }
}
