//! The records out again as CSV (issue 29, item 4): product keys,
//! subscriptions, Visual Studio seats and Azure credits, one row a record,
//! every day in ISO form, people by name and email, for a spreadsheet or an
//! audit. A key's text is never written, only whether one is recorded: the
//! file leaves the app, a backup is the way to carry keys. Written with the
//! `csv` crate (quoting, line breaks in names), which only the page that
//! exports loads.

use crate::model::{Dataset, User};
use crate::rules::visual_studio::seat_reassignable_from;

/// Which records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Records {
    /// Product keys and their redemptions.
    Keys,
    /// Subscriptions and their changes.
    Subscriptions,
    /// Visual Studio seats, their holders and earlier holders.
    Seats,
    /// Azure credits and who holds them.
    Credits,
}

impl Records {
    /// Every kind, in the order a page offers them.
    pub const ALL: [Records; 4] = [
        Records::Keys,
        Records::Subscriptions,
        Records::Seats,
        Records::Credits,
    ];

    /// The file's name for the records of `day` (ISO).
    pub fn file_name(self, day: &str) -> String {
        let what = match self {
            Records::Keys => "keys",
            Records::Subscriptions => "subscriptions",
            Records::Seats => "visual-studio-seats",
            Records::Credits => "azure-credits",
        };
        format!("benefits-desk-{what}-{day}.csv")
    }
}

/// `records` of `d` as CSV text, with a byte-order mark so that a
/// spreadsheet opens it as UTF-8 (Korean names intact).
pub fn records_csv(d: &Dataset, records: Records) -> String {
    let (header, rows) = match records {
        Records::Keys => keys(d),
        Records::Subscriptions => subscriptions(d),
        Records::Seats => seats(d),
        Records::Credits => credits(d),
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(&row);
    }
    let text = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
    format!("\u{feff}{text}")
}

type Table = (&'static [&'static str], Vec<Vec<String>>);

fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// "Name <email>" of user `id`, or its id when it is no longer listed.
fn person(d: &Dataset, id: u64) -> (String, String) {
    d.users.iter().find(|u| u.id == id).map_or_else(
        || (format!("#{id}"), String::new()),
        |u: &User| (u.name.clone(), u.email.clone()),
    )
}

