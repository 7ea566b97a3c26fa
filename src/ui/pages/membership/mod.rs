//! Membership and renewal (R1, R3, R4, R5): the program level and its dates; the
//! renewal window with days left and what lapses if it is missed; the Partner
//! Center steps as a checklist whose ticks live in the address (`?done=0,2`), so
//! a reload or the back button keeps them; finishing records the new anniversary.

mod competencies;
mod form;
mod offer;
mod renewal;

use leptos::prelude::*;

use super::Page;
use crate::ui::components::PageFrame;
use competencies::Competencies;
use form::MembershipForm;
use offer::OfferFacts;
use renewal::Renewal;

lazy_page! {
    /// The membership page.
    MembershipPage => membership_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn membership_page() -> AnyView {
    view! {
        <PageFrame page=Page::Membership>
            <MembershipForm/>
            <OfferFacts/>
            <Competencies/>
            <Renewal/>
        </PageFrame>
    }
    .into_any()
}
