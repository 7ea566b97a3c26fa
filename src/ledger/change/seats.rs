//! Users and Visual Studio seats (R13, R27).

#[allow(clippy::wildcard_imports)]
use super::*;
use rustc_hash::{FxHashMap, FxHashSet};

/// Add a user typed in by hand (a checked [`UserDraft`](crate::model::form::UserDraft));
/// returns the id.
pub fn add_user(d: &mut Dataset, mut user: User) -> u64 {
    user.id = next_id(d.users.iter().map(|u| u.id));
    let id = user.id;
    d.users.push(user);
    id
}

/// Add users from an import, all with the same source; ids follow the highest.
pub fn import_users(d: &mut Dataset, users: Vec<(String, String)>, source: UserSource) {
    for (name, email) in users {
        let id = next_id(d.users.iter().map(|u| u.id));
        d.users.push(User {
            id,
            name,
            email,
            offers: vec![],
            source,
        });
    }
}

/// Remove a user who holds no seat and no credit.
///
/// # Errors
/// [`ChangeError::HoldsSeat`]; [`ChangeError::UserHoldsCredit`].
pub fn remove_user(d: &mut Dataset, id: u64) -> Result<(), ChangeError> {
    if holds_seat(d, id) {
        return Err(ChangeError::HoldsSeat);
    }
    if d.credits.iter().any(|c| c.assignee == Some(id)) {
        return Err(ChangeError::UserHoldsCredit);
    }
    d.users.retain(|u| u.id != id);
    Ok(())
}

/// Whether user `id` holds a Visual Studio seat.
pub fn holds_seat(d: &Dataset, id: u64) -> bool {
    d.vs_seats
        .iter()
        .any(|s| s.assignment.as_ref().is_some_and(|a| a.user == id))
}

/// Add `n` free seats of `level`.
pub fn add_seats(d: &mut Dataset, level: VsLevel, n: usize) {
    for _ in 0..n {
        let id = next_id(d.vs_seats.iter().map(|s| s.id));
        d.vs_seats.push(VsSeat {
            id,
            level,
            assignment: None,
            history: vec![],
            portal: String::new(),
        });
    }
}

/// Refuse a change of holder before the 90 days have passed (R13, R27), or
/// dated before the seat's latest change (two holders at once).
fn unlocked(seat: &VsSeat, on: NaiveDate) -> Result<(), ChangeError> {
    let last = seat
        .assignment
        .as_ref()
        .map(|a| a.assigned_on)
        .into_iter()
        .chain(seat.history.iter().map(|h| h.to))
        .max();
    if let Some(last) = last.filter(|l| on < *l) {
        return Err(ChangeError::BeforeLastChange { on: last });
    }
    match &seat.assignment {
        Some(a) => match seat_reassignable_from(a) {
            Ok(from) if on < from.value => Err(ChangeError::SeatLocked { until: from.value }),
            _ => Ok(()),
        },
        None => Ok(()),
    }
}

/// Record the day the holder of seat `seat` activated it (not before it was
/// assigned; the form keeps it from being later than today).
///
/// # Errors
/// [`ChangeError::Gone`] for a free or missing seat;
/// [`ChangeError::ActivatedBeforeAssigned`] for a day before the assignment.
pub fn set_seat_activation(d: &mut Dataset, seat: u64, on: NaiveDate) -> Result<(), ChangeError> {
    let a = d
        .vs_seats
        .iter_mut()
        .find(|s| s.id == seat)
        .and_then(|s| s.assignment.as_mut())
        .ok_or(ChangeError::Gone)?;
    if on < a.assigned_on {
        return Err(ChangeError::ActivatedBeforeAssigned {
            assigned: a.assigned_on,
        });
    }
    a.activated_on = Some(on);
    Ok(())
}

/// Give seat `seat` to `user` on day `on`; an earlier holder moves to the
/// seat's history (R12, R13).
///
/// # Errors
/// [`ChangeError::Gone`]; [`ChangeError::SeatLocked`] within 90 days of the
/// current holder's assignment.
pub fn assign_seat(
    d: &mut Dataset,
    seat: u64,
    user: u64,
    on: NaiveDate,
) -> Result<(), ChangeError> {
    if !d.users.iter().any(|u| u.id == user) {
        return Err(ChangeError::Gone);
    }
    let s = d
        .vs_seats
        .iter_mut()
        .find(|s| s.id == seat)
        .ok_or(ChangeError::Gone)?;
    unlocked(s, on)?;
    if let Some(old) = s.assignment.take() {
        s.history.push(VsPastAssignment {
            user: old.user,
            from: old.assigned_on,
            to: on,
        });
    }
    s.assignment = Some(VsAssignment {
        user,
        assigned_on: on,
        activated_on: None,
    });
    Ok(())
}

