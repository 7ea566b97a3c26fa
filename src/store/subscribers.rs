//! The Visual Studio subscriptions admin portal's subscriber export: its
//! columns as Microsoft documents them (Subscriber Name, Email or Sign-in
//! Email, Subscription Level, Assigned, Activated, Expiration Date (UTC),
//! Reference, Subscription Status, Subscription GUID, and others this app does
//! not need), found by name in any order, in any of the forms
//! [`table`] reads. Each row becomes a [`PortalSeat`] or a
//! problem naming its line and column. (The ledger's change that takes the
//! rows in, and the Visual Studio page that shows them, are not built yet.)

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::table::{self, DayOrder, OrderFound, Row, Table, TableError};
use crate::model::VsLevel;
use crate::model::fields::{PortalHolder, PortalSeat, SeatPortal};
use crate::model::validate::{FieldError, check_email};

const NAME: &[&str] = &[
    "subscriber name",
    "name",
    "display name",
    "구독자 이름",
    "이름",
];
const EMAIL: &[&str] = &[
    "email",
    "sign-in email",
    "sign in email",
    "email address",
    "subscriber email",
    "로그인 이메일",
    "이메일",
];
const LEVEL: &[&str] = &["subscription level", "level", "subscription", "구독 수준"];
const ASSIGNED: &[&str] = &[
    "assigned",
    "assigned date",
    "assigned on",
    "할당됨",
    "할당 날짜",
];
const ACTIVATED: &[&str] = &[
    "activated",
    "activated date",
    "activated on",
    "활성화됨",
    "활성화 날짜",
];
const EXPIRES: &[&str] = &[
    "expiration date (utc)",
    "expiration date",
    "expiration",
    "expires",
    "만료 날짜(utc)",
    "만료 날짜",
];
const REFERENCE: &[&str] = &["reference", "참조"];
const STATUS: &[&str] = &["subscription status", "status", "구독 상태"];
const GUID: &[&str] = &["subscription guid", "subscription id", "guid", "구독 guid"];

/// A column the file must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Needed {
    /// Subscription Level.
    Level,
    /// Email or Sign-in Email.
    Email,
    /// Assigned.
    Assigned,
}

/// Why a file as a whole cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileError {
    /// Not a table.
    Table(TableError),
    /// A column the export always has is missing: not the subscriber export.
    Missing(Needed),
    /// A header row and nothing under it.
    NoRows,
}

/// What is wrong with one row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// The email is missing or malformed.
    Email(FieldError),
    /// A level this app does not keep (it keeps Professional and Enterprise).
    Level,
    /// Not a date, or not a real day.
    Date,
    /// An assigned subscription without its Assigned day.
    NoAssignedDay,
    /// Activated before it was assigned.
    ActivatedBeforeAssigned,
    /// The same subscription (GUID, else subscriber and level) on an earlier line.
    Twice {
        /// That line.
        first: u64,
    },
}

/// One row left out, with where and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    /// 1-based line in the file.
    pub line: u64,
    /// The column's header as the file writes it (empty for the row as a whole).
    pub column: String,
    /// The cell's text.
    pub value: String,
    /// What is wrong.
    pub problem: Problem,
}

/// One row read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriberRow {
    /// 1-based line in the file.
    pub line: u64,
    /// The subscription it names.
    pub seat: PortalSeat,
}

/// A file read: its rows, the rows left out, and how its dates were read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriberFile {
    /// Rows read, in file order.
    pub rows: Vec<SubscriberRow>,
    /// Rows left out.
    pub problems: Vec<RowProblem>,
    /// What the dates say of their order.
    pub found: OrderFound,
    /// The order they were read in.
    pub order: DayOrder,
}

