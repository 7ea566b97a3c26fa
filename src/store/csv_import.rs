//! CSV import of users, as exported from Partner Center user management or from
//! Azure AD / Entra user lists: the header is recognised, comma or semicolon,
//! UTF-8 with or without a byte-order mark. Rows with problems are reported by
//! line; good rows are offered for import. Parsing is the `csv` crate's.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::model::UserSource;
use crate::model::validate::{FieldError, check_email};

/// A user read from a row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CsvUser {
    /// Display name (the email's local part when the file has no name).
    pub name: String,
    /// Email or user principal name, as written.
    pub email: String,
}

/// What is wrong with one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowError {
    /// The email or user principal name is missing or malformed.
    Email(FieldError),
    /// An earlier row of the file has the same email.
    DuplicateInFile,
    /// A stored user already has this email.
    AlreadyExists,
    /// The row has fewer columns than the header needs.
    ShortRow,
}

/// One row that will not be imported, with its 1-based line in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    /// Line in the file.
    pub line: u64,
    /// Why.
    pub error: RowError,
}

/// The result of reading a file: users to add, and rows left out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CsvImport {
    /// Users ready to add.
    pub users: Vec<CsvUser>,
    /// Rows that were left out, and why.
    pub problems: Vec<RowProblem>,
    /// Where the file comes from, told by its email column: Entra / Azure AD
    /// exports name it "user principal name", Partner Center "email".
    pub source: UserSource,
}

/// Why a whole file cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CsvError {
    /// The file is empty.
    Empty,
    /// No column holds an email or user principal name.
    NoEmailColumn,
    /// Not UTF-8 text; save it as "CSV UTF-8".
    NotUtf8 {
        /// 1-based line of the first bad byte.
        line: u64,
    },
    /// Not CSV (an unclosed quote, for example).
    Malformed {
        /// 1-based line.
        line: u64,
    },
}

const EMAIL_HEADERS: &[&str] = &[
    "user principal name",
    "userprincipalname",
    "upn",
    "email",
    "email address",
    "e-mail",
    "mail",
    "sign-in name",
    "이메일",
    "이메일 주소",
    "사용자 계정 이름",
    "사용자 주체 이름",
];
const NAME_HEADERS: &[&str] = &[
    "display name",
    "displayname",
    "name",
    "full name",
    "표시 이름",
    "이름",
];
const FIRST_HEADERS: &[&str] = &["first name", "given name", "givenname", "이름(名)"];
const LAST_HEADERS: &[&str] = &["last name", "surname", "family name", "성"];

fn find(headers: &[String], names: &[&str]) -> Option<usize> {
    names
        .iter()
        .find_map(|n| headers.iter().position(|h| h == n))
}

