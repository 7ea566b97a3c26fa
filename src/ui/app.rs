use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{ParamSegment, StaticSegment};

use super::components::{LangSwitch, Notices, RecoveryPanel, ThemeSwitch};
use super::data::provide_data;
use super::pages::{
    AzurePage, DashboardPage, KeysPage, MembershipPage, NotFound, RedeemPage, RedeemStepPage,
    RulesPage, SettingsPage, SubscriptionsPage, SupportPage, VisualStudioPage,
};
use super::routes::Page;
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
                // Every segment comes from the route table (`ui::routes::Page`).
                <Routes fallback=NotFound>
                    <Route path=StaticSegment(Page::Dashboard.segment()) view=DashboardPage/>
                    <Route path=StaticSegment(Page::Membership.segment()) view=MembershipPage/>
                    <Route path=StaticSegment(Page::Keys.segment()) view=KeysPage/>
                    <Route path=StaticSegment(Page::Subscriptions.segment()) view=SubscriptionsPage/>
                    // The wizard's frame, with one nested route per step (`/redeem/<step>`).
                    <ParentRoute path=StaticSegment(Page::Redeem.segment()) view=RedeemPage>
                        <Route path=ParamSegment("step") view=RedeemStepPage/>
                        <Route path=StaticSegment("") view=RedeemStepPage/>
                    </ParentRoute>
                    <Route path=StaticSegment(Page::VisualStudio.segment()) view=VisualStudioPage/>
                    <Route path=StaticSegment(Page::Azure.segment()) view=AzurePage/>
                    <Route path=StaticSegment(Page::Support.segment()) view=SupportPage/>
                    <Route path=StaticSegment(Page::Rules.segment()) view=RulesPage/>
                    <Route path=StaticSegment(Page::Settings.segment()) view=SettingsPage/>
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
    let items = Page::NAV.map(|page| {
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
    // On a narrow screen the links scroll sideways in one row: keep the current
    // one in view after each navigation.
    Effect::new(move |_| {
        location.pathname.track();
        request_animation_frame(show_current_link);
    });
    view! {
        <nav class="site-nav" aria-label=ui.t(Msg::NavLabel)>
            <ul>{items}</ul>
        </nav>
    }
}

/// Scroll the navigation row so the current page's link is in view.
pub(crate) fn show_current_link() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::wasm_bindgen::JsCast;
        let doc = document();
        let (Some(list), Some(link)) = (
            doc.query_selector(".site-nav ul").ok().flatten(),
            doc.query_selector(".site-nav a[aria-current=page]")
                .ok()
                .flatten()
                .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()),
        ) else {
            return;
        };
        let (left, width) = (link.offset_left(), link.offset_width());
        let (scroll, visible) = (list.scroll_left(), list.client_width());
        if left < scroll || left + width > scroll + visible {
            list.set_scroll_left(left - 16);
        }
    }
}
