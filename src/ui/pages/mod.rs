//! One component per page.

/// A page component that shows its body once the body's chunk is loaded: the
/// body is `#[cfg_attr(feature = "split", lazy)] async fn body() -> AnyView`
/// (docs/architecture.md, "Lazy pages").
macro_rules! lazy_page {
    ($(#[$doc:meta])* $name:ident => $body:ident) => {
        $(#[$doc])*
        #[component]
        pub fn $name() -> impl IntoView {
            Suspend::new($body())
        }
    };
}

mod azure;
pub(crate) mod dashboard;
mod keys;
mod membership;
mod not_found;
mod redeem;
pub(crate) mod rules;
mod settings;
mod subscriptions;
mod support;
mod visual_studio;

pub use azure::AzurePage;
pub use dashboard::DashboardPage;
pub use keys::KeysPage;
pub use membership::MembershipPage;
pub use not_found::NotFound;
pub use redeem::RedeemPage;
pub use rules::RulesPage;
pub use settings::SettingsPage;
pub use subscriptions::SubscriptionsPage;
pub use support::SupportPage;
pub use visual_studio::VisualStudioPage;

use crate::i18n::Msg;

/// A section of the app, as the navigation lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// What is due.
    Dashboard,
    /// Membership and renewal.
    Membership,
    /// Product keys.
    Keys,
    /// Cloud subscriptions.
    Subscriptions,
    /// Visual Studio seats.
    VisualStudio,
    /// Azure credits.
    Azure,
    /// Technical support.
    Support,
    /// The rules.
    Rules,
    /// Settings.
    Settings,
}

impl Page {
    /// Every page, in navigation order.
    pub const ALL: [Page; 9] = [
        Page::Dashboard,
        Page::Membership,
        Page::Keys,
        Page::Subscriptions,
        Page::VisualStudio,
        Page::Azure,
        Page::Support,
        Page::Rules,
        Page::Settings,
    ];

    /// The page's path under the base; must match the routes in `app.rs`.
    pub fn path(self) -> &'static str {
        match self {
            Page::Dashboard => "/",
            Page::Membership => "/membership",
            Page::Keys => "/keys",
            Page::Subscriptions => "/subscriptions",
            Page::VisualStudio => "/visual-studio",
            Page::Azure => "/azure-credits",
            Page::Support => "/support",
            Page::Rules => "/rules",
            Page::Settings => "/settings",
        }
    }

    /// Its name in the navigation and as its heading.
    pub fn label(self) -> Msg {
        match self {
            Page::Dashboard => Msg::NavDashboard,
            Page::Membership => Msg::NavMembership,
            Page::Keys => Msg::NavKeys,
            Page::Subscriptions => Msg::NavSubscriptions,
            Page::VisualStudio => Msg::NavVisualStudio,
            Page::Azure => Msg::NavAzure,
            Page::Support => Msg::NavSupport,
            Page::Rules => Msg::NavRules,
            Page::Settings => Msg::NavSettings,
        }
    }

    /// What the page is for.
    pub fn intro(self) -> Msg {
        match self {
            Page::Dashboard => Msg::DashboardIntro,
            Page::Membership => Msg::MembershipIntro,
            Page::Keys => Msg::KeysIntro,
            Page::Subscriptions => Msg::SubscriptionsIntro,
            Page::VisualStudio => Msg::VisualStudioIntro,
            Page::Azure => Msg::AzureIntro,
            Page::Support => Msg::SupportIntro,
            Page::Rules => Msg::RulesIntro,
            Page::Settings => Msg::SettingsIntro,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_its_own_path_and_label() {
        let paths: std::collections::HashSet<_> = Page::ALL.iter().map(|p| p.path()).collect();
        let labels: std::collections::HashSet<_> = Page::ALL.iter().map(|p| p.label()).collect();
        assert_eq!(paths.len(), Page::ALL.len());
        assert_eq!(labels.len(), Page::ALL.len());
    }
}
