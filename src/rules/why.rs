//! Explanations as data: which rule produced a value, and from which inputs.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::model::rule_id::RuleId;

/// What an input to a rule was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FactName {
    /// The benefit expiry date.
    BenefitExpiry,
    /// The day the computation is made for.
    Today,
    /// The day a key was redeemed.
    RedeemedOn,
    /// The membership anniversary (enrollment renewal date).
    Anniversary,
    /// The renewal start date shown by Partner Center.
    RenewalStart,
    /// Licenses already active on a subscription.
    ActiveLicenses,
    /// Licenses on the key being redeemed.
    KeyLicenses,
    /// A subscription's end date.
    SubscriptionEnd,
    /// Days from today to the subscription's end.
    DaysRemaining,
    /// Days from today to today + 12 months.
    DaysInTwelveMonths,
    /// Months added by an extension, as a fraction.
    MonthsAdded,
    /// The day a Visual Studio seat was assigned.
    AssignedOn,
    /// The day a key or support contract was activated.
    ActivatedOn,
    /// Support incidents used so far.
    IncidentsUsed,
    /// Support incidents allowed.
    IncidentsAllowed,
    /// The day a membership offer was bought or paid.
    Purchased,
    /// The day a membership offer ends.
    OfferEnd,
    /// The day a renewal was paid.
    PaidOn,
    /// The day an Azure credit was provisioned.
    Provisioned,
}

/// The value of an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FactValue {
    /// A calendar date.
    Date(NaiveDate),
    /// A count (licenses, incidents, days).
    Count(i64),
    /// An exact fraction `num / den` (months).
    Fraction(i64, i64),
}

/// One input of a rule: its name and value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// What the input is.
    pub name: FactName,
    /// Its value.
    pub value: FactValue,
}

impl Fact {
    /// A date fact.
    pub fn date(name: FactName, d: NaiveDate) -> Self {
        Fact {
            name,
            value: FactValue::Date(d),
        }
    }
    /// A count fact.
    pub fn count(name: FactName, n: i64) -> Self {
        Fact {
            name,
            value: FactValue::Count(n),
        }
    }
}

/// Why a value is what it is: the rule and its inputs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Why {
    /// The rule that produced the value.
    pub rule: RuleId,
    /// The inputs it used, in the order the explanation should read them.
    pub facts: Vec<Fact>,
    /// Where sources disagree, the reading the value followed: it is then an
    /// estimate, and the other reading is named beside it.
    pub reading: Option<super::readings::ReadingUsed>,
}

impl Why {
    /// A `Why` for `rule` with the given facts.
    pub fn new(rule: RuleId, facts: Vec<Fact>) -> Self {
        Why {
            rule,
            facts,
            reading: None,
        }
    }

    /// The same, computed under `reading`.
    pub fn under(mut self, reading: super::readings::ReadingUsed) -> Self {
        self.reading = Some(reading);
        self
    }
}

/// A value together with its explanation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explained<T> {
    /// The computed value.
    pub value: T,
    /// Why it is that value.
    pub why: Why,
}
