//! The small "R13" link that names the rule behind a date or a decision.

use leptos::prelude::*;

use crate::rules::RuleId;
use crate::ui::state::use_ui;

/// A link to a rule's section on the rules page.
#[component]
pub fn RuleLink(
    /// Which rule.
    rule: RuleId,
) -> impl IntoView {
    let ui = use_ui();
    let name = rule.as_str();
    let href = ui.href(&format!("/rules#{}", name.to_ascii_lowercase()));
    view! { <a class="rule-link" href=href>{name}</a> }
}
