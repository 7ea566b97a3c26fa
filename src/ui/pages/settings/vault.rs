//! Settings → "Lock product keys with a passphrase" (issue 14): turn the vault on
//! after reading what a forgotten passphrase costs, unlock, lock now, change the
//! passphrase, turn it off, and the auto-lock times.

use leptos::prelude::*;

use crate::i18n::{Msg, fill};
use crate::store::LockPrefs;
use crate::ui::components::UnlockForm;
use crate::ui::data::use_data;
use crate::ui::state::{use_ui, with_backend};
use crate::ui::vault::{self, VaultError, is_open};

/// What is wrong with a new passphrase, if anything.
fn new_passphrase_problem(pass: &str, again: &str) -> Option<Msg> {
    if pass.chars().count() < 8 {
        Some(Msg::VaultTooShort)
    } else if pass != again {
        Some(Msg::VaultMismatch)
    } else {
        None
    }
}

/// The vault's card: off, locked or unlocked.
#[component]
pub fn VaultSection() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let on = move || data.data.with(|d| d.vault.is_some());
    view! {
        <div class="card" id="vault">
            <h2>{ui.t(Msg::VaultTitle)}</h2>
            <p>{ui.t(Msg::VaultHelp)}</p>
            {move || match (on(), is_open(data)) {
                (false, _) => view! { <NewPassphrase first=true/> }.into_any(),
                (true, false) => view! {
                    <p class="vault-status" role="status">{ui.t(Msg::VaultIsLocked)}</p>
                    <UnlockForm id="vault-pass"/>
                }.into_any(),
                (true, true) => view! { <VaultOpen/> }.into_any(),
            }}
        </div>
    }
}

/// The unlocked vault: status, lock now, auto-lock times, new passphrase, off.
#[component]
fn VaultOpen() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let times = RwSignal::new(vault::lock_after());
    let error = RwSignal::new(None::<VaultError>);
    let status = move || {
        let (idle, hidden) = times.get();
        fill(
            ui.lang.get().t(Msg::VaultIsOpen),
            &[("idle", &idle.to_string()), ("hidden", &hidden.to_string())],
        )
    };
    let set_time = move |hidden: bool, value: String| {
        let Some(m) = value
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|m| (1..=240).contains(m))
        else {
            return;
        };
        with_backend(|b| {
            let mut p = LockPrefs::load(b);
            if hidden {
                p.hidden = m
            } else {
                p.idle = m
            }
            let _ = p.save(b);
        });
        times.set(vault::lock_after());
    };
    let off = move |_| {
        leptos::task::spawn_local(async move { error.set(vault::turn_off(data).await.err()) })
    };
    view! {
        <p class="vault-status" role="status">{status}</p>
        <p><button type="button" on:click=move |_| vault::lock()>{ui.t(Msg::VaultLockNow)}</button></p>
        <p class="field"><label for="lock-idle">{ui.t(Msg::VaultLockIdle)}</label>
            <input id="lock-idle" type="number" min="1" max="240" prop:value=move || times.get().0.to_string()
                on:change=move |ev| set_time(false, event_target_value(&ev))/></p>
        <p class="field"><label for="lock-hidden">{ui.t(Msg::VaultLockHidden)}</label>
            <input id="lock-hidden" type="number" min="1" max="240" prop:value=move || times.get().1.to_string()
                on:change=move |ev| set_time(true, event_target_value(&ev))/></p>
        <details class="vault-change"><summary>{ui.t(Msg::VaultChange)}</summary><NewPassphrase first=false/></details>
        <p><button type="button" class="secondary" on:click=off>{ui.t(Msg::VaultTurnOff)}</button></p>
        {move || error.get().map(|e| view! { <p class="field-error" role="alert">{ui.t(e.msg())}</p> })}
    }
}

/// A new passphrase, twice: the vault's first (with the warning to tick) or a
/// change of it.
#[component]
fn NewPassphrase(
    /// Turning the vault on (else changing its passphrase).
    first: bool,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let (pass, again) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let ticked = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<Msg>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, a) = (pass.get_untracked(), again.get_untracked());
        let refusal = new_passphrase_problem(&p, &a)
            .or((first && !ticked.get_untracked()).then_some(Msg::VaultMustTick));
        problem.set(refusal);
        if refusal.is_some() {
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let r = if first {
                vault::turn_on(data, &p).await
            } else {
                vault::change_passphrase(data, &p).await
            };
            busy.set(false);
            problem.set(r.err().map(VaultError::msg));
        });
    };
    let ids = if first {
        ("new-pass", "new-pass-again")
    } else {
        ("change-pass", "change-pass-again")
    };
    let label = if first {
        Msg::VaultPassphrase
    } else {
        Msg::VaultNewPassphrase
    };
    view! {
        <form class="vault-new" on:submit=submit>
            {first.then(|| view! { <p class="notice warning">{ui.t(Msg::VaultWarning)}</p> })}
            <p class="field"><label for=ids.0>{ui.t(label)}</label>
                <input id=ids.0 type="password" autocomplete="new-password" prop:value=pass on:input=move |ev| pass.set(event_target_value(&ev))/></p>
            <p class="field"><label for=ids.1>{ui.t(Msg::VaultRepeat)}</label>
                <input id=ids.1 type="password" autocomplete="new-password" prop:value=again on:input=move |ev| again.set(event_target_value(&ev))/></p>
            {first.then(|| view! {
                <p><label class="check"><input type="checkbox" prop:checked=ticked on:change=move |ev| ticked.set(event_target_checked(&ev))/> {ui.t(Msg::VaultUnderstand)}</label></p>
            })}
            <p><button type="submit" disabled=busy>{move || ui.lang.get().t(if busy.get() { Msg::VaultBusy } else if first { Msg::VaultTurnOn } else { Msg::VaultChange })}</button></p>
            {move || problem.get().map(|m| view! { <p class="field-error" role="alert">{ui.t(m)}</p> })}
        </form>
    }
}
