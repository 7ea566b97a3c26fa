//! The admin's own spreadsheet of keys, subscriptions or Visual Studio seats
//! (issue 29): any CSV [`table`] reads, its columns matched to the record's
//! fields by header names in English and Korean (a guess the admin can
//! change), its dates read in the order the file shows or the admin says,
//! each row a [`SheetItem`] or a problem naming its line and column. What a
//! row would do to the records is the ledger's part
//! (`ledger::change::plan_sheet`). This runs in the tools worker.

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::subscribers::level_of;
use super::table::{self, DayOrder, OrderFound, Row, Table, TableError};
use crate::model::Subscription;
use crate::model::fields::{KeyFields, PortalHolder, PortalSeat, SeatPortal, SheetItem, SheetKey};
use crate::model::validate::{FieldError, check_email, check_key, normalize_key};

/// What kind of record each row of the file is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SheetKind {
    /// Product keys.
    #[default]
    Keys,
    /// Subscriptions.
    Subscriptions,
    /// Visual Studio seats.
    Seats,
}

/// A field a row can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Column {
    /// Product name.
    Product,
    /// Key text.
    Key,
    /// Licenses.
    Licenses,
    /// Day the key was received.
    Received,
    /// Day the key was redeemed.
    Redeemed,
    /// Tenant.
    Tenant,
    /// A subscription's end date.
    End,
    /// A seat holder's email.
    Email,
    /// A seat holder's name.
    Name,
    /// A seat's level.
    Level,
    /// Day a seat was assigned.
    Assigned,
    /// Day a seat was activated.
    Activated,
}

impl Column {
    /// Header names (lower case) that mean this field, most telling first.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Product => &[
                "product",
                "product name",
                "benefit",
                "제품",
                "제품 이름",
                "제품명",
                "혜택",
                "name",
            ],
            Column::Key => &[
                "key",
                "product key",
                "license key",
                "제품 키",
                "키",
                "라이선스 키",
            ],
            Column::Licenses => &[
                "licenses",
                "license count",
                "licences",
                "quantity",
                "qty",
                "seats",
                "count",
                "라이선스",
                "라이선스 수",
                "수량",
            ],
            Column::Received => &[
                "received",
                "received on",
                "date received",
                "issued",
                "받은 날짜",
                "수령일",
                "발급일",
            ],
            Column::Redeemed => &[
                "redeemed",
                "redeemed on",
                "redemption date",
                "date redeemed",
                "등록일",
                "등록 날짜",
                "사용일",
                "사용한 날짜",
            ],
            Column::Tenant => &["tenant", "tenant name", "domain", "테넌트", "테넌트 이름"],
            Column::End => &[
                "end",
                "end date",
                "ends",
                "ends on",
                "expires",
                "expiration",
                "expiration date",
                "종료일",
                "종료 날짜",
                "만료일",
                "만료 날짜",
            ],
            Column::Email => &[
                "email",
                "e-mail",
                "email address",
                "sign-in email",
                "subscriber email",
                "assigned to",
                "user",
                "이메일",
                "로그인 이메일",
                "사용자",
            ],
            Column::Name => &[
                "name",
                "subscriber name",
                "display name",
                "user name",
                "이름",
                "사용자 이름",
                "구독자 이름",
            ],
            Column::Level => &[
                "level",
                "subscription level",
                "edition",
                "subscription",
                "수준",
                "구독 수준",
                "에디션",
            ],
            Column::Assigned => &[
                "assigned",
                "assigned on",
                "assigned date",
                "date assigned",
                "할당일",
                "할당 날짜",
                "할당됨",
            ],
            Column::Activated => &[
                "activated",
                "activated on",
                "activation date",
                "활성화일",
                "활성화 날짜",
                "활성화됨",
            ],
        }
    }

    /// Whether the column holds dates.
    fn is_date(self) -> bool {
        matches!(
            self,
            Column::Received
                | Column::Redeemed
                | Column::End
                | Column::Assigned
                | Column::Activated
        )
    }
}

