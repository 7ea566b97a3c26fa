//! The ledger: every change is an [`Event`](crate::ledger::Event); the data the pages read is the
//! replay of the events in one order ([`replay`](crate::ledger::replay)); two ledgers combine as the
//! union of their events ([`union`](crate::ledger::union)).
//!
//! **Order.** Events replay in the order they were recorded (`at`, then the
//! id). A browser never records an event earlier than the last one it has
//! seen ([`next_at`](crate::ledger::next_at), a hybrid logical clock as in Actual Budget), so a clock
//! set wrong on one device cannot put its changes before what it had already
//! seen from another. The day an event takes effect (`day`) is a fact the
//! rules use, not the order: a change dated last spring, recorded today after
//! its record was entered today, must come after that entry, and the rules
//! themselves refuse a dated change that contradicts a later one of the same
//! record (`ChangeError::BeforeLastChange`), on the day it is recorded and on
//! every replay alike. (RULES.md's issue 27 asked for the effective day first;
//! that order refused, on replay, every piece of history entered after the
//! record it belongs to. docs/architecture.md says more.)
//!
//! **Secrets.** Key texts never enter an event: the stored ledger keeps the
//! current texts apart ([`Texts`](crate::ledger::Texts)), and replay puts them back by key id.

mod before;
pub mod change;
mod event;
pub mod generate;
mod sheet;

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use before::before_ledger;
pub use event::{Event, Facts, Past, quickly, rows_of, rows_text};
pub use sheet::{SheetOutcome, SheetPlan, plan_sheet};

use crate::ledger::change::{self as c, ChangeError};
use crate::model::Dataset;
use crate::model::ids::{FNV_BASIS, fnv64, minting};
use crate::model::sample::{is_sample_id, keyless_sample, remove_sample, sample};
use crate::model::vault::SealedKey;

/// A key's text, kept beside the ledger (never in an event).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyText {
    /// The key's id.
    pub id: u64,
    /// Its readable text (empty when sealed or not recorded).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    /// Its sealed text, with the vault on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<SealedKey>,
}

/// Every key text of some data.
pub type Texts = Vec<KeyText>;

/// The key texts of `d`.
pub fn texts_of(d: &Dataset) -> Texts {
    d.keys
        .iter()
        .filter(|k| !k.key.is_empty() || k.sealed.is_some())
        .map(|k| KeyText {
            id: k.id,
            key: k.key.clone(),
            sealed: k.sealed.clone(),
        })
        .collect()
}

/// The stored ledger: its events in replay order and the key texts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    /// Every event, voids and unknown kinds included, in replay order.
    pub events: Vec<Event>,
    /// The key texts as they are now.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub texts: Texts,
}

/// Apply one event to `d` through the same change function a page calls, as
/// of the event's day, with ids drawn from the event's id.
///
/// # Errors
/// The change's refusal; `d` is as it was. [`ChangeError::Taken`] is the one
/// refusal that keeps what fitted: records taken over as they stood are added
/// except those whose id another record already holds.
pub fn apply(d: &mut Dataset, e: &Event) -> Result<(), ChangeError> {
    minting(&e.id, || apply_facts(d, &e.facts, e.day))
}

/// Run a change of several steps on a copy: all or nothing.
fn whole(
    d: &mut Dataset,
    f: impl FnOnce(&mut Dataset) -> Result<(), ChangeError>,
) -> Result<(), ChangeError> {
    let mut copy = d.clone();
    f(&mut copy)?;
    *d = copy;
    Ok(())
}

