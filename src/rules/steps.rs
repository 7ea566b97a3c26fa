//! Ordered step lists a guided flow renders and ticks off: renewing benefits (R5),
//! an expiring-subscription notice (R6), assigning Visual Studio (R12) and getting
//! technical support (R15). The UI owns the words; these are the steps and order.

use serde::{Deserialize, Serialize};

use super::RuleId;

/// One step of a guided procedure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Step {
    /// Sign in to the Partner Center dashboard.
    SignInPartnerCenter,
    /// Open MPN, then Benefits.
    OpenMpnBenefits,
    /// Activate the benefit.
    ActivateBenefit,
    /// If it is not offered, renew the membership first and come back.
    RenewMembershipIfMissing,
    /// Sign in to the portal that sent the expiry notice.
    SignInNoticePortal,
    /// Check the subscription's end date there.
    ReviewEndDate,
    /// Add licenses or extend for the next enrollment year.
    AddOrExtend,
    /// Open the Visual Studio benefit in Partner Center.
    OpenVisualStudioBenefit,
    /// Pick a user from User Management or the Azure AD tenant.
    PickUser,
    /// The user signs in to Visual Studio with that identity to activate it.
    UserSignsInToVisualStudio,
    /// Open Technical Benefits and activate support.
    ActivateSupport,
    /// Wait for the Access ID and Contract ID (can take a few days).
    WaitForIds,
    /// Record the Access ID and Contract ID.
    RecordIds,
    /// Sign in to Microsoft Support, choose the product and create a ticket.
    CreateTicket,
}

/// R5: renew a benefit in Partner Center.
pub const RENEW_BENEFITS: &[Step] = &[
    Step::SignInPartnerCenter,
    Step::OpenMpnBenefits,
    Step::ActivateBenefit,
    Step::RenewMembershipIfMissing,
];

/// R6: deal with an expiring-subscription notice.
pub const EXPIRY_NOTICE: &[Step] = &[
    Step::SignInNoticePortal,
    Step::ReviewEndDate,
    Step::AddOrExtend,
];

/// R12: assign a Visual Studio subscription.
pub const ASSIGN_VISUAL_STUDIO: &[Step] = &[
    Step::SignInPartnerCenter,
    Step::OpenVisualStudioBenefit,
    Step::PickUser,
    Step::UserSignsInToVisualStudio,
];

/// R15: activate technical support and open the first ticket.
pub const GET_SUPPORT: &[Step] = &[
    Step::SignInPartnerCenter,
    Step::ActivateSupport,
    Step::WaitForIds,
    Step::RecordIds,
    Step::CreateTicket,
];

/// The steps of the procedure a rule describes, if it describes one.
///
/// # Example
/// ```
/// use benefits_desk::rules::{steps::{steps_for, Step}, RuleId};
/// assert_eq!(steps_for(RuleId::R6).unwrap()[0], Step::SignInNoticePortal);
/// assert!(steps_for(RuleId::R2).is_none());
/// ```
pub fn steps_for(rule: RuleId) -> Option<&'static [Step]> {
    match rule {
        RuleId::R5 => Some(RENEW_BENEFITS),
        RuleId::R6 => Some(EXPIRY_NOTICE),
        RuleId::R12 => Some(ASSIGN_VISUAL_STUDIO),
        RuleId::R15 => Some(GET_SUPPORT),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r5_renewal_falls_back_to_renewing_the_membership_last() {
        assert_eq!(RENEW_BENEFITS.last(), Some(&Step::RenewMembershipIfMissing));
    }

    #[test]
    fn r15_ids_are_recorded_before_the_first_ticket() {
        let pos = |s| GET_SUPPORT.iter().position(|x| *x == s).unwrap();
        assert!(pos(Step::RecordIds) < pos(Step::CreateTicket));
        assert!(pos(Step::ActivateSupport) < pos(Step::WaitForIds));
    }
}