/// The level a portal writes ("Visual Studio Enterprise subscription",
/// "Visual Studio Professional (annual)"); Test Professional and MSDN
/// Platforms are other products.
pub fn level_of(s: &str) -> Option<VsLevel> {
    let s = s.to_lowercase();
    if s.contains("enterprise") {
        Some(VsLevel::Enterprise)
    } else if s.contains("professional") && !s.contains("test") {
        Some(VsLevel::Professional)
    } else {
        None
    }
}

/// The file's columns, found once.
struct Columns {
    name: Option<usize>,
    email: usize,
    level: usize,
    assigned: usize,
    activated: Option<usize>,
    expires: Option<usize>,
    reference: Option<usize>,
    status: Option<usize>,
    guid: Option<usize>,
}

impl Columns {
    fn of(t: &Table) -> Result<Self, FileError> {
        let need = |names, what| t.column(names).ok_or(FileError::Missing(what));
        Ok(Columns {
            level: need(LEVEL, Needed::Level)?,
            email: need(EMAIL, Needed::Email)?,
            assigned: need(ASSIGNED, Needed::Assigned)?,
            name: t.column(NAME),
            activated: t.column(ACTIVATED),
            expires: t.column(EXPIRES),
            reference: t.column(REFERENCE),
            status: t.column(STATUS),
            guid: t.column(GUID),
        })
    }
}

/// Read a subscriber export's text ([`table::decode`]); dates with the year
/// last are read in `order` when given, else as the file shows them
/// (month first when it cannot tell: then [`SubscriberFile::found`] is
/// [`OrderFound::Either`] and the admin is asked).
///
/// # Errors
/// [`FileError`]; a row's problem is in [`SubscriberFile::problems`] instead.
pub fn parse_subscribers(text: &str, order: Option<DayOrder>) -> Result<SubscriberFile, FileError> {
    let t = table::read(text).map_err(FileError::Table)?;
    let c = Columns::of(&t)?;
    if t.rows.is_empty() {
        return Err(FileError::NoRows);
    }
    let dates = [Some(c.assigned), c.activated, c.expires];
    let found = table::order_of(
        t.rows
            .iter()
            .flat_map(|r| dates.iter().map(|col| r.get(*col))),
    );
    let order = order.unwrap_or(match found {
        OrderFound::Known(o) => o,
        OrderFound::Either => DayOrder::MonthFirst,
    });
    let mut out = SubscriberFile {
        rows: Vec::new(),
        problems: Vec::new(),
        found,
        order,
    };
    let mut seen: FxHashMap<String, u64> = FxHashMap::default();
    for r in &t.rows {
        match row(&t, &c, r, order) {
            Ok(seat) => {
                let id = match &seat.holder {
                    _ if !seat.portal.guid.is_empty() => seat.portal.guid.to_lowercase(),
                    Some(h) => format!("{:?} {}", seat.level, h.email.to_lowercase()),
                    // Free seats without a GUID are all alike: none is twice.
                    None => format!("line {}", r.line),
                };
                if let Some(first) = seen.get(&id) {
                    out.problems.push(RowProblem {
                        line: r.line,
                        column: String::new(),
                        value: String::new(),
                        problem: Problem::Twice { first: *first },
                    });
                    continue;
                }
                seen.insert(id, r.line);
                out.rows.push(SubscriberRow { line: r.line, seat });
            }
            Err(p) => out.problems.push(p),
        }
    }
    Ok(out)
}

