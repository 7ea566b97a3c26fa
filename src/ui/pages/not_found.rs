use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ui::state::use_ui;

/// Shown for any path the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    let ui = use_ui();
    Effect::new(|_| crate::ui::remove_shell());
    view! {
        <section class="page not-found">
            <h1>{ui.t(Msg::NotFoundTitle)}</h1>
            <p class="lead">{ui.t(Msg::NotFoundText)}</p>
            <p><a class="button" href=ui.href("/")>{ui.t(Msg::NotFoundHome)}</a></p>
        </section>
    }
}
