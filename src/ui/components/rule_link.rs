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

/// "estimate, following R22": beside a date computed under a reading (where
/// sources disagree), a link to the Readings section where the other can be
/// picked.
#[component]
pub fn ReadingTag(
    /// The reading the date followed.
    reading: crate::rules::readings::ReadingUsed,
) -> impl IntoView {
    let ui = use_ui();
    let href = ui.href(&format!("/rules#reading-{}", reading.question.as_str()));
    let text = move || {
        crate::i18n::fill(
            ui.lang.get().t(crate::i18n::Msg::EstimateFollowing),
            &[("rule", reading.rule.as_str())],
        )
    };
    view! { <a class="reading-tag" href=href data-reading=reading.rule.as_str()>{text}</a> }
}