impl SheetKind {
    /// Its fields, in the order the mapping lists them, and whether each is
    /// needed.
    pub fn columns(self) -> &'static [(Column, bool)] {
        match self {
            SheetKind::Keys => &[
                (Column::Product, true),
                (Column::Key, false),
                (Column::Licenses, true),
                (Column::Received, false),
                (Column::Redeemed, false),
                (Column::Tenant, false),
            ],
            SheetKind::Subscriptions => &[
                (Column::Product, true),
                (Column::Licenses, true),
                (Column::End, true),
                (Column::Tenant, false),
            ],
            SheetKind::Seats => &[
                (Column::Level, true),
                (Column::Email, false),
                (Column::Name, false),
                (Column::Assigned, false),
                (Column::Activated, false),
            ],
        }
    }
}

/// Which of the file's columns gives each of the kind's fields (in
/// [`SheetKind::columns`] order); `None`: not in the file.
pub type Mapping = Vec<Option<usize>>;

/// The mapping headers suggest: each field the first of its aliases a column
/// is named, a column given to one field only.
pub fn guess(kind: SheetKind, t: &Table) -> Mapping {
    let mut taken = vec![false; t.headers.len()];
    kind.columns()
        .iter()
        .map(|(c, _)| {
            let col = c.aliases().iter().find_map(|a| {
                t.headers
                    .iter()
                    .enumerate()
                    .position(|(i, h)| !taken[i] && h == a)
            })?;
            taken[col] = true;
            Some(col)
        })
        .collect()
}

/// Why a file as a whole cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SheetError {
    /// Not a table.
    Table(TableError),
    /// A header row and nothing under it.
    NoRows,
    /// An Excel workbook (`.xlsx`), not CSV: save it as CSV first.
    Workbook,
}

/// What is wrong with one row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    /// The cell as a form would refuse it.
    Field(FieldError),
    /// A level this app does not keep.
    Level,
    /// A held seat without the day it was assigned.
    NoAssignedDay,
    /// The same record on an earlier line.
    Twice {
        /// That line.
        first: u64,
    },
}

/// One row left out, with where and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetProblem {
    /// 1-based line in the file.
    pub line: u64,
    /// The column's header as the file writes it (empty for the row as a whole).
    pub column: String,
    /// The cell's text.
    pub value: String,
    /// What is wrong.
    pub why: Why,
}

/// One row read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetRow {
    /// 1-based line in the file.
    pub line: u64,
    /// The record it gives.
    pub item: SheetItem,
}

/// How the file writes its dates, for the admin to confirm.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatesSeen {
    /// Some dates have the year first (ISO `2026-03-01`, Korean `2026. 3. 1.`).
    pub year_first: bool,
    /// Some dates have the year last (`3/1/2026`): their order matters.
    pub year_last: bool,
    /// The first date in the file: line, text, and the day it was read as.
    pub example: Option<(u64, String, String)>,
}

/// A file read: its headers, the mapping used, the fields it misses, how
/// its dates read, its rows and the rows left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetFile {
    /// Headers as the file writes them.
    pub names: Vec<String>,
    /// The mapping used (guessed, or the admin's).
    pub mapping: Mapping,
    /// Needed fields no column gives: then no row is read.
    pub missing: Vec<Column>,
    /// What the dates say of their order.
    pub found: OrderFound,
    /// The order they were read in.
    pub order: DayOrder,
    /// How the dates are written.
    pub dates: DatesSeen,
    /// Rows read, in file order.
    pub rows: Vec<SheetRow>,
    /// Rows left out.
    pub problems: Vec<SheetProblem>,
}

