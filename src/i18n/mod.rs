//! Korean and English. Every piece of UI text is a [`Msg`](crate::i18n::Msg); both languages are
//! written side by side in `messages.rs`, so a message cannot exist in one
//! language only (the macro needs both), and `tests` check that neither side is
//! blank or left in the wrong language. Dates go through [`format_date`](crate::i18n::format_date).
//! Why not `leptos_i18n`: see `docs/i18n.md`.

mod examples;
pub mod loaded;
mod messages;
pub mod refusals;
pub mod words;
pub mod working;
pub use examples::{example, rule_text, source_url};

use chrono::{Datelike, NaiveDate};

pub use messages::Msg;

/// A language of the interface: a plain value in `model` (the preferences
/// keep it); its words are here.
pub use crate::model::lang::Lang;

impl Lang {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Ko, Lang::En];

    /// The BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// The language's own name, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ko => "한국어",
        }
    }

    /// Korean when the browser's preferred languages (most preferred first) put
    /// Korean before English, English otherwise.
    ///
    /// # Example
    /// ```
    /// use benefits_desk::i18n::Lang;
    /// assert_eq!(Lang::from_browser(["ko-KR", "en-US"]), Lang::Ko);
    /// assert_eq!(Lang::from_browser(["fr", "ko"]), Lang::Ko);
    /// assert_eq!(Lang::from_browser(["en-GB", "ko"]), Lang::En);
    /// assert_eq!(Lang::from_browser(["de"]), Lang::En);
    /// ```
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in preferred {
            let primary = tag
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            match primary.as_str() {
                "ko" => return Lang::Ko,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }

    /// The text of `msg` in this language.
    pub fn t(self, msg: Msg) -> &'static str {
        msg.text(self)
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date as a person reads it in `lang`.
///
/// # Example
/// ```
/// use benefits_desk::i18n::{format_date, Lang};
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2021, 1, 31).unwrap();
/// assert_eq!(format_date(Lang::Ko, d), "2021년 1월 31일");
/// assert_eq!(format_date(Lang::En, d), "January 31, 2021");
/// ```
pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Ko => format!("{}년 {}월 {}일", date.year(), date.month(), date.day()),
        Lang::En => format!(
            "{} {}, {}",
            MONTHS_EN[date.month0() as usize],
            date.day(),
            date.year()
        ),
    }
}

/// A month's short name, for an axis: "Jan" / "1월" (`month` is 1–12).
pub fn month_short(lang: Lang, month: u32) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::En => EN[(month as usize + 11) % 12].to_owned(),
        Lang::Ko => format!("{month}월"),
    }
}

/// A number of days as a person reads it in `lang`.
///
/// # Example
/// ```
/// use benefits_desk::i18n::{format_days, Lang};
/// assert_eq!(format_days(Lang::En, 1), "1 day");
/// assert_eq!(format_days(Lang::En, 30), "30 days");
/// assert_eq!(format_days(Lang::Ko, 30), "30일");
/// ```
pub fn format_days(lang: Lang, days: i64) -> String {
    match (lang, days.abs()) {
        (Lang::Ko, _) => format!("{days}일"),
        (Lang::En, 1) => format!("{days} day"),
        (Lang::En, _) => format!("{days} days"),
    }
}

/// The words for a step of a procedure (R5, R6, R12, R15).
pub fn step_text(step: crate::rules::steps::Step) -> Msg {
    use crate::rules::steps::Step as S;
    match step {
        S::SignInPartnerCenter => Msg::StepSignIn,
        S::OpenMpnBenefits => Msg::StepOpenBenefits,
        S::ActivateBenefit => Msg::StepActivate,
        S::RenewMembershipIfMissing => Msg::StepRenewMembership,
        S::SignInNoticePortal => Msg::StepNoticeSignIn,
        S::ReviewEndDate => Msg::StepReviewEnd,
        S::AddOrExtend => Msg::StepAddOrExtend,
        S::OpenVisualStudioBenefit => Msg::StepOpenVs,
        S::PickUser => Msg::StepPickUser,
        S::UserSignsInToVisualStudio => Msg::StepUserSignsIn,
        S::ActivateSupport => Msg::SpStepActivate,
        S::WaitForIds => Msg::SpStepWait,
        S::RecordIds => Msg::SpStepRecord,
        S::CreateTicket => Msg::SpStepTicket,
    }
}

/// The name of a program offer.
pub fn offer_label(program: crate::model::Offer) -> Msg {
    use crate::model::Offer as P;
    match program {
        P::ActionPack => Msg::ProgramActionPack,
        P::Silver => Msg::ProgramSilver,
        P::Gold => Msg::ProgramGold,
        P::LearningActionPack => Msg::OfferLearningActionPack,
        P::SolutionsPartner => Msg::OfferSolutionsPartner,
        P::PartnerLaunch => Msg::OfferPartnerLaunch,
        P::PartnerSuccessCore => Msg::OfferPartnerSuccessCore,
        P::PartnerSuccessExpanded => Msg::OfferPartnerSuccessExpanded,
    }
}

