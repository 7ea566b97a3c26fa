//! Validation of the user's data: typed errors that name the record and field, so
//! the UI can put the message next to the field in either language.

use rustc_hash::FxHashSet as HashSet;

use super::vault::Sealed;

use serde::{Deserialize, Serialize};

use super::Dataset;

/// What is wrong with one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FieldError {
    /// A product key must be five groups of five letters or digits, joined by hyphens.
    KeyFormat,
    /// At least one license.
    NoLicenses,
    /// Not an email address or user principal name.
    EmailShape,
    /// A required text is empty.
    Empty,
    /// Another record already has this value.
    Duplicate,
    /// A date is before the date it must follow.
    DateOrder,
    /// An amount must be more than zero.
    NoAmount,
    /// Not a calendar date (year-month-day).
    NotADate,
    /// A day that has not come yet, where only the past or today makes sense.
    InFuture,
    /// Not a whole number of 0 or more.
    NotANumber,
    /// A locked key text that is damaged, from a newer version, or readable
    /// beside the vault.
    Sealed,
    /// Redeemed in a customer's tenant, which R10 forbids.
    CustomerTenant,
    /// Two holders at the same time: a seat's holders' days overlap.
    Overlap,
    /// It names a record (a user, a subscription) that is not there.
    Dangling,
}

impl FieldError {
    /// A static description for logs and tests; the UI shows a translated one.
    pub fn message(self) -> &'static str {
        match self {
            FieldError::KeyFormat => "key must be XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
            FieldError::NoLicenses => "at least one license",
            FieldError::EmailShape => "not an email address",
            FieldError::Empty => "required",
            FieldError::Duplicate => "already exists",
            FieldError::DateOrder => "date out of order",
            FieldError::NoAmount => "amount must be more than zero",
            FieldError::NotADate => "not a date",
            FieldError::InFuture => "date later than today",
            FieldError::NotANumber => "not a whole number",
            FieldError::Sealed => "locked key text damaged or of a newer version",
            FieldError::CustomerTenant => "redeemed in a customer's tenant (R10)",
            FieldError::Overlap => "two holders at once",
            FieldError::Dangling => "names a record that is not there",
        }
    }
}

/// Which record an error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Record {
    /// A product key, by id.
    Key(u64),
    /// A benefit redeemed without a key, by id.
    Benefit(u64),
    /// A subscription, by id.
    Subscription(u64),
    /// A user, by id.
    User(u64),
    /// A Visual Studio seat, by id.
    Seat(u64),
    /// An Azure credit, by id.
    Credit(u64),
    /// The membership.
    Membership,
    /// The key vault.
    Vault,
}

/// Which field of the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    /// The record's id.
    Id,
    /// A product key's secret.
    Key,
    /// A product or display name.
    Name,
    /// A license count.
    Licenses,
    /// An email or user principal name.
    Email,
    /// The benefit expiry date.
    BenefitExpiry,
    /// The renewal start date.
    RenewalStart,
    /// An amount of money.
    Amount,
    /// The anniversary (enrollment renewal date).
    Anniversary,
    /// The day the membership offer was bought or paid (R22).
    Purchased,
    /// The day a key was received.
    Received,
    /// The day a key was redeemed.
    RedeemedOn,
    /// The day support was activated.
    ActivatedOn,
    /// The support incidents allowed.
    Allowance,
    /// The cloud support incidents allowed (R28: entered for a package).
    CloudAllowance,
    /// The advisory hours allowed (R28: entered for a package).
    HoursAllowance,
    /// A subscription's end date.
    End,
    /// The day a seat or a credit was given to someone.
    GivenOn,
    /// Support incidents used so far.
    Used,
    /// The day a replacement key was asked for (R9).
    AskedOn,
    /// The day a renewal was paid (R4).
    PaidOn,
    /// The benefit expiry date a renewal sets (R1).
    NewExpiry,
    /// How often a credit was reassigned before the app.
    Reassigned,
    /// The tenant a benefit went to.
    Tenant,
    /// The billing profile a credit sits on (R20).
    BillingProfile,
    /// The day a credit was provisioned (R21).
    Provisioned,
}

