//! The agenda: everything that is due, from the whole dataset and today.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::dates::{add_days, days_between};
use super::{RuleId, keys, membership, program, support, visual_studio};
use crate::model::{Dataset, Offer};

/// How urgent an item is, most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// The due date has passed.
    Overdue,
    /// Due today.
    Today,
    /// Due within 7 days.
    Week,
    /// Due within 30 days.
    Month,
    /// Due later.
    Later,
    /// The date passed and nothing can be done about it any more (a key that
    /// stopped working, a subscription that ended, a window that opened):
    /// shown as past for [`LOOKBACK_DAYS`], never as overdue.
    Past,
}

impl Severity {
    /// A lower-case name, for CSS and tests.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Overdue => "overdue",
            Severity::Today => "today",
            Severity::Week => "week",
            Severity::Month => "month",
            Severity::Later => "later",
            Severity::Past => "past",
        }
    }

    /// The severity of `kind` due in `days_left` days: a date that passed is
    /// overdue only when the admin can still act on it (a renewal window that
    /// closed without a renewal recorded); otherwise it is past.
    ///
    /// ```
    /// use benefits_desk::rules::agenda::{ItemKind, Severity};
    /// assert_eq!(Severity::of(ItemKind::RenewalCloses, -3), Severity::Overdue);
    /// assert_eq!(Severity::of(ItemKind::KeyValidityEnds(1), -3), Severity::Past);
    /// assert_eq!(Severity::of(ItemKind::RedeemKey(1), -1), Severity::Past);
    /// assert_eq!(Severity::of(ItemKind::RedeemKey(1), 0), Severity::Today);
    /// ```
    pub fn of(kind: ItemKind, days_left: i64) -> Self {
        match Self::from_days_left(days_left) {
            Severity::Overdue if !kind.actionable_after() => Severity::Past,
            s => s,
        }
    }

    /// The severity of something due in `days_left` days.
    ///
    /// # Example
    /// ```
    /// use benefits_desk::rules::agenda::Severity;
    /// assert_eq!(Severity::from_days_left(-1), Severity::Overdue);
    /// assert_eq!(Severity::from_days_left(0), Severity::Today);
    /// assert_eq!(Severity::from_days_left(7), Severity::Week);
    /// assert_eq!(Severity::from_days_left(8), Severity::Month);
    /// assert_eq!(Severity::from_days_left(31), Severity::Later);
    /// ```
    pub fn from_days_left(days_left: i64) -> Self {
        match days_left {
            i64::MIN..=-1 => Severity::Overdue,
            0 => Severity::Today,
            1..=7 => Severity::Week,
            8..=30 => Severity::Month,
            _ => Severity::Later,
        }
    }
}

/// The guided flow that deals with an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Flow {
    /// Membership and renewal.
    Renewal,
    /// Key redemption decision.
    RedeemKey,
    /// Expiring-subscription notice.
    ExpiryNotice,
    /// Visual Studio assignment.
    VisualStudio,
    /// Technical support.
    Support,
    /// Azure credits.
    Azure,
}

/// What is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemKind {
    /// Redeem this key before the benefit expiry date (R1).
    RedeemKey(u64),
    /// This redeemed key stops working (R2).
    KeyValidityEnds(u64),
    /// Redeem this benefit without a key before the last day to redeem (R1, R22).
    RedeemBenefit(u64),
    /// This benefit redeemed without a key ends with the offer (R19).
    BenefitEnds(u64),
    /// This subscription ends (R6).
    SubscriptionEnds(u64),
    /// The renewal window opens (R4).
    RenewalOpens,
    /// The renewal window closes (R4).
    RenewalCloses,
    /// Not renewed by then, the membership lapses the next day (R24); `rebuy`:
    /// an Action Pack lapsing by 2025-01-21, which could then still be bought
    /// again as a new purchase (since the R25 cut-off it cannot).
    Lapse {
        /// Whether it is an Action Pack.
        rebuy: bool,
    },
    /// The grace for user-assigned benefits ends (R3).
    GraceEnds,
    /// A retired offer past the cut-off: the last day to move to a benefits
    /// package, in the renewal window (R25).
    MoveToPackage,
    /// After a move off a legacy offer, reassign Visual Studio subscriptions
    /// and Azure credits once (R27).
    ReassignAfterMove,
    /// This Visual Studio seat becomes reassignable (R13).
    SeatReassignable(u64),
    /// The support contract ends (R15).
    SupportContractEnds,
    /// Few support incidents are left (R16).
    IncidentsLow(u32),
    /// This monthly credit's last usable day, 13 months from provisioning (R21).
    CreditEnds(u64),
}

