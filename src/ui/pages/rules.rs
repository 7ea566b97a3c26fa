use leptos::prelude::*;

use super::Page;
use crate::i18n::Msg;
use crate::rules::RuleId;
use crate::ui::state::use_ui;

/// The title of each rule.
pub fn rule_title(rule: RuleId) -> Msg {
    const TITLES: [Msg; 16] = [
        Msg::R1Title,
        Msg::R2Title,
        Msg::R3Title,
        Msg::R4Title,
        Msg::R5Title,
        Msg::R6Title,
        Msg::R7Title,
        Msg::R8Title,
        Msg::R9Title,
        Msg::R10Title,
        Msg::R11Title,
        Msg::R12Title,
        Msg::R13Title,
        Msg::R14Title,
        Msg::R15Title,
        Msg::R16Title,
    ];
    TITLES[rule as usize]
}

lazy_page! {
    /// R1–R16 with their titles; each has an anchor (`#r7`) for "why?" links.
    RulesPage => rules_body
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn rules_body() -> AnyView {
    let ui = use_ui();
    let (intro, next) = Page::Rules.intro();
    let rules = RuleId::ALL.map(|rule| {
        view! {
            <li id=rule.as_str().to_ascii_lowercase()>
                <span class="rule-id">{rule.as_str()}</span>
                " "
                <span>{ui.t(rule_title(rule))}</span>
            </li>
        }
    });
    view! {
        <section class="page" data-page="/rules">
            <h1>{ui.t(Msg::NavRules)}</h1>
            <p class="lead">{ui.t(intro)}</p>
            <ol class="rule-list">{rules}</ol>
            <div class="card coming">
                <h2>{ui.t(Msg::ComingNext)}</h2>
                <p>{ui.t(next)}</p>
            </div>
        </section>
    }
    .into_any()
}