/// Read users from a CSV file's bytes, checking emails against the `existing`
/// users' emails.
///
/// # Errors
/// [`CsvError`] when the file as a whole cannot be read; row problems are in
/// [`CsvImport::problems`] instead.
pub fn parse_users(bytes: &[u8], existing: &[String]) -> Result<CsvImport, CsvError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(CsvError::Empty);
    }
    let count = |c| first_line.iter().filter(|&&b| b == c).count();
    let delimiter = if count(b';') > count(b',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| to_error(&e))?
        .iter()
        .map(|h| h.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    let email_col = find(&headers, EMAIL_HEADERS).ok_or(CsvError::NoEmailColumn)?;
    let upn = [
        "userprincipalname",
        "user principal name",
        "사용자 계정 이름",
        "사용자 주체 이름",
    ];
    let source = if upn.contains(&headers[email_col].as_str()) {
        UserSource::AzureAd
    } else {
        UserSource::PartnerCenter
    };
    let name_col = find(&headers, NAME_HEADERS);
    let first_last = find(&headers, FIRST_HEADERS).zip(find(&headers, LAST_HEADERS));

    let known: HashSet<String> = existing
        .iter()
        .map(|e| e.trim().to_ascii_lowercase())
        .collect();
    let mut seen = HashSet::new();
    let mut out = CsvImport {
        source,
        ..CsvImport::default()
    };
    for record in reader.records() {
        let record = record.map_err(|e| to_error(&e))?;
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let Some(email) = record.get(email_col).map(str::trim) else {
            out.problems.push(RowProblem {
                line,
                error: RowError::ShortRow,
            });
            continue;
        };
        if let Err(e) = check_email(email) {
            out.problems.push(RowProblem {
                line,
                error: RowError::Email(e),
            });
            continue;
        }
        let key = email.to_ascii_lowercase();
        if known.contains(&key) {
            out.problems.push(RowProblem {
                line,
                error: RowError::AlreadyExists,
            });
            continue;
        }
        if !seen.insert(key) {
            out.problems.push(RowProblem {
                line,
                error: RowError::DuplicateInFile,
            });
            continue;
        }
        let field = |i: usize| record.get(i).map(str::trim).unwrap_or_default();
        let mut name = name_col.map(field).unwrap_or_default().to_owned();
        if name.is_empty()
            && let Some((f, l)) = first_last
        {
            name = format!("{} {}", field(f), field(l)).trim().to_owned();
        }
        if name.is_empty() {
            name = email.split('@').next().unwrap_or(email).to_owned();
        }
        out.users.push(CsvUser {
            name,
            email: email.to_owned(),
        });
    }
    Ok(out)
}

fn to_error(e: &csv::Error) -> CsvError {
    let line = e.position().map_or(1, |p| p.line());
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => CsvError::NotUtf8 { line },
        _ => CsvError::Malformed { line },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entra_export_with_bom_and_korean_names() {
        let file = "\u{feff}displayName,userPrincipalName,jobTitle\n김민지,minji.kim@contoso.co.kr,Engineer\n\"Park, Alex\",alex.park@contoso.co.kr,\n";
        let got = parse_users(file.as_bytes(), &[]).unwrap();
        assert_eq!(
            got.users,
            vec![
                CsvUser {
                    name: "김민지".into(),
                    email: "minji.kim@contoso.co.kr".into()
                },
                CsvUser {
                    name: "Park, Alex".into(),
                    email: "alex.park@contoso.co.kr".into()
                },
            ]
        );
        assert!(got.problems.is_empty());
        assert_eq!(got.source, UserSource::AzureAd);
    }

    #[test]
    fn partner_center_export_with_semicolons_and_split_names() {
        let file = "First name;Last name;Email address;Roles\nMinji;Kim;minji@contoso.com;Admin\n";
        let got = parse_users(file.as_bytes(), &[]).unwrap();
        assert_eq!(
            got.users,
            vec![CsvUser {
                name: "Minji Kim".into(),
                email: "minji@contoso.com".into()
            }]
        );
        assert_eq!(got.source, UserSource::PartnerCenter);
    }

    #[test]
    fn bad_rows_are_reported_by_line_and_good_rows_kept() {
        let existing = ["OLD@contoso.com".to_owned()];
        let file = "Name,Email\nA,a@contoso.com\nB,not-an-email\nC,a@contoso.com\nD,old@contoso.com\nE\n\nF,f@contoso.com\n";
        let got = parse_users(file.as_bytes(), &existing).unwrap();
        assert_eq!(
            got.users
                .iter()
                .map(|u| u.name.as_str())
                .collect::<Vec<_>>(),
            ["A", "F"]
        );
        assert_eq!(
            got.problems,
            vec![
                RowProblem {
                    line: 3,
                    error: RowError::Email(FieldError::EmailShape)
                },
                RowProblem {
                    line: 4,
                    error: RowError::DuplicateInFile
                },
                RowProblem {
                    line: 5,
                    error: RowError::AlreadyExists
                },
                RowProblem {
                    line: 6,
                    error: RowError::ShortRow
                },
            ]
        );
    }

    #[test]
    fn files_that_cannot_be_read_say_why() {
        assert_eq!(parse_users(b"", &[]), Err(CsvError::Empty));
        assert_eq!(
            parse_users(b"Name,Phone\nA,123\n", &[]),
            Err(CsvError::NoEmailColumn)
        );
        let latin1 = b"Name,Email\nJos\xe9,jose@contoso.com\n";
        assert_eq!(parse_users(latin1, &[]), Err(CsvError::NotUtf8 { line: 2 }));
    }

    #[test]
    fn markup_in_names_is_kept_as_text() {
        let file = "Name,Email\n<img src=x onerror=alert(1)>,x@contoso.com\n";
        let got = parse_users(file.as_bytes(), &[]).unwrap();
        assert_eq!(got.users[0].name, "<img src=x onerror=alert(1)>");
    }
}
