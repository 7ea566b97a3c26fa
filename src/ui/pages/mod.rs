//! One component per page.

use leptos::prelude::*;

/// A page component that shows its body once the body's chunk is loaded: the
/// body is `#[cfg_attr(feature = "split", lazy)] async fn body() -> AnyView`
/// (docs/architecture.md, "Lazy pages"), and the page's own texts are fetched
/// beside it (its catalog part, named after its module: docs/i18n.md).
macro_rules! lazy_page {
    ($(#[$doc:meta])* $name:ident => $body:ident) => {
        $(#[$doc])*
        #[component]
        pub fn $name() -> impl IntoView {
            let part = crate::ui::pages::part_of(module_path!());
            Suspend::new(crate::ui::pages::with_texts(part, Box::pin($body())))
        }
    };
}

/// A lazy page's body once its texts (catalog part `part`, and the part
/// `refusals`) are there; one
/// copy for every page (a boxed body, not a generic one, keeps it so).
pub async fn with_texts(
    part: &'static str,
    body: std::pin::Pin<Box<dyn std::future::Future<Output = AnyView> + Send>>,
) -> AnyView {
    use crate::ui::browser::catalog;
    let lang = crate::ui::state::use_ui().lang.get_untracked();
    // The page's own texts and the refusals' (shown only by these pages),
    // fetched side by side.
    let both = futures_util::future::join(
        catalog::ensure_part(lang, part),
        catalog::ensure_part(lang, "refusals"),
    );
    if let (true, true) = send_wrapper::SendWrapper::new(both).await {
        body.await
    } else {
        view! { <p class="notice error" role="alert">{catalog::UNAVAILABLE}</p> }.into_any()
    }
}

/// The catalog part of the page whose module is `module` (`…::pages::keys::row`
/// → `keys`): build.rs puts the texts only that folder names there.
pub fn part_of(module: &'static str) -> &'static str {
    module
        .split("::pages::")
        .nth(1)
        .and_then(|rest| rest.split("::").next())
        .unwrap_or("core")
}

mod azure;
mod dashboard;
mod history;
mod keys;
mod membership;
mod not_found;
mod redeem;
mod rules;
mod settings;
pub use settings::folder_status;
mod subscriptions;
mod support;
mod visual_studio;

pub use azure::AzurePage;
pub use dashboard::DashboardPage;
pub use history::HistoryPage;
pub use keys::KeysPage;
pub use membership::MembershipPage;
pub use not_found::NotFound;
pub use redeem::RedeemPage;
pub use rules::RulesPage;
pub use settings::SettingsPage;
pub use subscriptions::SubscriptionsPage;
pub use support::SupportPage;
pub use visual_studio::VisualStudioPage;

pub use crate::ui::routes::Page;
