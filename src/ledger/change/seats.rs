//! Users and Visual Studio seats (R13, R27).

#[allow(clippy::wildcard_imports)]
use super::*;

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