/// One problem in a dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ValidationError {
    /// The record.
    pub record: Record,
    /// The field.
    pub field: Field,
    /// What is wrong.
    pub error: FieldError,
}

/// A product key's text: empty (not recorded) or `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`
/// of ASCII letters and digits. Lower case is accepted; [`normalize_key`] upper-cases.
///
/// # Errors
/// [`FieldError::KeyFormat`] for anything else.
///
/// # Example
/// ```
/// use benefits_desk::model::validate::{check_key, FieldError};
/// assert!(check_key("ABCDE-12345-FGHIJ-67890-KLMNO").is_ok());
/// assert!(check_key("").is_ok());
/// assert_eq!(check_key("ABCDE-12345"), Err(FieldError::KeyFormat));
/// assert_eq!(check_key("ABCDE-12345-FGHIJ-67890-KLMN0-"), Err(FieldError::KeyFormat));
/// ```
pub fn check_key(key: &str) -> Result<(), FieldError> {
    if key.is_empty() {
        return Ok(());
    }
    // Checked byte by byte, without allocating: start-up validates every stored key.
    let ok = key.len() == 29
        && key.bytes().enumerate().all(|(i, b)| {
            if i % 6 == 5 {
                b == b'-'
            } else {
                b.is_ascii_alphanumeric()
            }
        });
    if ok {
        Ok(())
    } else {
        Err(FieldError::KeyFormat)
    }
}

/// A key as stored: trimmed and upper-cased.
pub fn normalize_key(key: &str) -> String {
    key.trim().to_ascii_uppercase()
}

/// An email address or user principal name: one `@`, something before it, and a
/// domain with a dot after it, no spaces.
///
/// # Errors
/// [`FieldError::EmailShape`] otherwise, [`FieldError::Empty`] when blank.
///
/// # Example
/// ```
/// use benefits_desk::model::validate::{check_email, FieldError};
/// assert!(check_email("minji.kim@contoso.co.kr").is_ok());
/// assert_eq!(check_email("minji.kim@contoso"), Err(FieldError::EmailShape));
/// assert_eq!(check_email(" "), Err(FieldError::Empty));
/// ```
pub fn check_email(email: &str) -> Result<(), FieldError> {
    let email = email.trim();
    if email.is_empty() {
        return Err(FieldError::Empty);
    }
    // Byte by byte: start-up checks every stored user's address.
    let bytes = email.as_bytes();
    let Some(at) = bytes.iter().position(|&b| b == b'@') else {
        return Err(FieldError::EmailShape);
    };
    let (local, domain) = (&bytes[..at], &bytes[at + 1..]);
    let labels_ok = domain.contains(&b'.')
        && domain.first() != Some(&b'.')
        && domain.last() != Some(&b'.')
        && !domain.windows(2).any(|w| w == b"..");
    let spaced = if email.is_ascii() {
        bytes.iter().any(u8::is_ascii_whitespace)
    } else {
        email.contains(char::is_whitespace)
    };
    if local.is_empty() || domain.contains(&b'@') || !labels_ok || spaced {
        return Err(FieldError::EmailShape);
    }
    Ok(())
}

/// Text compared and hashed without regard to ASCII case or surrounding spaces,
/// so duplicates are found without making a lower-cased copy of every value.
#[derive(Clone, Copy)]
struct Folded<'a>(&'a str);

impl PartialEq for Folded<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.trim().eq_ignore_ascii_case(other.0.trim())
    }
}

impl Eq for Folded<'_> {}

impl std::hash::Hash for Folded<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // Eight lower-cased bytes at a time: one hasher step per word, not per byte.
        let text = self.0.trim().as_bytes();
        for chunk in text.chunks(8) {
            let word = chunk
                .iter()
                .fold(0u64, |w, b| (w << 8) | u64::from(b.to_ascii_lowercase()));
            state.write_u64(word);
        }
        state.write_usize(text.len());
    }
}