fn apply_facts(d: &mut Dataset, f: &Facts, day: NaiveDate) -> Result<(), ChangeError> {
    match f {
        Facts::AsItStood { data } => adopt(d, data),
        Facts::Before { .. } => Ok(()),
        Facts::Sample { keyless } => {
            let mut s = if *keyless {
                keyless_sample(day)
            } else {
                sample(day)
            };
            // Never a readable text beside a vault: the made-up keys come
            // without theirs.
            if d.vault.is_some() {
                s.keys.iter_mut().for_each(|k| k.key.clear());
            }
            adopt(d, &s)
        }
        Facts::RemoveSample => {
            *d = remove_sample(d, day);
            Ok(())
        }
        Facts::Void { .. } => Ok(()),
        Facts::Unknown(_) => Err(ChangeError::NewerVersion),
        Facts::AddBenefit { product, quantity } => {
            c::add_benefit(d, product.clone(), *quantity);
            Ok(())
        }
        Facts::RemoveBenefit { id } => c::remove_benefit(d, *id),
        Facts::RecordKeyless { id, on, tenant } => c::record_keyless(d, *id, *on, tenant.clone()),
        Facts::AddKey { fields, sealed } => {
            let id = c::add_key(d, fields.clone());
            if let Some(s) = sealed {
                c::seal_key(d, id, s.clone())?;
            }
            Ok(())
        }
        Facts::EditKey { id, fields, sealed } => whole(d, |d| {
            c::edit_key(d, *id, fields.clone())?;
            sealed.clone().map_or(Ok(()), |s| c::seal_key(d, *id, s))
        }),
        Facts::DeleteKey { id } => {
            c::delete_key(d, *id);
            Ok(())
        }
        Facts::AskReplacement { key, on, by } => c::ask_replacement(d, *key, *on, *by),
        Facts::LinkReplacement { key, by } => c::link_replacement(d, *key, *by),
        Facts::Redeem { request } => c::record_redemption(d, request).map(|_| ()),
        // One email, one user: the same person added in two browsers and
        // merged is refused the second time (start-up refuses two).
        Facts::AddUser { user } if has_email(d, &user.email) => Err(ChangeError::Duplicate),
        Facts::AddUser { user } => {
            c::add_user(d, user.clone());
            Ok(())
        }
        Facts::ImportUsers { users, source } => {
            let mut fresh: Vec<(String, String)> = Vec::new();
            for (name, email) in users {
                let twice = fresh
                    .iter()
                    .any(|(_, e)| e.trim().eq_ignore_ascii_case(email.trim()));
                if !twice && !has_email(d, email) {
                    fresh.push((name.clone(), email.clone()));
                }
            }
            c::import_users(d, fresh, *source);
            Ok(())
        }
        Facts::RemoveUser { id } => c::remove_user(d, *id),
        Facts::AddSeats { level, n } => {
            c::add_seats(d, *level, *n);
            Ok(())
        }
        Facts::SetSeatActivation { seat, on } => c::set_seat_activation(d, *seat, *on),
        Facts::AssignSeat {
            seat,
            user,
            on,
            activated,
        } => whole(d, |d| {
            c::assign_seat(d, *seat, *user, *on)?;
            activated.map_or(Ok(()), |a| c::set_seat_activation(d, *seat, a))
        }),
        Facts::ReleaseSeat { seat, on } => c::release_seat(d, *seat, *on),
        Facts::RemoveSeat { seat } => {
            c::remove_seat(d, *seat);
            Ok(())
        }
        Facts::AddSubscription { subscription } => {
            c::add_subscription(d, subscription.clone());
            Ok(())
        }
        Facts::ImportPortalSeats { rows } => {
            // A row this version cannot read was written by a newer one.
            let rows = rows_of(rows).ok_or(ChangeError::NewerVersion)?;
            c::import_portal_seats(d, &rows).map_err(|(_, e)| e)
        }
        Facts::Batch { facts } => whole(d, |d| {
            for f in facts {
                match f {
                    // Key 0: the key the step before added, its id drawn
                    // as the batch is applied.
                    Facts::Redeem { request } if request.key == 0 => {
                        let mut request = request.clone();
                        request.key = d.keys.last().map_or(0, |k| k.id);
                        c::record_redemption(d, &request)?;
                    }
                    f => apply_facts(d, f, day)?,
                }
            }
            Ok(())
        }),
        Facts::AddCredit { credit } => {
            c::add_credit(d, credit.clone());
            Ok(())
        }
        Facts::SetOffers { user, offers } => c::set_offers(d, *user, offers.clone()),
        Facts::GiveCredit { credit, user, on } => c::give_credit(d, *credit, *user, *on),
        Facts::SetCreditProfile {
            credit,
            billing_profile,
            provisioned,
        } => c::set_credit_profile(d, *credit, billing_profile.clone(), *provisioned),
        Facts::TakeBackCredit { credit } => c::take_back_credit(d, *credit),
        Facts::SaveMembership { fields } => {
            c::save_membership(d, fields.clone());
            Ok(())
        }
        Facts::AddCompetency { competency } => {
            c::add_competency(d, competency.clone());
            Ok(())
        }
        Facts::RemoveCompetency { index } => {
            c::remove_competency(d, *index);
            Ok(())
        }
        Facts::SetReading { question, rule } => c::set_reading(d, *question, *rule),
        Facts::Renew {
            paid_on,
            benefit_expiry,
            to,
        } => c::record_renewal(d, *paid_on, *benefit_expiry, *to),
        Facts::MarkReassigned { on } => c::mark_reassigned(d, *on),
        Facts::SaveSupport { fields } => {
            c::save_support(d, fields.clone());
            Ok(())
        }
        Facts::CountIncidents { by } => {
            c::count_incidents(d, *by);
            Ok(())
        }
        Facts::CountSupport { counter, by } => {
            c::count_support(d, *counter, *by);
            Ok(())
        }
        Facts::StartContractYear { on } => c::start_contract_year(d, *on),
        Facts::Vault { vault } => {
            d.vault = vault.clone();
            Ok(())
        }
    }
}

