//! Reading a spreadsheet's CSV export, whatever wrote it: the text in any of the
//! encodings spreadsheets save (UTF-8 with or without a byte-order mark,
//! UTF-16 as Excel's "Unicode text"), the delimiter (comma, semicolon or tab),
//! headers found by name among aliases in any order, rows with their line in
//! the file; and the dates in them (ISO, `3/1/2026`, `1/3/2026`, Korean
//! `2026. 3. 1.`), whose order of day and month is told from a whole column.
//! Parsing is the `csv` crate's.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Why a file as a whole cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TableError {
    /// Nothing in it.
    Empty,
    /// Not text in an encoding a spreadsheet saves: save it as "CSV UTF-8".
    NotText {
        /// 1-based line of the first bad byte.
        line: u64,
    },
    /// Not CSV (an unclosed quote, for example).
    Malformed {
        /// 1-based line.
        line: u64,
    },
}

/// `bytes` as text: UTF-16 (little or big endian) when it starts with that
/// byte-order mark, else UTF-8 with its mark, if any, dropped.
///
/// # Errors
/// The 1-based line holding the first byte that does not decode.
pub fn decode(bytes: &[u8]) -> Result<String, u64> {
    let utf16 = |le: bool| {
        let body = &bytes[2..];
        // By index, not `chunks`: its iterator is code the app's main
        // module would carry for this one caller.
        let units: Vec<u16> = (0..body.len().div_ceil(2))
            .map(|i| match (body[2 * i], body.get(2 * i + 1)) {
                (a, Some(b)) if le => u16::from_le_bytes([a, *b]),
                (a, Some(b)) => u16::from_be_bytes([a, *b]),
                _ => 0xDC00, // an odd byte at the end: a lone surrogate
            })
            .collect();
        let mut text = String::with_capacity(units.len());
        let mut line = 1;
        for c in char::decode_utf16(units) {
            match c {
                Ok(c) => {
                    line += u64::from(c == '\n');
                    text.push(c);
                }
                Err(_) => return Err(line),
            }
        }
        Ok(text)
    };
    match bytes {
        [0xFF, 0xFE, ..] => utf16(true),
        [0xFE, 0xFF, ..] => utf16(false),
        _ => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            std::str::from_utf8(bytes).map(str::to_owned).map_err(|e| {
                let good = &bytes[..e.valid_up_to()];
                1 + good.iter().filter(|&&b| b == b'\n').count() as u64
            })
        }
    }
}

/// One row of a table: its cells and its 1-based line in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The line it starts on.
    pub line: u64,
    /// Its cells, trimmed.
    pub cells: Vec<String>,
}

impl Row {
    /// Cell `col`, empty when the row is shorter.
    pub fn get(&self, col: Option<usize>) -> &str {
        col.and_then(|c| self.cells.get(c))
            .map_or("", String::as_str)
    }
}

/// A file's header and rows (rows with no text at all left out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// Headers, trimmed and in lower case.
    pub headers: Vec<String>,
    /// Headers as written, trimmed: for messages.
    pub names: Vec<String>,
    /// The rows.
    pub rows: Vec<Row>,
}

impl Table {
    /// Column `col`'s header as the file writes it.
    pub fn name(&self, col: Option<usize>) -> String {
        col.and_then(|c| self.names.get(c))
            .cloned()
            .unwrap_or_default()
    }

    /// The first column whose header is one of `names` (lower case), taking
    /// the names in order.
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        names
            .iter()
            .find_map(|n| self.headers.iter().position(|h| h == n))
    }
}

/// The delimiter of a file whose first line is `first`: the most frequent of
/// comma, semicolon and tab outside quotes (comma when none is).
fn delimiter(first: &str) -> u8 {
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], std::cmp::Reverse(i)));
    [b',', b';', b'\t'][best.unwrap_or(0)]
}

/// Records read between two reports of progress.
const TICK_EVERY: usize = 2048;

/// What is told of a long read's progress: bytes read so far and in all.
type Tick = Box<dyn FnMut(u64, u64)>;

thread_local! {
    static TICK: std::cell::RefCell<Option<Tick>> = const { std::cell::RefCell::new(None) };
}

/// Run `f`, telling `tick` how far each [`read`] inside it has come (bytes
/// read, bytes in all) every few thousand rows: the tools worker passes it
/// on to the page, which shows a long file's progress.
pub fn with_progress<R>(tick: impl FnMut(u64, u64) + 'static, f: impl FnOnce() -> R) -> R {
    TICK.with(|t| *t.borrow_mut() = Some(Box::new(tick)));
    let out = f();
    TICK.with(|t| *t.borrow_mut() = None);
    out
}

fn tick(done: usize, total: usize) {
    TICK.with(|t| {
        if let Some(tick) = t.borrow_mut().as_mut() {
            tick(done as u64, total as u64);
        }
    });
}