/// Take seat `seat` back on day `on`; its holder moves to the history.
///
/// # Errors
/// [`ChangeError::Gone`]; [`ChangeError::SeatLocked`] within 90 days (R13).
pub fn release_seat(d: &mut Dataset, seat: u64, on: NaiveDate) -> Result<(), ChangeError> {
    let s = d
        .vs_seats
        .iter_mut()
        .find(|s| s.id == seat)
        .ok_or(ChangeError::Gone)?;
    unlocked(s, on)?;
    if let Some(old) = s.assignment.take() {
        s.history.push(VsPastAssignment {
            user: old.user,
            from: old.assigned_on,
            to: on,
        });
    }
    Ok(())
}

/// Remove a seat.
pub fn remove_seat(d: &mut Dataset, seat: u64) {
    d.vs_seats.retain(|s| s.id != seat);
}

/// What importing one row of the portal's subscriber export did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortalOutcome {
    /// A seat the app did not have.
    Added,
    /// Already so here: nothing changed.
    Same,
    /// The seat's holder's days or its portal details set to the portal's.
    Updated,
    /// The seat given to the row's subscriber.
    Assigned,
    /// Free in the portal but held here: left as it is, for the admin to
    /// release on the day it was (the export does not say).
    HeldHere,
}

/// What an import has matched so far, and its indexes of the data (built
/// at its first row, kept up to date by each): one per import, always with
/// the same data. Without them a row looked at every seat and user, and a
/// file of 5,000 rows took seconds (docs/perf.md).
#[derive(Default)]
pub struct Matched {
    /// Seats matched to a row: never two rows to one.
    used: FxHashSet<u64>,
    index: Option<Index>,
}

impl Matched {
    /// For a new import.
    pub fn new() -> Self {
        Self::default()
    }
}

/// Where to find seats and users without looking at each.
#[derive(Default)]
struct Index {
    /// A seat's place in the data, by id.
    at: FxHashMap<u64, usize>,
    /// The first seat with a GUID, by GUID.
    guid: FxHashMap<String, u64>,
    /// The first user with an email (trimmed, lower case), by email.
    email: FxHashMap<String, u64>,
    /// Seats without a GUID a user holds, by user and level, in order.
    held: FxHashMap<(u64, VsLevel), Vec<u64>>,
    /// Free seats without a GUID, by level, in order, and how many of them
    /// are known to be taken.
    free: FxHashMap<VsLevel, (Vec<u64>, usize)>,
}

/// An email as the index keys it.
fn email_key(email: &str) -> String {
    email.trim().to_ascii_lowercase()
}

impl Index {
    fn of(d: &Dataset) -> Index {
        let mut ix = Index::default();
        for (i, s) in d.vs_seats.iter().enumerate() {
            ix.at.insert(s.id, i);
            let guid = s.portal_guid();
            if !guid.is_empty() {
                ix.guid.entry(guid.to_owned()).or_insert(s.id);
            } else if let Some(a) = &s.assignment {
                ix.held.entry((a.user, s.level)).or_default().push(s.id);
            } else {
                ix.free.entry(s.level).or_default().0.push(s.id);
            }
        }
        for u in &d.users {
            ix.email.entry(email_key(&u.email)).or_insert(u.id);
        }
        ix
    }

    /// The seat `row` is: the one with its GUID; else (no GUID here) one of
    /// its level its subscriber holds; else a free one of its level; never
    /// one a row of the import already has.
    fn seat_of(
        &mut self,
        row: &PortalSeat,
        user: Option<u64>,
        used: &FxHashSet<u64>,
    ) -> Option<u64> {
        let open = |id: &&u64| !used.contains(*id);
        let by_guid = self
            .guid
            .get(&row.portal.guid)
            .filter(|_| !row.portal.guid.is_empty());
        if let Some(id) = by_guid.filter(open) {
            return Some(*id);
        }
        let held = user.and_then(|u| self.held.get(&(u, row.level)));
        if let Some(id) = held.and_then(|seats| seats.iter().find(open)) {
            return Some(*id);
        }
        // Seats only ever leave the free ones: those before the cursor are taken.
        let (free, taken) = self.free.get_mut(&row.level)?;
        while free.get(*taken).is_some_and(|id| used.contains(id)) {
            *taken += 1;
        }
        free.get(*taken).copied()
    }
}