impl ItemKind {
    /// The reading an item's date follows, where sources disagree (the date
    /// is then an estimate): the window's first day (R4 or R23).
    pub fn reading(
        self,
        readings: &super::readings::Readings,
    ) -> Option<super::readings::ReadingUsed> {
        use super::readings::{Question, ReadingUsed};
        matches!(self, ItemKind::RenewalOpens)
            .then(|| ReadingUsed::of(readings, Question::WindowOpens))
    }

    /// Whether the admin can still do something once the date has passed.
    /// Only a renewal window that closed can (renew late, or record the
    /// renewal made in Partner Center); a key past the benefit expiry date can
    /// no longer be redeemed (R1), a key or subscription that ended has ended,
    /// an opened window or an ended grace is news, not a task.
    pub fn actionable_after(self) -> bool {
        matches!(
            self,
            ItemKind::RenewalCloses
                | ItemKind::MoveToPackage
                | ItemKind::ReassignAfterMove
                | ItemKind::IncidentsLow(_)
        )
    }
}

/// One entry of the agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    /// What is due.
    pub kind: ItemKind,
    /// When.
    pub due: NaiveDate,
    /// Days from today to `due` (negative: overdue).
    pub days_left: i64,
    /// How urgent.
    pub severity: Severity,
    /// The rule that sets the date.
    pub rule: RuleId,
    /// The flow that deals with it.
    pub flow: Flow,
}

/// Items of the same kind of record due on the same day, as one line of the
/// agenda: "212 keys to redeem by January 10" instead of 212 lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgendaLine {
    /// The first of the items (its kind, date, severity, rule and flow stand
    /// for all of them).
    pub first: AgendaItem,
    /// How many items the line holds.
    pub count: usize,
}

/// Which items share a line: the same kind (whatever record) and the same day.
fn line_key(i: &AgendaItem) -> (u8, NaiveDate) {
    let kind = match i.kind {
        ItemKind::RedeemKey(_) => 0,
        ItemKind::KeyValidityEnds(_) => 1,
        ItemKind::SubscriptionEnds(_) => 2,
        ItemKind::RenewalOpens => 3,
        ItemKind::RenewalCloses => 4,
        ItemKind::GraceEnds => 5,
        ItemKind::SeatReassignable(_) => 6,
        ItemKind::SupportContractEnds => 7,
        ItemKind::IncidentsLow(_) => 8,
        ItemKind::RedeemBenefit(_) => 9,
        ItemKind::BenefitEnds(_) => 10,
        ItemKind::Lapse { .. } => 11,
        ItemKind::CreditEnds(_) => 12,
        ItemKind::MoveToPackage => 13,
        ItemKind::ReassignAfterMove => 14,
    };
    (kind, i.due)
}

/// The agenda as lines, in the items' order: items of the same kind due the
/// same day become one line with their count.
///
/// # Example
/// ```
/// use benefits_desk::model::Dataset;
/// use benefits_desk::rules::agenda::{agenda, group};
/// let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
/// let data = benefits_desk::model::generate::generate(
///     benefits_desk::model::generate::Scale { keys: 10_000, users: 0, seats: 0, subscriptions: 0, credits: 0 },
///     today,
/// );
/// let items = agenda(&data, today);
/// let lines = group(&items);
/// assert!(lines.len() < items.len() / 10);
/// assert_eq!(lines.iter().map(|l| l.count).sum::<usize>(), items.len());
/// ```
pub fn group(items: &[AgendaItem]) -> Vec<AgendaLine> {
    let mut at: std::collections::HashMap<(u8, NaiveDate), usize> =
        std::collections::HashMap::new();
    let mut lines: Vec<AgendaLine> = Vec::new();
    for i in items {
        match at.entry(line_key(i)) {
            std::collections::hash_map::Entry::Occupied(e) => lines[*e.get()].count += 1,
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(lines.len());
                lines.push(AgendaLine {
                    first: *i,
                    count: 1,
                });
            }
        }
    }
    lines
}

