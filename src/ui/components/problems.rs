//! The first few validation problems of a file or stored document, each naming
//! its record and what is wrong, in the chosen language.

use leptos::prelude::*;

use crate::i18n::{Msg, describe_problem, fill};
use crate::model::validate::ValidationError;
use crate::ui::state::use_ui;

/// How many problems are listed before "and N more".
const SHOWN: usize = 5;

/// A list of `problems` (the first five, then a count of the rest).
#[component]
pub fn ProblemList(
    /// The problems, in record order.
    problems: Vec<ValidationError>,
) -> impl IntoView {
    let ui = use_ui();
    let more = problems.len().saturating_sub(SHOWN);
    let items = problems
        .into_iter()
        .take(SHOWN)
        .map(|p| view! { <li>{move || describe_problem(ui.lang.get(), &p)}</li> })
        .collect_view();
    view! {
        <ul class="problems">
            {items}
            {(more > 0).then(|| view! {
                <li>{move || fill(ui.lang.get().t(Msg::ProblemsMore), &[("count", &more.to_string())])}</li>
            })}
        </ul>
    }
}
