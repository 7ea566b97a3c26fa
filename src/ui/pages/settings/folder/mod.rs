//! Settings → "Data folder" (issue 28), and the folder's status in the
//! header: both in the Settings page's code and texts, so a visit without
//! a folder never downloads either.

use leptos::prelude::*;

use crate::i18n::{Lang, Msg, fill};
use crate::store::folder::{Fault, Found, Problem};
use crate::ui::browser::folder;
use crate::ui::data::{DataCtx, use_data};
use crate::ui::state::{Ui, use_ui};

mod sync;

use sync::{State, Sync};

/// What `state` says, in words of `lang` (None: nothing to say).
fn state_text(lang: Lang, s: &Sync) -> Option<String> {
    Some(match &s.state {
        State::Off => return None,
        State::Working => lang.t(Msg::FolderWorking).to_owned(),
        State::Saved => fill(lang.t(Msg::FolderSavedAt), &[("time", &s.checked)]),
        State::Fault(Fault::Permission) => lang.t(Msg::FolderNeedsPermission).to_owned(),
        State::Fault(Fault::Gone | Fault::Cancelled) => lang.t(Msg::FolderGone).to_owned(),
        State::Fault(Fault::Full) => lang.t(Msg::FolderFull).to_owned(),
        State::Fault(Fault::Other(name)) => fill(lang.t(Msg::FolderFailed), &[("name", name)]),
        State::OwnUnreadable(_) => fill(lang.t(Msg::FolderOwnUnreadable), &[("file", &s.own)]),
        State::HistoryUnreadable => lang.t(Msg::FolderHistoryUnreadable).to_owned(),
    })
}

/// The last merge, in words of `lang`.
fn merged_text(lang: Lang, s: &Sync) -> Option<String> {
    s.merged.as_ref().map(|(time, count, who)| {
        let msg = if *count == 1 {
            Msg::FolderMergedOne
        } else {
            Msg::FolderMerged
        };
        fill(
            lang.t(msg),
            &[
                ("time", time),
                ("count", &count.to_string()),
                ("who", &who.join(", ")),
            ],
        )
    })
}

/// The card in Settings.
#[component]
pub fn FolderSection() -> impl IntoView {
    let ui = use_ui();
    let body = if folder::supported() {
        view! { <FolderControls/> }.into_any()
    } else {
        view! { <p class="notice folder-unsupported">{ui.t(Msg::FolderUnsupported)}</p> }.into_any()
    };
    view! {
        <div class="card" id="folder">
            <h2>{ui.t(Msg::FolderTitle)}</h2>
            <p>{ui.t(Msg::FolderIntro)}</p>
            {body}
        </div>
    }
}

/// Choosing a folder, or the one in use with its state and files.
#[component]
fn FolderControls() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let s = sync::sync();
    let error = RwSignal::new(None::<Msg>);
    if sync::in_use() {
        sync::start(data);
    }
    let choose = move |_| {
        error.set(None);
        leptos::task::spawn_local(async move {
            match folder::pick().await {
                Ok(handle) => error.set(sync::connect(data, ui, handle).await.err()),
                Err(Fault::Cancelled) => {}
                Err(_) => error.set(Some(Msg::FolderNotKept)),
            }
        });
    };
    let off = {
        let s = s.clone();
        move || s.with(|s| s.state == State::Off)
    };
    view! {
        <Show when=off fallback=move || view! { <FolderInUse/> }>
            <p><button type="button" class="folder-choose" on:click=choose>{ui.t(Msg::FolderChoose)}</button></p>
        </Show>
        {move || error.get().map(|m| view! { <p class="notice error" role="alert">{ui.t(m)}</p> })}
    }
}

/// The folder in use: its name, state, files, and what can be done.
#[component]
fn FolderInUse() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let s = sync::sync();
    let name = {
        let s = s.clone();
        move || {
            fill(
                ui.lang.get().t(Msg::FolderName),
                &[("name", &s.with(|s| s.name.clone()))],
            )
        }
    };
    let stop = move |_| leptos::task::spawn_local(sync::disconnect());
    view! {
        <p class="folder-name"><strong>{name}</strong></p>
        <FolderState/>
        <FolderFiles/>
        <p class="actions">
            <button type="button" class="secondary folder-look" on:click=move |_| sync::look(data)>{ui.t(Msg::FolderLookNow)}</button>
            <button type="button" class="secondary folder-stop" on:click=stop>{ui.t(Msg::FolderStop)}</button>
        </p>
        <p class="muted">{ui.t(Msg::FolderStopNote)}</p>
    }
}

/// The state in full, with the one action it calls for.
#[component]
fn FolderState() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let s = sync::sync();
    let s2 = s.clone();
    let text = move || s.with(|s| state_text(ui.lang.get(), s));
    let merged = {
        let s = s2.clone();
        move || s.with(|s| merged_text(ui.lang.get(), s))
    };
    let class = {
        let s = s2.clone();
        move || match s.with(|s| s.state.clone()) {
            State::Fault(_) | State::OwnUnreadable(_) | State::HistoryUnreadable => {
                "notice warning folder-state"
            }
            _ => "folder-state",
        }
    };
    let action = move || {
        match s2.with(|s| s.state.clone()) {
        State::Fault(Fault::Permission) => Some(view! {
            <button type="button" class="folder-reconnect" on:click=move |_| leptos::task::spawn_local(sync::reconnect(data))>{ui.t(Msg::FolderReconnect)}</button>
        }.into_any()),
        State::Fault(Fault::Gone) => Some(view! {
            <button type="button" class="folder-choose" on:click=move |_| leptos::task::spawn_local(choose_again(data, ui))>{ui.t(Msg::FolderChoose)}</button>
        }.into_any()),
        State::OwnUnreadable(_) => Some(view! {
            <button type="button" class="secondary folder-anew" on:click=move |_| sync::write_anew(data)>{ui.t(Msg::FolderWriteAnew)}</button>
        }.into_any()),
        _ => None,
    }
    };
    view! {
        <p class=class role="status">{text}</p>
        {move || merged().map(|m| view! { <p class="folder-merged">{m}</p> })}
        {move || action().map(|a| view! { <p>{a}</p> })}
    }
}

