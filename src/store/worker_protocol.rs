//! The tools worker's protocol. CSV import and calendar export need the `csv` and
//! `icalendar` crates, which the first page load should not pay for; they run in
//! a second, smaller WebAssembly module (`src/bin/tools.rs`) that the page starts
//! as a Web Worker only when the user opens one of these tools. Requests and
//! answers travel as JSON text.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::calendar::{CalEvent, write_ics};
use super::csv_import::{CsvError, CsvImport, parse_users};
use super::sheet::{Mapping, SheetError, SheetFile, SheetKind, read_sheet};
use super::subscribers::{FileError, SubscriberFile, parse_subscribers};
use super::table::DayOrder;

/// The message the worker posts once it is ready for requests.
pub const READY: &str = "ready";

/// The share of a file read, in percent, that the worker posts (as a
/// number: the page tells it from its answer, which is text) for `done` of
/// `total` bytes read; `None` when there is nothing to read.
pub fn percent(done: u64, total: u64) -> Option<u32> {
    (total > 0).then(|| (done.min(total) * 100 / total) as u32)
}

/// What the page asks of the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToolRequest {
    /// Read users from a CSV file; `existing` are the stored users' emails.
    Csv {
        /// The file's text.
        text: String,
        /// Emails already stored, to find duplicates.
        existing: Vec<String>,
    },
    /// Read the Visual Studio subscriptions portal's subscriber export.
    Subscribers {
        /// The file's text.
        text: String,
        /// How dates with the year last are read, when the admin said.
        order: Option<DayOrder>,
    },
    /// Read the admin's own spreadsheet as rows of `kind`.
    Sheet {
        /// The file's text.
        text: String,
        /// What each row is.
        kind: SheetKind,
        /// The admin's mapping of columns to fields, once changed.
        mapping: Option<Mapping>,
        /// How dates with the year last are read, when the admin said.
        order: Option<DayOrder>,
        /// Today: days after it are refused where only the past makes sense.
        #[serde(with = "crate::model::iso::serde")]
        today: chrono::NaiveDate,
    },
    /// Write events as an iCalendar file.
    Ics {
        /// The deadlines.
        events: Vec<CalEvent>,
        /// Reminder alarms, days before each event.
        reminders: Vec<u32>,
        /// Export time, in seconds since 1970 (a number: chrono's text form of a
        /// time would bring its formatter into the page).
        stamp: i64,
    },
}

/// The worker's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ToolResponse {
    /// Users read, or why the file cannot be read.
    Csv(Result<CsvImport, CsvError>),
    /// Subscriptions read, or why the file cannot be read.
    Subscribers(Result<SubscriberFile, FileError>),
    /// The spreadsheet read, or why it cannot be.
    Sheet(Result<SheetFile, SheetError>),
    /// The `.ics` text.
    Ics(String),
    /// The request itself could not be read (a page and a worker of different builds).
    BadRequest,
}

/// Answer one request (the worker's whole job), JSON in and out.
pub fn handle(request: &str) -> String {
    let response = match serde_json::from_str::<ToolRequest>(request) {
        Ok(ToolRequest::Csv { text, existing }) => {
            ToolResponse::Csv(parse_users(text.as_bytes(), &existing))
        }
        Ok(ToolRequest::Subscribers { text, order }) => {
            ToolResponse::Subscribers(parse_subscribers(&text, order))
        }
        Ok(ToolRequest::Sheet {
            text,
            kind,
            mapping,
            order,
            today,
        }) => ToolResponse::Sheet(read_sheet(&text, kind, mapping, order, today)),
        Ok(ToolRequest::Ics {
            events,
            reminders,
            stamp,
        }) => ToolResponse::Ics(write_ics(
            &events,
            &reminders,
            DateTime::<Utc>::from_timestamp(stamp, 0).unwrap_or_default(),
        )),
        Err(_) => ToolResponse::BadRequest,
    };
    serde_json::to_string(&response).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(request: &ToolRequest) -> ToolResponse {
        serde_json::from_str(&handle(&serde_json::to_string(request).unwrap())).unwrap()
    }

    #[test]
    fn csv_requests_come_back_parsed() {
        let got = ask(&ToolRequest::Csv {
            text: "Name,Email\n김민지,minji@contoso.co.kr\n".into(),
            existing: vec![],
        });
        let ToolResponse::Csv(Ok(found)) = got else {
            panic!("{got:?}")
        };
        assert_eq!(found.users[0].name, "김민지");
        assert_eq!(
            ask(&ToolRequest::Csv {
                text: String::new(),
                existing: vec![]
            }),
            ToolResponse::Csv(Err(CsvError::Empty))
        );
    }

    #[test]
    fn progress_is_told_in_whole_percent_never_past_the_end() {
        assert_eq!(percent(512, 2048), Some(25));
        assert_eq!(percent(2047, 2048), Some(99));
        assert_eq!(percent(3000, 2048), Some(100));
        assert_eq!(percent(1, 0), None);
    }

    #[test]
    fn a_spreadsheet_comes_back_read_with_the_mapping_asked() {
        let sheet = |mapping| {
            let got = ask(&ToolRequest::Sheet {
                text: "What,How many,Until\nAzure DevOps,3,2027-06-30\n".into(),
                kind: SheetKind::Subscriptions,
                mapping,
                order: None,
                today: crate::testing::d(2026, 12, 6),
            });
            let ToolResponse::Sheet(Ok(file)) = got else {
                panic!("{got:?}")
            };
            file
        };
        assert_eq!(sheet(None).rows.len(), 0, "nothing to guess from");
        assert_eq!(
            sheet(Some(vec![Some(0), Some(1), Some(2), None]))
                .rows
                .len(),
            1
        );
    }

    #[test]
    fn subscriber_exports_come_back_read_in_the_order_asked() {
        let text =
            "Email,Subscription Level,Assigned\na@contoso.com,Visual Studio Enterprise,4/2/2024\n";
        let day = |order| {
            let got = ask(&ToolRequest::Subscribers {
                text: text.into(),
                order,
            });
            let ToolResponse::Subscribers(Ok(file)) = got else {
                panic!("{got:?}")
            };
            file.rows[0].seat.holder.as_ref().unwrap().assigned
        };
        assert_eq!(day(None), crate::testing::d(2024, 4, 2));
        assert_eq!(day(Some(DayOrder::DayFirst)), crate::testing::d(2024, 2, 4));
    }

    #[test]
    fn ics_requests_come_back_as_calendar_text() {
        let got = ask(&ToolRequest::Ics {
            events: vec![CalEvent {
                uid: "u@x".into(),
                date: chrono::NaiveDate::from_ymd_opt(2027, 3, 31).unwrap(),
                summary: "Renew".into(),
                description: "d".into(),
            }],
            reminders: vec![1],
            stamp: 0,
        });
        let ToolResponse::Ics(text) = got else {
            panic!("{got:?}")
        };
        assert!(text.contains("DTSTART;VALUE=DATE:20270331"), "{text}");
        assert_eq!(text.matches("BEGIN:VALARM").count(), 1);
    }

    #[test]
    fn unreadable_requests_are_answered_not_dropped() {
        assert_eq!(
            serde_json::from_str::<ToolResponse>(&handle("{nonsense")).unwrap(),
            ToolResponse::BadRequest
        );
    }
}
