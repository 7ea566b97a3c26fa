//! Words for the app's values: the text helpers every page shares, so no page
//! imports another page for its words. Each takes the language and a value of
//! the model, rules or store, and gives the sentence a person reads.

use super::{Lang, Msg, fill, fill_position};
use crate::store::{BackupError, LoadError, ParseError};

/// The words for a parse failure shared by stored data and backup files; `msgs`
/// are the (not JSON, newer, invalid) messages of the place it happened.
fn parse_error_text(lang: Lang, e: &ParseError, msgs: [Msg; 3]) -> String {
    match e {
        ParseError::NotJson { line, column } => fill_position(lang, msgs[0], line, column),
        ParseError::NewerSchema(_) => lang.t(msgs[1]).to_owned(),
        ParseError::Invalid(errors) => {
            fill(lang.t(msgs[2]), &[("count", &errors.len().to_string())])
        }
    }
}

/// Why the stored data could not be read, for the recovery panel.
pub fn load_error_text(lang: Lang, e: &LoadError) -> String {
    match e {
        LoadError::Parse(p) => parse_error_text(
            lang,
            p,
            [
                Msg::RecoveryNotJson,
                Msg::RecoveryNewer,
                Msg::RecoveryInvalid,
            ],
        ),
        LoadError::WrongShape { .. } => lang.t(Msg::RecoveryWrongShape).to_owned(),
    }
}

/// Why a backup file cannot be imported.
pub fn backup_error_text(lang: Lang, e: &BackupError) -> String {
    match e {
        BackupError::Parse(p) => parse_error_text(
            lang,
            p,
            [Msg::ImportNotJson, Msg::ImportNewer, Msg::ImportInvalid],
        ),
        BackupError::WrongField { line, column, .. } => {
            fill_position(lang, Msg::ImportWrongField, line, column)
        }
        BackupError::NotABackup => lang.t(Msg::ImportNotBackup).to_owned(),
    }
}