fn keys(d: &Dataset) -> Table {
    const HEADER: &[&str] = &[
        "id",
        "product",
        "licenses",
        "received",
        "key_recorded",
        "redeemed_on",
        "mode",
        "tenant_owner",
        "tenant",
        "subscription_id",
        "ends",
        "replaced",
        "replaces_key_id",
    ];
    let rows = d
        .keys
        .iter()
        .map(|k| {
            let r = k.redemption.as_ref();
            vec![
                k.id.to_string(),
                k.product.clone(),
                k.licenses.to_string(),
                day(k.received),
                (!k.key.is_empty() || k.sealed.is_some()).to_string(),
                day(r.map(|r| r.on)),
                r.map(|r| format!("{:?}", r.mode)).unwrap_or_default(),
                r.map(|r| format!("{:?}", r.owner)).unwrap_or_default(),
                r.map(|r| r.tenant.clone()).unwrap_or_default(),
                r.and_then(|r| r.subscription)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                day(r.and_then(|r| r.ends)),
                k.replaced.to_string(),
                k.replaces.map(|r| r.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    (HEADER, rows)
}

fn subscriptions(d: &Dataset) -> Table {
    const HEADER: &[&str] = &["id", "product", "licenses", "end", "tenant", "changes"];
    let rows = d
        .subscriptions
        .iter()
        .map(|s| {
            let changes: Vec<String> = s
                .history
                .iter()
                .map(|h| format!("{}: {} licenses, end {} before", h.on, h.licenses, h.end))
                .collect();
            vec![
                s.id.to_string(),
                s.product.clone(),
                s.licenses.to_string(),
                s.end.to_string(),
                s.tenant.clone(),
                changes.join("; "),
            ]
        })
        .collect();
    (HEADER, rows)
}

fn seats(d: &Dataset) -> Table {
    const HEADER: &[&str] = &[
        "id",
        "level",
        "holder",
        "holder_email",
        "assigned_on",
        "activated_on",
        "reassignable_from",
        "portal_guid",
        "reference",
        "expires",
        "earlier_holders",
    ];
    let rows = d
        .vs_seats
        .iter()
        .map(|s| {
            let a = s.assignment.as_ref();
            let (name, email) = a.map(|a| person(d, a.user)).unwrap_or_default();
            let from = a.and_then(|a| seat_reassignable_from(a).ok().map(|e| e.value));
            let portal = s.portal();
            let earlier: Vec<String> = s
                .history
                .iter()
                .map(|h| {
                    let (name, email) = person(d, h.user);
                    format!("{name} <{email}> {} – {}", h.from, h.to)
                })
                .collect();
            vec![
                s.id.to_string(),
                format!("{:?}", s.level),
                name,
                email,
                day(a.map(|a| a.assigned_on)),
                day(a.and_then(|a| a.activated_on)),
                day(from),
                portal.guid,
                portal.reference,
                day(portal.expires),
                earlier.join("; "),
            ]
        })
        .collect();
    (HEADER, rows)
}

fn credits(d: &Dataset) -> Table {
    const HEADER: &[&str] = &[
        "id",
        "kind",
        "amount",
        "holder",
        "holder_email",
        "given_on",
        "billing_profile",
        "provisioned",
        "moves",
    ];
    let rows = d
        .credits
        .iter()
        .map(|c| {
            let (name, email) = c.assignee.map(|u| person(d, u)).unwrap_or_default();
            vec![
                c.id.to_string(),
                format!("{:?}", c.kind),
                c.amount.to_string(),
                name,
                email,
                day(c.given_on),
                c.billing_profile.clone(),
                day(c.provisioned),
                (c.transfers.len() as u64 + u64::from(c.reassigned)).to_string(),
            ]
        })
        .collect();
    (HEADER, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample::sample;
    use crate::testing::d;

    /// The file's rows, read back with the same crate a spreadsheet stands for.
    fn rows(text: &str) -> Vec<Vec<String>> {
        let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn every_kind_of_record_goes_out_one_row_each_and_no_key_text_with_it() {
        let data = sample(d(2026, 12, 5));
        for kind in Records::ALL {
            let text = records_csv(&data, kind);
            let rows = rows(&text);
            let count = match kind {
                Records::Keys => data.keys.len(),
                Records::Subscriptions => data.subscriptions.len(),
                Records::Seats => data.vs_seats.len(),
                Records::Credits => data.credits.len(),
            };
            assert_eq!(rows.len(), count + 1, "{kind:?}");
            assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{kind:?}");
            for k in &data.keys {
                assert!(
                    k.key.is_empty() || !text.contains(&k.key),
                    "{kind:?} leaks a key"
                );
            }
        }
        assert_eq!(
            Records::Seats.file_name("2026-12-05"),
            "benefits-desk-visual-studio-seats-2026-12-05.csv"
        );
    }

    #[test]
    fn a_seat_row_says_who_holds_it_since_when_and_when_it_can_move() {
        let mut data = sample(d(2026, 12, 5));
        let held = data
            .vs_seats
            .iter()
            .position(|s| s.assignment.is_some())
            .expect("the sample gives a seat");
        let seat = &mut data.vs_seats[held];
        let a = seat.assignment.as_mut().unwrap();
        a.assigned_on = d(2026, 3, 1);
        a.activated_on = Some(d(2026, 3, 5));
        let user = a.user;
        let id = seat.id;
        if let Some(u) = data.users.iter_mut().find(|u| u.id == user) {
            u.name = "Kim, \"Minji\"".into();
        }
        let rows = rows(&records_csv(&data, Records::Seats));
        let row = rows.iter().find(|r| r[0] == id.to_string()).unwrap();
        assert_eq!(row[2], "Kim, \"Minji\"", "quoted, read back whole");
        assert_eq!(
            (row[4].as_str(), row[5].as_str()),
            ("2026-03-01", "2026-03-05")
        );
        assert_eq!(row[6], "2026-06-03", "R27: 90 days from the activation");
    }
}
