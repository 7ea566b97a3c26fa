//! The errors of the store, with the variants that a stored document and a
//! backup file share kept in one place ([`ParseError`]). Each implements
//! `Display` (a static English description for logs and tests; the UI shows its
//! own words in either language) and `std::error::Error`.

use std::fmt;

use crate::model::validate::ValidationError;

/// Why storage could not be read or written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is blocked or missing (some private modes, disabled by policy).
    Unavailable,
    /// The browser's quota for this origin is full.
    QuotaExceeded,
    /// Stored data could not be read, and nothing may overwrite it until the user
    /// decides (download it, start fresh, or import a backup).
    Blocked,
    /// The code that writes data has not arrived yet: the change is kept in
    /// memory and saved when it does (`DocumentStore::set_writer`).
    NotReady,
    /// A change kept for saving was dropped: another tab stored data first,
    /// which is shown now, never overwritten.
    Superseded,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StoreError::Unavailable => "storage unavailable",
            StoreError::QuotaExceeded => "storage quota exceeded",
            StoreError::Blocked => "stored data unreadable; saving is paused",
            StoreError::NotReady => "saved once the code to write data has loaded",
            StoreError::Superseded => {
                "another tab stored data first; the unsaved change was dropped"
            }
        })
    }
}

impl std::error::Error for StoreError {}

/// Why a JSON text of this app — the stored document or a backup file — cannot
/// be used, where both can fail the same way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Not JSON at all (cut short, edited by hand, another program's file).
    NotJson {
        /// 1-based line of the first problem.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Written by a newer version of the app; this one must not touch it.
    NewerSchema(u32),
    /// Readable, but the data breaks the rules of the model.
    Invalid(Vec<ValidationError>),
}

impl ParseError {
    /// The place serde_json stopped at.
    pub fn not_json(e: &serde_json::Error) -> Self {
        ParseError::NotJson {
            line: e.line(),
            column: e.column(),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::NotJson { line, column } => {
                write!(f, "not JSON: line {line}, column {column}")
            }
            ParseError::NewerSchema(v) => write!(f, "written by a newer schema ({v})"),
            ParseError::Invalid(errors) => write!(f, "{} validation problems", errors.len()),
        }
    }
}

impl std::error::Error for ParseError {}

/// Why a stored document could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, newer, or invalid: as a backup can be.
    Parse(ParseError),
    /// JSON, but not a document of any known schema.
    WrongShape {
        /// serde's description, with the place it failed.
        detail: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Parse(e) => e.fmt(f),
            LoadError::WrongShape { detail } => write!(f, "not a stored document: {detail}"),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Parse(e) => Some(e),
            LoadError::WrongShape { .. } => None,
        }
    }
}

impl From<ParseError> for LoadError {
    fn from(e: ParseError) -> Self {
        LoadError::Parse(e)
    }
}

/// Why a file cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Not JSON, newer, or invalid: as a stored document can be.
    Parse(ParseError),
    /// JSON, but not a backup of this app.
    NotABackup,
    /// A backup with a field of the wrong type or missing.
    WrongField {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// serde's description of the field and what was expected.
        detail: String,
    },
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::Parse(e) => e.fmt(f),
            BackupError::NotABackup => f.write_str("not a backup of this app"),
            BackupError::WrongField {
                line,
                column,
                detail,
            } => write!(f, "wrong field at line {line}, column {column}: {detail}"),
        }
    }
}

impl std::error::Error for BackupError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BackupError::Parse(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ParseError> for BackupError {
    fn from(e: ParseError) -> Self {
        BackupError::Parse(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_describe_themselves_and_chain_to_the_shared_cause() {
        use std::error::Error;
        let e = BackupError::Parse(ParseError::NotJson { line: 3, column: 9 });
        assert_eq!(e.to_string(), "not JSON: line 3, column 9");
        assert_eq!(
            e.source().unwrap().to_string(),
            "not JSON: line 3, column 9"
        );
        let l = LoadError::from(ParseError::NewerSchema(7));
        assert_eq!(l.to_string(), "written by a newer schema (7)");
        assert_eq!(
            StoreError::QuotaExceeded.to_string(),
            "storage quota exceeded"
        );
    }
}