/// The working behind an item's date, recomputed from the record it is about
/// (the agenda keeps only the date): `None` for a date that is recorded, not
/// computed (a subscription's end), or a record no longer there.
pub fn explain(data: &Dataset, item: &AgendaItem, today: NaiveDate) -> Option<super::Why> {
    let m = data.membership.as_ref();
    let why = match item.kind {
        ItemKind::RedeemKey(_) => membership::redeem_window(item.due, today).why,
        ItemKind::RedeemBenefit(_) => match m?.benefit_expiry {
            Some(_) => membership::redeem_window(item.due, today).why,
            None => program::keyless_deadline(m?)?.why,
        },
        ItemKind::BenefitEnds(id) => {
            let b = data.benefits.iter().find(|b| b.id == id)?;
            program::keyless_end_of(b.redeemed.as_ref()?, m)?.why
        }
        ItemKind::KeyValidityEnds(id) => {
            let k = data.keys.iter().find(|k| k.id == id)?;
            keys::key_end(k, &data.subscriptions)?.why
        }
        ItemKind::RenewalOpens | ItemKind::RenewalCloses | ItemKind::MoveToPackage => {
            let m = m?;
            membership::renewal_window(
                program::offer_end(m)?,
                m.renewal_start,
                m.offer,
                &data.readings,
            )
            .ok()?
            .why
        }
        ItemKind::GraceEnds => membership::grace_end(program::offer_end(m?)?).ok()?.why,
        ItemKind::Lapse { .. } => program::lapse_day(program::offer_end(m?)?).ok()?.why,
        ItemKind::SeatReassignable(id) => {
            let s = data.vs_seats.iter().find(|s| s.id == id)?;
            visual_studio::seat_reassignable_from(s.assignment.as_ref()?)
                .ok()?
                .why
        }
        ItemKind::SupportContractEnds => {
            support::current_contract_year(data.support.as_ref()?)?.why
        }
        ItemKind::CreditEnds(id) => {
            let c = data.credits.iter().find(|c| c.id == id)?;
            super::azure::credit_usable_until(c, m.and_then(program::offer_end))?.why
        }
        ItemKind::SubscriptionEnds(_) | ItemKind::IncidentsLow(_) | ItemKind::ReassignAfterMove => {
            return None;
        }
    };
    Some(why)
}

/// Items whose date passed more than this many days ago are dropped: nothing can
/// be done about them any more, and they would bury what still can.
pub const LOOKBACK_DAYS: i64 = 30;

