use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ledger::Facts;
use crate::model::Dataset;
use crate::model::sample::has_sample;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Load the demo data, or take it out again.
#[component]
pub fn SampleSection() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let loaded = move || has_sample(&data.data.read());
    view! {
        <div class="card">
            <h2>{ui.t(Msg::SampleTitle)}</h2>
            <p>{ui.t(Msg::SampleText)}</p>
            <p>
                <Show when=loaded fallback=move || view! {
                    <button type="button" on:click=move |_| {
                        let _ = data.record(Msg::ChangeSampleLoaded, Facts::Sample { keyless: false });
                    }>{ui.t(Msg::LoadSample)}</button>
                    " "
                    <button type="button" on:click=move |_| {
                        let _ = data.record(Msg::ChangeSampleLoaded, Facts::Sample { keyless: true });
                    }>{ui.t(Msg::LoadKeylessSample)}</button>
                }>
                    <button type="button" class="secondary" on:click=move |_| {
                        let _ = data.record(Msg::ChangeSampleRemoved, Facts::RemoveSample);
                    }>{ui.t(Msg::RemoveSample)}</button>
                </Show>
            </p>
        </div>
    }
}

/// Delete everything, after typing DELETE.
#[component]
pub fn ClearSection() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let typed = RwSignal::new(String::new());
    let confirmed = move || typed.read().trim() == "DELETE";
    let on_clear = move |_| {
        if confirmed() {
            data.replace_all(Msg::ChangeCleared, Dataset::default(), None);
            typed.set(String::new());
        }
    };
    view! {
        <div class="card danger">
            <h2>{ui.t(Msg::ClearTitle)}</h2>
            <p>{ui.t(Msg::ClearText)}</p>
            <p class="actions">
                <label>{ui.t(Msg::ClearConfirmLabel)} " "
                    <input type="text" autocomplete="off" prop:value=typed on:input=move |ev| typed.set(event_target_value(&ev))/>
                </label>
                <button type="button" class="danger" disabled=move || !confirmed() on:click=on_clear>{ui.t(Msg::ClearButton)}</button>
            </p>
        </div>
    }
}
