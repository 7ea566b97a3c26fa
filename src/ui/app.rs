use leptos::prelude::*;

use super::components::{LangSwitch, Notices, RecoveryPanel, ThemeSwitch, later};
use super::data::provide_data;
use super::pages::{
    AzurePage, DashboardPage, HistoryPage, KeysPage, MembershipPage, NotFound, RedeemPage,
    RulesPage, SettingsPage, SubscriptionsPage, SupportPage, VisualStudioPage,
};
use super::router::{provide_router, use_location};
use super::routes::Page;
use super::state::{provide_ui, use_ui};
use crate::i18n::Msg;

/// The whole app: state, router, shell. Start-up in short tasks (`later`):
/// the preferences in this one, the data and the address a task later, then
/// the frame, then each part of it a task apart.
#[component]
pub fn App() -> impl IntoView {
    let ui = provide_ui();
    later(Box::new(move || {
        provide_data();
        provide_router(ui.base.get_value());
        later(Box::new(move || view! { <Frame/> }.into_any())).into_any()
    }))
}

/// The frame around the page: its parts arrive a task apart, in reading order.
#[component]
fn Frame() -> impl IntoView {
    let ui = use_ui();
    view! {
        <a class="skip-link" href="#main">{ui.t(Msg::SkipToContent)}</a>
        <header class="site-header">
            <div class="brand-row">
                {later(Box::new(|| view! { <Brand/> }.into_any()))}
                <div class="switches">
                    {later(Box::new(|| view! { <LangSwitch/> }.into_any()))}
                    {later(Box::new(|| view! { <ThemeSwitch/> }.into_any()))}
                </div>
                {later(Box::new(folder_slot))}
            </div>
            {later(Box::new(|| view! { <Nav/> }.into_any()))}
        </header>
        {later(Box::new(|| view! { <Notices/> }.into_any()))}
        <main id="main" tabindex="-1">
            {later(Box::new(|| view! { <RecoveryPanel/> }.into_any()))}
            {later(Box::new(|| view! { <CurrentPage/> }.into_any()))}
        </main>
        <footer class="site-footer">
            <p>{ui.t(Msg::FooterPrivacy)}</p>
        </footer>
    }
}

/// The page the address names (`ui::routes::Page`), drawn anew only when the
/// page changes: a new query or step is the page's own business.
#[component]
fn CurrentPage() -> impl IntoView {
    let location = use_location();
    let page = Memo::new(move |_| Page::from_path(&location.under_base(&location.pathname.read())));
    let new_day = crate::ui::data::use_data().new_day;
    // A new day (midnight, or the tab back the next morning) draws the page
    // again, so every date, warning and default day is as of the new day.
    move || match (new_day.track(), page.get()).1 {
        Some(Page::Dashboard) => view! { <DashboardPage/> }.into_any(),
        Some(Page::Membership) => view! { <MembershipPage/> }.into_any(),
        Some(Page::Keys) => view! { <KeysPage/> }.into_any(),
        Some(Page::Subscriptions) => view! { <SubscriptionsPage/> }.into_any(),
        Some(Page::History) => view! { <HistoryPage/> }.into_any(),
        Some(Page::Redeem) => view! { <RedeemPage/> }.into_any(),
        Some(Page::VisualStudio) => view! { <VisualStudioPage/> }.into_any(),
        Some(Page::Azure) => view! { <AzurePage/> }.into_any(),
        Some(Page::Support) => view! { <SupportPage/> }.into_any(),
        Some(Page::Rules) => view! { <RulesPage/> }.into_any(),
        Some(Page::Settings) => view! { <SettingsPage/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// The data folder's status, from a chunk of its own fetched only when the
/// page starts with a folder in use (one chosen later puts its status here
/// itself: `pages/settings/folder`).
fn folder_slot() -> AnyView {
    if !crate::ui::state::with_backend(crate::store::folder::in_use) {
        return ().into_any();
    }
    // Drawn as a lazy page is (the same code, fetching the Settings texts).
    Suspend::new(super::pages::with_texts(
        "settings",
        Box::pin(super::pages::folder_status()),
    ))
    .into_any()
}

/// The product's name and icon, a link to the dashboard.
#[component]
fn Brand() -> impl IntoView {
    let ui = use_ui();
    view! {
        <a class="brand" href=ui.href("/")>
            <img src=ui.href("/icons/icon.svg") alt="" width="28" height="28"/>
            <span>{ui.t(Msg::AppName)}</span>
        </a>
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
