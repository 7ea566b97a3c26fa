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
mod dashboard;
mod keys;
mod membership;
mod not_found;
mod redeem;
mod rules;
mod settings;
mod subscriptions;
mod support;
mod visual_studio;

pub use azure::AzurePage;
pub use dashboard::DashboardPage;
pub use keys::KeysPage;
pub use membership::MembershipPage;
pub use not_found::NotFound;
pub use redeem::{RedeemPage, RedeemStepPage};
pub use rules::RulesPage;
pub use settings::SettingsPage;
pub use subscriptions::SubscriptionsPage;
pub use support::SupportPage;
pub use visual_studio::VisualStudioPage;

pub use crate::ui::routes::Page;
