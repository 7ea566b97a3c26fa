//! The small "R13" link that names the rule behind a date or a decision.

use leptos::prelude::*;

use crate::ui::state::use_ui;

/// A link to a rule's section on the rules page.
#[component]
pub fn RuleLink(
    /// Which rule, lower case (`r13`).
    rule: &'static str,
) -> impl IntoView {
    let ui = use_ui();
    view! { <a class="rule-link" href=ui.href(&format!("/rules#{rule}"))>{rule.to_uppercase()}</a> }
}
