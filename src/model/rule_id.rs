//! The id of a rule in `RULES.md`: a plain value the data keeps (the
//! readings chosen) and every answer of the rules names.

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