/// The checks of one product key that need no other record: key format,
/// licenses, product name. `flag` is called for each problem, allocating nothing.
pub fn check_key_record(k: &crate::model::ProductKey, mut flag: impl FnMut(Field, FieldError)) {
    if check_key(&k.key).is_err() {
        flag(Field::Key, FieldError::KeyFormat);
    }
    if k.licenses == 0 {
        flag(Field::Licenses, FieldError::NoLicenses);
    }
    if k.product.trim().is_empty() {
        flag(Field::Name, FieldError::Empty);
    }
}

/// The checks of one user that need no other record: name and email.
pub fn check_user_record(u: &crate::model::User, mut flag: impl FnMut(Field, FieldError)) {
    if u.name.trim().is_empty() {
        flag(Field::Name, FieldError::Empty);
    }
    if let Err(error) = check_email(&u.email) {
        flag(Field::Email, error);
    }
}

/// The checks of the membership: neither the renewal start nor the purchase
/// is after the anniversary.
pub fn check_membership_record(
    m: &crate::model::Membership,
    mut flag: impl FnMut(Field, FieldError),
) {
    let Some(anniversary) = m.anniversary else {
        return;
    };
    if m.renewal_start.is_some_and(|start| start > anniversary) {
        flag(Field::RenewalStart, FieldError::DateOrder);
    }
    if m.purchased.is_some_and(|p| p > anniversary) {
        flag(Field::Purchased, FieldError::DateOrder);
    }
}

/// The checks of one credit: an amount.
pub fn check_credit_record(c: &crate::model::AzureCredit, mut flag: impl FnMut(Field, FieldError)) {
    if c.amount == 0 {
        flag(Field::Amount, FieldError::NoAmount);
    }
}

/// Whether `email` is already a user's (other than `except`), without case.
pub fn email_taken(data: &Dataset, email: &str, except: Option<u64>) -> bool {
    data.users
        .iter()
        .any(|u| Some(u.id) != except && Folded(&u.email) == Folded(email))
}

/// Whether `key` is already another key's text (other than `except`), without case.
pub fn key_taken(data: &Dataset, key: &str, except: Option<u64>) -> bool {
    !key.is_empty()
        && data
            .keys
            .iter()
            .any(|k| Some(k.id) != except && Folded(&k.key) == Folded(key))
}

