use leptos::prelude::*;

use crate::i18n::Msg;
use crate::i18n::words::load_error_text;
use crate::model::Dataset;
use crate::store::{LoadError, ParseError};
use crate::ui::browser::files::download;
use crate::ui::components::ProblemList;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Shown while stored data could not be read: what happened, and the three ways
/// on (download it, start fresh, or import a backup in Settings). Its code is a
/// chunk of its own, fetched only when that happens.
#[component]
pub fn RecoveryPanel() -> impl IntoView {
    let data = use_data();
    move || {
        data.recovery
            .with(Option::is_some)
            .then(|| Suspend::new(recovery_panel()))
    }
}

#[cfg_attr(feature = "split", lazy)]
async fn recovery_panel() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    let on_download = move |_| {
        if let Some(text) = data.recovery_text() {
            download(
                "benefits-desk-unreadable-data.json",
                "application/json",
                &text,
            );
        }
    };
    (move || {
        data.recovery.get().map(|r| {
            let problems = match &r.error {
                LoadError::Parse(ParseError::Invalid(problems)) => Some(problems.clone()),
                _ => None,
            };
            view! {
                <section class="card recovery" role="alert" aria-labelledby="recovery-title">
                    <h2 id="recovery-title">{ui.t(Msg::RecoveryTitle)}</h2>
                    <p>{move || load_error_text(ui.lang.get(), &r.error)}</p>
                    {problems.map(|problems| view! { <ProblemList problems/> })}
                    <p>{ui.t(Msg::RecoveryText)}</p>
                    <p class="actions">
                        <button type="button" on:click=on_download>{ui.t(Msg::RecoveryDownload)}</button>
                        <button type="button" class="secondary" on:click=move |_| {
                            data.replace_all(Msg::ChangeFreshStart, Dataset::default(), None)
                        }>{ui.t(Msg::RecoveryFresh)}</button>
                        <a class="button secondary" href=ui.href("/settings#backup")>{ui.t(Msg::ImportBackup)}</a>
                    </p>
                </section>
            }
        })
    })
    .into_any()
}