/// Whether a user with `email` (trimmed, any case) is recorded.
fn has_email(d: &Dataset, email: &str) -> bool {
    // Bytes and ASCII blanks: a replay asks this for every user added, of
    // every user there is (Unicode trimming made it most of a replay's time).
    let wanted = email.trim().as_bytes();
    d.users
        .iter()
        .any(|u| u.email.as_bytes().trim_ascii().eq_ignore_ascii_case(wanted))
}

/// Every user's email as [`has_email`] compares them: trimmed, lower case.
fn email_index(d: &Dataset) -> BTreeSet<String> {
    d.users
        .iter()
        .map(|u| u.email.trim_ascii().to_ascii_lowercase())
        .collect()
}

/// Add records as they stood beside those here: a record whose id is free is
/// added, one equal to the record here is already here, a sample record
/// replaces the sample's own; any other record holding its id is kept, and
/// the newcomer is counted as taken ([`ChangeError::Taken`]). The membership
/// and the support contract come only where there is none.
fn adopt(d: &mut Dataset, incoming: &Dataset) -> Result<(), ChangeError> {
    // Into nothing (a ledger's first event), with no two records sharing
    // an id, every record is added as it is: one copy, none looked up.
    if *d == Dataset::default() && ids_apart(incoming) {
        d.clone_from(incoming);
        return Ok(());
    }
    let mut taken = 0;
    // A user whose email, or a key whose text, is here under another id is
    // the same person or key: left out like a record whose id is taken.
    // (Looked up by value: a ledger's first event takes in thousands.)
    let emails: BTreeMap<String, u64> = d
        .users
        .iter()
        .map(|x| (x.email.trim().to_ascii_lowercase(), x.id))
        .collect();
    let texts: BTreeMap<&str, u64> = d
        .keys
        .iter()
        .filter(|x| !x.key.is_empty())
        .map(|x| (x.key.as_str(), x.id))
        .collect();
    let (users, dup_users): (Vec<_>, Vec<_>) = incoming.users.iter().cloned().partition(|u| {
        emails
            .get(&u.email.trim().to_ascii_lowercase())
            .is_none_or(|&id| id == u.id)
    });
    let (keys, dup_keys): (Vec<_>, Vec<_>) =
        incoming.keys.iter().cloned().partition(|k| {
            k.key.is_empty() || texts.get(k.key.as_str()).is_none_or(|&id| id == k.id)
        });
    taken += dup_users.len() + dup_keys.len();
    // Records that name a person or subscription left out would name the one
    // here that holds its id: they are left out with it.
    let mut gone_users = clashing(&d.users, &users, |u| u.id);
    gone_users.extend(dup_users.iter().map(|u| u.id));
    let gone_subs = clashing(&d.subscriptions, &incoming.subscriptions, |s| s.id);
    let (keys, named) = apart(keys, |k| {
        k.redemption
            .as_ref()
            .and_then(|r| r.subscription)
            .is_some_and(|s| gone_subs.contains(&s))
    });
    let (seats, named_seats) = apart(incoming.vs_seats.clone(), |s| {
        s.assignment
            .iter()
            .map(|a| a.user)
            .chain(s.history.iter().map(|h| h.user))
            .any(|u| gone_users.contains(&u))
    });
    let (credits, named_credits) = apart(incoming.credits.clone(), |c| {
        c.assignee
            .into_iter()
            .chain(c.transfers.iter().flat_map(|t| [t.from, t.to]))
            .any(|u| gone_users.contains(&u))
    });
    taken += named + named_seats + named_credits;
    taken += add_all(&mut d.keys, &keys, |k| k.id);
    taken += add_all(&mut d.benefits, &incoming.benefits, |k| k.id);
    taken += add_all(&mut d.subscriptions, &incoming.subscriptions, |k| k.id);
    taken += add_all(&mut d.users, &users, |k| k.id);
    taken += add_all(&mut d.vs_seats, &seats, |k| k.id);
    taken += add_all(&mut d.credits, &credits, |k| k.id);
    taken += add_one(&mut d.membership, &incoming.membership);
    taken += add_one(&mut d.support, &incoming.support);
    if d.vault.is_none() {
        d.vault.clone_from(&incoming.vault);
    }
    if d.readings == Default::default() {
        d.readings = incoming.readings;
    }
    match taken {
        0 => Ok(()),
        n => Err(ChangeError::Taken { count: n }),
    }
}

