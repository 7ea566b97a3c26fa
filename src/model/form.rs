//! Forms as drafts: what the user typed, as text, and a `check` that turns it
//! into a value ready for `ledger::change` or into the problems
//! per field. The checks are the record validators of [`validate`](super::validate) (the same
//! ones the stored data passes at start-up) plus what only a form can get wrong:
//! text that is not a date or a number, a day that has not come yet.
//!
//! The UI keeps one draft per form, shows `errors.get(field)` next to each field,
//! and hands the checked value to one change function.

use chrono::NaiveDate;

use super::fields::{KeyFields, MembershipFields, RedemptionRequest, SupportFields, Target};
use super::validate::{
    Field, FieldError, check_credit_record, check_key_record, check_membership_record,
    check_user_record, email_taken, key_taken, normalize_key,
};
use super::{
    AzureCredit, Competency, CompetencyLevel, CreditKind, Dataset, Membership, Offer, ProductKey,
    RedemptionFlow, RedemptionMode, Subscription, TenantOwner, User, UserSource,
};

/// The problems of a form, by field, in the order they were found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(Field, FieldError)>);

impl FieldErrors {
    /// The first problem of `field`, if any.
    pub fn get(&self, field: Field) -> Option<FieldError> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, e)| *e)
    }

    /// Whether there is no problem.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Note a problem of `field`.
    pub fn flag(&mut self, field: Field, error: FieldError) {
        self.0.push((field, error));
    }

    /// `value` when there is no problem, else the problems.
    fn result<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.0.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }

    /// A date typed into `field`: blank is `None`; anything else must be a date.
    pub fn date(&mut self, field: Field, text: &str) -> Option<NaiveDate> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let parsed = super::iso::parse(text);
        if parsed.is_none() {
            self.flag(field, FieldError::NotADate);
        }
        parsed
    }

    /// A whole number of 0 or more typed into `field`: blank is `None`.
    pub fn count(&mut self, field: Field, text: &str) -> Option<u32> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let n = text.parse::<u32>().ok();
        if n.is_none() {
            self.flag(field, FieldError::NotANumber);
        }
        n
    }

    /// A date that must not be later than `today` (something that happened).
    pub fn past_date(&mut self, field: Field, text: &str, today: NaiveDate) -> Option<NaiveDate> {
        let day = self.date(field, text)?;
        if day > today {
            self.flag(field, FieldError::InFuture);
        }
        Some(day)
    }
}

/// A count typed as text: a whole number, or 0 for anything else.
fn count(text: &str) -> u32 {
    text.trim().parse().unwrap_or(0)
}

/// The add / edit form of a product key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyDraft {
    /// Product name.
    pub product: String,
    /// The key text (blank: not recorded).
    pub key: String,
    /// Licenses.
    pub licenses: String,
    /// Day received (blank: not known).
    pub received: String,
}

impl KeyDraft {
    /// The draft of a stored key, for editing it.
    pub fn of(k: &ProductKey) -> KeyDraft {
        KeyDraft {
            product: k.product.clone(),
            key: k.key.clone(),
            licenses: k.licenses.to_string(),
            received: k.received.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    /// The key's fields, or the problems; `editing` is the key being changed
    /// (its own text is no duplicate).
    ///
    /// # Errors
    /// Per field: an empty product, a malformed or duplicate key, no licenses,
    /// a received day that is not a date or still to come.
    pub fn check(
        &self,
        data: &Dataset,
        editing: Option<u64>,
        today: NaiveDate,
    ) -> Result<KeyFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let record = ProductKey {
            id: editing.unwrap_or(0),
            product: self.product.trim().to_owned(),
            key: normalize_key(&self.key),
            licenses: count(&self.licenses),
            redemption: None,
            replaced: false,
            received: None,
            replacement: None,
            replaces: None,
            sealed: None,
        };
        check_key_record(&record, |f, e| errors.flag(f, e));
        if errors.get(Field::Key).is_none() && key_taken(data, &record.key, editing) {
            errors.flag(Field::Key, FieldError::Duplicate);
        }
        let received = errors.past_date(Field::Received, &self.received, today);
        errors.result(|| KeyFields {
            product: record.product,
            key: record.key,
            licenses: record.licenses,
            received,
        })
    }
}

/// The membership form: program and dates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MembershipDraft {
    /// The program offer.
    pub offer: Offer,
    /// How its benefits are redeemed.
    pub flow: RedemptionFlow,
    /// The day it was bought or paid.
    pub purchased: String,
    /// Country or region.
    pub country: String,
    /// Anniversary.
    pub anniversary: String,
    /// Renewal start, if shown earlier than the anniversary.
    pub renewal_start: String,
    /// Benefit expiry date.
    pub benefit_expiry: String,
}

