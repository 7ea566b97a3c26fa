//! Calendar export: the agenda's deadlines as an iCalendar (`.ics`) file with
//! reminder alarms, written with the `icalendar` crate.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};
use serde::{Deserialize, Serialize};

use crate::rules::agenda::{AgendaItem, ItemKind};

/// Reminder alarms, in days before each deadline.
pub const DEFAULT_REMINDERS: [u32; 2] = [14, 1];

/// A stable UID for an item, so re-importing the file updates events instead of
/// duplicating them.
fn uid(item: &AgendaItem) -> String {
    let what = match item.kind {
        ItemKind::RedeemKey(id) => format!("redeem-key-{id}"),
        ItemKind::KeyValidityEnds(id) => format!("key-validity-{id}"),
        ItemKind::RedeemBenefit(id) => format!("redeem-benefit-{id}"),
        ItemKind::BenefitEnds(id) => format!("benefit-ends-{id}"),
        ItemKind::SubscriptionEnds(id) => format!("subscription-{id}"),
        ItemKind::RenewalOpens => "renewal-opens".into(),
        ItemKind::RenewalCloses => "renewal-closes".into(),
        ItemKind::Lapse { .. } => "lapse".into(),
        ItemKind::GraceEnds => "grace-ends".into(),
        ItemKind::SeatReassignable(id) => format!("seat-{id}"),
        ItemKind::SupportContractEnds => "support-contract".into(),
        ItemKind::IncidentsLow(_) => "incidents-low".into(),
        ItemKind::CreditEnds(id) => format!("credit-ends-{id}"),
        ItemKind::MoveToPackage => "move-to-package".into(),
        ItemKind::ReassignAfterMove => "reassign-after-move".into(),
    };
    // Written by hand: chrono's `format` brings a strftime parser into the page.
    let d = item.due;
    format!(
        "{what}-{:04}{:02}{:02}@benefits-desk",
        d.year(),
        d.month(),
        d.day()
    )
}

/// One deadline, ready to be written as a calendar event. Made on the page (which
/// knows the language), written to iCalendar by the tools worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalEvent {
    /// Stable identifier: the same deadline keeps its UID across exports.
    pub uid: String,
    /// The deadline (an all-day event).
    pub date: NaiveDate,
    /// Title.
    pub summary: String,
    /// Body text.
    pub description: String,
}

/// The agenda as events, titled by `title` and described by `describe` (the rule id
/// is added to the description).
pub fn calendar_events(
    items: &[AgendaItem],
    title: impl Fn(&AgendaItem) -> String,
    describe: impl Fn(&AgendaItem) -> String,
) -> Vec<CalEvent> {
    items
        .iter()
        .map(|item| CalEvent {
            uid: uid(item),
            date: item.due,
            summary: title(item),
            description: format!("{} ({})", describe(item), item.rule.as_str()),
        })
        .collect()
}

/// Events as an iCalendar file: one all-day event each, with a display alarm
/// `reminders` days before.
///
/// `stamp` is the export time (DTSTAMP); the caller reads the clock, not this module.
pub fn write_ics(events: &[CalEvent], reminders: &[u32], stamp: DateTime<Utc>) -> String {
    let mut cal = Calendar::new();
    cal.name("Partner Benefits Desk");
    for e in events {
        let mut event = Event::new();
        event
            .uid(&e.uid)
            .timestamp(stamp)
            .summary(&e.summary)
            .description(&e.description)
            .all_day(e.date);
        for &days in reminders {
            let mut alarm = Alarm::display(&e.summary, -Duration::days(i64::from(days)));
            // Set explicitly: left out, the crate would read the clock and a random source.
            alarm
                .timestamp(stamp)
                .uid(&format!("{}-alarm-{days}", e.uid));
            event.alarm(alarm);
        }
        cal.push(event.done());
    }
    cal.done().to_string()
}

