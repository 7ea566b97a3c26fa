//! The frame every page shares: its heading, the rules behind it, and what it
//! is for.

use leptos::prelude::*;

use super::RuleLink;
use crate::rules::RuleId;
use crate::ui::pages::Page;
use crate::ui::state::use_ui;

/// A page: `<section data-page>` with the page's name as its heading, the rules
/// the page applies beside it, its intro, then `children`.
#[component]
pub fn PageFrame(
    /// Which page (its path, heading and intro come from the route table).
    page: Page,
    /// Rules named beside the heading.
    #[prop(optional)]
    rules: Vec<RuleId>,
    /// The page's content.
    children: Children,
) -> impl IntoView {
    let ui = use_ui();
    // Runs once the frame is in the document, before the browser paints it.
    Effect::new(|_| crate::ui::remove_shell());
    view! {
        <section class="page" data-page=page.path()>
            <h1>{ui.t(page.label())} {rules.into_iter().map(|rule| view! { " " <RuleLink rule/> }).collect_view()}</h1>
            <p class="lead">{ui.t(page.intro())}</p>
            // The content a task after the heading and intro (what the HTML
            // shell showed), so that neither is one long task; the footer waits
            // for it (main.css), so nothing on screen moves when it comes.
            {super::later(Box::new(children))}
        </section>
    }
}
