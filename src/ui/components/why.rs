//! "Why this date?": a disclosure under a computed date with its rule and the
//! arithmetic on the user's own numbers, and "estimate" with what was assumed
//! where the source is vague. A native `<details>`: keyboard and screen
//! readers open it like any disclosure. The working is written only once it
//! is opened: a page of fifty keys holds fifty closed disclosures, not fifty
//! sums.

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Msg;
use crate::i18n::working::{explains, working};
use crate::rules::Why;
use crate::ui::components::RuleLink;
use crate::ui::state::use_ui;

/// The working behind `value`, as the engine recorded it in `why`.
#[component]
pub fn WhyBox(
    /// The rule and its inputs.
    why: Why,
    /// The date they produced.
    value: NaiveDate,
) -> impl IntoView {
    let ui = use_ui();
    let explained = explains(why.rule);
    let open = RwSignal::new(false);
    let toggle = move |ev: leptos::ev::Event| {
        let shown = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.has_attribute("open"));
        open.set(shown);
    };
    let body = move || {
        let lang = ui.lang.get();
        let w = open.get().then(|| working(lang, &why, value)).flatten()?;
        Some(view! {
            <p>{w.sum} " " <RuleLink rule=w.rule/></p>
            {w.estimate.map(|e| view! { <p class="estimate">{e}</p> })}
        })
    };
    explained.then(|| {
        view! {
            <details class="why" on:toggle=toggle>
                <summary>{move || ui.lang.get().t(Msg::WhyTitle)}</summary>
                {body}
            </details>
        }
    })
}
