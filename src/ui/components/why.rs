//! "Why this date?": a disclosure under a computed date with its rule and the
//! arithmetic on the user's own numbers, and "estimate" with what was assumed
//! where the source is vague. A native `<details>`: keyboard and screen
//! readers open it like any disclosure.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::Msg;
use crate::i18n::working::working;
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
    move || {
        let lang = ui.lang.get();
        let w = working(lang, &why, value)?;
        Some(view! {
            <details class="why">
                <summary>{lang.t(Msg::WhyTitle)}</summary>
                <p>{w.sum} " " <RuleLink rule=w.rule/></p>
                {w.estimate.map(|e| view! { <p class="estimate">{e}</p> })}
            </details>
        })
    }
}