/// Read the admin's spreadsheet `text` ([`table::decode`]) as rows of `kind`:
/// columns by `mapping` when given (else guessed), dates in `order` when given
/// (else as the file shows them, month first when it cannot tell); days
/// received, redeemed, assigned or activated after `today` are refused.
///
/// # Errors
/// [`SheetError`]; a row's problem is in [`SheetFile::problems`] instead.
pub fn read_sheet(
    text: &str,
    kind: SheetKind,
    mapping: Option<Mapping>,
    order: Option<DayOrder>,
    today: NaiveDate,
) -> Result<SheetFile, SheetError> {
    if text.starts_with("PK\u{3}\u{4}") {
        return Err(SheetError::Workbook);
    }
    let t = table::read(text).map_err(SheetError::Table)?;
    if t.rows.is_empty() {
        return Err(SheetError::NoRows);
    }
    let fields = kind.columns();
    let mapping = mapping
        .filter(|m| m.len() == fields.len() && m.iter().flatten().all(|&c| c < t.names.len()))
        .unwrap_or_else(|| guess(kind, &t));
    let missing: Vec<Column> = fields
        .iter()
        .zip(&mapping)
        .filter(|((_, needed), col)| *needed && col.is_none())
        .map(|((c, _), _)| *c)
        .collect();
    let date_cols: Vec<Option<usize>> = fields
        .iter()
        .zip(&mapping)
        .filter(|((c, _), _)| c.is_date())
        .map(|(_, col)| *col)
        .collect();
    let cells = || {
        t.rows
            .iter()
            .flat_map(|r| date_cols.iter().map(move |c| (r.line, r.get(*c))))
            .filter(|(_, s)| !s.is_empty())
    };
    let found = table::order_of(cells().map(|(_, s)| s));
    let order = order.unwrap_or(match found {
        OrderFound::Known(o) => o,
        OrderFound::Either => DayOrder::MonthFirst,
    });
    let mut dates = DatesSeen::default();
    for (line, s) in cells() {
        let year_first = s.len() > 4 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit);
        let readable = table::parse_date(s, order).is_some();
        dates.year_first |= year_first && readable;
        dates.year_last |= !year_first && readable;
        if dates.example.is_none()
            && let Some(day) = table::parse_date(s, order)
        {
            dates.example = Some((line, s.to_owned(), day.to_string()));
        }
    }
    let mut out = SheetFile {
        names: t.names.clone(),
        mapping,
        missing,
        found,
        order,
        dates,
        rows: Vec::new(),
        problems: Vec::new(),
    };
    if !out.missing.is_empty() {
        return Ok(out);
    }
    let cols: FxHashMap<Column, usize> = fields
        .iter()
        .zip(&out.mapping)
        .filter_map(|((c, _), col)| col.map(|col| (*c, col)))
        .collect();
    let reader = Reader {
        t: &t,
        cols,
        order,
        today,
    };
    let mut seen: FxHashMap<String, u64> = FxHashMap::default();
    for r in &t.rows {
        match reader.item(kind, r) {
            Ok(item) => {
                if let Some(first) = same_as(&item).and_then(|k| {
                    let first = seen.get(&k).copied();
                    seen.entry(k).or_insert(r.line);
                    first
                }) {
                    out.problems.push(SheetProblem {
                        line: r.line,
                        column: String::new(),
                        value: String::new(),
                        why: Why::Twice { first },
                    });
                    continue;
                }
                out.rows.push(SheetRow { line: r.line, item });
            }
            Err(p) => out.problems.push(p),
        }
    }
    Ok(out)
}

/// What makes two rows the same record: a key's text, a subscription's
/// product, tenant and end, a seat's level and holder (`None`: rows never
/// alike, as keys without text or free seats).
fn same_as(item: &SheetItem) -> Option<String> {
    match item {
        SheetItem::Key(k) if !k.fields.key.is_empty() => Some(k.fields.key.clone()),
        SheetItem::Key(_) => None,
        SheetItem::Subscription(s) => Some(format!(
            "{}\u{1f}{}\u{1f}{}",
            s.product.to_lowercase(),
            s.tenant.to_lowercase(),
            s.end
        )),
        SheetItem::Seat(s) => s
            .holder
            .as_ref()
            .map(|h| format!("{:?} {}", s.level, h.email.to_lowercase())),
    }
}

/// The file, its columns by field and how to read its dates.
struct Reader<'a> {
    t: &'a Table,
    cols: FxHashMap<Column, usize>,
    order: DayOrder,
    today: NaiveDate,
}