/// Every problem in `data`: field formats, and duplicates (ids, key texts, emails
/// compared without case).
///
/// # Errors
/// The list of problems, in record order, when there is at least one.
pub fn validate(data: &Dataset) -> Result<(), Vec<ValidationError>> {
    fn set<T>(n: usize) -> HashSet<T> {
        HashSet::with_capacity_and_hasher(n, Default::default())
    }
    let mut out = Vec::new();
    let mut flag = flagger(&mut out);
    let n = data.keys.len();
    let (mut ids, mut texts) = (set(n), set(n));
    for k in &data.keys {
        let record = Record::Key(k.id);
        check_key_record(k, |field, error| flag(false, record, field, error));
        flag(ids.insert(k.id), record, Field::Id, FieldError::Duplicate);
        let unique = k.key.is_empty() || texts.insert(Folded(&k.key));
        flag(unique, record, Field::Key, FieldError::Duplicate);
        let sealed_ok = match (&k.sealed, &data.vault) {
            (Some(s), Some(_)) => k.key.is_empty() && Sealed::looks_right(&s.text),
            (Some(_), None) => false,
            (None, vault) => vault.is_none() || k.key.is_empty(),
        };
        flag(sealed_ok, record, Field::Key, FieldError::Sealed);
    }
    let n = data.users.len();
    let (mut ids, mut emails) = (set(n), set(n));
    for u in &data.users {
        let record = Record::User(u.id);
        check_user_record(u, |field, error| flag(false, record, field, error));
        flag(ids.insert(u.id), record, Field::Id, FieldError::Duplicate);
        let unique = emails.insert(Folded(&u.email));
        flag(unique, record, Field::Email, FieldError::Duplicate);
    }
    let mut ids = HashSet::default();
    for b in &data.benefits {
        let record = Record::Benefit(b.id);
        flag(ids.insert(b.id), record, Field::Id, FieldError::Duplicate);
        flag(
            !b.product.trim().is_empty(),
            record,
            Field::Name,
            FieldError::Empty,
        );
        flag(
            b.quantity > 0,
            record,
            Field::Licenses,
            FieldError::NoLicenses,
        );
        let tenant = b
            .redeemed
            .as_ref()
            .is_none_or(|r| !r.tenant.trim().is_empty());
        flag(tenant, record, Field::Tenant, FieldError::Empty);
    }
    let mut ids = HashSet::default();
    for s in &data.subscriptions {
        let record = Record::Subscription(s.id);
        flag(ids.insert(s.id), record, Field::Id, FieldError::Duplicate);
        flag(
            !s.product.trim().is_empty(),
            record,
            Field::Name,
            FieldError::Empty,
        );
        flag(
            s.licenses > 0,
            record,
            Field::Licenses,
            FieldError::NoLicenses,
        );
    }
    if let Some(v) = &data.vault {
        let ok = v.format == super::vault::FORMAT && Sealed::looks_right(&v.check);
        flag(ok, Record::Vault, Field::Key, FieldError::Sealed);
    }
    if let Some(m) = &data.membership {
        check_membership_record(m, |field, error| {
            flag(false, Record::Membership, field, error)
        });
    }
    let mut ids = HashSet::default();
    for c in &data.credits {
        let record = Record::Credit(c.id);
        flag(ids.insert(c.id), record, Field::Id, FieldError::Duplicate);
        check_credit_record(c, |field, error| flag(false, record, field, error));
    }
    let mut ids = HashSet::default();
    for s in &data.vs_seats {
        flag(
            ids.insert(s.id),
            Record::Seat(s.id),
            Field::Id,
            FieldError::Duplicate,
        );
    }
    drop(flag);
    if out.is_empty() { Ok(()) } else { Err(out) }
}

/// A problem recorder: `flag(ok, record, field, error)` notes the error
/// unless `ok`.
fn flagger(out: &mut Vec<ValidationError>) -> impl FnMut(bool, Record, Field, FieldError) + '_ {
    move |ok, record, field, error| {
        if !ok {
            out.push(ValidationError {
                record,
                field,
                error,
            });
        }
    }
}