impl MembershipDraft {
    /// The draft of the stored membership.
    pub fn of(m: &Membership) -> MembershipDraft {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        MembershipDraft {
            offer: m.offer,
            flow: m.flow,
            purchased: date(m.purchased),
            country: m.country.clone(),
            anniversary: date(m.anniversary),
            renewal_start: date(m.renewal_start),
            benefit_expiry: date(m.benefit_expiry),
        }
    }

    /// The membership's fields, or the problems.
    ///
    /// # Errors
    /// A date that is not a date; a renewal start after the anniversary.
    pub fn check(&self) -> Result<MembershipFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let fields = MembershipFields {
            offer: self.offer,
            flow: self.flow,
            purchased: errors.date(Field::Purchased, &self.purchased),
            country: self.country.trim().to_owned(),
            anniversary: errors.date(Field::Anniversary, &self.anniversary),
            renewal_start: errors.date(Field::RenewalStart, &self.renewal_start),
            benefit_expiry: errors.date(Field::BenefitExpiry, &self.benefit_expiry),
        };
        let record = Membership {
            anniversary: fields.anniversary,
            renewal_start: fields.renewal_start,
            purchased: fields.purchased,
            ..Membership::default()
        };
        check_membership_record(&record, |f, e| errors.flag(f, e));
        errors.result(|| fields)
    }
}

/// The form that adds a user by hand.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserDraft {
    /// Display name.
    pub name: String,
    /// Email or user principal name.
    pub email: String,
}

impl UserDraft {
    /// The new user (id 0 until added), or the problems.
    ///
    /// # Errors
    /// An empty name; an email of the wrong shape or already a user's.
    pub fn check(&self, data: &Dataset) -> Result<User, FieldErrors> {
        let mut errors = FieldErrors::default();
        let user = User {
            id: 0,
            name: self.name.trim().to_owned(),
            email: self.email.trim().to_owned(),
            offers: vec![],
            source: UserSource::Manual,
        };
        check_user_record(&user, |f, e| errors.flag(f, e));
        if errors.get(Field::Email).is_none() && email_taken(data, &user.email, None) {
            errors.flag(Field::Email, FieldError::Duplicate);
        }
        errors.result(|| user)
    }
}

/// The form that records an Azure credit offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreditDraft {
    /// Monthly or bulk.
    pub kind: CreditKind,
    /// Amount in US dollars.
    pub amount: String,
    /// How often it was reassigned before the app (blank: never).
    pub reassigned: String,
    /// Where it sits and since when.
    pub profile: CreditProfileDraft,
}

impl CreditDraft {
    /// The new credit (id 0 until added), or the problems.
    ///
    /// # Errors
    /// An amount that is not a whole number above zero; the profile's problems.
    pub fn check(&self, today: NaiveDate) -> Result<AzureCredit, FieldErrors> {
        let (profile, provisioned) = self.profile.check(today).unwrap_or_default();
        let mut errors = self.profile.check(today).err().unwrap_or_default();
        let reassigned = errors
            .count(Field::Reassigned, &self.reassigned)
            .unwrap_or(0);
        let credit = AzureCredit {
            reassigned,
            billing_profile: profile,
            provisioned,
            ..AzureCredit::new(self.kind, count(&self.amount))
        };
        check_credit_record(&credit, |f, e| errors.flag(f, e));
        errors.result(|| credit)
    }
}

/// Where a credit sits and since when (R20, R21): the billing profile (asked
/// for in the keyless flow only, and then required) and the provisioning day
/// (optional; not later than today).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CreditProfileDraft {
    /// The billing profile's name or id as Partner Center shows it.
    pub billing_profile: String,
    /// The day it was provisioned.
    pub provisioned: String,
    /// Whether the membership is on the keyless flow.
    pub keyless: bool,
}

