//! Form pieces shared by the pages: a labelled field with its error under it,
//! and the glue from a model draft's problems to the message under each field.

use leptos::prelude::*;

use crate::i18n::{Msg, field_problem};
use crate::model::form::FieldErrors;
use crate::model::validate::Field as ModelField;
use crate::ui::state::use_ui;

/// A labelled text field with its error under it, tied by `aria-describedby`.
#[component]
pub fn Field(
    /// The input's id (unique on the page).
    #[prop(into)]
    id: String,
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
            <label for=id.clone()>{ui.t(label)}</label>
            <input id=id type=kind prop:value=value autocomplete="off" spellcheck="false"
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=move || error.get().map(|_| described.clone())
                on:input=move |ev| value.set(event_target_value(&ev))/>
            {move || error.get().map(|m| view! { <span id=error_id.clone() class="field-error">{ui.t(m)}</span> })}
        </p>
    }
}

/// A form's problems by field, shown once the user has tried to submit: the
/// draft's `check` runs on every change after that, so a fixed field clears its
/// message at once.
pub fn problems_after_submit(
    tried: RwSignal<bool>,
    check: impl Fn() -> Option<FieldErrors> + Send + Sync + 'static,
) -> Memo<FieldErrors> {
    Memo::new(move |_| {
        if tried.get() {
            check().unwrap_or_default()
        } else {
            FieldErrors::default()
        }
    })
}

/// The message to show under `field`, from a form's problems.
pub fn problem_of(errors: Memo<FieldErrors>, field: ModelField) -> Signal<Option<Msg>> {
    Signal::derive(move || {
        errors
            .with(|e| e.get(field))
            .map(|e| field_problem(field, e))
    })
}

/// One answer of a list of choices: a radio button and its label, as a list item.
#[component]
pub fn Radio(
    /// The group's name (one answer per group).
    name: &'static str,
    /// The input's id (unique on the page).
    #[prop(into)]
    id: String,
    /// Whether this answer is the one chosen.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called when it is chosen.
    on_pick: Callback<()>,
    /// The label.
    children: Children,
) -> impl IntoView {
    view! {
        <li><input type="radio" name=name id=id.clone() prop:checked=checked on:change=move |_| on_pick.run(())/>
            " " <label for=id>{children()}</label></li>
    }
}

/// The message under a day field ([`DayDraft`](crate::model::form::DayDraft)), shown at once.
pub fn day_problem(checked: Memo<Result<chrono::NaiveDate, FieldErrors>>) -> Signal<Option<Msg>> {
    Signal::derive(move || {
        checked
            .with(|c| c.as_ref().err().and_then(|e| e.get(ModelField::GivenOn)))
            .map(|e| field_problem(ModelField::GivenOn, e))
    })
}
