//! The rules R1–R28: each in the app's own words, with a worked example that the
//! rules engine computes as the page is drawn (the RULES.md cases), and a link
//! to the public Microsoft page it comes from. Every "why?" link in the app
//! points at a rule's anchor here (`#r7`).

use crate::ui::router::use_hash;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

mod readings;

use super::Page;
use crate::i18n::words::rule_title;
use crate::i18n::{Lang, Msg, example, rule_text, source_url, step_text};
use crate::rules::RuleId;
use crate::rules::steps::steps_for;
use crate::ui::components::PageFrame;
use crate::ui::state::use_ui;

lazy_page! {
    /// R1–R28, each with its own words, a worked example and its source; each has
    /// an anchor (`#r7`) for "why?" links.
    RulesPage => rules_body
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn rules_body() -> AnyView {
    let ui = use_ui();
    let rules = move || {
        let lang = ui.lang.get();
        RuleId::ALL
            .map(|rule| view! { <RuleItem rule lang/> })
            .collect_view()
    };
    view! {
        <PageFrame page=Page::Rules>
            <readings::ReadingsSection/>
            <ol class="rule-list">{rules}</ol>
            <FocusFromHash/>
        </PageFrame>
    }
    .into_any()
}

/// The browser looks for `#r7` before this lazily loaded page's content
/// exists, so the page brings its rule into view (and focus) itself: drawn
/// last, this runs once the rules are in the document, and again for each
/// new fragment.
#[component]
fn FocusFromHash() -> impl IntoView {
    let hash = use_hash();
    Effect::new(move |_| {
        let hash = hash.get();
        request_animation_frame(move || {
            let id = hash.trim_start_matches('#');
            if let Some(el) = (!id.is_empty())
                .then(|| document().get_element_by_id(id))
                .flatten()
            {
                el.scroll_into_view();
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    });
}

/// One rule: its id and title, its words, a worked example (or its steps), and
/// its public source.
#[component]
fn RuleItem(
    /// The rule.
    rule: RuleId,
    /// The language of its texts.
    lang: Lang,
) -> impl IntoView {
    let worked = match (example(lang, rule), steps_for(rule)) {
        (Some(text), _) => Some(view! { <p class="example"><strong>{lang.t(Msg::ExTitle)}</strong> " " {text}</p> }.into_any()),
        (None, Some(steps)) => Some(view! {
            <div class="example"><strong>{lang.t(Msg::ExSteps)}</strong>
                <ol>{steps.iter().map(|s| view! { <li>{lang.t(step_text(*s))}</li> }).collect_view()}</ol>
            </div>
        }.into_any()),
        (None, None) => None,
    };
    let id = rule.as_str().to_ascii_lowercase();
    view! {
        <li id=id.clone() class="rule" tabindex="-1" aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")><span class="rule-id">{rule.as_str()}</span> " " {lang.t(rule_title(rule))}</h2>
            <p>{lang.t(rule_text(rule))}</p>
            {worked}
            <p class="source"><a href=source_url(lang, rule) rel="noreferrer" target="_blank">{lang.t(Msg::RuleSource)}</a></p>
        </li>
    }
}