impl Reader<'_> {
    fn problem(&self, r: &Row, c: Column, why: Why) -> SheetProblem {
        let col = self.cols.get(&c).copied();
        SheetProblem {
            line: r.line,
            column: self.t.name(col),
            value: r.get(col).to_owned(),
            why,
        }
    }

    fn cell<'r>(&self, r: &'r Row, c: Column) -> &'r str {
        r.get(self.cols.get(&c).copied())
    }

    fn text(&self, r: &Row, c: Column) -> Result<String, SheetProblem> {
        match self.cell(r, c) {
            "" => Err(self.problem(r, c, Why::Field(FieldError::Empty))),
            s => Ok(s.to_owned()),
        }
    }

    /// A day, if the cell has one; `past`: not after today.
    fn date(&self, r: &Row, c: Column, past: bool) -> Result<Option<NaiveDate>, SheetProblem> {
        let s = self.cell(r, c);
        if s.is_empty() {
            return Ok(None);
        }
        let day = table::parse_date(s, self.order)
            .ok_or_else(|| self.problem(r, c, Why::Field(FieldError::NotADate)))?;
        if past && day > self.today {
            return Err(self.problem(r, c, Why::Field(FieldError::InFuture)));
        }
        Ok(Some(day))
    }

    fn licenses(&self, r: &Row) -> Result<u32, SheetProblem> {
        let s = self.cell(r, Column::Licenses).replace([',', ' '], "");
        match s.parse::<u32>() {
            Ok(n) if n > 0 => Ok(n),
            Ok(_) => Err(self.problem(r, Column::Licenses, Why::Field(FieldError::NoLicenses))),
            Err(_) => Err(self.problem(r, Column::Licenses, Why::Field(FieldError::NotANumber))),
        }
    }

    fn item(&self, kind: SheetKind, r: &Row) -> Result<SheetItem, SheetProblem> {
        match kind {
            SheetKind::Keys => self.key(r).map(SheetItem::Key),
            SheetKind::Subscriptions => self.subscription(r).map(SheetItem::Subscription),
            SheetKind::Seats => self.seat(r).map(SheetItem::Seat),
        }
    }

    fn key(&self, r: &Row) -> Result<SheetKey, SheetProblem> {
        let product = self.text(r, Column::Product)?;
        let key = normalize_key(self.cell(r, Column::Key));
        check_key(&key).map_err(|e| self.problem(r, Column::Key, Why::Field(e)))?;
        let licenses = self.licenses(r)?;
        let received = self.date(r, Column::Received, true)?;
        let redeemed = self.date(r, Column::Redeemed, true)?;
        if let (Some(got), Some(used)) = (received, redeemed)
            && used < got
        {
            return Err(self.problem(r, Column::Redeemed, Why::Field(FieldError::DateOrder)));
        }
        Ok(SheetKey {
            fields: KeyFields {
                product,
                key,
                licenses,
                received,
            },
            redeemed,
            tenant: self.cell(r, Column::Tenant).to_owned(),
        })
    }

    fn subscription(&self, r: &Row) -> Result<Subscription, SheetProblem> {
        let product = self.text(r, Column::Product)?;
        let licenses = self.licenses(r)?;
        let end = self
            .date(r, Column::End, false)?
            .ok_or_else(|| self.problem(r, Column::End, Why::Field(FieldError::Empty)))?;
        Ok(Subscription {
            id: 0,
            product,
            licenses,
            end,
            tenant: self.cell(r, Column::Tenant).to_owned(),
            history: vec![],
        })
    }

    fn seat(&self, r: &Row) -> Result<PortalSeat, SheetProblem> {
        let level = level_of(self.cell(r, Column::Level))
            .ok_or_else(|| self.problem(r, Column::Level, Why::Level))?;
        let email = self.cell(r, Column::Email);
        let holder = if email.is_empty() {
            None
        } else {
            check_email(email).map_err(|e| self.problem(r, Column::Email, Why::Field(e)))?;
            let assigned = self
                .date(r, Column::Assigned, true)?
                .ok_or_else(|| self.problem(r, Column::Assigned, Why::NoAssignedDay))?;
            let activated = self.date(r, Column::Activated, true)?;
            if activated.is_some_and(|a| a < assigned) {
                return Err(self.problem(r, Column::Activated, Why::Field(FieldError::DateOrder)));
            }
            let name = match self.cell(r, Column::Name) {
                "" => email.split('@').next().unwrap_or(email),
                n => n,
            };
            Some(PortalHolder {
                name: name.to_owned(),
                email: email.to_owned(),
                assigned,
                activated,
            })
        };
        Ok(PortalSeat {
            level,
            portal: SeatPortal::default(),
            holder,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::VsLevel;
    use crate::testing::d;

    const TODAY: (i32, u32, u32) = (2026, 12, 6);

    fn read(text: &str, kind: SheetKind) -> SheetFile {
        let (y, m, dd) = TODAY;
        read_sheet(text, kind, None, None, d(y, m, dd)).unwrap()
    }

    #[test]
    fn an_english_key_sheet_maps_itself_and_reads_every_field() {
        let got = read(
            "Product Name,Product Key,Qty,Received,Redeemed On,Tenant,Notes\r\n\
             Office 365 E3,abcde-fghij-klmno-pqrst-uvwxy,25,3/1/2025,3/15/2025,contoso.onmicrosoft.com,first\r\n\
             Visio Plan 2,,\"1,000\",12/20/2025,,,\r\n",
            SheetKind::Keys,
        );
        assert_eq!(
            got.mapping,
            vec![Some(0), Some(1), Some(2), Some(3), Some(4), Some(5)]
        );
        assert!(got.missing.is_empty() && got.problems.is_empty(), "{got:?}");
        assert_eq!(got.found, OrderFound::Known(DayOrder::MonthFirst));
        assert_eq!(
            got.dates.example,
            Some((2, "3/1/2025".into(), "2025-03-01".into()))
        );
        assert!(got.dates.year_last && !got.dates.year_first);
        let SheetItem::Key(first) = &got.rows[0].item else {
            panic!("{got:?}")
        };
        assert_eq!(first.fields.key, "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY");
        assert_eq!(first.fields.received, Some(d(2025, 3, 1)));
        assert_eq!(first.redeemed, Some(d(2025, 3, 15)));
        assert_eq!(first.tenant, "contoso.onmicrosoft.com");
        let SheetItem::Key(second) = &got.rows[1].item else {
            panic!("{got:?}")
        };
        assert_eq!((second.fields.licenses, second.redeemed), (1000, None));
        assert_eq!(got.rows[1].line, 3);
    }

    #[test]
    fn korean_headers_and_korean_dates_read_as_subscriptions() {
        let got = read(
            "제품명\t라이선스 수\t만료일\t테넌트\n\
             Microsoft 365 E5\t10\t2026. 3. 1.\tcontoso\n\
             Dynamics 365 Sales\t5\t2027.01.31\t\n",
            SheetKind::Subscriptions,
        );
        assert_eq!(got.mapping, vec![Some(0), Some(1), Some(2), Some(3)]);
        assert!(got.dates.year_first && !got.dates.year_last);
        let ends: Vec<_> = got
            .rows
            .iter()
            .map(|r| match &r.item {
                SheetItem::Subscription(s) => (s.product.clone(), s.end),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            ends,
            vec![
                ("Microsoft 365 E5".into(), d(2026, 3, 1)),
                ("Dynamics 365 Sales".into(), d(2027, 1, 31))
            ]
        );
    }

    #[test]
    fn a_field_no_header_names_is_missing_until_the_admin_maps_it() {
        let text = "What,How many,Until\nAzure DevOps,3,2027-06-30\n";
        let got = read(text, SheetKind::Subscriptions);
        assert_eq!(
            got.missing,
            vec![Column::Product, Column::Licenses, Column::End]
        );
        assert!(got.rows.is_empty());
        let mapped = read_sheet(
            text,
            SheetKind::Subscriptions,
            Some(vec![Some(0), Some(1), Some(2), None]),
            None,
            d(2026, 12, 6),
        )
        .unwrap();
        assert!(mapped.missing.is_empty());
        assert_eq!(mapped.rows.len(), 1);
        let wrong_length = read_sheet(
            text,
            SheetKind::Subscriptions,
            Some(vec![Some(9)]),
            None,
            d(2026, 12, 6),
        );
        assert_eq!(
            wrong_length.unwrap().mapping,
            vec![None, None, None, None],
            "a mapping that does not fit is guessed again"
        );
    }

    #[test]
    fn the_date_order_comes_from_the_file_or_from_the_admin() {
        let text = "Product,Licenses,End\nA,1,3/4/2027\nB,1,5/6/2027\n";
        let got = read(text, SheetKind::Subscriptions);
        assert_eq!(got.found, OrderFound::Either);
        let day_first = read_sheet(
            text,
            SheetKind::Subscriptions,
            None,
            Some(DayOrder::DayFirst),
            d(2026, 12, 6),
        )
        .unwrap();
        let SheetItem::Subscription(s) = &day_first.rows[0].item else {
            panic!()
        };
        assert_eq!(s.end, d(2027, 4, 3));
        assert_eq!(day_first.dates.example.unwrap().2, "2027-04-03");
        let told = read(
            "Product,Licenses,End\nA,1,3/4/2027\nB,1,25/6/2027\n",
            SheetKind::Subscriptions,
        );
        assert_eq!(told.found, OrderFound::Known(DayOrder::DayFirst));
    }

    #[test]
    fn bad_cells_are_left_out_by_line_and_column_and_the_rest_is_read() {
        let got = read(
            "Product;Key;Licenses;Received;Redeemed\n\
             ;;1;;\n\
             Office;ABCDE-FGHIJ;1;;\n\
             Office;;none;;\n\
             Office;;0;;\n\
             Office;;2;2026-02-30;\n\
             Office;;2;2027-01-01;\n\
             Office;;2;2026-03-01;2026-02-01\n\
             Office;AAAAA-BBBBB-CCCCC-DDDDD-EEEEE;2;;\n\
             Office;aaaaa-bbbbb-ccccc-ddddd-eeeee;2;;\n\
             Office;;2;2026-03-01;2026-03-02\n",
            SheetKind::Keys,
        );
        let whys: Vec<(u64, &str, Why)> = got
            .problems
            .iter()
            .map(|p| (p.line, p.column.as_str(), p.why))
            .collect();
        assert_eq!(
            whys,
            vec![
                (2, "Product", Why::Field(FieldError::Empty)),
                (3, "Key", Why::Field(FieldError::KeyFormat)),
                (4, "Licenses", Why::Field(FieldError::NotANumber)),
                (5, "Licenses", Why::Field(FieldError::NoLicenses)),
                (6, "Received", Why::Field(FieldError::NotADate)),
                (7, "Received", Why::Field(FieldError::InFuture)),
                (8, "Redeemed", Why::Field(FieldError::DateOrder)),
                (10, "", Why::Twice { first: 9 }),
            ]
        );
        assert_eq!(got.problems[3].value, "0");
        assert_eq!(
            got.rows.iter().map(|r| r.line).collect::<Vec<_>>(),
            vec![9, 11]
        );
    }

    #[test]
    fn seats_are_free_without_an_email_and_need_their_day_with_one() {
        let got = read(
            "Email,Level,Assigned,Activated,Name\n\
             minji@contoso.com,Enterprise,2024-03-01,2024-03-04,김민지\n\
             ,Professional,,,\n\
             alex@contoso.com,Enterprise,,,\n\
             sam@contoso.com,Test Professional,2024-01-01,,\n\
             minji@contoso.com,enterprise,2024-05-01,,\n",
            SheetKind::Seats,
        );
        let seats: Vec<_> = got
            .rows
            .iter()
            .map(|r| match &r.item {
                SheetItem::Seat(s) => (s.level, s.holder.as_ref().map(|h| h.name.clone())),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            seats,
            vec![
                (VsLevel::Enterprise, Some("김민지".into())),
                (VsLevel::Professional, None)
            ]
        );
        let whys: Vec<(u64, Why)> = got.problems.iter().map(|p| (p.line, p.why)).collect();
        assert_eq!(
            whys,
            vec![
                (4, Why::NoAssignedDay),
                (5, Why::Level),
                (6, Why::Twice { first: 2 })
            ]
        );
    }

    #[test]
    fn files_that_are_no_sheet_say_so() {
        let (y, m, dd) = TODAY;
        let today = d(y, m, dd);
        let read = |t: &str| read_sheet(t, SheetKind::Keys, None, None, today);
        assert_eq!(read("PK\u{3}\u{4}\u{14}\0"), Err(SheetError::Workbook));
        assert_eq!(read(""), Err(SheetError::Table(TableError::Empty)));
        assert_eq!(read("Product,Licenses\n"), Err(SheetError::NoRows));
    }
}
