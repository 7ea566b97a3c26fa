use leptos::prelude::*;

use super::Page;
use crate::i18n::Msg;
use crate::ui::state::use_ui;

/// A page's heading, what it is for, and what will come to it.
#[component]
pub fn Placeholder(
    /// Which page this is.
    page: Page,
) -> impl IntoView {
    let ui = use_ui();
    let (intro, next) = page.intro();
    view! {
        <section class="page" data-page=page.path()>
            <h1>{ui.t(page.label())}</h1>
            <p class="lead">{ui.t(intro)}</p>
            <div class="card coming">
                <h2>{ui.t(Msg::ComingNext)}</h2>
                <p>{ui.t(next)}</p>
            </div>
        </section>
    }
}
