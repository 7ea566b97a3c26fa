//! Azure credits (R11): bulk credit cannot be combined with other offers, and is
//! transferred rather than removed; monthly credit users come and go freely.

use serde::{Deserialize, Serialize};

use super::{Explained, RuleId, Why};
use crate::model::{AzureOffer, CreditKind};

/// Why a user cannot receive a credit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferConflict {
    /// The offers the user already has that clash with bulk credit.
    pub offers: Vec<AzureOffer>,
}

/// R11: may a user who already has `existing` offers be assigned credit of `kind`?
///
/// On success the explanation still says R11, because the portal may refuse for
/// another reason, in which case the user should contact Microsoft Support.
///
/// # Errors
/// [`OfferConflict`] listing the clashing offers when bulk credit meets any other
/// credit, prepaid or licensing offer.
///
/// # Example
/// ```
/// use benefits_desk::model::{AzureOffer, CreditKind};
/// use benefits_desk::rules::azure::can_assign;
/// assert!(can_assign(CreditKind::Bulk, &[]).is_ok());
/// assert!(can_assign(CreditKind::Bulk, &[AzureOffer::AzurePass]).is_err());
/// assert!(can_assign(CreditKind::Monthly, &[AzureOffer::AzurePass]).is_ok());
/// ```
pub fn can_assign(
    kind: CreditKind,
    existing: &[AzureOffer],
) -> Result<Explained<()>, OfferConflict> {
    if kind == CreditKind::Bulk && !existing.is_empty() {
        let mut offers = existing.to_vec();
        offers.sort();
        offers.dedup();
        return Err(OfferConflict { offers });
    }
    Ok(Explained {
        value: (),
        why: Why::new(RuleId::R11, vec![]),
    })
}

/// How a user stops receiving a credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Release {
    /// Remove the user at any time (monthly credit).
    Remove,
    /// No removal: transfer the credit to another user within the enrollment year.
    TransferOnly,
}

/// R11: how a credit of `kind` is taken from a user.
///
/// # Example
/// ```
/// use benefits_desk::model::CreditKind;
/// use benefits_desk::rules::azure::{release, Release};
/// assert_eq!(release(CreditKind::Bulk), Release::TransferOnly);
/// ```
pub fn release(kind: CreditKind) -> Release {
    match kind {
        CreditKind::Monthly => Release::Remove,
        CreditKind::Bulk => Release::TransferOnly,
    }
}

/// R11: the last day of the enrollment year in which a bulk credit was given
/// on `given_on`, for a membership whose anniversary is `anniversary` (the
/// year ends on an anniversary; any year's anniversary will do): the credit can
/// be transferred to someone else up to that day.
///
/// ```
/// use benefits_desk::rules::azure::enrollment_year_end;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // Anniversary 30 June: given 2026-01-10, the year ends 2026-06-30.
/// assert_eq!(enrollment_year_end(d(2026, 1, 10), d(2027, 6, 30)), Some(d(2026, 6, 30)));
/// assert_eq!(enrollment_year_end(d(2026, 6, 30), d(2025, 6, 30)), Some(d(2026, 6, 30)));
/// assert_eq!(enrollment_year_end(d(2026, 7, 1), d(2026, 6, 30)), Some(d(2027, 6, 30)));
/// ```
pub fn enrollment_year_end(
    given_on: chrono::NaiveDate,
    anniversary: chrono::NaiveDate,
) -> Option<chrono::NaiveDate> {
    use chrono::Months;
    let mut end = anniversary;
    while end < given_on {
        end = end.checked_add_months(Months::new(12))?;
    }
    while let Some(prev) = end
        .checked_sub_months(Months::new(12))
        .filter(|p| *p >= given_on)
    {
        end = prev;
    }
    Some(end)
}

/// R21: a monthly credit moves from one person to another at most this often.
pub const MONTHLY_MOVES: u32 = 5;

/// R21: a monthly credit is usable at most this many months from provisioning.
pub const MONTHLY_USABLE_MONTHS: u32 = 13;