/// Whether no two records of one kind in `d` share an id.
fn ids_apart(d: &Dataset) -> bool {
    fn apart(mut ids: Vec<u64>) -> bool {
        ids.sort_unstable();
        ids.windows(2).all(|w| w[0] != w[1])
    }
    apart(d.keys.iter().map(|x| x.id).collect())
        && apart(d.benefits.iter().map(|x| x.id).collect())
        && apart(d.subscriptions.iter().map(|x| x.id).collect())
        && apart(d.users.iter().map(|x| x.id).collect())
        && apart(d.vs_seats.iter().map(|x| x.id).collect())
        && apart(d.credits.iter().map(|x| x.id).collect())
}

/// The ids of incoming records that another record here holds.
fn clashing<T: PartialEq>(here: &[T], incoming: &[T], id: impl Fn(&T) -> u64) -> BTreeSet<u64> {
    let by_id: BTreeMap<u64, &T> = here.iter().map(|x| (id(x), x)).collect();
    incoming
        .iter()
        .filter(|rec| !is_sample_id(id(rec)) && by_id.get(&id(rec)).is_some_and(|x| *x != *rec))
        .map(&id)
        .collect()
}

/// `records` without those `drop` picks, and how many it picked.
fn apart<T>(records: Vec<T>, drop: impl Fn(&T) -> bool) -> (Vec<T>, usize) {
    let before = records.len();
    let kept: Vec<T> = records.into_iter().filter(|r| !drop(r)).collect();
    let n = before - kept.len();
    (kept, n)
}

fn add_all<T: Clone + PartialEq>(
    here: &mut Vec<T>,
    incoming: &[T],
    id: impl Fn(&T) -> u64,
) -> usize {
    let mut taken = 0;
    // Found by id through an index: the first event of a ledger takes in
    // thousands of records.
    let mut at: BTreeMap<u64, usize> = here.iter().enumerate().map(|(i, x)| (id(x), i)).collect();
    for rec in incoming {
        match at.get(&id(rec)).map(|&i| &mut here[i]) {
            None => {
                at.insert(id(rec), here.len());
                here.push(rec.clone());
            }
            Some(x) if x == rec => {}
            Some(x) if is_sample_id(id(rec)) => *x = rec.clone(),
            Some(_) => taken += 1,
        }
    }
    taken
}

fn add_one<T: Clone + PartialEq>(here: &mut Option<T>, incoming: &Option<T>) -> usize {
    match (here.as_ref(), incoming) {
        (_, None) => 0,
        (None, Some(x)) => {
            *here = Some(x.clone());
            0
        }
        (Some(h), Some(x)) if h == x => 0,
        // The one membership and contract stay; the sample's never replace them.
        (Some(_), Some(_)) => 0,
    }
}

/// What a replay found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Replayed {
    /// The state.
    pub data: Dataset,
    /// Events the rules refused on replay, by id, with the refusal: kept in
    /// the ledger, shown for the admin to resolve.
    pub refused: Vec<(String, ChangeError)>,
    /// Events taken back by a void in force.
    pub voided: BTreeSet<String>,
}

/// The events a void in force takes back. A void may itself be voided (an
/// undone undo): voids are read newest first, each in force unless a void in
/// force already took it back.
pub fn voided(events: &[Event]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in events.iter().rev() {
        if let Facts::Void { event } = &e.facts
            && !out.contains(&e.id)
        {
            out.insert(event.clone());
        }
    }
    out
}