impl CreditProfileDraft {
    /// The profile (trimmed; empty outside the keyless flow) and the day, or
    /// the problems.
    ///
    /// # Errors
    /// A missing profile in the keyless flow; a day that is not a date or is
    /// later than `today`.
    ///
    /// ```
    /// use benefits_desk::model::form::CreditProfileDraft;
    /// use benefits_desk::model::validate::{Field, FieldError};
    /// use chrono::NaiveDate;
    /// let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    /// let draft = |p: &str, d: &str| CreditProfileDraft { billing_profile: p.into(), provisioned: d.into(), keyless: true };
    /// assert_eq!(draft(" Contoso BP ", "2026-01-31").check(today), Ok(("Contoso BP".into(), NaiveDate::from_ymd_opt(2026, 1, 31))));
    /// assert_eq!(draft("", "").check(today).unwrap_err().get(Field::BillingProfile), Some(FieldError::Empty));
    /// assert_eq!(draft("BP", "2026-11-28").check(today).unwrap_err().get(Field::Provisioned), Some(FieldError::InFuture));
    /// ```
    pub fn check(&self, today: NaiveDate) -> Result<(String, Option<NaiveDate>), FieldErrors> {
        let mut errors = FieldErrors::default();
        let profile = if self.keyless {
            self.billing_profile.trim().to_owned()
        } else {
            String::new()
        };
        if self.keyless && profile.is_empty() {
            errors.flag(Field::BillingProfile, FieldError::Empty);
        }
        let day = errors.past_date(Field::Provisioned, &self.provisioned, today);
        errors.result(|| (profile, day))
    }
}

/// The form that adds a competency.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompetencyDraft {
    /// Its name.
    pub name: String,
    /// Gold (else silver).
    pub gold: bool,
    /// A cloud competency.
    pub cloud: bool,
}

impl CompetencyDraft {
    /// The competency, or the problems.
    ///
    /// # Errors
    /// An empty name.
    pub fn check(&self) -> Result<Competency, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.trim().to_owned();
        if name.is_empty() {
            errors.flag(Field::Name, FieldError::Empty);
        }
        let level = if self.gold {
            CompetencyLevel::Gold
        } else {
            CompetencyLevel::Silver
        };
        errors.result(|| Competency {
            name,
            level,
            cloud: self.cloud,
        })
    }
}

/// The support contract form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SupportDraft {
    /// Day support was activated.
    pub activated_on: String,
    /// Access ID.
    pub access_id: String,
    /// Contract ID.
    pub contract_id: String,
    /// Incidents allowed (blank: the program default).
    pub allowed: String,
    /// Cloud incidents allowed a year (blank: the program default; R28).
    pub cloud_allowed: String,
    /// Advisory hours allowed a year (blank: the program default; R28).
    pub hours_allowed: String,
    /// Incidents used so far this contract year (blank: left as counted).
    pub used: String,
}

impl SupportDraft {
    /// The contract's fields, or the problems.
    ///
    /// # Errors
    /// An activation day that is not a date or still to come; an allowance that
    /// is not a whole number.
    pub fn check(&self, today: NaiveDate) -> Result<SupportFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let activated_on = errors.past_date(Field::ActivatedOn, &self.activated_on, today);
        let incidents_allowed = errors.count(Field::Allowance, &self.allowed);
        let cloud_incidents_allowed = errors.count(Field::CloudAllowance, &self.cloud_allowed);
        let advisory_hours_allowed = errors.count(Field::HoursAllowance, &self.hours_allowed);
        let incidents_used = errors.count(Field::Used, &self.used);
        errors.result(|| SupportFields {
            activated_on,
            access_id: self.access_id.trim().to_owned(),
            contract_id: self.contract_id.trim().to_owned(),
            incidents_allowed,
            cloud_incidents_allowed,
            advisory_hours_allowed,
            incidents_used,
        })
    }
}