/// Common free e-mail domains. R21 says free-mail addresses cannot receive
/// credit; Microsoft publishes no list, so this one is a heuristic: an address
/// on it is refused with that said, any other is left to the portal.
pub const FREE_MAIL: [&str; 24] = [
    "163.com",
    "aol.com",
    "daum.net",
    "gmail.com",
    "gmx.com",
    "googlemail.com",
    "hanmail.net",
    "hotmail.com",
    "icloud.com",
    "kakao.com",
    "live.com",
    "mail.com",
    "me.com",
    "msn.com",
    "nate.com",
    "naver.com",
    "outlook.com",
    "proton.me",
    "protonmail.com",
    "qq.com",
    "yahoo.co.kr",
    "yahoo.com",
    "yandex.com",
    "ymail.com",
];

/// R21: the free-mail domain of `email`, when it is one of [`FREE_MAIL`].
///
/// # Example
/// ```
/// use benefits_desk::rules::azure::free_mail_domain;
/// assert_eq!(free_mail_domain("Kim@Naver.com"), Some("naver.com"));
/// assert_eq!(free_mail_domain("kim@contoso.com"), None);
/// ```
pub fn free_mail_domain(email: &str) -> Option<&'static str> {
    let domain = email.rsplit_once('@')?.1.trim().to_ascii_lowercase();
    FREE_MAIL.iter().copied().find(|d| *d == domain)
}

/// R21: the last day a monthly credit provisioned on `provisioned` can be used
/// (13 months on, the end of the month clamped).
///
/// # Errors
/// [`DateError::OutOfRange`](super::dates::DateError) at the edge of the calendar.
///
/// # Example
/// ```
/// use benefits_desk::rules::azure::monthly_usable_until;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(monthly_usable_until(d(2026, 1, 31)).unwrap(), d(2027, 2, 28));
/// ```
pub fn monthly_usable_until(
    provisioned: chrono::NaiveDate,
) -> Result<chrono::NaiveDate, super::dates::DateError> {
    super::dates::add_months(provisioned, MONTHLY_USABLE_MONTHS)
}

/// R21: the last day credit `c` can be used, when it is a monthly credit
/// whose provisioning day is recorded: 13 months from provisioning, but a
/// monthly credit is paid only up to the membership's end, so never past
/// `membership_end` when that is known; explained.
///
/// # Example
/// ```
/// use benefits_desk::model::{AzureCredit, CreditKind};
/// use benefits_desk::rules::azure::credit_usable_until;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let c = AzureCredit { provisioned: Some(d(2026, 1, 31)), ..AzureCredit::new(CreditKind::Monthly, 150) };
/// assert_eq!(credit_usable_until(&c, None).unwrap().value, d(2027, 2, 28));
/// assert_eq!(credit_usable_until(&c, Some(d(2026, 9, 30))).unwrap().value, d(2026, 9, 30));
/// ```
pub fn credit_usable_until(
    c: &crate::model::AzureCredit,
    membership_end: Option<chrono::NaiveDate>,
) -> Option<super::Explained<chrono::NaiveDate>> {
    use super::{Fact, FactName, RuleId, Why};
    let on = c.provisioned.filter(|_| c.kind == CreditKind::Monthly)?;
    let thirteen = monthly_usable_until(on).ok()?;
    let mut facts = vec![Fact::date(FactName::Provisioned, on)];
    let value = match membership_end.filter(|end| *end < thirteen) {
        Some(end) => {
            facts.push(Fact::date(FactName::OfferEnd, end));
            end
        }
        None => thirteen,
    };
    Some(super::Explained {
        value,
        why: Why::new(RuleId::R21, facts),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r11_bulk_credit_names_every_clashing_offer_once() {
        let err = can_assign(
            CreditKind::Bulk,
            &[
                AzureOffer::ActionPack,
                AzureOffer::EnterpriseAgreement,
                AzureOffer::ActionPack,
            ],
        )
        .unwrap_err();
        assert_eq!(
            err.offers,
            vec![AzureOffer::EnterpriseAgreement, AzureOffer::ActionPack]
        );
    }

    #[test]
    fn r11_each_offer_blocks_bulk_credit() {
        for offer in AzureOffer::ALL {
            assert!(can_assign(CreditKind::Bulk, &[offer]).is_err(), "{offer:?}");
        }
    }

    #[test]
    fn r11_monthly_users_are_removed_bulk_transferred() {
        assert_eq!(release(CreditKind::Monthly), Release::Remove);
        assert_eq!(release(CreditKind::Bulk), Release::TransferOnly);
    }
}