/// Read `text` (see [`decode`]) as a table.
///
/// # Errors
/// [`TableError::Empty`] for a file with no header; [`TableError::Malformed`].
pub fn read(text: &str) -> Result<Table, TableError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(TableError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text.lines().next().unwrap_or_default()))
        .flexible(true)
        .from_reader(text.as_bytes());
    let malformed = |e: &csv::Error| TableError::Malformed {
        line: e.position().map_or(1, |p| {
            let byte = (p.byte() as usize).min(text.len());
            1 + text.as_bytes()[..byte]
                .iter()
                .filter(|&&c| c == b'\n')
                .count() as u64
        }),
    };
    let names: Vec<String> = reader
        .headers()
        .map_err(|e| malformed(&e))?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let headers = names.iter().map(|h| h.to_lowercase()).collect();
    let mut rows = Vec::new();
    let (mut newlines, mut counted) = (0u64, 0usize);
    let bytecount = |b: &[u8]| b.iter().filter(|&&c| c == b'\n').count() as u64;
    for record in reader.records() {
        let record = record.map_err(|e| malformed(&e))?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        // Counted here: after `\r\n` the reader's position (and count) is at the `\n`.
        let mut byte = record.position().map_or(0, |p| p.byte() as usize);
        while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        newlines += bytecount(&text.as_bytes()[counted.min(byte)..byte]);
        counted = counted.max(byte);
        if rows.len() % TICK_EVERY == TICK_EVERY - 1 {
            tick(byte, text.len());
        }
        rows.push(Row {
            line: 1 + newlines,
            cells: record.iter().map(|f| f.trim().to_owned()).collect(),
        });
    }
    Ok(Table {
        headers,
        names,
        rows,
    })
}

/// Which comes first in a date written with the year last (`3/1/2026`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayOrder {
    /// Month, day, year: the United States' way.
    #[default]
    MonthFirst,
    /// Day, month, year.
    DayFirst,
}

/// A date as written, before its order is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Written {
    /// Year first (ISO `2026-03-01`, Korean `2026. 3. 1.`, `2026/3/1`): one reading.
    YearFirst(NaiveDate),
    /// Year last: two numbers whose order the file decides.
    YearLast(u32, u32, i32),
}

