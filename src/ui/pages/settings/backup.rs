use crate::ledger::{Event, Facts};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Msg;
use crate::i18n::words::parse_error_text;
use crate::i18n::{Lang, fill_position};
use crate::model::Dataset;
use crate::store::ParseError;
use crate::store::backup::{
    Backup, BackupError, Counts, KeyTexts, Preview, export_with, key_texts, parse, preview,
};
use crate::ui::browser::files::{download, read_chosen_file};
use crate::ui::components::ProblemList;
use crate::ui::data::{DataCtx, use_data};
use crate::ui::state::use_ui;
use crate::ui::vault::fit_backup;

/// Export everything as a file; import one with a preview, then merge or replace.
#[component]
pub fn BackupSection(
    /// The day the last backup file was saved here: set on each export.
    saved: RwSignal<Option<chrono::NaiveDate>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let include_keys = RwSignal::new(false);
    let pending = RwSignal::new(None::<Backup>);
    let error = RwSignal::new(None::<BackupError>);
    let export_error = RwSignal::new(false);
    let on_export = move |_| {
        leptos::task::spawn_local(async move {
            // The whole history goes with it, or no file: a backup that
            // left part of it out would lose it in the next merge.
            let backend = crate::ui::state::backend();
            let Ok(ledger) = crate::store::archive::whole_ledger(&*backend).await else {
                export_error.set(true);
                return;
            };
            export_error.set(false);
            let text = export_with(
                &data.data.get_untracked(),
                include_keys.get_untracked(),
                data.today(),
                ledger.map(|l| l.events).unwrap_or_default(),
            );
            download(
                &format!("benefits-desk-backup-{}.json", data.today()),
                "application/json",
                &text,
            );
            // Remembered for the reminder (a day not stored is only shown).
            let today = data.today();
            let _ = crate::ui::state::with_backend(|b| crate::store::prefs::record_saved(b, today));
            saved.set(Some(today));
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement =
            ev.target().expect("change has a target").unchecked_into();
        leptos::task::spawn_local(async move {
            let text = read_chosen_file(&input).await.unwrap_or_default();
            input.set_value("");
            match parse(&text) {
                Ok(b) => (pending.set(Some(b)), error.set(None)),
                Err(e) => (pending.set(None), error.set(Some(e))),
            };
        });
    };
    view! {
        <div class="card" id="backup">
            <h2>{ui.t(Msg::BackupTitle)}</h2>
            <p>{ui.t(Msg::BackupText)}</p>
            <p><label class="check"><input type="checkbox" prop:checked=include_keys
                on:change=move |ev| include_keys.set(event_target_checked(&ev))/> {ui.t(Msg::IncludeKeys)}</label></p>
            <p><button type="button" on:click=on_export>{ui.t(Msg::ExportBackup)}</button></p>
            {move || export_error.get().then(|| view! {
                <p class="notice error" role="alert">{ui.t(Msg::BackupHistoryUnreadable)}</p>
            })}
            <p><label class="file">{ui.t(Msg::ImportBackup)} " "
                <input type="file" accept=".json,application/json" on:change=on_file/></label></p>
            {move || error.get().map(|e| {
                let problems = match &e {
                    BackupError::Parse(ParseError::Invalid(errs)) => Some(errs.clone()),
                    _ => None,
                };
                view! {
                    <p class="field-error" role="alert">{move || backup_error_text(ui.lang.get(), &e)}</p>
                    {problems.map(|problems| view! { <ProblemList problems/> })}
                }
            })}
            <ImportChoice pending/>
        </div>
    }
}

/// What an imported backup would change, then merge, replace or cancel; the
/// backup's passphrase when its key texts are locked in another vault.
#[component]
fn ImportChoice(
    /// The backup read, until the user decides.
    pending: RwSignal<Option<Backup>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    // The backup's passphrase, asked only when its texts are sealed in another vault.
    let asking = RwSignal::new(false);
    let vault_error = RwSignal::new(None::<Msg>);
    // The stored history could not be read whole: nothing was merged.
    let merge_error = RwSignal::new(false);
    let events = move || {
        pending.with_untracked(|b| b.as_ref().map(|b| b.events.clone()).unwrap_or_default())
    };
    let merge_in = move |incoming: Dataset| {
        merge_backup(data, events(), incoming, merge_error);
        pending.set(None);
        asking.set(false);
        vault_error.set(None);
    };
    let fit_then_merge = move |mut incoming: Dataset, passphrase: Option<String>| {
        leptos::task::spawn_local(async move {
            match fit_backup(data, &mut incoming, passphrase.as_deref()).await {
                Ok(()) => merge_in(incoming),
                Err(e) => vault_error.set(Some(e.msg())),
            }
        });
    };
    let finish = move |replace: bool| {
        let Some(b) = pending.get_untracked() else {
            return;
        };
        if replace {
            let event = data.event(Facts::AsItStood {
                data: Box::new(b.data.clone()),
            });
            data.replace_all(Msg::ChangeImported, b.data, Some(event));
            return pending.set(None);
        }
        match data.data.with_untracked(|d| key_texts(d, &b.data)) {
            KeyTexts::AsTheyAre => merge_in(b.data),
            KeyTexts::SealHere => fit_then_merge(b.data, None),
            KeyTexts::BackupPassphrase => asking.set(true),
        }
    };
    let without_texts = move || {
        if let Some(b) = pending.get_untracked() {
            merge_in(without_key_texts(b.data));
        }
    };
    move || {
        view! {
            {pending.get().map(|b| view! {
                <PreviewTable preview=preview(&data.data.read_untracked(), &b.data)/>
                <p class="actions">
                    <button type="button" on:click=move |_| finish(false)>{ui.t(Msg::ImportMerge)}</button>
                    <button type="button" class="secondary" on:click=move |_| finish(true)>{ui.t(Msg::ImportReplace)}</button>
                    <button type="button" class="secondary" on:click=move |_| pending.set(None)>{ui.t(Msg::Cancel)}</button>
                </p>
                <Show when=move || asking.get()>
                    <BackupPassphrase on_pass=Callback::new(move |p: String| if let Some(b) = pending.get_untracked() { fit_then_merge(b.data, Some(p)) })
                        on_without=Callback::new(move |()| without_texts())/>
                </Show>
                {move || vault_error.get().map(|m| view! { <p class="field-error" role="alert">{ui.t(m)}</p> })}
            })}
            {move || merge_error.get().then(|| view! {
                <p class="notice error" role="alert">{ui.t(Msg::MergeHistoryUnreadable)}</p>
            })}
        }
    }
}

/// Merge a backup's data: its ledger's `events` as a union with the stored
/// ones (`failed` is set when the stored history could not be read whole and
/// nothing was merged), or, from a backup kept before the ledger (no
/// events), its records as they stood, beside these and never over them.
fn merge_backup(data: DataCtx, events: Vec<Event>, incoming: Dataset, failed: RwSignal<bool>) {
    if events.is_empty() {
        let _ = data.record(
            Msg::ChangeImported,
            Facts::AsItStood {
                data: Box::new(incoming),
            },
        );
        return;
    }
    let texts = crate::ledger::texts_of(&incoming);
    leptos::task::spawn_local(async move {
        let merged = data.merge_ledger(Msg::ChangeImported, events, texts).await;
        failed.set(merged.is_err());
    });
}

/// A backup's data without its key texts and its vault (imported without
/// the passphrase of the vault they are sealed in).
fn without_key_texts(mut d: Dataset) -> Dataset {
    for k in &mut d.keys {
        k.key.clear();
        k.sealed = None;
    }
    d.vault = None;
    d
}

/// The passphrase of a backup whose key texts are sealed in another vault, or
/// importing without them.
#[component]
fn BackupPassphrase(
    /// Called with the passphrase typed.
    on_pass: Callback<String>,
    /// Called to import without key texts.
    on_without: Callback<()>,
) -> impl IntoView {
    let ui = use_ui();
    let pass = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_pass.run(pass.get_untracked());
    };
    view! {
        <form class="backup-pass" on:submit=submit>
            <p role="status">{ui.t(Msg::BackupNeedsPassphrase)}</p>
            <p class="field"><label for="backup-pass">{ui.t(Msg::BackupPassphrase)}</label>
                <input id="backup-pass" type="password" autocomplete="off" prop:value=pass on:input=move |ev| pass.set(event_target_value(&ev))/></p>
            <p class="actions">
                <button type="submit">{ui.t(Msg::ImportMerge)}</button>
                <button type="button" class="secondary" on:click=move |_| on_without.run(())>{ui.t(Msg::ImportWithoutTexts)}</button>
            </p>
        </form>
    }
}

/// Counts of what an import adds, changes and keeps, per kind of record.
#[component]
fn PreviewTable(
    /// The counts to show.
    preview: Preview,
) -> impl IntoView {
    let ui = use_ui();
    let row = move |(kind, c): (Msg, Counts)| {
        view! {
            <tr><th scope="row">{ui.t(kind)}</th><td>{c.added}</td><td>{c.changed}</td><td>{c.same}</td><td>{c.only_current}</td></tr>
        }
    };
    let rows = [
        (Msg::RecordsKeys, preview.keys),
        (Msg::RecordsSubscriptions, preview.subscriptions),
        (Msg::RecordsUsers, preview.users),
        (Msg::RecordsSeats, preview.seats),
        (Msg::NavAzure, preview.credits),
    ];
    view! {
        <table class="preview">
            <caption>{ui.t(Msg::ImportPreview)}</caption>
            <thead><tr>
                <th scope="col">{ui.t(Msg::PreviewKind)}</th><th scope="col">{ui.t(Msg::PreviewAdded)}</th>
                <th scope="col">{ui.t(Msg::PreviewChanged)}</th><th scope="col">{ui.t(Msg::PreviewSame)}</th>
                <th scope="col">{ui.t(Msg::PreviewOnlyCurrent)}</th>
            </tr></thead>
            <tbody>{rows.map(row)}</tbody>
        </table>
    }
}

/// Why a backup file cannot be imported.
fn backup_error_text(lang: Lang, e: &BackupError) -> String {
    match e {
        BackupError::Parse(p) => parse_error_text(
            lang,
            p,
            [Msg::ImportNotJson, Msg::ImportNewer, Msg::ImportInvalid],
        ),
        BackupError::WrongField { line, column, .. } => {
            fill_position(lang, Msg::ImportWrongField, line, column)
        }
        BackupError::NotABackup => lang.t(Msg::ImportNotBackup).to_owned(),
    }
}