/// Recording a redemption that happened (the Keys page): when, where, how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedemptionDraft {
    /// Day of redemption.
    pub on: String,
    /// Whose tenant.
    pub owner: TenantOwner,
    /// The tenant's name.
    pub tenant: String,
    /// New, add or extend.
    pub mode: RedemptionMode,
    /// The subscription's id (blank: none recorded).
    pub subscription: String,
}

impl RedemptionDraft {
    /// The request for key `key`, or the problems. Whether the rules allow it is
    /// `ledger::change::check_redemption`'s question.
    ///
    /// # Errors
    /// A day that is missing, not a date, or still to come.
    pub fn check(&self, key: u64, today: NaiveDate) -> Result<RedemptionRequest, FieldErrors> {
        let mut errors = FieldErrors::default();
        let on = errors.past_date(Field::RedeemedOn, &self.on, today);
        if on.is_none() && errors.is_empty() {
            errors.flag(Field::RedeemedOn, FieldError::NotADate);
        }
        let target = match (self.mode, self.subscription.trim().parse::<u64>()) {
            (RedemptionMode::New, _) | (_, Err(_)) => Target::New,
            (_, Ok(id)) => Target::Existing(id),
        };
        errors.result(|| RedemptionRequest {
            key,
            on: on.unwrap_or(today),
            owner: self.owner,
            tenant: self.tenant.trim().to_owned(),
            target,
            mode: self.mode,
        })
    }
}

/// The day something happened (a seat or a credit given), typed: today by
/// default, any day before it for history from before the app.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DayDraft(pub String);

impl DayDraft {
    /// The day, or the problem (field [`Field::GivenOn`]).
    ///
    /// # Errors
    /// A day that is missing, not a date, or still to come.
    pub fn check(&self, today: NaiveDate) -> Result<NaiveDate, FieldErrors> {
        self.check_as(Field::GivenOn, today)
    }

    /// The day, or the problem flagged on `field`.
    ///
    /// # Errors
    /// A day that is missing, not a date, or still to come.
    pub fn check_as(&self, field: Field, today: NaiveDate) -> Result<NaiveDate, FieldErrors> {
        let mut errors = FieldErrors::default();
        let day = errors.past_date(field, &self.0, today);
        if day.is_none() && errors.is_empty() {
            errors.flag(field, FieldError::NotADate);
        }
        errors.result(|| day.unwrap_or(today))
    }
}

/// A renewal as typed: the day it was paid (today or before) and the benefit
/// expiry date it sets (not before the day it was paid).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RenewalDraft {
    /// The day it was paid.
    pub paid_on: String,
    /// The new benefit expiry date.
    pub benefit_expiry: String,
}

impl RenewalDraft {
    /// (paid on, new benefit expiry), or the problems by field.
    ///
    /// # Errors
    /// A missing or impossible date, a payment still to come, an expiry date
    /// before the payment.
    pub fn check(&self, today: NaiveDate) -> Result<(NaiveDate, NaiveDate), FieldErrors> {
        let mut errors = FieldErrors::default();
        let paid = errors.past_date(Field::PaidOn, &self.paid_on, today);
        let expiry = errors.date(Field::NewExpiry, &self.benefit_expiry);
        if paid.is_none() && errors.get(Field::PaidOn).is_none() {
            errors.flag(Field::PaidOn, FieldError::NotADate);
        }
        if expiry.is_none() && errors.get(Field::NewExpiry).is_none() {
            errors.flag(Field::NewExpiry, FieldError::NotADate);
        }
        if let (Some(p), Some(e)) = (paid, expiry)
            && e < p
        {
            errors.flag(Field::NewExpiry, FieldError::DateOrder);
        }
        errors.result(|| (paid.unwrap_or(today), expiry.unwrap_or(today)))
    }
}

/// A subscription not recorded in the app, described in the wizard.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OtherSubscriptionDraft {
    /// Its active licenses.
    pub licenses: String,
    /// Its end date.
    pub end: String,
}

