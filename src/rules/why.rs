//! Explanations as data: which rule produced a value, and from which inputs.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The id of a rule in `RULES.md` (R1…R28).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RuleId {
    /// Benefit expiry date: last day to activate and redeem.
    R1,
    /// A redeemed key works for 12 months from redemption.
    R2,
    /// 30-day grace for user-assigned benefits after renewal.
    R3,
    /// The renewal window.
    R4,
    /// Renewing benefits in Partner Center.
    R5,
    /// Handling an expiring-subscription notice.
    R6,
    /// Adding licenses to a subscription (co-termination).
    R7,
    /// Extending a subscription with a key.
    R8,
    /// One redemption, no splitting, one replacement within 30 days.
    R9,
    /// Licenses are for the partner's own demonstrations only.
    R10,
    /// Azure credit offers and their conflicts.
    R11,
    /// Visual Studio subscription assignment.
    R12,
    /// Visual Studio reassignment only after 90 days.
    R13,
    /// Visual Studio entitlements by program level.
    R14,
    /// Activating technical support and opening a ticket.
    R15,
    /// Support incident and advisory-hour allowances.
    R16,
    /// Keyless (modernized) redemption.
    R17,
    /// Keyless benefits only in a tenant under the billing account.
    R18,
    /// A keyless subscription ends with the membership offer.
    R19,
    /// Azure credit on a billing profile (keyless).
    R20,
    /// Kinds of Azure credit and their limits.
    R21,
    /// Membership end and benefits end from the purchase date.
    R22,
    /// The renewal window's first day, second reading.
    R23,
    /// What a lapse costs.
    R24,
    /// The offer timeline and the 2025-01-21 cut-off.
    R25,
    /// Fees and the 30-day refund.
    R26,
    /// Visual Studio reassignment from the later of assignment and activation.
    R27,
    /// Support allowances by offer.
    R28,
}

impl RuleId {
    /// Every rule, in order.
    pub const ALL: [RuleId; 28] = [
        RuleId::R1,
        RuleId::R2,
        RuleId::R3,
        RuleId::R4,
        RuleId::R5,
        RuleId::R6,
        RuleId::R7,
        RuleId::R8,
        RuleId::R9,
        RuleId::R10,
        RuleId::R11,
        RuleId::R12,
        RuleId::R13,
        RuleId::R14,
        RuleId::R15,
        RuleId::R16,
        RuleId::R17,
        RuleId::R18,
        RuleId::R19,
        RuleId::R20,
        RuleId::R21,
        RuleId::R22,
        RuleId::R23,
        RuleId::R24,
        RuleId::R25,
        RuleId::R26,
        RuleId::R27,
        RuleId::R28,
    ];

    /// The id as written in RULES.md, e.g. `"R7"`.
    ///
    /// # Example
    /// ```
    /// use benefits_desk::rules::RuleId;
    /// assert_eq!(RuleId::R13.as_str(), "R13");
    /// ```
    pub fn as_str(self) -> &'static str {
        const NAMES: [&str; 28] = [
            "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13",
            "R14", "R15", "R16", "R17", "R18", "R19", "R20", "R21", "R22", "R23", "R24", "R25",
            "R26", "R27", "R28",
        ];
        NAMES[self as usize]
    }
}

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
