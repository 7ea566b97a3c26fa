use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ui::browser::service_worker::{apply_update, watch_for_updates};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Banners under the header: storage blocked, a failed save, the last change
/// with its Undo, a new version ready.
#[component]
pub fn Notices() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
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
            {move || data.save_error.get().map(|msg| view! {
                <p class="notice warning save-error" role="alert">{ui.t(msg)}</p>
            })}
            {move || data.undoable.get().map(|msg| view! {
                <div class="notice info undo" role="status">
                    <span>{ui.t(msg)}</span>
                    <span class="actions">
                        <button type="button" on:click=move |_| leptos::task::spawn_local(undo_last(data))>{ui.t(Msg::Undo)}</button>
                        <button type="button" on:click=move |_| data.undoable.set(None)>{ui.t(Msg::Dismiss)}</button>
                    </span>
                </div>
            })}
            {move || data.announced.get().map(|msg| view! {
                <div class="notice info" role="status">
                    <span>{ui.t(msg)}</span>
                    <button type="button" on:click=move |_| data.announced.set(None)>{ui.t(Msg::Dismiss)}</button>
                </div>
            })}
            <Show when=move || update_ready.get()>
                <div class="notice info" role="status">
                    <span>{ui.t(Msg::UpdateReady)}</span>
                    <button type="button" data-leaves-page="" on:click=move |_| apply_update()>{ui.t(Msg::UpdateReload)}</button>
                </div>
            </Show>
        </div>
    }
}

/// Undo the last change: a void in the ledger, whose code comes in a chunk
/// of its own (with the History page's), not in the first load.
#[cfg_attr(feature = "split", lazy)]
async fn undo_last(data: crate::ui::data::DataCtx) {
    data.undo();
}
