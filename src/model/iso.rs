//! Calendar dates as ISO 8601 text (`2026-11-27`), the way the stored data,
//! backups and date inputs write them. chrono's own `FromStr` goes through its
//! general format parser, which cost the first load about 11 KB of wasm for
//! this one shape; [`parse`] reads it directly and chrono checks the date.
//! Stored fields use [`serde`] and [`opt`] through `#[serde(with = …)]`.

use chrono::NaiveDate;

/// `YYYY-MM-DD` (a year of four or more digits, optionally signed, as chrono
/// writes years outside 0–9999) as a date; `None` for anything else or a day
/// the calendar does not have.
///
/// ```
/// use benefits_desk::model::iso::parse;
/// use chrono::NaiveDate;
/// assert_eq!(parse("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
/// assert_eq!(parse("2023-02-29"), None);
/// assert_eq!(parse("+12024-01-05"), NaiveDate::from_ymd_opt(12024, 1, 5));
/// for bad in ["", "2024-2-29", "2024/02/29", "24-02-29", "2024-02-29x", " 2024-02-29", "2024-0a-01"] {
///     assert_eq!(parse(bad), None, "{bad}");
/// }
/// ```
pub fn parse(text: &str) -> Option<NaiveDate> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => (1, text),
    };
    let b = rest.as_bytes();
    let n = b.len();
    if n < 10 || b[n - 3] != b'-' || b[n - 6] != b'-' {
        return None;
    }
    let digits = |part: &[u8]| {
        part.iter().try_fold(0i64, |acc, c| {
            c.is_ascii_digit()
                .then(|| acc.checked_mul(10)?.checked_add(i64::from(c - b'0')))
                .flatten()
        })
    };
    let year = i32::try_from(sign * digits(&b[..n - 6])?).ok()?;
    let month = u32::try_from(digits(&b[n - 5..n - 3])?).ok()?;
    let day = u32::try_from(digits(&b[n - 2..])?).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// A stored date field.
pub mod serde {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

    /// Written as chrono writes it.
    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        d.serialize(s)
    }

    /// Read with [`super::parse`].
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        super::parse(&text).ok_or_else(|| D::Error::custom(format!("not a date: {text:?}")))
    }
}

/// A stored optional date field (absent or `null`: none). Use with
/// `#[serde(default)]`, so an absent field still reads as none.
pub mod opt {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

    /// Written as chrono writes it, or `null`.
    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        d.serialize(s)
    }

    /// Read with [`super::parse`].
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match <Option<std::borrow::Cow<'de, str>>>::deserialize(d)? {
            None => Ok(None),
            Some(text) => super::parse(&text)
                .map(Some)
                .ok_or_else(|| D::Error::custom(format!("not a date: {text:?}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_whatever_chrono_writes_and_nothing_chrono_would_refuse() {
        let days = [
            NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(10000, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(-5, 3, 1).unwrap(),
            NaiveDate::MAX,
            NaiveDate::MIN,
        ];
        for d in days {
            assert_eq!(parse(&d.to_string()), Some(d), "{d}");
        }
        for text in [
            "2026-11-27",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "abcd-01-01",
        ] {
            assert_eq!(parse(text), text.parse::<NaiveDate>().ok(), "{text}");
        }
    }
}