/// The message for a validation error, shown next to its field.
pub fn field_error(e: crate::model::validate::FieldError) -> Msg {
    use crate::model::validate::FieldError as E;
    match e {
        E::KeyFormat => Msg::ErrKeyFormat,
        E::NoLicenses => Msg::ErrNoLicenses,
        E::EmailShape => Msg::ErrEmailShape,
        E::Empty => Msg::ErrEmpty,
        E::Duplicate => Msg::ErrDuplicate,
        E::DateOrder => Msg::ErrDateOrder,
        E::NoAmount => Msg::ErrNoAmount,
        E::NotADate => Msg::ErrDate,
        E::InFuture => Msg::ErrInFuture,
        E::NotANumber => Msg::SpErrNumber,
        E::Sealed => Msg::ErrSealed,
        E::CustomerTenant => Msg::ErrCustomerTenant,
        E::Overlap => Msg::ErrOverlap,
        E::Dangling => Msg::ErrDangling,
    }
}

/// The message for a form field's error, where a field says it more precisely
/// than [`field_error`] does.
pub fn field_problem(
    field: crate::model::validate::Field,
    e: crate::model::validate::FieldError,
) -> Msg {
    use crate::model::validate::{Field as F, FieldError as E};
    match (field, e) {
        (F::RenewalStart, E::DateOrder) => Msg::ErrRenewalStartOrder,
        (F::Purchased, E::DateOrder) => Msg::ErrPurchasedOrder,
        (F::RedeemedOn, E::InFuture) => Msg::ErrFuture,
        (F::ActivatedOn, E::InFuture) => Msg::SpErrFuture,
        (F::GivenOn, E::InFuture) => Msg::ErrGivenFuture,
        (F::NewExpiry, E::DateOrder) => Msg::ErrExpiryBeforePaid,
        _ => field_error(e),
    }
}

/// One validation problem in words: the record, then what is wrong with it.
pub fn describe_problem(lang: Lang, problem: &crate::model::validate::ValidationError) -> String {
    use crate::model::validate::Record as R;
    let (msg, id) = match problem.record {
        R::Key(id) => (Msg::RecKey, id),
        R::Benefit(id) => (Msg::RecBenefit, id),
        R::Subscription(id) => (Msg::RecSubscription, id),
        R::User(id) => (Msg::RecUser, id),
        R::Seat(id) => (Msg::RecSeat, id),
        R::Credit(id) => (Msg::RecCredit, id),
        R::Membership => (Msg::RecMembership, 0),
        R::Vault => (Msg::RecVault, 0),
    };
    format!(
        "{}: {}",
        fill(lang.t(msg), &[("id", &id.to_string())]),
        lang.t(field_error(problem.error))
    )
}

/// `text` with each `{name}` replaced by its value.
///
/// # Example
/// ```
/// use benefits_desk::i18n::fill;
/// assert_eq!(fill("line {line}, column {column}", &[("line", "3"), ("column", "9")]), "line 3, column 9");
/// ```
pub fn fill(text: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(text.to_owned(), |acc, (name, value)| {
        acc.replace(&format!("{{{name}}}"), value)
    })
}

/// `msg` in `lang` with its `{line}` and `{column}` filled in: where a file or
/// stored text went wrong.
pub fn fill_position(lang: Lang, msg: Msg, line: impl ToString, column: impl ToString) -> String {
    fill(
        lang.t(msg),
        &[("line", &line.to_string()), ("column", &column.to_string())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_hangul(s: &str) -> bool {
        s.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
    }

    #[test]
    fn a_problem_names_its_record_and_says_what_is_wrong_in_each_language() {
        use crate::model::validate::{Field, FieldError, Record, ValidationError};
        let p = ValidationError {
            record: Record::Key(7),
            field: Field::Licenses,
            error: FieldError::NoLicenses,
        };
        assert_eq!(
            describe_problem(Lang::En, &p),
            "Product key #7: Enter at least 1 license."
        );
        assert_eq!(
            describe_problem(Lang::Ko, &p),
            "제품 키 #7: 라이선스는 1개 이상이어야 합니다."
        );
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        for &m in Msg::ALL {
            assert!(
                !Lang::En.t(m).trim().is_empty(),
                "{m:?} has no English text"
            );
            assert!(!Lang::Ko.t(m).trim().is_empty(), "{m:?} has no Korean text");
        }
    }

    #[test]
    fn korean_catalog_is_korean_and_english_is_english() {
        for &m in Msg::ALL {
            assert!(
                has_hangul(Lang::Ko.t(m)),
                "{m:?}: Korean text has no Hangul: {}",
                Lang::Ko.t(m)
            );
            assert!(
                !has_hangul(Lang::En.t(m)),
                "{m:?}: English text has Hangul: {}",
                Lang::En.t(m)
            );
        }
    }

    #[test]
    fn placeholders_are_the_same_in_both_languages() {
        let names = |s: &str| {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|p| p.split('}').next())
                .map(str::to_owned)
                .collect();
            v.sort();
            v
        };
        for &m in Msg::ALL {
            assert_eq!(names(Lang::En.t(m)), names(Lang::Ko.t(m)), "{m:?}");
        }
    }

    #[test]
    fn message_ids_are_unique_and_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for &m in Msg::ALL {
            assert!(seen.insert(m), "{m:?} listed twice");
        }
    }

    #[test]
    fn dates_format_per_locale_across_the_year() {
        let d = NaiveDate::from_ymd_opt(2024, 12, 1).unwrap();
        assert_eq!(format_date(Lang::En, d), "December 1, 2024");
        assert_eq!(format_date(Lang::Ko, d), "2024년 12월 1일");
    }
}
