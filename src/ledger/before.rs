//! The history the records kept before the ledger already hold — renewals,
//! redemptions, replacements asked, seat holders, credit moves, the support
//! activation — as dated events beside the event that takes the records over
//! ([`Facts::AsItStood`]), so the History page and its CSV show a partner's
//! past year by year, not as one undated lump.
//!
//! They change nothing on replay (the records taken over already hold what
//! they say) and name their records as they were named then, so a record
//! left out by a merge, or renamed since, cannot make them say something else.
//! Their ids are drawn from the taking-over event's id and their own facts:
//! the same records taken over in two browsers give the same events, and a
//! merge keeps one of each.

use chrono::NaiveDate;

use super::{Event, Facts, Past, hash128};
use crate::model::{Dataset, User};

/// The dated events of the history that `start` (an [`Facts::AsItStood`]
/// event) takes over, oldest day first; none for any other event.
pub fn before_ledger(start: &Event) -> Vec<Event> {
    let Facts::AsItStood { data } = &start.facts else {
        return Vec::new();
    };
    let mut out: Vec<(NaiveDate, Past, String, String)> = Vec::new();
    // Looked up by id: a large account names thousands of people.
    let people: std::collections::BTreeMap<u64, &User> =
        data.users.iter().map(|u| (u.id, u)).collect();
    let person = |id: u64| people.get(&id).map_or_else(String::new, |u| named(u));
    history_of_membership(data, &mut out);
    for k in &data.keys {
        if let Some(r) = &k.redemption {
            let into = r
                .subscription
                .and_then(|s| data.subscriptions.iter().find(|x| x.id == s))
                .map_or_else(|| r.tenant.clone(), |s| s.product.clone());
            out.push((r.on, Past::Redeemed, k.product.clone(), into));
        }
        if let Some(asked) = &k.replacement {
            out.push((
                asked.asked_on,
                Past::ReplacementAsked,
                k.product.clone(),
                String::new(),
            ));
        }
    }
    for b in &data.benefits {
        if let Some(r) = &b.redeemed {
            out.push((
                r.on,
                Past::RedeemedKeyless,
                b.product.clone(),
                r.tenant.clone(),
            ));
        }
    }
    for s in &data.vs_seats {
        let level = format!("{:?}", s.level);
        for h in &s.history {
            out.push((h.from, Past::SeatAssigned, level.clone(), person(h.user)));
            out.push((h.to, Past::SeatReleased, level.clone(), person(h.user)));
        }
        if let Some(a) = &s.assignment {
            out.push((a.assigned_on, Past::SeatAssigned, level, person(a.user)));
        }
    }
    for c in &data.credits {
        let credit = format!("{:?} · {}", c.kind, c.amount);
        for t in &c.transfers {
            let moved = format!("{} → {}", person(t.from), person(t.to));
            out.push((t.on, Past::CreditMoved, credit.clone(), moved));
        }
        if let (Some(on), Some(holder)) = (c.given_on, c.assignee) {
            out.push((on, Past::CreditGiven, credit, person(holder)));
        }
    }
    if let Some(on) = data.support.as_ref().and_then(|s| s.activated_on) {
        out.push((on, Past::SupportActivated, String::new(), String::new()));
    }
    // Oldest first; one event for facts told twice (a seat released and
    // given again the same day to the same person is two facts, not four).
    out.sort_by(|a, b| (a.0, a.1.kind(), &a.2, &a.3).cmp(&(b.0, b.1.kind(), &b.2, &b.3)));
    out.dedup();
    out.into_iter()
        .map(|(day, what, record, other)| {
            let facts = Facts::Before {
                what,
                record,
                other,
            };
            let text = serde_json::to_string(&facts).unwrap_or_default();
            Event {
                id: hash128(format!("{}|{day}|{text}", start.id).as_bytes()),
                day,
                at: start.at.clone(),
                device: start.device.clone(),
                admin: start.admin.clone(),
                facts,
            }
        })
        .collect()
}

/// The renewals the membership kept: each on the day it was paid.
fn history_of_membership(data: &Dataset, out: &mut Vec<(NaiveDate, Past, String, String)>) {
    let Some(m) = &data.membership else {
        return;
    };
    // The offer after each renewal: the one before the next move, or today's.
    let mut after = m.offer;
    for r in m.renewals.iter().rev() {
        let offer = match r.from_offer {
            Some(from) => {
                let moved = format!("{from:?} → {after:?}");
                after = from;
                moved
            }
            None => format!("{after:?}"),
        };
        out.push((r.paid_on, Past::Renewed, offer, r.anniversary.to_string()));
    }
}

/// A person as the history names one: name and email.
fn named(u: &User) -> String {
    format!("{} <{}>", u.name, u.email)
}