fn written(s: &str) -> Option<Written> {
    // A time after the date (`3/1/2026 12:00:00 AM`, `2026-03-01T00:00:00Z`) is dropped.
    let date = match s.find(':') {
        Some(colon) => s[..colon].trim_end_matches(|c: char| c.is_ascii_digit()),
        None => s,
    };
    let date = date.trim().trim_end_matches('T');
    let parts: Vec<&str> = date
        .split(['-', '/', '.'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let [a, b, c] = parts[..] else { return None };
    if ![a, b, c]
        .iter()
        .all(|p| p.bytes().all(|x| x.is_ascii_digit()))
    {
        return None;
    }
    if a.len() == 4 {
        let day = NaiveDate::from_ymd_opt(a.parse().ok()?, b.parse().ok()?, c.parse().ok()?)?;
        return Some(Written::YearFirst(day));
    }
    (c.len() == 4 && a.len() <= 2 && b.len() <= 2)
        .then(|| {
            Some(Written::YearLast(
                a.parse().ok()?,
                b.parse().ok()?,
                c.parse().ok()?,
            ))
        })
        .flatten()
}

/// The day `s` names when dates with the year last are in `order`; `None`
/// when it is not a date at all or not a real day.
pub fn parse_date(s: &str, order: DayOrder) -> Option<NaiveDate> {
    match written(s)? {
        Written::YearFirst(d) => Some(d),
        Written::YearLast(a, b, y) => {
            let (m, d) = match order {
                DayOrder::MonthFirst => (a, b),
                DayOrder::DayFirst => (b, a),
            };
            NaiveDate::from_ymd_opt(y, m, d)
        }
    }
}

/// What a file's dates say of their order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrderFound {
    /// No date has its year last, or one reads only one way: no question.
    Known(DayOrder),
    /// Every date with its year last reads both ways: the admin says which.
    Either,
}

/// What the dates `values` (empty cells left out) say of their order:
/// a date such as `25/3/2026` can only be day first.
pub fn order_of<'a>(values: impl IntoIterator<Item = &'a str>) -> OrderFound {
    let (mut month_first, mut day_first, mut year_last) = (true, true, false);
    for v in values {
        if let Some(Written::YearLast(a, b, y)) = written(v) {
            year_last = true;
            month_first &= NaiveDate::from_ymd_opt(y, a, b).is_some();
            day_first &= NaiveDate::from_ymd_opt(y, b, a).is_some();
        }
    }
    match (year_last, month_first, day_first) {
        (true, true, true) => OrderFound::Either,
        (_, false, true) => OrderFound::Known(DayOrder::DayFirst),
        _ => OrderFound::Known(DayOrder::MonthFirst),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn utf8_with_and_without_its_mark_and_utf16_both_ways_read_alike() {
        let text = "Name,Email\n김민지,minji@contoso.com\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        let marked = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        for bytes in [text.as_bytes(), &marked, &le, &be] {
            assert_eq!(decode(bytes).as_deref(), Ok(text));
        }
        assert_eq!(decode(b"Name\nJos\xe9\n"), Err(2), "Latin-1 is not UTF-8");
        assert_eq!(decode(&[0xFF, 0xFE, b'a', 0, b'\n', 0, 0x00, 0xD8]), Err(2));
    }

    #[test]
    fn comma_semicolon_and_tab_files_give_the_same_table() {
        let want = Table {
            headers: vec!["subscriber name".into(), "email".into()],
            names: vec!["Subscriber Name".into(), "Email".into()],
            rows: vec![
                Row {
                    line: 2,
                    cells: vec!["Park, Alex".into(), "alex@contoso.com".into()],
                },
                Row {
                    line: 4,
                    cells: vec!["Kim\nMinji".into(), "minji@contoso.com".into()],
                },
            ],
        };
        for file in [
            "Subscriber Name,Email\n\"Park, Alex\",alex@contoso.com\n,\n\"Kim\nMinji\",minji@contoso.com\n",
            "Subscriber Name;Email\nPark, Alex;alex@contoso.com\n;\n\"Kim\nMinji\";minji@contoso.com\n",
            " Subscriber Name \tEmail\nPark, Alex\talex@contoso.com\n\t\n\"Kim\nMinji\"\t minji@contoso.com\n",
        ] {
            assert_eq!(read(file), Ok(want.clone()), "{file:?}");
        }
        let table = read("A;B\n1;2\n").unwrap();
        assert_eq!(table.column(&["c", "b"]), Some(1));
        assert_eq!(table.rows[0].get(Some(7)), "", "a short row reads empty");
    }

    #[test]
    fn a_long_read_tells_its_progress_as_it_goes() {
        let text: String = std::iter::once("Email,Level\n".to_owned())
            .chain((0..10_000).map(|i| format!("user{i}@contoso.com,Enterprise\n")))
            .collect();
        let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let log = seen.clone();
        let table = with_progress(
            move |done, total| log.borrow_mut().push((done, total)),
            || read(&text),
        );
        assert_eq!(table.map(|t| t.rows.len()), Ok(10_000));
        let seen = seen.borrow();
        assert_eq!(seen.len(), 10_000 / TICK_EVERY, "{seen:?}");
        assert!(seen.windows(2).all(|w| w[0].0 < w[1].0), "only forward");
        assert!(
            seen.iter()
                .all(|&(done, total)| done < total && total == text.len() as u64)
        );
        // Outside `with_progress` nothing is told.
        drop(seen);
        assert!(read("A\n1\n").is_ok());
    }

    #[test]
    fn files_that_are_not_tables_say_why_and_where() {
        assert_eq!(read(""), Err(TableError::Empty));
        assert_eq!(read("\u{feff} \n"), Err(TableError::Empty));
    }

    #[test]
    fn dates_are_read_in_every_way_a_portal_or_spreadsheet_writes_them() {
        let m = DayOrder::MonthFirst;
        for s in [
            "2026-03-01",
            "2026-03-01T00:00:00Z",
            "2026. 3. 1.",
            "2026.03.01",
            "2026/3/1",
            "3/1/2026",
            "03/01/2026 12:00:00 AM",
            "3/1/2026 0:00",
        ] {
            assert_eq!(parse_date(s, m), Some(day(2026, 3, 1)), "{s}");
        }
        assert_eq!(
            parse_date("3/1/2026", DayOrder::DayFirst),
            Some(day(2026, 1, 3))
        );
        for s in ["", "soon", "2026-02-30", "13/13/2026", "1/2/26", "2026-3"] {
            assert_eq!(parse_date(s, m), None, "{s}");
        }
    }

    #[test]
    fn the_order_of_day_and_month_comes_from_the_whole_column() {
        assert_eq!(
            order_of(["3/1/2026", "25/3/2026"]),
            OrderFound::Known(DayOrder::DayFirst)
        );
        assert_eq!(
            order_of(["3/1/2026", "3/25/2026"]),
            OrderFound::Known(DayOrder::MonthFirst)
        );
        assert_eq!(order_of(["3/1/2026", "4/2/2026"]), OrderFound::Either);
        assert_eq!(
            order_of(["2026-03-01", "2026. 4. 2."]),
            OrderFound::Known(DayOrder::MonthFirst),
            "no question when the year comes first"
        );
    }
}