impl OtherSubscriptionDraft {
    /// The subscription as a target, or the problems.
    ///
    /// # Errors
    /// No licenses; an end that is missing or not a date.
    pub fn check(&self) -> Result<Target, FieldErrors> {
        let mut errors = FieldErrors::default();
        let licenses = count(&self.licenses);
        if licenses == 0 {
            errors.flag(Field::Licenses, FieldError::NoLicenses);
        }
        let end = errors.date(Field::End, &self.end);
        if end.is_none() && errors.get(Field::End).is_none() {
            errors.flag(Field::End, FieldError::NotADate);
        }
        errors.result(|| Target::Other {
            licenses,
            end: end.unwrap_or_default(),
        })
    }
}

/// A subscription bought or redeemed before the app, added by hand: the
/// wizard's description of one ([`OtherSubscriptionDraft`]) with its product
/// and tenant.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SubscriptionDraft {
    /// Product name.
    pub product: String,
    /// Its active licenses and end date.
    pub other: OtherSubscriptionDraft,
    /// The tenant it lives in (may be blank).
    pub tenant: String,
}

impl SubscriptionDraft {
    /// The subscription (id 0: the change draws it), or the problems. Its
    /// end may be past: a subscription that has ended is history to keep.
    ///
    /// # Errors
    /// An empty product; no licenses; an end that is missing or not a date.
    pub fn check(&self) -> Result<Subscription, FieldErrors> {
        let product = self.product.trim().to_owned();
        let described = self.other.check();
        let mut errors = described.clone().err().unwrap_or_default();
        if product.is_empty() {
            errors.flag(Field::Name, FieldError::Empty);
        }
        let Ok(Target::Other { licenses, end }) = described else {
            return Err(errors);
        };
        errors.result(|| Subscription {
            id: 0,
            product,
            licenses,
            end,
            tenant: self.tenant.trim().to_owned(),
            history: vec![],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::d;

    #[test]
    fn a_subscription_from_before_the_app_needs_a_product_licenses_and_an_end() {
        let draft = SubscriptionDraft {
            product: "  ".into(),
            other: OtherSubscriptionDraft {
                licenses: "0".into(),
                end: "2025-02-30".into(),
            },
            tenant: String::new(),
        };
        let e = draft.check().unwrap_err();
        assert_eq!(e.get(Field::Name), Some(FieldError::Empty));
        assert_eq!(e.get(Field::Licenses), Some(FieldError::NoLicenses));
        assert_eq!(e.get(Field::End), Some(FieldError::NotADate));
        let draft = SubscriptionDraft {
            product: " Microsoft 365 E3 ".into(),
            other: OtherSubscriptionDraft {
                licenses: "25".into(),
                end: "2025-03-31".into(),
            },
            tenant: " contoso.onmicrosoft.com ".into(),
        };
        let s = draft.check().unwrap();
        assert_eq!(
            (s.product.as_str(), s.licenses, s.end, s.tenant.as_str()),
            (
                "Microsoft 365 E3",
                25,
                d(2025, 3, 31),
                "contoso.onmicrosoft.com"
            ),
            "an end already past is kept: history"
        );
    }

    fn stored_key() -> Dataset {
        Dataset {
            keys: vec![ProductKey {
                id: 1,
                product: "Office".into(),
                key: "AAAAA-BBBBB-CCCCC-DDDDD-00001".into(),
                licenses: 5,
                redemption: None,
                replaced: false,
                received: None,
                replacement: None,
                replaces: None,
                sealed: None,
            }],
            ..Default::default()
        }
    }

    #[test]
    fn the_key_form_names_each_bad_field() {
        let today = d(2026, 11, 26);
        let data = stored_key();
        let draft = KeyDraft {
            product: " ".into(),
            key: "aaaaa-bbbbb-ccccc-ddddd-00001".into(),
            licenses: "0".into(),
            received: "2026-02-30".into(),
        };
        let e = draft.check(&data, None, today).unwrap_err();
        assert_eq!(e.get(Field::Name), Some(FieldError::Empty));
        assert_eq!(e.get(Field::Key), Some(FieldError::Duplicate));
        assert_eq!(e.get(Field::Licenses), Some(FieldError::NoLicenses));
        assert_eq!(e.get(Field::Received), Some(FieldError::NotADate));
        // Editing the same key is not a duplicate of itself.
        let draft = KeyDraft {
            product: "Office".into(),
            key: "AAAAA-BBBBB-CCCCC-DDDDD-00001".into(),
            licenses: "5".into(),
            received: "2026-02-28".into(),
        };
        let k = draft.check(&data, Some(1), today).unwrap();
        assert_eq!((k.licenses, k.received), (5, Some(d(2026, 2, 28))));
        let bad = KeyDraft {
            key: "ABCDE-12345".into(),
            ..draft.clone()
        };
        let e = bad.check(&data, None, today).unwrap_err();
        assert_eq!(e.get(Field::Key), Some(FieldError::KeyFormat));
        let later = KeyDraft {
            received: "2026-11-27".into(),
            ..draft
        };
        let e = later.check(&data, Some(1), today).unwrap_err();
        assert_eq!(e.get(Field::Received), Some(FieldError::InFuture));
    }

    #[test]
    fn the_membership_form_refuses_a_renewal_start_after_the_anniversary() {
        let draft = MembershipDraft {
            anniversary: "2027-03-31".into(),
            renewal_start: "2027-04-01".into(),
            benefit_expiry: "soon".into(),
            ..Default::default()
        };
        let e = draft.check().unwrap_err();
        assert_eq!(e.get(Field::RenewalStart), Some(FieldError::DateOrder));
        assert_eq!(e.get(Field::BenefitExpiry), Some(FieldError::NotADate));
        assert_eq!(e.get(Field::Anniversary), None);
        let ok = MembershipDraft {
            renewal_start: "2027-03-01".into(),
            benefit_expiry: String::new(),
            ..draft
        };
        let m = ok.check().unwrap();
        assert_eq!(m.renewal_start, Some(d(2027, 3, 1)));
        assert_eq!(m.benefit_expiry, None);
    }

    #[test]
    fn the_user_form_refuses_a_taken_email_without_case() {
        let data = Dataset {
            users: vec![User {
                id: 1,
                name: "Minji".into(),
                email: "minji@contoso.com".into(),
                offers: vec![],
                source: UserSource::Manual,
            }],
            ..Default::default()
        };
        let draft = UserDraft {
            name: "".into(),
            email: " MINJI@contoso.com ".into(),
        };
        let e = draft.check(&data).unwrap_err();
        assert_eq!(e.get(Field::Name), Some(FieldError::Empty));
        assert_eq!(e.get(Field::Email), Some(FieldError::Duplicate));
        let shape = UserDraft {
            name: "Jisoo".into(),
            email: "jisoo@contoso".into(),
        };
        assert_eq!(
            shape.check(&data).unwrap_err().get(Field::Email),
            Some(FieldError::EmailShape)
        );
    }

    #[test]
    fn credit_competency_and_support_forms_check_their_fields() {
        let credit = CreditDraft {
            kind: CreditKind::Bulk,
            amount: "0".into(),
            reassigned: String::new(),
            profile: CreditProfileDraft::default(),
        };
        assert_eq!(
            credit
                .check(d(2026, 11, 27))
                .unwrap_err()
                .get(Field::Amount),
            Some(FieldError::NoAmount)
        );
        assert_eq!(
            CompetencyDraft::default()
                .check()
                .unwrap_err()
                .get(Field::Name),
            Some(FieldError::Empty)
        );
        let today = d(2026, 11, 26);
        let support = SupportDraft {
            activated_on: "2026-11-27".into(),
            allowed: "ten".into(),
            ..Default::default()
        };
        let e = support.check(today).unwrap_err();
        assert_eq!(e.get(Field::ActivatedOn), Some(FieldError::InFuture));
        let used = SupportDraft {
            used: "-1".into(),
            ..Default::default()
        };
        assert_eq!(
            used.check(today).unwrap_err().get(Field::Used),
            Some(FieldError::NotANumber)
        );
        // History from before the app: a seat given on 2020-12-15 is a day like any past one.
        assert_eq!(
            DayDraft("2020-12-15".into()).check(today),
            Ok(d(2020, 12, 15))
        );
        assert_eq!(
            DayDraft("2026-11-27".into())
                .check(today)
                .unwrap_err()
                .get(Field::GivenOn),
            Some(FieldError::InFuture)
        );
        assert_eq!(
            DayDraft(String::new())
                .check(today)
                .unwrap_err()
                .get(Field::GivenOn),
            Some(FieldError::NotADate)
        );
        assert_eq!(e.get(Field::Allowance), Some(FieldError::NotANumber));
        let ok = SupportDraft {
            activated_on: "2020-12-15".into(),
            allowed: "".into(),
            access_id: " A-1 ".into(),
            ..Default::default()
        };
        let s = ok.check(today).unwrap();
        assert_eq!(
            (s.activated_on, s.incidents_allowed, s.access_id.as_str()),
            (Some(d(2020, 12, 15)), None, "A-1")
        );
    }

    #[test]
    fn a_redemption_needs_a_past_day_and_takes_its_subscription_only_to_add_or_extend() {
        let today = d(2026, 11, 26);
        let mut draft = RedemptionDraft {
            on: "2099-01-01".into(),
            owner: TenantOwner::Partner,
            tenant: " contoso.onmicrosoft.com ".into(),
            mode: RedemptionMode::Add,
            subscription: "7".into(),
        };
        assert_eq!(
            draft.check(3, today).unwrap_err().get(Field::RedeemedOn),
            Some(FieldError::InFuture)
        );
        draft.on = String::new();
        assert_eq!(
            draft.check(3, today).unwrap_err().get(Field::RedeemedOn),
            Some(FieldError::NotADate)
        );
        draft.on = "2021-01-01".into();
        let r = draft.check(3, today).unwrap();
        assert_eq!((r.on, r.target), (d(2021, 1, 1), Target::Existing(7)));
        assert_eq!(r.tenant, "contoso.onmicrosoft.com");
        draft.mode = RedemptionMode::New;
        assert_eq!(draft.check(3, today).unwrap().target, Target::New);
    }

    #[test]
    fn another_subscription_needs_licenses_and_an_end() {
        let e = OtherSubscriptionDraft::default().check().unwrap_err();
        assert_eq!(e.get(Field::Licenses), Some(FieldError::NoLicenses));
        assert_eq!(e.get(Field::End), Some(FieldError::NotADate));
        let t = OtherSubscriptionDraft {
            licenses: "25".into(),
            end: "2027-03-31".into(),
        }
        .check()
        .unwrap();
        assert_eq!(
            t,
            Target::Other {
                licenses: 25,
                end: d(2027, 3, 31)
            }
        );
    }
}

/// The add form of a benefit redeemed without a key (R17).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BenefitDraft {
    /// Product name.
    pub product: String,
    /// Licenses.
    pub quantity: String,
}

impl BenefitDraft {
    /// The product and licenses, or the problems.
    ///
    /// # Errors
    /// An empty product; no licenses, or not a number.
    pub fn check(&self) -> Result<(String, u32), FieldErrors> {
        let mut errors = FieldErrors::default();
        let product = self.product.trim();
        if product.is_empty() {
            errors.flag(Field::Name, FieldError::Empty);
        }
        let quantity = errors.count(Field::Licenses, &self.quantity).unwrap_or(0);
        if quantity == 0 && errors.get(Field::Licenses).is_none() {
            errors.flag(Field::Licenses, FieldError::NoLicenses);
        }
        errors.result(|| (product.to_owned(), quantity))
    }
}

/// The record of a redemption without a key: the day (today by default, any
/// earlier day for history) and the tenant it went to (R18).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeylessDraft {
    /// Day of redemption.
    pub on: String,
    /// The tenant's name.
    pub tenant: String,
}

impl KeylessDraft {
    /// The day and tenant, or the problems. Whether the rules allow it is
    /// `ledger::change::record_keyless`'s question.
    ///
    /// # Errors
    /// A day that is missing, not a date or still to come; no tenant.
    pub fn check(&self, today: NaiveDate) -> Result<(NaiveDate, String), FieldErrors> {
        let mut errors = FieldErrors::default();
        let on = errors.past_date(Field::RedeemedOn, &self.on, today);
        if on.is_none() && errors.is_empty() {
            errors.flag(Field::RedeemedOn, FieldError::NotADate);
        }
        let tenant = self.tenant.trim();
        if tenant.is_empty() {
            errors.flag(Field::Tenant, FieldError::Empty);
        }
        errors.result(|| (on.unwrap_or(today), tenant.to_owned()))
    }
}