/// Everything due in `data` as of `today`, sorted by due date, then severity.
///
/// Dates that cannot be computed (the calendar's far edge) are left out rather
/// than failing the whole agenda.
///
/// # Example
/// ```
/// use benefits_desk::model::{Dataset, Membership};
/// use benefits_desk::rules::agenda::{agenda, ItemKind, Severity};
/// use chrono::NaiveDate;
/// let d = |m, day| NaiveDate::from_ymd_opt(2021, m, day).unwrap();
/// let data = Dataset {
///     membership: Some(Membership { anniversary: Some(d(6, 22)), ..Default::default() }),
///     ..Default::default()
/// };
/// let items = agenda(&data, d(6, 20));
/// assert_eq!(items[0].kind, ItemKind::RenewalOpens);
/// assert_eq!((items[0].due, items[0].severity), (d(6, 23), Severity::Week));
/// ```
#[inline(never)]
pub fn agenda(data: &Dataset, today: NaiveDate) -> Vec<AgendaItem> {
    let mut out = Vec::with_capacity(data.keys.len() + data.subscriptions.len() + 8);
    let horizon = add_days(today, -LOOKBACK_DAYS).unwrap_or(NaiveDate::MIN);
    let mut push = |kind, due: NaiveDate, rule, flow| {
        if due >= horizon {
            let days_left = days_between(today, due);
            let severity = Severity::of(kind, days_left);
            out.push(AgendaItem {
                kind,
                due,
                days_left,
                severity,
                rule,
                flow,
            });
        }
    };

    let membership = data.membership.as_ref();
    let expiry = membership.and_then(|m| m.benefit_expiry);
    for key in data.keys.iter().filter(|k| !k.replaced) {
        match (&key.redemption, expiry) {
            (None, Some(expiry)) => push(
                ItemKind::RedeemKey(key.id),
                expiry,
                RuleId::R1,
                Flow::RedeemKey,
            ),
            (Some(_), _) => {
                // R2, R7 or R8: the end fixed when it was redeemed.
                if let Some((until, rule)) = keys::key_end_date(key, &data.subscriptions) {
                    push(
                        ItemKind::KeyValidityEnds(key.id),
                        until,
                        rule,
                        Flow::RedeemKey,
                    );
                }
            }
            (None, None) => {}
        }
    }
    // Benefits without keys (R17): redeem by the last day to redeem; once
    // redeemed, they end with the offer (R19).
    let deadline = membership.and_then(program::keyless_deadline);
    for b in &data.benefits {
        match (&b.redeemed, &deadline) {
            (None, Some(last)) => push(
                ItemKind::RedeemBenefit(b.id),
                last.value,
                last.why.rule,
                Flow::RedeemKey,
            ),
            (Some(r), _) => {
                // R19: the end fixed on the day it was redeemed.
                if let Some(end) = program::keyless_end_date(r, membership) {
                    push(
                        ItemKind::BenefitEnds(b.id),
                        end,
                        RuleId::R19,
                        Flow::RedeemKey,
                    );
                }
            }
            _ => {}
        }
    }
    for sub in &data.subscriptions {
        push(
            ItemKind::SubscriptionEnds(sub.id),
            sub.end,
            RuleId::R6,
            Flow::ExpiryNotice,
        );
    }

    // R22: the membership's one end (the anniversary, else purchase + 365).
    if let Some(anniversary) = membership.and_then(program::offer_end) {
        let m = membership.expect("anniversary comes from a membership");
        // R25: a retired offer past the cut-off renews only as a move to a
        // benefits package, in the same window.
        let retired = program::past_cut_off(m.offer, anniversary);
        if let Ok(w) =
            membership::renewal_window(anniversary, m.renewal_start, m.offer, &data.readings)
        {
            push(
                ItemKind::RenewalOpens,
                w.value.opens,
                RuleId::R4,
                Flow::Renewal,
            );
            let (closes, rule) = if retired {
                (ItemKind::MoveToPackage, RuleId::R25)
            } else {
                (ItemKind::RenewalCloses, RuleId::R4)
            };
            push(closes, w.value.closes, rule, Flow::Renewal);
        }
        if let Ok(lapse) = program::lapse_day(anniversary) {
            // R24: rebuying a lapsed Action Pack ended with the R25 cut-off.
            let rebuy = m.offer.is_action_pack() && lapse.value <= program::last_legacy_renewal();
            push(
                ItemKind::Lapse { rebuy },
                lapse.value,
                RuleId::R24,
                Flow::Renewal,
            );
        }
        let any_assigned = data.vs_seats.iter().any(|s| s.assignment.is_some());
        if let (true, Ok(g)) = (any_assigned, membership::grace_end(anniversary)) {
            push(ItemKind::GraceEnds, g.value, RuleId::R3, Flow::VisualStudio);
        }
    }

    let membership_end = membership.and_then(program::offer_end);
    if let Some(paid) = membership.and_then(program::reassignment_due) {
        push(
            ItemKind::ReassignAfterMove,
            paid,
            RuleId::R27,
            Flow::VisualStudio,
        );
    }

    for c in &data.credits {
        if let Some(until) = super::azure::credit_usable_until(c, membership_end) {
            push(
                ItemKind::CreditEnds(c.id),
                until.value,
                RuleId::R21,
                Flow::Azure,
            );
        }
    }

    for seat in &data.vs_seats {
        let Some(a) = &seat.assignment else { continue };
        if let Ok(from) = visual_studio::seat_reassignable_from(a) {
            // Once a seat is free to move there is nothing left to wait for.
            if from.value >= today {
                push(
                    ItemKind::SeatReassignable(seat.id),
                    from.value,
                    from.why.rule,
                    Flow::VisualStudio,
                );
            }
        }
    }

    if let Some(contract) = &data.support {
        if let Some(year) = support::current_contract_year(contract) {
            push(
                ItemKind::SupportContractEnds,
                year.value.1,
                RuleId::R15,
                Flow::Support,
            );
        }
        let program = membership.map_or(Offer::ActionPack, |m| m.offer);
        let allowed = support::incidents_allowed(contract.incidents_allowed, program);
        if let Some(left) = support::incidents_left(allowed, contract.incidents_used)
            && left <= support::LOW_INCIDENTS
            && contract.activated_on.is_some()
        {
            push(
                ItemKind::IncidentsLow(left),
                today,
                RuleId::R16,
                Flow::Support,
            );
        }
    }

    out.sort_by(|a, b| a.due.cmp(&b.due).then(a.severity.cmp(&b.severity)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use crate::testing::d;

    fn key(id: u64, redeemed: Option<NaiveDate>) -> ProductKey {
        ProductKey {
            key: "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE".into(),
            ..crate::testing::key(id, "Office 365 E3", 25, redeemed)
        }
    }

    fn sample() -> Dataset {
        Dataset {
            membership: Some(Membership {
                offer: Offer::Gold,
                anniversary: Some(d(2021, 6, 30)),
                benefit_expiry: Some(d(2021, 1, 31)),
                ..Default::default()
            }),
            keys: vec![key(1, None), key(2, Some(d(2020, 12, 1)))],
            benefits: vec![],
            readings: Default::default(),
            subscriptions: vec![Subscription {
                id: 7,
                product: "Azure".into(),
                licenses: 5,
                end: d(2021, 2, 5),
                tenant: String::new(),
                history: vec![],
            }],
            users: vec![],
            vs_seats: vec![VsSeat {
                id: 3,
                level: VsLevel::Enterprise,
                assignment: Some(VsAssignment {
                    user: 1,
                    assigned_on: d(2021, 1, 1),
                    activated_on: None,
                }),
                history: vec![],
                portal: String::new(),
            }],
            support: Some(SupportContract {
                activated_on: Some(d(2020, 3, 1)),
                incidents_allowed: Some(15),
                incidents_used: 14,
                ..Default::default()
            }),
            credits: vec![],
            vault: None,
        }
    }

    #[test]
    fn every_kind_of_deadline_is_on_the_agenda_with_its_rule() {
        let items = agenda(&sample(), d(2021, 1, 25));
        let find = |k| items.iter().find(|i| i.kind == k).copied().unwrap();
        let redeem = find(ItemKind::RedeemKey(1));
        assert_eq!(
            (redeem.due, redeem.days_left, redeem.rule),
            (d(2021, 1, 31), 6, RuleId::R1)
        );
        assert_eq!(redeem.severity, Severity::Week);
        assert_eq!(find(ItemKind::KeyValidityEnds(2)).due, d(2021, 12, 1));
        assert_eq!(find(ItemKind::SubscriptionEnds(7)).flow, Flow::ExpiryNotice);
        assert_eq!(find(ItemKind::RenewalOpens).due, d(2021, 7, 1));
        assert_eq!(find(ItemKind::RenewalCloses).due, d(2021, 7, 30));
        assert_eq!(find(ItemKind::GraceEnds).due, d(2021, 7, 30));
        assert_eq!(find(ItemKind::SeatReassignable(3)).due, d(2021, 4, 1));
        // R15: activated 2020-03-01, the year's last day is the day before
        // its anniversary.
        assert_eq!(find(ItemKind::SupportContractEnds).due, d(2021, 2, 28));
        let low = find(ItemKind::IncidentsLow(1));
        assert_eq!(
            (low.due, low.severity, low.rule),
            (d(2021, 1, 25), Severity::Today, RuleId::R16)
        );
    }

    #[test]
    fn agenda_is_sorted_by_due_date() {
        let items = agenda(&sample(), d(2021, 1, 25));
        assert!(items.windows(2).all(|w| w[0].due <= w[1].due));
    }

    #[test]
    fn a_missed_key_deadline_is_past_not_overdue_then_drops_off() {
        // R1: after the benefit expiry date the key cannot be redeemed, so there
        // is nothing left to do: past, shown for 30 days, then gone.
        let items = agenda(&sample(), d(2021, 2, 1));
        let k = items
            .iter()
            .find(|i| i.kind == ItemKind::RedeemKey(1))
            .unwrap();
        assert_eq!((k.severity, k.days_left), (Severity::Past, -1));
        let day30 = agenda(&sample(), d(2021, 3, 2));
        assert!(day30.iter().any(|i| i.kind == ItemKind::RedeemKey(1)));
        let later = agenda(&sample(), d(2021, 3, 3));
        assert!(!later.iter().any(|i| i.kind == ItemKind::RedeemKey(1)));
    }

    #[test]
    fn only_a_closed_renewal_window_is_overdue() {
        // Everything of the sample, well after its dates: nothing is overdue but
        // the renewal window that closed (renew late, or record the renewal).
        let data = sample();
        let anniversary = data.membership.as_ref().unwrap().anniversary.unwrap();
        let today = add_days(anniversary, 45).unwrap();
        let items = agenda(&data, today);
        let overdue: Vec<_> = items
            .iter()
            .filter(|i| i.severity == Severity::Overdue)
            .map(|i| i.kind)
            .collect();
        assert_eq!(overdue, vec![ItemKind::RenewalCloses]);
        assert!(items.iter().any(|i| i.severity == Severity::Past));
        assert!(items.iter().all(|i| i.days_left >= -LOOKBACK_DAYS));
    }

    #[test]
    fn replaced_keys_and_free_seats_are_not_due() {
        let mut data = sample();
        data.keys[0].replaced = true;
        let items = agenda(&data, d(2021, 4, 2));
        assert!(
            !items
                .iter()
                .any(|i| matches!(i.kind, ItemKind::RedeemKey(_)))
        );
        assert!(
            !items
                .iter()
                .any(|i| matches!(i.kind, ItemKind::SeatReassignable(_)))
        );
    }

    #[test]
    fn empty_dataset_has_an_empty_agenda() {
        assert!(agenda(&Dataset::default(), d(2021, 1, 1)).is_empty());
    }
}
