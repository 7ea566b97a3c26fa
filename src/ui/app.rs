use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use super::components::{LangSwitch, Notices, RecoveryPanel, ThemeSwitch};
use super::data::provide_data;
use super::pages::{
    AzurePage, DashboardPage, KeysPage, MembershipPage, NotFound, Page, RedeemPage, RulesPage,
    SettingsPage, SubscriptionsPage, SupportPage, VisualStudioPage,
};
use super::state::{provide_ui, use_ui};
use crate::i18n::Msg;

/// The whole app: state, router, shell.
#[component]
pub fn App() -> impl IntoView {
    let ui = provide_ui();
    provide_data();
    let base = ui.base.get_value();
    view! {
        <Router base=base>
            <a class="skip-link" href="#main">{ui.t(Msg::SkipToContent)}</a>
            <Header/>
            <Notices/>
            <main id="main" tabindex="-1">
                <RecoveryPanel/>
                <Routes fallback=NotFound>
                    <Route path=path!("") view=DashboardPage/>
                    <Route path=path!("membership") view=MembershipPage/>
                    <Route path=path!("keys") view=KeysPage/>
                    <Route path=path!("subscriptions") view=SubscriptionsPage/>
                    <Route path=path!("redeem") view=RedeemPage/>
                    <Route path=path!("redeem/:step") view=RedeemPage/>
                    <Route path=path!("visual-studio") view=VisualStudioPage/>
                    <Route path=path!("azure-credits") view=AzurePage/>
                    <Route path=path!("support") view=SupportPage/>
                    <Route path=path!("rules") view=RulesPage/>
                    <Route path=path!("settings") view=SettingsPage/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>{ui.t(Msg::FooterPrivacy)}</p>
            </footer>
        </Router>
    }
}

/// Product name, the language and theme switches, and the navigation.
#[component]
fn Header() -> impl IntoView {
    let ui = use_ui();
    view! {
        <header class="site-header">
            <div class="brand-row">
                <a class="brand" href=ui.href("/")>
                    <img src=ui.href("/icons/icon.svg") alt="" width="28" height="28"/>
                    <span>{ui.t(Msg::AppName)}</span>
                </a>
                <div class="switches">
                    <LangSwitch/>
                    <ThemeSwitch/>
                </div>
            </div>
            <Nav/>
        </header>
    }
}

/// The section links; the current one is marked for screen readers and CSS.
#[component]
fn Nav() -> impl IntoView {
    let ui = use_ui();
    let location = use_location();
    let items = Page::ALL.map(|page| {
        let href = ui.href(page.path());
        let current = {
            let href = href.clone();
            move || {
                let path = location.pathname.get();
                let here =
                    path == href || (page.path() == "/" && path == href.trim_end_matches('/'));
                here.then_some("page")
            }
        };
        view! {
            <li><a href=href aria-current=current>{ui.t(page.label())}</a></li>
        }
    });
    view! {
        <nav class="site-nav" aria-label=ui.t(Msg::NavLabel)>
            <ul>{items}</ul>
        </nav>
    }
}