fn row(t: &Table, c: &Columns, r: &Row, order: DayOrder) -> Result<PortalSeat, RowProblem> {
    let problem = |col: Option<usize>, problem| RowProblem {
        line: r.line,
        column: t.name(col),
        value: r.get(col).to_owned(),
        problem,
    };
    let date = |col: Option<usize>| match r.get(col) {
        "" => Ok(None),
        s => table::parse_date(s, order)
            .map(Some)
            .ok_or_else(|| problem(col, Problem::Date)),
    };
    let level =
        level_of(r.get(Some(c.level))).ok_or_else(|| problem(Some(c.level), Problem::Level))?;
    let email = r.get(Some(c.email));
    let status = r.get(c.status).to_lowercase();
    let assigned = match c.status {
        Some(_) => status == "assigned" || status == "할당됨",
        None => !email.is_empty(),
    };
    let portal = SeatPortal {
        guid: r.get(c.guid).to_owned(),
        reference: r.get(c.reference).to_owned(),
        expires: date(c.expires)?,
    };
    if !assigned {
        return Ok(PortalSeat {
            level,
            portal,
            holder: None,
        });
    }
    check_email(email).map_err(|e| problem(Some(c.email), Problem::Email(e)))?;
    let on =
        date(Some(c.assigned))?.ok_or_else(|| problem(Some(c.assigned), Problem::NoAssignedDay))?;
    let activated = date(c.activated)?;
    if activated.is_some_and(|a| a < on) {
        return Err(problem(c.activated, Problem::ActivatedBeforeAssigned));
    }
    let name = match r.get(c.name) {
        "" => email.split('@').next().unwrap_or(email),
        n => n,
    };
    Ok(PortalSeat {
        level,
        portal,
        holder: Some(PortalHolder {
            name: name.to_owned(),
            email: email.to_owned(),
            assigned: on,
            activated,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;

    const HEADER: &str = "Subscriber Name,Email,Notification Email Address,Microsoft Entra group,Subscription Level,Assigned,Activated,Expiration Date (UTC),Reference,Downloads,Country,Language,Subscription Status,Subscription GUID,Usage Status";

    fn file(rows: &[&str]) -> String {
        std::iter::once(HEADER)
            .chain(rows.iter().copied())
            .collect::<Vec<_>>()
            .join("\r\n")
    }

    #[test]
    fn the_documented_export_reads_as_seats_with_their_holders_and_days() {
        let text = file(&[
            "Minji Kim,minji@contoso.com,,,Visual Studio Enterprise subscription,3/1/2024,3/4/2024,2/28/2027,R&D,Enabled,KR,ko,Assigned,0f8fad5b-d9cb-469f-a165-70867728950e,Active",
            ",,,,Visual Studio Professional subscription,,,12/31/2026,,Enabled,,,Unassigned,7c9e6679-7425-40de-944b-e07fc1f90ae7,",
        ]);
        let got = parse_subscribers(&text, None).unwrap();
        assert!(got.problems.is_empty(), "{:?}", got.problems);
        assert_eq!(got.found, OrderFound::Known(DayOrder::MonthFirst));
        let [kim, free] = &got.rows[..] else {
            panic!("{:?}", got.rows)
        };
        assert_eq!(kim.line, 2);
        assert_eq!(
            kim.seat,
            PortalSeat {
                level: VsLevel::Enterprise,
                portal: SeatPortal {
                    guid: "0f8fad5b-d9cb-469f-a165-70867728950e".into(),
                    reference: "R&D".into(),
                    expires: Some(d(2027, 2, 28)),
                },
                holder: Some(PortalHolder {
                    name: "Minji Kim".into(),
                    email: "minji@contoso.com".into(),
                    assigned: d(2024, 3, 1),
                    activated: Some(d(2024, 3, 4)),
                }),
            }
        );
        assert_eq!(free.seat.level, VsLevel::Professional);
        assert_eq!(free.seat.holder, None, "an unassigned row is a free seat");
    }

    #[test]
    fn columns_in_another_order_with_sign_in_email_semicolons_and_iso_or_korean_dates() {
        let text = "Subscription GUID;Subscription Status;Sign-in Email;Subscription Level;Assigned;Activated\n\
                    a1;assigned;lee@contoso.com;Visual Studio Professional (annual);2024-11-05;2024. 11. 6.\n";
        let got = parse_subscribers(text, None).unwrap();
        let h = got.rows[0].seat.holder.as_ref().unwrap();
        assert_eq!(
            (h.name.as_str(), h.assigned, h.activated),
            ("lee", d(2024, 11, 5), Some(d(2024, 11, 6)))
        );
    }

    #[test]
    fn day_first_dates_are_told_from_the_column_or_asked_when_every_one_reads_both_ways() {
        let day_first = file(&[
            "A,a@contoso.com,,,Visual Studio Enterprise,25/3/2024,,,,,,,Assigned,g1,",
            "B,b@contoso.com,,,Visual Studio Enterprise,4/2/2024,,,,,,,Assigned,g2,",
        ]);
        let got = parse_subscribers(&day_first, None).unwrap();
        assert_eq!(got.found, OrderFound::Known(DayOrder::DayFirst));
        assert_eq!(
            got.rows[1].seat.holder.as_ref().unwrap().assigned,
            d(2024, 2, 4)
        );
        let either =
            file(&["B,b@contoso.com,,,Visual Studio Enterprise,4/2/2024,,,,,,,Assigned,g2,"]);
        let asked = parse_subscribers(&either, None).unwrap();
        assert_eq!(asked.found, OrderFound::Either);
        assert_eq!(
            asked.rows[0].seat.holder.as_ref().unwrap().assigned,
            d(2024, 4, 2)
        );
        let told = parse_subscribers(&either, Some(DayOrder::DayFirst)).unwrap();
        assert_eq!(
            told.rows[0].seat.holder.as_ref().unwrap().assigned,
            d(2024, 2, 4)
        );
    }

    #[test]
    fn each_bad_row_is_named_by_line_and_column_and_the_good_rows_kept() {
        let text = file(&[
            "A,a@contoso.com,,,Visual Studio Enterprise,3/1/2024,,,,,,,Assigned,g1,",
            "B,not-an-email,,,Visual Studio Enterprise,3/1/2024,,,,,,,Assigned,g2,",
            "C,c@contoso.com,,,Visual Studio Test Professional,3/1/2024,,,,,,,Assigned,g3,",
            "D,d@contoso.com,,,Visual Studio Enterprise,3/32/2024,,,,,,,Assigned,g4,",
            "E,e@contoso.com,,,Visual Studio Enterprise,,,,,,,,Assigned,g5,",
            "F,f@contoso.com,,,Visual Studio Enterprise,3/5/2024,3/1/2024,,,,,,Assigned,g6,",
            "A again,a@contoso.com,,,Visual Studio Enterprise,3/1/2024,,,,,,,Assigned,G1,",
            "G,g@contoso.com,,,Visual Studio Enterprise,3/1/2024,,,,,,,Assigned,g7,",
        ]);
        let got = parse_subscribers(&text, None).unwrap();
        assert_eq!(got.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 9]);
        let named: Vec<_> = got
            .problems
            .iter()
            .map(|p| {
                (
                    p.line,
                    p.column.as_str(),
                    p.value.as_str(),
                    p.problem.clone(),
                )
            })
            .collect();
        assert_eq!(
            named,
            [
                (
                    3,
                    "Email",
                    "not-an-email",
                    Problem::Email(FieldError::EmailShape)
                ),
                (
                    4,
                    "Subscription Level",
                    "Visual Studio Test Professional",
                    Problem::Level
                ),
                (5, "Assigned", "3/32/2024", Problem::Date),
                (6, "Assigned", "", Problem::NoAssignedDay),
                (7, "Activated", "3/1/2024", Problem::ActivatedBeforeAssigned),
                (8, "", "", Problem::Twice { first: 2 }),
            ]
        );
    }

    #[test]
    fn files_that_are_not_the_export_say_which_column_is_missing() {
        assert_eq!(
            parse_subscribers("", None),
            Err(FileError::Table(TableError::Empty))
        );
        assert_eq!(
            parse_subscribers("Name,Email\nA,a@contoso.com\n", None),
            Err(FileError::Missing(Needed::Level))
        );
        assert_eq!(parse_subscribers(HEADER, None), Err(FileError::NoRows));
    }
}