/// [`calendar_events`] then [`write_ics`], in one step.
pub fn export_ics(
    items: &[AgendaItem],
    title: impl Fn(&AgendaItem) -> String,
    describe: impl Fn(&AgendaItem) -> String,
    reminders: &[u32],
    stamp: DateTime<Utc>,
) -> String {
    write_ics(&calendar_events(items, title, describe), reminders, stamp)
}

/// Reminder days typed as `14, 1`: `None` unless every part is a whole number of
/// days from 0 to 365, each given once. (No sorting: the standard sort would add
/// kilobytes to the page for a list of two.)
pub fn parse_reminders(text: &str) -> Option<Vec<u32>> {
    let mut days = Vec::new();
    for part in text.split(',') {
        let d = part.trim().parse::<u32>().ok().filter(|d| *d <= 365)?;
        if days.contains(&d) {
            return None;
        }
        days.push(d);
    }
    Some(days)
}

/// The all-day dates of the events in an `.ics` text, for checking an export.
///
/// # Errors
/// The parser's message when the text is not iCalendar.
#[cfg(test)]
pub fn event_dates(text: &str) -> Result<Vec<chrono::NaiveDate>, String> {
    use icalendar::{CalendarComponent, DatePerhapsTime};
    let cal: Calendar = text.parse()?;
    Ok(cal
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => match e.get_start() {
                Some(DatePerhapsTime::Date(d)) => Some(d),
                _ => None,
            },
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::{Scale, generate};
    use crate::rules::agenda::agenda;

    #[test]
    fn every_deadline_becomes_an_all_day_event_with_two_reminders() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let data = generate(
            Scale {
                keys: 20,
                users: 5,
                seats: 6,
                subscriptions: 4,
                credits: 0,
            },
            today,
        );
        let items = agenda(&data, today);
        assert!(items.len() > 5);
        let stamp = DateTime::<Utc>::from_timestamp(1_795_000_000, 0).unwrap();
        let text = export_ics(
            &items,
            |i| format!("{:?}", i.kind),
            |_| "why".into(),
            &DEFAULT_REMINDERS,
            stamp,
        );
        let dates = event_dates(&text).unwrap();
        assert_eq!(dates, items.iter().map(|i| i.due).collect::<Vec<_>>());
        assert_eq!(text.matches("BEGIN:VALARM").count(), 2 * items.len());
        // RFC 5545 durations, in seconds as the crate writes them: 14 days and 1 day.
        assert_eq!(text.matches("TRIGGER:-PT1209600S").count(), items.len());
        assert_eq!(text.matches("TRIGGER:-PT86400S").count(), items.len());
        // Exported twice, the file is the same: no clock, no random ids inside.
        let again = export_ics(
            &items,
            |i| format!("{:?}", i.kind),
            |_| "why".into(),
            &DEFAULT_REMINDERS,
            stamp,
        );
        assert_eq!(text, again);
    }

    #[test]
    fn reminders_are_configurable() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let items = agenda(
            &generate(
                Scale {
                    keys: 3,
                    users: 0,
                    seats: 0,
                    subscriptions: 0,
                    credits: 0,
                },
                today,
            ),
            today,
        );
        let stamp = DateTime::<Utc>::from_timestamp(0, 0).unwrap();
        let text = export_ics(&items, |_| "t".into(), |_| "d".into(), &[30], stamp);
        assert_eq!(text.matches("BEGIN:VALARM").count(), items.len());
        assert!(text.contains("TRIGGER:-PT2592000S"));
    }

    #[test]
    fn reminder_text_is_checked() {
        assert_eq!(parse_reminders("14, 1"), Some(vec![14, 1]));
        assert_eq!(parse_reminders("1,30"), Some(vec![1, 30]));
        assert_eq!(parse_reminders("0"), Some(vec![0]));
        assert_eq!(parse_reminders(""), None);
        assert_eq!(parse_reminders("14, x"), None);
        assert_eq!(parse_reminders("400"), None);
        assert_eq!(parse_reminders("-1"), None);
        assert_eq!(parse_reminders("7, 7"), None);
    }
}
