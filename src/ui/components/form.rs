//! Form pieces shared by the pages: a labelled field with its error under it.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ui::state::use_ui;

/// A labelled text field with its error under it, tied by `aria-describedby`.
#[component]
pub fn Field(
    /// The input's id (unique on the page).
    id: &'static str,
    /// Its label.
    label: Msg,
    /// What is typed.
    value: RwSignal<String>,
    /// The error to show under it, if any.
    error: Signal<Option<Msg>>,
    /// The input type: `text` unless given (`date`, `number`…).
    #[prop(default = "text")]
    kind: &'static str,
) -> impl IntoView {
    let ui = use_ui();
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <p class="field">
            <label for=id>{ui.t(label)}</label>
            <input id=id type=kind prop:value=value autocomplete="off" spellcheck="false"
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| described.clone())
                on:input=move |ev| value.set(event_target_value(&ev))/>
            {move || error.get().map(|m| view! { <span id=error_id.clone() class="field-error">{ui.t(m)}</span> })}
        </p>
    }
}
