use leptos::prelude::*;

use super::update::{apply_update, watch_for_updates};
use crate::i18n::Msg;
use crate::ui::state::use_ui;

/// Banners under the header: storage blocked, a problem, a new version ready.
#[component]
pub fn Notices() -> impl IntoView {
    let ui = use_ui();
    let update_ready = RwSignal::new(false);
    watch_for_updates(move || update_ready.set(true));
    view! {
        <div class="notices">
            <Show when=move || !ui.storage_ok>
                <p class="notice warning" role="status">{ui.t(Msg::StorageUnavailable)}</p>
            </Show>
            {move || ui.problem.get().map(|msg| view! {
                <p class="notice warning" role="alert">{ui.t(msg)}</p>
            })}
            <Show when=move || update_ready.get()>
                <div class="notice info" role="status">
                    <span>{ui.t(Msg::UpdateReady)}</span>
                    <button type="button" on:click=move |_| apply_update()>{ui.t(Msg::UpdateReload)}</button>
                </div>
            </Show>
        </div>
    }
}