/// Import one row of the subscriber export: its seat matched
/// (`Index::seat_of`) or added, given to its subscriber (found by email,
/// or added) on the portal's Assigned day, activated on its Activated day,
/// with its GUID, reference and expiration kept. Importing the same row
/// again changes nothing. Returns what it did and whether it added the user.
///
/// # Errors
/// [`ChangeError::SeatLocked`] when the seat's holder here cannot change on
/// that day (R13); [`ChangeError::BeforeLastChange`] when the day is before
/// the seat's latest change. Nothing is changed then.
pub fn import_portal_seat(
    d: &mut Dataset,
    row: &PortalSeat,
    matched: &mut Matched,
) -> Result<(PortalOutcome, bool), ChangeError> {
    let Matched { used, index } = matched;
    let ix = index.get_or_insert_with(|| Index::of(d));
    let user = row
        .holder
        .as_ref()
        .and_then(|h| ix.email.get(&email_key(&h.email)).copied());
    let found = ix.seat_of(row, user, used);
    let seat = found.and_then(|id| ix.at.get(&id)).map(|i| &d.vs_seats[*i]);
    let held = seat.and_then(|s| s.assignment.as_ref());
    let outcome = match (&row.holder, held) {
        (None, Some(_)) => PortalOutcome::HeldHere,
        (None, None) => PortalOutcome::Same,
        (Some(h), Some(a)) if Some(a.user) == user => {
            if a.assigned_on != h.assigned {
                let earlier = seat.into_iter().flat_map(|s| &s.history).map(|p| p.to);
                if let Some(last) = earlier.max().filter(|l| h.assigned < *l) {
                    return Err(ChangeError::BeforeLastChange { on: last });
                }
            }
            PortalOutcome::Same
        }
        (Some(h), _) => {
            if let Some(s) = seat {
                unlocked(s, h.assigned)?;
            }
            PortalOutcome::Assigned
        }
    };
    // Checked: from here nothing refuses.
    let new_user = row.holder.is_some() && user.is_none();
    let user = match (&row.holder, user) {
        (Some(h), None) => {
            let id = add_user(
                d,
                User {
                    id: 0,
                    name: h.name.clone(),
                    email: h.email.clone(),
                    offers: vec![],
                    source: UserSource::Manual,
                },
            );
            ix.email.insert(email_key(&h.email), id);
            Some(id)
        }
        (_, user) => user,
    };
    let at = match found.and_then(|id| ix.at.get(&id)) {
        Some(i) => *i,
        None => {
            add_seats(d, row.level, 1);
            let at = d.vs_seats.len() - 1;
            ix.at.insert(d.vs_seats[at].id, at);
            at
        }
    };
    let s = &mut d.vs_seats[at];
    used.insert(s.id);
    let before = s.clone();
    if let (Some(h), Some(user)) = (&row.holder, user) {
        if let Some(old) = s.assignment.take_if(|_| outcome == PortalOutcome::Assigned) {
            s.history.push(VsPastAssignment {
                user: old.user,
                from: old.assigned_on,
                to: h.assigned,
            });
        }
        s.assignment = Some(VsAssignment {
            user,
            assigned_on: h.assigned,
            activated_on: h.activated,
        });
    }
    if outcome != PortalOutcome::HeldHere {
        s.set_portal(&row.portal);
        if !row.portal.guid.is_empty() {
            ix.guid.entry(row.portal.guid.clone()).or_insert(s.id);
        }
    }
    let outcome = match outcome {
        _ if found.is_none() => PortalOutcome::Added,
        PortalOutcome::Same if *s != before => PortalOutcome::Updated,
        o => o,
    };
    Ok((outcome, new_user))
}

/// Import every row of a subscriber export, or none: the first row refused
/// refuses the import, with its index.
///
/// # Errors
/// The first row [`import_portal_seat`] refuses, and why.
pub fn import_portal_seats(
    d: &mut Dataset,
    rows: &[PortalSeat],
) -> Result<(), (usize, ChangeError)> {
    let mut used = Matched::new();
    let mut copy = d.clone();
    for (i, row) in rows.iter().enumerate() {
        import_portal_seat(&mut copy, row, &mut used).map_err(|e| (i, e))?;
    }
    *d = copy;
    Ok(())
}
