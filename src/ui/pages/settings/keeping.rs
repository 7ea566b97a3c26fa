//! Settings → "Keeping your data" (issue 28): whether this browser keeps the
//! data when it needs room, asking it to, Safari's seven days, and a
//! reminder on the dashboard when the last backup file is too old.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::{Msg, fill, format_date};
use crate::store::prefs::{REMIND_MAX_DAYS, Reminder, set_reminder};
use crate::ui::browser::keeping::{self, Keeping, safari_tab};
use crate::ui::components::form::Field;
use crate::ui::state::{use_ui, with_backend};

/// What the browser says of keeping the data, in words.
fn keeping_text(k: Keeping) -> Msg {
    match k {
        Keeping::Persistent => Msg::KeepPersistent,
        Keeping::BestEffort => Msg::KeepBestEffort,
        Keeping::Unknown => Msg::KeepUnknown,
    }
}

/// The card: how the browser keeps the data, the backup file's day and
/// its reminder.
#[component]
pub fn KeepingSection(
    /// The day the last backup file was saved here.
    saved: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let ui = use_ui();
    let state = RwSignal::new(None::<Keeping>);
    // Asked from here and not granted: say why it may not be.
    let refused = RwSignal::new(false);
    leptos::task::spawn_local(async move { state.set(Some(keeping::state().await)) });
    let ask = move |_| {
        leptos::task::spawn_local(async move {
            let answer = keeping::ask().await;
            refused.set(answer != Keeping::Persistent);
            state.set(Some(answer));
        });
    };
    view! {
        <div class="card" id="keeping">
            <h2>{ui.t(Msg::KeepTitle)}</h2>
            <p class="keeping-state" role="status">{move || state.get().map(|k| ui.lang.get().t(keeping_text(k)))}</p>
            <Show when=move || state.get() == Some(Keeping::BestEffort)>
                <p><button type="button" class="secondary" on:click=ask>{ui.t(Msg::KeepAsk)}</button></p>
            </Show>
            {move || refused.get().then(|| view! { <p class="notice">{ui.t(Msg::KeepRefused)}</p> })}
            {safari_tab().then(|| view! { <p class="notice warning">{ui.t(Msg::KeepSafari)}</p> })}
            <BackupReminder saved/>
        </div>
    }
}

/// The day of the last backup file saved here, and the reminder's days.
#[component]
fn BackupReminder(
    /// The day the last backup file was saved here.
    saved: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let ui = use_ui();
    let chosen = with_backend(Reminder::load).map(|r| r.days.to_string());
    let days = RwSignal::new(chosen.unwrap_or_default());
    let error = RwSignal::new(None::<Msg>);
    let done = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = days.get_untracked();
        let parsed = match text.trim() {
            "" => Ok(None),
            t => t
                .parse::<u32>()
                .ok()
                .filter(|d| (1..=REMIND_MAX_DAYS).contains(d))
                .map(Some)
                .ok_or(Msg::KeepRemindInvalid),
        };
        let stored = parsed
            .and_then(|d| with_backend(|b| set_reminder(b, d)).map_err(|_| Msg::PrefsNotSaved));
        done.set(stored.is_ok());
        error.set(stored.err());
    };
    let last = move || match saved.get() {
        Some(on) => fill(
            ui.lang.get().t(Msg::KeepLastSaved),
            &[("date", &format_date(ui.lang.get(), on))],
        ),
        None => ui.lang.get().t(Msg::BackupNeverSaved).to_owned(),
    };
    view! {
        <p class="keeping-saved">{last}</p>
        <form class="keeping-remind" on:submit=save novalidate>
            <Field id="keep-remind" label=Msg::KeepRemindLabel value=days kind="number" error=error.into()/>
            <p class="actions"><button type="submit" class="secondary">{ui.t(Msg::KeepRemindSave)}</button>
                {move || done.get().then(|| view! { <span role="status">{ui.t(Msg::KeepRemindSaved)}</span> })}</p>
        </form>
    }
}
