//! CSV import of users, as exported from Partner Center user management, the
//! Microsoft 365 admin center ("Export users") or Entra ("Download users"):
//! headers by their display labels or their property names
//! (`userPrincipalName`), in English or Korean, in any order; the file read
//! as `store::table` reads any spreadsheet's. Rows with problems are reported
//! by line; good rows are offered for import.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::table::{TableError, decode, read};
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
    "username",
    "user name",
    "sign in name",
    "primary email",
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
    "user display name",
    "표시 이름",
    "이름",
];
const FIRST_HEADERS: &[&str] = &[
    "first name",
    "given name",
    "givenname",
    "firstname",
    "이름(名)",
    "이름",
];
const LAST_HEADERS: &[&str] = &["last name", "surname", "family name", "lastname", "성"];

/// Read users from a CSV file's bytes, checking emails against the `existing`
/// users' emails. The file is read as every table is (`store::table`):
/// UTF-8 with or without its mark or UTF-16, comma, semicolon or tab,
/// headers by name in any order, lines counted as an editor counts them.
///
/// # Errors
/// [`CsvError`] when the file as a whole cannot be read; row problems are in
/// [`CsvImport::problems`] instead.
pub fn parse_users(bytes: &[u8], existing: &[String]) -> Result<CsvImport, CsvError> {
    let text = decode(bytes).map_err(|line| CsvError::NotUtf8 { line })?;
    let table = read(&text).map_err(|e| match e {
        TableError::Empty => CsvError::Empty,
        TableError::NotText { line } => CsvError::NotUtf8 { line },
        TableError::Malformed { line } => CsvError::Malformed { line },
    })?;
    let email_col = table.column(EMAIL_HEADERS).ok_or(CsvError::NoEmailColumn)?;
    let upn = [
        "userprincipalname",
        "user principal name",
        "사용자 계정 이름",
        "사용자 주체 이름",
    ];
    let source = if upn.contains(&table.headers[email_col].as_str()) {
        UserSource::AzureAd
    } else {
        UserSource::PartnerCenter
    };
    // Korean exports name the given name "이름" beside "성" (family name):
    // then it is not the whole name, and the family name comes first.
    let last = table.column(LAST_HEADERS);
    let name_col = table
        .column(NAME_HEADERS)
        .filter(|c| !(table.headers[*c] == "이름" && last.is_some()));
    let first_last = table.column(FIRST_HEADERS).zip(last);
    let korean = first_last.is_some_and(|(f, _)| !table.headers[f].is_ascii());

    let known: HashSet<String> = existing
        .iter()
        .map(|e| e.trim().to_ascii_lowercase())
        .collect();
    let mut seen = HashSet::new();
    let mut out = CsvImport {
        source,
        ..CsvImport::default()
    };
    for row in &table.rows {
        let line = row.line;
        let problem = |error| RowProblem { line, error };
        if row.cells.len() <= email_col {
            out.problems.push(problem(RowError::ShortRow));
            continue;
        }
        let email = row.get(Some(email_col));
        if let Err(e) = check_email(email) {
            out.problems.push(problem(RowError::Email(e)));
            continue;
        }
        let key = email.to_ascii_lowercase();
        if known.contains(&key) {
            out.problems.push(problem(RowError::AlreadyExists));
            continue;
        }
        if !seen.insert(key) {
            out.problems.push(problem(RowError::DuplicateInFile));
            continue;
        }
        let mut name = row.get(name_col).to_owned();
        if name.is_empty()
            && let Some((f, l)) = first_last
        {
            let (first, last) = (row.get(Some(f)), row.get(Some(l)));
            name = if korean {
                format!("{last}{first}")
            } else {
                format!("{first} {last}").trim().to_owned()
            };
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

    #[test]
    fn entra_download_as_utf16_with_tabs_and_property_names() {
        let text = "userPrincipalName\tdisplayName\tgivenName\tsurname\r\nminji@contoso.kr\t김민지\t민지\t김\r\nsora@contoso.kr\t\tSora\tPark\r\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let got = parse_users(&bytes, &[]).unwrap();
        assert_eq!(got.source, UserSource::AzureAd);
        let names: Vec<_> = got
            .users
            .iter()
            .map(|u| (u.name.as_str(), u.email.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("김민지", "minji@contoso.kr"),
                ("Sora Park", "sora@contoso.kr")
            ],
            "an empty display name falls back to first and last"
        );
    }

    #[test]
    fn a_korean_export_names_the_given_name_beside_the_family_name() {
        let file = "성,이름,사용자 계정 이름,표시 이름\n박,소라,sora@contoso.kr,\n김,민지,minji@contoso.kr,김민지 (개발)\n";
        let got = parse_users(file.as_bytes(), &[]).unwrap();
        let names: Vec<_> = got.users.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["박소라", "김민지 (개발)"]);
        let only = parse_users("이름,이메일\n박소라,sora@contoso.kr\n".as_bytes(), &[]).unwrap();
        assert_eq!(
            only.users[0].name, "박소라",
            "without 성, 이름 is the whole name"
        );
    }

    #[test]
    fn admin_center_export_in_any_column_order_counts_lines_after_a_quoted_break() {
        let file = "Last name,\"User principal name\",First name,Display name\r\nKim,minji@contoso.kr,Minji,\"Kim\r\nMinji\"\r\nLee,bad-address,Jun,Lee Jun\r\n";
        let got = parse_users(file.as_bytes(), &[]).unwrap();
        assert_eq!(got.users.len(), 1);
        assert_eq!(got.users[0].email, "minji@contoso.kr");
        assert_eq!(
            got.problems,
            vec![RowProblem {
                line: 4,
                error: RowError::Email(FieldError::EmailShape)
            }],
            "the quoted line break makes the bad row line 4"
        );
    }
}