/// Sort into replay order: recorded moment, then id.
pub fn sort(events: &mut [Event]) {
    events.sort_by(replay_order);
}

/// Replay order: recorded moment, then id.
fn replay_order(a: &Event, b: &Event) -> std::cmp::Ordering {
    (&a.at, &a.id).cmp(&(&b.at, &b.id))
}

/// The state the events make, in replay order, with the key texts put back.
pub fn replay(events: &[Event], texts: &[KeyText]) -> Replayed {
    let voided = voided(events);
    let mut data = Dataset::default();
    let mut refused = Vec::new();
    // The ids in force, asked only of a clash's other version.
    let mut in_force: Option<BTreeSet<&str>> = None;
    let mut emails: Option<BTreeSet<String>> = None;
    for e in events {
        if voided.contains(&e.id) || matches!(e.facts, Facts::Void { .. }) {
            continue;
        }
        if let Some(shared) = shared_id(&e.id) {
            let ids = in_force.get_or_insert_with(|| {
                events
                    .iter()
                    .map(|e| e.id.as_str())
                    .filter(|id| !voided.contains(*id))
                    .collect()
            });
            if ids.contains(shared) {
                refused.push((e.id.clone(), ChangeError::Clash));
                continue;
            }
        }
        // A user added is looked up by email among all there are: through
        // an index while the events between leave the users as they were
        // (without it, most of a long ledger's replay).
        let result = match &e.facts {
            Facts::AddUser { user } => {
                let index = emails.get_or_insert_with(|| email_index(&data));
                let email = user.email.trim().to_ascii_lowercase();
                // As `apply` does, the scan for the email aside.
                if index.insert(email) {
                    minting(&e.id, || c::add_user(&mut data, user.clone()));
                    Ok(())
                } else {
                    Err(ChangeError::Duplicate)
                }
            }
            f => {
                if !f.leaves_users() {
                    emails = None;
                }
                apply(&mut data, e)
            }
        };
        if let Err(err) = result {
            refused.push((e.id.clone(), err));
        }
    }
    put_texts(&mut data, texts);
    Replayed {
        data,
        refused,
        voided,
    }
}

/// Put the key texts back on their keys.
///
/// A readable text goes on one key only: the same key added in two browsers
/// and merged keeps its text on the first (start-up refuses two).
pub fn put_texts(d: &mut Dataset, texts: &[KeyText]) {
    let by_id: BTreeMap<u64, &KeyText> = texts.iter().map(|t| (t.id, t)).collect();
    let mut placed = BTreeSet::new();
    for k in &mut d.keys {
        if let Some(t) = by_id.get(&k.id)
            && (t.key.is_empty() || placed.insert(t.key.as_str()))
        {
            k.key.clone_from(&t.key);
            k.sealed.clone_from(&t.sealed);
        }
    }
}

/// Two events with one id and different contents: never an overwrite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    /// The id they share.
    pub id: String,
}

/// What joins an id to the text of the version kept under a derived id.
const VERSION: char = '~';

/// The union of two ledgers' events by id, in replay order (as [`union_all`]).
pub fn union(a: &[Event], b: &[Event]) -> (Vec<Event>, Vec<Clash>) {
    union_all(a.iter().chain(b).cloned().collect())
}

