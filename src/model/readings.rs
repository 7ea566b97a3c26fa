//! Readings: where two sources disagree on a rule, which one the app follows.
//! RULES.md names three such questions and a default for each; the user may pick
//! the other reading on the Rules page. The choice is stored with the data (and
//! so travels in backups), and every value computed under a reading says which
//! one in its `rules::Why`, so the app can label it as an estimate.

use serde::{Deserialize, Serialize};

use super::rule_id::RuleId;

/// A question the sources answer two ways.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Question {
    /// The anniversary after a renewal: 365 days after payment (R22) or the old
    /// anniversary plus 12 months (R4).
    NewAnniversary,
    /// The renewal window's first day: the day after the anniversary (R4) or
    /// the anniversary itself (R23).
    WindowOpens,
    /// Moving bulk Azure credit to someone else: not until the next renewal
    /// (R21) or only within the enrollment year it was given in (R11).
    BulkMove,
}

impl Question {
    /// Every question, in the order the Rules page lists them.
    pub const ALL: [Question; 3] = [
        Question::NewAnniversary,
        Question::WindowOpens,
        Question::BulkMove,
    ];

    /// The two readings, the project's default (RULES.md) first.
    ///
    /// ```
    /// use benefits_desk::rules::RuleId;
    /// use benefits_desk::rules::readings::{Question, Readings};
    /// for q in Question::ALL {
    ///     assert_eq!(Readings::default().get(q), q.options()[0]);
    /// }
    /// assert_eq!(Question::WindowOpens.options(), [RuleId::R4, RuleId::R23]);
    /// ```
    pub fn options(self) -> [RuleId; 2] {
        match self {
            Question::NewAnniversary => [RuleId::R22, RuleId::R4],
            Question::WindowOpens => [RuleId::R4, RuleId::R23],
            Question::BulkMove => [RuleId::R21, RuleId::R11],
        }
    }

    /// The name used in the page (`id="reading-window"`) and tests.
    pub fn as_str(self) -> &'static str {
        match self {
            Question::NewAnniversary => "anniversary",
            Question::WindowOpens => "window",
            Question::BulkMove => "bulk",
        }
    }
}

/// The anniversary after a renewal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum NewAnniversary {
    /// 365 days after Microsoft receives the payment (the project's default).
    #[default]
    R22,
    /// The old anniversary plus 12 months.
    R4,
}
crate::de_by_name!(NewAnniversary { "R22" => R22, "R4" => R4 });

/// The renewal window's first day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum WindowOpens {
    /// The day after the anniversary (the project's default).
    #[default]
    R4,
    /// The anniversary itself.
    R23,
}
crate::de_by_name!(WindowOpens { "R4" => R4, "R23" => R23 });

/// Moving bulk Azure credit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub enum BulkMove {
    /// Not until the next renewal (the project's default).
    #[default]
    R21,
    /// Only within the enrollment year it was given in.
    R11,
}
crate::de_by_name!(BulkMove { "R21" => R21, "R11" => R11 });

/// The reading chosen for each question. Stored as the rule ids, so a value
/// this app does not know makes the document unreadable (kept aside), not
/// silently another reading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Readings {
    /// The anniversary after a renewal.
    #[serde(default)]
    pub new_anniversary: NewAnniversary,
    /// The renewal window's first day.
    #[serde(default)]
    pub window_opens: WindowOpens,
    /// Moving bulk credit.
    #[serde(default)]
    pub bulk_move: BulkMove,
}

impl Readings {
    /// Whether every question has its default reading (then nothing is stored).
    pub fn is_default(&self) -> bool {
        *self == Readings::default()
    }

    /// The rule whose reading is followed for `q`.
    pub fn get(&self, q: Question) -> RuleId {
        match q {
            Question::NewAnniversary => match self.new_anniversary {
                NewAnniversary::R22 => RuleId::R22,
                NewAnniversary::R4 => RuleId::R4,
            },
            Question::WindowOpens => match self.window_opens {
                WindowOpens::R4 => RuleId::R4,
                WindowOpens::R23 => RuleId::R23,
            },
            Question::BulkMove => match self.bulk_move {
                BulkMove::R21 => RuleId::R21,
                BulkMove::R11 => RuleId::R11,
            },
        }
    }

    /// Follow `rule`'s reading for `q`; `false` (and no change) when `rule`
    /// is not one of `q`'s [`options`](Question::options).
    ///
    /// ```
    /// use benefits_desk::rules::RuleId;
    /// use benefits_desk::rules::readings::{Question, Readings};
    /// let mut r = Readings::default();
    /// assert!(r.set(Question::WindowOpens, RuleId::R23));
    /// assert_eq!(r.get(Question::WindowOpens), RuleId::R23);
    /// assert!(!r.set(Question::WindowOpens, RuleId::R11));
    /// assert_eq!(r.get(Question::WindowOpens), RuleId::R23);
    /// ```
    pub fn set(&mut self, q: Question, rule: RuleId) -> bool {
        match (q, rule) {
            (Question::NewAnniversary, RuleId::R22) => self.new_anniversary = NewAnniversary::R22,
            (Question::NewAnniversary, RuleId::R4) => self.new_anniversary = NewAnniversary::R4,
            (Question::WindowOpens, RuleId::R4) => self.window_opens = WindowOpens::R4,
            (Question::WindowOpens, RuleId::R23) => self.window_opens = WindowOpens::R23,
            (Question::BulkMove, RuleId::R21) => self.bulk_move = BulkMove::R21,
            (Question::BulkMove, RuleId::R11) => self.bulk_move = BulkMove::R11,
            _ => return false,
        }
        true
    }
}

/// Which reading a computed value followed, for its `rules::Why`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadingUsed {
    /// The question.
    pub question: Question,
    /// The rule whose reading was followed.
    pub rule: RuleId,
}

impl ReadingUsed {
    /// The reading `readings` follow for `question`.
    pub fn of(readings: &Readings, question: Question) -> Self {
        ReadingUsed {
            question,
            rule: readings.get(question),
        }
    }

    /// The reading not followed.
    pub fn other(self) -> RuleId {
        let [a, b] = self.question.options();
        if self.rule == a { b } else { a }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_as_rule_ids_and_absent_fields_read_as_defaults() {
        let mut r = Readings::default();
        r.set(Question::BulkMove, RuleId::R11);
        let text = serde_json::to_string(&r).unwrap();
        assert_eq!(
            text,
            r#"{"new_anniversary":"R22","window_opens":"R4","bulk_move":"R11"}"#
        );
        let back: Readings = serde_json::from_str(r#"{"bulk_move":"R11"}"#).unwrap();
        assert_eq!(back, r);
        assert!(serde_json::from_str::<Readings>(r#"{"bulk_move":"R4"}"#).is_err());
    }

    #[test]
    fn the_other_reading_is_the_option_not_followed() {
        let used = ReadingUsed::of(&Readings::default(), Question::NewAnniversary);
        assert_eq!((used.rule, used.other()), (RuleId::R22, RuleId::R4));
    }
}