/// What every flow refuses, checked on data that arrives whole (a backup,
/// a colleague's file), so nothing enters that way that a flow would not let
/// in: a key redeemed in a customer's tenant (R10), a seat with two holders
/// at once (R12, R13), a seat or credit held by a user who is not there, a
/// redemption naming a subscription that is not there. Stored data is not
/// held to it at start-up: records made before these checks stay usable.
///
/// # Errors
/// Every problem, each naming its record and field.
pub fn validate_rules(data: &Dataset) -> Result<(), Vec<ValidationError>> {
    let mut out = Vec::new();
    let mut flag = flagger(&mut out);
    let users: HashSet<u64> = data.users.iter().map(|u| u.id).collect();
    let subs: HashSet<u64> = data.subscriptions.iter().map(|s| s.id).collect();
    for k in &data.keys {
        let Some(r) = &k.redemption else { continue };
        let record = Record::Key(k.id);
        let partner = r.owner == super::TenantOwner::Partner;
        flag(partner, record, Field::Tenant, FieldError::CustomerTenant);
        let there = r.subscription.is_none_or(|s| subs.contains(&s));
        flag(there, record, Field::Id, FieldError::Dangling);
    }
    for s in &data.vs_seats {
        let record = Record::Seat(s.id);
        // Earlier holders, then the current one, each from its own day on:
        // none may start before the one before it ended.
        let mut last_end = None;
        let mut ordered = true;
        for h in &s.history {
            ordered &= h.from <= h.to && last_end.is_none_or(|e| h.from >= e);
            last_end = Some(h.to);
            flag(
                users.contains(&h.user),
                record,
                Field::Id,
                FieldError::Dangling,
            );
        }
        if let Some(a) = &s.assignment {
            ordered &= last_end.is_none_or(|e| a.assigned_on >= e);
            flag(
                users.contains(&a.user),
                record,
                Field::Id,
                FieldError::Dangling,
            );
        }
        flag(ordered, record, Field::GivenOn, FieldError::Overlap);
    }
    for c in &data.credits {
        let there = c.assignee.is_none_or(|u| users.contains(&u));
        flag(there, Record::Credit(c.id), Field::Id, FieldError::Dangling);
    }
    drop(flag);
    if out.is_empty() { Ok(()) } else { Err(out) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProductKey, User};

    #[test]
    fn email_shapes_a_user_would_mistype_are_refused() {
        for ok in ["a@b.c", " minji.kim@contoso.co.kr ", "김민지@회사.kr"] {
            assert_eq!(check_email(ok), Ok(()), "{ok}");
        }
        for bad in [
            "a@@b.c",
            "@b.c",
            "a@b",
            "a@.b.c",
            "a@b.c.",
            "a@b..c",
            "a b@c.d",
            "a@b.c@d.e",
            "a\u{3000}b@c.d",
            "a@b\tc.d",
        ] {
            assert_eq!(check_email(bad), Err(FieldError::EmailShape), "{bad}");
        }
    }

    fn user(id: u64, email: &str) -> User {
        User {
            id,
            name: format!("사용자 {id}"),
            email: email.into(),
            offers: vec![],
            source: Default::default(),
        }
    }

    #[test]
    fn duplicate_emails_are_found_without_case() {
        let data = Dataset {
            users: vec![user(1, "A@contoso.com"), user(2, "a@contoso.com ")],
            ..Default::default()
        };
        let errs = validate(&data).unwrap_err();
        assert_eq!(
            errs,
            vec![ValidationError {
                record: Record::User(2),
                field: Field::Email,
                error: FieldError::Duplicate
            }]
        );
    }

    #[test]
    fn a_key_with_no_licenses_and_a_bad_format_reports_both() {
        let data = Dataset {
            keys: vec![ProductKey {
                id: 9,
                product: "Office".into(),
                key: "nope".into(),
                licenses: 0,
                redemption: None,
                replaced: false,
                received: None,
                replacement: None,
                replaces: None,
                sealed: None,
            }],
            ..Default::default()
        };
        let errs = validate(&data).unwrap_err();
        assert!(errs.contains(&ValidationError {
            record: Record::Key(9),
            field: Field::Key,
            error: FieldError::KeyFormat
        }));
        assert!(errs.contains(&ValidationError {
            record: Record::Key(9),
            field: Field::Licenses,
            error: FieldError::NoLicenses
        }));
    }

    #[test]
    fn the_generated_dataset_is_valid() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut data =
            super::super::generate::generate(super::super::generate::Scale::BUDGET, today);
        // Generated key texts repeat every 100,000 ids; the budget scale stays below.
        data.keys.truncate(10_000);
        assert_eq!(validate(&data), Ok(()));
    }

    #[test]
    fn renewal_start_after_the_anniversary_and_empty_credit_are_refused() {
        use crate::model::{AzureCredit, CreditKind, Membership};
        use chrono::NaiveDate;
        let d = |m, day| NaiveDate::from_ymd_opt(2027, m, day);
        let data = Dataset {
            membership: Some(Membership {
                anniversary: d(3, 31),
                renewal_start: d(4, 1),
                ..Default::default()
            }),
            credits: vec![AzureCredit {
                id: 4,
                ..AzureCredit::new(CreditKind::Monthly, 0)
            }],
            ..Default::default()
        };
        assert_eq!(
            validate(&data).unwrap_err(),
            vec![
                ValidationError {
                    record: Record::Membership,
                    field: Field::RenewalStart,
                    error: FieldError::DateOrder
                },
                ValidationError {
                    record: Record::Credit(4),
                    field: Field::Amount,
                    error: FieldError::NoAmount
                },
            ]
        );
    }
}