/// The union of events by id, in replay order. The same event twice is one.
/// Versions of one id that record the same facts on the same day (or the
/// same data taken over as it stood, in two browsers on two days) are one:
/// the smaller text is kept. Versions that differ are a clash: none is
/// dropped. The smallest text keeps the id; each other one is kept under
/// the id joined to its text's hash, and replay refuses it while the
/// version under the id is in force ([`ChangeError::Clash`]). Which version
/// keeps the id depends only on the texts, never on the side they came
/// from: commutative, associative, idempotent (tested).
pub fn union_all(mut all: Vec<Event>) -> (Vec<Event>, Vec<Clash>) {
    // Most often no id comes twice and none is derived (one ledger read
    // back whole): the union is the events in replay order.
    let mut ids: Vec<&str> = all.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    if ids.windows(2).all(|w| w[0] != w[1]) && ids.iter().all(|id| shared_id(id).is_none()) {
        all.sort_unstable_by(replay_order);
        return (all, Vec::new());
    }
    // A version an earlier union kept under a derived id is that version
    // again: the result depends only on the versions, however merged.
    for e in &mut all {
        if let Some(n) = shared_id(&e.id).map(str::len) {
            e.id.truncate(n);
        }
    }
    // Unstable sorts: the versions of one id are put in the order of their
    // texts below, and no two events left share an id and a moment.
    all.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    let mut out: Vec<Event> = Vec::with_capacity(all.len());
    let mut clashes = Vec::new();
    let mut rest = all.into_iter().peekable();
    while let Some(first) = rest.next() {
        if rest.peek().is_none_or(|e| e.id != first.id) {
            out.push(first);
            continue;
        }
        let mut group = vec![first];
        while let Some(e) = rest.next_if(|e| e.id == group[0].id) {
            if !group.contains(&e) {
                group.push(e);
            }
        }
        if group.len() == 1 {
            out.extend(group);
            continue;
        }
        // Rare (a clash or data taken over twice): the texts decide.
        let mut versions: Vec<(String, Event)> = group.into_iter().map(|e| (text(&e), e)).collect();
        versions.sort_by(|a, b| a.0.cmp(&b.0));
        let mut kept: Vec<(String, Event)> = Vec::new();
        for (t, e) in versions {
            if kept.iter().any(|(_, k)| one_change(k, &e)) {
                continue;
            }
            if let Some((_, first)) = kept.first() {
                clashes.push(Clash {
                    id: first.id.clone(),
                });
            }
            kept.push((t, e));
        }
        for (i, (t, mut e)) in kept.into_iter().enumerate() {
            if i > 0 {
                e.id = format!("{}{VERSION}{}", e.id, &hash128(t.as_bytes())[..16]);
            }
            out.push(e);
        }
    }
    out.sort_unstable_by(replay_order);
    (out, clashes)
}

/// Whether two versions of one id record one change: the same facts on the
/// same day. The data as it stood, taken over in two browsers, has its id
/// drawn from the data and no day of its own: the same facts are enough.
fn one_change(a: &Event, b: &Event) -> bool {
    a.facts == b.facts && (a.day == b.day || matches!(a.facts, Facts::AsItStood { .. }))
}

/// For a version kept under a derived id by [`union_all`], the id it shares.
pub fn shared_id(id: &str) -> Option<&str> {
    id.split_once(VERSION).map(|(shared, _)| shared)
}

fn text(e: &Event) -> String {
    serde_json::to_string(e).unwrap_or_default()
}

/// 128 bits of FNV-1a over `bytes`, as 32 hex digits.
pub(crate) fn hash128(bytes: &[u8]) -> String {
    let a = fnv64(FNV_BASIS, bytes);
    let b = fnv64(FNV_BASIS ^ 0x9e37_79b9_7f4a_7c15, bytes);
    format!("{a:016x}{b:016x}")
}

/// The event that begins a ledger from data kept before it (or takes in an
/// older backup): the data as it stood, without key texts; its id is drawn
/// from that data, so the same data taken over twice is one event.
pub fn as_it_stood(data: &Dataset, day: NaiveDate, at: &str, device: &str) -> Event {
    let facts = Facts::AsItStood {
        data: Box::new(data.clone()),
    }
    .without_secrets();
    let id = hash128(serde_json::to_string(&facts).unwrap_or_default().as_bytes());
    Event {
        id,
        day,
        at: at.to_owned(),
        device: device.to_owned(),
        admin: String::new(),
        facts,
    }
}

/// The moment to record a new event at: `now`, or just after the newest
/// event already in the ledger if that is later (a clock behind another
/// device's). Both ISO 8601 UTC texts of one length compare as their times.
pub fn next_at(now: &str, events: &[Event]) -> String {
    next_after(
        now,
        events
            .iter()
            .map(|e| e.at.as_str())
            .max()
            .unwrap_or_default(),
    )
}

/// `now`, or just after `last` if that is not earlier (as [`next_at`]).
pub fn next_after(now: &str, last: &str) -> String {
    if now > last {
        return now.to_owned();
    }
    chrono::DateTime::parse_from_rfc3339(last)
        .map(|t| {
            (t + chrono::Duration::milliseconds(1))
                .to_utc()
                .format("%Y-%m-%dT%H:%M:%S%.3fZ")
                .to_string()
        })
        .unwrap_or_else(|_| format!("{last}+"))
}

#[cfg(test)]
mod tests;