/// Choose the folder again where it is now.
async fn choose_again(data: DataCtx, ui: Ui) {
    if let Ok(handle) = folder::pick().await {
        let _ = sync::connect(data, ui, handle).await;
    }
}

/// What one file is to this browser, in words of `lang`.
fn file_text(lang: Lang, f: &Found, own: &str) -> String {
    let what = match (&f.problem, &f.mark) {
        (Some(Problem::NotOurs), _) => lang.t(Msg::FolderFileNotOurs).to_owned(),
        (Some(Problem::CutShort), _) => lang.t(Msg::FolderFileCutShort).to_owned(),
        (Some(Problem::Newer(v)), _) => {
            fill(lang.t(Msg::FolderFileNewer), &[("schema", &v.to_string())])
        }
        (Some(Problem::Damaged), _) => lang.t(Msg::FolderFileDamaged).to_owned(),
        (None, mark) => {
            let who = mark.as_ref().map_or("", |m| m.admin.as_str());
            let who = if who.is_empty() { "—" } else { who };
            let msg = if f.events == 1 {
                Msg::FolderFileReadOne
            } else {
                Msg::FolderFileRead
            };
            fill(
                lang.t(msg),
                &[("count", &f.events.to_string()), ("who", who)],
            )
        }
    };
    if f.name == own {
        format!("{} ({})", what, lang.t(Msg::FolderFileOwn))
    } else {
        what
    }
}

/// Every file found at the last look, and files that claim one browser.
#[component]
fn FolderFiles() -> impl IntoView {
    let ui = use_ui();
    let s = sync::sync();
    let s2 = s.clone();
    let rows = move || {
        let lang = ui.lang.get();
        s.with(|s| {
            s.files
                .iter()
                .map(|f| {
                    let text = file_text(lang, f, &s.own);
                    let class = if f.problem.is_some() {
                        "folder-file problem"
                    } else {
                        "folder-file"
                    };
                    view! { <li class=class><code>{f.name.clone()}</code>": " {text}</li> }
                })
                .collect_view()
        })
    };
    let pairs = move || {
        let lang = ui.lang.get();
        s2.with(|s| {
            s.same_device
                .iter()
                .map(|(a, b)| view! { <p class="notice folder-same-device">{fill(lang.t(Msg::FolderSameDevice), &[("a", a), ("b", b)])}</p> })
                .collect_view()
        })
    };
    view! {
        <h3>{ui.t(Msg::FolderFilesTitle)}</h3>
        <ul class="folder-files">{rows}</ul>
        {pairs}
    }
}

/// The folder's status in the header when the page starts with a folder
/// in use (`ui::app`, which fetches the Settings page's texts first); it
/// sets the looks going.
#[cfg_attr(feature = "split", lazy)]
pub async fn folder_status() -> AnyView {
    status_view()
}

/// Put the status in the header now: a folder chosen on this visit (the
/// frame drew none at the start), unless it is there already.
fn show_in_header(ui: Ui, data: DataCtx) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let doc = document();
        if doc.query_selector(".sync-status").ok().flatten().is_some() {
            return;
        }
        let Some(row) = doc
            .query_selector(".brand-row")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        // For the page's life, like the frame's own.
        leptos::mount::mount_to(row, move || {
            provide_context(ui);
            provide_context(data);
            status_view()
        })
        .forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (ui, data);
}

/// The header's status: where the folder stands in a few words, and the
/// one action it calls for.
fn status_view() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    sync::start(data);
    let s = sync::sync();
    let s2 = s.clone();
    let text = move || {
        let lang = ui.lang.get();
        s.with(|s| match &s.state {
            State::Off => None,
            State::Working | State::Saved => {
                state_text(lang, s).map(|t| match merged_text(lang, s) {
                    Some(m) => format!("{t} · {m}"),
                    None => t,
                })
            }
            State::Fault(Fault::Gone | Fault::Cancelled) => {
                Some(lang.t(Msg::FolderNotConnected).to_owned())
            }
            State::Fault(Fault::Permission) => Some(lang.t(Msg::FolderNeedsPermission).to_owned()),
            _ => Some(lang.t(Msg::FolderNotSaved).to_owned()),
        })
    };
    let action = move || {
        match s2.with(|s| s.state.clone()) {
        State::Fault(Fault::Permission) => Some(view! {
            <button type="button" class="small folder-reconnect" on:click=move |_| leptos::task::spawn_local(sync::reconnect(data))>{ui.t(Msg::FolderReconnect)}</button>
        }.into_any()),
        State::Off | State::Working | State::Saved => None,
        _ => Some(view! { <a href=ui.href("/settings#folder")>{ui.t(Msg::FolderDetails)}</a> }.into_any()),
    }
    };
    view! {
        <div class="sync-status" role="status" aria-label=ui.t(Msg::FolderStatusLabel)>
            {text} " " {action}
        </div>
    }
    .into_any()
}
