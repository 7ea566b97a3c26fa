//! Unlocking the key vault: a passphrase field and its button, used where key
//! texts are needed (the Keys page, Settings, a backup's import).

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;
use crate::ui::vault::{VaultError, unlock};

/// The vault's passphrase and "Unlock"; a wrong one says so and changes nothing.
#[component]
pub fn UnlockForm(
    /// The id of the passphrase field (unique on its page).
    id: &'static str,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let pass = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<VaultError>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let r = unlock(data, &pass.get_untracked()).await;
            busy.set(false);
            error.set(r.err());
            if error.get_untracked().is_none() {
                pass.set(String::new());
            }
        });
    };
    view! {
        <form class="vault-unlock" on:submit=submit>
            <p class="field"><label for=id>{ui.t(Msg::VaultPassphrase)}</label>
                <input id=id type="password" autocomplete="current-password" prop:value=pass
                    aria-invalid=move || error.get().is_some().to_string()
                    on:input=move |ev| pass.set(event_target_value(&ev))/></p>
            <p><button type="submit" disabled=busy>{move || ui.lang.get().t(if busy.get() { Msg::VaultBusy } else { Msg::VaultUnlock })}</button></p>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{ui.t(e.msg())}</p> })}
        </form>
    }
}
