//! The program's fixed lengths, in days: one place both the membership
//! rules (R2–R6) and the program since 2022 (R22–R26) read, so neither
//! imports the other.

/// R22: a membership runs this many days from its purchase.
pub const MEMBERSHIP_DAYS: i64 = 365;
/// R22: its benefits run this many days longer.
pub const BENEFITS_AFTER_DAYS: i64 = 30;
/// R26: a purchase may be refunded this many days after it.
pub const REFUND_DAYS: i64 = 30;
/// R4: length of the renewal window, in days, counting its first and last day.
pub const RENEWAL_WINDOW_DAYS: i64 = 30;
/// Microsoft's first reminder, this many days before the anniversary.
pub const REMINDER_BEFORE_DAYS: i64 = 15;
/// Microsoft's second reminder, this many days after the anniversary.
pub const REMINDER_AFTER_DAYS: i64 = 23;
