//! Technical support (R15, R16): the activation checklist, ticked from what is
//! recorded (activation day, Access ID and Contract ID, incidents used); the
//! contract's last day; the allowances of the program level; and a counter of
//! incidents used.

mod activation;
mod incidents;
mod years;

use leptos::prelude::*;

use super::Page;
use crate::ui::components::PageFrame;
use activation::Activation;
use incidents::Incidents;

lazy_page! {
    /// The technical support page.
    SupportPage => support_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn support_page() -> AnyView {
    view! {
        <PageFrame page=Page::Support>
            <Activation/>
            <Incidents/>
        </PageFrame>
    }
    .into_any()
}
