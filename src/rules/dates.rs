//! Calendar arithmetic shared by the rules: checked, clamping, never panicking.

use chrono::{Days, Months, NaiveDate};

/// A date computation left chrono's supported range (years beyond ±262,000).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The result is not a representable date.
    OutOfRange,
}

impl DateError {
    /// A static, language-neutral description for logs and tests.
    pub fn message(self) -> &'static str {
        match self {
            DateError::OutOfRange => "date out of range",
        }
    }
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for DateError {}

/// `d` plus `n` calendar months, clamped to the last day of a shorter month.
///
/// # Errors
/// [`DateError::OutOfRange`] when the result is not a representable date.
///
/// # Example
/// ```
/// use benefits_desk::rules::dates::add_months;
/// use chrono::NaiveDate;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(add_months(d(2024, 2, 29), 12), Ok(d(2025, 2, 28)));
/// assert_eq!(add_months(d(2021, 1, 31), 1), Ok(d(2021, 2, 28)));
/// ```
pub fn add_months(d: NaiveDate, n: u32) -> Result<NaiveDate, DateError> {
    d.checked_add_months(Months::new(n))
        .ok_or(DateError::OutOfRange)
}

/// `d` plus `n` days (`n` may be negative).
///
/// # Errors
/// [`DateError::OutOfRange`] when the result is not a representable date.
///
/// # Example
/// ```
/// use benefits_desk::rules::dates::add_days;
/// use chrono::NaiveDate;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(add_days(d(2021, 6, 30), 30), Ok(d(2021, 7, 30)));
/// assert_eq!(add_days(d(2021, 3, 1), -1), Ok(d(2021, 2, 28)));
/// ```
pub fn add_days(d: NaiveDate, n: i64) -> Result<NaiveDate, DateError> {
    let r = if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    r.ok_or(DateError::OutOfRange)
}

/// Days from `from` to `to`: positive when `to` is later.
///
/// # Example
/// ```
/// use benefits_desk::rules::dates::days_between;
/// use chrono::NaiveDate;
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert_eq!(days_between(d(2021, 1, 1), d(2021, 3, 1)), 59);
/// assert_eq!(days_between(d(2021, 3, 1), d(2021, 1, 1)), -59);
/// ```
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// `num / den` rounded half up, for non-negative `num` and positive `den`.
///
/// # Example
/// ```
/// use benefits_desk::rules::dates::div_round_half_up;
/// assert_eq!(div_round_half_up(5, 2), 3);
/// assert_eq!(div_round_half_up(7, 3), 2);
/// ```
pub fn div_round_half_up(num: i128, den: i128) -> i128 {
    debug_assert!(num >= 0 && den > 0);
    (2 * num + den) / (2 * den)
}
